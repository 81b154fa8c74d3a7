"""The counter's queue strip, driven by its keys: call, recall, no-show, transfer, park, end."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.main_window import CounterWindow
from app.counter.queue_panel import QueuePanel, clock_text, find_desk
from app.registry.models import Klantcontact, Resolution
from app.registry.models_queue import Ticket, TicketStatus
from app.services import Services
from app.services.auth import Principal
from app.services.queue import DeskInfo, TicketInfo
from app.ui.banner import BannerKind
from tests.conftest import FakeClock, make_user
from tests.ui import people
from tests.ui.conftest import wait_for_ops

DESK = "BALIE-1"  # "Balie 1", the default Settings.desk; serves P, A (Burgerzaken) and B


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def kiosk(sqlite_services: Services) -> Principal:
    return sqlite_services.auth.kiosk_principal("KIOSK-01")


def _open_window(
    qtbot: QtBot, services: Services, anna: Principal, desk: str = ""
) -> CounterWindow:
    settings = replace(services.settings, desk=desk) if desk else services.settings
    win = CounterWindow(services, anna, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    wait_for_ops(qtbot)
    return win


@pytest.fixture
def window(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> CounterWindow:
    win = _open_window(qtbot, sqlite_services, anna)
    assert win.queue_panel.panel is not None
    return win


def _take(services: Services, kiosk: Principal, queue: str = "BURGERZAKEN") -> TicketInfo:
    return services.queue.take_ticket(kiosk, queue)


def _key(qtbot: QtBot, win: CounterWindow, key: Qt.Key, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(win.person_screen.search.bsn, key, modifier)
    wait_for_ops(qtbot)


def _call(qtbot: QtBot, win: CounterWindow) -> QueuePanel:
    _key(qtbot, win, Qt.Key.Key_F5)
    return win.queue_panel


def _ticket(services: Services, ticket_uuid: UUID) -> TicketInfo:
    """The ticket as a desk sees it (the ``anna`` fixture's account)."""
    return services.queue.ticket(services.auth.login("anna", "correct-horse"), ticket_uuid)


def _status(services: Services, ticket: TicketInfo) -> TicketStatus:
    return _ticket(services, ticket.uuid).status


def _contacts(services: Services) -> list[Klantcontact]:
    with services.db.read() as session:
        return list(session.scalars(select(Klantcontact)))


class TestCalling:
    def test_f5_calls_the_next_ticket_and_shows_its_code(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        sqlite_services: Services,
        kiosk: Principal,
        clock: FakeClock,
    ) -> None:
        first = _take(sqlite_services, kiosk)
        _take(sqlite_services, kiosk)
        clock.advance(minutes=6, seconds=5)
        panel = window.queue_panel
        assert panel.code.text() == "—"
        assert panel.next_button.isEnabled()
        assert not panel.end_button.isEnabled()

        _call(qtbot, window)

        assert panel.code.text() == "A001"
        assert panel.visitor.text() == "Balie 1 · Burgerzaken"
        assert panel.timing.text() == "waited 06:05 · called 00:00 · recall 0/2"
        called = _ticket(sqlite_services, first.uuid)
        assert called.status == TicketStatus.CALLED
        assert called.desk_naam == "Balie 1"
        # Only what fits a called visitor can be pressed; no-show waits for the recalls.
        assert not panel.next_button.isEnabled()
        enabled = [b.objectName() for b in panel.action_buttons() if b.isEnabled()]
        assert enabled == ["recall", "transfer", "park", "endService"]
        assert panel.waiting.text() == "Waiting 1: Paspoort en ID-kaart (afspraak) 0 · " + (
            "Burgerzaken 1 (~7 min) · Documenten afhalen 0"
        )
        # The form registers for this visit now.
        assert window.person_screen.form.ticket_uuid == first.uuid

    def test_the_called_clock_ticks(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        sqlite_services: Services,
        kiosk: Principal,
        clock: FakeClock,
    ) -> None:
        _take(sqlite_services, kiosk)
        panel = _call(qtbot, window)
        clock.advance(seconds=75)
        qtbot.waitUntil(lambda: "called 01:15" in panel.timing.text(), timeout=3000)

    def test_nobody_waiting_says_so(self, qtbot: QtBot, window: CounterWindow) -> None:
        panel = _call(qtbot, window)
        assert panel.current is None
        assert panel.timing.text() == "Nobody is waiting for this desk."

    def test_a_new_visitor_closes_the_previous_person(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, kiosk: Principal
    ) -> None:
        people.open_person(qtbot, window.person_screen, people.SUZANNE)
        assert window.person_screen.open_bsn == people.SUZANNE
        _take(sqlite_services, kiosk)
        _call(qtbot, window)
        assert window.person_screen.open_bsn is None
        assert window.person_screen.form.bsn is None

    def test_refusal_is_shown_in_the_strip(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        sqlite_services: Services,
        kiosk: Principal,
        anna: Principal,
    ) -> None:
        """Another session at the same desk called a visitor the strip has not read yet."""
        _take(sqlite_services, kiosk)
        _take(sqlite_services, kiosk)
        sqlite_services.queue.call_next(anna, DESK)
        panel = window.queue_panel
        assert panel.next_button.isEnabled()  # the strip still thinks the desk is free
        _call(qtbot, window)
        assert panel.banner.kind == BannerKind.ERROR
        assert panel.banner.text() == (
            "Ticket A001 is still being served at this desk. End, park or transfer it first."
        )
        # The strip read the desk again and shows the visitor that is there.
        assert panel.code.text() == "A001"

    def test_f5_is_the_task_lists_refresh_while_it_is_shown(self, window: CounterWindow) -> None:
        window.show_tasks()
        assert not window.queue_panel.next_shortcut.isEnabled()
        window.show_person_screen()
        assert window.queue_panel.next_shortcut.isEnabled()


class TestRecallAndNoShow:
    def test_recall_counts_and_no_show_needs_two_recalls(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, kiosk: Principal
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        panel = _call(qtbot, window)
        assert not panel.no_show_button.isEnabled()

        _key(qtbot, window, Qt.Key.Key_F9)  # too early: nothing happens
        assert _status(sqlite_services, ticket) == TicketStatus.CALLED

        _key(qtbot, window, Qt.Key.Key_F6)
        assert panel.timing.text().endswith("recall 1/2")
        assert not panel.no_show_button.isEnabled()
        _key(qtbot, window, Qt.Key.Key_F6)
        assert panel.timing.text().endswith("recall 2/2")
        assert _ticket(sqlite_services, ticket.uuid).recall_count == 2
        assert panel.no_show_button.isEnabled()

        _key(qtbot, window, Qt.Key.Key_F9)
        assert _status(sqlite_services, ticket) == TicketStatus.NO_SHOW
        assert panel.code.text() == "—"
        assert panel.timing.text() == "A001 did not show up."
        assert panel.next_button.isEnabled()
        assert window.person_screen.form.ticket_uuid is None


class TestTransfer:
    def test_to_another_queue(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, kiosk: Principal
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        panel = _call(qtbot, window)
        _key(qtbot, window, Qt.Key.Key_F7)
        dialog = panel.dialog
        assert dialog is not None
        assert dialog.to_queue.isChecked()
        assert dialog.queue.findData("BURGERZAKEN") == -1  # not to where it already is
        dialog.queue.setCurrentIndex(dialog.queue.findData("INFORMATIE"))
        qtbot.mouseClick(dialog.transfer_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)

        moved = _ticket(sqlite_services, ticket.uuid)
        assert (moved.status, moved.queue_code, moved.code) == (
            TicketStatus.WAITING,
            "INFORMATIE",
            "A001",
        )
        assert panel.current is None
        assert panel.timing.text() == "A001 sent to Informatie en vragen."
        assert panel.dialog is None  # closed and let go

    def test_to_another_desk(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, kiosk: Principal
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        panel = _call(qtbot, window)
        panel.open_transfer()
        dialog = panel.dialog
        assert dialog is not None
        wait_for_ops(qtbot)  # the desks are read when the dialog opens
        assert dialog.desk.findData(DESK) == -1  # not to itself
        assert dialog.desk.itemText(dialog.desk.findData("BALIE-3")) == "Balie 3 (closed now)"
        dialog.to_desk.setChecked(True)
        dialog.desk.setCurrentIndex(dialog.desk.findData("BALIE-3"))
        qtbot.mouseClick(dialog.transfer_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)

        with sqlite_services.db.read() as session:
            row = session.get_one(Ticket, ticket.uuid)
            assert (row.status, row.target_desk_code) == (TicketStatus.WAITING, "BALIE-3")
        assert panel.timing.text() == "A001 sent to Balie 3."


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: menus cannot grab keys
class TestPark:
    def test_park_then_resume_from_the_parked_list(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, kiosk: Principal
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        panel = _call(qtbot, window)
        _key(qtbot, window, Qt.Key.Key_F8)
        assert _status(sqlite_services, ticket) == TicketStatus.PARKED
        assert panel.current is None
        assert [b.text() for b in panel.parked_buttons if b.isVisible()] == ["A001"]

        qtbot.mouseClick(panel.parked_buttons[0], Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert _status(sqlite_services, ticket) == TicketStatus.CALLED
        assert panel.code.text() == "A001"
        assert not any(b.isVisible() for b in panel.parked_buttons)
        assert panel.nobody_parked.isVisible()

    def test_shift_f8_resumes_the_parked_visitor(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, kiosk: Principal
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        _call(qtbot, window)
        _key(qtbot, window, Qt.Key.Key_F8)
        _take(sqlite_services, kiosk)
        _call(qtbot, window)  # the next visitor meanwhile
        assert window.queue_panel.code.text() == "A002"
        _key(qtbot, window, Qt.Key.Key_F8)
        assert len(window.queue_panel.parked_buttons) == 2

        _key(qtbot, window, Qt.Key.Key_F8, shift=True)  # two parked: choose
        menu = window.queue_panel.parked_menu
        assert [a.text() for a in menu.actions()] == [
            "Resume A001 (Burgerzaken)",
            "Resume A002 (Burgerzaken)",
        ]
        menu.actions()[0].trigger()
        wait_for_ops(qtbot)
        assert _status(sqlite_services, ticket) == TicketStatus.CALLED
        assert window.queue_panel.code.text() == "A001"


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: menus cannot grab keys
class TestEndService:
    @pytest.mark.parametrize(
        ("choice", "resolution"),
        [(0, Resolution.FIRST_LINE), (2, Resolution.NOT_RESOLVED)],
    )
    def test_end_registers_the_visit_with_wait_service_time_and_desk(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        *,
        sqlite_services: Services,
        kiosk: Principal,
        clock: FakeClock,
        choice: int,
        resolution: Resolution,
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        clock.advance(minutes=6)
        panel = _call(qtbot, window)
        clock.advance(minutes=4)
        _key(qtbot, window, Qt.Key.Key_F12)
        menu = panel.end_menu
        assert menu.isVisible()
        assert [a.text() for a in menu.actions()] == [
            "Answered first-line",
            "Handed off",
            "Not resolved",
        ]
        assert menu.activeAction() is menu.actions()[0]  # F12, Enter: the usual case
        for _ in range(choice):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        wait_for_ops(qtbot)

        done = _ticket(sqlite_services, ticket.uuid)
        assert done.status == TicketStatus.DONE
        [contact] = _contacts(sqlite_services)
        assert contact.uuid == done.klantcontact_uuid
        assert (contact.wait_seconds, contact.duration_seconds, contact.desk) == (
            360,
            240,
            "Balie 1",
        )
        assert contact.resolution == resolution
        assert contact.onderwerp == "Bezoek Burgerzaken"
        assert panel.timing.text() == "A001 done; the visit is registered as a contact."
        assert window.statusBar().currentMessage() == "Visit A001 ended."
        assert panel.next_button.isEnabled()

    def test_a_contact_registered_during_the_visit_is_linked_and_completed(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        sqlite_services: Services,
        kiosk: Principal,
        clock: FakeClock,
    ) -> None:
        ticket = _take(sqlite_services, kiosk)
        clock.advance(minutes=3)
        panel = _call(qtbot, window)
        form = window.person_screen.form
        assert form.visit.text() == "Part of the visit of ticket A001"
        contact_uuid = form.contact_uuid
        qtbot.keyClicks(form.onderwerp, "Uittreksel BRP")
        qtbot.keyClick(form.onderwerp, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.SUCCESS)
        wait_for_ops(qtbot)
        assert _ticket(sqlite_services, ticket.uuid).klantcontact_uuid == contact_uuid

        clock.advance(minutes=2)
        _key(qtbot, window, Qt.Key.Key_F12)  # nothing to ask: the contact says how it ended
        assert not panel.end_menu.isVisible()
        assert _status(sqlite_services, ticket) == TicketStatus.DONE
        [contact] = _contacts(sqlite_services)
        assert contact.uuid == contact_uuid
        assert contact.onderwerp == "Uittreksel BRP"
        assert contact.wait_seconds == 180
        assert panel.timing.text() == (
            "A001 done; the contact of this visit has its wait and service time."
        )


class TestDesk:
    def test_login_opens_the_desk_and_closing_the_window_closes_it(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, anna: Principal
    ) -> None:
        desk = sqlite_services.queue.desk_panel(anna, DESK).desk
        assert (desk.is_open, desk.staff_name) == (True, "Anna")
        window.close()
        wait_for_ops(qtbot)
        assert not sqlite_services.queue.desk_panel(anna, DESK).desk.is_open

    def test_a_missing_desk_is_said_and_the_counter_still_works(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        win = _open_window(qtbot, sqlite_services, anna, desk="Balie 99")
        panel = win.queue_panel
        assert panel.banner.kind == BannerKind.ERROR
        assert panel.banner.text().startswith(
            "This counter is set up for desk “Balie 99”, which does not exist."
        )
        assert not panel.strip.isVisible()
        assert win.person_screen.form.product.isEnabled()
        _key(qtbot, win, Qt.Key.Key_F5)  # no desk: the key does nothing
        assert panel.current is None
        assert not any(d.is_open for d in sqlite_services.queue.list_desks())

    def test_desk_by_code_works_too(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        win = _open_window(qtbot, sqlite_services, anna, desk="balie-4")
        assert win.queue_panel.desk is not None
        assert win.queue_panel.desk.naam == "Balie 4"


def test_clock_text() -> None:
    assert clock_text(0) == "00:00"
    assert clock_text(252) == "04:12"
    assert clock_text(3852) == "1:04:12"
    assert clock_text(-5) == "00:00"


def test_find_desk_by_name_or_code() -> None:
    desks = [
        DeskInfo("BALIE-1", "Balie 1", "", False, None, ()),
        DeskInfo("BALIE-2", "Balie 2", "", False, None, ()),
    ]
    assert find_desk(desks, " balie 2 ") is desks[1]
    assert find_desk(desks, "BALIE-1") is desks[0]
    assert find_desk(desks, "Balie 9") is None


def test_window_with_the_strip_fits_a_1366x768_screen(window: CounterWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 700
