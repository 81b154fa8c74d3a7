"""Lockdown: the visitor cannot close the kiosk; a host closes it with the PIN."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import load_settings
from app.kiosk.lockdown import (
    HOLD_MS,
    MAX_TRIES,
    CloseGuard,
    HostPinDialog,
    PinLock,
    check_pin,
)
from app.registry import migrate
from app.registry.models_devices import DeviceStatus
from app.services import Services
from app.services.seed import seed_reference

ROOT = Path(__file__).resolve().parents[2]

DEMO_PIN = "2468"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Window(QWidget):
    """A stand-in kiosk window: a header to hold, a button with focus, keys it saw."""

    def __init__(self) -> None:
        super().__init__()
        self.header = QWidget()
        self.header.setObjectName("kioskHeader")
        name = QLabel("Gemeente Test", self.header)
        name.resize(300, 60)
        self.header.setMinimumHeight(80)
        self.button = QPushButton("Start")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.button)
        self.keys: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in _MODIFIER_KEYS:
            self.keys.append(event.key())
        super().keyPressEvent(event)


@pytest.fixture
def window(qtbot: QtBot) -> _Window:
    win = _Window()
    qtbot.addWidget(win)
    win.resize(800, 600)
    win.show()
    qtbot.waitExposed(win)
    return win


def _guard(window: _Window, **kwargs: object) -> CloseGuard:
    return CloseGuard(window, window.header, "", kiosk_id="KIOSK-01", **kwargs)  # type: ignore[arg-type]


def _type(qtbot: QtBot, dialog: HostPinDialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.keys[digit], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert dialog.typed == len(pin)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)


def test_check_pin() -> None:
    assert check_pin("", DEMO_PIN)  # empty: the demo PIN
    assert not check_pin("", "1357")
    own = FAST.hash("975310")
    assert check_pin(own, "975310")
    assert not check_pin(own, DEMO_PIN)
    assert not check_pin("not a hash", DEMO_PIN)


def test_the_lock_counts_wrong_tries_and_unlocks_after_the_time() -> None:
    clock = _Clock()
    lock = PinLock(clock=clock)
    assert lock.max_tries == MAX_TRIES == 3 and lock.lock_seconds == 60
    assert not lock.failed() and not lock.failed()
    assert lock.tries_left() == 1
    assert lock.failed()
    assert lock.locked_for() == 60
    clock.now += 59
    assert lock.locked_for() == 1
    clock.now += 1
    assert lock.locked_for() == 0 and lock.tries_left() == 3
    lock.failed()
    lock.succeeded()
    assert lock.tries_left() == 3


def test_the_visitor_cannot_close_the_window(qtbot: QtBot, window: _Window) -> None:
    guard = _guard(window)
    assert not window.close()  # Alt+F4 from the window manager arrives as this close
    assert window.isVisible()
    guard.release()  # a clean stop (SIGTERM)
    assert window.close()
    assert not window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_keys_that_close_or_leave_full_screen_are_swallowed(
    qtbot: QtBot, window: _Window, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    _guard(window)
    window.button.setFocus()
    qtbot.keyClick(window.button, key, modifier)  # type: ignore[no-untyped-call]
    qtbot.keyClick(window, key, modifier)  # type: ignore[no-untyped-call]
    # An ordinary key still arrives.
    qtbot.keyClick(window.button, Qt.Key.Key_X)  # type: ignore[no-untyped-call]
    assert window.keys == [Qt.Key.Key_X]
    assert window.isVisible()


def test_the_host_keys_open_the_pin_pad(qtbot: QtBot, window: _Window) -> None:
    guard = _guard(window)
    hold = Qt.KeyboardModifier
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        window.button, Qt.Key.Key_H, hold.ControlModifier | hold.AltModifier | hold.ShiftModifier
    )
    assert guard.dialog is not None and guard.dialog.isVisible()
    assert window.keys == []
    # A second gesture shows the same pad, not a second one.
    assert guard.open_dialog() is guard.dialog


def test_a_long_press_on_the_header_opens_the_pin_pad(qtbot: QtBot, window: _Window) -> None:
    assert _guard(window).hold_timer.interval() == HOLD_MS == 3000
    guard = _guard(window, hold_ms=150)
    where = QPoint(20, 20)
    # A tap is not a hold.
    qtbot.mousePress(window.header, Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    qtbot.mouseRelease(window.header, Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    assert not guard.hold_timer.isActive()
    qtbot.wait(300)
    assert guard.dialog is None
    # Holding does it; a press elsewhere does not.
    qtbot.mousePress(window.button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert not guard.hold_timer.isActive()
    qtbot.mouseRelease(window.button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.mousePress(window.header, Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible())


def test_the_right_pin_then_close_the_kiosk(
    qtbot: QtBot, window: _Window, caplog: pytest.LogCaptureFixture
) -> None:
    guard = _guard(window)
    dialog = guard.open_dialog()
    with caplog.at_level(logging.INFO, logger="app.kiosk.lockdown"):
        with qtbot.waitSignal(guard.unlocked, timeout=10_000):
            _type(qtbot, dialog, DEMO_PIN)
        assert dialog.pages.currentIndex() == 1
        assert dialog.quit_button.text() == "Close the kiosk"
        with qtbot.waitSignal(guard.quit_requested):
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert not window.isVisible()
    messages = [r.getMessage() for r in caplog.records]
    assert "kiosk KIOSK-01: unlocked with the host PIN" in messages
    assert "kiosk KIOSK-01: closed by a host" in messages
    assert not any(DEMO_PIN in m for m in messages)


def test_cancel_after_unlocking_keeps_the_kiosk_locked(qtbot: QtBot, window: _Window) -> None:
    guard = _guard(window)
    dialog = guard.open_dialog()
    _type(qtbot, dialog, DEMO_PIN)
    assert dialog.pages.currentIndex() == 1
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert guard.dialog is None
    assert not window.close()
    assert window.isVisible()


def test_three_wrong_pins_lock_the_pad_for_a_minute(
    qtbot: QtBot, window: _Window, caplog: pytest.LogCaptureFixture
) -> None:
    clock = _Clock()
    guard = _guard(window, lock=PinLock(clock=clock))
    dialog = guard.open_dialog()
    with caplog.at_level(logging.WARNING, logger="app.kiosk.lockdown"):
        _type(qtbot, dialog, "1111")
        assert dialog.status.text() == "Wrong PIN. 2 tries left."
        assert dialog.typed == 0
        _type(qtbot, dialog, "2222")
        assert dialog.status.text() == "Wrong PIN. 1 try left."
        # Closing and opening the pad does not give new tries.
        dialog.reject()
        dialog = guard.open_dialog()
        _type(qtbot, dialog, "3333")
    assert dialog.status.text() == "Too many wrong PINs. Try again in 60\u00a0s."
    assert not dialog.keys["2"].isEnabled() and not dialog.ok_button.isEnabled()
    dialog.press("2")
    assert dialog.typed == 0
    assert dialog.lock_timer.isActive()
    messages = [r.getMessage() for r in caplog.records]
    assert messages[-1] == "kiosk KIOSK-01: wrong host PIN 3 times; PIN pad locked for 60 s"
    assert not any(pin in m for m in messages for pin in ("1111", "2222", "3333"))

    clock.now += 30
    dialog.lock_timer.timeout.emit()
    assert dialog.status.text() == "Too many wrong PINs. Try again in 30\u00a0s."
    clock.now += 30
    dialog.lock_timer.timeout.emit()
    assert dialog.keys["2"].isEnabled() and dialog.status.text() == ""
    assert not dialog.lock_timer.isActive()
    with qtbot.waitSignal(guard.unlocked, timeout=10_000):
        _type(qtbot, dialog, DEMO_PIN)


def test_a_pad_left_open_closes_by_itself(qtbot: QtBot, window: _Window) -> None:
    guard = _guard(window, dialog_idle_ms=100)
    dialog = guard.open_dialog()
    dialog.press("2")
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    qtbot.waitUntil(lambda: guard.dialog is None)
    assert closed == [0]  # rejected
    assert window.isVisible()


def test_the_pin_pad_keys_are_big_and_named(qtbot: QtBot, window: _Window) -> None:
    guard = _guard(window)
    dialog = guard.open_dialog()
    dialog.press("2")
    dialog.press("4")
    qtbot.waitUntil(dialog.isVisible)
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.accessibleName(), button.objectName()
            assert button.height() >= 90 and button.width() >= 90, button.objectName()


KIOSK_PROCESS = """
import sys
from pathlib import Path
from app.config import load_settings
from app.kiosk.app import run_kiosk
from app.logging_setup import setup_logging
settings = load_settings(Path(sys.argv[1]))
setup_logging(settings.log_dir, "kiosk")
sys.exit(run_kiosk(settings, windowed=False))
"""


@pytest.fixture
def kiosk_config(tmp_path: Path) -> Path:
    """A kiosk with simulated reader and terminal, no printer, on a seeded SQLite file."""
    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'database_url = "{url}"\n'
        'kiosk_id = "KIOSK-01"\n'
        f'log_dir = "{tmp_path / "logs"}"\n'
        "[devices]\n"
        'card_reader = "simulator"\n'
        'payment_terminal = "simulator"\n'
        'printer = "none"\n',
        encoding="utf-8",
    )
    settings = load_settings(config)
    services = Services.from_settings(settings)
    try:
        migrate.upgrade(services.db)
        seed_reference(services, ("KIOSK-01",))
    finally:
        services.close()
    return config


def _reported(config: Path) -> dict[str, str]:
    services = Services.from_settings(load_settings(config))
    try:
        with services.db.read() as session:
            rows = session.execute(select(DeviceStatus.device, DeviceStatus.state)).all()
    finally:
        services.close()
    return {device: state for device, state in rows}


def _start(command: list[str], tmp_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)


def _wait_for_reports(process: subprocess.Popen[str], config: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if len(_reported(config)) == 3:
            return
        time.sleep(0.2)
    process.kill()
    _, stderr = process.communicate()
    raise AssertionError(f"the kiosk did not report its devices:\n{stderr}")


def test_the_kiosk_process_reports_its_devices_and_stops_on_sigterm(
    kiosk_config: Path, tmp_path: Path
) -> None:
    process = _start([sys.executable, "-c", KIOSK_PROCESS, str(kiosk_config)], tmp_path)
    try:
        _wait_for_reports(process, kiosk_config)
        assert _reported(kiosk_config) == {
            "card_reader": "ok",
            "payment_terminal": "ok",
            "printer": "absent",
        }
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert "Traceback" not in stderr, stderr
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "kiosk stopping on SIGTERM" in log


def test_the_supervised_kiosk_stops_with_its_supervisor(kiosk_config: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-c", KIOSK_PROCESS, str(kiosk_config)]
    supervisor = _start([sys.executable, "-m", "app.kiosk.supervisor", "--", *command], tmp_path)
    try:
        _wait_for_reports(supervisor, kiosk_config)
        supervisor.send_signal(signal.SIGTERM)
        _, stderr = supervisor.communicate(timeout=30)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
    assert supervisor.returncode == 0, stderr
    assert "kiosk stopped (exit code 143)" in stderr
    assert "restart" not in stderr
