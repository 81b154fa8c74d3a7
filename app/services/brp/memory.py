"""A person source over persons held in memory, with the indexes the three queries need.

The GBA-V CSV source loads into one of these; tests build one from hand-made persons to pin
down dates (a passport that expires next month, an 18th birthday next week). Semantics follow
the BRP API: names compare case- and spacing-insensitively, the surname is the geslachtsnaam
without voorvoegsel, searches leave out deceased persons unless asked (the API's
``inclusiefOverledenPersonen``) while ``get`` always finds them, and a BSN held by two
persons is refused rather than answered with either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from app.services.brp.model import Person
from app.services.brp.source import AmbiguousBsnError


def fold(text: str) -> str:
    """Case- and spacing-insensitive form of a name or address part."""
    return " ".join(text.casefold().split())


def _postcode(text: str) -> str:
    return text.replace(" ", "").upper()


class InMemoryPersonSource:
    def __init__(self, persons: Iterable[Person] = (), *, include_deceased: bool = False) -> None:
        self.include_deceased = include_deceased
        self._by_bsn: dict[str, list[Person]] = defaultdict(list)
        self._by_name: dict[tuple[str, date], list[Person]] = defaultdict(list)
        self._by_address: dict[tuple[str, int], list[Person]] = defaultdict(list)
        for person in persons:
            self.add(person)

    def add(self, person: Person) -> None:
        """Index a person; one without a BSN cannot be opened or audited, so is left out."""
        if not person.bsn:
            return
        self._by_bsn[person.bsn].append(person)
        birth = person.birth_date.as_date() if person.birth_date else None
        if birth is not None:
            self._by_name[(fold(person.name.surname), birth)].append(person)
        address = person.address
        if address and address.postcode and address.house_number is not None:
            self._by_address[(_postcode(address.postcode), address.house_number)].append(person)

    def __len__(self) -> int:
        return len(self._by_bsn)

    def bsns(self) -> list[str]:
        return sorted(self._by_bsn)

    def shared_bsns(self) -> dict[str, list[Person]]:
        """BSNs held by more than one person (a fault in the data)."""
        return {bsn: found for bsn, found in self._by_bsn.items() if len(found) > 1}

    def get(self, bsn: str) -> Person | None:
        found = self._by_bsn.get(bsn.strip(), [])
        if len(found) > 1:
            raise AmbiguousBsnError()
        return found[0] if found else None

    def search_by_name(
        self, surname: str, birth_date: date, *, given_names: str = "", prefix: str = ""
    ) -> list[Person]:
        """Any voorvoegsel matches unless ``prefix`` is given; given names match as a prefix."""
        wanted_given = fold(given_names)
        wanted_prefix = fold(prefix)
        return [
            person
            for person in self._by_name.get((fold(surname), birth_date), [])
            if fold(person.name.given_names).startswith(wanted_given)
            and (not wanted_prefix or fold(person.name.prefix) == wanted_prefix)
            and (self.include_deceased or not person.deceased)
        ]

    def search_by_address(
        self, postcode: str, house_number: int, *, house_letter: str = "", addition: str = ""
    ) -> list[Person]:
        """Everyone at postcode and house number; letter and addition narrow it when given."""
        letter = fold(house_letter)
        suffix = fold(addition)
        return [
            person
            for person in self._by_address.get((_postcode(postcode), house_number), [])
            if person.address is not None
            and (not letter or fold(person.address.house_letter) == letter)
            and (not suffix or fold(person.address.house_number_addition) == suffix)
            and (self.include_deceased or not person.deceased)
        ]
