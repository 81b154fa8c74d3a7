"""Read a rendered PDF as a person and a scanner would: its text (pypdf) and its QR codes
(rasterised by poppler's ``pdftoppm``, decoded by zbar's ``zbarimg``).

Decoding the printed raster, not the drawing commands, is what catches a code that is drawn
right but cannot be scanned (too small, no quiet zone, text over it).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

#: Resolution the QR codes are decoded at: about a 203 dpi thermal head, or a laser page.
DPI = 200


def pdf_text(pdf: bytes) -> str:
    """The text of every page, in reading order as pypdf extracts it."""
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_size_mm(pdf: bytes, page: int = 0) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[page].mediabox
    return float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72


def render_png(pdf: bytes, target: Path, *, page: int = 0, dpi: int = DPI) -> Path:
    """One page as PNG at ``target`` (for looking at a layout)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                _tool("pdftoppm"),
                "-r",
                str(dpi),
                "-png",
                "-singlefile",
                "-f",
                str(page + 1),
                "-l",
                str(page + 1),
                str(source),
                str(Path(tmp) / "page"),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / "page.png", target)
    return target


def decode_qr(pdf: bytes, page: int = 0, *, dpi: int = DPI) -> list[str]:
    """The payloads of the QR codes zbar finds on the rendered page (empty list: none)."""
    with tempfile.TemporaryDirectory() as tmp:
        image = render_png(pdf, Path(tmp) / "page.png", page=page, dpi=dpi)
        result = subprocess.run(
            [_tool("zbarimg"), "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(image)],
            capture_output=True,
            timeout=60,
            check=False,
        )
    # zbarimg exits 4 when it found no symbol; anything else non-zero is a real failure.
    if result.returncode not in {0, 4}:
        raise RuntimeError(f"zbarimg failed ({result.returncode}): {result.stderr!r}")
    return [line for line in result.stdout.decode("utf-8").splitlines() if line]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is not installed (scripts/setup-debian test installs it)")
    return path
