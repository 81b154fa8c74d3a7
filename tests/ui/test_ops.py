"""Background operations: results and errors arrive on the GUI thread, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui import ops
from tests.ui.conftest import wait_for_ops


def test_result_arrives_on_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    ops.run_op(
        owner,
        work,
        on_success=lambda value: seen.append(
            (value, threading.current_thread() is threading.main_thread())
        ),
    )
    wait_for_ops(qtbot)
    assert seen == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()


def test_failure_is_delivered_and_order_is_kept(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    events: list[str] = []

    def boom() -> None:
        raise ValueError("broken")

    ops.run_op(
        owner,
        boom,
        on_success=lambda _: events.append("ok?"),
        on_failure=lambda exc: events.append(f"failed: {exc}"),
    )
    ops.run_op(owner, lambda: "second", on_success=events.append)
    wait_for_ops(qtbot)
    assert events == ["failed: broken", "second"]


def test_callbacks_skipped_when_owner_is_gone(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    ops.run_op(owner, lambda: release.wait(5), on_success=called.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    wait_for_ops(qtbot)
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


@pytest.mark.parametrize("worker", [ops.Worker.DEVICES, ops.Worker.REPORTS])
def test_a_slow_op_elsewhere_does_not_hold_up_the_database_worker(
    qtbot: QtBot, worker: ops.Worker
) -> None:
    """A printer waiting for its timeout, or a year of MI figures, runs on its own worker, not
    before the next query."""
    widget = QWidget()
    qtbot.addWidget(widget)
    release = threading.Event()
    done: list[str] = []
    ops.run_op(
        widget,
        lambda: release.wait(5) and "printed",
        on_success=done.append,
        worker=worker,
    )
    ops.run_op(widget, lambda: "queried", on_success=done.append)
    qtbot.waitUntil(lambda: done == ["queried"], timeout=2000)
    release.set()
    wait_for_ops(qtbot)
    assert done == ["queried", "printed"]
    assert ops.shutdown(1000)
