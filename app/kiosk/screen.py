"""What every kiosk screen shares: live retranslation and large, named touch buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.theme import set_role

#: Content never gets wider than this: on a landscape screen a 1900 px wide button or line of
#: text is hard to take in, and the eye should not travel far.
MAX_CONTENT_WIDTH = 1100


class Screen(QWidget):
    """A full-window page of the kiosk.

    The visitor may switch language on any screen, so texts are set in ``retranslate_ui``
    and set again on every ``LanguageChange``. Content goes into ``column``, a centred
    column of at most ``max_width`` (``MAX_CONTENT_WIDTH`` unless the screen has two columns).

    The kiosk stands in portrait (1080x1920) or landscape (1920x1080). A screen whose content
    does not fit the landscape height as one column overrides ``arrange`` to put things side
    by side; it is called whenever the screen's own shape changes between the two.
    """

    def __init__(
        self, parent: QWidget | None = None, *, max_width: int = MAX_CONTENT_WIDTH
    ) -> None:
        super().__init__(parent)
        content = QWidget()
        content.setMaximumWidth(max_width)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self._outer = outer = QHBoxLayout(self)
        outer.setContentsMargins(60, 48, 60, 60)
        outer.addStretch(1)
        outer.addWidget(content, 100)
        outer.addStretch(1)
        self.landscape: bool | None = None

    def arrange(self, landscape: bool) -> None:
        """Lay the content out for a landscape (True) or portrait screen; one column by default."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = event.size().width() > event.size().height()
        if landscape != self.landscape:
            self.landscape = landscape
            # Height is what a landscape screen lacks; the sides have room to spare.
            top, bottom = (24, 32) if landscape else (48, 60)
            self._outer.setContentsMargins(60, top, 60, bottom)
            self.arrange(landscape)
        super().resizeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def touch_button(*, primary: bool = False, choice: bool = False) -> QPushButton:
    """A button sized for a finger; its text doubles as the accessible name (set on retranslate)."""
    button = QPushButton()
    button.setProperty("primary", primary)
    button.setProperty("choice", choice)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class WrapButton(QPushButton):
    """A touch button whose text wraps: a QPushButton cannot, and a long sentence in 30 pt
    would push a portrait window wider than the screen.

    The text sits in a label that lets touches through; ``setText``/``text`` go to it.
    """

    def __init__(self, *, primary: bool = False, choice: bool = False) -> None:
        super().__init__()
        self.setProperty("primary", primary)
        self.setProperty("choice", choice)
        self.setProperty("wrap", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.addWidget(self.label)

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return hint.expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


def set_button_text(button: QPushButton, text: str) -> None:
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))


def text_label(role: str) -> QLabel:
    label = QLabel()
    set_role(label, role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
