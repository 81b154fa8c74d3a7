"""The screen the kiosk shows while nobody uses it: invite a touch anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from .screen import Screen, set_button_text, text_label, touch_button


class AttractScreen(Screen):
    """Welcome and "touch to start"; nothing personal is ever on it.

    Signals:
        start_requested: the visitor touched the screen or the start button.
    """

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self.title = text_label("title")
        self.body = text_label("body")
        # Scanning works on this screen too: a visitor with a QR code need not touch anything.
        self.scan_hint = text_label("hint")
        self.start_button = touch_button(primary=True)
        self.start_button.setObjectName("start")
        self.start_button.setMinimumHeight(160)
        self.start_button.clicked.connect(self.start_requested)
        layout = self.column
        layout.setSpacing(40)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        layout.addWidget(self.scan_hint)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.body.setText(self.tr("Touch the screen to start"))
        set_button_text(self.start_button, self.tr("Start"))
        self.scan_hint.setText(
            self.tr("Have an appointment? Hold your QR code under the scanner to check in.")
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The whole screen is the start button: people touch where their eye lands.
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_requested.emit()
        super().mousePressEvent(event)
