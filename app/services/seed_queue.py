"""Seed queues, desks and agendas from ``resources/catalogue/queues.toml``.

Only what is missing is added (by code), so a beheerder's changes to an existing queue, desk or
agenda survive a re-run of ``stadspunt db seed``.
"""

from __future__ import annotations

import tomllib
from datetime import time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.registry.models_queue import Agenda, AgendaHours, Desk, DeskRoute, ServiceQueue

QUEUES_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "queues.toml"


def load_queue_seed(path: Path = QUEUES_FILE) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def seed_queues(session: Session, location: str = "", path: Path = QUEUES_FILE) -> None:
    data = load_queue_seed(path)
    queues = set(session.scalars(select(ServiceQueue.code)))
    for order, raw in enumerate(data.get("queue", [])):
        if raw["code"] in queues:
            continue
        session.add(
            ServiceQueue(
                code=raw["code"],
                naam=raw["naam"],
                prefix=raw["prefix"],
                product_code=raw.get("product"),
                default_service_seconds=int(raw.get("default_service_seconds", 300)),
                walk_in=bool(raw.get("walk_in", True)),
                active=True,
                sort_order=order,
            )
        )
    session.flush()
    desks = set(session.scalars(select(Desk.code)))
    for raw in data.get("desk", []):
        if raw["code"] in desks:
            continue
        desk = Desk(code=raw["code"], naam=raw["naam"], location=location, active=True)
        for priority, group in enumerate(raw.get("routes", []), start=1):
            for queue_code in group:
                desk.routes.append(DeskRoute(queue_code=queue_code, priority=priority))
        session.add(desk)
    agendas = set(session.scalars(select(Agenda.code)))
    for raw in data.get("agenda", []):
        if raw["code"] in agendas:
            continue
        agenda = Agenda(
            code=raw["code"],
            naam=raw["naam"],
            queue_code=raw["queue"],
            product_code=raw.get("product"),
            slot_minutes=int(raw.get("slot_minutes", 10)),
            capacity=int(raw.get("capacity", 1)),
            horizon_days=int(raw.get("horizon_days", 90)),
            checkin_early_minutes=int(raw.get("checkin_early_minutes", 30)),
            checkin_late_minutes=int(raw.get("checkin_late_minutes", 10)),
            active=True,
        )
        for weekday, opens, closes in raw.get("hours", []):
            agenda.hours.append(
                AgendaHours(
                    weekday=int(weekday),
                    opens=time.fromisoformat(opens),
                    closes=time.fromisoformat(closes),
                )
            )
        session.add(agenda)
    session.flush()
