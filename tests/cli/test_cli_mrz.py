"""``stadspunt mrz`` as an operator runs it: MRZ lines on stdin, JSON or an error out."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.devices.emrtd.mrz import compose_td1

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, folder in [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("STADSPUNT_LOG_DIR", "logs"),
    ]:
        monkeypatch.setenv(name, str(tmp_path / folder))


def _run(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "mrz"],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=60,
        check=False,
    )


def test_mrz_prints_the_fields_as_json() -> None:
    result = _run(TD3)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "format": "TD3",
        "document_type": "P",
        "issuing_state": "UTO",
        "document_number": "L898902C3",
        "surname": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "nationality": "UTO",
        "birth_date": "1974-08-12",
        "sex": "F",
        "expiry_date": "2012-04-15",
        "optional_data": "ZE184226B",
        "bsn": None,
    }


def test_mrz_invalid_input_exits_1_with_the_message() -> None:
    result = _run(TD3.replace("7408122F", "7408123F"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "The check digit of the date of birth does not match." in result.stderr


def test_mrz_in_process_dutch_id_card_with_bsn(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:

    card = compose_td1(
        issuing_state="NLD",
        surname="Jansen",
        given_names="Sem",
        document_number="IXR7R2PK1",
        nationality="NLD",
        birth_date=date(1990, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
        optional_data="999993653",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(card.lower() + "\n"))
    assert main(["mrz"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["format"] == "TD1"
    assert printed["bsn"] == "999993653"
    assert (printed["surname"], printed["given_names"]) == ("JANSEN", "SEM")
    assert printed["birth_date"] == "1990-01-01"


def test_mrz_in_process_wrong_line_count(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:

    monkeypatch.setattr("sys.stdin", io.StringIO("not an mrz\n"))
    assert main(["mrz"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "must have 2 lines" in captured.err
