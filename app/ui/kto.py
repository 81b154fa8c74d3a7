"""The KTO score button, one for the kiosk's last screen and the counter's visitor dialog.

A visitor reads the same five answers in both places, so the words and the button are one
piece: a large figure and its meaning, inside a QPushButton (which has one font) as two
labels that let touches through.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QSizePolicy

from app.ui.theme import set_role


def score_word(score: int) -> str:
    """What a score means, in the visitor's language (the button and its accessible name)."""
    words = {
        1: QCoreApplication.translate("ScoreButton", "Very dissatisfied"),
        2: QCoreApplication.translate("ScoreButton", "Dissatisfied"),
        3: QCoreApplication.translate("ScoreButton", "Neutral"),
        4: QCoreApplication.translate("ScoreButton", "Satisfied"),
        5: QCoreApplication.translate("ScoreButton", "Very satisfied"),
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
        self.retranslate()

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
