"""The ``stadspunt`` command as operators run it: a real subprocess each time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.registry.db import Database
from app.registry.models import Klantcontact, StaffUser


def _run(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "STADSPUNT_LOG_DIR": str(tmp_path / "logs"),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_db_upgrade_then_current(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    before = _run(tmp_path, "--database-url", url, "db", "current")
    assert before.returncode == 1 and before.stdout.startswith("base")
    up = _run(tmp_path, "--database-url", url, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    assert "revision 0008" in up.stdout
    after = _run(tmp_path, "--database-url", url, "db", "current")
    assert after.returncode == 0 and after.stdout.startswith("0008")
    down = _run(tmp_path, "--database-url", url, "db", "downgrade", "base")
    assert down.returncode == 0 and "base" in down.stdout


def test_user_add_creates_a_working_account(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert _run(tmp_path, "--database-url", url, "db", "upgrade").returncode == 0
    assert _run(tmp_path, "--database-url", url, "db", "seed").returncode == 0
    made = _run(
        tmp_path,
        "--database-url",
        url,
        "user",
        "add",
        "piet",
        "--name",
        "Piet Post",
        "--role",
        "medewerker",
        "--unit",
        "BO-WIJK",
        env={"STADSPUNT_NEW_PASSWORD": "lang-genoeg"},
    )
    assert made.returncode == 0, made.stderr
    again = _run(
        tmp_path,
        "--database-url",
        url,
        "user",
        "add",
        "piet",
        "--name",
        "Piet",
        "--role",
        "medewerker",
        env={"STADSPUNT_NEW_PASSWORD": "lang-genoeg"},
    )
    assert again.returncode == 1 and "already taken" in again.stderr
    db = Database(url)
    with db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == "piet")).one()
        assert user.unit is not None and user.unit.code == "BO-WIJK"
    db.dispose()


def test_demo_seeds_staff_and_history(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    result = _run(tmp_path, "demo", "--db", str(path), "--no-windows")
    assert result.returncode == 0, result.stderr
    assert "login anna" in result.stdout
    db = Database(f"sqlite:///{path}")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Klantcontact)) == 5
        # anna, tom, bea, bob and the host gina
        assert session.scalar(select(func.count()).select_from(StaffUser)) == 5
    db.dispose()
    # Re-running the demo seed on the same file adds nothing.
    assert _run(tmp_path, "demo", "--db", str(path), "--no-windows").returncode == 0
    db = Database(f"sqlite:///{path}")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Klantcontact)) == 5
    db.dispose()


def test_bad_config_file_exits_2_with_the_reason(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[devices]\nprinter = 'laser'\n")
    result = _run(tmp_path, "--config", str(config), "db", "current")
    assert result.returncode == 2
    assert "printer" in result.stderr and "laser" in result.stderr


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:p@127.0.0.1:9/none"])
def test_unreachable_database_is_reported_not_a_traceback(tmp_path: Path, url: str) -> None:
    result = _run(tmp_path, "--database-url", url, "db", "upgrade")
    assert result.returncode == 1
    assert "cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr


def _person_setup(tmp_path: Path) -> tuple[str, dict[str, str]]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert _run(tmp_path, "--database-url", url, "db", "upgrade").returncode == 0
    env = {"STADSPUNT_NEW_PASSWORD": "lang-genoeg", "STADSPUNT_PASSWORD": "lang-genoeg"}
    made = _run(
        tmp_path,
        "--database-url",
        url,
        "user",
        "add",
        "op",
        "--name",
        "Operator",
        "--role",
        "medewerker",
        env=env,
    )
    assert made.returncode == 0, made.stderr
    return url, env


def test_person_prints_json_from_the_test_set_and_audits(tmp_path: Path) -> None:
    import json

    from app.registry.models import AuditRecord

    url, env = _person_setup(tmp_path)
    result = _run(
        tmp_path,
        "--database-url",
        url,
        "person",
        "999993653",
        "--purpose",
        "controle",
        "--user",
        "op",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["bsn"] == "999993653"
    assert data["name"]["surname"] == "Moulin"
    assert data["birth_date"] == "1985-12-01"
    db = Database(url)
    with db.read() as session:
        audit = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "read_person")
        ).one()
        assert (audit.subject_id, audit.purpose) == ("999993653", "controle")
    db.dispose()


@pytest.mark.parametrize(
    ("bsn", "message"),
    [("111222333", "no person with this BSN"), ("123456789", "not a valid BSN")],
)
def test_person_unknown_or_invalid_bsn_exits_1(tmp_path: Path, bsn: str, message: str) -> None:
    url, env = _person_setup(tmp_path)
    result = _run(
        tmp_path,
        "--database-url",
        url,
        "person",
        bsn,
        "--purpose",
        "controle",
        "--user",
        "op",
        env=env,
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_person_with_wrong_password_exits_1(tmp_path: Path) -> None:
    url, env = _person_setup(tmp_path)
    result = _run(
        tmp_path,
        "--database-url",
        url,
        "person",
        "999993653",
        "--purpose",
        "x",
        "--user",
        "op",
        env={**env, "STADSPUNT_PASSWORD": "fout-wachtwoord"},
    )
    assert result.returncode == 1 and "incorrect" in result.stderr


def test_hash_pin_prints_an_argon2_hash_of_the_pin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from argon2 import PasswordHasher

    from app import cli

    monkeypatch.setenv("STADSPUNT_LOG_DIR", str(tmp_path / "logs"))
    typed = iter(["975310", "975310"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": next(typed))
    assert cli.main(["hash-pin"]) == 0
    printed = capsys.readouterr().out.strip()
    assert PasswordHasher().verify(printed, "975310")

    for first, second, problem in (("12a4", "12a4", "digits"), ("975310", "975311", "differ")):
        answers = iter([first, second])
        monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="", a=answers: next(a))
        assert cli.main(["hash-pin"]) == 2
        assert problem in capsys.readouterr().err


def test_kpi_prints_the_figures_for_a_teamleider_and_refuses_a_medewerker(
    tmp_path: Path,
) -> None:
    import csv
    import io
    import json

    url, env = _person_setup(tmp_path)  # "op" is a medewerker
    made = _run(
        tmp_path,
        "--database-url",
        url,
        "user",
        "add",
        "tl",
        "--name",
        "Teamleider",
        "--role",
        "teamleider",
        env=env,
    )
    assert made.returncode == 0, made.stderr
    period = ("kpi", "--from", "2026-01-01", "--to", "2026-12-31")
    shown = _run(tmp_path, "--database-url", url, *period, "--user", "tl", env=env)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert data["first_line"]["total"] == 0 and data["first_line"]["target"] == 0.8
    table = _run(
        tmp_path, "--database-url", url, *period, "--format", "csv", "--user", "tl", env=env
    )
    rows = list(csv.reader(io.StringIO(table.stdout)))
    assert rows[0] == ["figure", "group", "measure", "value"]
    assert ["first_line", "", "total", "0"] in rows
    refused = _run(tmp_path, "--database-url", url, *period, "--user", "op", env=env)
    assert refused.returncode == 1 and shown.stdout not in refused.stdout
