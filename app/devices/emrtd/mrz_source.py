"""Where MRZ text comes from: a keyboard-wedge document scanner, manual entry, later OCR.

The UI pushes whatever text arrives (keystrokes from a scanner that poses as a keyboard, or a
block typed by staff) into an ``MrzSource`` and gets back complete results; it never has to
know how the lines were assembled. Results are returned, not raised: a mis-scan is an event
to show, not a failure of the caller.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from .mrz import ALPHABET, SHAPES, MrzData, MrzError, parse_mrz

MrzResult = MrzData | MrzError

_LINES_FOR_WIDTH = {width: count for count, width in SHAPES.values()}
_MAX_LINE = max(_LINES_FOR_WIDTH)


class MrzSource(Protocol):
    def feed(self, text: str) -> list[MrzResult]:
        """Take input text; return every MRZ it completed (usually none or one)."""
        ...

    def reset(self) -> None:
        """Drop partial input (the visitor walked away, the screen changed)."""
        ...


class ManualMrzEntry:
    """Staff or a host type or paste the whole MRZ at once: one parse per submission."""

    def feed(self, text: str) -> list[MrzResult]:
        try:
            return [parse_mrz(text)]
        except MrzError as error:
            return [error]

    def reset(self) -> None:
        return None


class KeyboardWedgeMrzBuffer:
    """Assembles the lines a document scanner types, each ending with Enter.

    Stray Enter presses and blank lines are ignored. A line that cannot be an MRZ line, or
    one whose width differs from the lines before it, throws the partial block away (a new
    scan may start with it). Input arriving more than ``timeout`` seconds after the previous
    input starts afresh, so half a scan never merges with the next visitor's document.
    """

    def __init__(
        self, *, timeout: float = 2.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._timeout = timeout
        self._clock = clock
        self._lines: list[str] = []
        self._current: list[str] = []
        self._last: float | None = None

    def reset(self) -> None:
        self._lines = []
        self._current = []

    @property
    def pending(self) -> bool:
        """Whether part of an MRZ is buffered (the UI may show 'reading...')."""
        return bool(self._lines or self._current)

    def feed(self, text: str) -> list[MrzResult]:
        now = self._clock()
        if self._last is not None and now - self._last > self._timeout:
            self.reset()
        self._last = now
        results: list[MrzResult] = []
        for char in text:
            if char in "\r\n":
                result = self._end_line()
                if result is not None:
                    results.append(result)
            elif not char.isspace():
                self._current.append(char)
                if len(self._current) > _MAX_LINE:
                    self.reset()
        return results

    def _end_line(self) -> MrzResult | None:
        line = "".join(self._current).upper()
        self._current = []
        if not line:
            return None
        width = len(line)
        if width not in _LINES_FOR_WIDTH or not set(line) <= ALPHABET:
            self.reset()
            return None
        if self._lines and len(self._lines[0]) != width:
            self.reset()
        self._lines.append(line)
        if len(self._lines) < _LINES_FOR_WIDTH[width]:
            return None
        block = "\n".join(self._lines)
        self.reset()
        try:
            return parse_mrz(block)
        except MrzError as error:
            return error
