"""Run Python's cyclic garbage collector on the GUI thread only (after Anki's ``aqt.gc``).

Why: the collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is the database worker (``app.ui.ops``) while a closed window's widgets sit in a reference
cycle (a lambda slot that captures ``self`` is enough), their C++ destructors run on the worker:
Qt prints "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread" and the
process may crash. So automatic collection is switched off and a timer on the GUI thread collects
instead, as often as the thresholds would have.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 1
            if counts[2] > self._thresholds[2]:
                generation = 2
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def install(parent: QObject) -> GuiThreadCollector:
    """Once per application; returns the collector (children of ``parent``, usually the app)."""
    existing = parent.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(parent)
