"""One kiosk session, from leaving the start screen until back at it, as the record to store.

Every session becomes a Klantcontact, completed or not, so the municipality can see what the
kiosk is used for and where visitors give up. The window tells a ``KioskSession`` what happens
(task chosen, step reached, ticket taken, help asked); ``finish`` turns that into the
``KioskSessionRecord`` for ``services.kiosk_hall.record_session``. No Qt here: the rules about
outcomes are tested without a window.

A record waits in ``PendingRecords`` (the kiosk's encrypted outbox) until the service has
stored it, and is sent again with the next heartbeat; the service stores a record once per
uuid, so sending it twice is harmless.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from app.services.kiosk_hall import KioskSessionRecord, KioskTask, SessionOutcome
from app.services.outbox import SESSION, Outbox, session_from, session_payload

log = logging.getLogger(__name__)

#: Steps that are not part of a visitor's session: nobody is at the kiosk, or it cannot work.
UNATTENDED_STEPS = frozenset({"starting", "out_of_order", "attract"})
#: Steps after which leaving counts as a failure rather than the visitor giving up.
FAILED_STEPS = frozenset({"failed", "self.problem"})
#: Records kept for a retry; beyond this the oldest is dropped (and logged): a kiosk that
#: cannot reach its database for hours is out of order anyway.
PENDING_LIMIT = 200


class EndReason(enum.StrEnum):
    """Why the session ended; with what was reached this decides the outcome."""

    VISITOR = "visitor"  # Done, Back to the start, Stop, or the step's own timer after the end
    IDLE = "idle"  # nobody touched the kiosk until the idle timeout
    HOST = "host"  # a host cancelled it from the host view
    PRODUCT = "product"  # the self-service view finished on its own


@dataclass
class KioskSession:
    """What is known about the current visitor's session; nothing personal but the partij
    uuid of an identified holder (no name, no BSN)."""

    uuid: UUID
    kiosk_id: str
    started_at: datetime
    language: str
    task: KioskTask = KioskTask.NONE
    last_step: str = "language"
    completed: bool = False
    help_requested: bool = False
    product_code: str | None = None
    payment_uuid: UUID | None = None
    partij_uuid: UUID | None = field(default=None, repr=False)
    ticket_code: str | None = None
    #: The visitor's answer to the KTO question on the last screen (1-5), if they gave one.
    kto_score: int | None = None

    def reached(self, step: str) -> None:
        """The visitor is on ``step`` now; the start screen and start-up are not steps of theirs."""
        if step not in UNATTENDED_STEPS:
            self.last_step = step

    def choose(self, task: KioskTask, product_code: str | None = None) -> None:
        """A task chosen; a later choice (a ticket after a refused check-in) replaces it."""
        self.task = task
        self.completed = False
        if product_code is not None:
            self.product_code = product_code

    def ticket_taken(self, code: str) -> None:
        self.ticket_code = code
        self.completed = True

    def age_seconds(self, now: datetime) -> int:
        """How long the visitor has been at the kiosk: the host sees it with a help request."""
        return max(0, int((now - self.started_at).total_seconds()))

    def outcome(self, reason: EndReason) -> SessionOutcome:
        if self.completed:
            return SessionOutcome.COMPLETED
        if reason == EndReason.HOST:
            return SessionOutcome.CANCELLED_BY_HOST
        if self.last_step in FAILED_STEPS:
            return SessionOutcome.FAILED
        if reason == EndReason.IDLE:
            return SessionOutcome.TIMED_OUT
        return SessionOutcome.ABANDONED

    def finish(self, reason: EndReason, ended_at: datetime) -> KioskSessionRecord:
        return KioskSessionRecord(
            uuid=self.uuid,
            kiosk_id=self.kiosk_id,
            task=self.task,
            outcome=self.outcome(reason),
            last_step=self.last_step,
            started_at=self.started_at,
            ended_at=max(ended_at, self.started_at),
            language=self.language,
            product_code=self.product_code,
            payment_uuid=self.payment_uuid,
            partij_uuid=self.partij_uuid,
            ticket_code=self.ticket_code,
            help_requested=self.help_requested,
            kto_score=self.kto_score,
        )


@dataclass
class PendingRecords:
    """Session records the service has not stored yet, oldest first.

    With an ``Outbox`` (a kiosk) they are on disk, encrypted, from the moment the session
    ends until the service has stored them, so a kiosk restarted while its database is away
    still sends them; no limit then, the disk holds them. Without one (tests, a kiosk without
    an outbox folder) they are kept in memory as before, up to ``limit``.
    """

    limit: int = PENDING_LIMIT
    outbox: Outbox | None = None
    _records: list[KioskSessionRecord] = field(default_factory=list)

    def add(self, record: KioskSessionRecord) -> None:
        """Keep ``record``; a record kept under its uuid before is replaced (a KTO answer)."""
        if self.outbox is not None:
            self.outbox.put(SESSION, session_payload(record), record.uuid)
            return
        for index, kept in enumerate(self._records):
            if kept.uuid == record.uuid:
                self._records[index] = record
                return
        self._records.append(record)
        while len(self._records) > self.limit:
            dropped = self._records.pop(0)
            log.error("kiosk session %s dropped unrecorded: too many pending", dropped.uuid)

    def stored(self, uuid: UUID) -> None:
        if self.outbox is not None:
            self.outbox.done(uuid)
            return
        self._records = [r for r in self._records if r.uuid != uuid]

    def due(self) -> list[KioskSessionRecord]:
        if self.outbox is not None:
            return [session_from(e.payload) for e in self.outbox.pending() if e.kind == SESSION]
        return list(self._records)

    def __len__(self) -> int:
        if self.outbox is not None:
            return len(self.outbox)
        return len(self._records)
