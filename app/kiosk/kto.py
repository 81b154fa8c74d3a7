"""The KTO question on the kiosk's last screen: "how satisfied are you?", one tap, 1 to 5.

Asked only after a session that achieved something (a ticket, a check-in, a registered visit,
a delivered document): the answer is about the kiosk, and someone who gave up has already
told us by giving up. One tap is all it takes and all it allows: the buttons give way to a
thank-you, so a second tap has nothing to press. Not answering is fine: the screen's own
timer ends the session as before.

The panel only shows; the window decides when it is asked and keeps the answer with the
session (``KioskSession.kto_score``), so the wipe at the session's end also takes the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_kto import KTO_MAX, KTO_MIN
from app.ui.kto import ScoreButton
from app.ui.theme import BORDER, PRIMARY, SURFACE, TEXT

from .screen import MAX_CONTENT_WIDTH, text_label
from .style import scale_fonts

#: The panel's width beside a landscape screen: room for the question on three lines and a
#: button per score with its word beside the figure, while the screen keeps its 1100 px.
SIDE_WIDTH = 440

#: The panel's looks, added to the window's sheet (and scaled with it by "A+"). The score
#: buttons are the kiosk's ordinary buttons (primary text on white): only their two labels,
#: a large number and a word that may wrap, are new.
KTO_SHEET = f"""
QFrame#ktoPanel {{ background: {SURFACE}; border: 2px solid {BORDER}; border-radius: 16px; }}
QFrame#ktoPanel QLabel {{ background: transparent; border: none; }}
QLabel#ktoQuestion {{ font-size: 26pt; font-weight: bold; color: {TEXT}; }}
QLabel#ktoThanks {{ font-size: 26pt; font-weight: bold; color: {PRIMARY}; }}
QPushButton[kto="true"] {{ padding: 8px 6px; }}
QLabel[role="ktoScore"] {{ font-size: 30pt; font-weight: bold; color: {PRIMARY}; }}
"""
#: The words under the numbers keep their size with "A+": five in a row under a portrait
#: screen have 170 px each, and "ontevreden" or "dissatisfied" cannot be broken; the number
#: grows, and the word is read as a label of it.
KTO_WORD_SHEET = f"""
QLabel[role="ktoWord"] {{ font-size: 20pt; color: {PRIMARY}; }}
"""


def kto_sheet(scale: float) -> str:
    """The panel's style sheet for the window's text size (``TEXT_SCALES``)."""
    return scale_fonts(KTO_SHEET, scale) + KTO_WORD_SHEET


class KtoPanel(QFrame):
    """The question with five score buttons, or, once answered, the thank-you.

    Signals:
        answered: the visitor tapped a score (``int``, 1..5); emitted once per question.
    """

    answered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ktoPanel")
        self.setMaximumWidth(MAX_CONTENT_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        #: The score given while this question was on screen (None: not answered).
        self.score: int | None = None
        self.question = text_label("body")
        self.question.setObjectName("ktoQuestion")
        self.thanks = text_label("body")
        self.thanks.setObjectName("ktoThanks")
        self.buttons = [ScoreButton(score) for score in range(KTO_MIN, KTO_MAX + 1)]
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for button in self.buttons:
            button.clicked.connect(lambda _checked=False, s=button.score: self.on_score(s))
            row.addWidget(button)
        self.button_row = QWidget()
        self.button_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.question)
        layout.addWidget(self.button_row)
        layout.addWidget(self.thanks)
        self.retranslate_ui()
        self.arrange(landscape=False)
        self.ask(None)

    def arrange(self, *, landscape: bool) -> None:
        """Five buttons in a row under a portrait screen, in a column beside a landscape one."""
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if landscape else QBoxLayout.Direction.LeftToRight
        )
        self._row.setSpacing(12 if landscape else 16)
        for button in self.buttons:
            button.arrange(stacked=not landscape)
        if landscape:
            self.setFixedWidth(SIDE_WIDTH)
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(MAX_CONTENT_WIDTH)

    def ask(self, score: int | None) -> None:
        """Show the question, or the thank-you when ``score`` was already given."""
        self.score = score
        answered = score is not None
        self.question.setVisible(not answered)
        self.button_row.setVisible(not answered)
        for button in self.buttons:
            button.setEnabled(not answered)
        self.thanks.setVisible(answered)

    def on_score(self, score: int) -> None:
        if self.score is not None:
            return  # one answer per question: a second tap (or a queued click) changes nothing
        self.ask(score)
        self.answered.emit(score)

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("How satisfied are you with this kiosk?"))
        self.thanks.setText(self.tr("Thank you for your answer"))
        self.setAccessibleName(self.tr("How satisfied are you with this kiosk?"))
        for button in self.buttons:
            button.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
