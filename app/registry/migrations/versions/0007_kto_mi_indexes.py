"""kto scores and MI indexes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

``kto_score``: the visitor's 1-5 satisfaction answer, at most one per Klantcontact. Two indexes
the management information needs: served visits joined to their contacts
(``ticket.klantcontact_uuid``) and a period of appointments across agendas
(``appointment.starts_at``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kto_score",
        sa.Column("klantcontact_uuid", sa.Uuid(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_kto_score_score_in_range")),
        sa.ForeignKeyConstraint(
            ["klantcontact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_kto_score_klantcontact_uuid_klantcontact"),
        ),
        sa.PrimaryKeyConstraint("klantcontact_uuid", name=op.f("pk_kto_score")),
    )
    op.create_index("ix_kto_score_given_at", "kto_score", ["given_at"])
    op.create_index("ix_ticket_klantcontact_uuid", "ticket", ["klantcontact_uuid"])
    op.create_index("ix_appointment_starts_at", "appointment", ["starts_at"])


def downgrade() -> None:
    op.drop_index("ix_appointment_starts_at", table_name="appointment")
    op.drop_index("ix_ticket_klantcontact_uuid", table_name="ticket")
    op.drop_index("ix_kto_score_given_at", table_name="kto_score")
    op.drop_table("kto_score")
