"""Fixtures for the Qt tests: settled background operations and a known UI language."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui import i18n, ops

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def wait_for_ops(qtbot: QtBot, timeout: int = 5000) -> None:
    """Wait until every background operation has delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: ops.active_count() == 0, timeout=timeout)


@pytest.fixture(autouse=True)
def _settled(qtbot: QtBot, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English source texts by default; no operation may outlive its test.

    Windows that install a language get the catalogue compiled from the committed .ts files,
    never a stale .qm from an earlier build. An operation still running when the next test
    empties the database would make that test flaky, so each test waits for its operations.
    """
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    i18n.reset_language()
    # As in the application (app/ui/gc.py): the cyclic collector must not run on the database
    # worker, where it would destroy widgets of earlier tests on the wrong thread.
    gc.disable()
    try:
        yield
        wait_for_ops(qtbot)
    finally:
        gc.collect()
        gc.enable()
    i18n.reset_language()


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled now, so tests never depend on a stale build."""
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(TRANSLATIONS.glob("stadspunt_*.ts")):
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
            check=True,
        )
    return out
