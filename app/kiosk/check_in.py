"""Check in for an appointment: hold the QR code under the scanner, or use BSN and birth date.

The scanner is a keyboard-wedge scanner: it "types" the code and presses Enter. The kiosk
window collects those key presses whatever has the focus (``KioskWindow.keyPressEvent`` and
``flow.ScanBuffer``), so this screen needs no input field. A camera that reads QR codes is a
seam for later (``CodeCamera``); the screen mentions a camera only when one is configured.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from app.ui.theme import PRIMARY, SURFACE

from .screen import Screen, WrapButton, set_button_text, text_label, touch_button


class CodeCamera(Protocol):
    """A camera that reads appointment QR codes (not built yet; the kiosk has none).

    ``start`` is called when the check-in screen shows and ``stop`` when it goes; a code read
    is handed to ``on_code`` on the GUI thread, like a line from the scanner.
    """

    def start(self, on_code: Callable[[str], None]) -> None: ...

    def stop(self) -> None: ...


#: A made-up pattern (not a readable code) between the three finder squares of the picture.
_MODULES = (
    "0000000010100000000",
    "0000000001110000000",
    "0000000010010000000",
    "0000000011001000000",
    "0000000000110000000",
    "0000000010101000000",
    "0000000001011000000",
    "0000000000100000000",
    "1011010010110101101",
    "0110101101001011010",
    "1101100010110110011",
    "0010011101010001101",
    "0000000000110110100",
    "0000000010011011001",
    "0000000001101100110",
    "0000000010110011011",
    "0000000001001101100",
    "0000000011010110101",
    "0000000010101101010",
)


class QrPicture(QWidget):
    """A picture of a QR code: people who do not read the sentence still see what to hold up."""

    SIZE = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(self.SIZE, self.SIZE))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(SURFACE))
        count = len(_MODULES)
        cell = self.width() // (count + 2)
        origin = (self.width() - cell * count) // 2
        ink = QColor(PRIMARY)
        for row, line in enumerate(_MODULES):
            for col, bit in enumerate(line):
                if bit == "1":
                    painter.fillRect(
                        QRect(origin + col * cell, origin + row * cell, cell, cell), ink
                    )
        for col, row in ((0, 0), (count - 7, 0), (0, count - 7)):
            x, y = origin + col * cell, origin + row * cell
            painter.fillRect(QRect(x, y, 7 * cell, 7 * cell), ink)
            painter.fillRect(QRect(x + cell, y + cell, 5 * cell, 5 * cell), QColor(SURFACE))
            painter.fillRect(QRect(x + 2 * cell, y + 2 * cell, 3 * cell, 3 * cell), ink)
        painter.end()


class CheckInScreen(Screen):
    """Where to hold the QR code, and the way in without one.

    Signals:
        bsn_chosen: the visitor has no QR code and will use BSN and birth date.
        back_requested: back to the choice.
    """

    bsn_chosen = Signal()
    back_requested = Signal()

    def __init__(self, *, camera: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkIn")
        self._camera = camera
        self.title = text_label("title")
        self.body = text_label("body")
        self.hint = text_label("hint")
        self.picture = QrPicture()
        self.bsn_button = WrapButton(choice=True)
        self.bsn_button.setObjectName("useBsn")
        self.bsn_button.clicked.connect(self.bsn_chosen)
        self.back_button = touch_button()
        self.back_button.setObjectName("checkInBack")
        self.back_button.clicked.connect(self.back_requested)
        self._scan = QGridLayout()
        self._scan.setHorizontalSpacing(48)
        self._scan.setVerticalSpacing(24)
        layout = self.column
        layout.setSpacing(36)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addLayout(self._scan)
        layout.addStretch(1)
        layout.addWidget(self.bsn_button)
        layout.addSpacing(12)
        layout.addWidget(self.back_button)
        self.arrange(landscape=False)
        self.retranslate_ui()

    def arrange(self, landscape: bool) -> None:
        """The picture above the sentence (portrait), or beside it (landscape)."""
        scan = self._scan
        for widget in (self.picture, self.body, self.hint):
            scan.removeWidget(widget)
        if landscape:
            scan.addWidget(self.picture, 0, 0, 2, 1)
            scan.addWidget(self.body, 0, 1, Qt.AlignmentFlag.AlignBottom)
            scan.addWidget(self.hint, 1, 1, Qt.AlignmentFlag.AlignTop)
            scan.setColumnStretch(1, 1)
        else:
            scan.addWidget(self.picture, 0, 0, Qt.AlignmentFlag.AlignHCenter)
            scan.addWidget(self.body, 1, 0)
            scan.addWidget(self.hint, 2, 0)
            scan.setColumnStretch(1, 0)
        scan.setColumnStretch(0, 0 if landscape else 1)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Check in for your appointment"))
        if self._camera:
            self.body.setText(
                self.tr(
                    "Hold the QR code from your appointment confirmation in front of the "
                    "camera or under the scanner."
                )
            )
        else:
            self.body.setText(
                self.tr("Hold the QR code from your appointment confirmation under the scanner.")
            )
        self.hint.setText(self.tr("On paper or on your phone: both work."))
        set_button_text(self.bsn_button, self.tr("No QR code? Use your BSN and date of birth"))
        set_button_text(self.back_button, self.tr("Back"))
