"""Words for the codes the host view shows: kiosk steps, help reasons, device kinds and states.

The kiosk reports stable codes (contract: ``app/kiosk/flow.py`` steps and the self-service
view's ``self.*`` steps); a host reads words. A code this table does not know yet (a kiosk of a
newer version in the same hall) is shown as it is, so it is never hidden behind "unknown".
Marked with ``QT_TRANSLATE_NOOP`` and translated when shown, so a language switch takes effect.
"""

from __future__ import annotations

from datetime import datetime

from app.services.device_status import DeviceKind
from app.services.kiosk_hall import HelpReason
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM
from app.ui.i18n import translate

STEP_LABELS: dict[str, str] = {
    "starting": QT_TRANSLATE_NOOP("host_step", "Starting up"),
    "out_of_order": QT_TRANSLATE_NOOP("host_step", "Out of order"),
    "attract": QT_TRANSLATE_NOOP("host_step", "Start screen, free"),
    "language": QT_TRANSLATE_NOOP("host_step", "Choosing a language"),
    "choose": QT_TRANSLATE_NOOP("host_step", "Choosing what to do"),
    "submitting": QT_TRANSLATE_NOOP("host_step", "Registering the visit"),
    "thanks": QT_TRANSLATE_NOOP("host_step", "Thank-you screen"),
    "failed": QT_TRANSLATE_NOOP("host_step", "Error screen"),
    "queues": QT_TRANSLATE_NOOP("host_step", "Choosing a queue"),
    "issuing": QT_TRANSLATE_NOOP("host_step", "Taking a ticket"),
    "ticket": QT_TRANSLATE_NOOP("host_step", "Ticket shown"),
    "check_in": QT_TRANSLATE_NOOP("host_step", "Checking in for an appointment"),
    "bsn": QT_TRANSLATE_NOOP("host_step", "Typing the BSN"),
    "birth_date": QT_TRANSLATE_NOOP("host_step", "Typing the date of birth"),
    "checking_in": QT_TRANSLATE_NOOP("host_step", "Checking in"),
    "refused": QT_TRANSLATE_NOOP("host_step", "Check-in refused"),
    "product": QT_TRANSLATE_NOOP("host_step", "Self-service"),
    "self.document": QT_TRANSLATE_NOOP("host_step", "Self-service: scanning the ID document"),
    "self.reading": QT_TRANSLATE_NOOP("host_step", "Self-service: reading the chip"),
    "self.confirm": QT_TRANSLATE_NOOP("host_step", "Self-service: confirming"),
    "self.paying": QT_TRANSLATE_NOOP("host_step", "Self-service: paying by card"),
    "self.printing": QT_TRANSLATE_NOOP("host_step", "Self-service: printing"),
    "self.done": QT_TRANSLATE_NOOP("host_step", "Self-service: done"),
    "self.problem": QT_TRANSLATE_NOOP("host_step", "Self-service: problem"),
}

#: Steps where nobody is using the kiosk: no session age, and ending a session has no point.
IDLE_STEPS = frozenset({"starting", "out_of_order", "attract"})

REASON_LABELS: dict[HelpReason, str] = {
    HelpReason.VISITOR: QT_TRANSLATE_NOOP("help_reason", "Visitor asks for help"),
    HelpReason.PRINT_FAILED: QT_TRANSLATE_NOOP("help_reason", "Paid document not printed"),
    HelpReason.PAYMENT_PROBLEM: QT_TRANSLATE_NOOP("help_reason", "Payment problem"),
    HelpReason.DEVICE: QT_TRANSLATE_NOOP("help_reason", "Device failed during a visit"),
}

DEVICE_LABELS: dict[str, str] = {
    DeviceKind.PRINTER: QT_TRANSLATE_NOOP("device_kind", "Printer"),
    DeviceKind.CARD_READER: QT_TRANSLATE_NOOP("device_kind", "Card reader"),
    DeviceKind.PAYMENT_TERMINAL: QT_TRANSLATE_NOOP("device_kind", "Payment terminal"),
}

#: States that need nobody. "absent" is a device a station is configured without.
OK_STATES = frozenset({"ok", "idle", "ready", "printing", "busy", "online", "absent"})
#: States that need someone soon but do not stop the device yet (amber); any other not-ok
#: state, known or not, is red.
WARNING_STATES = frozenset({"paper_low"})

STATE_LABELS: dict[str, str] = {
    "paper_low": QT_TRANSLATE_NOOP("device_state", "Paper low"),
    "paper_out": QT_TRANSLATE_NOOP("device_state", "Out of paper"),
    "offline": QT_TRANSLATE_NOOP("device_state", "Offline"),
    "jammed": QT_TRANSLATE_NOOP("device_state", "Paper jam"),
    "error": QT_TRANSLATE_NOOP("device_state", "Error"),
}


def step_label(code: str) -> str:
    text = STEP_LABELS.get(code)
    return translate("host_step", text) if text else code


def reason_label(reason: str) -> str:
    try:
        text = REASON_LABELS[HelpReason(reason)]
    except ValueError:
        return reason
    return translate("help_reason", text)


def device_label(device: str) -> str:
    text = DEVICE_LABELS.get(device)
    return translate("device_kind", text) if text else device


def device_state_label(state: str) -> str:
    text = STATE_LABELS.get(state)
    return translate("device_state", text) if text else state


def is_alert(state: str) -> bool:
    return state not in OK_STATES


def is_warning(state: str) -> bool:
    """Amber rather than red."""
    return state in WARNING_STATES


def duration_text(seconds: float) -> str:
    """'0:45', '12:05', '1:02:03': a clock-like count that reads the same in both languages."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def clock_text(moment: datetime) -> str:
    """A time today in the hall's time zone: '09:31'."""
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")
