"""product catalogue and kennisbank

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Fees, requirements, channels, doelgroepen and themes per product; knowledge articles linked to
products; question funnels as rows. Full-text search is built per dialect here and not in the
models (see ``app.registry.models_catalogue``):

- SQLite: an external-content FTS5 table over ``stemmed_title`` / ``stemmed_text`` (Dutch stems
  the service computes), kept in step by triggers, so any write to ``knowledge_article``
  (a service, a seed, a test clean-up) updates the index in the same transaction. A later
  migration that rebuilds ``knowledge_article`` in batch mode (copy and move) drops these
  triggers with the old table and must create them again.
- PostgreSQL: a stored generated ``tsvector`` column (``dutch`` configuration; title and
  keywords weigh most, then the short answer, then the body) with a GIN index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_UP = (
    """
    CREATE VIRTUAL TABLE knowledge_article_fts USING fts5(
        stemmed_title, stemmed_text,
        content='knowledge_article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER knowledge_article_fts_ai AFTER INSERT ON knowledge_article BEGIN
        INSERT INTO knowledge_article_fts(rowid, stemmed_title, stemmed_text)
        VALUES (new.id, new.stemmed_title, new.stemmed_text);
    END
    """,
    """
    CREATE TRIGGER knowledge_article_fts_ad AFTER DELETE ON knowledge_article BEGIN
        INSERT INTO knowledge_article_fts(knowledge_article_fts, rowid, stemmed_title, stemmed_text)
        VALUES ('delete', old.id, old.stemmed_title, old.stemmed_text);
    END
    """,
    """
    CREATE TRIGGER knowledge_article_fts_au AFTER UPDATE ON knowledge_article BEGIN
        INSERT INTO knowledge_article_fts(knowledge_article_fts, rowid, stemmed_title, stemmed_text)
        VALUES ('delete', old.id, old.stemmed_title, old.stemmed_text);
        INSERT INTO knowledge_article_fts(rowid, stemmed_title, stemmed_text)
        VALUES (new.id, new.stemmed_title, new.stemmed_text);
    END
    """,
    # Index rows that exist already (none after a fresh create; cheap either way).
    "INSERT INTO knowledge_article_fts(knowledge_article_fts) VALUES ('rebuild')",
)

_SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS knowledge_article_fts_au",
    "DROP TRIGGER IF EXISTS knowledge_article_fts_ad",
    "DROP TRIGGER IF EXISTS knowledge_article_fts_ai",
    "DROP TABLE IF EXISTS knowledge_article_fts",
)

_POSTGRESQL_UP = (
    """
    ALTER TABLE knowledge_article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch'::regconfig, title), 'A')
        || setweight(to_tsvector('dutch'::regconfig, keywords), 'A')
        || setweight(to_tsvector('dutch'::regconfig, answer), 'B')
        || setweight(to_tsvector('dutch'::regconfig, body), 'C')
    ) STORED
    """,
    "CREATE INDEX ix_knowledge_article_search_vector ON knowledge_article"
    " USING gin (search_vector)",
)

_POSTGRESQL_DOWN = (
    "DROP INDEX IF EXISTS ix_knowledge_article_search_vector",
    "ALTER TABLE knowledge_article DROP COLUMN IF EXISTS search_vector",
)


def _kanaal() -> sa.Enum:
    return sa.Enum(
        "balie",
        "telefoon",
        "e-mail",
        "post",
        "internet",
        "kiosk",
        name="kanaal",
        native_enum=False,
        length=32,
    )


def _product_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["product_code"],
        ["product.code"],
        name=op.f(f"fk_{table}_product_code_product"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("summary", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("fee_note", sa.Text(), server_default="", nullable=False))

    op.create_table(
        "product_fee",
        sa.Column("product_code", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("variant", sa.String(length=60), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "amount_cents >= 0", name=op.f("ck_product_fee_amount_cents_not_negative")
        ),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_product_fee_year_in_range")),
        _product_fk("product_fee"),
        sa.PrimaryKeyConstraint("product_code", "year", "variant", name=op.f("pk_product_fee")),
    )
    op.create_table(
        "product_requirement",
        sa.Column("product_code", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        _product_fk("product_requirement"),
        sa.PrimaryKeyConstraint("product_code", "position", name=op.f("pk_product_requirement")),
    )
    op.create_table(
        "product_channel",
        sa.Column("product_code", sa.String(length=60), nullable=False),
        sa.Column("kanaal", _kanaal(), nullable=False),
        _product_fk("product_channel"),
        sa.PrimaryKeyConstraint("product_code", "kanaal", name=op.f("pk_product_channel")),
    )
    op.create_table(
        "product_doelgroep",
        sa.Column("product_code", sa.String(length=60), nullable=False),
        sa.Column(
            "doelgroep",
            sa.Enum(
                "inwoner",
                "ondernemer",
                "organisatie",
                name="doelgroep",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        _product_fk("product_doelgroep"),
        sa.PrimaryKeyConstraint("product_code", "doelgroep", name=op.f("pk_product_doelgroep")),
    )
    op.create_table(
        "product_thema",
        sa.Column("product_code", sa.String(length=60), nullable=False),
        sa.Column(
            "thema",
            sa.Enum(
                "burgerzaken",
                "parkeren",
                "belastingen",
                "zorg",
                "werk_en_inkomen",
                "afval",
                "openbare_ruimte",
                "wonen_en_bouwen",
                "ondernemen",
                name="thema",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        _product_fk("product_thema"),
        sa.PrimaryKeyConstraint("product_code", "thema", name=op.f("pk_product_thema")),
    )

    op.create_table(
        "knowledge_article",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        # Short columns first: search filters on them (see the model).
        sa.Column(
            "audience",
            sa.Enum("intern", "public", name="audience", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_reviewed", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("keywords", sa.String(length=500), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("stemmed_title", sa.Text(), nullable=False),
        sa.Column("stemmed_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_article")),
        sa.UniqueConstraint("code", name=op.f("uq_knowledge_article_code")),
    )
    op.create_table(
        "knowledge_article_product",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("product_code", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["knowledge_article.id"],
            name=op.f("fk_knowledge_article_product_article_id_knowledge_article"),
            ondelete="CASCADE",
        ),
        _product_fk("knowledge_article_product"),
        sa.PrimaryKeyConstraint(
            "article_id", "product_code", name=op.f("pk_knowledge_article_product")
        ),
    )
    with op.batch_alter_table("knowledge_article_product", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_article_product_product_code"), ["product_code"], unique=False
        )

    op.create_table(
        "funnel",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start_key", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["knowledge_article.id"],
            name=op.f("fk_funnel_article_id_knowledge_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel")),
        sa.UniqueConstraint("article_id", name=op.f("uq_funnel_article_id")),
    )
    op.create_table(
        "funnel_node",
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("question", "answer", name="funnel_node_kind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "inform",
                "kiosk",
                "appointment",
                "hand_off",
                "online",
                name="funnel_action",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("product_code", sa.String(length=60), nullable=True),
        sa.Column("unit_code", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnel.id"],
            name=op.f("fk_funnel_node_funnel_id_funnel"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_code"], ["product.code"], name=op.f("fk_funnel_node_product_code_product")
        ),
        sa.ForeignKeyConstraint(
            ["unit_code"], ["actor.code"], name=op.f("fk_funnel_node_unit_code_actor")
        ),
        sa.PrimaryKeyConstraint("funnel_id", "key", name=op.f("pk_funnel_node")),
    )
    op.create_table(
        "funnel_option",
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("node_key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("target_key", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["funnel_id", "node_key"],
            ["funnel_node.funnel_id", "funnel_node.key"],
            name="fk_funnel_option_node",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["funnel_id", "target_key"],
            ["funnel_node.funnel_id", "funnel_node.key"],
            name="fk_funnel_option_target",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("funnel_id", "node_key", "position", name=op.f("pk_funnel_option")),
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_UP:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _POSTGRESQL_UP:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _POSTGRESQL_DOWN:
            op.execute(statement)

    op.drop_table("funnel_option")
    op.drop_table("funnel_node")
    op.drop_table("funnel")
    with op.batch_alter_table("knowledge_article_product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_article_product_product_code"))
    op.drop_table("knowledge_article_product")
    op.drop_table("knowledge_article")
    op.drop_table("product_thema")
    op.drop_table("product_doelgroep")
    op.drop_table("product_channel")
    op.drop_table("product_requirement")
    op.drop_table("product_fee")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("fee_note")
        batch_op.drop_column("summary")
