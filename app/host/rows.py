"""A list of row widgets kept by key, and the small pieces every host panel uses.

The lists refresh every few seconds. Rebuilding the rows each time would take a pressed
button or the keyboard focus away from under the host's finger; rows are therefore kept by key
(kiosk id, help request uuid, ...), updated in place, added, removed and reordered.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

K = TypeVar("K", bound=Hashable)
W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


def label(text: str = "", role: str | None = None, *, name: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role is not None:
        widget.setProperty("role", role)
    if name is not None:
        widget.setObjectName(name)
    return widget


def restyle(widget: QWidget, **properties: object) -> None:
    """Set dynamic properties the stylesheet keys on, repolishing only when one changed."""
    changed = False
    for key, value in properties.items():
        if widget.property(key) != value:
            widget.setProperty(key, value)
            changed = True
    if changed:
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        for child in widget.findChildren(QWidget):
            child.style().unpolish(child)
            child.style().polish(child)
        widget.update()


class KeyedRows(QScrollArea, Generic[K, W]):
    """A vertical, scrolling list of row widgets, one per key, in the order given.

    ``make`` builds the row for a new key; ``update`` fills a row (new or kept) with its item.
    ``empty`` is shown instead of the rows when there are none.
    """

    def __init__(
        self,
        empty: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        inner = QWidget()
        inner.setObjectName("rowsInner")
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.empty = empty
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.setWidget(inner)
        self._rows: dict[K, W] = {}

    def sync(
        self,
        items: Sequence[T],
        key: Callable[[T], K],
        make: Callable[[T], W],
        update: Callable[[W, T], None],
    ) -> None:
        wanted = [key(item) for item in items]
        for gone in set(self._rows) - set(wanted):
            old = self._rows.pop(gone)
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        for position, item in enumerate(items):
            k = wanted[position]
            found = self._rows.get(k)
            row = make(item) if found is None else found
            self._rows[k] = row
            # After the "empty" label (index 0); insertWidget moves a row already in place.
            index = self._layout.indexOf(row)
            if index != position + 1:
                if index >= 0:
                    self._layout.removeWidget(row)
                self._layout.insertWidget(position + 1, row)
            update(row, item)
            row.show()
        self.empty.setVisible(not items)

    def row(self, key: K) -> W | None:
        return self._rows.get(key)

    def rows(self) -> list[W]:
        """The rows in the order shown."""
        by_id = {id(w): w for w in self._rows.values()}
        shown: list[W] = []
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and id(widget) in by_id:
                shown.append(by_id[id(widget)])
        return shown

    def keys(self) -> list[K]:
        by_id = {id(w): k for k, w in self._rows.items()}
        return [by_id[id(w)] for w in self.rows()]
