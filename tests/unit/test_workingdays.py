"""Dutch working days for service-norm deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.workingdays import (
    NormState,
    add_working_days,
    is_working_day,
    local_date,
    norm_state,
)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 25), 0, date(2026, 11, 25)),  # Wednesday, no norm: same day
        (date(2026, 11, 25), 1, date(2026, 11, 26)),
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday -> Monday
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # Saturday -> Monday
        (date(2026, 4, 24), 1, date(2026, 4, 28)),  # Koningsdag Monday 27 April 2026
        (date(2025, 4, 25), 1, date(2025, 4, 28)),  # 2025: Koningsdag on Saturday 26 April
        (date(2026, 12, 24), 1, date(2026, 12, 28)),  # Christmas days
        (date(2026, 5, 13), 1, date(2026, 5, 15)),  # Hemelvaartsdag Thursday 14 May 2026
        (date(2026, 11, 2), 10, date(2026, 11, 16)),
    ],
)
def test_add_working_days(start: date, days: int, expected: date) -> None:
    assert add_working_days(start, days) == expected


def test_koningsdag_shifts_to_saturday_when_27_april_is_sunday() -> None:
    assert not is_working_day(date(2025, 4, 26))  # Saturday anyway, but marked a holiday
    assert is_working_day(date(2025, 4, 28))


def test_negative_norm_is_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_working_days(date(2026, 1, 5), -1)


def test_local_date_is_amsterdam() -> None:
    # 23:30 UTC on 25 Nov is already 26 Nov in Amsterdam (CET, +1).
    assert local_date(datetime(2026, 11, 25, 23, 30, tzinfo=UTC)) == date(2026, 11, 26)


def test_norm_state() -> None:
    deadline = date(2026, 11, 30)
    assert norm_state(deadline, date(2026, 11, 27)) is NormState.ON_TIME
    assert norm_state(deadline, deadline) is NormState.DUE
    assert norm_state(deadline, date(2026, 12, 1)) is NormState.LATE


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)), st.integers(1, 60))
def test_deadline_is_a_working_day_after_start_with_exact_count(start: date, days: int) -> None:
    end = add_working_days(start, days)
    assert end > start
    assert is_working_day(end)
    span = [date.fromordinal(o) for o in range(start.toordinal() + 1, end.toordinal() + 1)]
    assert sum(is_working_day(d) for d in span) == days
