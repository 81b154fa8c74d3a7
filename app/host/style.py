"""The host view's look on top of the counter theme: larger type and touch-sized buttons.

The host uses a tablet in the hall as often as a desk PC, standing, often at arm's length:
buttons at least 48 px high (about 9 mm on a 10-inch 1280x800 tablet, the usual touch
guideline), text a size larger than the counter's, and every state written out as well as
coloured (red = needs someone now, amber = soon). Sizes grow with the window (``scale``) so
1920x1080 reads like 1280x800.
"""

from __future__ import annotations

from app.ui import theme

#: Window width the sizes are designed for; wider windows scale up, to at most ``MAX_SCALE``.
REFERENCE_WIDTH = 1280
MAX_SCALE = 1.3
#: Base font at the reference width, in points.
BASE_POINTS = 11.5


def scale_for(width: int) -> float:
    return max(1.0, min(MAX_SCALE, width / REFERENCE_WIDTH))


def stylesheet(scale: float) -> str:
    def px(value: float) -> int:
        return max(1, round(value * scale))

    return f"""
QWidget#hostHeader {{ background: {theme.PRIMARY}; }}
QWidget#hostHeader QLabel {{ color: white; }}
QLabel#hostTitle {{ font-size: {px(20)}px; font-weight: bold; }}
QLabel#hostUser, QLabel#hostUpdated {{ font-size: {px(15)}px; }}
QMessageBox QLabel {{ font-size: {px(15)}px; }}
QMessageBox QLabel#qt_msgbox_informativelabel {{ min-width: {px(420)}px; }}
QLabel#hostAlert {{
    background: {theme.ERROR}; color: white; font-weight: bold; font-size: {px(18)}px;
    padding: {px(8)}px {px(14)}px; border-radius: 4px;
}}
QGroupBox {{ font-size: {px(16)}px; }}
QPushButton {{
    min-height: {px(48)}px; min-width: {px(72)}px; padding: {px(4)}px {px(16)}px;
    font-size: {px(15)}px;
}}
QPushButton:focus {{ padding: {px(3)}px {px(15)}px; }}
QFrame[role="hostRow"] {{
    background: {theme.SURFACE}; border: 1px solid #c4ccd8; border-left: {px(8)}px solid #c4ccd8;
    border-radius: 4px;
}}
QFrame[role="hostRow"] QLabel {{ background: transparent; }}
QFrame[role="hostRow"][kind="alert"], QFrame[role="hostRow"][kind="new"] {{
    background: {theme.ERROR_BG}; border: 2px solid {theme.ERROR};
    border-left: {px(8)}px solid {theme.ERROR};
}}
QFrame[role="hostRow"][kind="warning"] {{
    background: {theme.WARNING_BG}; border: 1px solid {theme.WARNING_BORDER};
    border-left: {px(8)}px solid {theme.WARNING_BORDER};
}}
QFrame[role="hostRow"][kind="coming"] {{
    background: {theme.NOTICE_BG}; border: 1px solid {theme.PRIMARY};
    border-left: {px(8)}px solid {theme.PRIMARY};
}}
QFrame[role="hostRow"][kind="done"] {{ border-left: {px(8)}px solid {theme.SUCCESS}; }}
QLabel[role="rowTitle"] {{ font-size: {px(17)}px; font-weight: bold; color: {theme.PRIMARY}; }}
QLabel[role="rowText"] {{ font-size: {px(15)}px; }}
QLabel[role="rowMuted"] {{ font-size: {px(14)}px; color: {theme.MUTED}; }}
QLabel[role="bigCount"] {{ font-size: {px(26)}px; font-weight: bold; color: {theme.TEXT}; }}
QLabel[role="allClear"] {{ font-size: {px(15)}px; color: {theme.SUCCESS}; font-weight: bold; }}
QLabel[role="caption"] {{ font-size: {px(14)}px; }}
QLabel[role="pill"] {{
    font-size: {px(13)}px; font-weight: bold; border-radius: {px(10)}px;
    padding: {px(2)}px {px(10)}px; color: white; background: {theme.MUTED};
}}
QLabel[role="pill"][kind="online"] {{ background: {theme.SUCCESS}; }}
QLabel[role="pill"][kind="offline"], QLabel[role="pill"][kind="alert"] {{
    background: {theme.ERROR};
}}
QLabel[role="pill"][kind="warning"] {{
    background: {theme.WARNING_BG}; color: {theme.WARNING}; border: 1px solid {theme.WARNING};
}}
QLabel[role="queuePrefix"] {{
    background: {theme.PRIMARY}; color: white; font-size: {px(20)}px; font-weight: bold;
    border-radius: {px(6)}px; min-width: {px(40)}px; min-height: {px(40)}px;
    qproperty-alignment: AlignCenter;
}}
QFrame[role="hostRow"] QLabel[role="queuePrefix"] {{ background: {theme.PRIMARY}; }}
QFrame[role="hostRow"] QLabel[role="pill"] {{ background: {theme.MUTED}; }}
QFrame[role="hostRow"] QLabel[role="pill"][kind="online"] {{ background: {theme.SUCCESS}; }}
QFrame[role="hostRow"] QLabel[role="pill"][kind="offline"],
QFrame[role="hostRow"] QLabel[role="pill"][kind="alert"] {{ background: {theme.ERROR}; }}
QFrame[role="hostRow"] QLabel[role="pill"][kind="warning"] {{
    background: {theme.WARNING_BG}; color: {theme.WARNING};
}}
QLabel[role="banner"] {{ font-size: {px(14)}px; }}
QPlainTextEdit, QCheckBox {{ font-size: {px(15)}px; }}
QCheckBox::indicator {{ width: {px(24)}px; height: {px(24)}px; }}
"""
