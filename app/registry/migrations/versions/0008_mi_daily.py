"""daily MI aggregates and the triggers that mark stale days

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

``mi_day`` holds the management information's counts per local day (see
``app.registry.models_mi``); ``mi_dirty`` lists the days a write may have changed, appended by
triggers on every table a figure reads: the contact itself (its day, channel, location,
resolution, wait), its products, hand-offs, KTO score, kiosk session and served ticket. A
product moving to another unit, or a unit's code changing, marks every day, because the unit
rows of the past then count different contacts.

The triggers mark the contact's *local* day. PostgreSQL converts with ``AT TIME ZONE``;
SQLite has no time zones, so it marks both candidates (UTC+1 and UTC+2) and the refresh, which
computes the exact local day, recomputes one day too many now and then.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: Table, the column naming its contact (None: the table is the contact), and the columns an
#: UPDATE must touch to matter (None: any update).
_WATCHED: tuple[tuple[str, str | None, tuple[str, ...] | None], ...] = (
    (
        "klantcontact",
        None,
        ("plaatsgevonden_op", "kanaal", "location", "resolution", "wait_seconds"),
    ),
    ("onderwerpobject", "klantcontact_uuid", None),
    (
        "interne_taak",
        "klantcontact_uuid",
        ("status", "afgehandeld_op", "deadline", "toegewezen_aan_actor_uuid", "klantcontact_uuid"),
    ),
    ("kto_score", "klantcontact_uuid", None),
    ("kiosk_session", "uuid", ("last_step", "outcome", "uuid")),
    ("ticket", "klantcontact_uuid", ("status", "queue_code", "klantcontact_uuid")),
)
#: Changes after which every day is recomputed.
_EVERYTHING: tuple[tuple[str, str], ...] = (("product", "unit_actor_uuid"), ("actor", "code"))

_PG_FUNCTIONS = (
    """
    CREATE FUNCTION mi_mark_contact() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            INSERT INTO mi_dirty (day)
            VALUES ((OLD.plaatsgevonden_op AT TIME ZONE 'Europe/Amsterdam')::date);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO mi_dirty (day)
            VALUES ((NEW.plaatsgevonden_op AT TIME ZONE 'Europe/Amsterdam')::date);
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION mi_mark_via_contact() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        uuids uuid[];
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            uuids := uuids || (to_jsonb(OLD) ->> TG_ARGV[0])::uuid;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            uuids := uuids || (to_jsonb(NEW) ->> TG_ARGV[0])::uuid;
        END IF;
        INSERT INTO mi_dirty (day)
        SELECT DISTINCT (k.plaatsgevonden_op AT TIME ZONE 'Europe/Amsterdam')::date
        FROM klantcontact AS k WHERE k.uuid = ANY (uuids);
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION mi_mark_everything() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO mi_dirty (day) SELECT DISTINCT day FROM mi_day;
        RETURN NULL;
    END $$
    """,
)


def _pg_triggers() -> list[str]:
    statements = []
    for table, contact_column, columns in _WATCHED:
        update = "UPDATE" if columns is None else f"UPDATE OF {', '.join(columns)}"
        function = (
            "mi_mark_contact()"
            if contact_column is None
            else f"mi_mark_via_contact('{contact_column}')"
        )
        statements.append(
            f"CREATE TRIGGER {table}_mi_dirty AFTER INSERT OR {update} OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}"
        )
    for table, column in _EVERYTHING:
        statements.append(
            f"CREATE TRIGGER {table}_mi_everything AFTER UPDATE OF {column} ON {table} "
            f"FOR EACH ROW WHEN (OLD.{column} IS DISTINCT FROM NEW.{column}) "
            "EXECUTE FUNCTION mi_mark_everything()"
        )
    return statements


def _sqlite_days(row: str, contact_column: str | None) -> str:
    """The INSERT that marks both candidate local days of ``row``'s contact."""
    if contact_column is None:
        return (
            "INSERT INTO mi_dirty (day) VALUES "  # noqa: S608
            f"(date({row}.plaatsgevonden_op, '+1 hours')), "
            f"(date({row}.plaatsgevonden_op, '+2 hours'));"
        )
    return (
        "INSERT INTO mi_dirty (day) "  # noqa: S608
        "SELECT date(k.plaatsgevonden_op, '+1 hours') FROM klantcontact AS k "
        f"WHERE k.uuid = {row}.{contact_column} "
        "UNION SELECT date(k.plaatsgevonden_op, '+2 hours') FROM klantcontact AS k "
        f"WHERE k.uuid = {row}.{contact_column};"
    )


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, contact_column, columns in _WATCHED:
        update = "UPDATE" if columns is None else f"UPDATE OF {', '.join(columns)}"
        statements += [
            f"CREATE TRIGGER {table}_mi_dirty_insert AFTER INSERT ON {table} BEGIN "
            f"{_sqlite_days('NEW', contact_column)} END",
            f"CREATE TRIGGER {table}_mi_dirty_update AFTER {update} ON {table} BEGIN "
            f"{_sqlite_days('OLD', contact_column)} {_sqlite_days('NEW', contact_column)} END",
            f"CREATE TRIGGER {table}_mi_dirty_delete AFTER DELETE ON {table} BEGIN "
            f"{_sqlite_days('OLD', contact_column)} END",
        ]
    for table, column in _EVERYTHING:
        statements.append(
            f"CREATE TRIGGER {table}_mi_everything AFTER UPDATE OF {column} ON {table} "  # noqa: S608
            f"WHEN OLD.{column} IS NOT NEW.{column} BEGIN "
            "INSERT INTO mi_dirty (day) SELECT DISTINCT day FROM mi_day; END"
        )
    return statements


def _trigger_names(dialect: str) -> list[tuple[str, str]]:
    names = []
    for table, _, _ in _WATCHED:
        if dialect == "sqlite":
            names += [
                (table, f"{table}_mi_dirty_{event}") for event in ("insert", "update", "delete")
            ]
        else:
            names.append((table, f"{table}_mi_dirty"))
    names += [(table, f"{table}_mi_everything") for table, _ in _EVERYTHING]
    return names


def upgrade() -> None:
    op.create_table(
        "mi_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("figure", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("scope_code", sa.String(length=40), nullable=False),
        sa.Column("kanaal", sa.String(length=16), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("key2", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "figure",
            "scope",
            "scope_code",
            "day",
            "kanaal",
            "location",
            "key",
            "key2",
            "value",
            name=op.f("pk_mi_day"),
        ),
    )
    op.create_index("ix_mi_day_day", "mi_day", ["day"])
    op.create_table(
        "mi_dirty",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mi_dirty")),
    )
    op.create_table(
        "mi_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mi_state")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for statement in (*_PG_FUNCTIONS, *_pg_triggers()):
            op.execute(statement)
    elif dialect == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, name in _trigger_names(dialect):
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if dialect == "postgresql":
        for function in ("mi_mark_contact", "mi_mark_via_contact", "mi_mark_everything"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.drop_table("mi_state")
    op.drop_table("mi_dirty")
    op.drop_index("ix_mi_day_day", table_name="mi_day")
    op.drop_table("mi_day")
