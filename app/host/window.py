"""The host view: help requests, kiosks, device alerts and queues of the hall, live.

One reading of the hall (``snapshot.load_snapshot``) every ``REFRESH_MS`` on the database
worker, never two at once: a tick that comes while a reading is under way is dropped, and a
host's own action (acknowledge, resolve, end a session) asks for one more reading right after
the running one, so the lists show the action's result. Between readings a one-second tick
counts waiting times and session ages on from the reading's clock, without the database.

A help request nobody has answered must be noticed by a host who is looking elsewhere: its row
is red and says "New", a red strip under the header names the kiosk, the window title counts
the unanswered requests, and a request the view has not seen before alerts the window
(``QApplication.alert``: the task bar flashes) with a short beep.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.kiosk_hall import HelpRequestInfo
from app.services.workingdays import AMSTERDAM
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op

from . import style
from .devices_panel import DevicesPanel
from .help_panel import HelpPanel
from .kiosks_panel import KiosksPanel
from .labels import duration_text, reason_label
from .queues_panel import QueuesPanel
from .snapshot import HallSnapshot, load_snapshot

log = logging.getLogger(__name__)

#: How often the hall is read: a help request shows within this time (2-3 s).
REFRESH_MS = 2500
#: How often the waiting times count on between readings.
TICK_MS = 1000


class HostWindow(QMainWindow):
    """The host's window for the session after login.

    Signals:
        closed: the host closed the window; the process ends.
        help_arrived: help requests the view had not seen before; carries their list.
        refreshed: a reading of the hall was shown; carries the ``HallSnapshot``.
    """

    closed = Signal()
    help_arrived = Signal(object)
    refreshed = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        sound: bool = True,
    ) -> None:
        # The services refuse each call too; refusing here keeps a kiosk identity from even
        # opening a window that would show nothing but errors.
        principal.require(Permission.ASSIST_VISITORS)
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._settings = settings
        self.sound = sound
        self.snapshot: HallSnapshot | None = None
        self._loaded_at = 0.0
        self._loading = False
        self._again = False
        self._known_help: set[UUID] = set()
        self._scale = 0.0
        self.setObjectName("hostWindow")
        self.help = HelpPanel(services, principal)
        self.kiosks = KiosksPanel(services, principal)
        self.devices = DevicesPanel()
        self.queues = QueuesPanel()
        self._build(principal)

        self.help.changed.connect(lambda: self.refresh(force=True))
        self.kiosks.changed.connect(lambda: self.refresh(force=True))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(lambda: self.refresh(force=True))

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.retranslate()
        self._apply_scale(1280)
        self.resize(1280, 800)

    def _build(self, principal: Principal) -> None:
        """Header, the attention strip and the four panels: help and kiosks on the left (what
        needs the host's feet), devices and queues on the right (what needs their eyes)."""
        self.title = QLabel()
        self.title.setObjectName("hostTitle")
        self.user = QLabel(principal.display_name)
        self.user.setObjectName("hostUser")
        self.updated = QLabel()
        self.updated.setObjectName("hostUpdated")
        header = QWidget()
        header.setObjectName("hostHeader")
        top = QHBoxLayout(header)
        top.setContentsMargins(14, 8, 14, 8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addSpacing(20)
        top.addWidget(self.user)

        self.alert = QLabel()
        self.alert.setObjectName("hostAlert")
        self.alert.setWordWrap(True)
        self.alert.setTextFormat(Qt.TextFormat.PlainText)
        self.alert.hide()
        self.banner = Banner()
        # Each column divides its own height: the lists grow at different rates (help and
        # queues more than kiosks and device alerts).
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.help, 5)
        left.addWidget(self.kiosks, 4)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.devices, 2)
        right.addWidget(self.queues, 3)
        columns = QHBoxLayout()
        columns.setContentsMargins(8, 4, 8, 8)
        columns.setSpacing(8)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        root = self._root = QWidget()
        root.setObjectName("hostRoot")
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(header)
        alerts = QVBoxLayout()
        alerts.setContentsMargins(8, 0, 8, 0)
        alerts.addWidget(self.alert)
        alerts.addWidget(self.banner)
        layout.addLayout(alerts)
        layout.addLayout(columns, 1)
        self.setCentralWidget(root)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Read the hall now and then every few seconds."""
        self.refresh(force=True)
        self.refresh_timer.start()
        self.tick_timer.start()

    def stop(self) -> None:
        self.refresh_timer.stop()
        self.tick_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale(event.size().width())

    def _apply_scale(self, width: int) -> None:
        scale = style.scale_for(width)
        if abs(scale - self._scale) < 0.05:
            return
        self._scale = scale
        font = self.font()
        font.setPointSizeF(style.BASE_POINTS * scale)
        self._root.setFont(font)
        self.setStyleSheet(style.stylesheet(scale))
        self.help.set_scale(scale)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hall · {location}").format(location=self._settings.location))
        self.help.retranslate()
        self.kiosks.retranslate()
        self.devices.retranslate()
        self.queues.retranslate()
        self._show_alert()

    # -- reading the hall -------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Read the hall on the database worker, unless a reading is under way.

        ``force``: the caller changed something; read once more after the running reading,
        which may have started before the change.
        """
        if self._loading:
            self._again = self._again or force
            return
        self._loading = True
        services, principal = self._services, self._principal
        run_op(
            self,
            lambda: load_snapshot(services, principal),
            on_success=self.on_loaded,
            on_failure=self.on_load_failed,
        )

    def on_loaded(self, snapshot: HallSnapshot) -> None:
        self._loading = False
        self.snapshot = snapshot
        self._loaded_at = time.monotonic()
        now = snapshot.at
        self.banner.clear_message()
        self.help.show_requests(snapshot.help_requests, now)
        self.kiosks.show_kiosks(snapshot.kiosks, now)
        self.devices.show_devices(snapshot.devices, now)
        self.queues.show_queues(snapshot.queues, snapshot.desks, now)
        self.updated.setText(
            self.tr("Updated {time}").format(
                time=snapshot.at.astimezone(AMSTERDAM).strftime("%H:%M:%S")
            )
        )
        self._notice_new_help(snapshot.help_requests)
        self._show_alert()
        self.refreshed.emit(snapshot)
        if self._again:
            self._again = False
            self.refresh()

    def on_load_failed(self, error: Exception) -> None:
        self._loading = False
        self._again = False
        # The last reading stays on screen, marked as old; the timer tries again.
        self.banner.show_message(
            BannerKind.ERROR,
            self.tr("The lists could not be updated: {error} Trying again…").format(
                error=error_text(error)
            ),
        )

    def has_read_the_hall(self) -> bool:
        return self.snapshot is not None

    def now(self) -> datetime:
        """The services' time: the last reading's clock, counted on since it came."""
        if self.snapshot is None:
            return self._services.clock()
        return self.snapshot.at + timedelta(seconds=time.monotonic() - self._loaded_at)

    def tick(self) -> None:
        if self.snapshot is None:
            return
        now = self.now()
        self.help.tick(now)
        self.kiosks.tick(now)
        self.devices.tick(now)
        self.queues.tick(now)
        self._show_alert()

    # -- attention --------------------------------------------------------------------------

    def unanswered(self) -> list[HelpRequestInfo]:
        if self.snapshot is None:
            return []
        return [r for r in self.snapshot.help_requests if r.open and r.acknowledged_at is None]

    def _notice_new_help(self, requests: tuple[HelpRequestInfo, ...]) -> None:
        open_ = {r.uuid: r for r in requests if r.open}
        new = [r for uuid, r in open_.items() if uuid not in self._known_help]
        # Forget the closed ones, so the set does not grow all day.
        self._known_help = set(open_)
        if not new:
            return
        log.info("help requested at %s", ", ".join(sorted({r.kiosk_id for r in new})))
        QApplication.alert(self, 0)
        if self.sound:
            QApplication.beep()
        self.help_arrived.emit(new)

    def _show_alert(self) -> None:
        waiting = self.unanswered()
        count = len(waiting)
        base = self.tr("StadsPunt host view – {user}").format(user=self._principal.display_name)
        self.setWindowTitle(f"({count}) {base}" if count else base)
        if not waiting:
            self.alert.hide()
            return
        oldest = waiting[0]
        waited = (self.now() - oldest.requested_at).total_seconds()
        text = self.tr("Help requested at {kiosk}: {reason}, waiting {time}").format(
            kiosk=oldest.kiosk_id, reason=reason_label(oldest.reason), time=duration_text(waited)
        )
        if count > 1:
            text += " " + self.tr("(and %n more)", "", count - 1)
        self.alert.setText(text)
        self.alert.setAccessibleName(text)
        self.alert.show()
