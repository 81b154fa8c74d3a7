"""contact registry

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column(
            "soort_actor",
            sa.Enum(
                "medewerker",
                "geautomatiseerde_actor",
                "organisatorische_eenheid",
                name="soort_actor",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("indicatie_actief", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_actor")),
        sa.UniqueConstraint("code", name=op.f("uq_actor_code")),
    )
    op.create_table(
        "partij",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column(
            "soort_partij",
            sa.Enum(
                "persoon",
                "organisatie",
                "contactpersoon",
                name="soort_partij",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("weergavenaam", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_partij")),
    )
    op.create_table(
        "audit_record",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("subject_type", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=120), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_uuid"], ["actor.uuid"], name=op.f("fk_audit_record_actor_uuid_actor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_record")),
    )
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.create_index("ix_audit_record_actor_at", ["actor_uuid", "at"], unique=False)
        batch_op.create_index(
            "ix_audit_record_subject", ["subject_type", "subject_id", "at"], unique=False
        )

    op.create_table(
        "klantcontact",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column(
            "kanaal",
            sa.Enum(
                "balie",
                "telefoon",
                "e-mail",
                "post",
                "internet",
                "kiosk",
                name="kanaal",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("onderwerp", sa.String(length=200), nullable=False),
        sa.Column("inhoud", sa.Text(), nullable=False),
        sa.Column("indicatie_contact_gelukt", sa.Boolean(), nullable=False),
        sa.Column("taal", sa.String(length=3), nullable=False),
        sa.Column("vertrouwelijk", sa.Boolean(), nullable=False),
        sa.Column("plaatsgevonden_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=True),
        sa.Column("desk", sa.String(length=60), nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column(
            "resolution",
            sa.Enum(
                "first_line",
                "handed_off",
                "not_resolved",
                name="resolution",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("registered_by_actor_uuid", sa.Uuid(), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["registered_by_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_klantcontact_registered_by_actor_uuid_actor"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_klantcontact")),
    )
    with op.batch_alter_table("klantcontact", schema=None) as batch_op:
        batch_op.create_index(
            "ix_klantcontact_kanaal_plaatsgevonden_op",
            ["kanaal", "plaatsgevonden_op"],
            unique=False,
        )
        batch_op.create_index(
            "ix_klantcontact_plaatsgevonden_op", ["plaatsgevonden_op"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_klantcontact_registered_by_actor_uuid"),
            ["registered_by_actor_uuid"],
            unique=False,
        )

    op.create_table(
        "partij_identificator",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("partij_uuid", sa.Uuid(), nullable=False),
        sa.Column("code_objecttype", sa.String(length=40), nullable=False),
        sa.Column("code_soort_object_id", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.String(length=80), nullable=False),
        sa.Column("code_register", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["partij_uuid"],
            ["partij.uuid"],
            name=op.f("fk_partij_identificator_partij_uuid_partij"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_partij_identificator")),
        sa.UniqueConstraint("code_soort_object_id", "object_id", name="uq_partij_identificator_id"),
    )
    with op.batch_alter_table("partij_identificator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partij_identificator_partij_uuid"), ["partij_uuid"], unique=False
        )

    op.create_table(
        "product",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("service_norm_days", sa.Integer(), nullable=False),
        sa.Column("unit_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_actor_uuid"], ["actor.uuid"], name=op.f("fk_product_unit_actor_uuid_actor")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_product")),
    )
    op.create_table(
        "staff_user",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("actor_uuid", sa.Uuid(), nullable=False),
        sa.Column("unit_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_uuid"], ["actor.uuid"], name=op.f("fk_staff_user_actor_uuid_actor")
        ),
        sa.ForeignKeyConstraint(
            ["unit_actor_uuid"], ["actor.uuid"], name=op.f("fk_staff_user_unit_actor_uuid_actor")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_staff_user")),
        sa.UniqueConstraint("actor_uuid", name=op.f("uq_staff_user_actor_uuid")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_user_username")),
    )
    op.create_table(
        "betrokkene",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("klantcontact_uuid", sa.Uuid(), nullable=False),
        sa.Column("partij_uuid", sa.Uuid(), nullable=True),
        sa.Column(
            "rol",
            sa.Enum("klant", "vertegenwoordiger", name="rol", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("initiator", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["klantcontact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_betrokkene_klantcontact_uuid_klantcontact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partij_uuid"], ["partij.uuid"], name=op.f("fk_betrokkene_partij_uuid_partij")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_betrokkene")),
    )
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_betrokkene_klantcontact_uuid"), ["klantcontact_uuid"], unique=False
        )
        batch_op.create_index(
            "ix_betrokkene_partij_uuid_klantcontact_uuid",
            ["partij_uuid", "klantcontact_uuid"],
            unique=False,
        )

    op.create_table(
        "interne_taak",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("klantcontact_uuid", sa.Uuid(), nullable=False),
        sa.Column("toegewezen_aan_actor_uuid", sa.Uuid(), nullable=False),
        sa.Column("gevraagde_handeling", sa.String(length=500), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("te_verwerken", "verwerkt", name="taak_status", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("toegewezen_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("service_norm_days", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("afgehandeld_op", sa.DateTime(timezone=True), nullable=True),
        sa.Column("afgehandeld_door_actor_uuid", sa.Uuid(), nullable=True),
        sa.Column("afhandeling_toelichting", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["afgehandeld_door_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_interne_taak_afgehandeld_door_actor_uuid_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["klantcontact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_interne_taak_klantcontact_uuid_klantcontact"),
        ),
        sa.ForeignKeyConstraint(
            ["toegewezen_aan_actor_uuid"],
            ["actor.uuid"],
            name=op.f("fk_interne_taak_toegewezen_aan_actor_uuid_actor"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_interne_taak")),
    )
    with op.batch_alter_table("interne_taak", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interne_taak_klantcontact_uuid"), ["klantcontact_uuid"], unique=False
        )
        batch_op.create_index(
            "ix_interne_taak_unit_status_deadline",
            ["toegewezen_aan_actor_uuid", "status", "deadline"],
            unique=False,
        )

    op.create_table(
        "onderwerpobject",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("klantcontact_uuid", sa.Uuid(), nullable=False),
        sa.Column("code_objecttype", sa.String(length=40), nullable=False),
        sa.Column("code_register", sa.String(length=40), nullable=False),
        sa.Column("code_soort_object_id", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["klantcontact_uuid"],
            ["klantcontact.uuid"],
            name=op.f("fk_onderwerpobject_klantcontact_uuid_klantcontact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_onderwerpobject")),
    )
    with op.batch_alter_table("onderwerpobject", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_onderwerpobject_klantcontact_uuid"), ["klantcontact_uuid"], unique=False
        )
        batch_op.create_index(
            "ix_onderwerpobject_object", ["code_objecttype", "object_id"], unique=False
        )

    op.create_table(
        "staff_role",
        sa.Column("user_uuid", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "medewerker",
                "teamleider",
                "beheerder",
                "kiosk",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_uuid"],
            ["staff_user.uuid"],
            name=op.f("fk_staff_role_user_uuid_staff_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_uuid", "role", name=op.f("pk_staff_role")),
    )


def downgrade() -> None:
    op.drop_table("staff_role")
    with op.batch_alter_table("onderwerpobject", schema=None) as batch_op:
        batch_op.drop_index("ix_onderwerpobject_object")
        batch_op.drop_index(batch_op.f("ix_onderwerpobject_klantcontact_uuid"))

    op.drop_table("onderwerpobject")
    with op.batch_alter_table("interne_taak", schema=None) as batch_op:
        batch_op.drop_index("ix_interne_taak_unit_status_deadline")
        batch_op.drop_index(batch_op.f("ix_interne_taak_klantcontact_uuid"))

    op.drop_table("interne_taak")
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        batch_op.drop_index("ix_betrokkene_partij_uuid_klantcontact_uuid")
        batch_op.drop_index(batch_op.f("ix_betrokkene_klantcontact_uuid"))

    op.drop_table("betrokkene")
    op.drop_table("staff_user")
    op.drop_table("product")
    with op.batch_alter_table("partij_identificator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partij_identificator_partij_uuid"))

    op.drop_table("partij_identificator")
    with op.batch_alter_table("klantcontact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_klantcontact_registered_by_actor_uuid"))
        batch_op.drop_index("ix_klantcontact_plaatsgevonden_op")
        batch_op.drop_index("ix_klantcontact_kanaal_plaatsgevonden_op")

    op.drop_table("klantcontact")
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_record_subject")
        batch_op.drop_index("ix_audit_record_actor_at")

    op.drop_table("audit_record")
    op.drop_table("partij")
    op.drop_table("actor")
