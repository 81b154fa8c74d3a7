"""Dutch working days for service norms.

Norms are promised to residents in working days ("binnen 5 werkdagen"), so weekends and the
national holidays (Koningsdag, Hemelvaart, tweede Paas- en Pinksterdag, Kerst, ...) do not
count. The ``holidays`` package knows the moving and shifting dates (Koningsdag moves to the
Saturday when 27 April is a Sunday); we do not keep our own list.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@lru_cache(maxsize=64)
def _holidays_for(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_public_holiday(day: date) -> bool:
    return day in _holidays_for(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_for(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself never counts).

    A hand-off on Friday with a norm of 1 working day is due on Monday, or on Tuesday when that
    Monday is a holiday.
    """
    if days < 0:
        raise ValueError("a service norm cannot be negative")
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def local_date(moment: datetime) -> date:
    """The calendar date in the municipality's time zone (a hand-off at 00:30 CET is today)."""
    return moment.astimezone(AMSTERDAM).date()


def utc_midnight(day: date) -> datetime:
    """The start of an Amsterdam day as a UTC instant: periods are Amsterdam days, stored
    times are UTC, so a day's rows are one range on an indexed column."""
    return datetime.combine(day, time(), AMSTERDAM).astimezone(UTC)


class NormState(enum.StrEnum):
    ON_TIME = "on_time"
    DUE = "due"
    LATE = "late"


def norm_state(deadline: date, today: date) -> NormState:
    if today < deadline:
        return NormState.ON_TIME
    if today == deadline:
        return NormState.DUE
    return NormState.LATE
