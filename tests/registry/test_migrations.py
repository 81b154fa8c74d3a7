"""Alembic migrations on both databases: up, down, and in step with the models."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Base
from app.registry.models_catalogue import include_in_autogenerate, is_search_index_table
from app.services import Services
from app.services.generate import generate_registry
from app.services.seed import seed_reference
from tests.conftest import FAST_HASHER, FakeClock, make_user

TABLES = {
    "actor",
    "audit_record",
    "betrokkene",
    "funnel",
    "funnel_node",
    "funnel_option",
    "interne_taak",
    "klantcontact",
    "knowledge_article",
    "knowledge_article_product",
    "onderwerpobject",
    "partij",
    "partij_identificator",
    "product",
    "product_channel",
    "product_doelgroep",
    "product_fee",
    "product_requirement",
    "product_thema",
    "staff_role",
    "staff_user",
    # queue and appointments (0003)
    "agenda",
    "agenda_closure",
    "agenda_hours",
    "appointment",
    "desk",
    "desk_route",
    "queue_call",
    "queue_day_counter",
    "service_queue",
    "site_secret",
    "ticket",
    # device status (0004)
    "device_event",
    "device_status",
    # payment journal (0005)
    "payment",
    "payment_counter",
    "payment_event",
    # kiosk hall (0006)
    "help_request",
    "kiosk_session",
    "kiosk_station",
    # KTO scores (0007)
    "kto_score",
    # daily MI figures (0008)
    "mi_day",
    "mi_dirty",
    "mi_state",
}


def _tables(db: Database) -> set[str]:
    """Tables of the models: the SQLite FTS5 search tables are checked in
    test_migrations_catalogue.py."""
    names = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    return {name for name in names if not is_search_index_table(name)}


def test_upgrade_creates_schema_matching_models(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        assert migrate.current_revision(db) is None
        migrate.upgrade(db)
        assert migrate.is_up_to_date(db)
        assert _tables(db) == TABLES
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_in_autogenerate}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
    finally:
        db.dispose()


def test_downgrade_to_base_and_up_again(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        migrate.upgrade(db)
        migrate.downgrade(db, "base")
        assert _tables(db) == set()
        assert migrate.current_revision(db) is None
        migrate.upgrade(db)
        assert _tables(db) == TABLES
    finally:
        db.dispose()


def test_lookup_indexes_exist(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        migrate.upgrade(db)
        insp = inspect(db.engine)
        betrokkene = {tuple(ix["column_names"]) for ix in insp.get_indexes("betrokkene")}
        assert ("partij_uuid", "klantcontact_uuid") in betrokkene
        taak = {tuple(ix["column_names"]) for ix in insp.get_indexes("interne_taak")}
        assert ("toegewezen_aan_actor_uuid", "status", "deadline") in taak
        contact = {tuple(ix["column_names"]) for ix in insp.get_indexes("klantcontact")}
        assert ("plaatsgevonden_op",) in contact
        uniques = {
            tuple(u["column_names"]) for u in insp.get_unique_constraints("partij_identificator")
        }
        assert ("code_soort_object_id", "object_id") in uniques
    finally:
        db.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: object) -> None:
    db = Database(f"sqlite:///{tmp_path}/wal.db")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()


def test_device_status_downgrades_to_0003_and_up_again(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        migrate.upgrade(db)
        migrate.downgrade(db, "0003")
        assert migrate.current_revision(db) == "0003"
        assert not {"device_status", "device_event"} & _tables(db)
        migrate.upgrade(db)
        insp = inspect(db.engine)
        assert insp.get_pk_constraint("device_status")["constrained_columns"] == [
            "station_id",
            "device",
        ]
        events = {tuple(ix["column_names"]) for ix in insp.get_indexes("device_event")}
        assert {("at",), ("station_id", "device", "at")} <= events
    finally:
        db.dispose()


def _revisions_head_to_base(db: Database) -> list[str]:
    """Every revision from the script directory, newest first (no fixed list: new ones count)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config(db))
    assert len(script.get_heads()) == 1, "the migrations have more than one head"
    return [revision.revision for revision in script.walk_revisions()]


def _table_rows(db: Database) -> dict[str, tuple[int, str]]:
    """Per table: the row count and a digest of the primary keys, to compare across a step.

    The keys come from the models (reflecting them costs seconds per walk on PostgreSQL);
    a table the models do not know is compared by its count alone.
    """
    result: dict[str, tuple[int, str]] = {}
    with db.engine.connect() as conn:
        for name in sorted(_tables(db)):
            model = Base.metadata.tables.get(name)
            key = [column.name for column in model.primary_key] if model is not None else []
            columns = ", ".join(f'"{column}"' for column in key) or "count(*)"
            rows = conn.execute(text(f'SELECT {columns} FROM "{name}"')).all()  # noqa: S608
            count = len(rows) if key else int(rows[0][0])
            digest = hashlib.sha256(repr(sorted(map(str, rows))).encode()).hexdigest()
            result[name] = (count, digest)
    return result


def _fill_registry(db: Database, tmp_path: Path) -> None:
    """Reference data, staff, and a small generated year: rows in most tables."""
    settings = Settings(database_url=db.url, log_dir=tmp_path / "logs")
    services = Services(db, settings, clock=FakeClock(), password_hasher=FAST_HASHER)
    seed_reference(services, ("KIOSK-01",))
    anna = make_user(services, "anna", "medewerker")
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    payment = services.payments.open(kiosk, workstation_id="KIOSK-01", amount_cents=1635)
    services.payments.mark_sent(kiosk, payment.uuid)
    services.device_status.report(kiosk, "KIOSK-01", "printer", "ok")
    services.kiosk_hall.report_state(
        kiosk, "KIOSK-01", step="attract", language="nl", session_started_at=None
    )
    services.kiosk_hall.request_help(kiosk, "KIOSK-01", step="attract", waited_seconds=0)
    services.queue.take_ticket(kiosk, "BURGERZAKEN")
    services.queue.open_desk(anna, "BALIE-1")
    services.queue.call_next(anna, "BALIE-1")
    generate_registry(
        db, contacts=40, end=date(2026, 11, 24), seed=3, batch=40, persons=8, appointments=8
    )


def test_every_revision_steps_down_and_up_keeping_data(
    empty_database_url: str, tmp_path: Path
) -> None:
    """One step down and up again at every revision, head to base, then back to head.

    A step keeps every row of every table that exists on both sides of it; a table the step
    drops comes back empty. At the end the schema still matches the models.
    """
    db = Database(empty_database_url)
    try:
        revisions = _revisions_head_to_base(db)
        migrate.upgrade(db)
        _fill_registry(db, tmp_path)
        filled = {name for name, (count, _) in _table_rows(db).items() if count}
        assert len(filled) >= len(TABLES) * 3 // 4, f"too few tables with rows: {sorted(filled)}"

        steps = 0
        for index, revision in enumerate(revisions):
            below = revisions[index + 1] if index + 1 < len(revisions) else None
            assert migrate.current_revision(db) == revision
            before = _table_rows(db)
            migrate.downgrade(db, "-1")
            assert migrate.current_revision(db) == below
            down = _table_rows(db)
            kept = set(before) & set(down)
            assert {name: down[name] for name in kept} == {name: before[name] for name in kept}
            migrate.upgrade(db, "+1")
            assert migrate.current_revision(db) == revision
            up = _table_rows(db)
            assert set(up) == set(before)
            assert {name: up[name] for name in kept} == {name: before[name] for name in kept}
            assert all(up[name][0] == 0 for name in set(before) - kept)
            migrate.downgrade(db, "-1")
            steps += 3

        assert migrate.current_revision(db) is None
        assert _tables(db) == set()
        # Every upward step ran above, with data; back to head in one go.
        migrate.upgrade(db)
        assert migrate.is_up_to_date(db)
        assert _tables(db) >= TABLES
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_in_autogenerate}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations differ after the walk: {diff}"
        assert steps == 3 * len(revisions)
    finally:
        db.dispose()
