"""A hand-made BRP household for the counter tests and screenshots, and search helpers.

Dates are relative to ``today`` so the passport always expires "in two months", whatever day
the screenshots are made; the tests pass the FakeClock's date. Twins with one surname and
birth date give a name search with two hits; the shared address gives a household pick list.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.counter.person_screen import PersonScreen
from app.services import Services
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import Address, BrpDate, Name, Person, Relative, TravelDocument
from app.services.persons import PersonService
from tests.ui.conftest import wait_for_ops

TODAY = date(2026, 11, 25)  # the FakeClock's date

SUZANNE = "999993653"  # also DEMO_BSNS[0], so the demo history belongs to her
PIETER = "999990019"
EMMA = "999990020"
DAAN = "999990032"
HENDRIK = "999990044"  # Suzanne's father, deceased
UNKNOWN = "999990056"  # a valid BSN nobody in the source has

HOME = Address(
    street="Vredesplein",
    house_number=7,
    house_letter="A",
    postcode="3074SN",
    city="Rotterdam",
    municipality_code="0599",
    since=BrpDate(2013, 11, 2),
)


def _date(day: date) -> BrpDate:
    return BrpDate.of(day)


def household(today: date = TODAY) -> list[Person]:
    pieter_name = Name("Pieter Jan", "de", "Vries")
    suzanne_name = Name("Suzanne Marie", "", "Moulin")
    emma_name = Name("Emma", "", "Moulin")
    daan_name = Name("Daan", "", "Moulin")
    hendrik_name = Name("Hendrik", "", "Moulin")
    twins_born = BrpDate(2012, 3, 4)
    suzanne = Person(
        bsn=SUZANNE,
        name=suzanne_name,
        gender="V",
        birth_date=BrpDate(1985, 12, 1),
        birth_place="Rotterdam",
        nationalities=("0001",),
        address=HOME,
        partners=(
            Relative(
                Name("Mark", "", "Visser"),
                None,
                BrpDate(1983, 5, 9),
                BrpDate(2006, 6, 1),
                BrpDate(2009, 10, 12),
            ),
            Relative(pieter_name, PIETER, BrpDate(1984, 7, 21), since=BrpDate(2011, 5, 14)),
        ),
        children=(
            Relative(emma_name, EMMA, twins_born),
            Relative(daan_name, DAAN, twins_born),
        ),
        parents=(
            Relative(hendrik_name, HENDRIK, BrpDate(1950, None, None)),
            Relative(Name("Johanna", "", "Bakker"), None, BrpDate(1956, 2, 3)),
        ),
        travel_documents=(
            TravelDocument(
                "PN",
                "NW1K2L3M4",
                _date(today - timedelta(days=3600)),
                _date(today + timedelta(days=61)),
                "B0599",
            ),
            TravelDocument("NI", "IR12345X6", BrpDate(2021, 4, 1), BrpDate(2031, 4, 1), "B0599"),
        ),
    )
    pieter = Person(
        bsn=PIETER,
        name=pieter_name,
        gender="M",
        birth_date=BrpDate(1984, 7, 21),
        birth_place="Delft",
        nationalities=("0001", "0052"),
        address=HOME,
        partners=(Relative(suzanne_name, SUZANNE, BrpDate(1985, 12, 1), BrpDate(2011, 5, 14)),),
        children=(Relative(emma_name, EMMA, twins_born), Relative(daan_name, DAAN, twins_born)),
    )
    twin = {
        "gender": "V",
        "birth_date": twins_born,
        "birth_place": "Rotterdam",
        "nationalities": ("0001",),
        "address": HOME,
        "parents": (
            Relative(suzanne_name, SUZANNE, BrpDate(1985, 12, 1)),
            Relative(pieter_name, PIETER, BrpDate(1984, 7, 21)),
        ),
    }
    emma = Person(bsn=EMMA, name=emma_name, **twin)  # type: ignore[arg-type]
    daan = Person(bsn=DAAN, name=daan_name, **{**twin, "gender": "M"})  # type: ignore[arg-type]
    hendrik = Person(
        bsn=HENDRIK,
        name=hendrik_name,
        gender="M",
        birth_date=BrpDate(1950, None, None),
        birth_place="Schiedam",
        nationalities=("0001",),
        address=Address(street="Dorpsstraat", house_number=12, postcode="3111AB", city="Schiedam"),
        children=(Relative(suzanne_name, SUZANNE, BrpDate(1985, 12, 1)),),
        death_date=BrpDate(2024, 8, 30),
    )
    return [suzanne, pieter, emma, daan, hendrik]


def household_source(today: date = TODAY) -> InMemoryPersonSource:
    return InMemoryPersonSource(household(today))


def use_household(services: Services) -> None:
    """Give ``services`` this household as its BRP (instead of the configured source)."""
    services.persons = PersonService(services.db, services.clock, household_source())


def search_bsn(qtbot: QtBot, screen: PersonScreen, bsn: str) -> None:
    """Type a BSN and press Enter, as at the counter; waits until the lookup answered."""
    screen.search.bsn.clear()
    qtbot.keyClicks(screen.search.bsn, bsn)
    qtbot.keyClick(screen.search.bsn, Qt.Key.Key_Return)
    wait_for_ops(qtbot)


def open_person(qtbot: QtBot, screen: PersonScreen, bsn: str) -> None:
    search_bsn(qtbot, screen, bsn)
    qtbot.waitUntil(lambda: screen.open_bsn == bsn)
