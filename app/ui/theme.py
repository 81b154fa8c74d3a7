"""The look of StadsPunt: restrained, municipal, high contrast.

Two variants on one palette. The counter is used a hundred times a day by the same people:
dense, calm, every field visible, a strong focus ring because they work by keyboard. The kiosk
is used once by anyone, including people with poor sight: very large text, touch targets of at
least 15 mm (about 90 px at 96 dpi), nothing but the next step on screen.

Colours keep WCAG AA contrast on white (text >= 4.5:1, field borders and focus >= 3:1). State is
never shown by colour alone: invalid fields also get a message, late tasks also say "late".
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

PRIMARY = "#154273"  # dark blue, the usual Dutch government accent
PRIMARY_HOVER = "#1f5a96"
PRIMARY_PRESSED = "#0e2f52"
TEXT = "#1a1a1a"
MUTED = "#4a4f57"
BORDER = "#7b818b"
SURFACE = "#ffffff"
BACKGROUND = "#eef1f5"
HEADER_BG = "#dde4ee"
ERROR = "#a4001d"
ERROR_BG = "#fdecee"
SUCCESS = "#0b5e2b"
SUCCESS_BG = "#e6f4ea"
WARNING = "#7a4a00"
WARNING_BG = "#fff3d6"
WARNING_BORDER = "#b86e00"  # amber; 3.6:1 on white, enough for a border or a dot
NOTICE = "#0b3d6e"
NOTICE_BG = "#e7f0fa"
DECEASED_BG = "#2b2f36"
FOCUS = "#ffb612"  # yellow focus ring: visible on white and on the dark blue buttons

#: Traffic-light dots of a task's norm state (green, amber, red); the state is also written out.
NORM_DOT = {"on_time": SUCCESS, "due": WARNING_BORDER, "late": ERROR}

#: Minimum kiosk touch target, px at 96 dpi (15 mm).
KIOSK_TOUCH_PX = 96


class Variant(enum.StrEnum):
    COUNTER = "counter"
    KIOSK = "kiosk"


_COMMON = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QLabel[role="banner"] {{ border-radius: 4px; padding: 8px 12px; }}
QLabel[role="banner"][kind="error"] {{
    background: {ERROR_BG}; color: {ERROR}; border: 1px solid {ERROR};
}}
QLabel[role="banner"][kind="success"] {{
    background: {SUCCESS_BG}; color: {SUCCESS}; border: 1px solid {SUCCESS};
}}
QLabel[role="banner"][kind="info"] {{
    background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER};
}}
QLabel[role="muted"] {{ color: {MUTED}; }}
"""

_COUNTER = f"""
QLineEdit, QPlainTextEdit, QComboBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 3px; padding: 4px 6px;
    min-height: 22px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{
    border: 2px solid {PRIMARY}; padding: 3px 5px;
}}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled {{
    background: {BACKGROUND}; color: {MUTED};
}}
*[invalid="true"] {{ border: 2px solid {ERROR}; background: {ERROR_BG}; padding: 3px 5px; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 3px;
    padding: 5px 14px; min-height: 22px;
}}
QPushButton:hover {{ background: {HEADER_BG}; }}
QPushButton:focus {{ border: 2px solid {PRIMARY}; padding: 4px 13px; }}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: white; border: 1px solid {PRIMARY}; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton[primary="true"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {FOCUS}; }}
QPushButton:disabled {{ background: {BACKGROUND}; color: {MUTED}; border-color: {BORDER}; }}
QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px;
    margin-top: 14px; padding: 12px 10px 10px 10px; font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {PRIMARY};
}}
QGroupBox QLabel, QGroupBox QRadioButton {{ font-weight: normal; }}
QTableView {{
    background: {SURFACE}; alternate-background-color: #f5f7fa; border: 1px solid {BORDER};
    gridline-color: #d5dae1; selection-background-color: {PRIMARY}; selection-color: white;
}}
QTableView:focus {{ border: 2px solid {PRIMARY}; }}
QTableView::item {{ padding: 0 4px; }}
QHeaderView::section {{
    background: {HEADER_BG}; color: {TEXT}; border: none; border-right: 1px solid #c4ccd8;
    padding: 5px 6px; font-weight: bold;
}}
QStatusBar {{ background: {HEADER_BG}; color: {TEXT}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QLabel[role="heading"] {{ font-size: 13pt; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="caption"] {{ font-weight: bold; }}
QLabel[role="field"] {{ padding-top: 4px; }}
QLabel[role="personName"] {{ font-size: 16pt; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="signal"] {{ border-radius: 3px; padding: 7px 10px; font-size: 11pt; }}
QLabel[role="signal"][kind="warning"] {{
    background: {WARNING_BG}; color: {TEXT}; border: 1px solid {WARNING_BORDER};
    border-left: 6px solid {ERROR};
}}
QLabel[role="signal"][kind="notice"] {{
    background: {NOTICE_BG}; color: {TEXT}; border: 1px solid {PRIMARY};
    border-left: 6px solid {PRIMARY};
}}
QLabel[role="signal"][kind="deceased"] {{
    background: {DECEASED_BG}; color: white; font-size: 13pt; font-weight: bold;
    padding: 8px 12px;
}}
QFrame[role="card"] {{
    background: {SURFACE}; border: 1px solid #c4ccd8; border-radius: 4px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLabel[role="cardTitle"] {{ font-weight: bold; color: {PRIMARY}; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{
    background: {HEADER_BG}; color: {TEXT}; border: 1px solid {BORDER}; border-bottom: none;
    padding: 5px 14px; margin-right: 2px; border-top-left-radius: 3px;
    border-top-right-radius: 3px;
}}
QTabBar::tab:selected {{ background: {SURFACE}; font-weight: bold; color: {PRIMARY}; }}
QTabBar::tab:focus {{ border: 2px solid {PRIMARY}; border-bottom: none; }}
QTabWidget#modes > QTabBar::tab {{ padding: 6px 20px; font-size: 11pt; }}
QLabel[role="articleTitle"] {{ font-size: 14pt; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="answer"] {{
    background: {NOTICE_BG}; color: {TEXT}; border: 1px solid {PRIMARY};
    border-left: 6px solid {PRIMARY}; border-radius: 3px; padding: 8px 12px; font-size: 12pt;
}}
QLabel[role="funnelAnswer"] {{
    background: {SUCCESS_BG}; color: {TEXT}; border: 1px solid {SUCCESS};
    border-left: 6px solid {SUCCESS}; border-radius: 3px; padding: 8px 12px; font-size: 11pt;
}}
QLabel[role="action"] {{
    border-radius: 3px; padding: 5px 10px; font-weight: bold; background: {HEADER_BG};
    border: 1px solid {BORDER};
}}
QLabel[role="action"][kind="hand_off"] {{
    background: {WARNING_BG}; border: 1px solid {WARNING_BORDER}; border-left: 6px solid {ERROR};
}}
QLabel[role="action"][kind="kiosk"] {{
    background: {SUCCESS_BG}; color: {SUCCESS}; border: 1px solid {SUCCESS};
}}
QLabel[role="question"] {{ font-size: 12pt; font-weight: bold; }}
QLabel[role="trail"] {{ color: {MUTED}; }}
QPushButton[option="true"] {{ text-align: left; padding: 7px 12px; }}
QPushButton[option="true"]:focus {{ padding: 6px 11px; }}
QFrame[role="funnel"] {{
    background: {SURFACE}; border: 1px solid {PRIMARY}; border-radius: 4px;
}}
QFrame[role="funnel"] QLabel {{ background: transparent; }}
QLabel[role="kiosk"][kind="yes"] {{ color: {SUCCESS}; font-weight: bold; }}
QLabel[role="kiosk"][kind="no"] {{ color: {MUTED}; }}
QLabel[role="feeNote"] {{ color: {WARNING}; }}
QListWidget {{
    background: {SURFACE}; alternate-background-color: #f5f7fa; border: 1px solid {BORDER};
}}
QListWidget:focus {{ border: 2px solid {PRIMARY}; }}
QListWidget::item {{ padding: 4px 4px; }}
QListWidget::item:selected {{ background: {PRIMARY}; color: white; }}
"""

#: Found words in a knowledge search snippet: bold on a light amber mark, dark text
#: (about 15:1), so the highlight reads without relying on the colour.
SNIPPET_MARK_BG = WARNING_BG

_KIOSK = f"""
QWidget#kioskRoot {{ background: {BACKGROUND}; }}
QWidget#kioskHeader {{ background: {PRIMARY}; }}
QLabel#kioskMunicipality {{ color: white; font-size: 26pt; font-weight: bold; }}
QLabel[role="title"] {{ font-size: 44pt; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="body"] {{ font-size: 28pt; color: {TEXT}; }}
QPushButton {{
    font-size: 24pt; min-height: {KIOSK_TOUCH_PX}px; min-width: {KIOSK_TOUCH_PX}px;
    padding: 12px 32px; border-radius: 12px;
    background: {SURFACE}; color: {PRIMARY}; border: 3px solid {PRIMARY};
}}
QPushButton:pressed {{ background: {HEADER_BG}; }}
QPushButton:focus {{ border: 4px solid {FOCUS}; }}
QPushButton[primary="true"] {{ background: {PRIMARY}; color: white; font-weight: bold; }}
QPushButton[primary="true"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[choice="true"] {{
    font-size: 30pt; font-weight: bold; min-height: 180px; text-align: left; padding: 24px 40px;
}}
QPushButton[header="true"] {{
    font-size: 20pt; font-weight: bold; background: transparent; color: white;
    border: 3px solid white; padding: 8px 16px; min-width: 150px;
}}
QPushButton[header="true"]:checked {{ background: white; color: {PRIMARY}; font-weight: bold; }}
QPushButton[header="true"]:pressed {{ background: {PRIMARY_HOVER}; }}
QPushButton#kioskHelp {{
    background: {FOCUS}; color: {TEXT}; border: 3px solid {FOCUS}; font-weight: bold;
    min-width: 150px;
}}
QPushButton#kioskHelp:focus {{ border: 4px solid white; }}
"""


def stylesheet(variant: Variant) -> str:
    return _COMMON + (_COUNTER if variant == Variant.COUNTER else _KIOSK)


def apply_theme(app: QApplication, variant: Variant) -> None:
    """Fusion style (same look on every OS), a light palette and the variant's stylesheet."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(10.5 if variant == Variant.COUNTER else 20)
    app.setFont(font)
    app.setStyleSheet(stylesheet(variant))


def set_invalid(widget: QWidget, message: str | None) -> None:
    """Mark a field as wrong (red border, message as tooltip) or clear the mark with None.

    The stylesheet keys on the dynamic ``invalid`` property; Qt only re-reads it on repolish.
    """
    invalid = message is not None
    if not invalid and not widget.property("invalid"):
        return  # nothing to clear; skip the costly repolish on every keystroke
    widget.setProperty("invalid", invalid)
    widget.setToolTip(message or "")
    widget.setAccessibleDescription(message or "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str) -> None:
    """Give a label a stylesheet role (heading, muted, title, body, banner)."""
    widget.setProperty("role", role)
