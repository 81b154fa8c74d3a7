"""Device status: every station reports its devices' state; the host view and the MI read it.

A kiosk (or a desk) reports what its printer, card reader or payment terminal says, at start,
every minute and after each use. ``report`` overwrites the station's row and appends a
``device_event`` only when the state changed, so a printer that stays "idle" all day is one
event, and "paper_out" at 10:02 is an alert the host view can show once.

Whether a report changes the state is decided by the database in one statement, the same on
SQLite and PostgreSQL: ``INSERT ... ON CONFLICT DO UPDATE ... WHERE state <> new state
RETURNING``. It returns a row only when it inserted or changed the state; on PostgreSQL a
second report racing the first waits for the row lock and then sees the state already
changed, so two racing reports never log one change twice. An unchanged report then only
moves ``seen_at`` (and the message, which may change within one state).

Messages are for staff and never hold personal data; the kiosk passes the printer's own words.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.registry.counters import upsert_insert
from app.registry.db import Database
from app.registry.models import Role, table
from app.registry.models_devices import DeviceEvent, DeviceStatus
from app.services.auth import Permission, Principal
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.text import QT_TRANSLATE_NOOP

#: Longer messages are cut, not refused: a status report must not fail on a chatty driver.
MAX_MESSAGE = 200
MAX_STATION = 40
_STATE = re.compile(r"[a-z][a-z0-9_]{0,31}")


class DeviceKind(enum.StrEnum):
    PRINTER = "printer"
    CARD_READER = "card_reader"
    PAYMENT_TERMINAL = "payment_terminal"


@dataclass(frozen=True)
class DeviceStatusInfo:
    station_id: str
    device: str
    state: str
    message: str
    changed_at: datetime
    seen_at: datetime


@dataclass(frozen=True)
class DeviceEventInfo:
    id: int
    station_id: str
    device: str
    state: str
    message: str
    at: datetime


_status = table(DeviceStatus)
_event = table(DeviceEvent)


class DeviceStatusService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def report(
        self, principal: Principal, station_id: str, device: str, state: str, message: str = ""
    ) -> bool:
        """Store a device's state; True when it changed (an event was written).

        A kiosk reports for itself only: its principal is its station.
        """
        principal.require(Permission.REPORT_DEVICE_STATUS)
        station_id, device, state = _check(station_id, device, state)
        if principal.roles == frozenset({Role.KIOSK}) and station_id != principal.actor_code:
            raise PermissionDeniedError(action=f"report device status for {station_id}")
        message = " ".join(message.split())[:MAX_MESSAGE]
        now = self._clock()
        with self._db.write() as session:
            changed = _upsert_if_changed(
                session, station_id, device, state=state, message=message, now=now
            )
            if changed:
                session.execute(
                    insert(_event).values(
                        station_id=station_id, device=device, state=state, message=message, at=now
                    )
                )
            else:
                session.execute(
                    update(_status)
                    .where(_status.c.station_id == station_id, _status.c.device == device)
                    .values(message=message, seen_at=now)
                )
        return changed

    def current(
        self, principal: Principal, station_id: str | None = None
    ) -> list[DeviceStatusInfo]:
        """Every device's latest report (of one station), by station and device."""
        principal.require(Permission.VIEW_DEVICE_STATUS)
        query = select(_status).order_by(_status.c.station_id, _status.c.device)
        if station_id is not None:
            query = query.where(_status.c.station_id == station_id)
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [
            DeviceStatusInfo(
                station_id=row.station_id,
                device=row.device,
                state=row.state,
                message=row.message,
                changed_at=row.changed_at,
                seen_at=row.seen_at,
            )
            for row in rows
        ]

    def events(
        self,
        principal: Principal,
        since: datetime,
        *,
        station_id: str | None = None,
        limit: int = 1000,
    ) -> list[DeviceEventInfo]:
        """Changes of state at or after ``since``, oldest first (ties in the order written)."""
        principal.require(Permission.VIEW_DEVICE_STATUS)
        query = (
            select(_event)
            .where(_event.c.at >= since)
            .order_by(_event.c.at, _event.c.id)
            .limit(limit)
        )
        if station_id is not None:
            query = query.where(_event.c.station_id == station_id)
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [
            DeviceEventInfo(
                id=row.id,
                station_id=row.station_id,
                device=row.device,
                state=row.state,
                message=row.message,
                at=row.at,
            )
            for row in rows
        ]


def _check(station_id: str, device: str, state: str) -> tuple[str, str, str]:
    station = station_id.strip()
    if not station or len(station) > MAX_STATION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A station id has 1 to {limit} characters."),
            field="station_id",
            limit=MAX_STATION,
        )
    try:
        kind = DeviceKind(device)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of device: {device}."),
            field="device",
            device=device[:40],
        ) from None
    if not _STATE.fullmatch(state):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A device state is a lower-case word such as idle or paper_out."
            ),
            field="state",
        )
    return station, kind.value, state


def _upsert_if_changed(
    session: Session, station_id: str, device: str, *, state: str, message: str, now: datetime
) -> bool:
    """Insert the row, or update it when the state differs; True when either happened."""
    ins = upsert_insert(session, _status)
    statement = ins.values(
        station_id=station_id,
        device=device,
        state=state,
        message=message,
        changed_at=now,
        seen_at=now,
    )
    upsert = statement.on_conflict_do_update(
        index_elements=[_status.c.station_id, _status.c.device],
        set_={
            "state": statement.excluded.state,
            "message": statement.excluded.message,
            "changed_at": statement.excluded.changed_at,
            "seen_at": statement.excluded.seen_at,
        },
        where=_status.c.state != statement.excluded.state,
    ).returning(_status.c.state)
    return session.execute(upsert).first() is not None


__all__ = [
    "DeviceEventInfo",
    "DeviceKind",
    "DeviceStatusInfo",
    "DeviceStatusService",
]
