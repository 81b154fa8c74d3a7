"""Who looked up whom: the beheerder's report over the protocol of person lookups.

The AVG gives a resident the right to ask who processed their data, and the municipality must
be able to answer it; the protocol (``audit_record``) holds every person lookup with its
purpose, see ``app.services.audit``. This module only reads it. Reading the protocol is itself
a processing of personal data, so every report is recorded in the protocol in the same
transaction: asking "who looked at this BSN" leaves a row under that BSN, and a resident who
asks next sees that the question was asked.

Only a role with ``Permission.VIEW_AUDIT`` (the beheerder) may read it: the protocol shows
every BSN in full, which no other role needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from uuid import UUID

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from app.registry.db import Database
from app.registry.models import Actor, AuditRecord, SoortActor, StaffRole, StaffUser
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.errors import NotFoundError, ValidationError
from app.services.parties import normalise_bsn
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import utc_midnight

#: The protocol's subject type of a row about a person (``app.services.persons`` and the
#: services that read or register a person's contacts, tasks and appointments).
PERSON_SUBJECT = "bsn"
#: What a search that found nobody records as its subject: no person, still a lookup.
NOBODY = "-"
MAX_LIMIT = 10_000
#: How long a report may span: a year of lookups is what an inspection asks for.
MAX_DAYS = 3 * 366

_ROLE_OF_ACTOR_KIND = {
    SoortActor.GEAUTOMATISEERDE_ACTOR: "kiosk",
    SoortActor.ORGANISATORISCHE_EENHEID: "unit",
}


@dataclass(frozen=True)
class LookupRow:
    """One protocol row about a person."""

    at: datetime
    #: The username or kiosk id; empty for the operators' own scripts (no actor).
    actor_code: str
    actor_name: str
    #: The actor's roles now, comma-separated (``kiosk`` for a kiosk).
    role: str
    action: str
    #: Empty for a search that found nobody.
    bsn: str
    purpose: str


@dataclass(frozen=True)
class LookupReport:
    rows: tuple[LookupRow, ...]
    #: All matching rows; more than ``len(rows)`` when the limit cut the list.
    total: int


class AuditReportService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def lookups(
        self,
        principal: Principal,
        start: date,
        end: date,
        *,
        actor: str | None = None,
        bsn: str | None = None,
        limit: int = 500,
    ) -> LookupReport:
        """The person lookups from local day ``start`` through ``end``, oldest first.

        ``actor`` narrows to one username or kiosk id; ``bsn`` to one person.
        """
        principal.require(Permission.VIEW_AUDIT)
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="period"
            )
        if (end - start).days > MAX_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A period of at most {days} days, please."),
                field="period",
                days=MAX_DAYS,
            )
        bsn = normalise_bsn(bsn) if bsn is not None else None
        limit = max(1, min(limit, MAX_LIMIT))
        record = AuditRecord
        conditions: list[ColumnElement[bool]] = [
            record.subject_type == PERSON_SUBJECT,
            record.at >= utc_midnight(start),
            record.at < utc_midnight(end + timedelta(days=1)),
        ]
        if bsn is not None:
            conditions.append(record.subject_id == bsn)
        with self._db.write() as session:
            if actor is not None:
                actor = actor.strip().lower()
                actor_uuid = session.scalar(
                    select(Actor.uuid).where(func.lower(Actor.code) == actor)
                )
                if actor_uuid is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("errors", "There is no user or kiosk {actor}."),
                        actor=actor,
                    )
                conditions.append(record.actor_uuid == actor_uuid)
            where = and_(*conditions)
            total = int(session.scalar(select(func.count()).select_from(record).where(where)) or 0)
            found = session.execute(
                select(
                    record.at,
                    record.actor_uuid,
                    Actor.code,
                    Actor.naam,
                    Actor.soort_actor,
                    record.action,
                    record.subject_id,
                    record.purpose,
                )
                .outerjoin(Actor, Actor.uuid == record.actor_uuid)
                .where(where)
                .order_by(record.at, record.id)
                .limit(limit)
            ).all()
            roles = _roles(session, {r.actor_uuid for r in found if r.actor_uuid is not None})
            self._audit_the_read(session, principal, start, end, actor=actor, bsn=bsn)
        rows = tuple(
            LookupRow(
                at=r.at,
                actor_code=r.code or "",
                actor_name=r.naam or "",
                role=_role(roles, r.actor_uuid, r.soort_actor),
                action=r.action,
                bsn="" if r.subject_id == NOBODY else r.subject_id,
                purpose=r.purpose,
            )
            for r in found
        )
        return LookupReport(rows, total)

    def who_looked_at(
        self, principal: Principal, bsn: str, start: date, end: date, *, limit: int = 500
    ) -> LookupReport:
        """A resident's question "who looked at my data": every lookup of one BSN."""
        return self.lookups(principal, start, end, bsn=bsn, limit=limit)

    def _audit_the_read(
        self,
        session: Session,
        principal: Principal,
        start: date,
        end: date,
        *,
        actor: str | None,
        bsn: str | None,
    ) -> None:
        """Recorded after the report's query, so a report never lists its own reading."""
        detail = f"{start.isoformat()}..{end.isoformat()}"
        if actor is not None:
            detail += f" actor={actor}"
        record_audit(
            session,
            principal.actor_uuid,
            "read_audit",
            PERSON_SUBJECT if bsn is not None else "audit",
            bsn if bsn is not None else "lookups",
            at=self._clock(),
            purpose="protocol report",
            detail=detail,
        )


def _roles(session: Session, actor_uuids: set[UUID]) -> dict[UUID, str]:
    if not actor_uuids:
        return {}
    pairs: Sequence[tuple[UUID, str]] = [
        (actor_uuid, str(role))
        for actor_uuid, role in session.execute(
            select(StaffUser.actor_uuid, StaffRole.role)
            .join(StaffRole, StaffRole.user_uuid == StaffUser.uuid)
            .where(StaffUser.actor_uuid.in_(actor_uuids))
        )
    ]
    grouped: dict[UUID, list[str]] = {}
    for actor_uuid, role in pairs:
        grouped.setdefault(actor_uuid, []).append(role)
    return {actor_uuid: ",".join(sorted(roles)) for actor_uuid, roles in grouped.items()}


def _role(roles: dict[UUID, str], actor_uuid: UUID | None, kind: SoortActor | None) -> str:
    if actor_uuid is None or kind is None:
        return ""
    return roles.get(actor_uuid) or _ROLE_OF_ACTOR_KIND.get(kind, "")
