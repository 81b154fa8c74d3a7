"""payment journal

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

Card payments, refunds and reversals, journaled before they are sent (``payment``), every
state change (``payment_event``) and the request-id counter per terminal workstation.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_counter",
        sa.Column("workstation_id", sa.String(length=40), nullable=False),
        sa.Column("last_number", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id", name=op.f("pk_payment_counter")),
    )
    op.create_table(
        "payment",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("workstation_id", sa.String(length=40), nullable=False),
        sa.Column("request_id", sa.String(length=20), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("product_code", sa.String(length=60), nullable=True),
        sa.Column("klantcontact_uuid", sa.Uuid(), nullable=True),
        sa.Column("original_uuid", sa.Uuid(), nullable=True),
        sa.Column("actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("approval_code", sa.String(length=20), nullable=True),
        sa.Column("stan", sa.String(length=20), nullable=True),
        sa.Column("card_brand", sa.String(length=40), nullable=True),
        sa.Column("masked_pan", sa.String(length=32), nullable=True),
        sa.Column("customer_receipt", sa.Text(), nullable=True),
        sa.Column("merchant_receipt", sa.Text(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_code"], ["product.code"], name=op.f("fk_payment_product_code_product")
        ),
        sa.ForeignKeyConstraint(
            ["klantcontact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_payment_klantcontact_uuid_klantcontact"),
        ),
        sa.ForeignKeyConstraint(
            ["original_uuid"], ["payment.uuid"], name=op.f("fk_payment_original_uuid_payment")
        ),
        sa.ForeignKeyConstraint(
            ["actor_uuid"], ["actor.uuid"], name=op.f("fk_payment_actor_uuid_actor")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_payment")),
        sa.UniqueConstraint("workstation_id", "request_id", name="uq_payment_workstation_request"),
    )
    op.create_index("ix_payment_state", "payment", ["state"])
    op.create_index("ix_payment_created_at", "payment", ["created_at"])
    op.create_table(
        "payment_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("payment_uuid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=True),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_uuid"], ["payment.uuid"], name=op.f("fk_payment_event_payment_uuid_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_event")),
    )
    op.create_index(op.f("ix_payment_event_payment_uuid"), "payment_event", ["payment_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_payment_event_payment_uuid"), table_name="payment_event")
    op.drop_table("payment_event")
    op.drop_index("ix_payment_created_at", table_name="payment")
    op.drop_index("ix_payment_state", table_name="payment")
    op.drop_table("payment")
    op.drop_table("payment_counter")
