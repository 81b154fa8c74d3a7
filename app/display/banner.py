"""The newest call, as large as the space allows: "A012 → Balie 3".

Painted by hand rather than with labels so the text is fitted to the widget: the largest font
with which the whole call fits, on one line when the screen is wide enough, else on two. A
fixed point size is either unreadable from the back of a hall or cut off on a smaller screen.

A new call flashes the banner (dark blue with white text, a few times) so the change catches
the eye of people who heard the chime and look up.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme

ARROW = "→"
#: On/off toggles of a flash, and how long each lasts.
FLASH_TOGGLES = 6
FLASH_INTERVAL_MS = 450


class CallBanner(QWidget):
    """Shows one call (or a placeholder); ``flash`` draws attention to a new one.

    Signals:
        painted: the banner was drawn; carries the ticket code on screen ("" for none).
            The latency benchmark times a call to the moment it is really on screen.
    """

    painted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayBanner")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.code = ""
        self.desk = ""
        self.placeholder = ""
        self._highlight = False
        self._toggles_left = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_INTERVAL_MS)
        self._flash_timer.timeout.connect(self._on_flash_tick)

    @property
    def highlighted(self) -> bool:
        return self._highlight

    def text(self) -> str:
        return f"{self.code} {ARROW} {self.desk}" if self.code else self.placeholder

    def set_call(self, code: str, desk: str) -> None:
        if (code, desk) == (self.code, self.desk):
            return
        self.code, self.desk = code, desk
        self.setAccessibleName(self.text())
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        if not self.code:
            self.setAccessibleName(text)
            self.update()

    def flash(self) -> None:
        self._toggles_left = FLASH_TOGGLES
        self._highlight = True
        self._flash_timer.start()
        self.update()

    def _on_flash_tick(self) -> None:
        self._toggles_left -= 1
        self._highlight = self._toggles_left > 0 and not self._highlight
        if self._toggles_left <= 0:
            self._highlight = False
            self._flash_timer.stop()
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        border = max(3.0, rect.height() / 60)
        inner = rect.adjusted(border / 2, border / 2, -border / 2, -border / 2)
        background = QColor(theme.PRIMARY if self._highlight else theme.SURFACE)
        painter.setPen(QPen(QColor(theme.PRIMARY), border))
        painter.setBrush(background)
        radius = rect.height() / 20
        painter.drawRoundedRect(inner, radius, radius)
        padding = rect.height() / 10
        area = inner.adjusted(padding, padding / 2, -padding, -padding / 2)
        if self.code:
            self._paint_call(painter, area)
        else:
            self._paint_placeholder(painter, area)
        painter.end()
        self.painted.emit(self.code)

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        """Ticket code, arrow, desk."""
        if self._highlight:
            white = QColor("white")
            return white, QColor(theme.FOCUS), white
        return QColor(theme.PRIMARY), QColor(theme.MUTED), QColor(theme.TEXT)

    def _paint_call(self, painter: QPainter, area: QRectF) -> None:
        code_colour, arrow_colour, desk_colour = self._colours()
        parts = [(self.code, code_colour), (f" {ARROW} ", arrow_colour), (self.desk, desk_colour)]
        one_line = _fitted_font(self.font(), [self.text()], area.width(), area.height())
        two_lines = _fitted_font(
            self.font(), [self.code, f"{ARROW} {self.desk}"], area.width(), area.height() / 2
        )
        if one_line.pixelSize() >= two_lines.pixelSize() * 0.9:
            _paint_runs(painter, one_line, parts, area)
        else:
            half = area.height() / 2
            top = QRectF(area.left(), area.top(), area.width(), half)
            bottom = QRectF(area.left(), area.top() + half, area.width(), half)
            _paint_runs(painter, two_lines, parts[:1], top)
            _paint_runs(painter, two_lines, [(f"{ARROW} ", arrow_colour), parts[2]], bottom)

    def _paint_placeholder(self, painter: QPainter, area: QRectF) -> None:
        font = _fitted_font(self.font(), [self.placeholder], area.width(), area.height() * 0.45)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("white" if self._highlight else theme.MUTED))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.placeholder)


def _fitted_font(base: QFont, lines: list[str], width: float, height: float) -> QFont:
    """The largest bold font in which every line fits ``width`` and all fit ``height``."""
    font = QFont(base)
    font.setBold(True)
    size = max(8, int(height * 0.8))
    font.setPixelSize(size)
    metrics = QFontMetricsF(font)
    widest = max(metrics.horizontalAdvance(line) for line in lines) or 1.0
    tallest = metrics.height() or 1.0
    scale = min(1.0, width / widest, height / tallest)
    font.setPixelSize(max(8, int(size * scale)))
    return font


def _paint_runs(
    painter: QPainter, font: QFont, runs: list[tuple[str, QColor]], area: QRectF
) -> None:
    """Coloured pieces of text on one line, centred in ``area``."""
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    total = sum(metrics.horizontalAdvance(text) for text, _ in runs)
    x = area.left() + (area.width() - total) / 2
    baseline = area.top() + (area.height() + metrics.ascent() - metrics.descent()) / 2
    for text, colour in runs:
        painter.setPen(colour)
        painter.drawText(QPointF(x, baseline), text)
        x += metrics.horizontalAdvance(text)
