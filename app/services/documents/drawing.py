"""Drawing helpers shared by every printed document: fonts, the QR code, euro amounts.

The QR code is drawn as vector squares straight from the ``qrcode`` library's module matrix:
no raster image, so no Pillow, and it prints sharp on a laser page and a thermal head alike.
Each row's dark modules are merged into runs, drawn in module units (the canvas is scaled),
so the PDF holds one small integer rectangle per run and the matrix can be read back exactly.

Text is set in Helvetica (built into every PDF reader: nothing embedded, fast) wherever it
fits Helvetica's Latin-1-like encoding. A string that does not ("Şahin", "Łukasz") is set in a
Unicode TrueType font found on the system, embedded as a subset; without one its letters are
folded to their base form ("Sahin"), still readable, unlike the empty boxes Helvetica prints.

reportlab and qrcode are imported where they are used: every mode imports the services at
start, and only a few screens ever print.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Language = Literal["nl", "en"]

MM = 72 / 25.4  # PDF units (points) per millimetre

#: Where a Unicode font is looked for when a text does not fit Helvetica (Debian, Fedora,
#: Windows); the first pair found is used.
UNICODE_FONT_CANDIDATES: tuple[tuple[Path, Path], ...] = (
    (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
    (
        Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
    ),
    (Path("C:/Windows/Fonts/arial.ttf"), Path("C:/Windows/Fonts/arialbd.ttf")),
)

#: Letters NFKD does not decompose.
_FOLD_EXTRA = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ħ": "h", "ø": "o"}


def check_language(language: str) -> Language:
    if language == "nl":
        return "nl"
    if language == "en":
        return "en"
    raise ValueError(f"no document text in language {language!r}")


def fits_helvetica(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def fold(text: str) -> str:
    """'Şahin' -> 'Sahin'; characters with no base letter become '?'."""
    if fits_helvetica(text):
        return text
    out = []
    for char in text:
        if fits_helvetica(char):
            out.append(char)
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        out.append(base if base and fits_helvetica(base) else _FOLD_EXTRA.get(char, "?"))
    return "".join(out)


@lru_cache(maxsize=4)
def find_unicode_fonts(candidates: tuple[tuple[Path, Path], ...]) -> tuple[str, str] | None:
    """(regular, bold) names of a registered Unicode TrueType font, or None."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in candidates:
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("StadsPuntSans", str(regular)))
            pdfmetrics.registerFont(TTFont("StadsPuntSans-Bold", str(bold)))
            return "StadsPuntSans", "StadsPuntSans-Bold"
    return None


def default_unicode_fonts() -> tuple[str, str] | None:
    return find_unicode_fonts(UNICODE_FONT_CANDIDATES)


def font_for(
    text: str,
    *,
    bold: bool,
    unicode_fonts: Callable[[], tuple[str, str] | None] = default_unicode_fonts,
) -> tuple[str, str]:
    """The font to draw ``text`` in, and the text as it will be drawn.

    Chosen per string, so one unusual name embeds a font subset of a few glyphs instead of
    switching the whole page to an embedded font (which costs tens of milliseconds).
    ``unicode_fonts`` is only called for such a string: registering a TrueType font is slow.
    """
    helvetica = "Helvetica-Bold" if bold else "Helvetica"
    if fits_helvetica(text):
        return helvetica, text
    fonts = unicode_fonts()
    if fonts is not None:
        return fonts[1 if bold else 0], text
    return helvetica, fold(text)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code's modules, quiet zone included (True = dark), top row first."""
    return [list(row) for row in qr_modules(payload)]


@lru_cache(maxsize=32)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Cached for a few payloads: a screen may show the code and print it, in two languages,
    and choosing the mask pattern is most of a document's render time."""
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(module) for module in row) for row in code.get_matrix())


def draw_qr(
    canvas: Canvas, matrix: Sequence[Sequence[bool]], *, x: float, y: float, size: float
) -> None:
    """The matrix as filled squares in a ``size`` square whose lower left corner is (x, y).

    Drawn in module units (one unit = one module, origin at the bottom row) with each row's
    dark runs as one rectangle, in a single filled path. The path is written as PDF operators
    directly: the coordinates are small integers, and reportlab's path object would format
    some 300 of them as floats, which was a third of the render time.
    """
    count = len(matrix)
    module = size / count
    operators = []
    for row_index, row in enumerate(matrix):
        bottom = count - 1 - row_index
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            run = column
            while run < count and row[run]:
                run += 1
            operators.append(f"{column} {bottom} {run - column} 1 re")
            column = run
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(module, module)
    canvas.setFillColorRGB(0, 0, 0)
    if operators:
        canvas.addLiteral("\n".join(operators) + "\nf")
    canvas.restoreState()
