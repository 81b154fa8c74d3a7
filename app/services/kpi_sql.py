"""Local (Europe/Amsterdam) days in SQL on both databases, for the MI's figures and their daily
aggregates.

PostgreSQL converts with ``timezone()``; SQLite has no time zones, so ``local`` writes out the
EU summer-time rule (since 1996: last Sunday of March to last Sunday of October, 01:00 UTC) as
SQL instead.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, String, and_, case, cast, func, literal_column
from sqlalchemy.sql.elements import ColumnElement


def local(moment: Any, *, sqlite: bool) -> ColumnElement[Any]:
    """A UTC timestamp column as Amsterdam wall-clock time (a naive timestamp)."""
    if not sqlite:
        # A literal, not a parameter: the same expression in SELECT and GROUP BY must render
        # the same, which two bound parameters do not.
        return func.timezone(literal_column("'Europe/Amsterdam'", String), moment)
    year = func.strftime("%Y", moment, type_=String)

    def switch(month_day: str) -> ColumnElement[str]:
        # The last Sunday of the month: the first Sunday on or after day 25; at 01:00 UTC.
        day = func.date(year.concat(month_day), "weekday 0", type_=String)
        return day.concat(" 01:00:00")

    summer = and_(moment >= switch("-03-25"), moment < switch("-10-25"))
    return func.datetime(moment, case((summer, "+2 hours"), else_="+1 hours"), type_=String)


def sql_local_date(moment: Any, *, sqlite: bool) -> ColumnElement[date]:
    if not sqlite:
        return cast(local(moment, sqlite=False), Date)
    return func.date(local(moment, sqlite=True), type_=Date)
