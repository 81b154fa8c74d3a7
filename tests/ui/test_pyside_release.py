"""Guard against PySide6 releases with known defects that our pin must keep out.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``None`` on every void call
(``setText``, ``show``...) and to ``True`` on every ``emit``; the process aborts with
"deallocating None" after a few thousand calls, minutes of real use. ``pyproject.toml``
excludes that release. If a later release brings the defect back, this test fails (with a
count, long before anything could abort) and the pin must be widened.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    """Signals:
    ping: emitted by the test only.
    """

    ping = Signal()


def test_void_calls_and_emits_keep_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("x")
        emitter.ping.emit()
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50
