"""Schema migrations (Alembic), run from the CLI (``stadspunt db upgrade``) and from tests.

The migration scripts live inside the package so an installed StadsPunt can upgrade its own
database without a source checkout or an ``alembic.ini``.

Alembic is imported inside the functions: it costs about half a second, and the counter and
kiosk import this module at start-up but only call it off the GUI thread, after their first
window is on screen (``benchmarks/cold_start.py``).
"""

from __future__ import annotations

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

    cfg = _config(db)
    with db.guard(), db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    cfg = _config(db)
    with db.guard(), db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


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
