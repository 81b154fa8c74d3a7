"""queue and appointments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Queues (wachtrijen) with per-day ticket numbering, desks with routing profiles, tickets and
the call log the displays read; agendas with opening hours and closures, appointments; the
site secret that signs appointment QR codes; and the wait time on a Klantcontact.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_secret",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.LargeBinary(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_site_secret")),
    )
    op.create_table(
        "desk",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("naam", sa.String(length=60), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("staff_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_actor_uuid"], ["actor.uuid"], name=op.f("fk_desk_staff_actor_uuid_actor")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_desk")),
        sa.UniqueConstraint("naam", name=op.f("uq_desk_naam")),
    )
    op.create_table(
        "service_queue",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("naam", sa.String(length=120), nullable=False),
        sa.Column("prefix", sa.String(length=3), nullable=False),
        sa.Column("product_code", sa.String(length=60), nullable=True),
        sa.Column("default_service_seconds", sa.Integer(), nullable=False),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_code"], ["product.code"], name=op.f("fk_service_queue_product_code_product")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_service_queue")),
        sa.UniqueConstraint("prefix", name=op.f("uq_service_queue_prefix")),
    )
    op.create_table(
        "agenda",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("naam", sa.String(length=120), nullable=False),
        sa.Column("queue_code", sa.String(length=40), nullable=False),
        sa.Column("product_code", sa.String(length=60), nullable=True),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("horizon_days", sa.Integer(), nullable=False),
        sa.Column("checkin_early_minutes", sa.Integer(), nullable=False),
        sa.Column("checkin_late_minutes", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_code"], ["product.code"], name=op.f("fk_agenda_product_code_product")
        ),
        sa.ForeignKeyConstraint(
            ["queue_code"], ["service_queue.code"], name=op.f("fk_agenda_queue_code_service_queue")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_agenda")),
    )
    op.create_table(
        "desk_route",
        sa.Column("desk_code", sa.String(length=40), nullable=False),
        sa.Column("queue_code", sa.String(length=40), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_code"],
            ["desk.code"],
            name=op.f("fk_desk_route_desk_code_desk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["queue_code"],
            ["service_queue.code"],
            name=op.f("fk_desk_route_queue_code_service_queue"),
        ),
        sa.PrimaryKeyConstraint("desk_code", "queue_code", name=op.f("pk_desk_route")),
    )
    op.create_table(
        "queue_day_counter",
        sa.Column("queue_code", sa.String(length=40), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["queue_code"],
            ["service_queue.code"],
            name=op.f("fk_queue_day_counter_queue_code_service_queue"),
        ),
        sa.PrimaryKeyConstraint("queue_code", "service_date", name=op.f("pk_queue_day_counter")),
    )
    op.create_table(
        "agenda_closure",
        sa.Column("agenda_code", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_code"],
            ["agenda.code"],
            name=op.f("fk_agenda_closure_agenda_code_agenda"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_code", "day", name=op.f("pk_agenda_closure")),
    )
    op.create_table(
        "agenda_hours",
        sa.Column("agenda_code", sa.String(length=40), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_code"],
            ["agenda.code"],
            name=op.f("fk_agenda_hours_agenda_code_agenda"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_code", "weekday", "opens", name=op.f("pk_agenda_hours")),
    )
    op.create_table(
        "appointment",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("agenda_code", sa.String(length=40), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "checked_in",
                "cancelled",
                "done",
                "no_show",
                name="appointment_status",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("partij_uuid", sa.Uuid(), nullable=True),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("telefoon", sa.String(length=40), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("token_nonce", sa.LargeBinary(length=16), nullable=False),
        sa.Column("checkin_key", sa.String(length=64), nullable=True),
        sa.Column("booked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booked_by_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_code"], ["agenda.code"], name=op.f("fk_appointment_agenda_code_agenda")
        ),
        sa.ForeignKeyConstraint(
            ["booked_by_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_appointment_booked_by_actor_uuid_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["partij_uuid"], ["partij.uuid"], name=op.f("fk_appointment_partij_uuid_partij")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_appointment_agenda_starts_at", ["agenda_code", "starts_at"], unique=False
        )
        batch_op.create_index("ix_appointment_checkin_key", ["checkin_key"], unique=False)
        batch_op.create_index("ix_appointment_partij_uuid", ["partij_uuid"], unique=False)

    op.create_table(
        "ticket",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("queue_code", sa.String(length=40), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "waiting",
                "called",
                "parked",
                "done",
                "no_show",
                "cancelled",
                name="ticket_status",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("target_desk_code", sa.String(length=40), nullable=True),
        sa.Column("appointment_uuid", sa.Uuid(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("partij_uuid", sa.Uuid(), nullable=True),
        sa.Column("first_called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("called_desk_code", sa.String(length=40), nullable=True),
        sa.Column("called_by_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("recall_count", sa.Integer(), nullable=False),
        sa.Column("served_seconds", sa.Integer(), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("klantcontact_uuid", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_uuid"],
            ["appointment.uuid"],
            name=op.f("fk_ticket_appointment_uuid_appointment"),
        ),
        sa.ForeignKeyConstraint(
            ["called_by_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_ticket_called_by_actor_uuid_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["called_desk_code"], ["desk.code"], name=op.f("fk_ticket_called_desk_code_desk")
        ),
        sa.ForeignKeyConstraint(
            ["klantcontact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_ticket_klantcontact_uuid_klantcontact"),
        ),
        sa.ForeignKeyConstraint(
            ["partij_uuid"], ["partij.uuid"], name=op.f("fk_ticket_partij_uuid_partij")
        ),
        sa.ForeignKeyConstraint(
            ["queue_code"], ["service_queue.code"], name=op.f("fk_ticket_queue_code_service_queue")
        ),
        sa.ForeignKeyConstraint(
            ["target_desk_code"], ["desk.code"], name=op.f("fk_ticket_target_desk_code_desk")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_ticket")),
        sa.UniqueConstraint(
            "queue_code", "service_date", "number", name="uq_ticket_queue_day_number"
        ),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_called_desk", ["called_desk_code", "status"], unique=False)
        batch_op.create_index("ix_ticket_partij_uuid", ["partij_uuid"], unique=False)
        batch_op.create_index(
            "ix_ticket_status_queue_waiting_since",
            ["status", "queue_code", "waiting_since"],
            unique=False,
        )

    op.create_table(
        "queue_call",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("ticket_uuid", sa.Uuid(), nullable=False),
        sa.Column("ticket_code", sa.String(length=12), nullable=False),
        sa.Column("desk_naam", sa.String(length=60), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recall", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_uuid"],
            ["ticket.uuid"],
            name=op.f("fk_queue_call_ticket_uuid_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_call")),
    )
    with op.batch_alter_table("queue_call", schema=None) as batch_op:
        batch_op.create_index("ix_queue_call_called_at", ["called_at"], unique=False)

    with op.batch_alter_table("klantcontact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wait_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("klantcontact", schema=None) as batch_op:
        batch_op.drop_column("wait_seconds")

    with op.batch_alter_table("queue_call", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_call_called_at")

    op.drop_table("queue_call")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_status_queue_waiting_since")
        batch_op.drop_index("ix_ticket_partij_uuid")
        batch_op.drop_index("ix_ticket_called_desk")

    op.drop_table("ticket")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_partij_uuid")
        batch_op.drop_index("ix_appointment_checkin_key")
        batch_op.drop_index("ix_appointment_agenda_starts_at")

    op.drop_table("appointment")
    op.drop_table("agenda_hours")
    op.drop_table("agenda_closure")
    op.drop_table("queue_day_counter")
    op.drop_table("desk_route")
    op.drop_table("agenda")
    op.drop_table("service_queue")
    op.drop_table("desk")
    op.drop_table("site_secret")
