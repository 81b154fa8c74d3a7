"""Kiosk accessibility: touch targets, contrast, larger text, names and the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.kiosk import window as window_module
from app.kiosk.devices import KioskDevices
from app.kiosk.flow import Step
from app.kiosk.message import HelpState, MessageKind
from app.kiosk.style import MIN_TOUCH_PX, TEXT_COLOURS, contrast_ratio, touch_px
from app.kiosk.window import KioskWindow
from app.services import Services
from tests.ui.conftest import wait_for_ops
from tests.ui.test_kiosk_session import FakeSelfServiceView

WCAG_AA = 4.5


@pytest.mark.parametrize(("name", "foreground", "background"), TEXT_COLOURS)
def test_text_colours_meet_wcag_aa(name: str, foreground: str, background: str) -> None:
    assert contrast_ratio(foreground, background) >= WCAG_AA, name


def test_contrast_ratio_can_fail() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") < WCAG_AA


class _Screen:
    def __init__(self, dpi: float) -> None:
        self.dpi = dpi

    def physicalDotsPerInch(self) -> float:
        return self.dpi


@pytest.mark.parametrize(("dpi", "pixels"), [(96.0, 90), (254.0, 150), (0.0, 90), (160.0, 95)])
def test_touch_target_is_15_mm_and_never_below_90_px(dpi: float, pixels: int) -> None:
    assert touch_px(cast(QScreen, _Screen(dpi))) == pixels


@pytest.fixture
def window(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KioskWindow]:
    view = FakeSelfServiceView()
    monkeypatch.setattr(window_module, "create_self_service_view", lambda *_args: view)
    settings = replace(sqlite_services.settings, kiosk_id="KIOSK-01", language="en")
    window = KioskWindow(
        sqlite_services,
        settings,
        devices=cast(KioskDevices, object()),
        heartbeat_ms=3_600_000,
    )
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    wait_for_ops(qtbot)
    yield window


def _interactive(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and w.isVisible()
    ]


def _every_screen(window: KioskWindow) -> Iterator[str]:
    """Show each page of the stack in turn (and the states that change its buttons)."""
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        window.stack.setCurrentWidget(page)
        if page is window.message:
            for kind in MessageKind:
                if kind == MessageKind.HELP:
                    window.message.show_help(HelpState.COMING, "Gina")
                elif kind != MessageKind.REFUSED:
                    window.message.show_kind(kind)
                yield f"message {kind}"
        else:
            yield page.objectName() or type(page).__name__
    window.on_idle_warning()
    yield "idle warning"


def test_every_button_is_named_and_large_enough(qtbot: QtBot, window: KioskWindow) -> None:
    window.flow.start()
    window.flow.choose_language()
    window.show_step()
    assert window.choice.product_buttons  # the self-service product is among the buttons
    seen = 0
    for screen in _every_screen(window):
        QApplication.processEvents()
        for widget in _interactive(window):
            seen += 1
            where = f"{screen}: {widget.objectName() or type(widget).__name__}"
            assert widget.accessibleName().strip(), where
            assert widget.height() >= max(MIN_TOUCH_PX, window.touch_px), where
            assert widget.width() >= max(MIN_TOUCH_PX, window.touch_px), where
    assert seen > 40


def test_larger_text_scales_the_kiosk_fonts(qtbot: QtBot, window: KioskWindow) -> None:
    title = window.attract.title
    before = title.font().pointSizeF()
    assert before == pytest.approx(44)
    assert window.header.text_button.accessibleName() == "Larger text"
    qtbot.mouseClick(window.header.text_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    QApplication.processEvents()
    assert title.font().pointSizeF() == pytest.approx(57)
    assert window.choice.ticket_button.label.font().pointSizeF() == pytest.approx(39)
    qtbot.mouseClick(window.header.text_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    QApplication.processEvents()
    assert title.font().pointSizeF() == pytest.approx(44)


def test_tab_reaches_every_button_and_enter_presses_it(qtbot: QtBot, window: KioskWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.attract.start_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert window.flow.step == Step.LANGUAGE
    window.language.buttons["en"].setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.flow.step == Step.CHOOSE)

    buttons = {id(w): w for w in _interactive(window)}
    reached: set[int] = set()
    window.choice.ticket_button.setFocus()
    for _ in range(len(buttons) * 2):
        focus = window.focusWidget()
        assert focus is not None
        reached.add(id(focus))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
    missing = [w.objectName() for key, w in buttons.items() if key not in reached]
    assert missing == []

    window.choice.ticket_button.setFocus()
    qtbot.keyClick(window.choice.ticket_button, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.flow.step == Step.QUEUES)
    wait_for_ops(qtbot)


def test_enter_after_a_scanned_code_ends_the_code_not_presses_the_button(
    qtbot: QtBot, window: KioskWindow
) -> None:
    window.attract.start_button.setFocus()
    qtbot.keyClicks(window.attract.start_button, "SP1NOTACODE")  # type: ignore[no-untyped-call]
    qtbot.keyClick(window.attract.start_button, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    # The code went to the check-in (and was refused), the start button was not pressed.
    qtbot.waitUntil(lambda: window.flow.step == Step.REFUSED)
    wait_for_ops(qtbot)


def test_the_self_service_screens_are_named_and_large_enough(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    """The real SelfServiceView inside the window: every page's buttons, as on the others."""
    from app.devices.emrtd.device import SimulatedCardReader
    from app.devices.printer import SimulatedPrinter
    from app.kiosk.selfservice import SelfServiceView
    from app.services.documents.thermal import Sender

    devices = KioskDevices(
        card_reader=SimulatedCardReader(),
        checkout=None,
        terminal=None,
        printer=SimulatedPrinter(),
        sender=Sender("Gemeente Test"),
    )
    settings = replace(sqlite_services.settings, kiosk_id="KIOSK-01", language="en")
    window = KioskWindow(sqlite_services, settings, devices=devices, heartbeat_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    wait_for_ops(qtbot)
    view = window.self_service
    assert isinstance(view, SelfServiceView)
    window.stack.setCurrentWidget(view)
    seen = 0
    for page in view.pages:
        view.stack.setCurrentWidget(page)
        QApplication.processEvents()
        for widget in _interactive(page):
            seen += 1
            where = f"{page.objectName()}: {widget.objectName() or type(widget).__name__}"
            assert widget.accessibleName().strip(), where
            assert widget.height() >= max(MIN_TOUCH_PX, window.touch_px), where
            assert widget.width() >= max(MIN_TOUCH_PX, window.touch_px), where
    assert seen >= len(view.pages)
    window.close()
    devices.close()
