"""Appointments at the counter: book, refuse a taken time, move, cancel, confirm; the person's
appointments and visits in the 360 view; the agenda's day. Real services on SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.counter.agenda_view import AgendaView
from app.counter.appointment_dialog import AppointmentDialog, BookingPerson
from app.counter.appointment_list import PersonAppointments, QueueVisitList
from app.counter.main_window import CounterWindow
from app.registry.models_queue import AppointmentStatus
from app.services import Services
from app.services.appointments import AppointmentInfo, BookingRequest
from app.services.auth import Principal
from app.ui import i18n, theme
from app.ui.banner import BannerKind
from tests.conftest import FakeClock, make_user
from tests.ui import people
from tests.ui.conftest import wait_for_ops

TODAY = date(2026, 11, 25)  # the FakeClock's date: Wednesday, 10:30 in Amsterdam
SUZANNE_BORN = date(1985, 12, 1)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in late November 2026, given in Amsterdam time (UTC+1)."""
    return datetime(2026, 11, day, hour - 1, minute, tzinfo=UTC)


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


SUZANNE = BookingPerson(
    naam="Suzanne Marie Moulin",
    bsn=people.SUZANNE,
    bsn_display=people.SUZANNE,
    birth_date=SUZANNE_BORN,
)


def _dialog(
    qtbot: QtBot, services: Services, principal: Principal, **kwargs: object
) -> AppointmentDialog:
    dialog = AppointmentDialog(services, principal, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_ops(qtbot)
    return dialog


def _select(dialog: AppointmentDialog, starts_at: datetime) -> None:
    for row in range(dialog.slots.count()):
        item = dialog.slots.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == starts_at:
            dialog.slots.setCurrentItem(item)
            return
    raise AssertionError(f"no slot at {starts_at}")


def _slot_texts(dialog: AppointmentDialog) -> list[str]:
    return [dialog.slots.item(row).text() for row in range(dialog.slots.count())]


def _book(
    services: Services, principal: Principal, starts_at: datetime, naam: str, **extra: object
) -> AppointmentInfo:
    request = BookingRequest("REISDOCUMENTEN", starts_at, naam, **extra)  # type: ignore[arg-type]
    return services.appointments.book(principal, request)


def _booked_today(services: Services, principal: Principal) -> list[tuple[datetime, str]]:
    return [
        (a.starts_at, a.naam)
        for a in services.appointments.day_list(principal, "REISDOCUMENTEN", TODAY)
        if a.status != AppointmentStatus.CANCELLED
    ]


class TestBooking:
    def test_opens_on_the_first_free_time_with_the_person_filled_in(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
        assert dialog.current_agenda() is not None
        assert dialog.current_agenda().code == "REISDOCUMENTEN"  # type: ignore[union-attr]
        assert dialog.selected_day() == TODAY
        assert dialog.selected_start() == local(25, 10, 45)  # 10:30 now: the next slot
        assert _slot_texts(dialog)[:2] == ["10:45  (2 free)", "11:00  (2 free)"]
        assert dialog.naam.text() == "Suzanne Marie Moulin"
        assert dialog.link_person.isChecked()
        assert "999993653" in dialog.link_person.text()

    def test_enter_books_and_shows_the_confirmation(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
        _select(dialog, local(25, 11, 15))
        qtbot.keyClicks(dialog.email, "s.moulin@example.nl")
        with qtbot.waitSignal(dialog.booked) as booked:
            qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
            wait_for_ops(qtbot)

        assert _booked_today(sqlite_services, anna) == [(local(25, 11, 15), "Suzanne Marie Moulin")]
        info = booked.args[0]
        stored = sqlite_services.appointments.get(anna, info.uuid)
        assert stored.email == "s.moulin@example.nl"
        assert stored.bsn_checkin  # BSN and birth date were both sent
        linked = sqlite_services.appointments.for_person(anna, people.SUZANNE)
        assert [a.uuid for a in linked] == [info.uuid]
        assert dialog.pages.currentWidget() is dialog.confirmation
        assert dialog.confirmation.heading.text() == "Appointment booked"

    def test_tab_walks_the_dialog_in_working_order_and_enter_in_the_list_books(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.agenda.setFocus(Qt.FocusReason.OtherFocusReason)
        visited: list[QWidget | None] = []
        for _ in range(11):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            visited.append(QApplication.focusWidget())
        assert visited == [
            dialog.previous_day,
            dialog.day,  # one stop, not one per date section
            dialog.next_day,
            dialog.first_free,
            dialog.slots,
            dialog.naam,
            dialog.email,
            dialog.telefoon,
            dialog.toelichting,
            dialog.link_person,
            dialog.book_button,
        ]
        dialog.slots.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.keyClick(dialog.slots, Qt.Key.Key_Right)
        qtbot.keyClick(dialog.slots, Qt.Key.Key_Return)
        wait_for_ops(qtbot)
        assert _booked_today(sqlite_services, anna) == [(local(25, 11, 0), "Suzanne Marie Moulin")]

    def test_unlinked_booking_keeps_the_bsn_out(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
        dialog.link_person.setChecked(False)
        dialog.naam.setText("Emma Moulin")
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert _booked_today(sqlite_services, anna) == [(local(25, 10, 45), "Emma Moulin")]
        assert sqlite_services.appointments.for_person(anna, people.SUZANNE) == []

    def test_a_time_taken_meanwhile_is_refused_and_the_list_refreshed(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
        _select(dialog, local(25, 11, 0))
        # Two phone bookings take both places of 11:00 while the dialog is open.
        _book(sqlite_services, anna, local(25, 11, 0), "Jan de Boer")
        _book(sqlite_services, anna, local(25, 11, 0), "Piet Janssen")

        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)

        assert dialog.banner.kind == BannerKind.ERROR
        assert dialog.banner.text() == "This time is no longer available. Choose another time."
        assert "11:00  full" in _slot_texts(dialog)
        assert dialog.selected_start() != local(25, 11, 0)
        assert dialog.pages.currentWidget() is dialog.booking_page
        assert dialog.naam.text() == "Suzanne Marie Moulin"  # nothing typed is lost
        assert sqlite_services.appointments.for_person(anna, people.SUZANNE) == []

    def test_an_empty_name_points_at_the_field(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, agenda_code="REISDOCUMENTEN")
        assert dialog.naam.text() == ""
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert dialog.naam.property("invalid") is True
        assert dialog.banner.text() == "Enter the name of the person the appointment is for."
        assert _booked_today(sqlite_services, anna) == []

    def test_day_buttons_move_through_the_days(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = _dialog(qtbot, sqlite_services, anna, agenda_code="REISDOCUMENTEN")
        qtbot.mouseClick(dialog.next_day, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert dialog.selected_day() == date(2026, 11, 26)
        assert _slot_texts(dialog)[0] == "09:00  (2 free)"
        for _ in range(2):  # Saturday: no hours
            qtbot.mouseClick(dialog.next_day, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert dialog.slots.count() == 0
        assert dialog.slots_note.isVisible()
        assert not dialog.book_button.isEnabled()
        qtbot.mouseClick(dialog.first_free, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert dialog.selected_day() == TODAY


class TestConfirmation:
    @pytest.fixture
    def booked(self, qtbot: QtBot, sqlite_services: Services, anna: Principal) -> AppointmentDialog:
        dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
        _select(dialog, local(25, 14, 15))
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert dialog.confirmation.loaded is not None
        return dialog

    def test_shows_the_mail_text_with_the_date_and_the_qr(
        self, qtbot: QtBot, booked: AppointmentDialog
    ) -> None:
        pane = booked.confirmation
        text = pane.text.toPlainText()
        assert "woensdag 25 november 2026, 14:15 - 14:30 uur" in text  # Dutch by default
        assert "Beste Suzanne Marie Moulin," in text
        assert pane.subject.text() == (
            "Bevestiging van uw afspraak op woensdag 25 november 2026 om 14:15 uur"
        )
        pixmap = pane.qr.pixmap()
        assert not pixmap.isNull() and pixmap.width() >= 100
        assert pane.copy_button.isEnabled() and pane.save_button.isEnabled()

    def test_english_on_request(self, qtbot: QtBot, booked: AppointmentDialog) -> None:
        pane = booked.confirmation
        pane.language.setCurrentIndex(pane.language.findData("en"))
        wait_for_ops(qtbot)
        assert "Wednesday 25 November 2026, 14:15 - 14:30" in pane.text.toPlainText()
        assert pane.loaded is not None and pane.loaded.language == "en"

    def test_copy_puts_the_mail_text_on_the_clipboard(
        self, qtbot: QtBot, booked: AppointmentDialog
    ) -> None:
        pane = booked.confirmation
        qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == pane.text.toPlainText()
        assert pane.banner.kind == BannerKind.SUCCESS

    def test_pdf_is_saved_where_chosen(
        self,
        qtbot: QtBot,
        booked: AppointmentDialog,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        asked: list[str] = []

        def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
            asked.append(suggested)
            return str(tmp_path / "bevestiging"), "PDF (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
        pane = booked.confirmation
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)

        saved = tmp_path / "bevestiging.pdf"  # the extension is added
        assert saved.read_bytes().startswith(b"%PDF")
        assert asked and asked[0].endswith("appointment-2026-11-25-1415.pdf")
        assert pane.banner.kind == BannerKind.SUCCESS
        assert str(saved) in pane.banner.text()

    def test_a_failed_save_says_why(
        self,
        qtbot: QtBot,
        booked: AppointmentDialog,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        target = tmp_path / "missing" / "bevestiging.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), ""))
        )
        pane = booked.confirmation
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert pane.banner.kind == BannerKind.ERROR
        assert pane.banner.text().startswith(f"The PDF could not be saved as {target}")
        assert pane.save_button.isEnabled()


class TestMoveAndCancel:
    def test_move_to_another_time(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        info = _book(sqlite_services, anna, local(25, 11, 0), "Suzanne Marie Moulin")
        dialog = _dialog(qtbot, sqlite_services, anna, appointment=info)
        assert dialog.selected_day() == TODAY
        assert "11:00  current" in _slot_texts(dialog)
        assert not dialog.agenda.isEnabled() and not dialog.naam.isEnabled()
        _select(dialog, local(25, 15, 30))
        with qtbot.waitSignal(dialog.rescheduled):
            qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
            wait_for_ops(qtbot)

        assert _booked_today(sqlite_services, anna) == [(local(25, 15, 30), "Suzanne Marie Moulin")]
        assert dialog.confirmation.heading.text() == "Appointment moved"
        assert "15:30" in dialog.confirmation.text.toPlainText()

    def test_cancel_after_yes(
        self,
        qtbot: QtBot,
        sqlite_services: Services,
        anna: Principal,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        info = _book(sqlite_services, anna, local(26, 9, 0), "S. Moulin", bsn=people.SUZANNE)
        panel = _panel(qtbot, sqlite_services, anna)
        assert panel.cancel_button.isEnabled()
        monkeypatch.setattr(panel, "confirm_cancel", lambda _info: True)
        with qtbot.waitSignal(panel.changed):
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
            wait_for_ops(qtbot)

        stored = sqlite_services.appointments.get(anna, info.uuid)
        assert stored.status == AppointmentStatus.CANCELLED
        assert panel.model.appointment(0).status == AppointmentStatus.CANCELLED  # re-read
        assert panel.banner.kind == BannerKind.SUCCESS
        assert not panel.cancel_button.isEnabled()

    def test_keep_it_cancels_nothing(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        info = _book(sqlite_services, anna, local(26, 9, 0), "S. Moulin", bsn=people.SUZANNE)
        panel = _panel(qtbot, sqlite_services, anna)
        answered: list[str] = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            answered.append(box.text())
            box.escapeButton().click()  # type: ignore[union-attr]

        QTimer.singleShot(0, answer)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)

        assert answered and "S. Moulin" in answered[0] and "26 November 2026" in answered[0]
        stored = sqlite_services.appointments.get(anna, info.uuid)
        assert stored.status == AppointmentStatus.BOOKED


def _panel(qtbot: QtBot, services: Services, principal: Principal) -> PersonAppointments:
    panel = PersonAppointments(services, principal)
    qtbot.addWidget(panel)
    panel.show_overview(services.persons.overview(principal, people.SUZANNE, purpose="balie"))
    panel.show()
    return panel


class TestPersonPanel:
    def test_upcoming_soonest_first_then_past(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal, clock: FakeClock
    ) -> None:
        clock.now = local(18, 8, 0)
        _book(sqlite_services, anna, local(18, 10, 0), "S. Moulin", bsn=people.SUZANNE)
        clock.now = local(25, 10, 30)
        _book(sqlite_services, anna, local(27, 9, 0), "S. Moulin", bsn=people.SUZANNE)
        _book(sqlite_services, anna, local(26, 14, 0), "S. Moulin", bsn=people.SUZANNE)

        panel = _panel(qtbot, sqlite_services, anna)

        model = panel.model
        assert [model.appointment(r).starts_at for r in range(model.rowCount())] == [
            local(26, 14, 0),
            local(27, 9, 0),
            local(18, 10, 0),
        ]
        assert model.index(0, 0).data() == "Thu 26 Nov 2026 14:00"
        assert model.index(2, 2).data() == "booked, passed"
        assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == (
            theme.MUTED
        )
        assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
        assert panel.caption.text() == "2 upcoming, 1 past"
        assert panel.tab_title() == "Appointments (3)"
        panel.table.selectRow(2)
        assert not panel.move_button.isEnabled() and not panel.cancel_button.isEnabled()
        panel.table.selectRow(0)
        assert panel.move_button.isEnabled() and panel.confirm_button.isEnabled()

    def test_new_appointment_for_the_open_person_appears_in_the_list(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        panel = _panel(qtbot, sqlite_services, anna)
        assert panel.model.rowCount() == 0
        assert panel.caption.text() == "No appointments."
        qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
        dialog = panel.dialog
        assert dialog is not None
        wait_for_ops(qtbot)
        assert dialog.naam.text() == "Suzanne Marie Moulin"
        assert dialog.person is not None and dialog.person.birth_date == SUZANNE_BORN
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert panel.model.rowCount() == 1

    def test_clear_forgets_the_person(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        _book(sqlite_services, anna, local(26, 9, 0), "S. Moulin", bsn=people.SUZANNE)
        panel = _panel(qtbot, sqlite_services, anna)
        panel.clear()
        assert panel.model.rowCount() == 0
        assert panel.person is None
        assert not panel.new_button.isEnabled()

    def test_queue_visits_with_wait_and_desk(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal, clock: FakeClock
    ) -> None:
        _book(
            sqlite_services,
            anna,
            local(25, 10, 45),
            "S. Moulin",
            bsn=people.SUZANNE,
            birth_date=SUZANNE_BORN,
        )
        sqlite_services.appointments.check_in_by_bsn(anna, people.SUZANNE, SUZANNE_BORN)
        sqlite_services.queue.open_desk(anna, "BALIE-2")
        clock.advance(minutes=13, seconds=20)
        sqlite_services.queue.call_next(anna, "BALIE-2")
        visits = QueueVisitList()
        qtbot.addWidget(visits)
        overview = sqlite_services.persons.overview(anna, people.SUZANNE, purpose="balie")
        visits.show_overview(overview)
        row = [visits.model.index(0, c).data() for c in range(visits.model.columnCount())]
        assert row == [
            "Wed 25 Nov 2026 10:30",
            "P001",
            "Paspoort en ID-kaart (afspraak)",
            "14 min",
            "Balie 2",
            "at the desk",
        ]
        assert visits.tab_title() == "Queue visits (1)"
        assert visits.empty.isHidden()


class TestAgendaView:
    def test_the_day_with_names_and_free_places(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        _book(sqlite_services, anna, local(25, 11, 0), "Jan de Boer")
        _book(sqlite_services, anna, local(25, 11, 0), "Piet Janssen")
        cancelled = _book(sqlite_services, anna, local(25, 11, 15), "Kees van Dijk")
        sqlite_services.appointments.cancel(anna, cancelled.uuid)
        view = _agenda_view(qtbot, sqlite_services, anna)

        rows = {
            view.model.index(r, 0).data(): (
                view.model.index(r, 1).data(),
                view.model.index(r, 2).data(),
            )
            for r in range(view.model.rowCount())
        }
        assert rows["11:00"] == ("2 of 2", "Jan de Boer; Piet Janssen")
        assert rows["11:15"] == ("2 free", "Kees van Dijk (cancelled)")
        assert rows["10:45"] == ("2 free", "")
        assert "10:30" not in rows  # passed, and nobody was booked
        assert view.caption.text().startswith("Wednesday, 25 November 2026: 2 appointment")

    def test_activating_a_free_time_books_it_without_a_person(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        view = _agenda_view(qtbot, sqlite_services, anna)
        row = next(
            r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "13:45"
        )
        view.table.setCurrentIndex(view.model.index(row, 0))
        view.table.activated.emit(view.model.index(row, 0))  # Enter or double-click
        dialog = view.dialog
        assert dialog is not None
        wait_for_ops(qtbot)
        assert dialog.person is None
        assert dialog.selected_start() == local(25, 13, 45)
        qtbot.keyClicks(dialog.naam, "Telefonische boeking")
        qtbot.keyClick(dialog.naam, Qt.Key.Key_Return)
        wait_for_ops(qtbot)

        assert _booked_today(sqlite_services, anna) == [(local(25, 13, 45), "Telefonische boeking")]
        dialog.close_button.click()
        wait_for_ops(qtbot)
        assert view.model.index(row, 2).data() == "Telefonische boeking"

    def test_a_full_time_does_not_open_the_dialog(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        _book(sqlite_services, anna, local(25, 10, 45), "A")
        _book(sqlite_services, anna, local(25, 10, 45), "B")
        view = _agenda_view(qtbot, sqlite_services, anna)
        view.table.selectRow(0)
        assert view.model.index(0, 0).data() == "10:45"
        assert not view.book_button.isEnabled()
        view.table.activated.emit(view.model.index(0, 0))
        assert view.dialog is None


def _agenda_view(qtbot: QtBot, services: Services, principal: Principal) -> AgendaView:
    view = AgendaView(services, principal)
    qtbot.addWidget(view)
    view.show()
    wait_for_ops(qtbot)
    view.agenda.setCurrentIndex(view.agenda.findData("REISDOCUMENTEN"))
    wait_for_ops(qtbot)
    return view


def test_dutch_dialog_texts(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> None:
    """The day chooser and birth date follow the UI language (Dutch at the counter)."""
    assert i18n.set_language("nl")
    dialog = _dialog(qtbot, sqlite_services, anna, person=SUZANNE, agenda_code="REISDOCUMENTEN")
    assert dialog.day.text() == "woensdag 25 november 2026"
    assert "1 december 1985" in dialog.link_person.text()


class TestInTheCounterWindow:
    """Wired into the window: tabs of the 360 view, Ctrl+Shift+A and the agenda (Ctrl+4)."""

    @pytest.fixture
    def window(self, qtbot: QtBot, sqlite_services: Services, anna: Principal) -> CounterWindow:
        win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
        qtbot.addWidget(win)
        win.show()
        form = win.person_screen.form
        qtbot.waitUntil(lambda: form.product.isEnabled() and form.unit.count() > 1)
        wait_for_ops(qtbot)
        return win

    def test_booking_for_the_open_person_shows_in_the_360_view(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, anna: Principal
    ) -> None:
        _book(sqlite_services, anna, local(26, 11, 0), "S. Moulin", bsn=people.SUZANNE)
        people.open_person(qtbot, window.person_screen, people.SUZANNE)
        tabs = window.person_screen.overview.tabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        assert titles == ["Contacts (0)", "Appointments (1)", "Queue visits (0)"]

        qtbot.keyClick(
            window,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = window.person_screen.appointments.dialog
        assert dialog is not None
        wait_for_ops(qtbot)
        assert dialog.naam.text() == "Suzanne Marie Moulin"
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        assert tabs.tabText(1) == "Appointments (2)"

        window.person_screen.on_close_requested()  # next visitor
        assert tabs.tabText(1) == "Appointments (0)"

    def test_ctrl_4_shows_the_agenda(self, qtbot: QtBot, window: CounterWindow) -> None:
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        wait_for_ops(qtbot)
        assert window.modes.currentWidget() is window.agenda
        assert window.agenda.agenda.count() == 3
