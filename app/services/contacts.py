"""Register contacts of every channel, read a person's history, hand off and finish tasks.

One transaction per call. Registration is idempotent on the client-made UUID: a kiosk that
lost its connection after sending can send the same contact again and it is stored once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID, uuid4

from sqlalchemy import Boolean, String, Uuid, bindparam, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import BindParameter

from app.registry.db import Database
from app.registry.models import (
    Actor,
    Betrokkene,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Partij,
    PartijIdentificator,
    Product,
    Resolution,
    Rol,
    SoortActor,
    TaakStatus,
    table,
)
from app.registry.models_queue import Ticket
from app.services.actors import unit_by_code
from app.services.audit import record_audit, record_audit_many
from app.services.auth import Permission, Principal
from app.services.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    UnknownProductError,
    ValidationError,
)
from app.services.parties import (
    find_person_uuid,
    mask_bsn,
    normalise_bsn,
    person_uuid,
)
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import NormState, add_working_days, local_date, norm_state

log = logging.getLogger(__name__)

MAX_ONDERWERP = 200
MAX_INHOUD = 20_000
CLOCK_SKEW = timedelta(minutes=5)
DEFAULT_NORM_DAYS = 5


@dataclass(frozen=True)
class HandOffRequest:
    """Hand the question to a back-office unit. No unit: the product's own unit."""

    gevraagde_handeling: str
    unit_code: str | None = None
    toelichting: str = ""


@dataclass(frozen=True)
class ContactDraft:
    kanaal: Kanaal
    onderwerp: str
    inhoud: str = ""
    uuid: UUID = field(default_factory=uuid4)
    bsn: str | None = None
    product_code: str | None = None
    zaak_nummer: str | None = None
    indicatie_contact_gelukt: bool = True
    taal: str = "nld"
    vertrouwelijk: bool = False
    plaatsgevonden_op: datetime | None = None
    location: str | None = None
    desk: str | None = None
    duration_seconds: int | None = None
    hand_off: HandOffRequest | None = None
    #: The queue visit this contact belongs to: ending that visit completes this contact with
    #: its wait and service time instead of registering a second one.
    ticket_uuid: UUID | None = None


@dataclass(frozen=True)
class RegistrationResult:
    contact_uuid: UUID
    # False when this UUID was already registered (a replay): nothing new was stored.
    created: bool
    task_uuid: UUID | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class TaskSummary:
    uuid: UUID
    contact_uuid: UUID
    unit_code: str
    unit_name: str
    gevraagde_handeling: str
    toelichting: str
    onderwerp: str
    status: TaakStatus
    toegewezen_op: datetime
    deadline: date
    service_norm_days: int
    state: NormState | None
    afgehandeld_op: datetime | None = None
    party_name: str | None = None
    #: Whose question it is: the BSN, masked unless the reader's role needs it.
    party_bsn_display: str | None = None


@dataclass(frozen=True)
class ContactSummary:
    uuid: UUID
    plaatsgevonden_op: datetime
    kanaal: Kanaal
    onderwerp: str
    inhoud: str
    resolution: Resolution
    indicatie_contact_gelukt: bool
    vertrouwelijk: bool
    location: str | None
    desk: str | None
    duration_seconds: int | None
    registered_by: str
    products: tuple[str, ...]
    tasks: tuple[TaskSummary, ...]


@dataclass(frozen=True)
class UnitInfo:
    code: str
    naam: str


@dataclass(frozen=True)
class ProductInfo:
    code: str
    naam: str
    service_norm_days: int
    unit_code: str | None


def _row_params() -> list[BindParameter[UUID]]:
    return [
        bindparam("row_uuid", type_=Uuid),
        bindparam("contact_uuid", type_=Uuid),
    ]


_ident = table(PartijIdentificator).c
# Link a contact to the Partij that has this BSN, in one statement (0 rows: person unknown).
_LINK_KNOWN_PERSON = (
    insert(table(Betrokkene))
    .from_select(
        ["uuid", "klantcontact_uuid", "partij_uuid", "rol", "initiator"],
        select(
            *_row_params(),
            _ident.partij_uuid,
            literal(Rol.KLANT.value, String),
            literal(True, Boolean),
        ).where(_ident.code_soort_object_id == "bsn", _ident.object_id == bindparam("bsn")),
    )
    .execution_options(preserve_rowcount=True)
)  # rowcount of an INSERT is dropped otherwise
_product = table(Product).c
# Record the product a contact was about, only if it exists and is active (0 rows: refuse).
_ADD_PRODUCT_SUBJECT = (
    insert(table(Onderwerpobject))
    .from_select(
        [
            "uuid",
            "klantcontact_uuid",
            "code_objecttype",
            "code_register",
            "code_soort_object_id",
            "object_id",
        ],
        select(
            *_row_params(),
            literal("product", String),
            literal("pdc", String),
            literal("code", String),
            _product.code,
        ).where(_product.code == bindparam("code"), _product.active.is_(True)),
    )
    .execution_options(preserve_rowcount=True)
)


class ContactService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    # -- registration ---------------------------------------------------------------------

    def register(self, principal: Principal, draft: ContactDraft) -> RegistrationResult:
        principal.require(Permission.REGISTER_CONTACT)
        if draft.hand_off is not None:
            principal.require(Permission.HAND_OFF)
        now = self._clock()
        bsn = normalise_bsn(draft.bsn) if draft.bsn else None
        validate_draft(draft, now)
        try:
            with self._db.write() as session:
                return insert_contact(session, principal.actor_uuid, draft, now, bsn=bsn)
        except IntegrityError:
            # This UUID is already registered (a replay, or a concurrent resend that won).
            with self._db.read() as session:
                existing = session.get(Klantcontact, draft.uuid)
                if existing is None:
                    raise
                return _replay_result(existing, draft, bsn, session)

    def hand_off(
        self,
        principal: Principal,
        contact_uuid: UUID,
        request: HandOffRequest,
        *,
        product_code: str | None = None,
    ) -> TaskSummary:
        """Hand an already registered contact to a back office (e.g. after a call-back)."""
        principal.require(Permission.HAND_OFF)
        now = self._clock()
        with self._db.write() as session:
            contact = session.get(Klantcontact, contact_uuid)
            if contact is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "This contact does not exist (any more).")
                )
            product = (
                session.get(Product, product_code)
                if product_code
                else _product_of(contact, session)
            )
            task = _create_task(session, contact, product, request, now)
            contact.resolution = Resolution.HANDED_OFF
            session.flush()
            return _task_summary(task, now)

    # -- reading --------------------------------------------------------------------------

    def list_for_person(
        self, principal: Principal, bsn: str, *, purpose: str, limit: int = 50
    ) -> list[ContactSummary]:
        """A person's contacts of all channels, newest first; audited with its purpose."""
        principal.require(Permission.READ_PERSON)
        bsn = normalise_bsn(bsn)
        purpose = require_purpose(purpose)
        now = self._clock()
        with self._db.write() as session:
            record_audit(
                session, principal.actor_uuid, "read_contacts", "bsn", bsn, at=now, purpose=purpose
            )
            partij_uuid = find_person_uuid(session, bsn)
            if partij_uuid is None:
                return []
            return contacts_of_person(session, partij_uuid, now, limit=limit)

    def list_units(self) -> list[UnitInfo]:
        with self._db.read() as session:
            units = session.scalars(
                select(Actor)
                .where(
                    Actor.soort_actor == SoortActor.ORGANISATORISCHE_EENHEID,
                    Actor.indicatie_actief.is_(True),
                )
                .order_by(Actor.naam)
            ).all()
            return [UnitInfo(code=u.code, naam=u.naam) for u in units]

    def list_products(self) -> list[ProductInfo]:
        with self._db.read() as session:
            products = session.scalars(
                select(Product)
                .where(Product.active.is_(True))
                .order_by(Product.naam)
                .options(selectinload(Product.unit))
            ).all()
            return [
                ProductInfo(
                    code=p.code,
                    naam=p.naam,
                    service_norm_days=p.service_norm_days,
                    unit_code=p.unit.code if p.unit else None,
                )
                for p in products
            ]

    # -- back-office tasks ----------------------------------------------------------------

    def list_open_tasks(self, principal: Principal, unit_code: str) -> list[TaskSummary]:
        """Open hand-offs of a unit, earliest deadline first (the order the back office works)."""
        principal.require(Permission.WORK_TASKS)
        now = self._clock()
        with self._db.write() as session:
            unit = unit_by_code(session, unit_code)
            rows = session.execute(
                select(InterneTaak, Partij.weergavenaam, PartijIdentificator.object_id)
                .join(Klantcontact, InterneTaak.klantcontact_uuid == Klantcontact.uuid)
                .outerjoin(Betrokkene, Betrokkene.klantcontact_uuid == Klantcontact.uuid)
                .outerjoin(Partij, Partij.uuid == Betrokkene.partij_uuid)
                .outerjoin(
                    PartijIdentificator,
                    (PartijIdentificator.partij_uuid == Partij.uuid)
                    & (PartijIdentificator.code_soort_object_id == "bsn"),
                )
                .where(
                    InterneTaak.toegewezen_aan_actor_uuid == unit.uuid,
                    InterneTaak.status == TaakStatus.TE_VERWERKEN,
                )
                .order_by(InterneTaak.deadline, InterneTaak.toegewezen_op)
                .options(
                    selectinload(InterneTaak.klantcontact), selectinload(InterneTaak.toegewezen_aan)
                )
            ).all()
            record_audit_many(
                session,
                principal.actor_uuid,
                "list_tasks",
                "bsn",
                (bsn for _, _, bsn in rows if bsn),
                at=now,
                purpose=f"takenlijst {unit_code}",
            )
            full = principal.can(Permission.SEE_FULL_BSN)
            return [
                _task_summary(
                    task,
                    now,
                    party_name=name,
                    party_bsn_display=(bsn if full else mask_bsn(bsn)) if bsn else None,
                )
                for task, name, bsn in rows
            ]

    def complete_task(self, principal: Principal, task_uuid: UUID, note: str) -> TaskSummary:
        principal.require(Permission.WORK_TASKS)
        now = self._clock()
        with self._db.write() as session:
            task = session.get(InterneTaak, task_uuid, with_for_update=not self._db.is_sqlite)
            if task is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "This task does not exist (any more).")
                )
            supervisor = principal.can(Permission.VIEW_MANAGEMENT_INFO)
            if not supervisor and principal.unit_actor_uuid != task.toegewezen_aan_actor_uuid:
                raise PermissionDeniedError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This task belongs to another unit ({unit}); only that unit or a "
                        "teamleider can complete it.",
                    ),
                    unit=task.toegewezen_aan.naam,
                )
            if task.status == TaakStatus.VERWERKT:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "This task was already completed on {when}."),
                    when=local_date(task.afgehandeld_op or now).isoformat(),
                )
            task.status = TaakStatus.VERWERKT
            task.afgehandeld_op = now
            task.afgehandeld_door_actor_uuid = principal.actor_uuid
            task.afhandeling_toelichting = note.strip()
            session.flush()
            return _task_summary(task, now)


def insert_contact(
    session: Session,
    actor_uuid: UUID,
    draft: ContactDraft,
    now: datetime,
    *,
    bsn: str | None = None,
    partij_uuid: UUID | None = None,
) -> RegistrationResult:
    """Insert the contact, its party link, subjects and audit row in the caller's transaction.

    For callers that have checked the permission and validated the draft (``validate_draft``)
    and write more in the same transaction: the kiosk's session record, a host's help. The
    party is a BSN (normalised by the caller; found or created) or a known ``partij_uuid``.

    This is the hottest write of the product (every contact of every channel), so it is
    written for round trips (see ``benchmarks/register_contact.py``): Core inserts on the
    mapped tables instead of the unit of work, which cost several times the SQL itself
    (column types still apply: UTC times, enums); the person lookup and the product check
    are folded into ``INSERT ... SELECT`` statements; and there is no "does this UUID
    exist" query, because a replay is rare: the insert is optimistic and ``register``
    answers a primary-key conflict in a fresh transaction. Typical cost: four statements.
    """
    resolution = (
        Resolution.HANDED_OFF
        if draft.hand_off is not None
        else Resolution.FIRST_LINE
        if draft.indicatie_contact_gelukt
        else Resolution.NOT_RESOLVED
    )
    conn = session.connection()
    conn.execute(
        insert(table(Klantcontact)),
        [
            {
                "uuid": draft.uuid,
                "kanaal": draft.kanaal,
                "onderwerp": draft.onderwerp.strip(),
                "inhoud": draft.inhoud.strip(),
                "indicatie_contact_gelukt": draft.indicatie_contact_gelukt,
                "taal": draft.taal,
                "vertrouwelijk": draft.vertrouwelijk,
                "plaatsgevonden_op": draft.plaatsgevonden_op or now,
                "location": draft.location,
                "desk": draft.desk,
                "duration_seconds": draft.duration_seconds,
                "resolution": resolution,
                "registered_by_actor_uuid": actor_uuid,
                "registered_at": now,
            }
        ],
    )
    if bsn is not None:
        link = {"row_uuid": uuid4(), "contact_uuid": draft.uuid, "bsn": bsn}
        if conn.execute(_LINK_KNOWN_PERSON, link).rowcount == 0:
            # First contact of this person: create the Partij, then link it.
            conn.execute(
                insert(table(Betrokkene)),
                [
                    {
                        "uuid": link["row_uuid"],
                        "klantcontact_uuid": draft.uuid,
                        "partij_uuid": person_uuid(session, bsn),
                        "rol": Rol.KLANT,
                        "initiator": True,
                    }
                ],
            )
    elif partij_uuid is not None:
        conn.execute(
            insert(table(Betrokkene)),
            [
                {
                    "uuid": uuid4(),
                    "klantcontact_uuid": draft.uuid,
                    "partij_uuid": partij_uuid,
                    "rol": Rol.KLANT,
                    "initiator": True,
                }
            ],
        )
    if draft.product_code:
        added = conn.execute(
            _ADD_PRODUCT_SUBJECT,
            {"row_uuid": uuid4(), "contact_uuid": draft.uuid, "code": draft.product_code},
        )
        if added.rowcount == 0:  # unknown or withdrawn product: the whole insert rolls back
            raise UnknownProductError(code=draft.product_code)
    if draft.zaak_nummer:
        conn.execute(
            insert(table(Onderwerpobject)),
            [_subject_row(draft.uuid, "zaak", "zrc", "identificatie", draft.zaak_nummer.strip())],
        )
    if draft.ticket_uuid is not None:
        # The first contact of a visit is the visit's contact; later ones stand alone.
        conn.execute(
            update(table(Ticket))
            .where(
                table(Ticket).c.uuid == draft.ticket_uuid,
                table(Ticket).c.klantcontact_uuid.is_(None),
            )
            .values(klantcontact_uuid=draft.uuid)
        )
    if bsn is not None:
        record_audit(
            session,
            actor_uuid,
            "register_contact",
            "bsn",
            bsn,
            at=now,
            detail=str(draft.uuid),
        )
    task = None
    if draft.hand_off is not None:
        contact = session.get_one(Klantcontact, draft.uuid)
        product = session.get(Product, draft.product_code) if draft.product_code else None
        task = _create_task(session, contact, product, draft.hand_off, now)
    log.info(
        "contact %s registered: kanaal=%s resolution=%s",
        draft.uuid,
        draft.kanaal.value,
        resolution.value,
    )
    return RegistrationResult(
        contact_uuid=draft.uuid,
        created=True,
        task_uuid=task.uuid if task else None,
        deadline=task.deadline if task else None,
    )


def require_purpose(purpose: str) -> str:
    """Doelbinding: a read of person data states why; an empty purpose is refused."""
    purpose = purpose.strip()
    if not purpose:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "State why you look up this person (purpose)."),
            field="purpose",
        )
    return purpose


def contacts_of_person(
    session: Session, partij_uuid: UUID, now: datetime, *, limit: int = 50
) -> list[ContactSummary]:
    """Newest contacts of a party, for callers that have already checked and audited.

    Takes the Partij UUID, not the BSN, so a caller that needs several lists about one person
    (the 360 overview) resolves the person once (``find_person_uuid``).
    """
    contacts = session.scalars(
        select(Klantcontact)
        .join(Betrokkene, Betrokkene.klantcontact_uuid == Klantcontact.uuid)
        .where(Betrokkene.partij_uuid == partij_uuid)
        .order_by(Klantcontact.plaatsgevonden_op.desc())
        .limit(limit)
        .options(
            selectinload(Klantcontact.onderwerpobjecten),
            selectinload(Klantcontact.interne_taken).selectinload(InterneTaak.toegewezen_aan),
            selectinload(Klantcontact.registered_by),
        )
    ).all()
    return [_contact_summary(c, now) for c in contacts]


def open_tasks_of_person(session: Session, partij_uuid: UUID, now: datetime) -> list[TaskSummary]:
    """Every open hand-off about a party, earliest deadline first (not only recent ones)."""
    tasks = session.scalars(
        select(InterneTaak)
        .join(Betrokkene, Betrokkene.klantcontact_uuid == InterneTaak.klantcontact_uuid)
        .where(
            Betrokkene.partij_uuid == partij_uuid,
            InterneTaak.status == TaakStatus.TE_VERWERKEN,
        )
        .order_by(InterneTaak.deadline, InterneTaak.toegewezen_op)
        .options(selectinload(InterneTaak.klantcontact), selectinload(InterneTaak.toegewezen_aan))
    ).all()
    return [_task_summary(task, now) for task in tasks]


def validate_draft(draft: ContactDraft, now: datetime) -> None:
    if not isinstance(draft.kanaal, Kanaal):
        raise ValidationError(field="kanaal")
    onderwerp = draft.onderwerp.strip()
    if not onderwerp:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Fill in the subject (onderwerp) of the contact."),
            field="onderwerp",
        )
    if len(onderwerp) > MAX_ONDERWERP:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The subject is longer than {n} characters."),
            field="onderwerp",
            n=MAX_ONDERWERP,
        )
    if len(draft.inhoud) > MAX_INHOUD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The content is longer than {n} characters."),
            field="inhoud",
            n=MAX_INHOUD,
        )
    if len(draft.taal) != 3 or not draft.taal.isalpha() or not draft.taal.islower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Language must be an ISO 639-2 code such as nld or eng."),
            field="taal",
        )
    if draft.duration_seconds is not None and not 0 <= draft.duration_seconds <= 86_400:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The duration must be between 0 seconds and one day."),
            field="duration",
        )
    when = draft.plaatsgevonden_op
    if when is not None:
        if when.tzinfo is None:
            raise ValueError("plaatsgevonden_op must be timezone-aware")
        if when > now + CLOCK_SKEW:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The contact cannot take place in the future."),
                field="plaatsgevonden_op",
            )
    if draft.hand_off is not None and not draft.hand_off.gevraagde_handeling.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Describe what the back office must do."),
            field="gevraagde_handeling",
        )


def _subject_row(
    contact: UUID, objecttype: str, register: str, soort: str, object_id: str
) -> dict[str, object]:
    return {
        "uuid": uuid4(),
        "klantcontact_uuid": contact,
        "code_objecttype": objecttype,
        "code_register": register,
        "code_soort_object_id": soort,
        "object_id": object_id,
    }


def _replay_result(
    existing: Klantcontact, draft: ContactDraft, bsn: str | None, session: Session
) -> RegistrationResult:
    """Accept a resend of the same contact; refuse a different contact under a used UUID."""
    same = (
        existing.kanaal == draft.kanaal
        and existing.onderwerp == draft.onderwerp.strip()
        and existing.inhoud == draft.inhoud.strip()
        and (
            draft.plaatsgevonden_op is None or existing.plaatsgevonden_op == draft.plaatsgevonden_op
        )
    )
    if same and bsn is not None:
        partij_uuid = find_person_uuid(session, bsn)
        same = partij_uuid is not None and any(
            b.partij_uuid == partij_uuid for b in existing.betrokkenen
        )
    if not same:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A different contact was already registered under this number; nothing was saved.",
            )
        )
    task = existing.interne_taken[0] if existing.interne_taken else None
    return RegistrationResult(
        contact_uuid=existing.uuid,
        created=False,
        task_uuid=task.uuid if task else None,
        deadline=task.deadline if task else None,
    )


def _product_of(contact: Klantcontact, session: Session) -> Product | None:
    for obj in contact.onderwerpobjecten:
        if obj.code_objecttype == "product":
            return session.get(Product, obj.object_id)
    return None


def _create_task(
    session: Session,
    contact: Klantcontact,
    product: Product | None,
    request: HandOffRequest,
    now: datetime,
) -> InterneTaak:
    if request.unit_code:
        unit = unit_by_code(session, request.unit_code)
    elif product is not None and product.unit is not None:
        unit = product.unit
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the back-office unit to hand this contact to."),
            field="unit",
        )
    norm = product.service_norm_days if product is not None else DEFAULT_NORM_DAYS
    task = InterneTaak(
        uuid=uuid4(),
        klantcontact_uuid=contact.uuid,
        toegewezen_aan_actor_uuid=unit.uuid,
        gevraagde_handeling=request.gevraagde_handeling.strip(),
        toelichting=request.toelichting.strip(),
        status=TaakStatus.TE_VERWERKEN,
        toegewezen_op=now,
        service_norm_days=norm,
        deadline=add_working_days(local_date(now), norm),
    )
    task.toegewezen_aan = unit
    task.klantcontact = contact
    session.add(task)
    session.flush()
    return task


def _task_summary(
    task: InterneTaak,
    now: datetime,
    party_name: str | None = None,
    party_bsn_display: str | None = None,
) -> TaskSummary:
    open_ = task.status == TaakStatus.TE_VERWERKEN
    return TaskSummary(
        uuid=task.uuid,
        contact_uuid=task.klantcontact_uuid,
        unit_code=task.toegewezen_aan.code,
        unit_name=task.toegewezen_aan.naam,
        gevraagde_handeling=task.gevraagde_handeling,
        toelichting=task.toelichting,
        onderwerp=task.klantcontact.onderwerp,
        status=task.status,
        toegewezen_op=task.toegewezen_op,
        deadline=task.deadline,
        service_norm_days=task.service_norm_days,
        state=norm_state(task.deadline, local_date(now)) if open_ else None,
        afgehandeld_op=task.afgehandeld_op,
        party_name=party_name,
        party_bsn_display=party_bsn_display,
    )


def _contact_summary(contact: Klantcontact, now: datetime) -> ContactSummary:
    return ContactSummary(
        uuid=contact.uuid,
        plaatsgevonden_op=contact.plaatsgevonden_op,
        kanaal=contact.kanaal,
        onderwerp=contact.onderwerp,
        inhoud=contact.inhoud,
        resolution=contact.resolution,
        indicatie_contact_gelukt=contact.indicatie_contact_gelukt,
        vertrouwelijk=contact.vertrouwelijk,
        location=contact.location,
        desk=contact.desk,
        duration_seconds=contact.duration_seconds,
        registered_by=contact.registered_by.naam,
        products=tuple(
            o.object_id for o in contact.onderwerpobjecten if o.code_objecttype == "product"
        ),
        tasks=tuple(_task_summary(t, now) for t in contact.interne_taken),
    )
