"""The teamleider's dashboard: filters, tiles, six charts, drill-down and exports.

Why one report per filter: every figure comes from ``KpiService.report`` in one call on the
database worker, so the tiles, the charts, the CLI and the exports always show the same numbers
for the same filter, and a full year costs one round of aggregate queries, not one per chart.
The figures come from the daily aggregates as they stand (``refresh=False``), and the
recount of the days written to since runs behind them, every five minutes and on F5; the caption
says when the figures were last brought up to date. Filter changes are debounced (300 ms) so
clicking through filters asks once; each request has a
number and only the answer to the newest is shown, so a slow older answer never overwrites a
newer one. A drill-down uses the filter of the report on screen, so the list matches the bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import Services, kpi_export
from app.services.auth import Principal
from app.services.kpi import Drill, KpiChoices, KpiFilter, KpiReport
from app.services.kpi_daily import Refreshed
from app.services.workingdays import local_date
from app.ui import theme
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_datetime, format_short_date, locale
from app.ui.ops import Worker, run_op
from app.ui.theme import set_role

from . import labels
from .charts import ChartCard
from .drill import DrillDialog
from .filters import FilterBar
from .model import ChartKind, charts, tiles

#: Wait this long after the last filter change before asking the database.
DEBOUNCE_MS = 300
#: Bring the figures up to date this often while the dashboard is shown.
AUTO_REFRESH_MS = 5 * 60 * 1000

#: (parent, format, suggested file name) -> the chosen path, or None when cancelled.
PathChooser = Callable[[QWidget, str, str], Path | None]

_STYLE = f"""
QFrame[role="tile"] {{
    background: {theme.SURFACE}; border: 1px solid #c4ccd8; border-radius: 4px;
}}
QFrame[role="tile"][state="good"] {{ border-left: 6px solid {theme.SUCCESS}; }}
QFrame[role="tile"][state="bad"] {{ border-left: 6px solid {theme.ERROR}; }}
QFrame[role="tile"] QLabel {{ background: transparent; }}
QLabel[role="tileValue"] {{ font-size: 17pt; font-weight: bold; color: {theme.PRIMARY}; }}
QLabel[role="tileValue"][state="good"] {{ color: {theme.SUCCESS}; }}
QLabel[role="tileValue"][state="bad"] {{ color: {theme.ERROR}; }}
"""


def choose_save_path(parent: QWidget, fmt: str, suggested: str) -> Path | None:
    """The save dialog; Qt's own (not the desktop's), which also works in a locked-down
    session."""
    filters = {
        "csv": QCoreApplication.translate("DashboardView", "CSV file (*.csv)"),
        "xlsx": QCoreApplication.translate("DashboardView", "Excel workbook (*.xlsx)"),
        "pdf": QCoreApplication.translate("DashboardView", "PDF report (*.pdf)"),
    }
    path, _selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DashboardView", "Save figures"),
        str(Path.home() / suggested),
        filters[fmt],
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == f".{fmt}" else chosen.with_suffix(f".{fmt}")


def export_report(
    report: KpiReport, fmt: str, path: Path, *, title: str, municipality: str
) -> None:
    """Write ``report`` as ``fmt`` (one of ``kpi_export.EXPORT_FORMATS``)."""
    if fmt == "csv":
        kpi_export.write_csv(report, path)
    elif fmt == "xlsx":
        kpi_export.write_xlsx(report, path)
    elif fmt == "pdf":
        kpi_export.write_pdf(report, path, title=title, municipality=municipality)
    else:
        raise ValueError(f"unknown export format {fmt!r}")


class Tile(QFrame):
    """A figure on top: caption, the number, and a line that says what it means."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.caption = QLabel(caption)
        set_role(self.caption, "muted")
        self.caption.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        set_role(self.value, "tileValue")
        self.note = QLabel()
        set_role(self.note, "muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set_figure(self, value: str, note: str = "", state: str | None = None) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.caption.text()}: {value} {note}".strip())
        for widget in (self, self.value):
            widget.setProperty("state", state or "")
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class DashboardView(QWidget):
    """Management information for a teamleider or beheerder (VIEW_MANAGEMENT_INFO).

    ``choose_path`` asks where an export goes (tests pass a function that returns a path).
    The figures load when the view is first shown, then on every filter change.
    """

    def __init__(
        self,
        services: Services,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser = choose_save_path,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._choose_path = choose_path
        self._request = 0
        self._started = False
        self.report: KpiReport | None = None
        self.dialog: DrillDialog | None = None
        self.setStyleSheet(_STYLE)

        self.filters = FilterBar(local_date(services.clock()))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("miRefresh")
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text, tip in (
            ("csv", self.tr("CSV"), self.tr("Save the figures as a CSV file")),
            ("xlsx", self.tr("Excel"), self.tr("Save the figures as an Excel workbook")),
            ("pdf", self.tr("PDF report"), self.tr("Save a PDF report with the charts")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"miExport_{fmt}")
            button.setToolTip(tip)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.on_export_requested(f))
            self.export_buttons[fmt] = button
        self.caption = QLabel()
        self.caption.setObjectName("miCaption")
        self.banner = Banner()
        self.tiles = self._make_tiles()
        self.cards: dict[ChartKind, ChartCard] = {
            "channel": ChartCard(self.tr("Contacts per channel")),
            "first_line": ChartCard(self.tr("Answered first-line (target 80%)")),
            "handoff": ChartCard(self.tr("Hand-offs per back office: service norm")),
            "waiting": ChartCard(self.tr("Waiting time per queue")),
            "kiosk": ChartCard(self.tr("Kiosk sessions: where they ended")),
            "kto": ChartCard(self.tr("Satisfaction (KTO), answers per score")),
        }
        for kind, card in self.cards.items():
            card.setObjectName(f"miChart_{kind}")
            card.drill_requested.connect(
                lambda drill, words, c=card: self.on_drill_requested(c, drill, words)
            )
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self._build_layout()
        self.debounce.timeout.connect(self._load)
        self.auto_refresh = QTimer(self)
        self.auto_refresh.setInterval(AUTO_REFRESH_MS)
        self.auto_refresh.timeout.connect(self._auto_refresh)
        self.filters.changed.connect(self.debounce.start)
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

    def _make_tiles(self) -> dict[str, Tile]:
        return {
            "first_line": Tile("tileFirstLine", self.tr("Answered first-line")),
            "contacts": Tile("tileContacts", self.tr("Contacts")),
            "within_norm": Tile("tileWithinNorm", self.tr("Served within the wait norm")),
            "overdue": Tile("tileOverdue", self.tr("Hand-offs overdue")),
            "kiosk": Tile("tileKiosk", self.tr("Kiosk sessions completed")),
            "no_show": Tile("tileNoShow", self.tr("Appointments no-show")),
            "kto": Tile("tileKto", self.tr("Satisfaction (KTO)")),
        }

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filters, 1)
        actions = QVBoxLayout()
        actions.setSpacing(6)
        refresh_row = QHBoxLayout()
        refresh_row.addStretch(1)
        refresh_row.addWidget(self.refresh_button)
        actions.addLayout(refresh_row)
        export_row = QHBoxLayout()
        export_row.setSpacing(6)
        export_caption = QLabel(self.tr("Save as"))
        set_role(export_caption, "caption")
        export_row.addWidget(export_caption)
        for button in self.export_buttons.values():
            export_row.addWidget(button)
        actions.addLayout(export_row)
        top.addLayout(actions)

        tile_row = QHBoxLayout()
        tile_row.setSpacing(6)
        for tile in self.tiles.values():
            tile_row.addWidget(tile, 1)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        # Contacts per channel over the full width: a year in weeks is 53 columns, which
        # need it; the kiosk funnel too, for its long step names.
        grid.addWidget(self.cards["channel"], 0, 0, 1, 2)
        grid.addWidget(self.cards["first_line"], 1, 0)
        grid.addWidget(self.cards["kto"], 1, 1)
        grid.addWidget(self.cards["handoff"], 2, 0)
        grid.addWidget(self.cards["waiting"], 2, 1)
        grid.addWidget(self.cards["kiosk"], 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("miCharts")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.charts_area = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.banner)
        layout.addLayout(tile_row)
        layout.addWidget(scroll, 1)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """The filter lists, then the figures (both on the database worker, in that order)."""
        self._started = True
        self.auto_refresh.start()
        self._load_choices()
        self.refresh()

    def _load_choices(self) -> None:
        """As the daily figures stand: recounting a busy day here would hold up the database
        worker, which the rest of the counter waits on; ``on_refreshed`` asks again."""
        services, principal = self._services, self._principal
        run_op(
            self,
            lambda: services.kpi.choices(principal, refresh=False),
            on_success=self.on_choices,
            on_failure=self.on_failed,
        )

    def _auto_refresh(self) -> None:
        if self.isVisible():
            self.refresh()

    def on_choices(self, choices: KpiChoices) -> None:
        self.filters.set_choices(choices)

    def refresh(self) -> None:
        """Show the filter's figures as the daily figures stand, then bring those up to date
        and show them again if anything changed: the first answer comes in well under a
        second, the recount of a busy day (seconds) happens behind it."""
        self.caption.setText(self.tr("Loading…"))
        self._load()
        services = self._services
        run_op(
            self,
            services.kpi.refresh,
            on_success=self.on_refreshed,
            on_failure=self.on_failed,
            worker=Worker.REPORTS,
        )

    def _load(self) -> None:
        """Ask for the figures of the filter as it is now; earlier answers become stale."""
        self.debounce.stop()
        self._request += 1
        request = self._request
        kpi_filter = self.filters.current_filter()
        grain = self.filters.current_grain()
        services, principal = self._services, self._principal
        run_op(
            self,
            lambda: services.kpi.report(principal, kpi_filter, grain, refresh=False),
            on_success=lambda report: self.on_report(request, report),
            on_failure=lambda error: self.on_report_failed(request, error),
            worker=Worker.REPORTS,
        )

    def on_refreshed(self, refreshed: Refreshed) -> None:
        if refreshed.days or self.report is None or self.report.as_of is None:
            self._load_choices()
            self._load()

    def on_report(self, request: int, report: KpiReport) -> None:
        if request != self._request:
            return  # a newer filter's figures are on their way
        self.report = report
        self.banner.clear_message()
        f = report.filter
        if report.as_of is None:
            self.caption.setText(self.tr("The figures are being prepared…"))
        else:
            self.caption.setText(
                self.tr("Figures from {start} to {end}, updated {moment}").format(
                    start=format_short_date(f.start),
                    end=format_short_date(f.end),
                    moment=format_datetime(report.as_of),
                )
            )
        self._show_tiles(report)
        self._show_charts(report)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def on_report_failed(self, request: int, error: Exception) -> None:
        if request == self._request:
            self.on_failed(error)

    def on_failed(self, error: Exception) -> None:
        self.caption.setText("")
        self.banner.show_message(BannerKind.ERROR, error_text(error))

    def _show_tiles(self, report: KpiReport) -> None:
        t = tiles(report)
        target = labels.percent(report.first_line.target)
        if t.meets_target is None:
            note, state = self.tr("target {target}").format(target=target), None
        elif t.meets_target:
            note, state = self.tr("target {target} met").format(target=target), "good"
        else:
            note, state = self.tr("below the {target} target").format(target=target), "bad"
        self.tiles["first_line"].set_figure(labels.percent(t.first_line_share), note, state)
        self.tiles["contacts"].set_figure(str(t.contacts), self.tr("all channels"))
        self.tiles["within_norm"].set_figure(
            labels.percent(t.within_norm_share), self.tr("of %n visit(s)", "", t.served)
        )
        self.tiles["overdue"].set_figure(
            str(t.overdue),
            self.tr("open past the deadline") if t.overdue else self.tr("none"),
            "bad" if t.overdue else "good",
        )
        self.tiles["kiosk"].set_figure(
            labels.percent(t.kiosk_completed_share),
            self.tr("of %n session(s)", "", report.kiosk.sessions),
        )
        self.tiles["no_show"].set_figure(
            labels.percent(t.no_show_share),
            self.tr("of %n appointment(s)", "", report.no_show.appointments),
        )
        average = "–" if t.kto_average is None else locale().toString(t.kto_average, "f", 1)
        self.tiles["kto"].set_figure(average, self.tr("out of 5 (%n answer(s))", "", t.kto_answers))

    def _show_charts(self, report: KpiReport) -> None:
        data = charts(report)
        grain = report.grain
        self.cards["channel"].show_data(
            data["channel"],
            categories=lambda code: labels.period_label(_date(code), grain),
            sets=labels.channel_label,
            style="stacked",
        )
        self.cards["first_line"].show_data(
            data["first_line"],
            categories=labels.resolution_code_label,
            sets=lambda _key: "",
            style="pie",
        )
        share = labels.percent(report.first_line.share)
        self.cards["first_line"].set_note(
            self.tr("{share} answered first-line; target {target}.").format(
                share=share, target=labels.percent(report.first_line.target)
            )
            if report.first_line.total
            else ""
        )
        unit_names = {u.unit_code: u.unit_name for u in report.handoffs}
        self.cards["handoff"].show_data(
            data["handoff"],
            categories=lambda code: unit_names.get(code, code),
            sets=labels.handoff_state_label,
            style="hstacked",
        )
        waits = {w.queue_code: w for w in report.waiting}

        def queue_label(code: str) -> str:
            w = waits[code]
            return self.tr("{queue} ({share} within {minutes} min)").format(
                queue=w.queue_name or code,
                share=labels.percent(w.within_norm / w.served if w.served else None),
                minutes=w.norm_seconds // 60,
            )

        self.cards["waiting"].show_data(
            data["waiting"],
            categories=queue_label,
            sets=labels.wait_set_label,
            style="hgrouped",
            number_format="%.0f",
        )
        self.cards["kiosk"].show_data(
            data["kiosk"],
            categories=labels.step_label,
            sets=labels.outcome_label,
            style="hstacked",
        )
        self.cards["kto"].show_data(
            data["kto"],
            categories=lambda score: score,
            sets=lambda _key: self.tr("Answers"),
            style="grouped",
        )

    # -- drill-down ---------------------------------------------------------------------------

    def on_drill_requested(self, card: ChartCard, drill: Drill, words: str) -> None:
        report = self.report
        if report is None:
            return
        self.open_drill(report.filter, drill, f"{card.title.text()}: {words}")

    def open_drill(self, kpi_filter: KpiFilter, drill: Drill, title: str) -> DrillDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = DrillDialog(
            self._services, self._principal, kpi_filter, drill, title=title, parent=self
        )
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        dialog.load()
        return dialog

    def _forget(self, dialog: DrillDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- exports ------------------------------------------------------------------------------

    def on_export_requested(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        f = report.filter
        suggested = f"stadspunt-kpi-{f.start.isoformat()}-{f.end.isoformat()}.{fmt}"
        path = self._choose_path(self, fmt, suggested)
        if path is None:
            return
        title = self.tr("Management information {start} – {end}").format(
            start=format_short_date(f.start), end=format_short_date(f.end)
        )
        municipality = self._services.settings.municipality
        self.banner.show_message(BannerKind.INFO, self.tr("Saving {name}…").format(name=path.name))
        run_op(
            self,
            lambda: export_report(report, fmt, path, title=title, municipality=municipality),
            on_success=lambda _none: self.on_exported(path),
            on_failure=lambda error: self.on_export_failed(path, error),
            worker=Worker.REPORTS,
        )

    def on_exported(self, path: Path) -> None:
        self.banner.show_message(BannerKind.SUCCESS, self.tr("Saved: {path}").format(path=path))

    def on_export_failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, OSError):
            text = self.tr("Could not save {path}. Choose another folder or file name.").format(
                path=path
            )
        else:
            text = error_text(error)
        self.banner.show_message(BannerKind.ERROR, text)


def _date(iso: str) -> date:
    return date.fromisoformat(iso)
