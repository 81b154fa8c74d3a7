"""kiosk hall

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

The kiosks in the stadshal: one row per kiosk written by its heartbeat (``kiosk_station``),
help requests for the host view (``help_request``, at most one open per kiosk and reason), and
one row per visitor session beside its Klantcontact (``kiosk_session``) for the MI.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk_station",
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("session_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancel_requested_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_requested_by_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("cancel_taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["cancel_requested_by_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_kiosk_station_cancel_requested_by_actor_uuid_actor"),
        ),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_kiosk_station")),
    )
    op.create_table(
        "help_request",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("waited_seconds", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("contact_uuid", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_help_request_acknowledged_by_actor_uuid_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_help_request_resolved_by_actor_uuid_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_help_request_contact_uuid_klantcontact"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_help_request")),
    )
    op.create_index(
        "uq_help_request_open",
        "help_request",
        ["kiosk_id", "reason"],
        unique=True,
        sqlite_where=sa.text("resolved_at IS NULL"),
        postgresql_where=sa.text("resolved_at IS NULL"),
    )
    op.create_index("ix_help_request_resolved_at", "help_request", ["resolved_at"])
    op.create_index("ix_help_request_requested_at", "help_request", ["requested_at"])
    op.create_table(
        "kiosk_session",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("task", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("last_step", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("product_code", sa.String(length=60), nullable=True),
        sa.Column("payment_uuid", sa.Uuid(), nullable=True),
        sa.Column("ticket_code", sa.String(length=20), nullable=True),
        sa.Column("help_requested", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["uuid"], ["klantcontact.uuid"], name=op.f("fk_kiosk_session_uuid_klantcontact")
        ),
        sa.ForeignKeyConstraint(
            ["product_code"], ["product.code"], name=op.f("fk_kiosk_session_product_code_product")
        ),
        sa.ForeignKeyConstraint(
            ["payment_uuid"], ["payment.uuid"], name=op.f("fk_kiosk_session_payment_uuid_payment")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_kiosk_session")),
    )
    op.create_index("ix_kiosk_session_started_at", "kiosk_session", ["started_at"])
    op.create_index(
        "ix_kiosk_session_kiosk_id_started_at", "kiosk_session", ["kiosk_id", "started_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_kiosk_session_kiosk_id_started_at", table_name="kiosk_session")
    op.drop_index("ix_kiosk_session_started_at", table_name="kiosk_session")
    op.drop_table("kiosk_session")
    op.drop_index("ix_help_request_requested_at", table_name="help_request")
    op.drop_index("ix_help_request_resolved_at", table_name="help_request")
    op.drop_index("uq_help_request_open", table_name="help_request")
    op.drop_table("help_request")
    op.drop_table("kiosk_station")
