""" "Are you still there?": the warning before an unattended session is ended.

Nobody should lose their place without warning (no time pressure without a warning), and
nobody should find the previous visitor's screen either. After ``idle_warning`` seconds
without a touch the window lays this over the current screen, counting down to the idle
timeout; any touch, or the big button, keeps the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .screen import WrapButton, set_button_text, text_label


class IdleOverlay(QWidget):
    """A dimmed layer over the whole window with the question, a countdown and one button.

    Signals:
        still_here: the visitor answered.
    """

    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.seconds = 0
        card = QFrame()
        card.setObjectName("idleCard")
        card.setMaximumWidth(900)
        self.title = text_label("title")
        self.countdown = text_label("body")
        self.countdown.setObjectName("idleCountdown")
        self.yes_button = WrapButton(primary=True, choice=True)
        self.yes_button.setObjectName("stillHere")
        self.yes_button.clicked.connect(self.still_here)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 48, 48, 48)
        inner.setSpacing(36)
        inner.addWidget(self.title)
        inner.addWidget(self.countdown)
        inner.addWidget(self.yes_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate_ui()

    def show_countdown(self, seconds: int) -> None:
        self.seconds = max(0, seconds)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        if self.seconds == 1:
            text = self.tr("Touch the screen, or this session ends in 1 second.")
        else:
            text = self.tr("Touch the screen, or this session ends in {seconds} seconds.").format(
                seconds=self.seconds
            )
        self.countdown.setText(text)
        set_button_text(self.yes_button, self.tr("Yes, I am still here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
