"""Run service calls off the GUI thread and hand the outcome back on it.

Why: a service call is a database transaction, and on a busy PostgreSQL server or an
unreachable one it can take seconds. A window that waits on it freezes, and a frozen counter
gets clicked twice. So widgets never call services directly; they start an ``Op`` (after
Anki's ``QueryOp``/``CollectionOp``) and get the result or the exception in a callback that
runs on the GUI thread, where touching widgets is safe.

Ops run on one worker thread, one at a time, like Anki's ``taskman``: results come back in the
order the calls were started, so a history refresh started after a registration always sees
it. Services are short transactions; a queue of them is still fast.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Ops started and not yet delivered. Holding them here keeps each op and its relay object
#: alive until the GUI thread has run the callback; without it Python could collect the relay
#: while the worker still emits on it.
_running: set[Op[Any]] = set()


class Worker(enum.StrEnum):
    """Which background thread runs an op; each runs its ops one at a time, in order.

    Devices get their own: a receipt printer that takes its ten-second timeout must not hold
    up the database calls queued behind it (the next visitor's ticket, a check-in).
    """

    DATABASE = "db"
    DEVICES = "devices"
    #: Long reads (the MI's year of figures): a teamleider's dashboard must not hold up the
    #: contact they register at the desk meanwhile.
    REPORTS = "reports"


_pools: dict[Worker, QThreadPool] = {}


def _thread_pool(worker: Worker = Worker.DATABASE) -> QThreadPool:
    """One single-thread pool per worker, created on first use."""
    pool = _pools.get(worker)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setObjectName(f"stadspunt-{worker.value}-worker")
        _pools[worker] = pool
    return pool


class _Relay(QObject):
    """Carries the outcome from the worker thread to the GUI thread.

    Created on the GUI thread, so its slots run there: the worker emits, Qt queues the call.

    Signals:
        succeeded: the callable returned; carries its result.
        failed: the callable raised; carries the exception.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op
        self.succeeded.connect(self.on_succeeded, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self.on_failed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def on_succeeded(self, result: object) -> None:
        self._op._deliver(result, None)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        assert isinstance(error, Exception)
        self._op._deliver(None, error)


class _Runnable(QRunnable):
    """The call itself, on the worker thread.

    Auto-deleted: the pool owns it and deletes it after ``run`` returns, on the worker
    thread. Dropping the last Python reference from the GUI thread instead could free it
    while the worker is still leaving ``run``.
    """

    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every failure goes back to the caller to be shown
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Op(Generic[T]):
    """One service call to run in the background.

    ``parent`` is the widget that asked: when it is gone by the time the result arrives (the
    window was closed), the callbacks are skipped instead of touching a deleted widget.
    ``on_failure`` receives the exception; turn it into text with ``app.ui.i18n.error_text``.
    """

    def __init__(
        self,
        parent: QObject,
        fn: Callable[[], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None = None,
        worker: Worker = Worker.DATABASE,
    ) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._worker = worker
        self._relay: _Relay | None = None

    def run_in_background(self) -> None:
        if self._relay is not None:
            raise RuntimeError("this Op is already running")
        self._relay = _Relay(self)
        _running.add(self)
        _thread_pool(self._worker).start(_Runnable(self._fn, self._relay))

    def _deliver(self, result: object, error: Exception | None) -> None:
        _running.discard(self)
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None
        if not shiboken6.isValid(self._parent):
            log.debug("operation finished after its widget was closed; result dropped")
            return
        if error is None:
            self._on_success(cast(T, result))
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            log.error("operation failed and nobody handles it", exc_info=error)


def run_op(
    parent: QObject,
    fn: Callable[[], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None] | None = None,
    worker: Worker = Worker.DATABASE,
) -> Op[T]:
    """Start ``fn`` in the background now; shorthand for ``Op(...).run_in_background()``."""
    op = Op(parent, fn, on_success=on_success, on_failure=on_failure, worker=worker)
    op.run_in_background()
    return op


def active_count() -> int:
    """Ops started and not yet delivered; tests wait for this to reach zero."""
    return len(_running)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Let running calls finish before the process exits, so no transaction is cut off."""
    return all([bool(pool.waitForDone(timeout_ms)) for pool in _pools.values()])
