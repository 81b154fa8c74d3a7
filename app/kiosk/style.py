"""Looks of the kiosk's queue and check-in screens, on top of the KIOSK theme.

Set on the kiosk window, so they hold with or without the application theme (tests, the
screenshot script). The colours are the theme's; only the sizes are the kiosk's own: a ticket
number that can be read from two metres, keypad keys a shaking finger cannot miss.
"""

from __future__ import annotations

from app.ui.theme import (
    BORDER,
    ERROR,
    ERROR_BG,
    MUTED,
    NOTICE_BG,
    PRIMARY,
    SURFACE,
    TEXT,
    WARNING_BG,
    WARNING_BORDER,
)

#: Height of a queue button: two lines (queue, wait), less than a choice button so five
#: queues fit a landscape screen in two columns.
QUEUE_BUTTON_PX = 150
KEY_PX = 112

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
"""
