"""The product catalogue (PDC) and the kennisbank: products' fees, requirements and channels,
knowledge articles and their question funnels (vraagtrechters).

Why these live beside ``models.py`` rather than in it: the contact registry follows the
Klantinteracties standard and changes rarely, while the catalogue is the part a beheerder edits
every week. ``Product`` itself stays in ``models.py`` because the registry needs it (service norm,
owner unit); everything here hangs off its ``code``.

Full-text search is not described by these models on purpose. Migration 0002 builds it per
dialect, because the two databases do it differently: on SQLite an FTS5 virtual table
(``knowledge_article_fts``) kept in step by triggers indexes ``stemmed_title`` and
``stemmed_text``, which the service fills with Dutch stems (SQLite has no Dutch stemmer); on
PostgreSQL a generated ``tsvector`` column with a GIN index uses the built-in ``dutch``
configuration. A model cannot say "this table exists on one backend only", so autogenerate and
schema comparisons skip these objects through ``include_in_autogenerate``.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.registry.models import Base, Kanaal, UtcDateTime, _enum, utcnow

#: FTS5 table on SQLite (plus its shadow tables ``<name>_data``, ``_idx``, ``_docsize``,
#: ``_config``), created by migration 0002 and not modelled (see the module docstring).
SEARCH_FTS_TABLE = "knowledge_article_fts"
#: The generated ``tsvector`` column of ``knowledge_article`` on PostgreSQL, and its GIN index.
SEARCH_VECTOR_COLUMN = "search_vector"
SEARCH_VECTOR_INDEX = "ix_knowledge_article_search_vector"


def is_search_index_table(name: str | None) -> bool:
    """The FTS5 virtual table and the shadow tables SQLite makes for it."""
    return name is not None and (
        name == SEARCH_FTS_TABLE or name.startswith(f"{SEARCH_FTS_TABLE}_")
    )


def include_in_autogenerate(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic ``include_object`` hook: leave the per-dialect search objects out.

    Without it, autogenerate would propose dropping the FTS5 tables (SQLite) and the
    ``tsvector`` column and its index (PostgreSQL), and schema comparisons would report them.
    """
    del obj, compare_to
    if type_ == "table" and is_search_index_table(name):
        return False
    if type_ == "column" and reflected and name == SEARCH_VECTOR_COLUMN:
        return False
    return not (type_ == "index" and name == SEARCH_VECTOR_INDEX)


class Doelgroep(enum.StrEnum):
    """Who a product is for: one axis of the product-doelgroep-thema matrix."""

    INWONER = "inwoner"
    ONDERNEMER = "ondernemer"
    ORGANISATIE = "organisatie"


class Thema(enum.StrEnum):
    """How the website, the kiosk and the KCC scripts group products."""

    BURGERZAKEN = "burgerzaken"
    PARKEREN = "parkeren"
    BELASTINGEN = "belastingen"
    ZORG = "zorg"
    WERK_EN_INKOMEN = "werk_en_inkomen"
    AFVAL = "afval"
    OPENBARE_RUIMTE = "openbare_ruimte"
    WONEN_EN_BOUWEN = "wonen_en_bouwen"
    ONDERNEMEN = "ondernemen"


class Audience(enum.StrEnum):
    """Who may read an article: staff only, or also residents at the kiosk."""

    INTERN = "intern"
    PUBLIC = "public"


class FunnelNodeKind(enum.StrEnum):
    QUESTION = "question"
    ANSWER = "answer"


class FunnelAction(enum.StrEnum):
    """What an answer of a question funnel tells the employee (or the kiosk) to do next."""

    #: The answer settles it: first-line resolution.
    INFORM = "inform"
    #: The visitor can do this at the kiosk (the product must be offered there).
    KIOSK = "kiosk"
    #: The visitor needs an appointment at the counter.
    APPOINTMENT = "appointment"
    #: Hand off to a back-office unit (the answer's unit, or else the product's).
    HAND_OFF = "hand_off"
    #: Refer to the website (DigiD).
    ONLINE = "online"


class ProductFee(Base):
    """Leges per product per calendar year, in whole cents (money is never a float here).

    Fees are set per year by the legesverordening, so a year is a key: next year's fees can be
    entered in December without changing what the counter charges today. ``variant`` separates
    tariffs of one product ("18 jaar en ouder", "jonger dan 18", "spoedtoeslag"); the empty
    string is the product's standard fee.
    """

    __tablename__ = "product_fee"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_cents_not_negative"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year_in_range"),
    )

    product_code: Mapped[str] = mapped_column(
        ForeignKey("product.code", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    variant: Mapped[str] = mapped_column(String(60), primary_key=True, default="")
    amount_cents: Mapped[int] = mapped_column(Integer)


class ProductRequirement(Base):
    """One line of "what to bring", in the order the counter reads them out."""

    __tablename__ = "product_requirement"

    product_code: Mapped[str] = mapped_column(
        ForeignKey("product.code", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(300))


class ProductChannel(Base):
    """A channel where the product can be requested; ``kiosk`` means the kiosk can do it."""

    __tablename__ = "product_channel"

    product_code: Mapped[str] = mapped_column(
        ForeignKey("product.code", ondelete="CASCADE"), primary_key=True
    )
    kanaal: Mapped[Kanaal] = mapped_column(_enum(Kanaal, "kanaal"), primary_key=True)


class ProductDoelgroep(Base):
    __tablename__ = "product_doelgroep"

    product_code: Mapped[str] = mapped_column(
        ForeignKey("product.code", ondelete="CASCADE"), primary_key=True
    )
    doelgroep: Mapped[Doelgroep] = mapped_column(_enum(Doelgroep, "doelgroep"), primary_key=True)


class ProductThema(Base):
    """Many themes per product: a gehandicaptenparkeerkaart is Parkeren and Zorg."""

    __tablename__ = "product_thema"

    product_code: Mapped[str] = mapped_column(
        ForeignKey("product.code", ondelete="CASCADE"), primary_key=True
    )
    thema: Mapped[Thema] = mapped_column(_enum(Thema, "thema"), primary_key=True)


class KnowledgeArticle(Base):
    """One entry of the kennisbank: the same answer for every channel.

    An integer key because SQLite's FTS5 index refers to rows by integer rowid. ``code`` is the
    stable handle seed files and links use. ``stemmed_title`` and ``stemmed_text`` hold the
    Dutch stems of title plus keywords and of answer plus body (``app.services.search``); they
    are what FTS5 indexes on SQLite, and are filled on both backends so the data stays portable.
    """

    __tablename__ = "knowledge_article"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    # The short columns come before the long texts on purpose: search filters every match on
    # them, and SQLite would otherwise read each row's overflow pages to reach them.
    audience: Mapped[Audience] = mapped_column(_enum(Audience, "audience"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_reviewed: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(String(200))
    #: Comma-separated, lower case; searched with the weight of the title.
    keywords: Mapped[str] = mapped_column(String(500), default="")
    #: What a counter employee says, in one or two sentences.
    answer: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    stemmed_title: Mapped[str] = mapped_column(Text, default="")
    stemmed_text: Mapped[str] = mapped_column(Text, default="")


class KnowledgeArticleProduct(Base):
    __tablename__ = "knowledge_article_product"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_article.id", ondelete="CASCADE"), primary_key=True
    )
    product_code: Mapped[str] = mapped_column(
        ForeignKey("product.code", ondelete="CASCADE"), primary_key=True, index=True
    )


class Funnel(Base):
    """A vraagtrechter: a small decision tree that belongs to one article.

    Stored as rows (this table, ``funnel_node``, ``funnel_option``) rather than a JSON column:
    the foreign keys then guarantee that every option points at a node of the same funnel and
    that products and units named in answers exist, on both databases and whoever writes; and
    "which funnels hand off to BO-PARKEREN" is plain SQL. What keys cannot express (no cycles,
    every node reachable, at least one answer) is checked in ``app.services.funnels`` on save.
    A save replaces the whole tree, which is a handful of rows.
    """

    __tablename__ = "funnel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_article.id", ondelete="CASCADE"), unique=True
    )
    start_key: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FunnelNode(Base):
    """A question (with options) or an answer (with an optional product, action and unit)."""

    __tablename__ = "funnel_node"

    funnel_id: Mapped[int] = mapped_column(
        ForeignKey("funnel.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[FunnelNodeKind] = mapped_column(_enum(FunnelNodeKind, "funnel_node_kind"))
    text: Mapped[str] = mapped_column(Text)
    action: Mapped[FunnelAction | None] = mapped_column(_enum(FunnelAction, "funnel_action"))
    product_code: Mapped[str | None] = mapped_column(ForeignKey("product.code"))
    unit_code: Mapped[str | None] = mapped_column(ForeignKey("actor.code"))


class FunnelOption(Base):
    """An answer option of a question node, leading to another node of the same funnel."""

    __tablename__ = "funnel_option"
    __table_args__ = (
        ForeignKeyConstraint(
            ["funnel_id", "node_key"],
            ["funnel_node.funnel_id", "funnel_node.key"],
            name="fk_funnel_option_node",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["funnel_id", "target_key"],
            ["funnel_node.funnel_id", "funnel_node.key"],
            name="fk_funnel_option_target",
            ondelete="CASCADE",
        ),
    )

    funnel_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    target_key: Mapped[str] = mapped_column(String(40))
