"""The teamleider's alert in the counter window: back-office hand-offs past their service norm.

The KCC keeps control (regie) over what it handed off, so whoever steers it should see, without
opening a dashboard, that units are running late. The window is in use at a counter, often with
a visitor at the desk: the alert is a calm bar at the bottom of the window, never a modal popup,
and it does not shift the person screen when it appears. A count higher than the last one seen
flashes once (``QApplication.alert`` and a stronger border with bold text) so it is noticed
later if the teamleider was busy.

The figure is read off the GUI thread at start, every five minutes and after a task is completed
in this window. A poll that fails (database away) keeps the last known state and says "status
unknown" quietly in the status bar: a stale figure is still better than none, and the next tick
tries again. Staff without the management-information permission get no alert and cause no reads:
the window does not create one for them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import Services
from app.services.auth import Principal
from app.services.kpi import OverdueHandoffs, UnitOverdue
from app.ui import i18n
from app.ui.ops import run_op
from app.ui.theme import ERROR, WARNING_BG, WARNING_BORDER, set_role

log = logging.getLogger(__name__)

#: Milliseconds between polls; read when an alert is made, so tests can shorten it.
POLL_INTERVAL_MS = 5 * 60_000

#: Units named in the bar; the rest are counted ("and 2 more units") and listed in the tooltip.
SHOWN_UNITS = 3

_STYLE = f"""
QFrame#overdueAlert {{
    background: {WARNING_BG}; border: 1px solid {WARNING_BORDER};
    border-left: 6px solid {WARNING_BORDER}; border-radius: 3px;
}}
QFrame#overdueAlert[fresh="true"] {{
    border: 2px solid {ERROR}; border-left: 6px solid {ERROR};
}}
QFrame#overdueAlert QLabel {{ background: transparent; border: none; }}
QFrame#overdueAlert[fresh="true"] QLabel {{ font-weight: bold; }}
"""


def units_by_count(units: tuple[UnitOverdue, ...]) -> list[UnitOverdue]:
    """Most overdue first; between equals the one with the oldest deadline (service order)."""
    return sorted(units, key=lambda u: -u.overdue)


class OverdueAlert(QFrame):
    """The bar with the overdue count per unit and "View", plus a status-bar "unknown" hint.

    After a failed read the bar says "status unknown" next to its last count; ``unknown_hint``
    is a separate label for the window's status bar that says it when the bar is hidden
    (nothing was overdue at the last successful read, or none succeeded yet).

    Signals:
        view_requested: "View" was clicked; carries the code of the unit with the most
            overdue hand-offs.
    """

    view_requested = Signal(str)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.state: OverdueHandoffs | None = None
        self.failed = False
        self._last_seen = 0
        self._busy = False
        self._again = False
        self.setObjectName("overdueAlert")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Overdue hand-offs"))
        self.text = QLabel()
        self.text.setObjectName("overdueText")
        self.text.setWordWrap(True)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setObjectName("overdueView")
        self.view_button.setToolTip(
            self.tr("Open the back-office tasks of the unit with the most overdue hand-offs")
        )
        self.view_button.clicked.connect(self.on_view_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.setSpacing(10)
        self.stale = QLabel(self.tr("status unknown"))
        self.stale.setObjectName("overdueStale")
        self.stale.setToolTip(
            self.tr("The overdue hand-offs could not be read; this is the last known count.")
        )
        set_role(self.stale, "muted")
        self.stale.hide()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.stale)
        layout.addWidget(self.view_button)
        self.unknown_hint = QLabel(self.tr("Overdue hand-offs: status unknown"))
        self.unknown_hint.setObjectName("overdueUnknown")
        self.unknown_hint.setToolTip(
            self.tr("The overdue hand-offs could not be read; trying again in a few minutes.")
        )
        set_role(self.unknown_hint, "muted")
        self.unknown_hint.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS if interval_ms is None else interval_ms)
        self.timer.timeout.connect(self.poll)
        self._set_fresh(False)
        self.hide()

    # -- polling ----------------------------------------------------------------------------

    def start(self) -> None:
        """Read now and then on every tick."""
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Read the overdue hand-offs off the GUI thread; one read at a time."""
        if self._busy:
            self._again = True  # a task was completed during a read: read once more after it
            return
        self._busy = True
        kpi, principal = self._services.kpi, self._principal
        run_op(
            self,
            lambda: kpi.overdue_handoffs(principal),
            on_success=self.on_loaded,
            on_failure=self.on_failed,
        )

    def _done(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.poll()

    def on_loaded(self, result: OverdueHandoffs) -> None:
        if self.failed:
            log.info("overdue hand-offs readable again")
        self.failed = False
        self.state = result
        raised = result.overdue > self._last_seen
        self._last_seen = result.overdue
        self._show(result)
        self._show_unknown()
        if raised:
            self._flash()
        else:
            self._set_fresh(False)
        self._done()

    def on_failed(self, error: Exception) -> None:
        """Keep what was shown; say quietly that it may be stale. Logged once per outage."""
        if not self.failed:
            log.warning("overdue hand-offs could not be read: %s", error, exc_info=error)
        self.failed = True
        self._show_unknown()
        self._done()

    # -- showing ----------------------------------------------------------------------------

    def _show(self, result: OverdueHandoffs) -> None:
        if result.overdue <= 0 or not result.units:
            self.hide()
            return
        units = units_by_count(result.units)
        named = ", ".join(f"{u.unit_name} {u.overdue}" for u in units[:SHOWN_UNITS])
        if len(units) > SHOWN_UNITS:
            named += " " + self.tr("and %n more unit(s)", "", len(units) - SHOWN_UNITS)
        oldest = min(u.oldest_deadline for u in units)
        self.text.setText(
            self.tr("%n hand-off(s) past the service norm", "", result.overdue)
            + ": "
            + named
            + " "
            + self.tr("(oldest deadline: {date})").format(
                date=i18n.locale().toString(QDate(oldest.year, oldest.month, oldest.day), "d MMM")
            )
        )
        self.setToolTip(
            "\n".join(
                self.tr("{unit}: {count}, oldest deadline {date}").format(
                    unit=u.unit_name,
                    count=u.overdue,
                    date=i18n.format_short_date(u.oldest_deadline),
                )
                for u in units
            )
        )
        self.show()

    def _show_unknown(self) -> None:
        """In the bar when it shows a count, else in the status bar: never in both."""
        in_bar = not self.isHidden()
        self.stale.setVisible(self.failed and in_bar)
        self.unknown_hint.setVisible(self.failed and not in_bar)

    def _flash(self) -> None:
        """Once per rise: the taskbar entry asks for attention, the bar gets a stronger look."""
        self._set_fresh(True)
        if self.isVisible():
            QApplication.alert(self.window())

    def _set_fresh(self, fresh: bool) -> None:
        self.setProperty("fresh", "true" if fresh else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)

    @property
    def fresh(self) -> bool:
        return bool(self.property("fresh") == "true")

    def busiest_unit(self) -> str | None:
        if self.state is None or not self.state.units:
            return None
        return units_by_count(self.state.units)[0].unit_code

    def on_view_clicked(self) -> None:
        unit = self.busiest_unit()
        self._set_fresh(False)
        if unit is not None:
            self.view_requested.emit(unit)
