"""The waiting-room display: who is called to which desk, and how long the queues are.

Read from across a hall by people of every age and eyesight, so: few things, very large, high
contrast, nothing that needs a touch. Every size is derived from the window (``_scale``): the
same layout reads at 1920x1080 on a hall screen and still fits 1280x720.

The window does not touch the database. ``BoardWatcher`` reads the board on its own thread and
hands it over; the window lays it out and announces calls it had not seen before. Calls already
on the board when the display starts are shown but not announced (a restart must not call out
the last eight numbers again).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.registry.notify import ChangeWatcher, create_watcher
from app.services import Services
from app.services.queue import CallInfo, DisplayBoard, QueueInfo
from app.services.workingdays import AMSTERDAM
from app.ui import theme

from .announce import Announcer, create_announcer
from .banner import ARROW, CallBanner
from .board import BoardView, CallTracker, board_view
from .watch import BACKOFF_SECONDS, REFRESH_SECONDS, BoardWatcher

log = logging.getLogger(__name__)

#: Earlier calls listed under the newest one.
PREVIOUS_ROWS = 6
#: Calls read per board: more than shown, so a recall (a second row for one ticket) does not
#: shorten the list, and a call committed late still turns up to be announced.
FETCH_LIMIT = 16
#: Layout sizes in px at 1920x1080; everything scales with the window.
REFERENCE_HEIGHT = 1080
REFERENCE_WIDTH = 1920


def _stylesheet(scale: float) -> str:
    def px(value: float) -> int:
        return max(1, round(value * scale))

    return f"""
QWidget#displayRoot {{ background: {theme.BACKGROUND}; }}
QWidget#displayHeader {{ background: {theme.PRIMARY}; }}
QWidget#displayHeader QLabel {{ color: white; font-size: {px(40)}px; }}
QLabel#displayMunicipality {{ font-weight: bold; }}
QLabel#displayClock {{ font-size: {px(60)}px; font-weight: bold; }}
QWidget#displayHeader QLabel#displayOffline {{
    background: {theme.WARNING_BG}; color: {theme.WARNING}; font-size: {px(26)}px;
    font-weight: bold; border-radius: {px(8)}px; padding: {px(2)}px {px(14)}px;
}}
QLabel[role="displayCaption"] {{
    color: {theme.PRIMARY}; font-size: {px(40)}px; font-weight: bold;
}}
QFrame[role="displayCard"] {{
    background: {theme.SURFACE}; border: {px(2)}px solid #c4ccd8; border-radius: {px(12)}px;
}}
QFrame[role="displayCard"] QLabel {{ background: transparent; }}
QLabel[role="previousCode"] {{
    color: {theme.PRIMARY}; font-size: {px(64)}px; font-weight: bold;
}}
QLabel[role="previousArrow"] {{ color: {theme.MUTED}; font-size: {px(56)}px; }}
QLabel[role="previousDesk"] {{ color: {theme.TEXT}; font-size: {px(64)}px; font-weight: bold; }}
QLabel[role="queueHeading"] {{ color: {theme.MUTED}; font-size: {px(28)}px; font-weight: bold; }}
QLabel[role="queuePrefix"] {{
    background: {theme.PRIMARY}; color: white; font-size: {px(48)}px; font-weight: bold;
    border-radius: {px(10)}px; min-width: {px(76)}px; min-height: {px(76)}px;
}}
QFrame[role="displayCard"] QLabel[role="queuePrefix"] {{ background: {theme.PRIMARY}; }}
QLabel[role="queueName"] {{ font-size: {px(40)}px; font-weight: bold; }}
QLabel[role="queueWaiting"] {{ font-size: {px(56)}px; font-weight: bold; color: {theme.PRIMARY}; }}
QLabel[role="queueEstimate"] {{ font-size: {px(36)}px; }}
QLabel[role="queueEstimate"][closed="true"] {{ color: {theme.MUTED}; font-style: italic; }}
QLabel[role="displayHint"] {{ color: {theme.TEXT}; font-size: {px(32)}px; }}
"""


def _label(role: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ElidedLabel(QLabel):
    """One line that ends in "…" where the space runs out, instead of widening the window.

    A long location ("Stadskantoor Sneek, Marktstraat 15 (ingang ...)") must not push the clock
    off a 1280 px screen.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        elided = metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width())
        if elided != self.text():
            self.setText(elided)


class _QueueRow:
    """One walk-in queue: its ticket letter, name and expected wait, and how many wait.

    The letter comes first because it is what visitors hold on their ticket; the wait goes
    under the name so a long name keeps the full width.
    """

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.prefix = _label("queuePrefix")
        self.prefix.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = _label("queueName")
        self.name.setWordWrap(True)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.estimate = _label("queueEstimate")
        self.estimate.setWordWrap(True)
        self.estimate.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.waiting = _label("queueWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        text.addWidget(self.name)
        text.addWidget(self.estimate)
        self.text_layout = text
        grid.addWidget(self.prefix, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addLayout(text, row, 1)
        grid.addWidget(self.waiting, row, 2)

    def remove_from(self, grid: QGridLayout) -> None:
        for widget in (self.prefix, self.name, self.estimate, self.waiting):
            grid.removeWidget(widget)
            widget.deleteLater()
        grid.removeItem(self.text_layout)
        self.text_layout.deleteLater()


class DisplayWindow(QWidget):
    """The board. ``read_board`` and ``watcher_factory`` default to the real services.

    ``start_watching`` runs on the first show; ``stop_watching`` on close, and it waits for the
    watcher thread, so no thread outlives the window.
    """

    def __init__(
        self,
        services: Services,
        settings: Settings,
        *,
        announcer: Announcer | None = None,
        read_board: Callable[[], DisplayBoard] | None = None,
        watcher_factory: Callable[[], ChangeWatcher] | None = None,
        refresh_seconds: float = REFRESH_SECONDS,
        backoff_seconds: tuple[float, ...] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("displayRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(f"{settings.municipality} · {settings.location}")
        self.announcer = announcer if announcer is not None else create_announcer(self)
        self.tracker = CallTracker()
        self.board: DisplayBoard | None = None
        self.view: BoardView | None = None
        self.offline = False
        self._now = now or (lambda: datetime.now(UTC))
        self._scale = 0.0
        queue = services.queue
        db = services.db
        # No Qt parent: a window deleted without being closed (dropped by Python) would take
        # a running thread down with it, which aborts the process. The thread stops when the
        # window is destroyed instead; the lambda must not hold the window itself.
        watcher = BoardWatcher(
            read_board or (lambda: queue.display_board(limit=FETCH_LIMIT)),
            watcher_factory or (lambda: create_watcher(db)),
            refresh_seconds=refresh_seconds,
            backoff_seconds=backoff_seconds or BACKOFF_SECONDS,
        )
        self.watcher = watcher
        # Not ``watcher.stop`` itself: ``destroyed`` would pass the window as its timeout.
        self.destroyed.connect(lambda: watcher.stop())  # noqa: PLW0108
        watcher.board_ready.connect(self.show_board)
        watcher.unavailable.connect(self.on_unavailable)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header(settings))
        self.body = QWidget()
        self.body_layout = QHBoxLayout(self.body)
        self.body_layout.addLayout(self._build_calls(), 3)
        self.body_layout.addWidget(self._build_queues(), 2)
        layout.addWidget(self.body, 1)

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.update_clock)
        self.clock_timer.start()
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.activated.connect(self.close)
        self.update_clock()
        self.retranslate_ui()
        self._apply_scale()

    # -- building ---------------------------------------------------------------------------

    def _build_header(self, settings: Settings) -> QWidget:
        header = QWidget()
        header.setObjectName("displayHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.header_layout = QHBoxLayout(header)
        municipality = QLabel(settings.municipality)
        municipality.setObjectName("displayMunicipality")
        location = ElidedLabel(settings.location)
        location.setObjectName("displayLocation")
        self.offline_label = QLabel()
        self.offline_label.setObjectName("displayOffline")
        self.offline_label.hide()
        self.clock = QLabel()
        self.clock.setObjectName("displayClock")
        self.header_layout.addWidget(municipality)
        self.header_layout.addWidget(location, 1)
        self.header_layout.addWidget(self.offline_label)
        self.header_layout.addWidget(self.clock)
        return header

    def _build_calls(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.calls_layout = column
        self.now_caption = _label("displayCaption")
        self.banner = CallBanner()
        self.previous_caption = _label("displayCaption")
        self.previous_card = QFrame()
        self.previous_card.setProperty("role", "displayCard")
        self.previous_grid = QGridLayout(self.previous_card)
        self.previous_grid.setColumnStretch(2, 1)
        self.previous_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(PREVIOUS_ROWS):
            code = _label("previousCode")
            arrow = _label("previousArrow", ARROW)
            desk = _label("previousDesk")
            self.previous_grid.addWidget(code, row, 0)
            self.previous_grid.addWidget(arrow, row, 1)
            self.previous_grid.addWidget(desk, row, 2)
            self.previous_rows.append((code, arrow, desk))
        column.addWidget(self.now_caption)
        column.addWidget(self.banner, 5)
        column.addWidget(self.previous_caption)
        column.addWidget(self.previous_card, 7)
        return column

    def _build_queues(self) -> QWidget:
        card = QFrame()
        card.setProperty("role", "displayCard")
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(card)
        self.queues_card_layout = column
        self.queues_caption = _label("displayCaption")
        self.queue_grid = QGridLayout()
        self.queue_grid.setColumnStretch(1, 1)
        self.queue_headings = (_label("queueHeading"), _label("queueHeading"))
        self.queue_grid.addWidget(self.queue_headings[0], 0, 0, 1, 2)
        self.queue_headings[1].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.queue_grid.addWidget(self.queue_headings[1], 0, 2)
        self.queue_rows: dict[str, _QueueRow] = {}
        self.hint = _label("displayHint")
        self.hint.setWordWrap(True)
        column.addWidget(self.queues_caption)
        column.addLayout(self.queue_grid)
        column.addStretch(1)
        column.addWidget(self.hint)
        return card

    # -- watching ---------------------------------------------------------------------------

    def start_watching(self) -> None:
        self.watcher.start_watching()

    def stop_watching(self) -> None:
        if not self.watcher.stop():
            log.error("the display's watcher thread did not stop in time")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_watching()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_watching()
        self.clock_timer.stop()
        super().closeEvent(event)

    # -- the board --------------------------------------------------------------------------

    @Slot(object)
    def show_board(self, board: DisplayBoard) -> None:
        first = not self.tracker.started
        new_calls = self.tracker.new_calls(board)
        self.board = board
        self.view = board_view(board, PREVIOUS_ROWS)
        if self.offline:
            self.offline = False
            self.offline_label.hide()
        if first:
            log.info("display showing %d calls and %d queues", len(board.calls), len(board.queues))
        self._show_latest(self.view.latest)
        self._show_previous(self.view.previous)
        self._show_queues(self.view.queues)
        if new_calls:
            self.banner.flash()
            self.announcer.announce(new_calls)

    @Slot(str)
    def on_unavailable(self, reason: str) -> None:
        """Keep the last board up and say, discreetly, that it may be out of date."""
        self.offline = True
        self.offline_label.show()

    def _show_latest(self, call: CallInfo | None) -> None:
        if call is None:
            self.banner.set_call("", "")
        else:
            self.banner.set_call(call.ticket_code, call.desk_naam)

    def _show_previous(self, calls: tuple[CallInfo, ...]) -> None:
        for index, (code, arrow, desk) in enumerate(self.previous_rows):
            call = calls[index] if index < len(calls) else None
            code.setText(call.ticket_code if call else "")
            desk.setText(call.desk_naam if call else "")
            arrow.setVisible(call is not None)

    def _show_queues(self, queues: tuple[QueueInfo, ...]) -> None:
        codes = [q.code for q in queues]
        if codes != list(self.queue_rows):
            self._rebuild_queue_rows(codes)
        for info in queues:
            row = self.queue_rows[info.code]
            row.prefix.setText(info.prefix)
            row.name.setText(info.naam)
            row.waiting.setText(str(info.waiting))
            row.waiting.setAccessibleName(self.tr("%n waiting", None, info.waiting))
            row.estimate.setText(self.estimate_text(info))
            closed = info.estimate_seconds is None
            if bool(row.estimate.property("closed")) != closed:
                row.estimate.setProperty("closed", closed)
                row.estimate.style().unpolish(row.estimate)
                row.estimate.style().polish(row.estimate)

    def _rebuild_queue_rows(self, codes: list[str]) -> None:
        for row in self.queue_rows.values():
            row.remove_from(self.queue_grid)
        self.queue_rows = {code: _QueueRow(self.queue_grid, i + 1) for i, code in enumerate(codes)}

    def estimate_text(self, info: QueueInfo) -> str:
        if info.estimate_seconds is None:
            return self.tr("No desk open")
        minutes = (info.estimate_seconds + 59) // 60
        if minutes == 0:
            return self.tr("No wait")
        return self.tr("Wait ± %n min", None, minutes)

    # -- clock, language, size --------------------------------------------------------------

    @Slot()
    def update_clock(self) -> None:
        local = self._now().astimezone(AMSTERDAM)
        text = f"{local:%H:%M}"
        if self.clock.text() != text:
            self.clock.setText(text)

    def retranslate_ui(self) -> None:
        self.now_caption.setText(self.tr("Now serving"))
        self.previous_caption.setText(self.tr("Called earlier"))
        self.queues_caption.setText(self.tr("Waiting times"))
        headings = (self.tr("Queue"), self.tr("Waiting"))
        for label, text in zip(self.queue_headings, headings, strict=True):
            label.setText(text)
        self.hint.setText(self.tr("No number yet? Take one at the kiosk."))
        self.offline_label.setText(self.tr("Connection lost"))
        self.banner.set_placeholder(self.tr("Welcome"))
        if self.view is not None:
            self._show_queues(self.view.queues)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        """Sizes follow the window: fonts and spacing by the smaller of the two ratios."""
        size = self.size()
        scale = min(size.height() / REFERENCE_HEIGHT, size.width() / REFERENCE_WIDTH)
        scale = max(0.3, round(scale, 3))
        if abs(scale - self._scale) < 0.005:
            return
        self._scale = scale

        def px(value: float) -> int:
            return max(2, round(value * scale))

        self.setStyleSheet(_stylesheet(scale))
        self.header_layout.setContentsMargins(px(40), px(18), px(40), px(18))
        self.header_layout.setSpacing(px(24))
        self.body_layout.setContentsMargins(px(40), px(28), px(40), px(36))
        self.body_layout.setSpacing(px(40))
        self.calls_layout.setSpacing(px(14))
        self.previous_grid.setContentsMargins(px(32), px(16), px(32), px(16))
        self.previous_grid.setHorizontalSpacing(px(32))
        self.previous_grid.setVerticalSpacing(px(4))
        self.queues_card_layout.setContentsMargins(px(32), px(24), px(32), px(28))
        self.queues_card_layout.setSpacing(px(20))
        self.queue_grid.setHorizontalSpacing(px(20))
        self.queue_grid.setVerticalSpacing(px(22))
