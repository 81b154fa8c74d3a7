"""The fuzz suite: every parser fed from outside, with hypothesis.

Each test calls ``counter.tried(area)`` once per example; at the end of the session the counts
are printed as ``fuzz: <area> <n> examples`` lines and, when ``STADSPUNT_FUZZ_REPORT`` names a
file, written there as JSON (``{"mrz": 1234, ...}``) for docs/reliability.md.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.fuzz.counter import COUNTS

#: Pure parsers: a deadline far above their real cost, so that only a hang (a loop on bad
#: input) trips it, not a slow CI machine.
PARSER = settings(
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("STADSPUNT_FUZZ_REPORT")
    if target and COUNTS:
        Path(target).write_text(json.dumps(dict(sorted(COUNTS.items())), indent=2) + "\n")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    terminalreporter.write_sep("-", "fuzz examples")
    for area, count in sorted(COUNTS.items()):
        terminalreporter.write_line(f"fuzz: {area} {count} examples")
    terminalreporter.write_line(f"fuzz: total {sum(COUNTS.values())} examples")
