"""The dashboard's filter bar: period (with quick picks), grain, location, kanaal, unit, product.

It only knows what is chosen; the view decides when to ask the database (debounced), so that
clicking through three filters costs one query, not three. The "to" date can never be set
before the "from" date, so the bar always describes a valid ``KpiFilter``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.registry.models import Kanaal
from app.services.kpi import Grain, KpiChoices, KpiFilter
from app.services.text import QT_TRANSLATE_NOOP
from app.ui.i18n import translate
from app.ui.labels import kanaal_label
from app.ui.theme import set_role

from .model import QUICK_PERIODS, QuickPeriod, quick_period

QUICK_LABELS: dict[str, str] = {
    "this_month": QT_TRANSLATE_NOOP("FilterBar", "This month"),
    "last_month": QT_TRANSLATE_NOOP("FilterBar", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("FilterBar", "This quarter"),
    "this_year": QT_TRANSLATE_NOOP("FilterBar", "This year"),
    "last_12_months": QT_TRANSLATE_NOOP("FilterBar", "Last 12 months"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Signals:
    changed: a filter was changed by the user or a quick pick (once per pick).
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._quiet = False
        self.quick = QComboBox()
        self.quick.setObjectName("miQuickPeriod")
        self.quick.setAccessibleName(self.tr("Quick pick"))
        self.quick.addItem(self.tr("Own period"), None)
        for name in QUICK_PERIODS:
            self.quick.addItem(translate("FilterBar", QUICK_LABELS[name]), name)
        self.start = self._date_edit("miFrom", self.tr("From"))
        self.end = self._date_edit("miTo", self.tr("To"))
        self.grain = QComboBox()
        self.grain.setObjectName("miGrain")
        self.grain.setAccessibleName(self.tr("Per"))
        self.grain.addItem(self.tr("month"), "month")
        self.grain.addItem(self.tr("week"), "week")
        self.location = self._choice("miLocation", self.tr("Location"))
        self.kanaal = self._choice("miKanaal", self.tr("Channel"))
        for kanaal in Kanaal:
            self.kanaal.addItem(kanaal_label(kanaal), kanaal)
        self.unit = self._choice("miUnit", self.tr("Unit"))
        self.product = self._choice("miProduct", self.tr("Product"))
        self.product.setMinimumContentsLength(18)
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(16)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.set_quick("last_12_months")
        self._build_layout()
        self.quick.currentIndexChanged.connect(self.on_quick_changed)
        self.start.dateChanged.connect(self.on_date_changed)
        self.end.dateChanged.connect(self.on_date_changed)
        for combo in (self.grain, self.location, self.kanaal, self.unit, self.product):
            combo.currentIndexChanged.connect(self._emit)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMaximumDate(_qdate(self._today))
        return edit

    def _choice(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("All"), None)
        return combo

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        period = QHBoxLayout()
        period.setSpacing(6)
        for text, widget in (
            (self.tr("&Period"), self.quick),
            (self.tr("&From"), self.start),
            (self.tr("t&o"), self.end),
            (self.tr("p&er"), self.grain),
        ):
            period.addWidget(self._caption(text, widget))
            period.addWidget(widget)
        period.addStretch(1)
        grid.addLayout(period, 0, 0)
        choices = QHBoxLayout()
        choices.setSpacing(6)
        for text, widget in (
            (self.tr("&Location"), self.location),
            (self.tr("&Channel"), self.kanaal),
            (self.tr("&Unit"), self.unit),
            (self.tr("Pro&duct"), self.product),
        ):
            choices.addWidget(self._caption(text, widget))
            choices.addWidget(widget, 1)
        grid.addLayout(choices, 1, 0)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        set_role(label, "caption")
        return label

    def set_choices(self, choices: KpiChoices) -> None:
        """Fill the lists; what was chosen stays chosen when it is still there."""
        self._quiet = True
        try:
            _refill(self.location, [(loc, loc) for loc in choices.locations])
            _refill(self.unit, [(name, code) for code, name in choices.units])
            _refill(self.product, [(name, code) for code, name in choices.products])
        finally:
            self._quiet = False

    def set_quick(self, name: QuickPeriod) -> None:
        self.quick.setCurrentIndex(self.quick.findData(name))
        self._apply_quick(name)

    def on_quick_changed(self, _index: int) -> None:
        name = self.quick.currentData()
        if name is None:
            return
        self._apply_quick(name)
        self._emit()

    def _apply_quick(self, name: QuickPeriod) -> None:
        start, end = quick_period(name, self._today)
        self._quiet = True
        try:
            self.end.setMinimumDate(QDate(1900, 1, 1))
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
            self.end.setMinimumDate(_qdate(start))
        finally:
            self._quiet = False

    def on_date_changed(self, _day: QDate) -> None:
        if self._quiet:
            return
        self.end.setMinimumDate(self.start.date())
        if self.quick.currentData() is not None:
            self._quiet = True
            self.quick.setCurrentIndex(0)  # the dates no longer are the quick pick
            self._quiet = False
        self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def current_grain(self) -> Grain:
        return "week" if self.grain.currentData() == "week" else "month"

    def current_filter(self) -> KpiFilter:
        return KpiFilter(
            start=_pydate(self.start.date()),
            end=_pydate(self.end.date()),
            location=self.location.currentData(),
            kanaal=self.kanaal.currentData(),
            unit_code=self.unit.currentData(),
            product_code=self.product.currentData(),
        )


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    kept = combo.currentData()
    while combo.count() > 1:  # the first item is "All"
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(kept) if kept is not None else 0
    combo.setCurrentIndex(max(index, 0))
