"""Error texts and domain labels, in English (source) and Dutch (the default UI language)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.devices.printer import PaperOutError
from app.registry.db import DatabaseUnavailableError
from app.registry.models import Kanaal, Resolution, Role
from app.services.errors import AccountLockedError, InvalidBsnError, UnknownProductError
from app.services.workingdays import NormState
from app.ui import i18n, labels

DB_DOWN_EN = "The database cannot be reached. Nothing was saved; your input is kept. Try again."


def test_domain_error_in_english() -> None:
    assert i18n.error_text(AccountLockedError(minutes=15)) == (
        "This account is locked for 15 minutes after too many failed logins."
    )


def test_unreachable_database_is_explained() -> None:
    assert i18n.error_text(DatabaseUnavailableError("connection refused")) == DB_DOWN_EN


def test_unexpected_error_is_generic_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="app.ui.i18n"):
        text = i18n.error_text(RuntimeError("secret internals 999993653"))
    assert text.startswith("Something went wrong. Nothing was saved")
    assert "999993653" not in text
    assert caplog.records and caplog.records[0].exc_info is not None


def test_dutch(qtbot: QtBot) -> None:
    assert i18n.set_language("nl")
    assert i18n.language() == "nl"
    assert i18n.iso639_2() == "nld"
    assert i18n.error_text(AccountLockedError(minutes=15)) == (
        "Dit account is 15 minuten geblokkeerd na te veel mislukte inlogpogingen."
    )
    assert i18n.error_text(InvalidBsnError()).startswith("Dit is geen geldig BSN")
    assert i18n.error_text(UnknownProductError(code="x")).startswith("Product x bestaat niet")
    assert i18n.error_text(DatabaseUnavailableError("x")).startswith(
        "De database is niet bereikbaar."
    )
    # Printer errors come from the devices layer, below the services, and are translated too.
    assert i18n.error_text(PaperOutError(document=b"%PDF")) == (
        "Het papier van de printer is op. Vul papier bij en print opnieuw."
    )
    assert labels.kanaal_label(Kanaal.BALIE) == "Balie"
    assert labels.kanaal_label(Kanaal.KIOSK) == "Zuil"
    assert labels.resolution_label(Resolution.HANDED_OFF) == "Doorgezet"
    assert labels.norm_state_label(NormState.LATE) == "te laat"
    assert labels.roles_label([Role.TEAMLEIDER, Role.MEDEWERKER]) == "Medewerker, Teamleider"
    assert i18n.format_date(date(2026, 12, 2)) == "woensdag 2 december 2026"
    assert i18n.format_datetime(datetime(2026, 11, 25, 9, 30, tzinfo=UTC)) == "25-11-2026 10:30"


def test_every_enum_value_has_a_label() -> None:
    assert set(labels.KANAAL_LABELS) == set(Kanaal)
    assert set(labels.RESOLUTION_LABELS) == set(Resolution)
    assert set(labels.NORM_STATE_LABELS) == set(NormState)


def test_missing_catalogue_falls_back_to_english(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="app.ui.i18n"):
        assert not i18n.set_language("nl", directory=tmp_path)
    assert i18n.language() == "en"
    assert "no translations" in caplog.text
    assert labels.kanaal_label(Kanaal.BALIE) == "Counter"
