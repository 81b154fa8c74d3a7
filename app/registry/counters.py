"""Numbers handed out by one atomic upsert: ticket numbers per queue and day, payment request
ids per workstation.

``INSERT ... ON CONFLICT DO UPDATE SET n = n + 1 ... RETURNING n`` is one statement on both
SQLite and PostgreSQL, so two kiosks (or two desks) never get the same number and no row lock
has to be taken first.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert_insert(session: Session, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that takes ``on_conflict_do_update``/``_nothing``, in the session's dialect.

    The two dialects spell upserts alike but need their own Insert class; every atomic
    upsert in the services (numbers, heartbeats, device states, secrets) starts here.
    """
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def next_number(
    session: Session, counter: Table, keys: Mapping[str, object], column: str = "last_number"
) -> int:
    """Start at 1 for new ``keys``, else add 1; the number now stored."""
    statement = (
        upsert_insert(session, counter)
        .values(**keys, **{column: 1})
        .on_conflict_do_update(
            index_elements=[counter.c[name] for name in keys],
            set_={column: counter.c[column] + 1},
        )
        .returning(counter.c[column])
    )
    number: int = session.execute(statement).scalar_one()
    return number
