"""What the employee typed in the person search, read into one of the three BRP questions.

Qt-free, so the parsing rules (which date formats, how "12a-2" splits) are tested without a
window. A field that cannot be read gives a ``QueryError`` naming the field, the same shape as
the services' ``ValidationError``, so the search bar points at fields one way for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.services.text import QT_TRANSLATE_NOOP

#: Translation context of the messages below (the search bar translates them).
CONTEXT = "PersonSearch"

_DATE = re.compile(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_HOUSE = re.compile(r"(\d{1,5})\s*(.*)")


class Mode:
    """The search groups, in the order the bar shows them."""

    BSN = "bsn"
    NAME = "name"
    ADDRESS = "address"


@dataclass(frozen=True)
class BsnQuery:
    bsn: str


@dataclass(frozen=True)
class NameQuery:
    surname: str
    birth_date: date
    given_names: str = ""


@dataclass(frozen=True)
class AddressQuery:
    postcode: str
    house_number: int
    house_letter: str = ""
    addition: str = ""


Query = BsnQuery | NameQuery | AddressQuery


class QueryError(Exception):
    """Input that cannot become a question; ``field`` is the search field to point at."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


EMPTY = QT_TRANSLATE_NOOP(
    "PersonSearch",
    "Type a BSN, or a surname and birth date, or a postcode and house number.",
)
BIRTH_DATE_MISSING = QT_TRANSLATE_NOOP(
    "PersonSearch", "A name search needs the birth date too (dd-mm-yyyy)."
)
BIRTH_DATE_INVALID = QT_TRANSLATE_NOOP(
    "PersonSearch", "Type the birth date as dd-mm-yyyy, for example 01-12-1985."
)
SURNAME_MISSING = QT_TRANSLATE_NOOP("PersonSearch", "A name search needs the surname too.")
HOUSE_NUMBER_MISSING = QT_TRANSLATE_NOOP(
    "PersonSearch", "An address search needs the house number too."
)
HOUSE_NUMBER_INVALID = QT_TRANSLATE_NOOP(
    "PersonSearch",
    "Type the house number as digits, with a letter or addition if any: 12, 12a, 12-2.",
)
POSTCODE_MISSING = QT_TRANSLATE_NOOP("PersonSearch", "An address search needs the postcode too.")


def parse_birth_date(text: str) -> date | None:
    """``01-12-1985``, ``1-12-1985``, ``01.12.1985``, ``01121985`` or ISO ``1985-12-01``.

    None when the text is not a real date. Day first, as everyone in the Netherlands writes it.
    """
    text = text.strip()
    if len(text) == 8 and text.isdigit():
        text = f"{text[:2]}-{text[2:4]}-{text[4:]}"
    found = _DATE.fullmatch(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
    else:
        iso = _ISO_DATE.fullmatch(text)
        if not iso:
            return None
        year, month, day = (int(part) for part in iso.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_house_number(text: str) -> tuple[int, str, str] | None:
    """``12``, ``12a``, ``12 A``, ``12-2``, ``12a-2``, ``12 bis`` -> (number, letter, addition).

    One letter straight after the number is the huisletter; anything after that (or after a
    dash) is the huisnummertoevoeging. None when there is no number to start with.
    """
    found = _HOUSE.fullmatch(text.strip())
    if not found:
        return None
    number = int(found.group(1))
    rest = found.group(2).strip()
    letter = ""
    if rest[:1].isalpha() and (len(rest) == 1 or rest[1] in "- "):
        letter, rest = rest[0].upper(), rest[1:]
    addition = rest.strip(" -")
    return number, letter, addition


def build_query(mode: str, fields: dict[str, str]) -> Query:
    """The question for the group ``mode`` from the field texts, or ``QueryError``.

    The BSN and postcode themselves are checked by the services (elfproef, format), so there
    is one rule for them in the whole product.
    """
    value = {name: text.strip() for name, text in fields.items()}
    if mode == Mode.BSN:
        if not value.get("bsn"):
            raise QueryError(EMPTY, "bsn")
        return BsnQuery(value["bsn"])
    if mode == Mode.NAME:
        surname, birth = value.get("surname", ""), value.get("birth_date", "")
        if not surname:
            raise QueryError(SURNAME_MISSING, "surname")
        if not birth:
            raise QueryError(BIRTH_DATE_MISSING, "birth_date")
        parsed = parse_birth_date(birth)
        if parsed is None:
            raise QueryError(BIRTH_DATE_INVALID, "birth_date")
        return NameQuery(surname, parsed, value.get("given_names", ""))
    if mode == Mode.ADDRESS:
        postcode, house = value.get("postcode", ""), value.get("house_number", "")
        if not postcode:
            raise QueryError(POSTCODE_MISSING, "postcode")
        if not house:
            raise QueryError(HOUSE_NUMBER_MISSING, "house_number")
        number = parse_house_number(house)
        if number is None:
            raise QueryError(HOUSE_NUMBER_INVALID, "house_number")
        return AddressQuery(postcode, *number)
    raise QueryError(EMPTY, "bsn")


def mode_of_field(field: str) -> str:
    """The search group a field belongs to."""
    if field in ("surname", "birth_date", "given_names"):
        return Mode.NAME
    if field in ("postcode", "house_number"):
        return Mode.ADDRESS
    return Mode.BSN
