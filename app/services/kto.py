"""KTO at the counter: the visitor's 1-5 answer after a visit, stored with the contact.

The kiosk sends its score inside the session record (``KioskSessionRecord.kto_score``), in
the same transaction as the contact; the counter registers the contact first and asks the
visitor afterwards, so its score comes here. A score is only taken for a recent contact of a
channel where the visitor is present, and the first answer stands: a second tap, or the
kiosk resending a session, never changes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import CursorResult, select
from sqlalchemy.orm import Session

from app.registry.counters import upsert_insert
from app.registry.db import Database
from app.registry.models import Kanaal, Klantcontact, table
from app.registry.models_kto import KTO_MAX, KTO_MIN, KtoScore, KtoSource
from app.services.auth import Permission, Principal
from app.services.errors import NotFoundError, ValidationError
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: How long after a contact the visitor can still give a score: the question follows the
#: visit; an old contact rated much later is not the visitor's answer.
KTO_WINDOW = timedelta(minutes=30)
#: Channels where the visitor stands at the screen that asks.
KTO_CHANNELS = frozenset({Kanaal.BALIE, Kanaal.KIOSK})


class KtoService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def record(
        self, principal: Principal, contact_uuid: UUID, score: int, *, station: str = ""
    ) -> bool:
        """Store the counter visitor's score; False when the contact already had one."""
        principal.require(Permission.REGISTER_CONTACT)
        check_score(score)
        now = self._clock()
        with self._db.write() as session:
            contact = session.execute(
                select(Klantcontact.kanaal, Klantcontact.registered_at).where(
                    Klantcontact.uuid == contact_uuid
                )
            ).first()
            if contact is None:
                raise NotFoundError()
            if contact.kanaal not in KTO_CHANNELS or now - contact.registered_at > KTO_WINDOW:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A score can only be given right after a visit at the desk."
                    ),
                    field="score",
                )
            created = insert_score(
                session, contact_uuid, score, KtoSource.COUNTER, now, station=station
            )
        log.info("kto score %s for contact %s (created=%s)", score, contact_uuid, created)
        return created


def check_score(score: int) -> None:
    if not KTO_MIN <= score <= KTO_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A score is a whole number from 1 to 5."), field="score"
        )


def insert_score(
    session: Session,
    contact_uuid: UUID,
    score: int,
    source: KtoSource,
    now: datetime,
    *,
    station: str,
) -> bool:
    """The first score of a contact stands; True when this one was stored."""
    statement = (
        upsert_insert(session, table(KtoScore))
        .values(
            klantcontact_uuid=contact_uuid,
            score=score,
            source=source,
            given_at=now,
            station=station[:60],
        )
        .on_conflict_do_nothing(index_elements=["klantcontact_uuid"])
        .execution_options(preserve_rowcount=True)
    )
    result: CursorResult[Any] = session.execute(statement)  # type: ignore[assignment]
    return bool(result.rowcount)
