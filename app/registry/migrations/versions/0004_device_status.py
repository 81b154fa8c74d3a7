"""device status

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

The latest state of every station's devices (``device_status``, one row per station and
device) and an append-only row per change of state (``device_event``) for the host view's
alerts and the MI.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_status",
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("message", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("station_id", "device", name=op.f("pk_device_status")),
    )
    op.create_table(
        "device_event",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("message", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_event")),
    )
    with op.batch_alter_table("device_event", schema=None) as batch_op:
        batch_op.create_index("ix_device_event_at", ["at"], unique=False)
        batch_op.create_index(
            "ix_device_event_station_id_device_at", ["station_id", "device", "at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("device_event", schema=None) as batch_op:
        batch_op.drop_index("ix_device_event_station_id_device_at")
        batch_op.drop_index("ix_device_event_at")

    op.drop_table("device_event")
    op.drop_table("device_status")
