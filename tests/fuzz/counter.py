"""How many examples each fuzzed parser was fed in this test session.

A module of its own rather than a fixture: hypothesis refuses function-scoped fixtures in
``@given`` tests, and the counts have to outlive every test for the session summary.
"""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()


def tried(area: str, n: int = 1) -> None:
    """Count one example fed to the parsers of ``area`` (``mrz``, ``opi``, ...)."""
    COUNTS[area] += n
