"""Retention: anonymise contacts past their bewaartermijn, delete audit rows past theirs.

Why anonymise in place instead of deleting: the management information (first line, channels,
norms, waits, kiosk funnel, no-shows, KTO) must give the same figures for an old period after
the run as before it, and it counts the contact rows themselves. So a contact keeps what says
*what* happened (kanaal, product, times, durations, resolution, location, desk, kiosk step and
outcome, KTO score, the hand-off's unit, status and deadline) and loses what says *who* or
what was said: the party link, the free text (onderwerp, inhoud, the hand-off's request and
notes), zaak numbers, and the person fields of old appointments, tickets and help requests.
A party (Partij, with its BSN) that nothing refers to any more is deleted.

What is kept on purpose:

- A contact whose hand-off is still open: the back office is working on it.
- Audit rows (protocollering) younger than ``audit_years``, also when they name a contact that
  is now anonymised: the Wet BRP lets a resident ask who looked them up (see
  ``RetentionSettings``), and the audit row is how we answer.
- The payment journal: fiscal law asks 7 years. Its rows hold amount, state, terminal
  references, the terminal's receipt texts and a masked card number (last four digits), no
  name or BSN. ``detail`` may hold a refund reason a teamleider typed (free text, "paid
  twice"): the one field where a name could slip in; it stays with the fiscal record.

The run is batched (``BATCH_SIZE`` contacts per transaction) so a first run over years of
contacts never holds one huge transaction or the SQLite write lock for long, and it is
idempotent: what was anonymised no longer matches, so a second run changes nothing. A run
that stops half-way (database gone) leaves whole batches done and is simply run again.
"""

from __future__ import annotations

import calendar
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)

from app.config import RetentionSettings
from app.registry.db import Database
from app.registry.models import (
    AuditRecord,
    Betrokkene,
    InterneTaak,
    Klantcontact,
    Onderwerpobject,
    Partij,
    PartijIdentificator,
    TaakStatus,
    table,
)
from app.registry.models_kiosk import HelpRequest
from app.registry.models_queue import Appointment, Ticket
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.workingdays import local_date, utc_midnight

log = logging.getLogger(__name__)

#: Rows changed per transaction.
BATCH_SIZE = 5000

#: What an anonymised contact's subject and a hand-off's request read afterwards. Also how a
#: run recognises a contact it has done (with an empty inhoud and no party link).
ANONYMISED = "[geanonimiseerd]"


@dataclass(frozen=True)
class RetentionResult:
    """What a run changed (or, for a dry run, would change); no personal data."""

    contacts_before: datetime
    audit_before: datetime
    dry_run: bool
    contacts: int = 0
    party_links: int = 0
    zaak_subjects: int = 0
    handoffs: int = 0
    appointments: int = 0
    tickets: int = 0
    help_requests: int = 0
    parties: int = 0
    audit_rows_deleted: int = 0

    @property
    def changed(self) -> int:
        """Rows changed or deleted in all; 0 means the registry already met the policy."""
        return sum(self.counts().values())

    def counts(self) -> dict[str, int]:
        return {
            name: value
            for name, value in asdict(self).items()
            if isinstance(value, int) and not isinstance(value, bool)
        }


class RetentionService:
    def __init__(
        self, db: Database, clock: Callable[[], datetime], settings: RetentionSettings
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings

    def run(
        self,
        principal: Principal | None,
        now: datetime | None = None,
        *,
        dry_run: bool = False,
        batch_size: int = BATCH_SIZE,
    ) -> RetentionResult:
        """Apply the retention policy as of ``now`` (default: the clock).

        ``principal`` None is the system: the scheduled job or an operator's shell on the
        server, whose access is the database credential itself (as ``create_user`` for the
        first account). A staff principal needs ``RUN_RETENTION`` (beheerder).

        A dry run counts what a run would change and changes nothing (no audit row either).
        """
        if principal is not None:
            principal.require(Permission.RUN_RETENTION)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        now = now or self._clock()
        today = local_date(now)
        contacts_before = utc_midnight(_months_before(today, self._settings.contacts_months))
        audit_before = utc_midnight(_months_before(today, 12 * self._settings.audit_years))
        if dry_run:
            with self._db.read() as session:
                counts = _preview(session.connection(), contacts_before, audit_before)
            return RetentionResult(contacts_before, audit_before, True, **counts)
        counts = self._apply(contacts_before, audit_before, batch_size)
        result = RetentionResult(contacts_before, audit_before, False, **counts)
        with self._db.write() as session:
            record_audit(
                session,
                principal.actor_uuid if principal else None,
                "retention_run",
                "retention",
                local_date(contacts_before).isoformat(),
                at=now,
                purpose="bewaartermijn",
                detail=json.dumps(result.counts(), sort_keys=True),
            )
        log.info(
            "retention run: %s (contacts before %s, audit before %s)",
            ", ".join(f"{k}={v}" for k, v in result.counts().items()),
            contacts_before.isoformat(),
            audit_before.isoformat(),
        )
        return result

    def _apply(self, contacts_before: datetime, audit_before: datetime, n: int) -> dict[str, int]:
        counts = dict.fromkeys(RetentionResult(contacts_before, audit_before, False).counts(), 0)
        k = table(Klantcontact)
        due = _due_contact(contacts_before)
        last = None
        while True:
            # Looked up in a read transaction: finding the next batch may scan many rows, and
            # on SQLite a write transaction holds the one write lock every desk waits for.
            with self._db.read() as session:
                batch = _pick(session.connection(), k.c.uuid, due, n, after=last)
            if not batch:
                break
            with self._db.write() as session:
                conn = session.connection()
                # Checked again under the write: a contact may have changed since the search.
                still = _pick(conn, k.c.uuid, and_(due, k.c.uuid.in_(batch)), n, after=None)
                for name, value in _anonymise_contacts(conn, still).items():
                    counts[name] += value
            last = batch[-1]
        for name, tbl, where, values in _side_tables(contacts_before):
            counts[name] += self._batched(_clear(tbl, values), tbl.c.uuid, where, n)
        p = table(Partij)
        counts["parties"] = self._batched(
            _delete_parties, p.c.uuid, _orphan_party(p, contacts_before), n
        )
        a = table(AuditRecord)
        counts["audit_rows_deleted"] = self._batched(
            lambda conn, ids: conn.execute(delete(a).where(a.c.id.in_(ids))).rowcount,
            a.c.id,
            a.c.at < audit_before,
            n,
        )
        return counts

    def _batched(
        self,
        change: Callable[[Connection, Sequence[Any]], int],
        key: ColumnElement[Any],
        where: ColumnElement[bool],
        n: int,
    ) -> int:
        """Apply ``change`` to the rows matching ``where``, ``n`` keys per transaction."""
        total = 0
        last = None
        while True:
            with self._db.read() as session:  # see _apply: no write lock while searching
                ids = _pick(session.connection(), key, where, n, after=last)
            if not ids:
                return total
            with self._db.write() as session:
                conn = session.connection()
                # Checked again under the write: e.g. a returning visitor may have been linked
                # to a party since the search, which must then stay.
                still = _pick(conn, key, and_(where, key.in_(ids)), n, after=None)
                if still:
                    total += change(conn, still)
            last = ids[-1]


def _pick(
    conn: Connection, key: ColumnElement[Any], where: ColumnElement[bool], n: int, after: Any
) -> list[Any]:
    """The next ``n`` keys in key order after ``after``: each batch starts where the last one
    ended, so a run reads every row once instead of rescanning the ones it has done (with
    millions of contacts, rescanning would make the run quadratic)."""
    if after is not None:
        where = and_(where, key > after)
    return list(conn.execute(select(key).where(where).order_by(key).limit(n)).scalars())


def _due_contact(before: datetime) -> ColumnElement[bool]:
    """A contact past retention that still holds something personal and may be anonymised.

    The tables inside ``EXISTS`` are aliased, so the condition also works in a query that
    joins those tables itself (the dry run's counts).
    """
    k = table(Klantcontact)
    b, o, t = (table(m).alias() for m in (Betrokkene, Onderwerpobject, InterneTaak))
    open_handoff = exists().where(
        t.c.klantcontact_uuid == k.c.uuid, t.c.status == TaakStatus.TE_VERWERKEN
    )
    linked = exists().where(b.c.klantcontact_uuid == k.c.uuid, b.c.partij_uuid.is_not(None))
    zaak = exists().where(o.c.klantcontact_uuid == k.c.uuid, o.c.code_objecttype != "product")
    personal = or_(k.c.onderwerp != ANONYMISED, k.c.inhoud != "", linked, zaak)
    return and_(k.c.plaatsgevonden_op < before, ~open_handoff, personal)


def _anonymise_contacts(conn: Connection, batch: Sequence[Any]) -> dict[str, int]:
    k, b, o, t = (table(m) for m in (Klantcontact, Betrokkene, Onderwerpobject, InterneTaak))
    contacts = conn.execute(
        update(k).where(k.c.uuid.in_(batch)).values(onderwerp=ANONYMISED, inhoud="")
    ).rowcount
    links = conn.execute(
        update(b)
        .where(b.c.klantcontact_uuid.in_(batch), b.c.partij_uuid.is_not(None))
        .values(partij_uuid=None)
    ).rowcount
    subjects = conn.execute(
        delete(o).where(o.c.klantcontact_uuid.in_(batch), o.c.code_objecttype != "product")
    ).rowcount
    handoffs = conn.execute(
        update(t)
        .where(t.c.klantcontact_uuid.in_(batch))
        .values(gevraagde_handeling=ANONYMISED, toelichting="", afhandeling_toelichting=None)
    ).rowcount
    return {
        "contacts": contacts,
        "party_links": links,
        "zaak_subjects": subjects,
        "handoffs": handoffs,
    }


def _side_tables(
    before: datetime,
) -> list[tuple[str, Table, ColumnElement[bool], dict[str, Any]]]:
    """Rows beside the contacts with person data, by their own time: (count name, table keyed
    by ``uuid``, "still personal and past retention", the values that clear it)."""
    a, tk, h = table(Appointment), table(Ticket), table(HelpRequest)
    appointment_personal = or_(
        a.c.naam != ANONYMISED,
        a.c.email != "",
        a.c.telefoon != "",
        a.c.toelichting != "",
        a.c.partij_uuid.is_not(None),
        a.c.checkin_key.is_not(None),
    )
    return [
        (
            "appointments",
            a,
            and_(a.c.starts_at < before, appointment_personal),
            {
                "naam": ANONYMISED,
                "email": "",
                "telefoon": "",
                "toelichting": "",
                "partij_uuid": None,
                "checkin_key": None,
            },
        ),
        (
            "tickets",
            tk,
            and_(tk.c.created_at < before, tk.c.partij_uuid.is_not(None)),
            {"partij_uuid": None},
        ),
        (
            "help_requests",
            h,
            and_(h.c.requested_at < before, h.c.note != ""),
            {"note": ""},
        ),
    ]


def _clear(tbl: Table, values: dict[str, Any]) -> Callable[[Connection, Sequence[Any]], int]:
    def change(conn: Connection, ids: Sequence[Any]) -> int:
        return conn.execute(update(tbl).where(tbl.c.uuid.in_(ids)).values(**values)).rowcount

    return change


def _orphan_party(p: Table, before: datetime) -> ColumnElement[bool]:
    """A party nothing refers to any more, created before the period (a party made last week
    for a visitor whose contact is not registered yet must stay)."""
    b, tk, a = table(Betrokkene), table(Ticket), table(Appointment)
    return and_(
        p.c.created_at < before,
        _unreferenced(p, select(b.c.partij_uuid)),
        _unreferenced(p, select(tk.c.partij_uuid)),
        _unreferenced(p, select(a.c.partij_uuid)),
    )


def _unreferenced(p: Table, references: Select[tuple[Any]]) -> ColumnElement[bool]:
    """``NOT IN`` an uncorrelated list rather than a correlated ``NOT EXISTS``: ticket and
    appointment have no index on ``partij_uuid``, and both databases build the list once (a
    hashed subplan, an ephemeral index) instead of scanning the table for every party."""
    column = references.selected_columns[0]
    return p.c.uuid.not_in(references.where(column.is_not(None)))


def _delete_parties(conn: Connection, ids: Sequence[Any]) -> int:
    pi, p = table(PartijIdentificator), table(Partij)
    conn.execute(delete(pi).where(pi.c.partij_uuid.in_(ids)))
    return conn.execute(delete(p).where(p.c.uuid.in_(ids))).rowcount


def _preview(conn: Connection, contacts_before: datetime, audit_before: datetime) -> dict[str, int]:
    """The counts a run would give, from the same conditions, without changing a row."""
    k, b, o, t = (table(m) for m in (Klantcontact, Betrokkene, Onderwerpobject, InterneTaak))
    due = _due_contact(contacts_before)

    def count(query: Any) -> int:
        return int(conn.execute(query).scalar_one())

    counts = {
        "contacts": count(select(func.count()).select_from(k).where(due)),
        "party_links": count(
            select(func.count())
            .select_from(b.join(k, b.c.klantcontact_uuid == k.c.uuid))
            .where(due, b.c.partij_uuid.is_not(None))
        ),
        "zaak_subjects": count(
            select(func.count())
            .select_from(o.join(k, o.c.klantcontact_uuid == k.c.uuid))
            .where(due, o.c.code_objecttype != "product")
        ),
        "handoffs": count(
            select(func.count())
            .select_from(t.join(k, t.c.klantcontact_uuid == k.c.uuid))
            .where(due)
        ),
    }
    for name, tbl, where, _values in _side_tables(contacts_before):
        counts[name] = count(select(func.count()).select_from(tbl).where(where))
    # A party is deleted when, after the run, nothing refers to it: no contact that keeps its
    # link, no ticket or appointment that is not past retention.
    p, tk, a = table(Partij), table(Ticket), table(Appointment)
    kept_by_contact = (
        select(b.c.partij_uuid)
        .select_from(b.join(k, b.c.klantcontact_uuid == k.c.uuid))
        .where(~due)
    )
    counts["parties"] = count(
        select(func.count())
        .select_from(p)
        .where(
            p.c.created_at < contacts_before,
            _unreferenced(p, kept_by_contact),
            _unreferenced(p, select(tk.c.partij_uuid).where(tk.c.created_at >= contacts_before)),
            _unreferenced(p, select(a.c.partij_uuid).where(a.c.starts_at >= contacts_before)),
        )
    )
    au = table(AuditRecord)
    counts["audit_rows_deleted"] = count(
        select(func.count()).select_from(au).where(au.c.at < audit_before)
    )
    return counts


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (31 March - 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
