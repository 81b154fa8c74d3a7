"""The dashboard's chart cards: a title, a QtCharts chart or "no data", and drill-down clicks.

A card is told what to draw with ``show_data`` (a ``ChartData`` from ``model``) and a function
that puts words on the category codes; it builds a fresh ``QChart`` each time, because
swapping series and axes of a live chart in place is where QtCharts leaks and flickers. A click
on a bar or slice becomes a ``Drill`` through ``model.drill_for`` and leaves as
``drill_requested``; the view runs the query.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.services.kpi import Drill
from app.ui import theme
from app.ui.theme import set_role

from .model import ChartData, drill_for

#: Series colours: distinct, dark enough for white labels, and in the stacked charts the
#: "good" state first in green and the bad ones in amber and red.
PALETTE = ("#154273", "#0b7a75", "#b86e00", "#a4001d", "#6b4c9a", "#4a4f57", "#2f7ed8")
STATE_COLOURS = {
    "on_time": theme.SUCCESS,
    "late": "#b86e00",
    "open_in_time": "#2f7ed8",
    "open_overdue": theme.ERROR,
    "completed": theme.SUCCESS,
    "abandoned": "#b86e00",
    "timed_out": "#6b4c9a",
    "cancelled_by_host": "#4a4f57",
    "failed": theme.ERROR,
    "first_line": theme.SUCCESS,
    "handed_off": "#2f7ed8",
    "not_resolved": theme.ERROR,
}
#: More categories than this along a horizontal axis: the labels are turned sideways.
MAX_FLAT_LABELS = 14
#: Height of the chart area, and per category of a horizontal chart: QtCharts shows "..."
#: for every label once a category row is lower than the label's line.
MIN_CHART_HEIGHT = 260
ROW_HEIGHT = 28
AXIS_FONT_PT = 9.0
#: A year in weeks: the labels get smaller, or QtCharts elides each one to "...".
MANY_CATEGORIES = 26
SMALL_AXIS_FONT_PT = 8.0


def series_colour(key: str, index: int) -> QColor:
    return QColor(STATE_COLOURS.get(key, PALETTE[index % len(PALETTE)]))


Labeller = Callable[[str], str]


class ChartCard(QFrame):
    """One chart with its title; "no data" instead of empty axes.

    Signals:
        drill_requested: a bar or slice was clicked; carries the ``Drill`` behind it and
            what was clicked in words ("Telephone · nov 2026").
    """

    drill_requested = Signal(object, str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.data: ChartData | None = None
        self._labels: tuple[Labeller, Labeller] = (str, str)
        self.title = QLabel(title)
        set_role(self.title, "cardTitle")
        self.note = QLabel()
        set_role(self.note, "muted")
        self.note.setWordWrap(True)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_CHART_HEIGHT)
        self.view.setBackgroundBrush(QColor(theme.SURFACE))
        self.empty = QLabel(self.tr("No data in this period"))
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self.note.hide()

    @property
    def chart(self) -> QChart:
        return self.view.chart()

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_data(
        self,
        data: ChartData,
        *,
        categories: Labeller,
        sets: Labeller,
        style: str,
        number_format: str = "%d",
    ) -> None:
        """Draw ``data`` as ``style``: "stacked", "hstacked", "grouped", "hgrouped" or "pie"."""
        self.data = data
        self._labels = (categories, sets)
        if data.empty:
            self.stack.setCurrentWidget(self.empty)
            self._replace(QChart())
            return
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor(theme.SURFACE))
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setMargins(QMargins(4, 4, 4, 4))
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont(legend.font())
        font.setPointSizeF(9.5)
        legend.setFont(font)
        if style == "pie":
            self._pie(chart, data, categories)
        else:
            self._bars(
                chart,
                data,
                categories=categories,
                sets=sets,
                style=style,
                number_format=number_format,
            )
        rows = len(data.categories) * (len(data.sets) if style == "hgrouped" else 1)
        horizontal = style in ("hstacked", "hgrouped")
        self.view.setMinimumHeight(
            max(MIN_CHART_HEIGHT, 110 + ROW_HEIGHT * rows) if horizontal else MIN_CHART_HEIGHT
        )
        self.stack.setCurrentWidget(self.view)
        self._replace(chart)

    def _replace(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _pie(self, chart: QChart, data: ChartData, categories: Labeller) -> None:
        series = QPieSeries()
        values = data.sets[0].values
        total = sum(values) or 1
        for index, (code, value) in enumerate(zip(data.categories, values, strict=True)):
            if not value:
                continue
            label = f"{categories(code)}: {round(100 * value / total)}% ({int(value)})"
            pie_slice = series.append(label, value)
            pie_slice.setColor(series_colour(code, index))
            pie_slice.setLabelVisible(True)
            pie_slice.setLabelPosition(QPieSlice.LabelPosition.LabelOutside)
            pie_slice.clicked.connect(lambda i=index: self._clicked(0, i))
        series.setPieSize(0.62)
        chart.addSeries(series)
        chart.legend().hide()

    def _bars(
        self,
        chart: QChart,
        data: ChartData,
        *,
        categories: Labeller,
        sets: Labeller,
        style: str,
        number_format: str,
    ) -> None:
        series: QAbstractBarSeries
        if style == "stacked":
            series = QStackedBarSeries()
        elif style == "hstacked":
            series = QHorizontalStackedBarSeries()
        elif style == "hgrouped":
            series = QHorizontalBarSeries()
        else:
            series = QBarSeries()
        # QtCharts puts the first category of a horizontal chart at the bottom; reversed, the
        # list reads from the top like the data (biggest first), and clicks are mapped back.
        horizontal = style in ("hstacked", "hgrouped")
        count = len(data.categories)
        order = list(range(count))[::-1] if horizontal else list(range(count))
        for set_index, item in enumerate(data.sets):
            bar_set = QBarSet(sets(item.key))
            bar_set.append([item.values[i] for i in order])
            bar_set.setColor(series_colour(item.key, set_index))
            bar_set.setBorderColor(QColor("white"))
            bar_set.setLabelColor(QColor(theme.TEXT))
            bar_set.clicked.connect(lambda i, s=set_index: self._clicked(s, order[i]))
            series.append(bar_set)
        grouped = style in ("grouped", "hgrouped")
        if grouped:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
        if len(data.sets) == 1:
            chart.legend().hide()
        chart.addSeries(series)
        axis_categories = QBarCategoryAxis()
        axis_categories.append(unique_labels([categories(data.categories[i]) for i in order]))
        values = QValueAxis()
        values.setLabelFormat(number_format)
        top = _top(data, stacked=not grouped)
        end, ticks = nice_axis(top * (1.12 if grouped else 1.0))
        values.setRange(0, end)
        values.setTickCount(ticks)
        font = QFont(values.labelsFont())
        font.setPointSizeF(AXIS_FONT_PT if count <= MANY_CATEGORIES else SMALL_AXIS_FONT_PT)
        values.setLabelsFont(font)
        axis_categories.setLabelsFont(font)
        if horizontal:
            chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            if len(data.categories) > MAX_FLAT_LABELS:
                axis_categories.setLabelsAngle(-90)
        series.attachAxis(axis_categories)
        series.attachAxis(values)

    def _clicked(self, set_index: int, category_index: int) -> None:
        data = self.data
        if data is None:
            return
        categories, sets = self._labels
        words = categories(data.categories[category_index])
        if len(data.sets) > 1:
            words += " · " + sets(data.sets[set_index].key)
        self.drill_requested.emit(drill_for(data, set_index, category_index), words)

    def drill_at(self, set_index: int, category_index: int) -> Drill | None:
        """What a click there would ask for (tests and keyboard users)."""
        if self.data is None or self.data.empty:
            return None
        return drill_for(self.data, set_index, category_index)

    def bar_sets(self) -> list[QBarSet]:
        for series in self.chart.series():
            if isinstance(series, QAbstractBarSeries):
                return list(series.barSets())
        return []


def _top(data: ChartData, *, stacked: bool) -> float:
    if stacked:
        return max(
            (sum(s.values[i] for s in data.sets) for i in range(len(data.categories))),
            default=0.0,
        )
    return max((v for s in data.sets for v in s.values), default=0.0)


def nice_axis(top: float) -> tuple[float, int]:
    """An axis end at or above ``top`` on a step of 1, 2 or 5 times a power of ten, with at
    most five steps, and the number of ticks (steps + 1): round numbers people read at once."""
    if top <= 0:
        return 4.0, 5
    step = 1.0
    while top / step > 5:
        for factor in (2, 2.5, 2):  # 1 → 2 → 5 → 10 → 20 ...
            step *= factor
            if top / step <= 5:
                break
    steps = max(1, math.ceil(top / step - 1e-9))
    return steps * step, steps + 1


def unique_labels(labels: list[str]) -> list[str]:
    """QBarCategoryAxis drops a repeated label (and the bars shift under the wrong ones):
    week 48 of two years reads "wk 48" twice, so repeats get invisible zero-width spaces."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label, 0)
        seen[label] = n + 1
        out.append(label + "\u200b" * n)
    return out
