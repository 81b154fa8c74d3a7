"""``stadspunt display`` as a process: it comes up on a database, and stays up without one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.services import Services
from app.services.seed import seed_reference


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "STADSPUNT_LOG_DIR": str(tmp_path / "logs"),
    }


Start = Callable[[str], "subprocess.Popen[str]"]


@pytest.fixture
def display(environment: dict[str, str]) -> Iterator[Start]:
    processes: list[subprocess.Popen[str]] = []

    def start(url: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--database-url", url, "display", "--windowed"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        process.terminate()
        process.communicate(timeout=10)


def _wait_for_log(path: Path, text: str, process: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        log = path.read_text(encoding="utf-8") if path.exists() else ""
        if text in log:
            return log
        if process.poll() is not None:
            _out, err = process.communicate()
            pytest.fail(f"display exited with {process.returncode}: {err}")
        time.sleep(0.1)
    pytest.fail(f"{text!r} not in {path} after 30 s")


def test_display_shows_the_board_of_a_migrated_database(tmp_path: Path, display: Start) -> None:
    url = f"sqlite:///{tmp_path / 'display.db'}"
    db = Database(url)
    migrate.upgrade(db)
    seed_reference(Services(db, Settings(database_url=url)), ("KIOSK-01",))
    db.dispose()

    process = display(url)

    log = _wait_for_log(tmp_path / "logs" / "display.log", "display showing", process)
    assert "display showing 0 calls and 5 queues" in log
    assert process.poll() is None


def test_display_keeps_running_without_a_database(tmp_path: Path, display: Start) -> None:
    process = display("postgresql+psycopg://u:p@127.0.0.1:9/none")

    log = _wait_for_log(
        tmp_path / "logs" / "display.log", "display cannot reach the database", process
    )
    time.sleep(1.5)  # a retry or two later it is still there
    assert process.poll() is None
    assert "Traceback" not in log


def test_display_refuses_an_unmigrated_database_with_a_message(
    tmp_path: Path, display: Start
) -> None:
    process = display(f"sqlite:///{tmp_path / 'empty.db'}")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "stadspunt db upgrade" in err
    assert "Traceback" not in err
