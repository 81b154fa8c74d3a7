"""The person as StadsPunt needs it, independent of where it came from.

Field names are English (house rule); the BRP terms are in the comments. Dates in the BRP can
be partly unknown ("00000000", "19850000"), so they are ``BrpDate`` with optional parts rather
than ``datetime.date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, order=True)
class BrpDate:
    """A BRP date whose month or day (or all) may be unknown."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, value: date) -> BrpDate:
        return cls(value.year, value.month, value.day)

    def as_date(self) -> date | None:
        """The exact date, or None when a part is unknown."""
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None

    def iso(self) -> str:
        """ISO 8601 with unknown parts left off: ``1985-12-01``, ``1985-12``, ``1985``, ``''``."""
        if self.year is None:
            return ""
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def __str__(self) -> str:
        if self.year is None:
            return "onbekend"
        if self.month is None:
            return f"{self.year}"
        if self.day is None:
            return f"{self.month:02d}-{self.year}"
        return f"{self.day:02d}-{self.month:02d}-{self.year}"


@dataclass(frozen=True)
class Name:
    given_names: str = ""  # voornamen
    prefix: str = ""  # voorvoegsel ("van", "de")
    surname: str = ""  # geslachtsnaam
    title: str = ""  # adellijke titel / predicaat (code)

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given_names, self.prefix, self.surname) if p)

    @property
    def initials(self) -> str:
        return "".join(f"{part[0]}." for part in self.given_names.split() if part)

    @property
    def formal(self) -> str:
        """As on a letter: initials, prefix, surname ("J.P. van der Berg")."""
        return " ".join(p for p in (self.initials, self.prefix, self.surname) if p)


@dataclass(frozen=True)
class Address:
    """Verblijfplaats (category 08)."""

    street: str = ""  # straatnaam / openbare ruimte
    house_number: int | None = None
    house_letter: str = ""
    house_number_addition: str = ""  # huisnummertoevoeging
    postcode: str = ""
    city: str = ""  # woonplaats
    municipality_code: str = ""  # gemeente van inschrijving (4 digits)
    since: BrpDate | None = None  # datum aanvang adreshouding
    country: str = ""  # for an address abroad (land adres buitenland)
    lines_abroad: tuple[str, ...] = ()

    @property
    def line1(self) -> str:
        if self.lines_abroad:
            return self.lines_abroad[0]
        number = "" if self.house_number is None else str(self.house_number)
        addition = f"-{self.house_number_addition}" if self.house_number_addition else ""
        tail = f"{self.house_letter}{addition}"
        return " ".join(p for p in (self.street, f"{number}{tail}".strip()) if p)

    @property
    def line2(self) -> str:
        if self.lines_abroad:
            return ", ".join(self.lines_abroad[1:] + ((self.country,) if self.country else ()))
        return "  ".join(p for p in (self.postcode, self.city.upper()) if p)


@dataclass(frozen=True)
class Relative:
    """A partner, child or parent as the person's list shows them (categories 02/03, 05, 09)."""

    name: Name
    bsn: str | None = None
    birth_date: BrpDate | None = None
    #: Partner only: date of marriage/partnership (06.10) and of dissolution (07.10).
    since: BrpDate | None = None
    until: BrpDate | None = None


@dataclass(frozen=True)
class TravelDocument:
    """Reisdocument (category 12)."""

    kind: str  # 35.10 soort: PN paspoort, NI identiteitskaart, ...
    number: str  # 35.20
    issued_on: BrpDate | None = None  # 35.30
    valid_until: BrpDate | None = None  # 35.50 datum einde geldigheid
    authority: str = ""  # 35.40
    #: 35.70 / 35.60: date the document was handed in or reported missing, if so.
    ended_on: BrpDate | None = None


@dataclass(frozen=True)
class Person:
    bsn: str
    name: Name
    gender: str = ""  # M, V, O (onbekend)
    birth_date: BrpDate | None = None
    birth_place: str = ""
    birth_country: str = ""
    nationalities: tuple[str, ...] = ()  # codes from table 32 (0001 = Nederlandse)
    address: Address | None = None
    partners: tuple[Relative, ...] = ()
    children: tuple[Relative, ...] = ()
    parents: tuple[Relative, ...] = ()
    travel_documents: tuple[TravelDocument, ...] = ()
    death_date: BrpDate | None = None
    #: 70.10 indicatie geheim (0 = none, 1-7 = restricted disclosure to third parties).
    secrecy: int = 0
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def deceased(self) -> bool:
        return self.death_date is not None


def person_to_json(person: Person) -> dict[str, Any]:
    """A JSON-ready dict (dates as ISO strings with unknown parts left off)."""
    data: dict[str, Any] = _jsonable(person)
    data["name"]["full"] = person.name.full
    return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, BrpDate):
        return value.iso()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value
