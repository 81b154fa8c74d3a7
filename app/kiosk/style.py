"""Looks of the kiosk's queue and check-in screens, on top of the KIOSK theme.

Set on the kiosk window, so they hold with or without the application theme (tests, the
screenshot script). The colours are the theme's; only the sizes are the kiosk's own: a ticket
number that can be read from two metres, keypad keys a shaking finger cannot miss.
"""

from __future__ import annotations

import math
import re

from PySide6.QtGui import QScreen

from app.ui.theme import (
    BACKGROUND,
    BORDER,
    ERROR,
    ERROR_BG,
    FOCUS,
    MUTED,
    NOTICE_BG,
    PRIMARY,
    SURFACE,
    TEXT,
    WARNING_BG,
    WARNING_BORDER,
    Variant,
    stylesheet,
)

#: Height of a queue button: two lines (queue, wait), less than a choice button so five
#: queues fit a landscape screen in two columns.
QUEUE_BUTTON_PX = 150
KEY_PX = 112
#: The smallest touch target, also on a screen with few dots per millimetre.
MIN_TOUCH_PX = 90
MIN_TOUCH_MM = 15.0
#: Text sizes the "A+" button switches between.
TEXT_SCALES = (1.0, 1.3)

KIOSK_SCREENS = f"""
QPushButton[queue="true"] {{ min-height: {QUEUE_BUTTON_PX}px; padding: 12px 32px; }}
QPushButton[queue="true"] QLabel {{ background: transparent; }}
QLabel[role="queueName"] {{ font-size: 30pt; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="queueWait"] {{ font-size: 22pt; color: {TEXT}; }}
QLabel[role="hint"] {{ font-size: 24pt; color: {MUTED}; }}
QFrame[role="slip"] {{
    background: {SURFACE}; border: 3px solid {PRIMARY}; border-radius: 16px;
}}
QFrame[role="slip"] QLabel {{ background: transparent; }}
QLabel[role="slipCaption"] {{ font-size: 26pt; color: {MUTED}; }}
QLabel[role="ticketCode"] {{ font-size: 110pt; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="slipQueue"] {{ font-size: 32pt; font-weight: bold; color: {TEXT}; }}
QLabel[role="slipLine"] {{ font-size: 28pt; color: {TEXT}; }}
QLabel[role="notice"] {{
    font-size: 28pt; font-weight: bold; color: {TEXT}; background: {NOTICE_BG};
    border: 2px solid {PRIMARY}; border-left: 12px solid {PRIMARY}; padding: 16px 24px;
}}
QLabel[role="warning"] {{
    font-size: 26pt; color: {TEXT}; background: {WARNING_BG};
    border: 2px solid {WARNING_BORDER}; border-left: 12px solid {WARNING_BORDER};
    padding: 12px 20px;
}}
QLabel[role="entry"] {{
    font-size: 48pt; font-weight: bold; color: {TEXT}; background: {SURFACE};
    border: 3px solid {BORDER}; border-radius: 12px; padding: 12px 24px;
}}
QLabel[role="inputError"] {{
    font-size: 24pt; color: {ERROR}; background: {ERROR_BG}; border: 2px solid {ERROR};
    border-radius: 8px; padding: 12px 20px;
}}
QPushButton[key="true"] {{
    font-size: 40pt; font-weight: bold; min-height: {KEY_PX}px; padding: 0 8px;
}}
QPushButton[key="true"][wide="true"] {{ font-size: 24pt; }}
QPushButton[wrap="true"] QLabel {{
    background: transparent; color: {PRIMARY}; font-size: 24pt;
}}
QPushButton[wrap="true"][choice="true"] QLabel {{ font-size: 30pt; font-weight: bold; }}
QPushButton[wrap="true"][primary="true"] QLabel {{ color: white; font-weight: bold; }}
QWidget#idleOverlay {{ background: rgba(0, 0, 0, 160); }}
QFrame#idleCard {{ background: {SURFACE}; border: 4px solid {PRIMARY}; border-radius: 24px; }}
QFrame#idleCard QLabel {{ background: transparent; }}
QLabel#idleCountdown {{ font-size: 30pt; font-weight: bold; color: {TEXT}; }}
"""

#: Foreground/background pairs the kiosk draws text with; a test holds each to WCAG AA.
TEXT_COLOURS: tuple[tuple[str, str, str], ...] = (
    ("body text", TEXT, BACKGROUND),
    ("text on a card", TEXT, SURFACE),
    ("title", PRIMARY, BACKGROUND),
    ("button text", PRIMARY, SURFACE),
    ("primary button", "#ffffff", PRIMARY),
    ("header", "#ffffff", PRIMARY),
    ("hint", MUTED, BACKGROUND),
    ("slip caption", MUTED, SURFACE),
    ("notice", TEXT, NOTICE_BG),
    ("warning", TEXT, WARNING_BG),
    ("input error", ERROR, ERROR_BG),
    ("help button", TEXT, FOCUS),
)

_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def touch_px(screen: QScreen | None) -> int:
    """The smallest button side in pixels: 15 mm on this screen, never below 90 px."""
    if screen is None:
        return MIN_TOUCH_PX
    dpi = screen.physicalDotsPerInch()
    if not math.isfinite(dpi) or dpi <= 0:
        return MIN_TOUCH_PX
    # Rounded first: 15 mm at 254 dpi is 150 px, not 150.0000001.
    return max(MIN_TOUCH_PX, math.ceil(round(MIN_TOUCH_MM / 25.4 * dpi, 6)))


def scale_fonts(sheet: str, scale: float) -> str:
    """Every ``font-size: Npt`` in ``sheet`` times ``scale`` (the "A+" button)."""
    if scale == 1.0:
        return sheet
    return _FONT_SIZE.sub(lambda m: f"font-size: {round(float(m[1]) * scale)}pt", sheet)


def kiosk_sheet(touch: int = MIN_TOUCH_PX, scale: float = 1.0) -> str:
    """The kiosk window's whole style sheet: the theme's kiosk rules, the screens' own, and
    touch targets of at least ``touch`` pixels, with fonts scaled by ``scale``.

    Set on the window itself, so it holds with or without the application theme and so the
    text size can change while the kiosk runs.
    """
    sizes = f"""
QPushButton {{ min-height: {touch}px; min-width: {touch}px; }}
QPushButton[queue="true"] {{ min-height: {max(touch, QUEUE_BUTTON_PX)}px; }}
QPushButton[key="true"] {{ min-height: {max(touch, KEY_PX)}px; }}
QPushButton#kioskLargerText {{ min-width: {touch}px; padding: 8px 12px; }}
"""
    # The header keeps its size: it is the same on every screen and has no room to grow.
    header = """
QLabel#kioskMunicipality { font-size: 26pt; }
QPushButton[header="true"] { font-size: 20pt; }
"""
    return scale_fonts(stylesheet(Variant.KIOSK) + KIOSK_SCREENS + sizes, scale) + header


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
