"""A top-down page layout that knows its height only when it is complete.

Thermal paper comes off a roll: a ticket or receipt page is 80 mm wide and as tall as its
content. PDF draws from the bottom up, so the layout first records what to draw at which
distance from the top, and only then makes a page of the height it reached and draws. The A4
uittreksel uses the same layout with a fixed height.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.services.documents.drawing import MM, draw_qr, fold, font_for, qr_modules

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Align = Literal["left", "center", "right"]
_Op = Callable[["Canvas", float], None]
GREY = (0.35, 0.35, 0.35)
BLACK = (0.0, 0.0, 0.0)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font, shown = font_for(text, bold=bold)
    width: float = stringWidth(shown, font, size)
    return width


class Flow:
    """Records drawing top-down; ``y`` is the distance from the top of the page."""

    def __init__(self, width: float, *, margin: float, top: float | None = None) -> None:
        self.width = width
        self.margin = margin
        self.y = margin if top is None else top
        self._ops: list[_Op] = []

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin

    def gap(self, mm: float) -> None:
        self.y += mm * MM

    def line(
        self,
        text: str,
        *,
        size: float,
        bold: bool = False,
        align: Align = "left",
        x: float | None = None,
        colour: tuple[float, float, float] = BLACK,
        leading: float = 1.3,
    ) -> None:
        """One line of text, not wrapped."""
        self.y += size
        self._text_at(text, size=size, bold=bold, align=align, x=x, colour=colour, y=self.y)
        self.y += size * (leading - 1)

    def paragraph(
        self,
        text: str,
        *,
        size: float,
        bold: bool = False,
        align: Align = "left",
        x: float | None = None,
        width: float | None = None,
        colour: tuple[float, float, float] = BLACK,
        leading: float = 1.3,
    ) -> None:
        """Wrapped to ``width`` (the content width by default)."""
        from reportlab.lib.utils import simpleSplit

        font, shown = font_for(text, bold=bold)
        lines: list[str] = simpleSplit(shown, font, size, width or self.content_width) or [""]
        for line in lines:
            self.y += size
            self._draw(font, size, line, align, x, width, colour, self.y)
            self.y += size * (leading - 1)

    def pair(self, label: str, value: str, *, size: float, bold: bool = False) -> None:
        """Label on the left, value on the right; the value goes under the label when both
        do not fit on one line, and wraps if it is longer than a line."""
        room = self.content_width - text_width(label, size, bold=bold) - 3 * MM
        if text_width(value, size, bold=bold) <= room:
            self.y += size
            self._text_at(label, size=size, bold=bold, align="left", y=self.y)
            self._text_at(value, size=size, bold=bold, align="right", y=self.y)
            self.y += size * 0.3
        else:
            self.line(label, size=size, bold=bold)
            self.paragraph(value, size=size, bold=bold, align="right")

    def mono(self, text: str, *, size: float) -> None:
        """Fixed-width text whose baseline is at the current ``y`` (the caller moves ``y``);
        Courier has no Unicode fallback, so letters outside it are folded."""
        self._draw("Courier", size, fold(text), "left", None, None, BLACK, self.y)

    def rule(self, *, weight: float = 0.8, dashed: bool = False) -> None:
        self.y += 2 * MM
        y, left, right = self.y, self.margin, self.width - self.margin

        def op(c: Canvas, height: float) -> None:
            c.saveState()
            c.setLineWidth(weight)
            if dashed:
                c.setDash(2, 2)
            c.line(left, height - y, right, height - y)
            c.restoreState()

        self._ops.append(op)
        self.y += 2 * MM

    def qr(self, payload: str, *, size: float, x: float | None = None) -> None:
        """The QR code, centred unless ``x`` is given; quiet zone included in ``size``."""
        matrix = qr_modules(payload)
        left = (self.width - size) / 2 if x is None else x
        bottom = self.y + size

        def op(c: Canvas, height: float) -> None:
            draw_qr(c, matrix, x=left, y=height - bottom, size=size)

        self._ops.append(op)
        self.y = bottom

    def image(self, path: Path, *, height: float, align: Align = "left") -> None:
        """A logo scaled to ``height``, aspect kept (PNG or JPEG)."""
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(str(path))
        pixels_w, pixels_h = reader.getSize()
        width = height * pixels_w / pixels_h
        left = self._x(width, align, None, None)
        bottom = self.y + height

        def op(c: Canvas, page_height: float) -> None:
            c.drawImage(reader, left, page_height - bottom, width, height, mask="auto")

        self._ops.append(op)
        self.y = bottom

    def render(
        self,
        *,
        title: str,
        author: str,
        height: float | None = None,
        bottom_margin: float | None = None,
        invariant: bool = False,
        compress: bool = True,
    ) -> bytes:
        """The PDF, one page; as tall as the content when ``height`` is not given."""
        from reportlab.pdfgen.canvas import Canvas

        page_height = height or self.y + (self.margin if bottom_margin is None else bottom_margin)
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=(self.width, page_height),
            invariant=int(invariant),
            pageCompression=int(compress),
        )
        canvas.setTitle(title)
        canvas.setAuthor(author)
        canvas.setCreator("StadsPunt")
        for op in self._ops:
            op(canvas, page_height)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # -- internals --------------------------------------------------------------------------

    def _text_at(
        self,
        text: str,
        *,
        size: float,
        bold: bool,
        align: Align,
        y: float,
        x: float | None = None,
        colour: tuple[float, float, float] = BLACK,
    ) -> None:
        font, shown = font_for(text, bold=bold)
        self._draw(font, size, shown, align, x, None, colour, y)

    def _x(self, width: float, align: Align, x: float | None, box: float | None) -> float:
        left = self.margin if x is None else x
        room = self.content_width if box is None else box
        if align == "center":
            return left + (room - width) / 2 if x is not None else (self.width - width) / 2
        if align == "right":
            return left + room - width
        return left

    def _draw(  # noqa: PLR0917 (private, called from two places)
        self,
        font: str,
        size: float,
        shown: str,
        align: Align,
        x: float | None,
        box: float | None,
        colour: tuple[float, float, float],
        y: float,
    ) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        left = self._x(stringWidth(shown, font, size), align, x, box)

        def op(c: Canvas, height: float) -> None:
            c.setFillColorRGB(*colour)
            c.setFont(font, size)
            c.drawString(left, height - y, shown)

        self._ops.append(op)
