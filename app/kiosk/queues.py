"""Pick the queue to take a ticket for: one big button per walk-in queue, with its wait."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.queue import QueueInfo
from app.ui.theme import set_role

from .screen import Screen, set_button_text, text_label, touch_button
from .wording import wait_text


class QueueButton(QPushButton):
    """The queue's name, large, and under it the wait; both wrap instead of widening.

    A QPushButton cannot wrap its text, so two labels sit inside it; they let touches through
    to the button.
    """

    def __init__(self, queue: QueueInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.setObjectName(f"queue_{queue.code}")
        self.setProperty("queue", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.name = QLabel(queue.naam)
        set_role(self.name, "queueName")
        self.wait = QLabel()
        set_role(self.wait, "queueWait")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(4)
        for label in (self.name, self.wait):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            layout.addWidget(label)
        layout.addStretch(1)  # side by side, the waits line up under one-line names
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.wait.setText(wait_text(self.queue.estimate_seconds))
        self.setAccessibleName(f"{self.queue.naam}, {self.wait.text()}")

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return hint.expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class QueueScreen(Screen):
    """The walk-in queues as buttons: one column on a portrait screen, two on a landscape one.

    Signals:
        queue_chosen: a queue was tapped; carries its code.
        back_requested: the visitor wants to go back to the choice.
    """

    queue_chosen = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queues")
        self.title = text_label("title")
        self.status = text_label("body")
        self.buttons: list[QueueButton] = []
        self._queues: tuple[QueueInfo, ...] | None = None
        self._columns = 1
        self._grid_host = QWidget()
        self.grid = QGridLayout(self._grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(24)
        self.back_button = touch_button()
        self.back_button.setObjectName("queuesBack")
        self.back_button.clicked.connect(self.back_requested)
        layout = self.column
        layout.setSpacing(28)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self._grid_host)
        layout.addStretch(1)
        layout.addWidget(self.back_button)
        self.retranslate_ui()

    def show_queues(self, queues: Sequence[QueueInfo] | None) -> None:
        """The queues to offer; None while they are being loaded."""
        queues = None if queues is None else tuple(queues)
        if queues == self._queues and (queues is None or self.buttons):
            return
        self._queues = queues
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for queue in queues or ():
            button = QueueButton(queue)
            button.clicked.connect(lambda _checked=False, c=queue.code: self.queue_chosen.emit(c))
            self.buttons.append(button)
        self._place_buttons()
        self._show_status()

    def arrange(self, landscape: bool) -> None:
        self._columns = 2 if landscape else 1
        self._place_buttons()

    def _place_buttons(self) -> None:
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // self._columns, index % self._columns)
            button.show()  # now, not when the layout gets round to it: it is tapped next

    def _show_status(self) -> None:
        if self._queues is None:
            self.status.setText(self.tr("One moment, please"))
        elif not self._queues:
            self.status.setText(
                self.tr("No tickets can be taken at the moment. Please ask a host in the hall.")
            )
        else:
            self.status.setText(self.tr("Tap the subject of your visit."))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What have you come for?"))
        set_button_text(self.back_button, self.tr("Back"))
        self._show_status()
        for button in self.buttons:
            button.retranslate_ui()
