"""The interface every BRP source implements, and its errors."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from app.services.brp.model import Person
from app.services.errors import DomainError
from app.services.text import QT_TRANSLATE_NOOP


class PersonSourceError(DomainError):
    """The source could not answer; the lookup did not happen."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The BRP cannot be consulted right now. Try again, or look it up another way."
    )


class PersonSourceUnavailableError(PersonSourceError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The BRP does not answer (timeout or no connection). Try again in a minute."
    )


class PersonSourceRequestError(PersonSourceError):
    """The source refused the question (400/403); ``params['detail']`` holds its reason."""

    message = QT_TRANSLATE_NOOP("errors", "The BRP refused this question: {detail}")


class AmbiguousBsnError(PersonSourceError):
    """More than one persoonslijst carries the BSN: showing either could show the wrong
    person, so the source refuses to choose."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The BRP holds more than one person with this BSN. Identify the person another way "
        "and report it to the BRP department.",
    )


class PersonSource(Protocol):
    """Where person data comes from. Implementations never audit: the service does that."""

    def get(self, bsn: str) -> Person | None:
        """RaadpleegMetBurgerservicenummer: the person, or None when the BSN is unknown."""
        ...

    def search_by_name(
        self, surname: str, birth_date: date, *, given_names: str = "", prefix: str = ""
    ) -> list[Person]:
        """ZoekMetGeslachtsnaamEnGeboortedatum (case-insensitive; given names as a prefix)."""
        ...

    def search_by_address(
        self, postcode: str, house_number: int, *, house_letter: str = "", addition: str = ""
    ) -> list[Person]:
        """ZoekMetPostcodeEnHuisnummer: everyone registered at that address."""
        ...
