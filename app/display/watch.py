"""Keep the board current: wake on a change in the database, read the board, hand it to the GUI.

One thread of its own, not the shared ``app.ui.ops`` worker: waiting for a change blocks for
as long as nothing happens, and that would hold up every other operation queued behind it.
The thread reads the board itself (services are thread-safe) and sends the result to the GUI
thread through a queued signal, so widgets are only touched there.

Also without a change the board is read every ``refresh_seconds``: the wait estimates move
with time and with desks opening and closing, which need not wake the watcher.

When the database cannot be reached the last board stays up; the thread retries with a
growing pause (``BACKOFF_SECONDS``) and logs the outage once, not every attempt.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from app.registry.db import DatabaseUnavailableError
from app.registry.notify import ChangeWatcher
from app.services.queue import DisplayBoard

log = logging.getLogger(__name__)

REFRESH_SECONDS = 15.0
#: Pauses between attempts while the database is unreachable.
BACKOFF_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)
#: Longest single wait: how long ``stop`` may take at most (plus a board read in flight).
WAIT_SLICE_SECONDS = 0.25
#: Notifications already waiting that one board read answers together.
MAX_COALESCE = 100

#: Started watchers not yet stopped. Holding them here means Python never deletes a running
#: thread (Qt aborts the process for that), whatever happens to the window that started it.
_running: set[BoardWatcher] = set()


def stop_all(timeout_ms: int = 10_000) -> None:
    """Stop every watcher still running (at exit, after the windows)."""
    for watcher in list(_running):
        watcher.stop(timeout_ms)


class BoardWatcher(QThread):
    """Reads the board now, after every change, and every ``refresh_seconds``.

    Signals:
        board_ready: a fresh ``DisplayBoard``.
        unavailable: the database cannot be reached; carries the reason (for the log only).
    """

    board_ready = Signal(object)
    unavailable = Signal(str)

    def __init__(
        self,
        read_board: Callable[[], DisplayBoard],
        create_watcher: Callable[[], ChangeWatcher],
        *,
        refresh_seconds: float = REFRESH_SECONDS,
        backoff_seconds: tuple[float, ...] = BACKOFF_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stadspunt-display-watcher")
        self._read_board = read_board
        self._create_watcher = create_watcher
        self._refresh = refresh_seconds
        self._backoff = backoff_seconds
        self._stopping = threading.Event()

    def start_watching(self) -> None:
        """Start the thread; it stays referenced here until it has stopped."""
        if not self.isRunning() and not self._stopping.is_set():
            _running.add(self)
            self.start()

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Ask the loop to end and wait for it; True once the thread has finished."""
        self._stopping.set()
        stopped = bool(self.wait(timeout_ms)) if self.isRunning() else True
        if stopped:
            _running.discard(self)
        return stopped

    def run(self) -> None:
        watcher: ChangeWatcher | None = None
        failures = 0
        try:
            while not self._stopping.is_set():
                try:
                    if watcher is None:
                        watcher = self._create_watcher()
                        # Take the watcher's baseline before reading, so a change between
                        # the read and the first wait still wakes it.
                        watcher.wait(0)
                    board = self._read_board()
                    if failures:
                        log.info("database reachable again after %d failed attempts", failures)
                        failures = 0
                    self.board_ready.emit(board)
                    self._wait_for_change(watcher)
                except DatabaseUnavailableError as exc:
                    if failures == 0:
                        log.warning("display cannot reach the database: %s", exc)
                    self.unavailable.emit(str(exc))
                    _close(watcher)
                    watcher = None
                    self._pause(self._backoff[min(failures, len(self._backoff) - 1)])
                    failures += 1
                except Exception:
                    # A bug must not freeze the board for the rest of the day: log, back off,
                    # and try again from a fresh watcher. The traceback once, not every retry.
                    log.error("display board update failed", exc_info=failures == 0)
                    self.unavailable.emit("internal error")
                    _close(watcher)
                    watcher = None
                    self._pause(self._backoff[min(failures, len(self._backoff) - 1)])
                    failures += 1
        finally:
            _close(watcher)

    def _wait_for_change(self, watcher: ChangeWatcher) -> None:
        deadline = time.monotonic() + self._refresh
        while not self._stopping.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            if watcher.wait(min(WAIT_SLICE_SECONDS, remaining)):
                # Thirty desks calling at once notify thirty times; one read shows them all.
                for _ in range(MAX_COALESCE):
                    if not watcher.wait(0):
                        break
                return

    def _pause(self, seconds: float) -> None:
        self._stopping.wait(seconds)


def _close(watcher: ChangeWatcher | None) -> None:
    if watcher is not None:
        try:
            watcher.close()
        except Exception:
            log.debug("closing the change watcher failed", exc_info=True)
