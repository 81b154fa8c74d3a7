"""Sentences about waiting that the queue list, the ticket screen and (later) the printout share.

One place, so the queue button and the ticket say the same thing about the same wait. No Qt
plural forms (%n): lupdate does not see them in ``QCoreApplication.translate``, and Dutch and
English need only "one" and "more", spelled out here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.workingdays import AMSTERDAM


def wait_text(estimate_seconds: int | None) -> str:
    """Like "± 10 min wachten", or "Nu geen balie open" when no desk serves the queue."""
    if estimate_seconds is None:
        return QCoreApplication.translate("KioskWording", "No desk open right now")
    minutes = (estimate_seconds + 59) // 60
    if minutes <= 0:
        return QCoreApplication.translate("KioskWording", "No waiting time")
    return QCoreApplication.translate("KioskWording", "About {minutes} min wait").format(
        minutes=minutes
    )


def ahead_text(position: int) -> str:
    """Like "Er zijn 3 mensen voor u", or "U bent de volgende" for the first in line."""
    if position <= 0:
        return QCoreApplication.translate("KioskWording", "You are next")
    if position == 1:
        return QCoreApplication.translate("KioskWording", "There is 1 person ahead of you")
    return QCoreApplication.translate(
        "KioskWording", "There are {count} people ahead of you"
    ).format(count=position)


def clock_time(moment: datetime) -> str:
    """10:15, local time: the time on the appointment confirmation."""
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")
