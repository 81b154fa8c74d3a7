"""Looking up actors by their stable code (units, kiosks, staff)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.registry.models import Actor, SoortActor
from app.services.errors import UnknownUnitError


def unit_by_code(session: Session, code: str) -> Actor:
    """The back-office unit (organisatorische eenheid) with this code."""
    unit = session.scalars(
        select(Actor).where(
            Actor.code == code, Actor.soort_actor == SoortActor.ORGANISATORISCHE_EENHEID
        )
    ).one_or_none()
    if unit is None:
        raise UnknownUnitError(code=code)
    return unit
