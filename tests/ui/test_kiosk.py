"""The kiosk window: attract → choice → visit registered → back to the start."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.kiosk.message import MessageKind
from app.kiosk.window import KioskWindow
from app.registry.models import Kanaal, Klantcontact
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.services import Services
from app.ui import theme
from tests.ui.conftest import wait_for_ops


def _kiosk(
    qtbot: QtBot,
    services: Services,
    *,
    kiosk_id: str = "KIOSK-01",
    language: str = "en",
    **timeouts: int,
) -> KioskWindow:
    settings = replace(services.settings, kiosk_id=kiosk_id, language=language)
    window = KioskWindow(services, settings, **timeouts)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    return window


def _start(qtbot: QtBot, window: KioskWindow) -> None:
    """Touch the start screen and keep the kiosk's language."""
    qtbot.mouseClick(window.attract.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.language
    qtbot.mouseClick(window.language.buttons[window.flow.language], Qt.MouseButton.LeftButton)


def _kiosk_contacts(services: Services) -> list[Klantcontact]:
    with services.db.read() as session:
        return list(
            session.scalars(select(Klantcontact).where(Klantcontact.kanaal == Kanaal.KIOSK))
        )


def _kiosk_sessions(services: Services) -> list[KioskSessionRow]:
    with services.db.read() as session:
        return list(session.scalars(select(KioskSessionRow)))


def test_visit_is_registered_and_kiosk_returns_to_attract(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    window = _kiosk(qtbot, sqlite_services, language="nl", thanks_timeout_ms=200)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)

    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.language
    qtbot.mouseClick(window.language.buttons["nl"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.choice
    qtbot.mouseClick(window.choice.staff_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.message.kind == MessageKind.THANKS)
    assert window.stack.currentWidget() is window.message
    assert window.message.title.text() == "Dank u wel"
    stored = _kiosk_contacts(sqlite_services)
    assert len(stored) == 1
    assert stored[0].onderwerp == "Bezoek aangemeld bij zuil"
    assert stored[0].location == "Stadskantoor"
    assert stored[0].taal == "nld"
    assert stored[0].duration_seconds is not None

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)


def test_english_visitor_is_registered_in_english(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services, language="nl")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    assert window.attract.body.text() == "Raak het scherm aan om te beginnen"
    assert window.header.language_buttons["nl"].isChecked()

    qtbot.mouseClick(window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    # Qt delivers LanguageChange through the event queue.
    qtbot.waitUntil(lambda: window.attract.body.text() == "Touch the screen to start")
    assert window.header.help_button.text() == "Help"
    _start(qtbot, window)
    assert window.choice.staff_button.text() == "I want to talk to a staff member"
    qtbot.mouseClick(window.choice.staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.THANKS)
    assert [c.taal for c in _kiosk_contacts(sqlite_services)] == ["eng"]

    # "Done" brings back the start, in Dutch again for the next visitor.
    qtbot.mouseClick(window.message.primary_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract
    qtbot.waitUntil(lambda: window.attract.body.text() == "Raak het scherm aan om te beginnen")
    assert window.header.language_buttons["nl"].isChecked()


def test_inactivity_returns_to_attract(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services, idle_timeout_ms=150)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    _start(qtbot, window)
    assert window.stack.currentWidget() is window.choice
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=2000)
    wait_for_ops(qtbot)
    # The session that came to nothing is still one kiosk contact: timed out on the choice.
    [contact] = _kiosk_contacts(sqlite_services)
    assert contact.indicatie_contact_gelukt is False
    [row] = _kiosk_sessions(sqlite_services)
    assert (row.task, row.outcome, row.last_step) == ("none", "timed_out", "choose")


def test_help_is_reachable_from_every_screen(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    _start(qtbot, window)
    qtbot.mouseClick(window.header.help_button, Qt.MouseButton.LeftButton)
    assert window.message.kind == MessageKind.HELP
    assert window.stack.currentWidget() is window.message
    qtbot.mouseClick(window.message.primary_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.choice


def test_unregistered_kiosk_is_out_of_order(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services, kiosk_id="KIOSK-99")
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.OUT_OF_ORDER)
    assert window.stack.currentWidget() is window.message
    assert window.message.title.text() == "Out of order"
    assert not window.message.primary_button.isVisible()


def test_buttons_are_touch_sized_and_named(qtbot: QtBot, sqlite_services: Services) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet = app.styleSheet()
    app.setStyleSheet(theme.stylesheet(theme.Variant.KIOSK))
    try:
        window = _kiosk(qtbot, sqlite_services)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
        # Nothing may push the window wider than a portrait 1080 px screen.
        assert window.width() == 1080
        _start(qtbot, window)
        for button in window.findChildren(QPushButton):
            if not button.isVisible():
                continue
            assert button.accessibleName(), button.objectName()
            assert button.height() >= theme.KIOSK_TOUCH_PX, button.objectName()
    finally:
        app.setStyleSheet(old_sheet)


def test_failed_registration_offers_retry_with_same_contact(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.registry.db import DatabaseUnavailableError

    real_register = sqlite_services.contacts.register

    failed: list[object] = []

    def unreachable(_principal: object, draft: object) -> object:
        failed.append(draft)
        raise DatabaseUnavailableError("connection refused")

    window = _kiosk(qtbot, sqlite_services)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    monkeypatch.setattr(sqlite_services.contacts, "register", unreachable)
    _start(qtbot, window)
    qtbot.mouseClick(window.choice.staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.FAILED)
    assert window.message.primary_button.text() == "Try again"
    assert _kiosk_contacts(sqlite_services) == []

    sent: list[object] = []

    def record(principal: object, draft: object) -> object:
        sent.append(draft)
        return real_register(principal, draft)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_services.contacts, "register", record)
    qtbot.mouseClick(window.message.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.THANKS)
    qtbot.mouseClick(window.message.primary_button, Qt.MouseButton.LeftButton)  # Done
    _start(qtbot, window)
    qtbot.mouseClick(window.choice.staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sent) == 2 and window.message.kind == MessageKind.THANKS)
    stored = _kiosk_contacts(sqlite_services)
    assert len(stored) == 2
    assert sent[0] == failed[0]  # the retry resent the very same contact (same UUID)
    assert sent[1].uuid != sent[0].uuid  # type: ignore[attr-defined]  # the next visitor
