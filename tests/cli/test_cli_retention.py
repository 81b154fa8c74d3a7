"""``stadspunt retention run``: counts on stdout, exit 0, idempotent; roles for ``--user``.

Run in this process (``main``) against a SQLite registry made here, with a generated year
that ended three years ago and one contact of today: the command works on the wall clock, as
a scheduled job runs it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal, Klantcontact
from app.services import Services
from app.services.contacts import ContactDraft
from app.services.generate import generate_registry
from app.services.retention import ANONYMISED
from app.services.seed import seed_reference
from app.services.workingdays import local_date
from tests.conftest import FAST_HASHER, make_user

CONTACTS = 60


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """(database URL, uuid of today's contact)."""
    monkeypatch.setenv("STADSPUNT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("STADSPUNT_PASSWORD", "correct-horse")
    url = f"sqlite:///{tmp_path / 'retention.db'}"
    db = Database(url)
    migrate.upgrade(db)
    services = Services(db, Settings().with_database(url), password_hasher=FAST_HASHER)
    try:
        seed_reference(services, ("KIOSK-01",))
        end = local_date(datetime.now(UTC)) - timedelta(days=3 * 366)
        generate_registry(db, contacts=CONTACTS, end=end, appointments=0)
        make_user(services, "bea", "beheerder")
        anna = make_user(services, "anna", "medewerker")
        today = services.contacts.register(
            anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Vandaag", inhoud="Vraag")
        )
    finally:
        services.close()
    return url, str(today.contact_uuid)


def _subjects(url: str) -> dict[str, str]:
    db = Database(url)
    try:
        with db.read() as session:
            rows = session.execute(select(Klantcontact.uuid, Klantcontact.onderwerp)).all()
            return {str(uuid): onderwerp for uuid, onderwerp in rows}
    finally:
        db.dispose()


def _count(out: str, label: str) -> int:
    line = next(line for line in out.splitlines() if line.strip().startswith(label))
    return int(line.split()[-1].replace(",", ""))


def test_a_run_prints_the_counts_and_a_second_run_has_nothing_to_do(
    registry: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url, today = registry
    assert main(["--database-url", url, "retention", "run", "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert dry.startswith("dry run: contacts before ")
    assert _count(dry, "contacts anonymised") == CONTACTS
    assert "nothing changed; a run would change" in dry
    assert ANONYMISED not in _subjects(url).values()

    assert main(["--database-url", url, "retention", "run"]) == 0
    done = capsys.readouterr().out
    assert done.startswith("retention run: contacts before ")
    assert "(24 months)" in done and "(20 years)" in done
    assert _count(done, "contacts anonymised") == CONTACTS and "rows changed" in done
    subjects = _subjects(url)
    assert subjects.pop(today) == "Vandaag"
    assert set(subjects.values()) == {ANONYMISED} and len(subjects) == CONTACTS

    assert main(["--database-url", url, "retention", "run"]) == 0
    again = capsys.readouterr().out
    assert "nothing to do: the registry already meets the retention policy" in again
    assert _count(again, "contacts anonymised") == 0


def test_the_period_comes_from_the_configuration(
    tmp_path: Path, registry: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _today = registry
    config = tmp_path / "stadspunt.toml"
    config.write_text(
        f'database_url = "{url}"\n[retention]\ncontacts_months = 60\naudit_years = 25\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "retention", "run"]) == 0
    out = capsys.readouterr().out
    assert "(60 months)" in out and "(25 years)" in out
    assert "nothing to do" in out  # four years old at most: younger than 60 months
    assert ANONYMISED not in _subjects(url).values()


def test_a_user_must_be_a_beheerder(
    registry: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _today = registry
    assert main(["--database-url", url, "retention", "run", "--user", "anna"]) == 1
    assert "Your role does not allow this" in capsys.readouterr().err
    assert ANONYMISED not in _subjects(url).values()
    assert main(["--database-url", url, "retention", "run", "--user", "bea"]) == 0
    assert _count(capsys.readouterr().out, "contacts anonymised") == CONTACTS
