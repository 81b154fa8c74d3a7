"""Type the BSN and then the birth date on big on-screen keys (the kiosk has no keyboard).

One screen for both steps: the entry shows what is typed in the format the visitor knows
("123 456 789", "05-04-DDDD" growing into "05-04-1980"), with the places still to fill shown
in grey, so nobody has to count digits. Landscape screens put the keys beside the text.
"""

from __future__ import annotations

import enum
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from app.services.errors import InvalidBsnError
from app.ui import i18n
from app.ui.theme import BORDER

from .flow import BSN_DIGITS, DATE_DIGITS, InputProblem
from .screen import Screen, set_button_text, text_label, touch_button

#: The keypad's size: keys of about 180x140 px, a block a hand can span.
KEYPAD_WIDTH = 580
KEYPAD_HEIGHT = 610
#: Landscape puts the text beside the keys; the text column needs the width of a usual screen.
TWO_COLUMN_WIDTH = 1600


class Entry(enum.StrEnum):
    BSN = "bsn"
    BIRTH_DATE = "birth_date"


class KeypadScreen(Screen):
    """BSN or birth date entry with a numeric keypad, Next and Back.

    Signals:
        digit_pressed: a digit key; carries "0".."9".
        delete_pressed: the delete key (removes the last digit).
        next_requested: Next (BSN) or Check in (birth date).
        back_requested: one step back.
    """

    digit_pressed = Signal(str)
    delete_pressed = Signal()
    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=TWO_COLUMN_WIDTH)
        self.setObjectName("keypad")
        self.entry_kind = Entry.BSN
        self.digits = ""
        self.problem: InputProblem | None = None
        self.title = text_label("title")
        self.body = text_label("body")
        self.entry = text_label("entry")
        self.entry.setObjectName("keypadEntry")
        self.entry.setTextFormat(Qt.TextFormat.RichText)
        self.error = text_label("inputError")
        self.error.setObjectName("keypadError")
        self.next_button = touch_button(primary=True)
        self.next_button.setObjectName("keypadNext")
        self.next_button.clicked.connect(self.next_requested)
        self.back_button = touch_button()
        self.back_button.setObjectName("keypadBack")
        self.back_button.clicked.connect(self.back_requested)

        self.keys: dict[str, QPushButton] = {}
        self.keypad = QWidget()
        self.keypad.setFixedSize(KEYPAD_WIDTH, KEYPAD_HEIGHT)
        keys = QGridLayout(self.keypad)
        keys.setContentsMargins(0, 0, 0, 0)
        keys.setSpacing(16)
        for index, digit in enumerate("1234567890"):
            key = self._key(digit)
            row, col = (index // 3, index % 3) if digit != "0" else (3, 1)
            keys.addWidget(key, row, col)
            self.keys[digit] = key
        self.delete_key = self._key("")
        self.delete_key.setObjectName("keyDelete")
        self.delete_key.setProperty("wide", True)
        keys.addWidget(self.delete_key, 3, 2)

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(60)
        self._grid.setVerticalSpacing(24)
        self.column.addLayout(self._grid)
        self.arrange(landscape=False)
        self.retranslate_ui()

    def _key(self, digit: str) -> QPushButton:
        key = touch_button()
        key.setProperty("key", True)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # A tapped key keeps no focus ring: the ring would sit on the last digit as noise.
        key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if digit:
            key.setObjectName(f"key{digit}")
            set_button_text(key, digit)
            key.clicked.connect(lambda _checked=False, d=digit: self.digit_pressed.emit(d))
        else:
            key.clicked.connect(self.delete_pressed)
        return key

    def show_entry(self, kind: Entry, digits: str, problem: InputProblem | None) -> None:
        self.entry_kind = kind
        self.digits = digits
        self.problem = problem
        self.retranslate_ui()

    def arrange(self, landscape: bool) -> None:
        """Text and buttons beside the keys (landscape), or above and below them (portrait)."""
        grid = self._grid
        for widget in (
            self.title,
            self.body,
            self.entry,
            self.error,
            self.keypad,
            self.next_button,
            self.back_button,
        ):
            grid.removeWidget(widget)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        centre = Qt.AlignmentFlag.AlignHCenter
        if landscape:
            for row, widget in enumerate((self.title, self.body, self.entry, self.error)):
                grid.addWidget(widget, row, 0)
            grid.setRowStretch(4, 1)
            grid.addWidget(self.next_button, 5, 0)
            grid.addWidget(self.back_button, 6, 0)
            grid.addWidget(self.keypad, 0, 1, 7, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
        else:
            for row, widget in enumerate((self.title, self.body, self.entry, self.error)):
                grid.addWidget(widget, row, 0)
            grid.addWidget(self.keypad, 4, 0, centre)
            grid.setRowStretch(5, 1)
            grid.addWidget(self.next_button, 6, 0)
            grid.addWidget(self.back_button, 7, 0)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)

    def retranslate_ui(self) -> None:
        set_button_text(self.delete_key, self.tr("Delete"))
        self.delete_key.setAccessibleName(self.tr("Delete the last digit"))
        set_button_text(self.back_button, self.tr("Back"))
        if self.entry_kind == Entry.BSN:
            self.title.setText(self.tr("Your BSN"))
            self.body.setText(
                self.tr(
                    "Type your citizen service number: 9 digits. It is on your passport, "
                    "ID card or driving licence."
                )
            )
            template = "_" * BSN_DIGITS
            set_button_text(self.next_button, self.tr("Next"))
        else:
            self.title.setText(self.tr("Your date of birth"))
            self.body.setText(self.tr("Type day, month and year: 8 digits."))
            # The letters say which part comes where; in Dutch DD-MM-JJJJ.
            template = self.tr("DD-MM-YYYY")
            set_button_text(self.next_button, self.tr("Check in"))
        self.entry.setText(_filled(template, self.digits))
        self.entry.setAccessibleName(
            self.tr("Typed so far: {digits}").format(digits=" ".join(self.digits) or "-")
        )
        problem = self._problem_text()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def _problem_text(self) -> str:
        if self.problem == InputProblem.INVALID_BSN:
            return i18n.error_text(InvalidBsnError())
        if self.problem == InputProblem.INVALID_DATE:
            return self.tr("This is not a date. Type day, month and year, for example 05-04-1980.")
        if self.problem == InputProblem.FUTURE_DATE:
            return self.tr("This date is in the future. Check the year.")
        return ""


def _filled(template: str, digits: str) -> str:
    """The template with the typed digits in its places; the places still open in grey.

    A BSN is nine places in groups of three, with a thin space between places so the open
    ones can be counted; a date template keeps its dashes (anything but a place letter).
    """
    bsn = template == "_" * BSN_DIGITS
    places = BSN_DIGITS if bsn else DATE_DIGITS
    out: list[str] = []
    typed = iter(digits[:places])
    count = 0
    for char in template:
        if not char.isalpha() and char != "_":
            out.append(html.escape(char))
            continue
        if bsn and count:
            out.append("&nbsp;&nbsp;" if count % 3 == 0 else "\u2009")
        count += 1
        digit = next(typed, None)
        if digit is None:
            # Lighter and thinner than a typed digit; 3.9:1 is enough for 48 pt (large) text.
            out.append(
                f'<span style="color:{BORDER}; font-weight:normal">{html.escape(char)}</span>'
            )
        else:
            out.append(digit)
    return "".join(out)
