"""The stadshal's kiosks as the host view sees them, and each kiosk session as a Klantcontact.

Kiosk side (``OPERATE_KIOSK``; a kiosk speaks only for itself, its id is its actor code):

- ``report_state`` is the heartbeat (every few seconds): the kiosk's step, language and session
  start overwrite its ``kiosk_station`` row in one ``INSERT ... ON CONFLICT DO UPDATE ...
  RETURNING`` on both databases. The same statement takes a host's pending cancel request: the
  SET clause sees the row as it was, so it clears the request and notes in ``cancel_taken_at``
  whether there was one, and RETURNING hands that to this heartbeat only. Two racing heartbeats
  cannot both take it: on PostgreSQL the second waits for the row lock and then sees the request
  already cleared; on SQLite ``BEGIN IMMEDIATE`` queues them. The host who acknowledged the
  kiosk's open help request comes back in the same RETURNING, so the kiosk can say who is coming.
- ``request_help``: at most one open request per kiosk and reason, kept by a partial unique
  index (``INSERT ... ON CONFLICT DO NOTHING``): a visitor pressing Help three times, or two
  presses racing, make one request for the host.
- ``record_session``: one Klantcontact per session (built by ``contacts.insert_contact``, the
  registration every channel uses), a ``kiosk_session`` row for the MI, and the payment linked
  to the contact, in one transaction; idempotent on the record's UUID like every contact, and a
  staff visit the kiosk registered earlier under that UUID is completed, not doubled.

Host side (``ASSIST_VISITORS``): the kiosks with their state, the help requests, acknowledge
and resolve (with the help given as a contact), and a remote cancel. Cancel and resolve are
audited: both act on a visitor's session without the visitor's say.

No personal data in these tables: step codes, kiosk ids, product and ticket codes. The person a
self-service session was for is the contact's Betrokkene.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import ColumnElement, CursorResult, Row, case, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.registry.counters import upsert_insert
from app.registry.db import Database
from app.registry.models import Actor, Kanaal, Klantcontact, Partij, Product, table
from app.registry.models_kiosk import (
    HelpReason,
    HelpRequest,
    KioskSession,
    KioskStation,
    KioskTask,
    SessionOutcome,
)
from app.registry.models_kto import KtoSource
from app.registry.models_payment import Payment
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.contacts import (
    CLOCK_SKEW,
    MAX_INHOUD,
    ContactDraft,
    insert_contact,
    validate_draft,
)
from app.services.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    UnknownProductError,
    ValidationError,
)
from app.services.kto import check_score, insert_score
from app.services.payments import PaymentNotFoundError
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: A kiosk beats every 5 s; three missed beats and the host view calls it offline.
ONLINE_WINDOW = timedelta(seconds=20)
MAX_KIOSK_ID = 40
MAX_TICKET_CODE = 20
#: A visitor's waiting time is clamped, not refused: a help request must not fail on a counter.
MAX_WAITED_SECONDS = 86_400
_STEP = re.compile(r"[a-z][a-z0-9_.]{0,39}")
#: The kiosk's languages and their ISO 639-2/B code on the Klantcontact.
TAAL = {"nl": "nld", "en": "eng"}

#: The contact's onderwerp per task: Dutch domain texts (data, not screen text).
ONDERWERP = {
    KioskTask.NONE: "Zuil gebruikt zonder keuze",
    KioskTask.STAFF_VISIT: "Bezoek aangemeld bij zuil",
    KioskTask.TICKET: "Wachtnummer genomen bij zuil",
    KioskTask.CHECK_IN: "Aangemeld voor afspraak bij zuil",
    KioskTask.PRODUCT: "{naam} via zuil",
}
#: How the session ended, in the contact's inhoud (Dutch, for the staff reading a history).
OUTCOME_TEXT = {
    SessionOutcome.COMPLETED: "Afgerond",
    SessionOutcome.ABANDONED: "Afgebroken door de bezoeker",
    SessionOutcome.TIMED_OUT: "Beëindigd na inactiviteit",
    SessionOutcome.CANCELLED_BY_HOST: "Beëindigd door de gastvrouw of gastheer",
    SessionOutcome.FAILED: "Mislukt",
}
DEFAULT_HELP_ONDERWERP = "Geholpen bij zuil"


class UnknownKioskError(NotFoundError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Kiosk {kiosk} has not reported to the host view; it cannot be reached."
    )


class UnknownHelpRequestError(NotFoundError):
    message = QT_TRANSLATE_NOOP("errors", "This help request does not exist (any more).")


class HelpAlreadyResolvedError(ConflictError):
    message = QT_TRANSLATE_NOOP("errors", "This help request has already been resolved.")


@dataclass(frozen=True)
class KioskSessionRecord:
    """A kiosk session as the kiosk recorded it; sent once at its end (and again on a retry)."""

    #: Also the Klantcontact's UUID: a staff visit registered earlier under it is reused.
    uuid: UUID
    kiosk_id: str
    task: KioskTask
    outcome: SessionOutcome
    #: The step code the visitor reached (``self.paying``, ``bsn``, ...).
    last_step: str
    started_at: datetime
    ended_at: datetime
    #: "nl" or "en".
    language: str
    product_code: str | None = None
    payment_uuid: UUID | None = None
    #: The identified document holder (self-service).
    partij_uuid: UUID | None = None
    ticket_code: str | None = None
    help_requested: bool = False
    #: The visitor's answer to the KTO question on the last screen (1-5), if tapped.
    kto_score: int | None = None


@dataclass(frozen=True)
class SessionRecorded:
    contact_uuid: UUID
    #: False when the contact already existed: a resend, or the staff visit registered earlier.
    created: bool


@dataclass(frozen=True)
class KioskCommands:
    """What the heartbeat answers."""

    #: A host asked to end the current session; returned to one heartbeat only.
    cancel_session: bool
    #: Display name of the host who acknowledged the kiosk's open help request.
    help_acknowledged_by: str | None


@dataclass(frozen=True)
class KioskStationInfo:
    kiosk_id: str
    location: str
    step: str
    language: str
    session_started_at: datetime | None
    seen_at: datetime
    #: Seen within the service's ``online_window``.
    online: bool
    open_help: int


@dataclass(frozen=True)
class HelpRequestInfo:
    uuid: UUID
    kiosk_id: str
    step: str
    reason: HelpReason
    requested_at: datetime
    #: How long the visitor had been busy at the kiosk when asking.
    waited_seconds: int
    acknowledged_at: datetime | None
    #: Display name of the host who acknowledged it.
    acknowledged_by: str | None
    resolved_at: datetime | None
    resolved_by: str | None
    contact_uuid: UUID | None

    @property
    def seconds_to_answer(self) -> int | None:
        if self.acknowledged_at is None:
            return None
        return max(0, int((self.acknowledged_at - self.requested_at).total_seconds()))

    @property
    def open(self) -> bool:
        return self.resolved_at is None


_station = table(KioskStation)
_help = table(HelpRequest)
_session = table(KioskSession)
_payment = table(Payment)
_actor = table(Actor)


class KioskHallService:
    """``services.kiosk_hall``; one transaction per call, no Qt."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        location: str,
        *,
        online_window: timedelta = ONLINE_WINDOW,
    ) -> None:
        self._db = db
        self._clock = clock
        self._location = location
        #: A kiosk not seen for longer is shown offline (3 x the heartbeat interval).
        self.online_window = online_window

    # -- kiosk side -------------------------------------------------------------------------

    def report_state(
        self,
        principal: Principal,
        kiosk_id: str,
        *,
        step: str,
        language: str,
        session_started_at: datetime | None,
    ) -> KioskCommands:
        """The heartbeat: store what the kiosk shows; answer the host's commands for it."""
        principal.require(Permission.OPERATE_KIOSK)
        kiosk_id = _own_kiosk(principal, kiosk_id)
        step = _check_step(step)
        language = _check_language(language)
        if session_started_at is not None and session_started_at.tzinfo is None:
            raise ValueError("session_started_at must be timezone-aware")
        now = self._clock()
        with self._db.write() as session:
            row = session.execute(
                _heartbeat(
                    session,
                    kiosk_id,
                    location=self._location,
                    step=step,
                    language=language,
                    session_started_at=session_started_at,
                    now=now,
                )
            ).one()
        if row.cancel_taken_at is not None:
            log.info("kiosk %s took a host's cancel request", kiosk_id)
        return KioskCommands(
            cancel_session=row.cancel_taken_at is not None, help_acknowledged_by=row.coming
        )

    def request_help(
        self,
        principal: Principal,
        kiosk_id: str,
        *,
        step: str,
        waited_seconds: int,
        reason: HelpReason = HelpReason.VISITOR,
    ) -> HelpRequestInfo:
        """Ask a host to come; asking again while one is open returns the open one."""
        principal.require(Permission.OPERATE_KIOSK)
        kiosk_id = _own_kiosk(principal, kiosk_id)
        step = _check_step(step)
        reason = HelpReason(reason)
        waited = min(max(0, int(waited_seconds)), MAX_WAITED_SECONDS)
        now = self._clock()
        with self._db.write() as session:
            ins = upsert_insert(session, _help)
            created = session.execute(
                ins.values(
                    uuid=uuid4(),
                    kiosk_id=kiosk_id,
                    step=step,
                    reason=reason,
                    requested_at=now,
                    waited_seconds=waited,
                    note="",
                )
                .on_conflict_do_nothing(
                    index_elements=[_help.c.kiosk_id, _help.c.reason],
                    index_where=_help.c.resolved_at.is_(None),
                )
                .returning(_help.c.uuid)
            ).first()
            row = session.execute(
                _help_query().where(
                    _help.c.kiosk_id == kiosk_id,
                    _help.c.reason == reason,
                    _help.c.resolved_at.is_(None),
                )
            ).one()
            info = _help_info(row)
        if created is not None:
            log.info("kiosk %s asks for help (%s) at step %s", kiosk_id, reason.value, step)
        return info

    def record_session(self, principal: Principal, record: KioskSessionRecord) -> SessionRecorded:
        """Store a finished session as a Klantcontact plus its ``kiosk_session`` row."""
        principal.require(Permission.OPERATE_KIOSK)
        _own_kiosk(principal, record.kiosk_id)
        _check_record(record)
        now = self._clock()
        if record.ended_at > now + CLOCK_SKEW:
            raise _times_error()
        try:
            with self._db.write() as session:
                return self._record(session, principal, record, now)
        except IntegrityError:
            # A resend racing the first send: the first one won; answer as a replay.
            with self._db.read() as session:
                existing = session.get(KioskSession, record.uuid)
                if existing is None:
                    raise
                return _replayed(existing, record)

    def _record(
        self, session: Session, principal: Principal, record: KioskSessionRecord, now: datetime
    ) -> SessionRecorded:
        existing = session.get(KioskSession, record.uuid)
        if existing is not None:
            return _replayed(existing, record)
        contact = session.execute(
            select(Klantcontact.kanaal, Klantcontact.registered_by_actor_uuid).where(
                Klantcontact.uuid == record.uuid
            )
        ).first()
        if contact is None:
            draft = self._draft(session, record)
            validate_draft(draft, now)
            if record.partij_uuid is not None and session.get(Partij, record.partij_uuid) is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The identified person is not in the registry; nothing was saved."
                    )
                )
            insert_contact(
                session, principal.actor_uuid, draft, now, partij_uuid=record.partij_uuid
            )
        elif (
            contact.kanaal is not Kanaal.KIOSK
            or contact.registered_by_actor_uuid != principal.actor_uuid
        ):
            raise _conflict()
        # Before the session row, so a payment the journal lacks is a typed error.
        if record.payment_uuid is not None:
            _link_payment(session, principal, record.payment_uuid, record.uuid)
        session.execute(
            insert(_session).values(
                uuid=record.uuid,
                kiosk_id=record.kiosk_id,
                task=record.task,
                outcome=record.outcome,
                last_step=record.last_step,
                started_at=record.started_at,
                ended_at=record.ended_at,
                language=record.language,
                product_code=record.product_code,
                payment_uuid=record.payment_uuid,
                ticket_code=record.ticket_code,
                help_requested=record.help_requested,
                recorded_at=now,
            )
        )
        if record.kto_score is not None:
            insert_score(
                session,
                record.uuid,
                record.kto_score,
                KtoSource.KIOSK,
                now,
                station=record.kiosk_id,
            )
        log.info(
            "kiosk %s session %s recorded: task=%s outcome=%s last_step=%s",
            record.kiosk_id,
            record.uuid,
            record.task.value,
            record.outcome.value,
            record.last_step,
        )
        return SessionRecorded(contact_uuid=record.uuid, created=contact is None)

    def _draft(self, session: Session, record: KioskSessionRecord) -> ContactDraft:
        onderwerp = ONDERWERP[record.task]
        if record.task is KioskTask.PRODUCT and record.product_code:  # _check_record: given
            product = session.get(Product, record.product_code)
            if product is None or not product.active:
                raise UnknownProductError(code=record.product_code)
            onderwerp = onderwerp.format(naam=product.naam)
        lines = [OUTCOME_TEXT[record.outcome], f"Laatste stap: {record.last_step}"]
        if record.ticket_code:
            lines.append(f"Wachtnummer: {record.ticket_code}")
        if record.help_requested:
            lines.append("Hulp gevraagd aan de gastvrouw of gastheer")
        completed = record.outcome is SessionOutcome.COMPLETED
        return ContactDraft(
            uuid=record.uuid,
            kanaal=Kanaal.KIOSK,
            onderwerp=onderwerp[:200],
            inhoud="\n".join(lines),
            product_code=record.product_code,
            indicatie_contact_gelukt=completed,
            taal=TAAL[record.language],
            plaatsgevonden_op=record.started_at,
            location=self._location,
            duration_seconds=int((record.ended_at - record.started_at).total_seconds()),
        )

    # -- host side --------------------------------------------------------------------------

    def kiosks(self, principal: Principal) -> list[KioskStationInfo]:
        """Every kiosk that has reported, by location and id, with its open help requests."""
        principal.require(Permission.ASSIST_VISITORS)
        open_help = (
            select(func.count())
            .select_from(_help)
            .where(_help.c.kiosk_id == _station.c.kiosk_id, _help.c.resolved_at.is_(None))
            .correlate(_station)
            .scalar_subquery()
        )
        now = self._clock()
        with self._db.read() as session:
            rows = session.execute(
                select(_station, open_help.label("open_help")).order_by(
                    _station.c.location, _station.c.kiosk_id
                )
            ).all()
        return [
            KioskStationInfo(
                kiosk_id=row.kiosk_id,
                location=row.location,
                step=row.step,
                language=row.language,
                session_started_at=row.session_started_at,
                seen_at=row.seen_at,
                online=row.seen_at >= now - self.online_window,
                open_help=int(row.open_help),
            )
            for row in rows
        ]

    def help_requests(
        self, principal: Principal, *, resolved_since: datetime | None = None
    ) -> list[HelpRequestInfo]:
        """Open requests, oldest first; then those resolved since ``resolved_since``, newest
        first (what the host view keeps on screen for a while after it was dealt with)."""
        principal.require(Permission.ASSIST_VISITORS)
        wanted: ColumnElement[bool] = _help.c.resolved_at.is_(None)
        if resolved_since is not None:
            wanted = or_(wanted, _help.c.resolved_at >= resolved_since)
        with self._db.read() as session:
            # No ORDER BY: with one, SQLite walks ix_help_request_requested_at (the whole
            # history) instead of taking the few rows from ix_help_request_resolved_at.
            rows = session.execute(_help_query().where(wanted)).all()
        infos = [_help_info(row) for row in rows]
        still_open = sorted(
            (info for info in infos if info.open), key=lambda info: (info.requested_at, info.uuid)
        )
        resolved = sorted(
            (info for info in infos if not info.open),
            key=lambda info: info.resolved_at or info.requested_at,
            reverse=True,
        )
        return still_open + resolved

    def acknowledge(self, principal: Principal, help_uuid: UUID) -> HelpRequestInfo:
        """A host is on the way; the first acknowledgement stands (two hosts, one answer)."""
        principal.require(Permission.ASSIST_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            session.execute(
                update(_help)
                .where(
                    _help.c.uuid == help_uuid,
                    _help.c.acknowledged_at.is_(None),
                    _help.c.resolved_at.is_(None),
                )
                .values(acknowledged_at=now, acknowledged_by_actor_uuid=principal.actor_uuid)
            )
            info = _load_help(session, help_uuid)
        if not info.open:
            raise HelpAlreadyResolvedError()
        return info

    def resolve(
        self,
        principal: Principal,
        help_uuid: UUID,
        *,
        note: str = "",
        register_contact: bool = False,
        onderwerp: str = DEFAULT_HELP_ONDERWERP,
    ) -> HelpRequestInfo:
        """Close a help request; with ``register_contact``, the help given becomes a contact.

        Resolving one that nobody acknowledged counts as answered now.
        """
        principal.require(Permission.ASSIST_VISITORS)
        if register_contact:
            principal.require(Permission.REGISTER_CONTACT)
        note = note.strip()
        if len(note) > MAX_INHOUD:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The note is longer than {n} characters."),
                field="note",
                n=MAX_INHOUD,
            )
        now = self._clock()
        draft = None
        if register_contact:
            draft = ContactDraft(
                kanaal=Kanaal.KIOSK, onderwerp=onderwerp, inhoud=note, location=self._location
            )
            validate_draft(draft, now)
        with self._db.write() as session:
            row = session.execute(
                select(_help.c.kiosk_id, _help.c.resolved_at)
                .where(_help.c.uuid == help_uuid)
                .with_for_update()
            ).first()
            if row is None:
                raise UnknownHelpRequestError()
            if row.resolved_at is not None:
                raise HelpAlreadyResolvedError()
            if draft is not None:
                insert_contact(session, principal.actor_uuid, draft, now)
            session.execute(
                update(_help)
                .where(_help.c.uuid == help_uuid)
                .values(
                    resolved_at=now,
                    resolved_by_actor_uuid=principal.actor_uuid,
                    note=note,
                    contact_uuid=draft.uuid if draft is not None else None,
                    acknowledged_at=func.coalesce(_help.c.acknowledged_at, now),
                    acknowledged_by_actor_uuid=func.coalesce(
                        _help.c.acknowledged_by_actor_uuid, principal.actor_uuid
                    ),
                )
            )
            record_audit(
                session,
                principal.actor_uuid,
                "resolve_help",
                "kiosk",
                row.kiosk_id,
                at=now,
                detail=f"help {help_uuid}"
                + (f", contact {draft.uuid}" if draft is not None else ""),
            )
            return _load_help(session, help_uuid)

    def cancel_session(self, principal: Principal, kiosk_id: str) -> None:
        """Ask a kiosk to end its visitor's session; its next heartbeat takes the request."""
        principal.require(Permission.ASSIST_VISITORS)
        kiosk_id = kiosk_id.strip()
        now = self._clock()
        with self._db.write() as session:
            result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                update(_station)
                .where(_station.c.kiosk_id == kiosk_id)
                .values(
                    cancel_requested_at=now, cancel_requested_by_actor_uuid=principal.actor_uuid
                )
            )
            if result.rowcount == 0:
                raise UnknownKioskError(kiosk=kiosk_id[:MAX_KIOSK_ID])
            record_audit(
                session, principal.actor_uuid, "cancel_kiosk_session", "kiosk", kiosk_id, at=now
            )
        log.info("host %s asked kiosk %s to end its session", principal.actor_code, kiosk_id)


# -- statements ------------------------------------------------------------------------------


def _heartbeat(
    session: Session,
    kiosk_id: str,
    *,
    location: str,
    step: str,
    language: str,
    session_started_at: datetime | None,
    now: datetime,
) -> Any:
    """The one heartbeat statement: upsert the station, take a cancel, name the coming host."""
    ins = upsert_insert(session, _station)
    statement = ins.values(
        kiosk_id=kiosk_id,
        location=location,
        step=step,
        language=language,
        session_started_at=session_started_at,
        seen_at=now,
    )
    # No join: SQLite renders RETURNING without table names, so each column must be unique
    # within its own (sub)query's tables; standard scoping then resolves it innermost first.
    acknowledged_by = (
        select(_help.c.acknowledged_by_actor_uuid)
        .where(
            _help.c.kiosk_id == kiosk_id,
            _help.c.resolved_at.is_(None),
            _help.c.acknowledged_at.is_not(None),
        )
        .order_by(_help.c.acknowledged_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    coming = select(_actor.c.naam).where(_actor.c.uuid == acknowledged_by).scalar_subquery()
    # SET expressions read the row as it was before this statement: a pending request moves
    # into cancel_taken_at and is cleared; no pending request clears cancel_taken_at.
    pending = _station.c.cancel_requested_at.is_not(None)
    return statement.on_conflict_do_update(
        index_elements=[_station.c.kiosk_id],
        set_={
            "location": statement.excluded.location,
            "step": statement.excluded.step,
            "language": statement.excluded.language,
            "session_started_at": statement.excluded.session_started_at,
            "seen_at": statement.excluded.seen_at,
            "cancel_requested_at": None,
            "cancel_requested_by_actor_uuid": None,
            "cancel_taken_at": case((pending, statement.excluded.seen_at), else_=None),
        },
    ).returning(_station.c.cancel_taken_at, coming.label("coming"))


def _help_query() -> Any:
    acked_by = aliased(_actor, name="acked_by")
    resolved_by = aliased(_actor, name="resolved_by")
    return (
        select(
            _help, acked_by.c.naam.label("acked_name"), resolved_by.c.naam.label("resolved_name")
        )
        .outerjoin(acked_by, acked_by.c.uuid == _help.c.acknowledged_by_actor_uuid)
        .outerjoin(resolved_by, resolved_by.c.uuid == _help.c.resolved_by_actor_uuid)
    )


def _help_info(row: Row[Any]) -> HelpRequestInfo:
    return HelpRequestInfo(
        uuid=row.uuid,
        kiosk_id=row.kiosk_id,
        step=row.step,
        reason=HelpReason(row.reason),
        requested_at=row.requested_at,
        waited_seconds=row.waited_seconds,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acked_name,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_name,
        contact_uuid=row.contact_uuid,
    )


def _load_help(session: Session, help_uuid: UUID) -> HelpRequestInfo:
    row = session.execute(_help_query().where(_help.c.uuid == help_uuid)).first()
    if row is None:
        raise UnknownHelpRequestError()
    return _help_info(row)


def _link_payment(
    session: Session, principal: Principal, payment_uuid: UUID, contact_uuid: UUID
) -> None:
    """``payment.klantcontact_uuid`` in the session's own transaction (what ``link_contact``
    does, without a second transaction that could leave a contact without its payment)."""
    row = session.execute(
        select(_payment.c.actor_uuid, _payment.c.klantcontact_uuid)
        .where(_payment.c.uuid == payment_uuid)
        .with_for_update()
    ).first()
    if row is None:
        raise PaymentNotFoundError()
    if row.actor_uuid != principal.actor_uuid:
        raise PermissionDeniedError(action="link another station's payment")
    if row.klantcontact_uuid not in (None, contact_uuid):
        raise _conflict()
    session.execute(
        update(_payment)
        .where(_payment.c.uuid == payment_uuid)
        .values(klantcontact_uuid=contact_uuid)
    )


# -- checks ----------------------------------------------------------------------------------


def _own_kiosk(principal: Principal, kiosk_id: str) -> str:
    """A kiosk speaks for itself only: its id is its actor code (as in device status)."""
    kiosk = kiosk_id.strip()
    if not kiosk or len(kiosk) > MAX_KIOSK_ID:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A kiosk id has 1 to {limit} characters."),
            field="kiosk_id",
            limit=MAX_KIOSK_ID,
        )
    if kiosk != principal.actor_code:
        raise PermissionDeniedError(action=f"speak for kiosk {kiosk}")
    return kiosk


def _check_step(step: str) -> str:
    if not _STEP.fullmatch(step):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A step code is a lower-case word such as attract or self.paying."
            ),
            field="step",
        )
    return step


def _check_language(language: str) -> str:
    if language not in TAAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The kiosk language is nl or en."), field="language"
        )
    return language


def _times_error() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The session times are not possible: it ends before it starts or later than now.",
        ),
        field="ended_at",
    )


def _check_record(record: KioskSessionRecord) -> None:
    KioskTask(record.task)
    SessionOutcome(record.outcome)
    _check_step(record.last_step)
    _check_language(record.language)
    if record.started_at.tzinfo is None or record.ended_at.tzinfo is None:
        raise ValueError("session times must be timezone-aware")
    if record.ended_at < record.started_at:
        raise _times_error()
    if record.kto_score is not None:
        check_score(record.kto_score)
    if record.task is KioskTask.PRODUCT and not record.product_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A self-service session names its product."),
            field="product_code",
        )
    if record.ticket_code is not None and len(record.ticket_code) > MAX_TICKET_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A ticket code has at most {n} characters."),
            field="ticket_code",
            n=MAX_TICKET_CODE,
        )


def _conflict() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "errors",
            "A different contact was already registered under this number; nothing was saved.",
        )
    )


def _replayed(existing: KioskSession, record: KioskSessionRecord) -> SessionRecorded:
    """A resend of the same session is answered; another session under its UUID is refused."""
    same = (
        existing.kiosk_id == record.kiosk_id
        and existing.task == record.task
        and existing.outcome == record.outcome
        and existing.started_at == record.started_at
    )
    if not same:
        raise _conflict()
    return SessionRecorded(contact_uuid=existing.uuid, created=False)


__all__ = [
    "HelpAlreadyResolvedError",
    "HelpReason",
    "HelpRequestInfo",
    "KioskCommands",
    "KioskHallService",
    "KioskSessionRecord",
    "KioskStationInfo",
    "KioskTask",
    "SessionOutcome",
    "SessionRecorded",
    "UnknownHelpRequestError",
    "UnknownKioskError",
]
