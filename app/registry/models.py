"""The contact registry, shaped after the VNG Klantinteracties API.

Entity and field names follow the standard (Partij, Klantcontact, Betrokkene, Onderwerpobject,
Actor, InterneTaak; kanaal, onderwerp, inhoud, ...) so that a sync to Open Klant is a mapping of
names, not a rewrite. What the standard lacks and a KCC needs (desk, duration, first-line or
handed off, the service-norm deadline) is added in English.

Primary keys are UUIDs made by the client, so a kiosk can register a contact offline and replay
it later without creating a second row. Times are stored in UTC (see ``UtcDateTime``).
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend.

    SQLite has no time zone type and hands back naive values; without this, comparisons between
    a stored time and ``datetime.now(UTC)`` would raise in one backend and not the other.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the registry; use an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SoortPartij(enum.StrEnum):
    PERSOON = "persoon"
    ORGANISATIE = "organisatie"
    CONTACTPERSOON = "contactpersoon"


class SoortActor(enum.StrEnum):
    MEDEWERKER = "medewerker"
    GEAUTOMATISEERDE_ACTOR = "geautomatiseerde_actor"
    ORGANISATORISCHE_EENHEID = "organisatorische_eenheid"


class Kanaal(enum.StrEnum):
    """Contact channels the KCC registers (the standard leaves kanaal free text)."""

    BALIE = "balie"
    TELEFOON = "telefoon"
    EMAIL = "e-mail"
    POST = "post"
    INTERNET = "internet"
    KIOSK = "kiosk"


class Resolution(enum.StrEnum):
    """Whether the KCC answered the contact itself or handed it to a back office."""

    FIRST_LINE = "first_line"
    HANDED_OFF = "handed_off"
    NOT_RESOLVED = "not_resolved"


class TaakStatus(enum.StrEnum):
    TE_VERWERKEN = "te_verwerken"
    VERWERKT = "verwerkt"


class Rol(enum.StrEnum):
    KLANT = "klant"
    VERTEGENWOORDIGER = "vertegenwoordiger"


class Role(enum.StrEnum):
    """Staff roles; what each may do is decided in ``app.services.auth``."""

    MEDEWERKER = "medewerker"
    TEAMLEIDER = "teamleider"
    BEHEERDER = "beheerder"
    KIOSK = "kiosk"
    #: Gastvrouw/gastheer in the stadshal: helps visitors at the kiosks (the host view).
    HOST = "host"


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    # Stored as plain strings (no native PG enum): adding a channel must not need ALTER TYPE.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Partij(Base):
    __tablename__ = "partij"

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    soort_partij: Mapped[SoortPartij] = mapped_column(_enum(SoortPartij, "soort_partij"))
    #: Shown in lists; may be empty until a BRP lookup fills it, and is cleared on anonymisation.
    weergavenaam: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    identificatoren: Mapped[list[PartijIdentificator]] = relationship(
        back_populates="partij", cascade="all, delete-orphan"
    )


class PartijIdentificator(Base):
    __tablename__ = "partij_identificator"
    __table_args__ = (
        UniqueConstraint("code_soort_object_id", "object_id", name="uq_partij_identificator_id"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    partij_uuid: Mapped[UUID] = mapped_column(
        ForeignKey("partij.uuid", ondelete="CASCADE"), index=True
    )
    #: natuurlijk_persoon / niet_natuurlijk_persoon / vestiging
    code_objecttype: Mapped[str] = mapped_column(String(40))
    #: bsn / kvk_nummer / vestigingsnummer / rsin
    code_soort_object_id: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(80))
    #: brp / hr
    code_register: Mapped[str] = mapped_column(String(40))

    partij: Mapped[Partij] = relationship(back_populates="identificatoren")


class Actor(Base):
    """Who acted: a medewerker, an organisatorische eenheid (back office) or a kiosk."""

    __tablename__ = "actor"

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    soort_actor: Mapped[SoortActor] = mapped_column(_enum(SoortActor, "soort_actor"))
    #: Stable handle: a username, a unit code such as ``BO-BURGERZAKEN``, a kiosk id.
    code: Mapped[str] = mapped_column(String(80), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    indicatie_actief: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffUser(Base):
    __tablename__ = "staff_user"

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(200))
    actor_uuid: Mapped[UUID] = mapped_column(ForeignKey("actor.uuid"), unique=True)
    #: Back-office unit the user works for, if any (decides whose task list they see).
    unit_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    actor: Mapped[Actor] = relationship(foreign_keys=[actor_uuid])
    unit: Mapped[Actor | None] = relationship(foreign_keys=[unit_actor_uuid])
    roles: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan")


class StaffRole(Base):
    __tablename__ = "staff_role"

    user_uuid: Mapped[UUID] = mapped_column(
        ForeignKey("staff_user.uuid", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), primary_key=True)


class Product(Base):
    """A product from the catalogue (names after the Uniforme Productnamenlijst).

    The registry needs the norm and the owner unit; fees, requirements, channels, doelgroepen
    and themes hang off ``code`` in ``app.registry.models_catalogue``.
    """

    __tablename__ = "product"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    #: Service norm in Dutch working days for a hand-off about this product.
    service_norm_days: Mapped[int] = mapped_column(Integer, default=5)
    unit_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: One or two sentences for the product card and the kiosk.
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Said with every fee, e.g. that amounts follow the legesverordening of the year.
    fee_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    unit: Mapped[Actor | None] = relationship()


class Klantcontact(Base):
    __tablename__ = "klantcontact"
    __table_args__ = (
        Index("ix_klantcontact_plaatsgevonden_op", "plaatsgevonden_op"),
        Index("ix_klantcontact_kanaal_plaatsgevonden_op", "kanaal", "plaatsgevonden_op"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    kanaal: Mapped[Kanaal] = mapped_column(_enum(Kanaal, "kanaal"))
    onderwerp: Mapped[str] = mapped_column(String(200))
    inhoud: Mapped[str] = mapped_column(Text, default="")
    indicatie_contact_gelukt: Mapped[bool] = mapped_column(Boolean, default=True)
    #: ISO 639-2/B, as the standard asks (nld, eng, ...).
    taal: Mapped[str] = mapped_column(String(3), default="nld")
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)
    plaatsgevonden_op: Mapped[datetime] = mapped_column(UtcDateTime)
    location: Mapped[str | None] = mapped_column(String(120))
    desk: Mapped[str | None] = mapped_column(String(60))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    #: Seconds the visitor waited in the queue before the call (visits through a ticket only).
    wait_seconds: Mapped[int | None] = mapped_column(Integer)
    resolution: Mapped[Resolution] = mapped_column(_enum(Resolution, "resolution"))
    registered_by_actor_uuid: Mapped[UUID] = mapped_column(ForeignKey("actor.uuid"), index=True)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    betrokkenen: Mapped[list[Betrokkene]] = relationship(
        back_populates="klantcontact", cascade="all, delete-orphan"
    )
    onderwerpobjecten: Mapped[list[Onderwerpobject]] = relationship(
        back_populates="klantcontact", cascade="all, delete-orphan"
    )
    interne_taken: Mapped[list[InterneTaak]] = relationship(back_populates="klantcontact")
    registered_by: Mapped[Actor] = relationship()


class Betrokkene(Base):
    """A party in a contact (klant, or someone acting for them)."""

    __tablename__ = "betrokkene"
    __table_args__ = (
        # The history of a person is read by partij, newest first: this index serves it.
        Index("ix_betrokkene_partij_uuid_klantcontact_uuid", "partij_uuid", "klantcontact_uuid"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    klantcontact_uuid: Mapped[UUID] = mapped_column(
        ForeignKey("klantcontact.uuid", ondelete="CASCADE"), index=True
    )
    partij_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("partij.uuid"))
    rol: Mapped[Rol] = mapped_column(_enum(Rol, "rol"), default=Rol.KLANT)
    initiator: Mapped[bool] = mapped_column(Boolean, default=True)

    klantcontact: Mapped[Klantcontact] = relationship(back_populates="betrokkenen")
    partij: Mapped[Partij | None] = relationship()


class Onderwerpobject(Base):
    """What a contact was about: a product from the catalogue, a zaak number, ..."""

    __tablename__ = "onderwerpobject"
    __table_args__ = (Index("ix_onderwerpobject_object", "code_objecttype", "object_id"),)

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    klantcontact_uuid: Mapped[UUID] = mapped_column(
        ForeignKey("klantcontact.uuid", ondelete="CASCADE"), index=True
    )
    code_objecttype: Mapped[str] = mapped_column(String(40))
    code_register: Mapped[str] = mapped_column(String(40))
    code_soort_object_id: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(120))

    klantcontact: Mapped[Klantcontact] = relationship(back_populates="onderwerpobjecten")


class InterneTaak(Base):
    """A hand-off to a back-office unit, with the deadline from the product's service norm."""

    __tablename__ = "interne_taak"
    __table_args__ = (
        Index(
            "ix_interne_taak_unit_status_deadline",
            "toegewezen_aan_actor_uuid",
            "status",
            "deadline",
        ),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    klantcontact_uuid: Mapped[UUID] = mapped_column(ForeignKey("klantcontact.uuid"), index=True)
    toegewezen_aan_actor_uuid: Mapped[UUID] = mapped_column(ForeignKey("actor.uuid"))
    gevraagde_handeling: Mapped[str] = mapped_column(String(500))
    toelichting: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[TaakStatus] = mapped_column(
        _enum(TaakStatus, "taak_status"), default=TaakStatus.TE_VERWERKEN
    )
    toegewezen_op: Mapped[datetime] = mapped_column(UtcDateTime)
    service_norm_days: Mapped[int] = mapped_column(Integer)
    #: Last working day (Europe/Amsterdam) on which the task is on time.
    deadline: Mapped[date] = mapped_column(Date)
    afgehandeld_op: Mapped[datetime | None] = mapped_column(UtcDateTime)
    afgehandeld_door_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    afhandeling_toelichting: Mapped[str | None] = mapped_column(Text)

    klantcontact: Mapped[Klantcontact] = relationship(back_populates="interne_taken")
    toegewezen_aan: Mapped[Actor] = relationship(foreign_keys=[toegewezen_aan_actor_uuid])


class AuditRecord(Base):
    """Protocollering: who read or changed whose data, when, and why.

    Kept apart from application logs on purpose: logs must hold no BSN, this table must.
    """

    __tablename__ = "audit_record"
    __table_args__ = (
        Index("ix_audit_record_subject", "subject_type", "subject_id", "at"),
        Index("ix_audit_record_actor_at", "actor_uuid", "at"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    action: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


def table(model: type[Base]) -> Table:
    """The Core table of a model, for hot paths that skip the unit of work.

    ``__table__`` is typed as a generic FromClause; every model here maps exactly one Table.
    """
    mapped = model.__table__
    if not isinstance(mapped, Table):
        raise TypeError(f"{model.__name__} is not mapped to a single table")
    return mapped


# Register the catalogue tables on ``Base.metadata`` for Alembic and the test fixtures.
from app.registry import models_catalogue as _catalogue  # noqa: E402, F401
from app.registry import models_devices as _devices  # noqa: E402, F401
from app.registry import models_kiosk as _kiosk  # noqa: E402, F401
from app.registry import models_kto as _kto  # noqa: E402, F401
from app.registry import models_mi as _mi  # noqa: E402, F401
from app.registry import models_payment as _payment  # noqa: E402, F401
from app.registry import models_queue as _queue  # noqa: E402, F401
