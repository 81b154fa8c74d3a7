"""Lockdown: the visitor cannot close the kiosk; a host can, with a PIN.

The kiosk runs full screen without a title bar, so the ways out left are the window manager's
close request (Alt+F4), the usual application shortcuts and Escape. ``CloseGuard`` refuses the
close and swallows those keys. A host opens ``HostPinDialog`` with a three-second press on the
header (the municipality name) or Ctrl+Alt+Shift+H on a service keyboard, types the PIN on a
large touch pad and may then close the kiosk; the process then ends with exit code 0, which
tells the supervisor (``app/kiosk/supervisor.py``) not to start it again.

The PIN's argon2 hash comes from STADSPUNT_KIOSK_HOST_PIN_HASH or the keyring (none: the demo
PIN). Checking it takes a noticeable fraction of a second on purpose, so it runs on a thread of
its own: not on the database worker, because a host must be able to close a kiosk whose
database is unreachable.
Three wrong PINs lock the pad for a minute; the count lives in the guard, not in the dialog,
so closing and reopening the dialog does not reset it. The log records unlocks and wrong
tries for the operator, never a PIN.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import DEMO_HOST_PIN_HASH
from app.ui.theme import (
    BACKGROUND,
    BORDER,
    ERROR,
    ERROR_BG,
    MUTED,
    PRIMARY,
    SURFACE,
    TEXT,
    Variant,
    stylesheet,
)

log = logging.getLogger(__name__)

#: How long a host holds the header before the PIN pad opens.
HOLD_MS = 3000
#: Wrong PINs in a row before the pad locks, and for how long.
MAX_TRIES = 3
LOCK_SECONDS = 60.0
#: A PIN pad left open (the host walked away) closes by itself after this long untouched.
DIALOG_IDLE_MS = 30_000
#: The pad's size: keys of about 170x120 px, small enough for a portrait screen's width.
DIALOG_WIDTH = 640
DIALOG_HEIGHT = 980
#: The longest PIN the pad takes (``stadspunt hash-pin`` allows 4 to 12 digits).
MAX_PIN_DIGITS = 12

_hasher = PasswordHasher()


def check_pin(pin_hash: str, pin: str) -> bool:
    """Whether ``pin`` matches the configured argon2 hash (empty hash: the demo PIN).

    Slow on purpose (argon2): call it off the GUI thread. A malformed hash matches nothing.
    """
    try:
        return bool(_hasher.verify(pin_hash or DEMO_HOST_PIN_HASH, pin))
    except (VerificationError, InvalidHashError):
        return False


class PinLock:
    """Counts wrong PINs; after ``max_tries`` in a row the pad is locked for ``lock_seconds``.

    Qt-free, with an injected monotonic clock, so the lock survives the dialog and tests need
    not wait a minute.
    """

    def __init__(
        self,
        *,
        max_tries: int = MAX_TRIES,
        lock_seconds: float = LOCK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_tries = max_tries
        self.lock_seconds = lock_seconds
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds until the pad takes a PIN again; 0 when it does now."""
        return max(0.0, self._locked_until - self._clock())

    def tries_left(self) -> int:
        return self.max_tries - self._wrong

    def failed(self) -> bool:
        """A wrong PIN; True when it locked the pad."""
        self._wrong += 1
        if self._wrong >= self.max_tries:
            self._wrong = 0
            self._locked_until = self._clock() + self.lock_seconds
            return True
        return False

    def succeeded(self) -> None:
        self._wrong = 0


class _PinCheck(QObject):
    """Carries one PIN check's answer from its thread to the GUI thread.

    Signals:
        done: the check ended; carries whether the PIN was right.
    """

    done = Signal(bool)

    def start(self, pin_hash: str, pin: str) -> None:
        def work() -> None:
            right = check_pin(pin_hash, pin)
            # The dialog (and this object) may have gone away meanwhile.
            with contextlib.suppress(RuntimeError):
                self.done.emit(right)

        threading.Thread(target=work, name="stadspunt-pin-check", daemon=True).start()


_DIALOG_SHEET = f"""
QDialog#hostPinDialog {{ background: {SURFACE}; border: 4px solid {PRIMARY}; }}
QLabel#pinTitle {{ font-size: 32pt; font-weight: bold; color: {PRIMARY}; }}
QLabel#pinEntry {{
    font-size: 40pt; font-weight: bold; color: {TEXT}; background: {SURFACE};
    border: 3px solid {BORDER}; border-radius: 12px; padding: 8px 24px; min-height: 80px;
}}
QLabel#pinStatus {{ font-size: 22pt; color: {TEXT}; }}
QLabel#pinStatus[problem="true"] {{
    color: {ERROR}; background: {ERROR_BG}; border: 2px solid {ERROR}; border-radius: 8px;
    padding: 8px 16px;
}}
QPushButton[key="true"] {{
    font-size: 36pt; font-weight: bold; min-height: 110px; min-width: 150px; padding: 0 4px;
}}
QPushButton[key="true"][wide="true"] {{ font-size: 22pt; }}
QPushButton:disabled {{ color: {MUTED}; background: {BACKGROUND}; border-color: {BORDER}; }}
"""


class HostPinDialog(QDialog):
    """A numeric PIN pad for the host, then the choice "Close the kiosk" / "Cancel".

    Signals:
        unlocked: the PIN was right.
        quit_requested: the host chose to close the kiosk.
    """

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        pin_hash: str,
        lock: PinLock,
        *,
        kiosk_id: str = "",
        idle_ms: int = DIALOG_IDLE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hostPinDialog")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setStyleSheet(stylesheet(Variant.KIOSK) + _DIALOG_SHEET)
        self._pin_hash = pin_hash
        self._lock = lock
        self._kiosk_id = kiosk_id
        self._digits = ""
        self._checking = False
        self._wrong_shown = False
        self._check: _PinCheck | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_pad())
        self.pages.addWidget(self._build_choice())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.pages)
        self.setMinimumSize(DIALOG_WIDTH, DIALOG_HEIGHT)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self._idle)
        #: Counts the lock down on screen, once a second.
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self._show_state)
        self.finished.connect(self._wipe)
        self.retranslate_ui()
        self._show_state()
        self.idle_timer.start()

    # -- building ---------------------------------------------------------------------------

    def _build_pad(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("pinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setWordWrap(True)
        self.entry = QLabel()
        self.entry.setObjectName("pinEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("pinStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status.setWordWrap(True)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, digit in enumerate("123456789"):
            key = self._key(digit)
            grid.addWidget(key, index // 3, index % 3)
        self.delete_key = self._key("")
        self.delete_key.setObjectName("pinDelete")
        self.delete_key.setProperty("wide", True)
        self.delete_key.clicked.connect(self.delete)
        grid.addWidget(self.delete_key, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.ok_button = self._key("")
        self.ok_button.setObjectName("pinOk")
        self.ok_button.setProperty("primary", True)
        self.ok_button.setProperty("wide", True)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("pinCancel")
        self.cancel_button.clicked.connect(self.reject)
        column = QVBoxLayout(page)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addWidget(self.entry)
        column.addWidget(self.status)
        column.addLayout(grid)
        column.addWidget(self.cancel_button)
        return page

    def _key(self, digit: str) -> QPushButton:
        key = QPushButton()
        key.setProperty("key", True)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if digit:
            key.setObjectName(f"pinKey{digit}")
            key.setText(digit)
            key.setAccessibleName(digit)
            key.clicked.connect(lambda _checked=False, d=digit: self.press(d))
            self.keys[digit] = key
        return key

    def _build_choice(self) -> QWidget:
        page = QWidget()
        self.choice_title = QLabel()
        self.choice_title.setObjectName("pinTitle")
        self.choice_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.choice_title.setWordWrap(True)
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("pinQuit")
        self.quit_button.setProperty("primary", True)
        self.quit_button.setMinimumHeight(110)
        self.quit_button.clicked.connect(self._quit)
        self.back_button = QPushButton()
        self.back_button.setObjectName("pinBack")
        self.back_button.setMinimumHeight(110)
        self.back_button.clicked.connect(self.reject)
        column = QVBoxLayout(page)
        column.setSpacing(24)
        column.addWidget(self.choice_title)
        column.addStretch(1)
        column.addWidget(self.quit_button)
        column.addWidget(self.back_button)
        column.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Host PIN"))
        self.title.setAccessibleName(self.tr("Host PIN"))
        self.delete_key.setText(self.tr("Delete"))
        self.delete_key.setAccessibleName(self.tr("Delete the last digit"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Check the PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.choice_title.setText(self.tr("The kiosk is unlocked."))
        self.quit_button.setText(self.tr("Close the kiosk"))
        self.quit_button.setAccessibleName(self.tr("Close the kiosk"))
        self.back_button.setText(self.tr("Cancel"))
        self.back_button.setAccessibleName(self.tr("Cancel"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- typing -----------------------------------------------------------------------------

    @property
    def typed(self) -> int:
        """How many digits are typed (the digits themselves stay private)."""
        return len(self._digits)

    @property
    def checking(self) -> bool:
        """A PIN is being checked (the pad is disabled meanwhile)."""
        return self._checking

    def press(self, digit: str) -> None:
        self.idle_timer.start()
        if self._checking or self._lock.locked_for() > 0 or len(self._digits) >= MAX_PIN_DIGITS:
            return
        self._digits += digit
        self._wrong_shown = False
        self._show_state()

    def delete(self) -> None:
        self.idle_timer.start()
        if not self._checking:
            self._digits = self._digits[:-1]
            self._show_state()

    def submit(self) -> None:
        """Check the typed PIN off the GUI thread; the answer comes back in ``_checked``."""
        self.idle_timer.start()
        if self._checking or not self._digits or self._lock.locked_for() > 0:
            return
        self._checking = True
        pin, self._digits = self._digits, ""
        self._check = _PinCheck(self)
        self._check.done.connect(self._checked)
        self._check.start(self._pin_hash, pin)
        self._show_state()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A service keyboard works too: digits, Backspace, Enter; Escape cancels.
        text = event.text()
        if text.isdigit() and len(text) == 1 and self.pages.currentIndex() == 0:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() == 0
        ):
            self.submit()
        else:
            super().keyPressEvent(event)

    # -- outcome ----------------------------------------------------------------------------

    def _checked(self, right: bool) -> None:
        self._checking = False
        self._check = None
        if right:
            self._lock.succeeded()
            log.warning("kiosk %s: unlocked with the host PIN", self._kiosk_id)
            self.pages.setCurrentIndex(1)
            self.quit_button.setFocus()
            self.unlocked.emit()
            return
        locked = self._lock.failed()
        if locked:
            log.warning(
                "kiosk %s: wrong host PIN %d times; PIN pad locked for %g s",
                self._kiosk_id,
                self._lock.max_tries,
                self._lock.lock_seconds,
            )
        else:
            log.warning("kiosk %s: wrong host PIN", self._kiosk_id)
        self._wrong_shown = not locked
        self._show_state()

    def _show_state(self) -> None:
        """Entry dots, key state and the status line: checking, wrong, locked or nothing."""
        self.entry.setText("\u25cf " * len(self._digits) if self._digits else "")
        self.entry.setAccessibleName(
            self.tr("Digits typed: {count}").format(count=len(self._digits))
        )
        locked_for = self._lock.locked_for()
        enabled = not self._checking and locked_for <= 0
        for key in (*self.keys.values(), self.delete_key, self.ok_button):
            key.setEnabled(enabled)
        text, problem = "", True
        if locked_for > 0:
            seconds = max(1, int(locked_for + 0.999))
            # A no-break space keeps "60 s" on one line.
            text = self.tr("Too many wrong PINs. Try again in {time}.").format(
                time=f"{seconds}\u00a0s"
            )
            if not self.lock_timer.isActive():
                self.lock_timer.start()
        else:
            self.lock_timer.stop()
            if self._checking:
                text, problem = self.tr("Checking…"), False
            elif self._wrong_shown:
                left = self._lock.tries_left()
                text = (
                    self.tr("Wrong PIN. 1 try left.")
                    if left == 1
                    else self.tr("Wrong PIN. {count} tries left.").format(count=left)
                )
        problem = problem and bool(text)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        if self.status.property("problem") != problem:
            self.status.setProperty("problem", problem)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _quit(self) -> None:
        log.warning("kiosk %s: closed by a host", self._kiosk_id)
        self.quit_requested.emit()
        self.accept()

    def _idle(self) -> None:
        self.reject()

    def _wipe(self, _result: int = 0) -> None:
        self._digits = ""
        self.idle_timer.stop()
        self.lock_timer.stop()


#: Keys that close a window or leave full screen in some desktop or application.
_BLOCKED_KEYS: tuple[tuple[Qt.KeyboardModifier, Qt.Key], ...] = (
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_F4),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Q),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_W),
    (Qt.KeyboardModifier.NoModifier, Qt.Key.Key_Escape),
    (Qt.KeyboardModifier.NoModifier, Qt.Key.Key_F11),
)
_HOST_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)
_MODIFIERS = _HOST_KEYS | Qt.KeyboardModifier.MetaModifier
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_PRESS_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
_RELEASE_EVENTS = (
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
    QEvent.Type.Leave,
)


class CloseGuard(QObject):
    """Keeps ``window`` open until a host unlocks it; see the module doc.

    Installed as an event filter on the window (its close), on the application (keys to the
    window and its children) and on ``gesture_widget`` (the three-second press). ``release``
    lets the window close without a PIN: the process is being stopped (SIGTERM).

    Signals:
        unlocked: a host typed the right PIN.
        quit_requested: the host chose to close the kiosk; the window is closing.
    """

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        gesture_widget: QWidget,
        pin_hash: str,
        *,
        kiosk_id: str = "",
        hold_ms: int = HOLD_MS,
        lock: PinLock | None = None,
        dialog_idle_ms: int = DIALOG_IDLE_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._gesture = gesture_widget
        self._pin_hash = pin_hash
        self._kiosk_id = kiosk_id
        self._dialog_idle_ms = dialog_idle_ms
        self.lock = lock or PinLock()
        self.released = False
        self.dialog: HostPinDialog | None = None
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(hold_ms)
        self.hold_timer.timeout.connect(self.open_dialog)
        window.installEventFilter(self)
        gesture_widget.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def release(self) -> None:
        """Let the window close from now on (a clean stop, or the host closed the kiosk)."""
        self.released = True

    def open_dialog(self) -> HostPinDialog:
        """Show the PIN pad (one at a time) over the window."""
        self.hold_timer.stop()
        if self.dialog is not None:  # already open, modal and on top
            return self.dialog
        log.info("kiosk %s: host PIN pad opened", self._kiosk_id)
        dialog = HostPinDialog(
            self._pin_hash,
            self.lock,
            kiosk_id=self._kiosk_id,
            idle_ms=self._dialog_idle_ms,
            parent=self._window,
        )
        dialog.unlocked.connect(self.unlocked)
        dialog.quit_requested.connect(self._quit)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _quit(self) -> None:
        self.release()
        self.quit_requested.emit()
        self._window.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self._window:
            if self.released:
                return False
            log.info("kiosk %s: close request refused (no host PIN)", self._kiosk_id)
            event.ignore()
            return True
        if kind in _KEY_EVENTS:
            return self._key(watched, event)
        if watched is self._gesture:
            if kind in _PRESS_EVENTS:
                self.hold_timer.start()
            elif kind in _RELEASE_EVENTS:
                self.hold_timer.stop()
        return False

    def _key(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if watched is not self._window and not self._window.isAncestorOf(watched):
            return False  # the PIN pad, another window
        modifiers = event.modifiers() & _MODIFIERS
        key = Qt.Key(event.key())
        if modifiers == _HOST_KEYS and key == Qt.Key.Key_H:
            if event.type() == QEvent.Type.KeyPress:
                self.open_dialog()
            event.accept()
            return True
        if (modifiers, key) in _BLOCKED_KEYS:
            event.accept()
            return True
        return False
