"""Alembic environment: runs against the connection handed in by ``app.registry.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from app.registry.models import Base
from app.registry.models_catalogue import include_in_autogenerate

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs table rebuilds for ALTER
        compare_type=True,
        include_object=include_in_autogenerate,  # search tables are made by hand per dialect
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
