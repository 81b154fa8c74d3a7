"""Words for the codes on the dashboard's axes and legends: states, outcomes, kiosk steps.

Short on purpose: they are axis labels and legend entries, where the host view's longer step
descriptions would be cut off. A code without a word (a step a newer kiosk reports) is shown as
the code itself, never hidden.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from app.registry.models import Kanaal, Resolution
from app.registry.models_kiosk import SessionOutcome
from app.services.kpi import Grain
from app.services.text import QT_TRANSLATE_NOOP
from app.ui.i18n import locale, translate
from app.ui.labels import kanaal_label, resolution_label

HANDOFF_STATE_LABELS: dict[str, str] = {
    "on_time": QT_TRANSLATE_NOOP("mi", "Done on time"),
    "late": QT_TRANSLATE_NOOP("mi", "Done late"),
    "open_in_time": QT_TRANSLATE_NOOP("mi", "Open, in time"),
    "open_overdue": QT_TRANSLATE_NOOP("mi", "Open, overdue"),
}

OUTCOME_LABELS: dict[str, str] = {
    SessionOutcome.COMPLETED: QT_TRANSLATE_NOOP("mi", "Completed"),
    SessionOutcome.ABANDONED: QT_TRANSLATE_NOOP("mi", "Abandoned"),
    SessionOutcome.TIMED_OUT: QT_TRANSLATE_NOOP("mi", "Timed out"),
    SessionOutcome.CANCELLED_BY_HOST: QT_TRANSLATE_NOOP("mi", "Cancelled by host"),
    SessionOutcome.FAILED: QT_TRANSLATE_NOOP("mi", "Error"),
}

STEP_LABELS: dict[str, str] = {
    "language": QT_TRANSLATE_NOOP("mi_step", "Language"),
    "choose": QT_TRANSLATE_NOOP("mi_step", "Choice"),
    "thanks": QT_TRANSLATE_NOOP("mi_step", "Thank you"),
    "failed": QT_TRANSLATE_NOOP("mi_step", "Error screen"),
    "queues": QT_TRANSLATE_NOOP("mi_step", "Queue choice"),
    "issuing": QT_TRANSLATE_NOOP("mi_step", "Taking ticket"),
    "ticket": QT_TRANSLATE_NOOP("mi_step", "Ticket"),
    "check_in": QT_TRANSLATE_NOOP("mi_step", "Check-in"),
    "bsn": QT_TRANSLATE_NOOP("mi_step", "BSN"),
    "birth_date": QT_TRANSLATE_NOOP("mi_step", "Date of birth"),
    "checking_in": QT_TRANSLATE_NOOP("mi_step", "Checking in"),
    "refused": QT_TRANSLATE_NOOP("mi_step", "Check-in refused"),
    "product": QT_TRANSLATE_NOOP("mi_step", "Self-service"),
    "self.document": QT_TRANSLATE_NOOP("mi_step", "ID document"),
    "self.reading": QT_TRANSLATE_NOOP("mi_step", "Reading chip"),
    "self.confirm": QT_TRANSLATE_NOOP("mi_step", "Confirm"),
    "self.paying": QT_TRANSLATE_NOOP("mi_step", "Payment"),
    "self.printing": QT_TRANSLATE_NOOP("mi_step", "Printing"),
    "self.done": QT_TRANSLATE_NOOP("mi_step", "Self-service done"),
    "self.problem": QT_TRANSLATE_NOOP("mi_step", "Self-service problem"),
}

WAIT_SET_LABELS: dict[str, str] = {
    "p50": QT_TRANSLATE_NOOP("mi", "Median wait (min)"),
    "p90": QT_TRANSLATE_NOOP("mi", "90% waited at most (min)"),
}

_WEEK = QT_TRANSLATE_NOOP("mi", "wk {week}")


def handoff_state_label(state: str) -> str:
    return translate("mi", HANDOFF_STATE_LABELS[state])


def outcome_label(outcome: str) -> str:
    text = OUTCOME_LABELS.get(outcome)
    return translate("mi", text) if text else outcome


def step_label(step: str) -> str:
    text = STEP_LABELS.get(step)
    return translate("mi_step", text) if text else step


def channel_label(code: str) -> str:
    return kanaal_label(Kanaal(code))


def resolution_code_label(code: str) -> str:
    return resolution_label(Resolution(code))


def period_label(start: date, grain: Grain) -> str:
    """'nov 26' for a month, 'wk 47' for the ISO week starting on that Monday."""
    if grain == "month":
        return locale().toString(QDate(start.year, start.month, start.day), "MMM yy")
    return translate("mi", _WEEK).format(week=start.isocalendar().week)


def percent(share: float | None) -> str:
    """'82%'; '–' without a figure (no contacts is not 0%)."""
    return "–" if share is None else f"{round(share * 100)}%"


def wait_set_label(key: str) -> str:
    return translate("mi", WAIT_SET_LABELS[key])
