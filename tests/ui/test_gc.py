"""The cyclic garbage collector runs on the GUI thread only."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from app.ui.gc import GuiThreadCollector, install


def test_collector_disables_automatic_collection_and_collects_on_its_timer(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    gc.enable()
    collector = GuiThreadCollector(owner, interval_ms=10)
    try:
        assert not gc.isenabled()

        class Cycle:
            def __init__(self) -> None:
                self.me = self

        threshold = gc.get_threshold()[0]
        for _ in range(threshold + 10):
            Cycle()
        assert gc.get_count()[0] > threshold
        qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=2000)
        assert install(owner) is collector  # one per application
    finally:
        collector.stop()
        gc.disable()  # the test fixture re-enables it
    assert gc.get_count()[0] < gc.get_threshold()[0]
