"""Daily pre-aggregates for the management information (issue 10's benchmark: a year of 3 M
contacts in well under a second).

The figures are sums over local days, so a table of counts per day and per value of every
filter (kanaal, location, product or unit) answers a year with a few thousand rows instead of
millions. One narrow table serves every figure (``figure`` says which, ``key``/``key2``/``value``
hold what it counts by), so adding a figure is a query, not a migration.

Staleness is tracked by the database itself: triggers (migration 0008) append the local day of
every contact whose figures a write may change to ``mi_dirty``, from any writer, including bulk
loads and hand-written SQL; the service recomputes exactly those days before it answers. A
trigger rather than a call in each service, because a forgotten call would make the figures
silently wrong, and the registry has more writers than the MI has owners.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.registry.models import Base, UtcDateTime

#: ``mi_day.scope``: the rows of all contacts, of the contacts about one product, or of the
#: contacts about any product of one unit (a contact counts once per unit).
SCOPE_ALL = "all"
SCOPE_PRODUCT = "product"
SCOPE_UNIT = "unit"


class MiDay(Base):
    """A count of one figure for one local day and one combination of filter values.

    ``location`` is ``''`` for contacts without one (a key column cannot be NULL).
    """

    __tablename__ = "mi_day"
    # The key in this order is the index a report reads: one figure, one scope, a range of days.
    __table_args__ = (Index("ix_mi_day_day", "day"),)

    figure: Mapped[str] = mapped_column(String(16), primary_key=True)
    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    scope_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kanaal: Mapped[str] = mapped_column(String(16), primary_key=True)
    location: Mapped[str] = mapped_column(String(120), primary_key=True)
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    key2: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class MiDirty(Base):
    """A local day whose ``mi_day`` rows are stale; appended by triggers, never updated, so a
    writer never waits for a refresh (a unique day would make it wait on the refresh's lock)."""

    __tablename__ = "mi_dirty"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    day: Mapped[date] = mapped_column(Date)


class MiState(Base):
    """One row once ``mi_day`` has been built from the whole registry; without it the next
    refresh builds everything (a new database, or one emptied by hand)."""

    __tablename__ = "mi_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    built_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: The last refresh: the figures include every write committed before it.
    refreshed_at: Mapped[datetime] = mapped_column(UtcDateTime)
