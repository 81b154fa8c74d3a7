"""Counter start-up: refuse an unmigrated database clearly; otherwise login, then the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.counter.app import EXIT_ERROR, EXIT_OK, CounterStartup
from app.registry.db import Database
from app.services import Services
from tests.conftest import make_user


def test_unmigrated_database_says_what_to_run(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fake_critical(_parent: QWidget | None, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "critical", fake_critical)
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    services = Services(Database(url), settings.with_database(url))
    try:
        startup = CounterStartup(services, services.settings)
        with qtbot.waitSignal(startup.finished, timeout=5000) as blocker:
            startup.start()
        assert blocker.args == [EXIT_ERROR]
        assert len(shown) == 1
        assert "stadspunt db upgrade" in shown[0]
        assert startup.login is None
    finally:
        services.close()


def test_login_then_main_window(qtbot: QtBot, sqlite_services: Services) -> None:
    make_user(sqlite_services, "anna", "medewerker")
    startup = CounterStartup(sqlite_services, sqlite_services.settings)
    startup.start()
    login = startup.login
    assert login is not None
    assert login.isVisible()  # at once, before the database answered
    qtbot.waitUntil(login.login_button.isEnabled)
    qtbot.keyClicks(login.username, "anna")
    qtbot.keyClicks(login.password, "correct-horse")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible())
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(window.person_screen.form.product.isEnabled)
    with qtbot.waitSignal(startup.finished) as blocker:
        window.close()
    assert blocker.args == [EXIT_OK]
