"""Protocollering: an audit row for every read of a person's data and every change.

Written in the same transaction as the read or change it describes, so there is never a read
without its audit row nor an audit row for a change that was rolled back. Rows are inserted
with a Core ``insert()`` (no unit of work): every contact registration writes one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from uuid import UUID

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.registry.models import AuditRecord, table


def record_audit(
    session: Session,
    actor_uuid: UUID | None,
    action: str,
    subject_type: str,
    subject_id: str,
    *,
    at: datetime,
    purpose: str = "",
    detail: str = "",
) -> None:
    session.connection().execute(
        insert(table(AuditRecord)),
        [_row(actor_uuid, action, subject_type, subject_id, at=at, purpose=purpose, detail=detail)],
    )


def record_audit_many(
    session: Session,
    actor_uuid: UUID | None,
    action: str,
    subject_type: str,
    subject_ids: Iterable[str],
    *,
    at: datetime,
    purpose: str = "",
) -> None:
    """One row per person shown in a list, in one round trip."""
    rows = [
        _row(actor_uuid, action, subject_type, subject_id, at=at, purpose=purpose, detail="")
        for subject_id in sorted(set(subject_ids))
    ]
    if rows:
        session.connection().execute(insert(table(AuditRecord)), rows)


def _row(
    actor_uuid: UUID | None,
    action: str,
    subject_type: str,
    subject_id: str,
    *,
    at: datetime,
    purpose: str,
    detail: str,
) -> dict[str, object]:
    return {
        "at": at,
        "actor_uuid": actor_uuid,
        "action": action,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "purpose": purpose,
        "detail": detail,
    }
