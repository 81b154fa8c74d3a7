"""The person screen: search by BSN, name or address, the pick list, and the 360 view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.person_screen import PersonScreen
from app.registry.models import AuditRecord, Kanaal
from app.services import Services
from app.services.auth import Principal
from app.services.brp.model import Person
from app.services.brp.source import PersonSourceUnavailableError
from app.services.contacts import ContactDraft, HandOffRequest
from app.ui import i18n
from app.ui.banner import BannerKind
from tests.conftest import make_user
from tests.ui import people
from tests.ui.conftest import wait_for_ops


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


def _screen(qtbot: QtBot, services: Services, principal: Principal) -> PersonScreen:
    screen = PersonScreen(services, principal, services.settings)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitUntil(screen.form.product.isEnabled)
    return screen


@pytest.fixture
def screen(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> PersonScreen:
    return _screen(qtbot, sqlite_services, anna)


def _audit(services: Services) -> list[tuple[str, str, str | None]]:
    with services.db.read() as session:
        rows = session.scalars(
            select(AuditRecord).where(AuditRecord.subject_type == "bsn").order_by(AuditRecord.id)
        ).all()
        return [(r.action, r.subject_id, r.purpose) for r in rows]


def _type(qtbot: QtBot, screen: PersonScreen, **fields: str) -> None:
    for name, text in fields.items():
        edit = screen.search.fields[name]
        edit.clear()
        qtbot.keyClicks(edit, text)


def _press_enter(qtbot: QtBot, screen: PersonScreen, field: str) -> None:
    qtbot.keyClick(screen.search.fields[field], Qt.Key.Key_Return)
    wait_for_ops(qtbot)


class TestSearchByBsn:
    def test_opens_the_person_with_name_and_dutch_passport_signal(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        assert i18n.set_language("nl")
        screen = _screen(qtbot, sqlite_services, anna)
        people.open_person(qtbot, screen, people.SUZANNE)
        overview = screen.overview
        assert screen.stack.currentWidget() is overview
        assert overview.header.name.text() == "Suzanne Marie Moulin"
        assert overview.header.formal.text() == "S.M. Moulin"
        assert overview.header.bsn.text() == "BSN 999993653"
        assert overview.header.age.text() == "40 jaar"
        # 61 days after the FakeClock's 25 November 2026: within six months.
        assert overview.signal_list.texts() == [
            "Tip: Het paspoort NW1K2L3M4 verloopt op 25-01-2027: "
            "bied aan een nieuw paspoort aan te vragen."
        ]
        assert overview.signal_list.bands[0].property("kind") == "notice"
        assert screen.form.person.text() == "Voor: Suzanne Marie Moulin (BSN 999993653)"

    def test_audit_row_with_the_counter_purpose(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        people.open_person(qtbot, screen, people.SUZANNE)
        assert _audit(sqlite_services) == [
            ("read_person_overview", people.SUZANNE, "contactregistratie balie")
        ]

    def test_phone_channel_gives_the_phone_purpose(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        screen.form.kanaal.setCurrentIndex(screen.form.kanaal.findData(Kanaal.TELEFOON))
        people.open_person(qtbot, screen, people.SUZANNE)
        assert _audit(sqlite_services) == [
            ("read_person_overview", people.SUZANNE, "telefonisch contact")
        ]

    def test_invalid_bsn_highlights_the_field(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        people.search_bsn(qtbot, screen, "123456789")
        search = screen.search
        assert search.bsn.property("invalid") is True
        assert search.banner.kind == BannerKind.ERROR
        assert search.banner.text().startswith("This is not a valid BSN")
        assert search.bsn.text() == "123456789"
        assert screen.stack.currentWidget() is screen.start_hint
        assert _audit(sqlite_services) == []  # refused before any read

    def test_unknown_bsn_says_so_calmly_and_keeps_the_input(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        people.search_bsn(qtbot, screen, people.UNKNOWN)
        search = screen.search
        assert search.banner.kind == BannerKind.INFO
        assert search.banner.text() == "There is no person with this BSN in the BRP."
        assert search.bsn.text() == people.UNKNOWN
        assert not search.bsn.property("invalid")
        assert screen.open_bsn is None

    def test_unknown_bsn_is_still_audited(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        people.search_bsn(qtbot, screen, people.UNKNOWN)
        # A lookup that found nobody is still a lookup of personal data.
        assert _audit(sqlite_services) == [
            ("read_person_overview", people.UNKNOWN, "contactregistratie balie")
        ]

    def test_brp_unavailable_is_explained_and_input_kept(
        self,
        qtbot: QtBot,
        screen: PersonScreen,
        sqlite_services: Services,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        def down(_bsn: str) -> Person | None:
            raise PersonSourceUnavailableError()

        monkeypatch.setattr(sqlite_services.persons._source, "get", down)
        people.search_bsn(qtbot, screen, people.SUZANNE)
        assert screen.search.banner.kind == BannerKind.ERROR
        assert screen.search.banner.text() == (
            "The BRP does not answer (timeout or no connection). Try again in a minute."
        )
        assert screen.search.bsn.text() == people.SUZANNE
        assert screen.open_bsn is None

    def test_teamleider_sees_the_bsn_masked(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        tom = make_user(sqlite_services, "tom", "teamleider")
        screen = _screen(qtbot, sqlite_services, tom)
        people.open_person(qtbot, screen, people.SUZANNE)
        assert screen.overview.header.bsn.text() == "BSN ******653"
        assert screen.form.person.text() == "For: Suzanne Marie Moulin (BSN ******653)"
        assert people.SUZANNE not in screen.overview.header.bsn.text()
        # The form still registers for the right person.
        assert screen.form.bsn == people.SUZANNE


class TestSearchByNameAndAddress:
    def test_two_matches_show_the_pick_list_and_enter_opens_one(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        _type(qtbot, screen, surname="moulin", birth_date="4-3-2012")
        _press_enter(qtbot, screen, "birth_date")
        pick = screen.pick_list
        assert screen.stack.currentWidget() is pick
        assert pick.caption.text() == "2 person(s) found"  # English source: no plural forms
        rows = [
            [pick.model.index(r, c).data() for c in range(pick.model.columnCount())]
            for r in range(pick.model.rowCount())
        ]
        assert rows == [
            ["Daan Moulin", "04/03/2012", "Vredesplein 7A, 3074SN  ROTTERDAM", people.DAAN],
            ["Emma Moulin", "04/03/2012", "Vredesplein 7A, 3074SN  ROTTERDAM", people.EMMA],
        ]
        assert pick.table.hasFocus() or not screen.isActiveWindow()
        pick.table.setFocus()
        qtbot.keyClick(pick.table, Qt.Key.Key_Down)
        qtbot.keyClick(pick.table, Qt.Key.Key_Return)
        wait_for_ops(qtbot)
        qtbot.waitUntil(lambda: screen.open_bsn == people.EMMA)
        assert screen.stack.currentWidget() is screen.overview
        assert screen.overview.header.name.text() == "Emma Moulin"
        assert [a[0] for a in _audit(sqlite_services)] == [
            "search_person_name",
            "search_person_name",
            "read_person_overview",
        ]

    def test_one_match_opens_at_once(self, qtbot: QtBot, screen: PersonScreen) -> None:
        _type(qtbot, screen, surname="Moulin", birth_date="04-03-2012", given_names="em")
        _press_enter(qtbot, screen, "given_names")
        qtbot.waitUntil(lambda: screen.open_bsn == people.EMMA)
        assert screen.stack.currentWidget() is screen.overview

    def test_surname_with_prefix_as_it_is_spoken(self, qtbot: QtBot, screen: PersonScreen) -> None:
        _type(qtbot, screen, surname="de Vries", birth_date="21-07-1984")
        _press_enter(qtbot, screen, "birth_date")
        qtbot.waitUntil(lambda: screen.open_bsn == people.PIETER)

    def test_postcode_search_lists_the_household(self, qtbot: QtBot, screen: PersonScreen) -> None:
        _type(qtbot, screen, postcode="3074 sn", house_number="7a")
        _press_enter(qtbot, screen, "house_number")
        pick = screen.pick_list
        assert screen.stack.currentWidget() is pick
        names = [pick.model.view(r).person.name.full for r in range(pick.model.rowCount())]
        assert names == [
            "Daan Moulin",
            "Emma Moulin",
            "Suzanne Marie Moulin",
            "Pieter Jan de Vries",
        ]
        pick.on_activated(pick.model.index(2, 0))
        wait_for_ops(qtbot)
        qtbot.waitUntil(lambda: screen.open_bsn == people.SUZANNE)

    def test_nobody_found_keeps_the_person_and_says_so(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        people.open_person(qtbot, screen, people.SUZANNE)
        _type(qtbot, screen, surname="Jansen", birth_date="01-01-1970")
        _press_enter(qtbot, screen, "surname")
        assert screen.search.banner.kind == BannerKind.INFO
        assert screen.search.banner.text().startswith("Nobody found")
        assert screen.open_bsn == people.SUZANNE

    def test_bad_birth_date_is_pointed_at_without_a_lookup(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        _type(qtbot, screen, surname="Moulin", birth_date="31-02-2012")
        _press_enter(qtbot, screen, "surname")
        assert screen.search.birth_date.property("invalid") is True
        assert screen.search.banner.text().startswith("Type the birth date as dd-mm-yyyy")
        assert _audit(sqlite_services) == []

    def test_bad_postcode_is_pointed_at_by_the_service(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        _type(qtbot, screen, postcode="12345", house_number="7")
        _press_enter(qtbot, screen, "postcode")
        assert screen.search.postcode.property("invalid") is True
        assert screen.search.banner.text() == (
            "A postcode has four digits and two letters (1234 AB)."
        )

    def test_the_group_typed_in_last_is_searched(self, qtbot: QtBot, screen: PersonScreen) -> None:
        _type(qtbot, screen, surname="Moulin", birth_date="04-03-2012", bsn=people.SUZANNE)
        qtbot.mouseClick(screen.search.search_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        qtbot.waitUntil(lambda: screen.open_bsn == people.SUZANNE)

    def test_newer_search_wins_over_an_older_one(self, qtbot: QtBot, screen: PersonScreen) -> None:
        # The name search finds one person and would open her with a second call; the BSN
        # search started meanwhile is the newer question and must be what stays on screen.
        _type(qtbot, screen, surname="Moulin", birth_date="04-03-2012", given_names="em")
        qtbot.keyClick(screen.search.given_names, Qt.Key.Key_Return)
        people.search_bsn(qtbot, screen, people.PIETER)
        qtbot.waitUntil(lambda: screen.open_bsn is not None)
        wait_for_ops(qtbot)
        assert screen.open_bsn == people.PIETER
        assert screen.overview.header.name.text() == "Pieter Jan de Vries"


class TestEscape:
    def test_esc_clears_the_search_then_closes_the_person(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        screen.activateWindow()
        people.open_person(qtbot, screen, people.SUZANNE)
        search = screen.search
        search.bsn.setFocus()
        qtbot.keyClick(search.bsn, Qt.Key.Key_Escape)
        assert all(not edit.text() for edit in search.fields.values())
        assert screen.open_bsn == people.SUZANNE  # still open after the first Esc
        qtbot.keyClick(search.bsn, Qt.Key.Key_Escape)
        assert screen.open_bsn is None
        assert screen.form.bsn is None
        assert screen.stack.currentWidget() is screen.start_hint


class TestOverview:
    def test_facts_family_and_documents(self, qtbot: QtBot, screen: PersonScreen) -> None:
        people.open_person(qtbot, screen, people.SUZANNE)
        overview = screen.overview
        assert overview.facts.value_texts() == {
            "Born": "01/12/1985, Rotterdam",
            "Gender": "female",
            "Nationality": "Dutch",
            "Address": "Vredesplein 7A\n3074SN  ROTTERDAM",
            "Since": "02/11/2013",
        }
        assert overview.relations.value_texts() == {
            "Partner(s)": "Mark Visser, b. 09/05/1983 (until 12/10/2009)\n"
            "Pieter Jan de Vries, b. 21/07/1984 (since 14/05/2011)",
            "Child(ren)": "Emma Moulin, b. 04/03/2012\nDaan Moulin, b. 04/03/2012",
            "Parents": "Hendrik Moulin, b. 1950\nJohanna Bakker, b. 03/02/1956",
        }
        assert overview.documents.value_texts() == {
            "Identity card": "IR12345X6, valid until 01/04/2031",
            "Passport": "NW1K2L3M4, valid until 25/01/2027",
        }

    def test_other_nationality_is_shown_as_its_code(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        people.open_person(qtbot, screen, people.PIETER)
        assert screen.overview.facts.value_texts()["Nationality"] == "Dutch, code 0052"

    def test_deceased_person_gets_a_banner(self, qtbot: QtBot, screen: PersonScreen) -> None:
        people.open_person(qtbot, screen, people.HENDRIK)
        overview = screen.overview
        assert overview.signal_list.texts() == ["† Deceased on 30-08-2024."]
        assert overview.signal_list.bands[0].property("kind") == "deceased"
        assert overview.header.age.text() == "deceased"
        assert overview.documents.value_texts() == {"": "No travel documents in the BRP."}

    def test_earlier_contacts_and_open_hand_offs(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services, anna: Principal
    ) -> None:
        contacts = sqlite_services.contacts
        contacts.register(
            anna, ContactDraft(kanaal=Kanaal.KIOSK, onderwerp="Bezoek gemeld", bsn=people.SUZANNE)
        )
        contacts.register(
            anna,
            ContactDraft(
                kanaal=Kanaal.EMAIL,
                onderwerp="Uittreksel",
                bsn=people.SUZANNE,
                product_code="uittreksel-brp",
                hand_off=HandOffRequest("Uittreksel opsturen"),
            ),
        )
        people.open_person(qtbot, screen, people.SUZANNE)
        overview = screen.overview
        assert overview.history.model.rowCount() == 2
        assert overview.tabs.tabText(0) == "Contacts (2)"
        assert overview.tasks_model.rowCount() == 1
        assert overview.tasks_model.task(0).gevraagde_handeling == "Uittreksel opsturen"
        assert overview.tasks_table.isVisibleTo(overview)
        assert not overview.no_tasks.isVisibleTo(overview)


def test_the_offline_rvig_test_set_opens_a_person(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    """The real offline BRP, when it is installed; skipped while it is not there."""
    gba_csv = pytest.importorskip("app.services.brp.gba_csv")
    from app.config import BUNDLED_GBA_CSV
    from app.services.persons import PersonService

    source = gba_csv.GbaCsvPersonSource(BUNDLED_GBA_CSV)
    sqlite_services.persons = PersonService(sqlite_services.db, sqlite_services.clock, source)
    screen = _screen(qtbot, sqlite_services, anna)
    people.open_person(qtbot, screen, "999993653")
    assert screen.overview.header.name.text()
