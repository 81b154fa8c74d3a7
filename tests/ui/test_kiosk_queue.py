"""The kiosk with real services: take a queue ticket, check in for an appointment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.kiosk.flow import Refusal, Step, TicketSlip
from app.kiosk.message import MessageKind
from app.kiosk.window import KioskWindow
from app.registry.models_queue import Appointment, AppointmentStatus, Ticket
from app.services import Services
from app.services.appointments import BookingRequest, InvalidTokenError
from app.ui import i18n, theme
from tests.conftest import FakeClock, make_user

BSN = "999993653"
BIRTH_DATE = date(1980, 4, 5)


def _kiosk(
    qtbot: QtBot,
    services: Services,
    *,
    size: tuple[int, int] = (1080, 1920),
    printed: list[TicketSlip] | None = None,
    **timeouts: int,
) -> KioskWindow:
    settings = replace(services.settings, kiosk_id="KIOSK-01", language="en")
    window = KioskWindow(
        services,
        settings,
        print_ticket=printed.append if printed is not None else lambda _slip: None,
        **timeouts,
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    return window


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _start(qtbot: QtBot, window: KioskWindow) -> None:
    """Touch the start screen and keep the kiosk's language."""
    _click(qtbot, window.attract.start_button)
    _click(qtbot, window.language.buttons[window.flow.language])


def _tickets(services: Services) -> list[Ticket]:
    with services.db.read() as session:
        return list(session.scalars(select(Ticket).order_by(Ticket.created_at, Ticket.number)))


def _book(services: Services, starts_at: datetime) -> str:
    """An appointment booked at the counter; returns the token its QR code carries."""
    staff = make_user(services, "anna", "medewerker")
    booked = services.appointments.book(
        staff,
        BookingRequest(
            agenda_code="REISDOCUMENTEN",
            starts_at=starts_at,
            naam="Jan Jansen",
            bsn=BSN,
            birth_date=BIRTH_DATE,
        ),
    )
    assert booked.token is not None
    return booked.token


def _scan(qtbot: QtBot, target: QWidget, code: str) -> None:
    """What a keyboard-wedge scanner does: type the code, press Enter."""
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def _type(qtbot: QtBot, window: KioskWindow, digits: str) -> None:
    for digit in digits:
        _click(qtbot, window.keypad.keys[digit])


def _all_text(window: KioskWindow) -> str:
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [widget.accessibleName() for widget in window.findChildren(QWidget)]
    return "\n".join(texts)


def test_tapping_a_queue_shows_the_ticket_the_database_has(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    services = sqlite_services
    staff = make_user(services, "anna", "medewerker")
    services.queue.open_desk(staff, "BALIE-3")
    for _ in range(2):
        services.queue.take_ticket(staff, "BURGERZAKEN")
    printed: list[TicketSlip] = []
    window = _kiosk(qtbot, services, printed=printed, ticket_timeout_ms=300)

    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    assert [b.queue.code for b in window.queues.buttons] == [
        "BURGERZAKEN",
        "AFHALEN",
        "INFORMATIE",
        "PARKEREN",
    ]  # walk-in queues only: the appointment queue is not offered
    burgerzaken = window.queues.buttons[0]
    # Two ahead, seven minutes each, one desk open.
    assert burgerzaken.wait.text() == "About 14 min wait"
    assert window.queues.buttons[2].wait.text() == "No desk open right now"
    _click(qtbot, burgerzaken)

    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    stored = _tickets(services)[-1]
    assert stored.issued_by == "KIOSK-01"
    assert stored.language == "en"
    assert window.stack.currentWidget() is window.ticket
    assert window.ticket.code.text() == stored.code == "A003"
    assert window.ticket.queue.text() == "Burgerzaken"
    assert window.ticket.ahead.text() == "There are 2 people ahead of you"
    assert window.ticket.wait.text() == "About 14 min wait"
    assert not window.ticket.no_desk.isVisible()
    assert [slip.code for slip in printed] == ["A003"]  # the printer seam got the same ticket

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    assert window.ticket.code.text() == ""


def test_ticket_when_no_desk_is_open_says_so(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    _click(qtbot, window.queues.buttons[3])  # Parkeren
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    assert window.ticket.code.text() == "D001"
    assert window.ticket.ahead.text() == "You are next"
    assert window.ticket.no_desk.isVisible()
    assert not window.ticket.wait.isVisible()
    _click(qtbot, window.ticket.done_button)
    assert window.stack.currentWidget() is window.attract


def test_failed_ticket_is_retried_with_the_same_uuid(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.registry.db import DatabaseUnavailableError

    services = sqlite_services
    real_take = services.queue.take_ticket
    sent: list[object] = []

    def lost_answer(*args: object, **kwargs: object) -> object:
        # The ticket is stored, but the kiosk never hears back.
        sent.append(kwargs["uuid"])
        real_take(*args, **kwargs)  # type: ignore[arg-type]
        raise DatabaseUnavailableError("connection reset")

    window = _kiosk(qtbot, services)
    monkeypatch.setattr(services.queue, "take_ticket", lost_answer)
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    _click(qtbot, window.queues.buttons[0])
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.TICKET_FAILED)
    assert window.message.primary_button.text() == "Try again"

    def record(*args: object, **kwargs: object) -> object:
        sent.append(kwargs["uuid"])
        return real_take(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.queue, "take_ticket", record)
    _click(qtbot, window.message.primary_button)
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    assert sent[0] == sent[1]
    stored = _tickets(services)
    assert len(stored) == 1  # one number handed out, not two
    assert window.ticket.code.text() == stored[0].code


def test_scanned_code_checks_in(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    token = _book(sqlite_services, datetime(2026, 11, 25, 10, 30, tzinfo=UTC))  # 11:30 local
    clock.advance(minutes=45)  # 11:15 local: inside the check-in window
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    assert window.stack.currentWidget() is window.check_in
    assert "camera" not in window.check_in.body.text()  # no camera configured

    # The scanner types into whatever has the focus; here the BSN button.
    window.check_in.bsn_button.setFocus()
    _scan(qtbot, window.check_in.bsn_button, token)
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)

    with sqlite_services.db.read() as session:
        appointment = session.scalars(select(Appointment)).one()
        ticket = session.scalars(select(Ticket)).one()
    assert appointment.status == AppointmentStatus.CHECKED_IN
    assert ticket.appointment_uuid == appointment.uuid
    assert ticket.due_at is not None  # called before walk-ins once its time has come
    assert window.ticket.code.text() == ticket.code == "P001"
    assert window.ticket.title.text() == "Welcome"
    assert window.ticket.appointment.text() == (
        "You are checked in for your appointment at 11:30: Paspoort en ID-kaart aanvragen."
    )
    assert window.ticket.ahead.text() == "You will be called soon."
    assert "Jan Jansen" not in _all_text(window)


def test_code_scanned_on_the_start_screen_checks_in(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    token = _book(sqlite_services, datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    clock.advance(minutes=20)
    window = _kiosk(qtbot, sqlite_services)
    _scan(qtbot, window, token)
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    assert window.ticket.code.text() == "P001"


class FakeCamera:
    """The camera seam: what the window starts and stops, and a way to "show" it a code."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.on_code: Callable[[str], None] | None = None

    def start(self, on_code: Callable[[str], None]) -> None:
        self.events.append("start")
        self.on_code = on_code

    def stop(self) -> None:
        self.events.append("stop")
        self.on_code = None


def test_a_camera_runs_only_on_the_check_in_screen(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    token = _book(sqlite_services, datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    clock.advance(minutes=20)
    camera = FakeCamera()
    settings = replace(sqlite_services.settings, language="en")
    window = KioskWindow(sqlite_services, settings, camera=camera)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.flow.step == Step.ATTRACT)
    _start(qtbot, window)
    assert camera.events == []
    _click(qtbot, window.choice.check_in_button)
    assert camera.events == ["start"]
    assert "in front of the camera" in window.check_in.body.text()
    assert camera.on_code is not None
    camera.on_code(token)
    assert camera.events == ["start", "stop"]
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    assert window.ticket.code.text() == "P001"


def test_bsn_and_birth_date_check_in(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    _book(sqlite_services, datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # 11:00 local
    clock.advance(minutes=15)
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    _click(qtbot, window.check_in.bsn_button)
    assert window.stack.currentWidget() is window.keypad
    assert window.keypad.title.text() == "Your BSN"

    _type(qtbot, window, "123456789")  # fails the elfproef
    _click(qtbot, window.keypad.next_button)
    assert window.keypad.error.isVisible()
    assert window.keypad.error.text().startswith("This is not a valid BSN")
    for _ in range(9):
        _click(qtbot, window.keypad.delete_key)
    assert not window.keypad.error.isVisible()
    _type(qtbot, window, BSN)
    _click(qtbot, window.keypad.next_button)
    assert window.keypad.title.text() == "Your date of birth"
    _type(qtbot, window, "0504")
    assert "05-04-" in window.keypad.entry.text()
    _type(qtbot, window, "1980")
    _click(qtbot, window.keypad.next_button)

    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    assert window.ticket.code.text() == "P001"
    assert "at 11:00" in window.ticket.appointment.text()
    assert BSN not in _all_text(window)


def test_too_early_says_when_to_come_back(qtbot: QtBot, sqlite_services: Services) -> None:
    token = _book(sqlite_services, datetime(2026, 11, 25, 11, 0, tzinfo=UTC))  # 12:00 local
    window = _kiosk(qtbot, sqlite_services)  # it is 10:30
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    _scan(qtbot, window, token)
    qtbot.waitUntil(lambda: window.flow.step == Step.REFUSED)
    assert window.message.kind == MessageKind.REFUSED
    assert window.message.refusal == Refusal.TOO_EARLY
    assert window.message.body.text().startswith(
        "You are early: your appointment is at 12:00. You can check in from 11:30."
    )
    assert _tickets(sqlite_services) == []
    _click(qtbot, window.message.primary_button)  # Done
    assert window.stack.currentWidget() is window.attract


def test_invalid_code_offers_bsn_instead(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    _scan(qtbot, window, "SP1" + "A" * 77)
    qtbot.waitUntil(lambda: window.flow.step == Step.REFUSED)
    assert window.message.refusal == Refusal.INVALID_CODE
    assert window.message.body.text() == i18n.error_text(InvalidTokenError())
    assert window.message.primary_button.text() == "Use BSN and date of birth"
    _click(qtbot, window.message.primary_button)
    assert window.stack.currentWidget() is window.keypad
    assert window.flow.step == Step.BSN


def test_too_late_offers_a_ticket(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    token = _book(sqlite_services, datetime(2026, 11, 25, 9, 45, tzinfo=UTC))
    clock.advance(minutes=40)  # ten minutes late is the limit; this is 25
    window = _kiosk(qtbot, sqlite_services)
    _scan(qtbot, window, token)
    qtbot.waitUntil(lambda: window.flow.step == Step.REFUSED)
    assert window.message.refusal == Refusal.TOO_LATE
    assert window.message.primary_button.text() == "Take a ticket"
    _click(qtbot, window.message.primary_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    assert window.stack.currentWidget() is window.queues


def test_after_idle_the_screen_shows_no_bsn(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services, idle_timeout_ms=300)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    _click(qtbot, window.check_in.bsn_button)
    _type(qtbot, window, BSN)
    _click(qtbot, window.keypad.next_button)
    _type(qtbot, window, "0504")
    assert window.flow.step == Step.BIRTH_DATE
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    text = _all_text(window).replace("\u2009", "").replace("&nbsp;", "")
    assert BSN not in text
    assert "0504" not in text.replace("-", "")
    assert window.flow.digits == ""
    # The next visitor finds an empty keypad.
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    _click(qtbot, window.check_in.bsn_button)
    assert window.keypad.digits == ""


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_every_new_screen_fits_and_has_touch_sized_buttons(
    qtbot: QtBot, sqlite_services: Services, size: tuple[int, int]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet = app.styleSheet()
    app.setStyleSheet(theme.stylesheet(theme.Variant.KIOSK))
    try:
        window = _kiosk(qtbot, sqlite_services, size=size)
        assert (window.width(), window.height()) == size
        seen: list[str] = []

        def check() -> None:
            page = window.stack.currentWidget()
            layout = page.layout()
            assert layout is not None
            needed = max(page.minimumSizeHint().height(), layout.totalHeightForWidth(page.width()))
            assert needed <= window.stack.height(), (page.objectName(), needed)
            for button in page.findChildren(QPushButton):
                if button.isVisible():
                    assert button.accessibleName(), button.objectName()
                    assert button.height() >= theme.KIOSK_TOUCH_PX, button.objectName()
            seen.append(page.objectName())

        _start(qtbot, window)
        check()
        _click(qtbot, window.choice.ticket_button)
        qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
        check()
        _click(qtbot, window.queues.buttons[0])
        qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
        check()
        _click(qtbot, window.ticket.done_button)
        _start(qtbot, window)
        _click(qtbot, window.choice.check_in_button)
        check()
        _click(qtbot, window.check_in.bsn_button)
        _type(qtbot, window, "123456789")
        _click(qtbot, window.keypad.next_button)  # with the error shown
        check()
        _scan(qtbot, window, "SP1" + "A" * 77)
        qtbot.waitUntil(lambda: window.flow.step == Step.REFUSED)
        check()
        assert seen == ["choice", "queues", "ticket", "checkIn", "keypad", "message"]
    finally:
        app.setStyleSheet(old_sheet)
