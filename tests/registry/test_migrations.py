"""Alembic migrations on both databases: up, down, and in step with the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Base
from app.registry.models_catalogue import include_in_autogenerate, is_search_index_table

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
