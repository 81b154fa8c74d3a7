"""The desk's queue strip: who is at the desk now, the buttons to call and end, who waits.

A strip across the top of the window rather than a side dock: at 1366 px the person screen
needs every column it has (the 360 view ~870 px next to a ~430 px form), while one row of
about 60 px costs the history table two lines. The strip stays visible in every view, so the
employee can call the next visitor from the task list too.

Keyboard first: F5 next, F6 recall, F7 transfer, F8 park, Shift+F8 resume a parked visitor,
F9 no-show, F12 end. Ctrl+Enter is the contact form's Register, so ending is F12; F5 is also
the task list's Refresh, so the window turns this strip's F5 off while the task list is shown
(``set_call_key_enabled``) and the key never means two things at once.

The desk comes from the configuration (``Settings.desk``, a desk's name or code). Logging in
opens it, closing the window closes it. A desk missing from the database is said in the
strip, and the rest of the counter works without a queue.

The strip reads the desk (``QueueService.desk_panel``) every few seconds off the GUI thread,
one read at a time; an action (call, recall...) reads it again as soon as it is done. The
clocks (waited, called since) tick every second from the last read, with the services' clock.
Errors appear in a banner under the strip, never in a dialog: the visitor is standing there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.registry.models import Resolution
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.queue import DeskInfo, DeskPanel, EndResult, QueueInfo, TicketInfo
from app.services.workingdays import AMSTERDAM
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.labels import resolution_label
from app.ui.ops import run_op
from app.ui.theme import PRIMARY, set_role

from .transfer_dialog import TransferDialog

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often the strip reads the desk while nothing happens at it.
REFRESH_MS = 5000
#: Parked tickets shown as buttons; more go into a menu.
PARKED_BUTTONS = 3

NEXT_KEY = "F5"
RECALL_KEY = "F6"
TRANSFER_KEY = "F7"
PARK_KEY = "F8"
RESUME_KEY = "Shift+F8"
NO_SHOW_KEY = "F9"
END_KEY = "F12"

#: The end-of-visit choices, in menu order; the first is what Enter picks.
END_RESOLUTIONS = (Resolution.FIRST_LINE, Resolution.HANDED_OFF, Resolution.NOT_RESOLVED)


def clock_text(seconds: int) -> str:
    """'04:12' (mm:ss), or '1:04:12' past an hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def find_desk(desks: Sequence[DeskInfo], wanted: str) -> DeskInfo | None:
    """The desk the configuration names, by name ("Balie 1") or code ("BALIE-1")."""
    key = wanted.strip().casefold()
    return next((d for d in desks if key in (d.naam.casefold(), d.code.casefold())), None)


def desk_queues(panel: DeskPanel) -> list[QueueInfo]:
    """The queues of this desk's routing profile, in its priority order."""
    by_code = {q.code: q for q in panel.queues}
    return [by_code[code] for code in panel.desk.queue_codes if code in by_code]


@dataclass
class _OpenDesk:
    """The desk code an open call has resolved, written on the worker thread.

    Closing reads it on the worker thread too (ops run one after another), so a window closed
    while the desk was still being opened closes it after all.
    """

    code: str | None = None


class FittedLabel(QLabel):
    """One line that shows the longest of its variants that fits, else the last one elided.

    The strip is 1366 px or 1920 px wide; "Burgerzaken 5" reads better than "A 5" where there
    is room, and where there is none the label must shrink instead of widening the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._variants: tuple[str, ...] = ("",)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_variants(self, *variants: str) -> None:
        """Longest first; ``text()`` is the first (the full text, also the tooltip)."""
        self._variants = variants or ("",)
        self.setText(self._variants[0])
        self.setToolTip(self._variants[0])
        self.update()

    def shown_text(self) -> str:
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        for variant in self._variants:
            if metrics.horizontalAdvance(variant) <= width:
                return variant
        return metrics.elidedText(self._variants[-1], Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class QueuePanel(QFrame):
    """The desk, its current visitor, the six buttons, waiting counts and parked visitors.

    Signals:
        current_changed: the visitor at the desk changed; carries the ``TicketInfo`` or None.
        visitor_called: a new visitor was called here (F5); carries the ``TicketInfo``.
        visit_ended: the visit was ended here; carries the ``EndResult``.
    """

    current_changed = Signal(object)
    visitor_called = Signal(object)
    visit_ended = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        desk_setting: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.setProperty("role", "card")
        self._services = services
        self._principal = principal
        self._desk_setting = desk_setting
        self._opening = _OpenDesk()
        self.desk: DeskInfo | None = None
        self.panel: DeskPanel | None = None
        self.current: TicketInfo | None = None
        #: Tickets a contact was registered for here: ending them asks nothing.
        self._linked: set[UUID] = set()
        self._note = ""
        self._busy = False
        self._refreshing = False
        self._refresh_again = False
        self._stopped = False
        self._missing = False
        self._refresh_error = False
        self.dialog: TransferDialog | None = None
        self._create_widgets()
        self._build_layout()
        self._connect()
        self._show()

    # -- construction -----------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.code = QLabel("—")
        self.code.setObjectName("ticketCode")
        self.code.setAccessibleName(self.tr("Current ticket"))
        self.code.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {PRIMARY};")
        self.code.setMinimumWidth(84)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.visitor = FittedLabel()
        self.visitor.setObjectName("visitorLine")
        set_role(self.visitor, "caption")
        self.timing = FittedLabel()
        self.timing.setObjectName("timingLine")
        self.next_button = self._button(self.tr("Next"), NEXT_KEY, "callNext")
        self.next_button.setToolTip(self.tr("Call the next visitor to this desk (F5)"))
        self.recall_button = self._button(self.tr("Recall"), RECALL_KEY, "recall")
        self.recall_button.setToolTip(self.tr("Call the same ticket again on the display (F6)"))
        self.transfer_button = self._button(self.tr("Transfer…"), TRANSFER_KEY, "transfer")
        self.transfer_button.setToolTip(self.tr("Send the visitor to another queue or desk (F7)"))
        self.park_button = self._button(self.tr("Park"), PARK_KEY, "park")
        self.park_button.setToolTip(
            self.tr("Put the visitor aside, for example while they fetch a photo (F8)")
        )
        self.no_show_button = self._button(self.tr("No-show"), NO_SHOW_KEY, "noShow")
        self.end_button = self._button(self.tr("End"), END_KEY, "endService")
        self.end_button.setToolTip(
            self.tr("End the visit; it is registered as a contact of this desk (F12)")
        )
        self.end_menu = QMenu(self)
        self.end_menu.setObjectName("endMenu")
        self.end_menu.setToolTipsVisible(True)
        for resolution in END_RESOLUTIONS:
            action = QAction(resolution_label(resolution), self.end_menu)
            action.setData(resolution.value)
            action.triggered.connect(lambda _c=False, r=resolution: self.end(r))
            self.end_menu.addAction(action)
        self.waiting = FittedLabel()
        self.waiting.setObjectName("waitingLine")
        self.parked_caption = QLabel(self.tr("Parked:"))
        set_role(self.parked_caption, "muted")
        self.parked_buttons: list[QPushButton] = []
        self.parked_more = QPushButton()
        self.parked_more.setObjectName("parkedMore")
        self.parked_more.setStyleSheet("padding: 1px 8px; min-height: 18px;")
        self.parked_menu = QMenu(self)
        self.parked_more.clicked.connect(self.on_parked_more)
        self.nobody_parked = QLabel(self.tr("nobody"))
        set_role(self.nobody_parked, "muted")
        self.banner = Banner()
        self.banner.setObjectName("queueBanner")

    def _button(self, text: str, key: str, name: str) -> QPushButton:
        # Two lines, the key under the word: six buttons fit 1366 px with their keys shown.
        button = QPushButton(f"{text}\n{key}")
        button.setObjectName(name)
        # The theme's min-height is for one line; room for two, whatever the layout wants.
        button.setStyleSheet("QPushButton { min-height: 34px; padding: 3px 6px; }")
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal the cursor
        return button

    def _build_layout(self) -> None:
        visitor = QVBoxLayout()
        visitor.setSpacing(2)
        visitor.addWidget(self.visitor)
        visitor.addWidget(self.timing)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in self.action_buttons():
            buttons.addWidget(button)
        self.parked_row = QHBoxLayout()
        self.parked_row.setSpacing(4)
        self.parked_row.addWidget(self.parked_caption)
        self.parked_row.addWidget(self.nobody_parked)
        self.parked_row.addWidget(self.parked_more)
        self.parked_row.addStretch(1)
        queue = QVBoxLayout()
        queue.setSpacing(2)
        queue.addWidget(self.waiting)
        queue.addLayout(self.parked_row)
        self.strip = QWidget()
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.code)
        # The visitor's clocks in words where possible; the queue names get what is left.
        sample = self._timing_text("00:00", "00:00", "0/2")
        self.timing.setMinimumWidth(self.timing.fontMetrics().horizontalAdvance(sample) + 8)
        row.addLayout(visitor, 2)
        row.addLayout(buttons)
        row.addLayout(queue, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.strip)
        layout.addWidget(self.banner)

    def _connect(self) -> None:
        self.next_button.clicked.connect(self.call_next)
        self.recall_button.clicked.connect(self.recall)
        self.transfer_button.clicked.connect(self.open_transfer)
        self.park_button.clicked.connect(self.park)
        self.no_show_button.clicked.connect(self.no_show)
        self.end_button.clicked.connect(self.on_end_requested)
        self.next_shortcut = self._shortcut(NEXT_KEY, self.next_button)
        for key, button in (
            (RECALL_KEY, self.recall_button),
            (TRANSFER_KEY, self.transfer_button),
            (PARK_KEY, self.park_button),
            (NO_SHOW_KEY, self.no_show_button),
            (END_KEY, self.end_button),
        ):
            self._shortcut(key, button)
        resume = QShortcut(QKeySequence(RESUME_KEY), self)
        resume.setContext(Qt.ShortcutContext.WindowShortcut)
        resume.activated.connect(self.on_resume_key)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.on_refresh_timer)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self._show_times)

    def _shortcut(self, key: str, button: QPushButton) -> QShortcut:
        """The key presses the button, and only when the button may be pressed."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self._press(button))
        return shortcut

    def _press(self, button: QPushButton) -> None:
        if button.isEnabled():
            button.click()
        else:
            QApplication.beep()

    def action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.next_button,
            self.recall_button,
            self.transfer_button,
            self.park_button,
            self.no_show_button,
            self.end_button,
        )

    def set_call_key_enabled(self, enabled: bool) -> None:
        """F5 calls the next visitor, except where the view uses F5 to refresh its list."""
        self.next_shortcut.setEnabled(enabled)

    # -- the desk: open at login, close at the end ------------------------------------------

    def start(self) -> None:
        """Open the configured desk; the strip works from its answer on."""
        if not self._principal.can(Permission.SERVE_VISITORS):
            self.hide()
            return
        self._stopped = False
        self.refresh_timer.start()
        self.tick_timer.start()
        self._open()

    def _open(self) -> None:
        queue, principal, wanted, opening = (
            self._services.queue,
            self._principal,
            self._desk_setting,
            self._opening,
        )

        def open_desk() -> DeskPanel | None:
            desk = find_desk(queue.list_desks(), wanted)
            if desk is None:
                return None
            panel = queue.open_desk(principal, desk.code)
            opening.code = desk.code
            return panel

        self._busy = True
        run_op(self, open_desk, on_success=self.on_desk_opened, on_failure=self.on_open_failed)

    def on_desk_opened(self, panel: DeskPanel | None) -> None:
        self._busy = False
        if panel is None:
            self._missing = True
            self.refresh_timer.stop()
            self.tick_timer.stop()
            self.strip.hide()  # only the message: six dead buttons would take room for nothing
            self.banner.show_message(
                BannerKind.ERROR,
                self.tr(
                    "This counter is set up for desk “{desk}”, which does not exist. Calling "
                    "visitors is not possible here; everything else works. Ask the application "
                    "administrator to correct the desk in the configuration."
                ).format(desk=self._desk_setting),
            )
            self._show()
            return
        self.desk = panel.desk
        self.banner.clear_message()
        self._apply(panel)

    def on_open_failed(self, error: Exception) -> None:
        """Unreachable database at login: say so; the timer tries again."""
        self._busy = False
        self.banner.show_message(
            BannerKind.ERROR,
            self.tr("The desk could not be opened: {reason}").format(reason=error_text(error)),
        )
        self._show()

    def shutdown(self) -> None:
        """Close the desk (window closed): it no longer counts for the waiting estimates.

        A visitor still called stays at this desk and is there again at the next login.
        """
        if self._stopped:
            return
        self._stopped = True
        self.refresh_timer.stop()
        self.tick_timer.stop()
        queue, principal, opening = self._services.queue, self._principal, self._opening

        def close_desk() -> None:
            if opening.code is not None:
                queue.close_desk(principal, opening.code)
                opening.code = None

        run_op(self, close_desk, on_success=lambda _none: None, on_failure=self.on_close_failed)

    def on_close_failed(self, error: Exception) -> None:
        log.warning("desk could not be closed: %s", error)

    # -- reading the desk -------------------------------------------------------------------

    def on_refresh_timer(self) -> None:
        if self._busy or self._stopped:
            return
        if self.desk is None and not self._missing:
            self._open()  # the database was unreachable at login
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the desk again; a read asked for during a read follows it, never overlaps."""
        if self.desk is None or self._stopped:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        queue, principal, code = self._services.queue, self._principal, self.desk.code
        run_op(
            self,
            lambda: queue.desk_panel(principal, code),
            on_success=self.on_panel_loaded,
            on_failure=self.on_refresh_failed,
        )

    def on_panel_loaded(self, panel: DeskPanel) -> None:
        self._refreshing = False
        if self._refresh_error:
            self._refresh_error = False
            self.banner.clear_message()
        self._apply(panel)
        self._refresh_followup()

    def on_refresh_failed(self, error: Exception) -> None:
        self._refreshing = False
        if not self.banner.isVisible() or self._refresh_error:
            # An action's own message stays; a failed read says why the strip is stale.
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            self._refresh_error = True
        self._refresh_followup()

    def _refresh_followup(self) -> None:
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _apply(self, panel: DeskPanel) -> None:
        self.panel = panel
        self.desk = panel.desk
        self._set_current(panel.current)
        self._show()

    def _set_current(self, ticket: TicketInfo | None) -> None:
        before = self.current.uuid if self.current else None
        self.current = ticket
        if (ticket.uuid if ticket else None) != before:
            if ticket is not None:
                self._note = ""
            self.current_changed.emit(ticket)

    def on_contact_registered(self, ticket_uuid: UUID) -> None:
        """A contact was registered for this visit: ending it will complete that contact."""
        self._linked.add(ticket_uuid)
        self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def _run(self, action: Callable[[], T], done: Callable[[T], None]) -> None:
        if self._busy or self.desk is None or self._stopped:
            return
        self._busy = True
        self.banner.clear_message()
        self._refresh_error = False
        run_op(
            self,
            action,
            on_success=lambda result: self._finish(done, result),
            on_failure=self.on_action_failed,
        )

    def _finish(self, done: Callable[[T], None], result: T) -> None:
        self._busy = False
        done(result)
        self._show()
        self.refresh()

    def on_action_failed(self, error: Exception) -> None:
        self._busy = False
        self._refresh_error = False
        self.banner.show_message(BannerKind.ERROR, error_text(error))
        self.refresh()  # another desk or window may have changed what this one showed

    def _desk_code(self) -> str:
        assert self.desk is not None
        return self.desk.code

    def call_next(self) -> None:
        queue, principal, code = self._services.queue, self._principal, self._desk_code()
        self._run(lambda: queue.call_next(principal, code), self.on_called)

    def on_called(self, ticket: TicketInfo | None) -> None:
        if ticket is None:
            self._note = self.tr("Nobody is waiting for this desk.")
            return
        self._set_current(ticket)
        self.visitor_called.emit(ticket)

    def recall(self) -> None:
        queue, principal, code = self._services.queue, self._principal, self._desk_code()
        self._run(lambda: queue.recall(principal, code), self._set_current)

    def park(self) -> None:
        queue, principal, code = self._services.queue, self._principal, self._desk_code()

        def parked(ticket: TicketInfo) -> None:
            self._note = self.tr("{code} parked. Resume it under Parked (Shift+F8).").format(
                code=ticket.code
            )
            self._set_current(None)

        self._run(lambda: queue.park(principal, code), parked)

    def resume(self, ticket_uuid: UUID) -> None:
        queue, principal, code = self._services.queue, self._principal, self._desk_code()
        self._run(lambda: queue.resume(principal, code, ticket_uuid), self._set_current)

    def no_show(self) -> None:
        queue, principal, code = self._services.queue, self._principal, self._desk_code()

        def recorded(ticket: TicketInfo) -> None:
            self._note = self.tr("{code} did not show up.").format(code=ticket.code)
            self._set_current(None)

        self._run(lambda: queue.no_show(principal, code), recorded)

    def on_end_requested(self) -> None:
        """F12: a visit with a registered contact ends at once; else choose how it ended.

        The menu opens on its first choice (answered first-line, the usual case), so F12 and
        Enter end a simple visit.
        """
        ticket = self.current
        if ticket is None or self._busy:
            return
        if ticket.klantcontact_uuid is not None or ticket.uuid in self._linked:
            self.end(Resolution.FIRST_LINE)
            return
        self.end_menu.setActiveAction(self.end_menu.actions()[0])
        self.end_menu.popup(self.end_button.mapToGlobal(QPoint(0, self.end_button.height())))

    def end(self, resolution: Resolution) -> None:
        queue, principal, code = self._services.queue, self._principal, self._desk_code()
        self._run(lambda: queue.end_service(principal, code, resolution=resolution), self.on_ended)

    def on_ended(self, result: EndResult) -> None:
        if result.contact_created:
            text = self.tr("{code} done; the visit is registered as a contact.")
        else:
            text = self.tr("{code} done; the contact of this visit has its wait and service time.")
        self._note = text.format(code=result.ticket.code)
        self._linked.discard(result.ticket.uuid)
        self._set_current(None)
        self.visit_ended.emit(result)

    def open_transfer(self) -> None:
        if self.current is None or self.panel is None or self._busy:
            return
        self.banner.clear_message()
        self.dialog = TransferDialog(
            self._services,
            self._principal,
            desk_code=self._desk_code(),
            ticket=self.current,
            panel=self.panel,
            parent=self,
        )
        self.dialog.transferred.connect(self.on_transferred)
        self.dialog.finished.connect(self.on_dialog_finished)
        self.dialog.open()

    def on_transferred(self, ticket: TicketInfo, target: str) -> None:
        self._note = self.tr("{code} sent to {target}.").format(code=ticket.code, target=target)
        self._set_current(None)
        self._show()
        self.refresh()

    def on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def on_resume_key(self) -> None:
        """Shift+F8: resume the one parked visitor, or choose among several."""
        parked = self.panel.parked if self.panel else ()
        if not parked or self.current is not None:
            QApplication.beep()
        elif len(parked) == 1:
            self.resume(parked[0].uuid)
        else:
            self._fill_parked_menu(parked)
            self.parked_menu.setActiveAction(self.parked_menu.actions()[0])
            anchor = self.parked_caption
            self.parked_menu.popup(anchor.mapToGlobal(QPoint(0, anchor.height())))

    def on_parked_more(self) -> None:
        parked = self.panel.parked[PARKED_BUTTONS:] if self.panel else ()
        self._fill_parked_menu(parked)
        self.parked_menu.popup(self.parked_more.mapToGlobal(QPoint(0, self.parked_more.height())))

    def _fill_parked_menu(self, parked: Sequence[TicketInfo]) -> None:
        self.parked_menu.clear()
        for ticket in parked:
            action = self.parked_menu.addAction(self._resume_text(ticket))
            action.triggered.connect(lambda _c=False, u=ticket.uuid: self.resume(u))

    def _resume_text(self, ticket: TicketInfo) -> str:
        return self.tr("Resume {code} ({queue})").format(code=ticket.code, queue=ticket.queue_naam)

    # -- showing ----------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._services.clock()

    def _show(self) -> None:
        """Texts and button states from the last read and the last action's outcome."""
        ticket = self.current
        desk_name = self.desk.naam if self.desk else self._desk_setting
        working = self.desk is not None and not self._stopped
        if ticket is None:
            self.code.setText("—")
            self.visitor.set_variants(self.tr("{desk}: no visitor").format(desk=desk_name))
        else:
            self.code.setText(ticket.code)
            line = f"{desk_name} · {ticket.queue_naam}"
            if ticket.appointment_naam:
                due = ticket.due_at.astimezone(AMSTERDAM).strftime("%H:%M") if ticket.due_at else ""
                appointment = self.tr("appointment {time} {name}").format(
                    time=due, name=ticket.appointment_naam
                )
                self.visitor.set_variants(f"{line} · {appointment}", line)
            else:
                self.visitor.set_variants(line)
        self._show_times()
        has_visitor = working and ticket is not None
        self.next_button.setEnabled(working and ticket is None)
        for button in (self.recall_button, self.transfer_button, self.park_button):
            button.setEnabled(has_visitor)
        self.end_button.setEnabled(has_visitor)
        max_recalls = self.panel.max_recalls if self.panel else 0
        recalls = ticket.recall_count if ticket else 0
        self.no_show_button.setEnabled(has_visitor and recalls >= max_recalls)
        self.no_show_button.setToolTip(
            self.tr("Record that the visitor did not come, after {n} recalls (F9)").format(
                n=max_recalls
            )
        )
        # The button to press next is the blue one.
        self._set_primary(self.next_button, working and ticket is None)
        self._set_primary(self.end_button, has_visitor)
        self._show_waiting()
        self._show_parked(working and ticket is None)

    def _show_times(self) -> None:
        ticket = self.current
        if ticket is None:
            if self._note:
                self.timing.set_variants(self._note)
            elif self.desk is not None:
                self.timing.set_variants(
                    self.tr("Press Next (F5) to call the next visitor."),
                    self.tr("Next: F5"),
                )
            else:
                self.timing.set_variants("")
            return
        now = self._now()
        max_recalls = self.panel.max_recalls if self.panel else 0
        waited = clock_text(ticket.wait_seconds(now))
        called = ""
        if ticket.called_at is not None:
            called = clock_text(int((now - ticket.called_at).total_seconds()))
        recalls = f"{ticket.recall_count}/{max_recalls}"
        self.timing.set_variants(
            self._timing_text(waited, called, recalls), f"{waited} · {called} · {recalls}"
        )

    def _timing_text(self, waited: str, called: str, recalls: str) -> str:
        return self.tr("waited {waited} · called {called} · recall {recalls}").format(
            waited=waited, called=called, recalls=recalls
        )

    def _show_waiting(self) -> None:
        if self.panel is None:
            self.waiting.set_variants("")
            return
        queues = desk_queues(self.panel)
        caption = self.tr("Waiting {n}:").format(n=sum(q.waiting for q in queues))
        named, lettered, counts = [], [], []
        for queue in queues:
            estimate = ""
            if queue.waiting and queue.estimate_seconds is not None:
                estimate = " " + self.tr("(~{minutes} min)").format(
                    minutes=max(1, queue.estimate_seconds // 60)
                )
            named.append(f"{queue.naam} {queue.waiting}{estimate}")
            lettered.append(f"{queue.prefix} {queue.waiting}{estimate}")
            counts.append(f"{queue.prefix} {queue.waiting}")
        # Queue names where they fit, else the letters on the tickets; the names in the tip.
        self.waiting.set_variants(
            *(f"{caption} " + " · ".join(parts) for parts in (named, lettered, counts))
        )
        self.waiting.setToolTip("\n".join(named))

    def _show_parked(self, may_resume: bool) -> None:
        parked = self.panel.parked if self.panel else ()
        while len(self.parked_buttons) < min(len(parked), PARKED_BUTTONS):
            button = QPushButton()
            button.setStyleSheet("padding: 1px 8px; min-height: 18px;")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _c=False, b=button: self._resume_button(b))
            self.parked_row.insertWidget(self.parked_row.count() - 2, button)
            self.parked_buttons.append(button)
        for index, button in enumerate(self.parked_buttons):
            ticket = parked[index] if index < len(parked) else None
            button.setVisible(ticket is not None)
            if ticket is not None:
                button.setText(ticket.code)
                button.setProperty("ticket", str(ticket.uuid))
                button.setToolTip(self._resume_text(ticket) + " · Shift+F8")
                button.setAccessibleName(self._resume_text(ticket))
                button.setEnabled(may_resume)
        extra = len(parked) - PARKED_BUTTONS
        self.parked_more.setVisible(extra > 0)
        self.parked_more.setText(self.tr("+{n} more").format(n=extra))
        self.parked_more.setEnabled(may_resume)
        self.nobody_parked.setVisible(not parked)

    def _resume_button(self, button: QPushButton) -> None:
        value = button.property("ticket")
        if value:
            self.resume(UUID(str(value)))

    @staticmethod
    def _set_primary(button: QPushButton, primary: bool) -> None:
        if bool(button.property("primary")) == primary:
            return
        button.setProperty("primary", primary)
        style = button.style()
        style.unpolish(button)
        style.polish(button)
