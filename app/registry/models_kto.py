"""KTO (klanttevredenheidsonderzoek): the visitor's own 1-5 answer to "how satisfied are you?".

One row per Klantcontact at most, keyed by the contact's UUID, in a table of its own: the score
is given after the contact is registered (at the kiosk's last screen, or on the counter's
visitor-facing screen once the employee has saved the contact), by someone other than the one
who registered it, and most contacts have none. No free text on purpose: a score carries no
personal data, so it may be kept and reported as long as the contact.
"""

from __future__ import annotations

import enum
from datetime import datetime
from uuid import UUID

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.registry.models import Base, UtcDateTime, _enum

KTO_MIN = 1
KTO_MAX = 5


class KtoSource(enum.StrEnum):
    """Where the visitor tapped the score."""

    KIOSK = "kiosk"
    COUNTER = "counter"


class KtoScore(Base):
    __tablename__ = "kto_score"
    __table_args__ = (
        CheckConstraint(f"score BETWEEN {KTO_MIN} AND {KTO_MAX}", name="score_in_range"),
        Index("ix_kto_score_given_at", "given_at"),
    )

    klantcontact_uuid: Mapped[UUID] = mapped_column(
        Uuid, ForeignKey("klantcontact.uuid"), primary_key=True
    )
    score: Mapped[int] = mapped_column(SmallInteger)
    source: Mapped[KtoSource] = mapped_column(_enum(KtoSource, "kto_source"))
    given_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: The kiosk or counter station the score was given at (no person).
    station: Mapped[str] = mapped_column(String(60), default="")
