"""Parties (Partij) and their identifiers, found or created by BSN or KvK number."""

from __future__ import annotations

from uuid import UUID, uuid4

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum.nl import bsn as stdnum_bsn

from app.registry.models import Partij, PartijIdentificator, SoortPartij, table
from app.services.errors import InvalidBsnError


def normalise_bsn(value: str) -> str:
    """Validated 9-digit BSN (elfproef via python-stdnum), or ``InvalidBsnError``.

    Spaces and dots that people type are accepted; an 8-digit number gets its leading zero,
    as the BRP allows.
    """
    try:
        compact = stdnum_bsn.compact(value)
        if len(compact) == 8 and compact.isdigit():
            compact = "0" + compact
        return str(stdnum_bsn.validate(compact))
    except Exception as exc:  # stdnum raises several ValidationError subclasses
        raise InvalidBsnError() from exc


def mask_bsn(bsn: str) -> str:
    """Show the last three digits only, as on screens where the role does not need the BSN."""
    return "******" + bsn[-3:]


def find_person(session: Session, bsn: str) -> Partij | None:
    return session.scalars(
        select(Partij)
        .join(PartijIdentificator)
        .where(
            PartijIdentificator.code_soort_object_id == "bsn",
            PartijIdentificator.object_id == bsn,
        )
    ).one_or_none()


def find_person_uuid(session: Session, bsn: str) -> UUID | None:
    """The Partij UUID for a BSN, or None; the key column only, no entity load (hot paths)."""
    ident = table(PartijIdentificator).c
    found: UUID | None = session.connection().scalar(
        select(ident.partij_uuid).where(ident.code_soort_object_id == "bsn", ident.object_id == bsn)
    )
    return found


def person_uuid(session: Session, bsn: str) -> UUID:
    """The Partij UUID for a BSN, created on first contact.

    This runs for every registered contact. Two desks registering the first contact of the same
    person at once both try to insert; the unique (soort, id) constraint lets one win and the
    other reads the winner's row.
    """
    found = find_person_uuid(session, bsn)
    if found is not None:
        return found
    try:
        with session.begin_nested():
            partij = Partij(uuid=uuid4(), soort_partij=SoortPartij.PERSOON)
            partij.identificatoren.append(
                PartijIdentificator(
                    code_objecttype="natuurlijk_persoon",
                    code_soort_object_id="bsn",
                    object_id=bsn,
                    code_register="brp",
                )
            )
            session.add(partij)
            session.flush()
            return partij.uuid
    except IntegrityError:
        winner = find_person(session, bsn)
        if winner is None:
            raise
        return winner.uuid
