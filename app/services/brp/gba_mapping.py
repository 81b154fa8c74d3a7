"""From one persoonslijst of the GBA-V test set to a ``Person``.

Only current category occurrences (01-12) become person data; history (51-62) is read in
one place only: the date of marriage of a dissolved partnership, because the LO GBA moves
06.10 into category 55 when it records the dissolution in 05 (the API gives it the same way).

A cell that cannot be read is left empty and reported as a ``LoadProblem``; mapping never
raises, so one bad cell never costs a whole person.
"""

from __future__ import annotations

from datetime import date

from stdnum.nl import bsn as bsn_check

from app.services.brp.codes import (
    SECRECY_LEVELS,
    SECRECY_UNSPECIFIED,
    country_name,
    place_name,
)
from app.services.brp.gba_lists import LoadProblem, Occurrence, PersonList
from app.services.brp.model import Address, BrpDate, Name, Person, Relative, TravelDocument

#: Element groups that describe a related person (identification, name, birth, gender).
#: A current occurrence without any of them is an emptied category, e.g. after a correction.
_PERSON_GROUPS = ("01.", "02.", "03.", "04.")
#: Geslachtsnaam of a parent who is not known (a "puntouder").
_UNKNOWN_PARENT = "."
MAX_HOUSE_NUMBER = 99999


class GbaValueError(ValueError):
    """A cell that is not a valid LO GBA value. The message never repeats the value."""


def parse_gba_date(text: str) -> BrpDate | None:
    """``JJJJMMDD`` with unknown parts as zeros (``19850000``, ``00000000``); '' is no date.

    A month 13, an impossible day or a day with an unknown month is an error here, not a
    date that only fails later.
    """
    text = text.strip()
    if not text:
        return None
    if len(text) != 8 or not text.isdigit() or not text.isascii():
        raise GbaValueError("not a date: expected 8 digits JJJJMMDD")
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    if year == 0:
        if month or day:
            raise GbaValueError("not a date: a month or day without a year")
        return BrpDate(None)
    if month > 12 or day > 31:
        raise GbaValueError("not a date: month or day out of range")
    if day and not month:
        raise GbaValueError("not a date: a day without a month")
    if month and day:
        try:
            date(year, month, day)
        except ValueError:
            raise GbaValueError("not a date: that day does not exist") from None
    return BrpDate(year, month or None, day or None)


class _Mapper:
    """Reads one persoonslijst; collects problems instead of raising, so a bad cell costs
    that field only."""

    def __init__(self, person_list: PersonList) -> None:
        self.list = person_list
        self.problems: list[LoadProblem] = []
        self.extra: dict[str, str] = {}

    def report(self, occ: Occurrence | None, column: str, problem: str) -> None:
        line = occ.line if occ is not None else self.list.line
        self.problems.append(LoadProblem(self.list.label, line, column, problem))

    def date(self, occ: Occurrence, category: str, element: str) -> BrpDate | None:
        try:
            return parse_gba_date(occ.get(element))
        except GbaValueError as exc:
            self.report(occ, f"{category}.{element}", f"{exc}; left empty")
            return None

    def first(self, category: str) -> Occurrence | None:
        """The one current occurrence of a category that cannot repeat (01, 06, 07, 08)."""
        current = self.list.current(category)
        for extra in current[1:]:
            self.report(extra, category, "a second current occurrence; not used")
        return current[0] if current else None

    def person(self) -> Person:
        main = self.first("01")
        if main is None:
            self.report(None, "01", "no current category 01 (name, BSN); loaded without them")
        bsn = self.bsn(main)
        if main is not None and main.get("01.10"):
            self.extra["a_number"] = main.get("01.10")
        death = self.first("06")
        return Person(
            bsn=bsn,
            name=_name(main),
            gender=main.get("04.10") if main else "",
            birth_date=self.date(main, "01", "03.10") if main else None,
            birth_place=place_name(main.get("03.20")) if main else "",
            birth_country=country_name(main.get("03.30")) if main and main.get("03.30") else "",
            nationalities=self.nationalities(),
            address=self.address(),
            partners=self.partners(),
            children=self.relatives("09"),
            parents=(*self.relatives("02"), *self.relatives("03")),
            travel_documents=self.travel_documents(),
            death_date=self.date(death, "06", "08.10") if death else None,
            secrecy=self.secrecy(),
            extra=self.extra,
        )

    def bsn(self, main: Occurrence | None) -> str:
        value = main.get("01.20") if main else ""
        if not value:
            self.report(main, "01.01.20", "no BSN: not found by BSN, left out of searches")
            return ""
        if len(value) != 9 or not value.isdigit() or not value.isascii():
            self.report(main, "01.01.20", "a BSN has 9 digits; left empty")
            return ""
        if not bsn_check.is_valid(value):
            self.report(main, "01.01.20", "BSN fails the elfproef; loaded as the BRP has it")
        return value

    def relative(self, occ: Occurrence, category: str) -> Relative | None:
        if not any(key.startswith(_PERSON_GROUPS) for key in occ.values):
            return None
        name = _name(occ)
        bsn = occ.get("01.20") or None
        if name.surname == _UNKNOWN_PARENT and not (bsn or name.given_names):
            return None
        return Relative(name=name, bsn=bsn, birth_date=self.date(occ, category, "03.10"))

    def relatives(self, category: str) -> tuple[Relative, ...]:
        found = (self.relative(occ, category) for occ in self.list.current(category))
        return tuple(rel for rel in found if rel is not None)

    def partners(self) -> tuple[Relative, ...]:
        partners: list[Relative] = []
        for current, history in self.list.with_history("05"):
            relative = self.relative(current, "05")
            if relative is None:
                continue
            since = self.date(current, "05", "06.10")
            until = self.date(current, "05", "07.10")
            if since is None and current.get("07.10"):
                older = next((occ for occ in history if occ.get("06.10")), None)
                since = self.date(older, "05", "06.10") if older else None
            partners.append(
                Relative(relative.name, relative.bsn, relative.birth_date, since, until)
            )
        return tuple(partners)

    def nationalities(self) -> tuple[str, ...]:
        codes: list[str] = []
        for occ in self.list.current("04"):
            if occ.get("64.10"):
                continue  # reden beëindigen: this nationality has ended
            if occ.get("05.10"):
                codes.append(occ.get("05.10"))
            if occ.get("65.10"):
                self.extra["special_dutch_status"] = occ.get("65.10")  # bijzonder Nederlanderschap
        return tuple(codes)

    def address(self) -> Address | None:
        occ = self.first("08")
        if occ is None:
            return None
        if occ.get("10.10"):
            self.extra["address_function"] = occ.get("10.10")  # W woonadres, B briefadres
        municipality = occ.get("09.10")
        if occ.get("13.10"):  # land adres buitenland: abroad, or 0000 where unknown
            lines = tuple(v for v in (occ.get("13.30"), occ.get("13.40"), occ.get("13.50")) if v)
            return Address(
                municipality_code=municipality,
                since=self.date(occ, "08", "13.20"),
                country=country_name(occ.get("13.10")),
                lines_abroad=lines,
            )
        street = occ.get("11.10") or occ.get("11.15") or occ.get("12.10")
        if not (street or occ.get("11.60") or occ.get("11.20") or municipality):
            return None
        return Address(
            street=street,
            house_number=self.house_number(occ),
            house_letter=occ.get("11.30"),
            house_number_addition=occ.get("11.40"),
            postcode=occ.get("11.60").replace(" ", "").upper(),
            city=occ.get("11.70"),
            municipality_code=municipality,
            since=self.date(occ, "08", "10.30"),
        )

    def house_number(self, occ: Occurrence) -> int | None:
        text = occ.get("11.20")
        if not text:
            return None
        if text.isdigit() and text.isascii() and 0 < int(text) <= MAX_HOUSE_NUMBER:
            return int(text)
        self.report(occ, "08.11.20", "a house number is a whole number 1-99999; left empty")
        return None

    def travel_documents(self) -> tuple[TravelDocument, ...]:
        documents: list[TravelDocument] = []
        for occ in self.list.current("12"):
            if not any(key.startswith("35.") for key in occ.values):
                continue
            if not (occ.get("35.10") and occ.get("35.20")):
                self.report(occ, "12.35.10", "travel document without kind or number")
            documents.append(
                TravelDocument(
                    kind=occ.get("35.10"),
                    number=occ.get("35.20"),
                    issued_on=self.date(occ, "12", "35.30"),
                    valid_until=self.date(occ, "12", "35.50"),
                    authority=occ.get("35.40"),
                    ended_on=self.date(occ, "12", "35.60"),
                )
            )
        return tuple(documents)

    def secrecy(self) -> int:
        occ = self.first("07")
        if occ is None:
            return 0
        if occ.get("67.20"):  # opschorting bijhouding: O overlijden, E emigratie, ...
            self.extra["suspension_reason"] = occ.get("67.20")
            suspended = self.date(occ, "07", "67.10")
            if suspended is not None:
                self.extra["suspended_on"] = suspended.iso()
        text = occ.get("70.10")
        if not text:
            return 0
        if text.isdigit() and text.isascii() and int(text) in SECRECY_LEVELS:
            return int(text)
        # Unreadable secrecy is read as the strictest level: better too careful than a leak.
        self.report(occ, "07.70.10", "indicatie geheim is 0-7; read as 7")
        return SECRECY_UNSPECIFIED


def _name(occ: Occurrence | None) -> Name:
    if occ is None:
        return Name()
    return Name(
        given_names=occ.get("02.10"),
        prefix=occ.get("02.30"),
        surname=occ.get("02.40"),
        title=occ.get("02.20"),
    )


def person_from_list(person_list: PersonList) -> tuple[Person, list[LoadProblem]]:
    """The person on ``person_list`` and what could not be read from it (never raises)."""
    mapper = _Mapper(person_list)
    person = mapper.person()
    return person, [*person_list.problems, *mapper.problems]
