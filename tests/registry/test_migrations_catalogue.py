"""Migration 0002 (catalogue and kennisbank) on both databases: up, down, search objects.

The per-dialect search objects (FTS5 table and triggers on SQLite, ``tsvector`` column and GIN
index on PostgreSQL) are not in the models; ``include_in_autogenerate`` leaves them out of the
comparison, and these tests check that they exist after upgrade and are gone after downgrade.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Base
from app.registry.models_catalogue import (
    SEARCH_FTS_TABLE,
    SEARCH_VECTOR_COLUMN,
    SEARCH_VECTOR_INDEX,
    include_in_autogenerate,
    is_search_index_table,
)

CATALOGUE_TABLES = {
    "product_fee",
    "product_requirement",
    "product_channel",
    "product_doelgroep",
    "product_thema",
    "knowledge_article",
    "knowledge_article_product",
    "funnel",
    "funnel_node",
    "funnel_option",
}


@pytest.fixture
def fresh(empty_database_url: str) -> Iterator[Database]:
    db = Database(empty_database_url)
    yield db
    db.dispose()


def _model_tables(db: Database) -> set[str]:
    names = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    return {n for n in names if not is_search_index_table(n)}


def _search_objects(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
                    " AND name LIKE :prefix"
                ),
                {"prefix": f"{SEARCH_FTS_TABLE}%"},
            )
            return {row[0] for row in rows}
        found = set()
        if conn.execute(
            text(
                "SELECT 1 FROM information_schema.columns"
                " WHERE table_name = 'knowledge_article' AND column_name = :c"
            ),
            {"c": SEARCH_VECTOR_COLUMN},
        ).first():
            found.add(SEARCH_VECTOR_COLUMN)
        if conn.execute(
            text("SELECT 1 FROM pg_indexes WHERE indexname = :i"), {"i": SEARCH_VECTOR_INDEX}
        ).first():
            found.add(SEARCH_VECTOR_INDEX)
        return found


def _product_columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("product")}


def test_upgrade_matches_the_models_apart_from_the_search_objects(fresh: Database) -> None:
    migrate.upgrade(fresh)
    assert migrate.current_revision(fresh) == migrate.head_revision(fresh)
    assert _model_tables(fresh) == set(Base.metadata.tables)
    assert _model_tables(fresh) >= CATALOGUE_TABLES
    assert {"summary", "fee_note"} <= _product_columns(fresh)
    with fresh.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_in_autogenerate}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"
    if fresh.is_sqlite:
        assert _search_objects(fresh) >= {
            SEARCH_FTS_TABLE,
            f"{SEARCH_FTS_TABLE}_ai",
            f"{SEARCH_FTS_TABLE}_ad",
            f"{SEARCH_FTS_TABLE}_au",
        }
    else:
        assert _search_objects(fresh) == {SEARCH_VECTOR_COLUMN, SEARCH_VECTOR_INDEX}


def test_search_objects_are_left_out_of_autogenerate_only() -> None:
    assert not include_in_autogenerate(None, SEARCH_FTS_TABLE, "table", True, None)
    assert not include_in_autogenerate(None, f"{SEARCH_FTS_TABLE}_data", "table", True, None)
    assert not include_in_autogenerate(None, SEARCH_VECTOR_COLUMN, "column", True, None)
    assert not include_in_autogenerate(None, SEARCH_VECTOR_INDEX, "index", True, None)
    assert include_in_autogenerate(None, "knowledge_article", "table", True, None)
    assert include_in_autogenerate(None, "stemmed_text", "column", True, None)


def test_downgrade_to_0001_removes_everything_and_keeps_products(fresh: Database) -> None:
    migrate.upgrade(fresh, "0001")
    before = _model_tables(fresh)
    with fresh.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO product (code, naam, service_norm_days, active)"
                " VALUES ('paspoort', 'Paspoort', 5, TRUE)"
            )
        )
    migrate.upgrade(fresh)
    with fresh.engine.connect() as conn:
        # Rows from before 0002 get the new columns' defaults.
        row = conn.execute(text("SELECT summary, fee_note FROM product")).one()
    assert tuple(row) == ("", "")

    migrate.downgrade(fresh, "0001")
    assert migrate.current_revision(fresh) == "0001"
    assert _model_tables(fresh) == before
    assert not CATALOGUE_TABLES & set(inspect(fresh.engine).get_table_names())
    assert _search_objects(fresh) == set()
    assert not {"summary", "fee_note"} & _product_columns(fresh)
    with fresh.engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM product")).scalars().all() == ["paspoort"]

    migrate.upgrade(fresh)  # and up again
    assert migrate.is_up_to_date(fresh)
    assert _model_tables(fresh) >= CATALOGUE_TABLES


def test_fts_index_follows_inserts_updates_and_deletes_on_sqlite(
    fresh: Database, backend: str
) -> None:
    """The triggers keep the external-content FTS5 table in step with any write."""
    if backend != "sqlite":
        pytest.skip("FTS5 is SQLite's")
    migrate.upgrade(fresh)

    def found(term: str) -> list[int]:
        with fresh.engine.connect() as conn:
            return list(
                conn.execute(
                    text(
                        "SELECT rowid FROM knowledge_article_fts"
                        " WHERE knowledge_article_fts MATCH :t"
                    ),
                    {"t": term},
                ).scalars()
            )

    with fresh.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO knowledge_article (id, code, title, answer, body, keywords, audience,"
                " active, updated_at, stemmed_title, stemmed_text) VALUES (7, 'a', 'A', 'x', '',"
                " '', 'public', 1, '2026-01-01 00:00:00', 'paspoort', 'kind')"
            )
        )
    assert found("paspoort") == [7] and found("kind") == [7]
    with fresh.engine.begin() as conn:
        conn.execute(text("UPDATE knowledge_article SET stemmed_text = 'verhuis' WHERE id = 7"))
    assert found("kind") == [] and found("verhuis") == [7]
    with fresh.engine.begin() as conn:
        conn.execute(text("DELETE FROM knowledge_article"))
    assert found("paspoort") == [] and found("verhuis") == []
    with fresh.engine.connect() as conn:  # the index is consistent with its content table
        conn.execute(
            text(
                "INSERT INTO knowledge_article_fts(knowledge_article_fts)"
                " VALUES ('integrity-check')"
            )
        )
