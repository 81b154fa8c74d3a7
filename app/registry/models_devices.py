"""The state of every station's devices (printer, card reader, payment terminal).

Why in the database: the host in the stadshal and the MI look at all kiosks and desks at
once, from other machines, and a kiosk's own screen must never be where its paper-out alert
lives (the visitor is not the one to fix it). ``device_status`` holds one row per station and
device, overwritten by every report; ``device_event`` is an append-only row per change of
state, so "how often was KIOSK-02 out of paper this month" is a count, and a host view's
alerts are the events since it last looked.

Messages are the device's own words (English, for staff); they never carry personal data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.registry.models import Base, UtcDateTime


class DeviceStatus(Base):
    """The latest report of one device at one station (a kiosk id or a desk code)."""

    __tablename__ = "device_status"

    station_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    #: "printer", "card_reader", "payment_terminal".
    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    #: The device's state word ("idle", "paper_out", "offline", ...): a string, so a new
    #: device kind brings its own states without a migration.
    state: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(String(200), default="")
    #: When ``state`` last changed (not when it was last reported).
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: The last report: a station that stopped reporting is itself a problem to show.
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DeviceEvent(Base):
    """Append-only: one row each time a device's state changed (or was first reported)."""

    __tablename__ = "device_event"
    __table_args__ = (
        Index("ix_device_event_at", "at"),
        Index("ix_device_event_station_id_device_at", "station_id", "device", "at"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    station_id: Mapped[str] = mapped_column(String(40))
    device: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime)


__all__ = ["DeviceEvent", "DeviceStatus"]
