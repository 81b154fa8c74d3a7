"""Schema migrations (Alembic), run from the CLI (``stadspunt db upgrade``) and from tests.

The migration scripts live inside the package so an installed StadsPunt can upgrade its own
database without a source checkout or an ``alembic.ini``.

Alembic is imported inside the functions: it costs about half a second, and the counter and
kiosk import this module at start-up but only call it off the GUI thread, after their first
window is on screen (``benchmarks/cold_start.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.registry.db import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    _run(db, lambda cfg: command.upgrade(cfg, revision))


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    _run(db, lambda cfg: command.downgrade(cfg, revision))


def _run(db: Database, step: Callable[[Config], None]) -> None:
    """Run an Alembic command in one transaction; on SQLite with foreign keys off meanwhile.

    SQLite alters a table by copying it and dropping the old one (batch mode). With foreign
    keys on, dropping a table that other rows point at fails, or worse, cascades deletes into
    them; so migrations run with enforcement off, as SQLite's documentation prescribes, and
    ``PRAGMA foreign_key_check`` proves nothing dangles before the commit. The pragma only
    takes effect outside a transaction, hence on the driver connection before BEGIN.
    """
    cfg = _config(db)
    with db.guard(), db.engine.connect() as conn:
        driver = conn.connection.driver_connection
        if db.is_sqlite:
            driver.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step(cfg)
                if db.is_sqlite:
                    dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if dangling:
                        raise RuntimeError(f"migration leaves dangling references: {dangling[:5]}")
        finally:
            if db.is_sqlite:
                driver.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.guard(), db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(db)).get_current_head()


def is_up_to_date(db: Database) -> bool:
    return current_revision(db) == head_revision(db)


def autogenerate(db: Database, message: str) -> None:
    """Developer helper: write a new revision from the model/schema difference."""
    from alembic import command

    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)
