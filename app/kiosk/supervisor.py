"""Start the kiosk again after a crash, without a person at hand.

A kiosk stands alone in the hall; when its process dies (a driver segfaults, Qt aborts, an
exception escapes) the screen must come back by itself. ``stadspunt kiosk`` therefore runs
the kiosk window as a child process under ``Supervisor``:

- the child ends with exit code 0: a host closed the kiosk with the PIN; not restarted;
- any other exit code, or a signal: restarted after a pause that doubles from 1 s to at most
  30 s, so a kiosk that cannot start does not spin; the pause starts again at 1 s once the
  child had been up for 5 minutes (a crash a day is not a crash loop);
- SIGTERM or SIGINT to the supervisor (systemd stopping the service): passed on to the child,
  which closes its devices and database; killed if it has not ended within ``stop_timeout``.

Every start, exit and restart is logged for the operator. No Qt here: the supervisor must not
share the fate of what it watches. The systemd unit (``resources/systemd``) restarts the
supervisor itself, as a second net.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import FrameType

log = logging.getLogger(__name__)

#: The option that makes ``stadspunt kiosk`` run the window itself (the supervisor's child).
NO_SUPERVISE = "--no-supervise"


@dataclass(frozen=True)
class Backoff:
    """Pause before a restart: ``first``, doubled per crash in a row, at most ``longest``;
    back to ``first`` after a run of at least ``reset_after`` seconds."""

    first: float = 1.0
    longest: float = 30.0
    reset_after: float = 300.0

    def next(self, previous: float | None, uptime: float) -> float:
        """The pause after a crash, given the pause before the run that crashed (None: the
        first crash) and how long that run was up."""
        if previous is None or uptime >= self.reset_after:
            return self.first
        return min(self.longest, previous * 2)


def describe_exit(code: int) -> str:
    """ "exit code 3" or "signal SIGSEGV": what the operator reads in the log."""
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


class Supervisor:
    """Runs ``command`` until it ends with 0 or ``stop`` is called; see the module doc.

    ``restarts`` keeps (how the child ended, pause before the restart) for the tests and the
    log; ``starts`` counts the children started.
    """

    def __init__(
        self,
        command: Sequence[str],
        *,
        backoff: Backoff | None = None,
        stop_timeout: float = 15.0,
        poll: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.command = list(command)
        self.backoff = backoff or Backoff()
        self.stop_timeout = stop_timeout
        self._poll = poll
        self._clock = clock
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.restarts: list[tuple[str, float]] = []

    @property
    def child_pid(self) -> int | None:
        with self._lock:
            return self._child.pid if self._child is not None else None

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Stop supervising and pass ``signum`` to the child; safe from a signal handler."""
        self._stop.set()
        with self._lock:
            child = self._child
        if child is not None and child.poll() is None:
            log.info("stopping the kiosk (pid %d)", child.pid)
            with contextlib.suppress(ProcessLookupError):  # ended just now
                child.send_signal(signum)

    def run(self) -> int:
        """Supervise until the child ends with 0 or ``stop``; returns the exit code to use."""
        pause: float | None = None
        while not self._stop.is_set():
            started = self._clock()
            try:
                child = subprocess.Popen(self.command)  # noqa: S603 - our own command line
            except OSError as error:
                log.error("cannot start the kiosk (%s): %s", " ".join(self.command), error)
                return 1
            with self._lock:
                self._child = child
            self.starts += 1
            log.info("kiosk started (pid %d, start %d)", child.pid, self.starts)
            code = self._wait(child)
            with self._lock:
                self._child = None
            if self._stop.is_set():
                log.info("kiosk stopped (%s)", describe_exit(code))
                return 0
            if code == 0:
                log.info("kiosk closed by a host (exit code 0): not restarted")
                return 0
            uptime = self._clock() - started
            pause = self.backoff.next(pause, uptime)
            how = describe_exit(code)
            self.restarts.append((how, pause))
            log.warning(
                "kiosk (pid %d) ended with %s after %.0f s; restart %d in %g s",
                child.pid,
                how,
                uptime,
                len(self.restarts),
                pause,
            )
            if self._stop.wait(pause):
                break
        return 0

    def _wait(self, child: subprocess.Popen[bytes]) -> int:
        """The child's exit code; after ``stop``, kill it if it does not end in time."""
        deadline: float | None = None
        while True:
            try:
                return child.wait(timeout=self._poll)
            except subprocess.TimeoutExpired:
                pass
            if self._stop.is_set():
                now = self._clock()
                if deadline is None:
                    deadline = now + self.stop_timeout
                elif now >= deadline:
                    log.warning(
                        "kiosk (pid %d) did not stop within %g s: killed",
                        child.pid,
                        self.stop_timeout,
                    )
                    child.kill()
                    return child.wait()


def child_command(argv: Sequence[str]) -> list[str]:
    """The command line of the supervised kiosk: this program's arguments plus
    ``--no-supervise`` (the kiosk sub-command's own option, so it goes last)."""
    return [sys.executable, "-m", "app", *argv, NO_SUPERVISE]


def supervise(command: Sequence[str], *, backoff: Backoff | None = None) -> int:
    """Run ``command`` under a ``Supervisor`` with SIGTERM and SIGINT passed on; blocks."""
    supervisor = Supervisor(command, backoff=backoff)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        supervisor.stop(signal.SIGTERM if signum == signal.SIGINT else signum)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return supervisor.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m app.kiosk.supervisor [--first S] [--longest S] -- command ...``"""
    parser = argparse.ArgumentParser(description="restart a command when it crashes")
    parser.add_argument("--first", type=float, default=Backoff.first)
    parser.add_argument("--longest", type=float, default=Backoff.longest)
    parser.add_argument("--reset-after", type=float, default=Backoff.reset_after)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command to supervise")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    return supervise(command, backoff=Backoff(args.first, args.longest, args.reset_after))


if __name__ == "__main__":  # pragma: no cover - exercised through a subprocess in the tests
    sys.exit(main())
