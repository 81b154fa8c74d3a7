"""Transactions and failure reporting of the database wrapper."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, StatementError

from app.registry.db import Database, DatabaseUnavailableError
from app.registry.models import Actor, Klantcontact, Resolution, SoortActor


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Actor(soort_actor=SoortActor.ORGANISATORISCHE_EENHEID, code="X", naam="X"))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Actor)) == 0


def test_foreign_keys_are_enforced(db: Database) -> None:

    with pytest.raises(IntegrityError), db.write() as session:
        session.add(
            Klantcontact(
                uuid=uuid.uuid4(),
                kanaal="balie",
                onderwerp="x",
                plaatsgevonden_op=datetime.now(UTC),
                resolution=Resolution.FIRST_LINE,
                registered_by_actor_uuid=uuid.uuid4(),
            )
        )


def test_times_come_back_aware_in_utc(db: Database) -> None:

    local = datetime(2026, 6, 1, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    with db.write() as session:
        actor = Actor(soort_actor=SoortActor.MEDEWERKER, code="t", naam="t")
        session.add(actor)
        session.flush()

        session.add(
            Klantcontact(
                uuid=uuid.uuid4(),
                kanaal="balie",
                onderwerp="x",
                plaatsgevonden_op=local,
                resolution=Resolution.FIRST_LINE,
                registered_by_actor_uuid=actor.uuid,
            )
        )
    with db.read() as session:
        stored = session.scalars(select(Klantcontact.plaatsgevonden_op)).one()
    assert stored.tzinfo is not None
    assert stored.utcoffset() is not None and stored.utcoffset().total_seconds() == 0
    assert stored == local


def test_naive_datetime_is_refused(db: Database) -> None:

    with pytest.raises(StatementError, match="naive datetime"), db.write() as session:
        session.add(Actor(soort_actor=SoortActor.MEDEWERKER, code="n", naam="n"))

        session.flush()
        actor = session.scalars(select(Actor)).one()
        session.add(
            Klantcontact(
                uuid=uuid.uuid4(),
                kanaal="balie",
                onderwerp="x",
                plaatsgevonden_op=datetime(2026, 1, 1),  # noqa: DTZ001 - the point of the test
                resolution=Resolution.FIRST_LINE,
                registered_by_actor_uuid=actor.uuid,
            )
        )
        session.flush()


def test_unreachable_postgres_is_a_typed_error() -> None:
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    db = Database("postgresql+psycopg://u:p@127.0.0.1:9/none")
    try:
        with pytest.raises(DatabaseUnavailableError), db.read() as session:
            session.execute(select(1))
    finally:
        db.dispose()


def test_unopenable_sqlite_file_is_a_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    with pytest.raises(DatabaseUnavailableError, match="cannot create the folder"):
        Database(f"sqlite:///{blocker}/stadspunt.db")
