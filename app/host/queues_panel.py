"""The queues at a glance: how many wait, for how long, and which desks are open.

The same figures the waiting-room display and the counter's queue strip show (one
``QueueService`` reading), so what the host tells a visitor matches the screen on the wall.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from app.services.queue import DeskInfo, QueueInfo

from .labels import duration_text
from .rows import KeyedRows, label, restyle


class QueueRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "hostRow")
        self.info: QueueInfo | None = None
        self.prefix = label("", "queuePrefix")
        self.name = label("", "rowTitle")
        self.name.setWordWrap(True)
        self.waiting = label("", "bigCount")
        self.detail = label("", "rowMuted")
        self.detail.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 12, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.prefix, 0, 0, 2, 1)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.detail, 1, 1)
        grid.addWidget(self.waiting, 0, 2, 2, 1)
        grid.setColumnStretch(1, 1)

    def set_info(self, info: QueueInfo, now: datetime) -> None:
        self.info = info
        self.setObjectName(f"queue-{info.code}")
        self.prefix.setText(info.prefix)
        self.name.setText(info.naam)
        self.waiting.setText(str(info.waiting))
        self.waiting.setToolTip(self.tr("%n waiting", "", info.waiting))
        restyle(self, kind="" if info.open_desks or not info.waiting else "warning")
        self.tick(now)

    def tick(self, now: datetime) -> None:
        info = self.info
        if info is None:
            return
        parts = [self.tr("%n waiting", "", info.waiting)]
        oldest = info.oldest_waiting_since
        if oldest is not None and info.waiting:
            parts.append(
                self.tr("longest {time}").format(time=duration_text((now - oldest).total_seconds()))
            )
        if info.open_desks == 0:
            parts.append(self.tr("no desk open"))
        else:
            parts.append(self.tr("%n desk(s) open", "", info.open_desks))
            if info.estimate_seconds:
                parts.append(
                    self.tr("new ticket waits about {minutes} min").format(
                        minutes=info.estimate_seconds // 60
                    )
                )
        self.detail.setText(" · ".join(parts))
        self.setAccessibleName(f"{info.prefix} {info.naam}: {self.detail.text()}")


def open_desks_text(desks: tuple[DeskInfo, ...]) -> list[str]:
    """'Balie 1 (Anna)' for every open desk, in the service's order."""
    return [f"{d.naam} ({d.staff_name})" if d.staff_name else d.naam for d in desks if d.is_open]


class QueuesPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuesPanel")
        self.list: KeyedRows[str, QueueRow] = KeyedRows(label("", "rowMuted"))
        self.desks = label("", "rowText")
        self.desks.setObjectName("openDesks")
        self.desks.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.desks)
        self._desks: tuple[DeskInfo, ...] = ()
        self._total = 0
        self.retranslate()

    def retranslate(self) -> None:
        self._set_title()
        self.list.empty.setText(self.tr("No queues."))
        self._show_desks()

    def _set_title(self) -> None:
        self.setTitle(self.tr("Queues (%n waiting)", "", self._total))

    def show_queues(
        self, queues: tuple[QueueInfo, ...], desks: tuple[DeskInfo, ...], now: datetime
    ) -> None:
        self._total = sum(q.waiting for q in queues)
        self._set_title()
        self.list.sync(
            queues,
            key=lambda q: q.code,
            make=lambda _q: QueueRow(),
            update=lambda row, info: row.set_info(info, now),
        )
        self._desks = desks
        self._show_desks()

    def _show_desks(self) -> None:
        names = open_desks_text(self._desks)
        self.desks.setText(
            self.tr("Open desks: {desks}").format(desks=", ".join(names))
            if names
            else self.tr("No desk is open.")
        )

    def tick(self, now: datetime) -> None:
        for row in self.list.rows():
            row.tick(now)

    def row(self, code: str) -> QueueRow | None:
        return self.list.row(code)
