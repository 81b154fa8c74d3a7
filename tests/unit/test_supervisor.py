"""The kiosk supervisor restarts a crashed kiosk and leaves a closed one closed."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.kiosk.supervisor import (
    NO_SUPERVISE,
    Backoff,
    Supervisor,
    child_command,
    describe_exit,
)

ROOT = Path(__file__).resolve().parents[2]

#: Crashes on its first run (exit 3), is killed by a signal on its second, ends well after.
CRASH_TWICE = """
import os, signal, sys
from pathlib import Path
runs = Path(sys.argv[1])
count = int(runs.read_text()) + 1 if runs.exists() else 1
runs.write_text(str(count))
if count == 1:
    sys.exit(3)
if count == 2:
    os.kill(os.getpid(), signal.SIGSEGV)
sys.exit(0)
"""

#: Writes its pid, then waits for SIGTERM, writes that it got it and ends with 143.
WAIT_FOR_TERM = """
import os, signal, sys, time
from pathlib import Path
out = Path(sys.argv[1])
def term(signum, frame):
    out.with_suffix(".term").write_text("stopped cleanly")
    sys.exit(143)
signal.signal(signal.SIGTERM, term)
out.write_text(str(os.getpid()))
while True:
    time.sleep(0.05)
"""

FAST = Backoff(first=0.05, longest=0.2, reset_after=300.0)


def test_backoff_doubles_to_thirty_seconds_and_resets_after_five_minutes() -> None:
    backoff = Backoff()
    pauses: list[float] = []
    pause: float | None = None
    for _ in range(8):
        pause = backoff.next(pause, uptime=2.0)
        pauses.append(pause)
    assert pauses == [1, 2, 4, 8, 16, 30, 30, 30]
    assert backoff.next(30, uptime=299.0) == 30
    assert backoff.next(30, uptime=300.0) == 1


def test_describe_exit() -> None:
    assert describe_exit(3) == "exit code 3"
    assert describe_exit(-signal.SIGSEGV) == "signal SIGSEGV"


def test_the_child_command_runs_the_kiosk_itself() -> None:
    assert child_command(["--config", "k.toml", "kiosk"]) == [
        sys.executable,
        "-m",
        "app",
        "--config",
        "k.toml",
        "kiosk",
        NO_SUPERVISE,
    ]


def test_a_crashing_kiosk_is_restarted_until_it_exits_with_zero(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    runs = tmp_path / "runs"
    supervisor = Supervisor([sys.executable, "-c", CRASH_TWICE, str(runs)], backoff=FAST)
    with caplog.at_level(logging.INFO, logger="app.kiosk.supervisor"):
        assert supervisor.run() == 0
    assert runs.read_text() == "3"
    assert supervisor.starts == 3
    assert supervisor.restarts == [("exit code 3", 0.05), ("signal SIGSEGV", 0.1)]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "ended with exit code 3" in warnings[0] and "restart 1 in 0.05 s" in warnings[0]
    assert "ended with signal SIGSEGV" in warnings[1] and "restart 2 in 0.1 s" in warnings[1]
    assert "kiosk closed by a host (exit code 0): not restarted" in caplog.messages


def test_the_pause_grows_to_its_longest(tmp_path: Path) -> None:
    supervisor = Supervisor([sys.executable, "-c", "import sys; sys.exit(1)"], backoff=FAST)
    runner = threading.Thread(target=supervisor.run)
    runner.start()
    try:
        deadline = time.monotonic() + 30
        while len(supervisor.restarts) < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        supervisor.stop()
        runner.join(30)
    assert not runner.is_alive()
    assert [pause for _, pause in supervisor.restarts[:5]] == [0.05, 0.1, 0.2, 0.2, 0.2]


def test_stop_passes_sigterm_to_the_child(tmp_path: Path) -> None:
    out = tmp_path / "child.pid"
    supervisor = Supervisor([sys.executable, "-c", WAIT_FOR_TERM, str(out)], backoff=FAST)
    result: list[int] = []
    runner = threading.Thread(target=lambda: result.append(supervisor.run()))
    runner.start()
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    supervisor.stop()
    runner.join(30)
    assert result == [0]
    assert out.with_suffix(".term").read_text() == "stopped cleanly"
    assert supervisor.starts == 1 and supervisor.restarts == []


def test_a_child_that_ignores_sigterm_is_killed(tmp_path: Path) -> None:
    ignore = (
        "import signal, sys, time; from pathlib import Path; "
        "signal.signal(signal.SIGTERM, signal.SIG_IGN); Path(sys.argv[1]).write_text('up'); "
        "time.sleep(60)"
    )
    out = tmp_path / "up"
    supervisor = Supervisor([sys.executable, "-c", ignore, str(out)], stop_timeout=0.3)
    runner = threading.Thread(target=supervisor.run)
    runner.start()
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    pid = supervisor.child_pid
    assert pid is not None
    supervisor.stop()
    runner.join(30)
    assert not runner.is_alive()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_sigterm_to_the_supervisor_process_stops_both(tmp_path: Path) -> None:
    out = tmp_path / "child.pid"
    supervisor = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.kiosk.supervisor",
            "--first",
            "0.05",
            "--",
            sys.executable,
            "-c",
            WAIT_FOR_TERM,
            str(out),
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert out.exists(), "the child did not start"
        supervisor.send_signal(signal.SIGTERM)
        _, stderr = supervisor.communicate(timeout=30)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
    assert supervisor.returncode == 0, stderr
    assert out.with_suffix(".term").read_text() == "stopped cleanly"
    assert "kiosk stopped (exit code 143)" in stderr
    assert "restart" not in stderr
