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

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_kto import KTO_MAX, KTO_MIN
from app.ui.theme import BORDER, PRIMARY, SURFACE, TEXT, set_role

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


def score_word(score: int) -> str:
    """What a score means, in the visitor's language (the button and its accessible name)."""
    words = {
        1: QCoreApplication.translate("KtoPanel", "Very dissatisfied"),
        2: QCoreApplication.translate("KtoPanel", "Dissatisfied"),
        3: QCoreApplication.translate("KtoPanel", "Neutral"),
        4: QCoreApplication.translate("KtoPanel", "Satisfied"),
        5: QCoreApplication.translate("KtoPanel", "Very satisfied"),
    }
    return words[score]


class ScoreButton(QPushButton):
    """A touch button with the score in large figures and its meaning under it (in a row) or
    beside it (in a column).

    A QPushButton has one font; the two texts are labels inside it that let touches through.
    """

    def __init__(self, score: int) -> None:
        super().__init__()
        self.score = score
        self.setObjectName(f"ktoScore{score}")
        self.setProperty("kto", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Ignored: five buttons of one width, whatever the length of their words.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.number = QLabel(str(score))
        set_role(self.number, "ktoScore")
        self.word = QLabel()
        set_role(self.word, "ktoWord")
        self.word.setWordWrap(True)
        for label in (self.number, self.word):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(8, 10, 8, 10)
        self._layout.addWidget(self.number)
        self._layout.addWidget(self.word, 1)
        self.arrange(stacked=True)

    def arrange(self, *, stacked: bool) -> None:
        """The word under the figure (``stacked``), or beside it."""
        centre = Qt.AlignmentFlag.AlignCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if stacked:
            self._layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self._layout.setSpacing(2)
            self.number.setAlignment(centre)
            self.word.setAlignment(centre)
            self.number.setMinimumWidth(0)
        else:
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._layout.setSpacing(20)
            self.number.setAlignment(centre)
            self.word.setAlignment(left)
            self.number.setMinimumWidth(48)

    def retranslate(self) -> None:
        word = score_word(self.score)
        self.word.setText(word)
        self.setAccessibleName(f"{self.score}: {word}")

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return hint.expandedTo(self.minimumSize())


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
