"""The kennisbank: one set of answers for the counter, the phone, e-mail and the kiosk.

Articles are linked to products, carry the short answer an employee gives, the full text,
keywords, who may read them (staff only, or also the public at the kiosk) and when they were
last checked. An article may have a question funnel (``app.services.funnels``).

Costs are never typed into an article: ``{{leges:paspoort}}`` or
``{{leges:paspoort|jonger dan 18}}`` stands for the fee in the catalogue's fee table and is
filled in when the article is read, for the year of the moment asked about. A fee change is
then right in every article at once, and January's articles show January's fees.

Search: see ``app.services.search`` for the query rules; this module runs the query on the
database at hand (FTS5 on SQLite, ``tsvector`` on PostgreSQL) and builds the snippets. When no
article contains all the words, it falls back to articles with any of them, ranked, and marks
those hits ``matched_all=False``.

Ranking has a bounded cost: of the articles that match, the newest ``RANK_CANDIDATES`` (1,000)
are ranked (BM25 on SQLite, ``ts_rank`` on PostgreSQL, title and keywords weighing most). A
query that matches more articles than that (a word such as "aanvragen" that half the kennisbank
uses) is too broad to rank usefully anyway, and ranking every match costs 50-250 ms at 10,000
articles instead of about 10 (``benchmarks/kennisbank_search.py``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Float, Integer, Row, delete, exists, func, insert, select, text
from sqlalchemy.orm import Session

from app.registry.db import Database
from app.registry.models import Actor, Kanaal, Product, SoortActor, table
from app.registry.models_catalogue import (
    Audience,
    FunnelAction,
    FunnelNodeKind,
    KnowledgeArticle,
    KnowledgeArticleProduct,
    ProductChannel,
)
from app.registry.models_catalogue import Funnel as FunnelRow
from app.registry.models_catalogue import FunnelNode as FunnelNodeRow
from app.registry.models_catalogue import FunnelOption as FunnelOptionRow
from app.services import funnels, search
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.catalogue import Fee, fees_for_year, kiosk_only
from app.services.errors import NotFoundError, UnknownProductError, ValidationError
from app.services.funnels import Choice, Funnel, FunnelError, Node
from app.services.search import Fragment, Query
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import local_date

log = logging.getLogger(__name__)

MAX_RESULTS = 50
MAX_TITLE_CHARS = 200
MAX_ANSWER_CHARS = 2_000
MAX_BODY_CHARS = 50_000
MAX_KEYWORDS_CHARS = 500
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")
_FEE = re.compile(r"\{\{\s*leges:([a-z0-9-]+)(?:\|([^{}]*))?\s*\}\}")
#: Shown where a fee placeholder has no fee (none entered, or a variant that does not exist).
UNKNOWN_FEE = "(tarief onbekend)"


class UnknownArticleError(NotFoundError):
    message = QT_TRANSLATE_NOOP("errors", "There is no knowledge article {code}.")


@dataclass(frozen=True)
class ArticleDraft:
    """What a beheerder saves; ``code`` is the stable handle (new code: new article)."""

    code: str
    title: str
    answer: str
    body: str = ""
    keywords: tuple[str, ...] = ()
    audience: Audience = Audience.INTERN
    product_codes: tuple[str, ...] = ()
    last_reviewed: date | None = None
    active: bool = True


@dataclass(frozen=True)
class ArticleSummary:
    code: str
    title: str
    answer: str
    audience: Audience
    product_codes: tuple[str, ...]
    last_reviewed: date | None
    has_funnel: bool


@dataclass(frozen=True)
class Article(ArticleSummary):
    body: str
    keywords: tuple[str, ...]
    active: bool
    updated_at: datetime
    funnel: Funnel | None


@dataclass(frozen=True)
class ArticleHit:
    code: str
    title: str
    answer: str
    #: The passage of answer and body with the most query words; ``match`` parts are found words.
    snippet: tuple[Fragment, ...]
    product_codes: tuple[str, ...]
    audience: Audience
    has_funnel: bool
    #: Higher is better; comparable only within one result list (each database ranks its way).
    score: float
    #: False when no article had all the words and this one has some (the fallback).
    matched_all: bool

    def snippet_text(self, before: str = "[", after: str = "]") -> str:
        return search.marked(self.snippet, before, after)


def fee_codes(text_: str) -> set[str]:
    """Product codes named by ``{{leges:...}}`` placeholders."""
    return {m.group(1) for m in _FEE.finditer(text_)}


def expand_fees(text_: str, fees: Mapping[str, Sequence[Fee]]) -> str:
    """Replace fee placeholders with amounts ("€ 84,45"); unknown ones with ``UNKNOWN_FEE``."""

    def amount(match: re.Match[str]) -> str:
        code, variant = match.group(1), " ".join((match.group(2) or "").split())
        fee = next((f for f in fees.get(code, ()) if f.variant == variant), None)
        return fee.text if fee is not None else UNKNOWN_FEE

    return _FEE.sub(amount, text_)


#: At most this many matches are ranked: the newest ones (highest id). See the module docstring.
RANK_CANDIDATES = 1000

# Both queries: visible matches, newest first, at most RANK_CANDIDATES of them; those ranked,
# best first. FTS5 walks its matches in descending rowid order itself; on PostgreSQL a broad
# query walks the primary key backwards and a narrow one uses the GIN index.
_SQLITE_SEARCH = """
SELECT c.id AS id, c.score AS score FROM (
    SELECT a.id AS id, -bm25(knowledge_article_fts, 4.0, 1.0) AS score
    FROM knowledge_article_fts JOIN knowledge_article AS a ON a.id = knowledge_article_fts.rowid
    WHERE knowledge_article_fts MATCH :query AND a.active = 1
      AND (:public_only = 0 OR a.audience = 'public')
      AND (:product IS NULL OR EXISTS (
          SELECT 1 FROM knowledge_article_product AS p
          WHERE p.article_id = a.id AND p.product_code = :product))
    ORDER BY knowledge_article_fts.rowid DESC
    LIMIT :candidates
) AS c
ORDER BY c.score DESC, c.id
LIMIT :limit
"""

_POSTGRESQL_SEARCH = """
SELECT c.id AS id, ts_rank(c.search_vector, c.query) AS score FROM (
    SELECT a.id, a.search_vector, q.query
    FROM knowledge_article AS a, websearch_to_tsquery('dutch', :query) AS q(query)
    WHERE a.search_vector @@ q.query AND a.active
      AND (NOT :public_only OR a.audience = 'public')
      AND (CAST(:product AS text) IS NULL OR EXISTS (
          SELECT 1 FROM knowledge_article_product AS p
          WHERE p.article_id = a.id AND p.product_code = :product))
    ORDER BY a.id DESC
    LIMIT :candidates
) AS c
ORDER BY score DESC, c.id
LIMIT :limit
"""


class KennisbankService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    # -- search ---------------------------------------------------------------------------

    def search(
        self,
        principal: Principal,
        query: str,
        *,
        limit: int = 10,
        product_code: str | None = None,
    ) -> list[ArticleHit]:
        """Ranked articles for a search box; any input is accepted, empty input finds nothing."""
        parsed = search.parse_query(query)
        if parsed.is_empty:
            return []
        limit = max(1, min(limit, MAX_RESULTS))
        public_only = kiosk_only(principal)
        with self._db.read() as session:
            rows = self._ranked(session, parsed, limit, public_only, product_code)
            matched_all = True
            if not rows and parsed.term_count > 1:
                rows = self._ranked(session, parsed.loosened(), limit, public_only, product_code)
                matched_all = False
            if not rows:
                return []
            fees = fees_for_year(
                session,
                {code for row in rows for code in fee_codes(row.answer + row.body)},
                self._year(None),
            )
        return [_hit(row, parsed.stems, fees, matched_all) for row in rows]

    def _ranked(
        self,
        session: Session,
        query: Query,
        limit: int,
        public_only: bool,
        product_code: str | None,
    ) -> list[Row[Any]]:
        """The hits with everything a result line shows, best first, in one round trip."""
        if self._db.is_sqlite:
            sql, match = _SQLITE_SEARCH, query.fts5()
        else:
            sql, match = _POSTGRESQL_SEARCH, query.websearch()
        ranked = text(sql).columns(id=Integer, score=Float).subquery("ranked")
        a = table(KnowledgeArticle).c
        links = table(KnowledgeArticleProduct).c
        products = (
            select(func.aggregate_strings(links.product_code, " "))
            .where(links.article_id == a.id)
            .scalar_subquery()
        )
        has_funnel = exists().where(table(FunnelRow).c.article_id == a.id)
        statement = (
            select(
                a.id,
                a.code,
                a.title,
                a.answer,
                a.body,
                a.audience,
                ranked.c.score,
                products.label("products"),
                has_funnel.label("has_funnel"),
            )
            .join_from(ranked, table(KnowledgeArticle), a.id == ranked.c.id)
            .order_by(ranked.c.score.desc(), a.id)
        )
        parameters = {
            "query": match,
            "public_only": public_only,
            "product": product_code,
            "candidates": RANK_CANDIDATES,
            "limit": limit,
        }
        return list(session.execute(statement, parameters))

    # -- reading --------------------------------------------------------------------------

    def get_article(
        self,
        principal: Principal,
        code: str,
        *,
        on: date | datetime | None = None,
        expand: bool = True,
    ) -> Article:
        """One article with its funnel; fees filled in for the year of ``on`` (default: now).

        ``expand=False`` gives the placeholders as stored, for the beheerder's editor.
        """
        if not expand:
            principal.require(Permission.MANAGE_CATALOGUE)
        with self._db.read() as session:
            article = self._readable(session, principal, code)
            return self._article(session, article, self._year(on) if expand else None)

    def articles_for_product(self, principal: Principal, product_code: str) -> list[ArticleSummary]:
        """The active articles about a product, by title (the product card's "kennis" list)."""
        public_only = kiosk_only(principal)
        with self._db.read() as session:
            query = (
                select(KnowledgeArticle)
                .join(
                    KnowledgeArticleProduct,
                    KnowledgeArticleProduct.article_id == KnowledgeArticle.id,
                )
                .where(
                    KnowledgeArticleProduct.product_code == product_code,
                    KnowledgeArticle.active.is_(True),
                )
                .order_by(KnowledgeArticle.title)
            )
            if public_only:
                query = query.where(KnowledgeArticle.audience == Audience.PUBLIC)
            articles = session.scalars(query).all()
            ids = [a.id for a in articles]
            products = _product_codes(session, ids)
            with_funnel = _with_funnel(session, ids)
            fees = fees_for_year(
                session, {c for a in articles for c in fee_codes(a.answer)}, self._year(None)
            )
            return [
                ArticleSummary(
                    code=a.code,
                    title=a.title,
                    answer=expand_fees(a.answer, fees),
                    audience=a.audience,
                    product_codes=products.get(a.id, ()),
                    last_reviewed=a.last_reviewed,
                    has_funnel=a.id in with_funnel,
                )
                for a in articles
            ]

    def due_for_review(self, principal: Principal, before: date) -> list[ArticleSummary]:
        """Active articles not reviewed since ``before`` (or never), oldest first."""
        principal.require(Permission.MANAGE_CATALOGUE)
        with self._db.read() as session:
            articles = session.scalars(
                select(KnowledgeArticle)
                .where(
                    KnowledgeArticle.active.is_(True),
                    (KnowledgeArticle.last_reviewed.is_(None))
                    | (KnowledgeArticle.last_reviewed < before),
                )
                .order_by(KnowledgeArticle.last_reviewed.nulls_first(), KnowledgeArticle.code)
            ).all()
            ids = [a.id for a in articles]
            products = _product_codes(session, ids)
            with_funnel = _with_funnel(session, ids)
            return [
                ArticleSummary(
                    code=a.code,
                    title=a.title,
                    answer=a.answer,
                    audience=a.audience,
                    product_codes=products.get(a.id, ()),
                    last_reviewed=a.last_reviewed,
                    has_funnel=a.id in with_funnel,
                )
                for a in articles
            ]

    def get_funnel(self, principal: Principal, article_code: str) -> Funnel:
        with self._db.read() as session:
            article = self._readable(session, principal, article_code)
            funnel = _funnel_with_fees(session, _load_funnel(session, article.id), self._year(None))
            if funnel is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "Article {code} has no question funnel."),
                    code=article_code,
                )
            return funnel

    # -- beheer ---------------------------------------------------------------------------

    def save_article(self, principal: Principal, draft: ArticleDraft) -> Article:
        """Create or change an article (by ``code``); the search index follows in the same
        transaction (FTS5 triggers on SQLite, the generated column on PostgreSQL)."""
        principal.require(Permission.MANAGE_CATALOGUE)
        clean = _validated(draft)
        now = self._clock()
        with self._db.write() as session:
            existing = select(KnowledgeArticle).where(KnowledgeArticle.code == clean.code)
            if not self._db.is_sqlite:
                existing = existing.with_for_update()
            article = session.scalars(existing).one_or_none()
            created = article is None
            article = _store_article(session, article, clean, now)
            record_audit(
                session,
                principal.actor_uuid,
                "create_article" if created else "update_article",
                "knowledge_article",
                clean.code,
                at=now,
            )
            return self._article(session, article, self._year(None))

    def import_articles(
        self,
        principal: Principal | None,
        entries: Iterable[tuple[ArticleDraft, Funnel | None]],
    ) -> int:
        """Add articles (with their funnels) whose code does not exist yet; returns how many.

        Existing articles are left as they are, so re-running a seed never undoes a
        beheerder's edits. ``principal`` None is the operators' seed path. Everything is
        validated as on a normal save, and it is one transaction: a bad entry adds nothing.
        """
        if principal is not None:
            principal.require(Permission.MANAGE_CATALOGUE)
        checked = []
        for draft, funnel in entries:
            if funnel is not None:
                funnels.validate(funnel)
            checked.append((_validated(draft), funnel))
        now = self._clock()
        with self._db.write() as session:
            known = set(session.scalars(select(KnowledgeArticle.code)))
            fresh = []
            for clean, funnel in checked:
                if clean.code not in known:
                    known.add(clean.code)
                    fresh.append((clean, funnel))
            # Set-based: one product check, one flush for all articles, one insert of links.
            _require_products(
                session,
                {c for clean, _ in fresh for c in clean.product_codes}
                | {c for clean, _ in fresh for c in fee_codes(clean.answer + clean.body)},
            )
            articles = [_new_article(clean, now) for clean, _ in fresh]
            session.add_all(articles)
            session.flush()
            links = [
                {"article_id": article.id, "product_code": code}
                for article, (clean, _) in zip(articles, fresh, strict=True)
                for code in clean.product_codes
            ]
            if links:
                session.execute(insert(KnowledgeArticleProduct), links)
            for article, (_, funnel) in zip(articles, fresh, strict=True):
                if funnel is not None:
                    _check_references(session, funnel)
                    _store_funnel(session, article.id, funnel, now)
            added = len(fresh)
            if added:
                record_audit(
                    session,
                    principal.actor_uuid if principal else None,
                    "import_articles",
                    "knowledge_article",
                    "*",
                    at=now,
                    detail=f"{added} articles",
                )
            return added

    def mark_reviewed(
        self, principal: Principal, code: str, on: date | None = None
    ) -> ArticleSummary:
        """Record that the article was checked and still holds."""
        principal.require(Permission.MANAGE_CATALOGUE)
        now = self._clock()
        day = on or local_date(now)
        with self._db.write() as session:
            article = _article_by_code(session, code)
            article.last_reviewed = day
            session.flush()
            record_audit(
                session,
                principal.actor_uuid,
                "review_article",
                "knowledge_article",
                code,
                at=now,
                detail=day.isoformat(),
            )
            return self._article(session, article, self._year(None))

    def save_funnel(self, principal: Principal, article_code: str, funnel: Funnel) -> Funnel:
        """Replace the article's funnel after ``funnels.validate`` and a check that the
        products and units it names exist (and, for "kiosk" answers, are offered there)."""
        principal.require(Permission.MANAGE_CATALOGUE)
        funnels.validate(funnel)
        now = self._clock()
        with self._db.write() as session:
            article = _article_by_code(session, article_code)
            _check_references(session, funnel)
            session.execute(delete(FunnelRow).where(FunnelRow.article_id == article.id))
            _store_funnel(session, article.id, funnel, now)
            record_audit(
                session,
                principal.actor_uuid,
                "save_funnel",
                "knowledge_article",
                article_code,
                at=now,
                detail=f"{len(funnel.nodes)} nodes",
            )
            saved = _load_funnel(session, article.id)
            if saved is None:  # pragma: no cover - stored just above, in this transaction
                raise RuntimeError("funnel vanished while saving")
            return saved

    def remove_funnel(self, principal: Principal, article_code: str) -> None:
        principal.require(Permission.MANAGE_CATALOGUE)
        with self._db.write() as session:
            article = _article_by_code(session, article_code)
            session.execute(delete(FunnelRow).where(FunnelRow.article_id == article.id))
            record_audit(
                session,
                principal.actor_uuid,
                "remove_funnel",
                "knowledge_article",
                article_code,
                at=self._clock(),
            )

    # -- helpers --------------------------------------------------------------------------

    def _year(self, on: date | datetime | None) -> int:
        moment = self._clock() if on is None else on
        if isinstance(moment, datetime):
            return local_date(moment).year
        return moment.year

    def _readable(self, session: Session, principal: Principal, code: str) -> KnowledgeArticle:
        """The article if this principal may read it; a kiosk sees active public ones only."""
        article = _article_by_code(session, code)
        staff_editor = principal.can(Permission.MANAGE_CATALOGUE)
        hidden = (not article.active and not staff_editor) or (
            kiosk_only(principal) and article.audience != Audience.PUBLIC
        )
        if hidden:
            raise UnknownArticleError(code=code)
        return article

    def _article(self, session: Session, article: KnowledgeArticle, year: int | None) -> Article:
        answer, body = article.answer, article.body
        funnel = _load_funnel(session, article.id)
        if year is not None:
            fees = fees_for_year(session, fee_codes(answer + body), year)
            answer, body = expand_fees(answer, fees), expand_fees(body, fees)
            funnel = _funnel_with_fees(session, funnel, year)
        return Article(
            code=article.code,
            title=article.title,
            answer=answer,
            audience=article.audience,
            product_codes=_product_codes(session, [article.id]).get(article.id, ()),
            last_reviewed=article.last_reviewed,
            has_funnel=funnel is not None,
            body=body,
            keywords=tuple(k for k in article.keywords.split(", ") if k),
            active=article.active,
            updated_at=article.updated_at,
            funnel=funnel,
        )


def _funnel_with_fees(session: Session, funnel: Funnel | None, year: int) -> Funnel | None:
    """The funnel with ``{{leges:...}}`` in its question and answer texts filled in, as the
    article's own texts are: a visitor at the kiosk must never see a placeholder."""
    if funnel is None:
        return None
    codes = set().union(*(fee_codes(node.text) for node in funnel.nodes))
    if not codes:
        return funnel
    fees = fees_for_year(session, codes, year)
    nodes = tuple(replace(node, text=expand_fees(node.text, fees)) for node in funnel.nodes)
    return replace(funnel, nodes=nodes)


def _store_article(
    session: Session, article: KnowledgeArticle | None, clean: ArticleDraft, now: datetime
) -> KnowledgeArticle:
    """Write a validated draft (new when ``article`` is None), its stems and product links."""
    _require_products(session, set(clean.product_codes) | fee_codes(clean.answer + clean.body))
    if article is None:
        article = _new_article(clean, now)
        session.add(article)
    else:
        _fill_article(article, clean, now)
    session.flush()
    session.execute(
        delete(KnowledgeArticleProduct).where(KnowledgeArticleProduct.article_id == article.id)
    )
    if clean.product_codes:
        session.execute(
            insert(KnowledgeArticleProduct),
            [{"article_id": article.id, "product_code": c} for c in clean.product_codes],
        )
    return article


def _new_article(clean: ArticleDraft, now: datetime) -> KnowledgeArticle:
    article = KnowledgeArticle(code=clean.code)
    _fill_article(article, clean, now)
    return article


def _fill_article(article: KnowledgeArticle, clean: ArticleDraft, now: datetime) -> None:
    article.title = clean.title
    article.answer = clean.answer
    article.body = clean.body
    article.keywords = ", ".join(clean.keywords)
    article.audience = clean.audience
    article.last_reviewed = clean.last_reviewed
    article.active = clean.active
    article.updated_at = now
    article.stemmed_title = search.index_text(clean.title, " ".join(clean.keywords))
    article.stemmed_text = search.index_text(clean.answer, clean.body)


def _store_funnel(session: Session, article_id: int, funnel: Funnel, now: datetime) -> None:
    """Insert a validated funnel for an article that has none (the caller deleted the old)."""
    row = FunnelRow(article_id=article_id, start_key=funnel.start, updated_at=now)
    session.add(row)
    session.flush()
    session.execute(
        insert(FunnelNodeRow),
        [
            {
                "funnel_id": row.id,
                "key": node.key,
                "kind": node.kind,
                "text": node.text.strip(),
                "action": node.action if node.is_answer else None,
                "product_code": node.product_code,
                "unit_code": node.unit_code,
            }
            for node in funnel.nodes
        ],
    )
    options = [
        {
            "funnel_id": row.id,
            "node_key": node.key,
            "position": position,
            "label": choice.label.strip(),
            "target_key": choice.target,
        }
        for node in funnel.nodes
        for position, choice in enumerate(node.choices)
    ]
    if options:
        session.execute(insert(FunnelOptionRow), options)


def _hit(
    row: Row[Any], stems: frozenset[str], fees: Mapping[str, Sequence[Fee]], matched_all: bool
) -> ArticleHit:
    answer = expand_fees(row.answer, fees)
    body = expand_fees(row.body, fees)
    return ArticleHit(
        code=row.code,
        title=row.title,
        answer=answer,
        snippet=search.snippet(f"{answer}\n{body}", stems),
        product_codes=tuple(sorted((row.products or "").split())),
        audience=row.audience,
        has_funnel=bool(row.has_funnel),
        score=float(row.score),
        matched_all=matched_all,
    )


def _article_by_code(session: Session, code: str) -> KnowledgeArticle:
    article = session.scalars(
        select(KnowledgeArticle).where(KnowledgeArticle.code == code)
    ).one_or_none()
    if article is None:
        raise UnknownArticleError(code=code)
    return article


def _product_codes(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    wanted = list(ids)
    result: dict[int, list[str]] = {}
    if wanted:
        rows = session.execute(
            select(KnowledgeArticleProduct.article_id, KnowledgeArticleProduct.product_code)
            .where(KnowledgeArticleProduct.article_id.in_(wanted))
            .order_by(KnowledgeArticleProduct.product_code)
        )
        for article_id, code in rows:
            result.setdefault(article_id, []).append(code)
    return {k: tuple(v) for k, v in result.items()}


def _with_funnel(session: Session, ids: Iterable[int]) -> set[int]:
    wanted = list(ids)
    if not wanted:
        return set()
    return set(
        session.scalars(select(FunnelRow.article_id).where(FunnelRow.article_id.in_(wanted)))
    )


def _load_funnel(session: Session, article_id: int) -> Funnel | None:
    row = session.scalars(select(FunnelRow).where(FunnelRow.article_id == article_id)).one_or_none()
    if row is None:
        return None
    options: dict[str, list[Choice]] = {}
    for option in session.scalars(
        select(FunnelOptionRow)
        .where(FunnelOptionRow.funnel_id == row.id)
        .order_by(FunnelOptionRow.node_key, FunnelOptionRow.position)
    ):
        options.setdefault(option.node_key, []).append(Choice(option.label, option.target_key))
    nodes = tuple(
        Node(
            key=node.key,
            text=node.text,
            kind=node.kind,
            choices=tuple(options.get(node.key, ())),
            action=node.action,
            product_code=node.product_code,
            unit_code=node.unit_code,
        )
        for node in session.scalars(
            select(FunnelNodeRow)
            .where(FunnelNodeRow.funnel_id == row.id)
            .order_by(FunnelNodeRow.key)
        )
    )
    # Start first, then the rest in key order: a stable order for editors and comparisons.
    ordered = tuple(sorted(nodes, key=lambda n: (n.key != row.start_key, n.key)))
    return Funnel(row.start_key, ordered)


def _require_products(session: Session, codes: Iterable[str]) -> None:
    wanted = set(codes)
    if not wanted:
        return
    known = set(session.scalars(select(Product.code).where(Product.code.in_(wanted))))
    missing = sorted(wanted - known)
    if missing:
        raise UnknownProductError(code=missing[0])


def _check_references(session: Session, funnel: Funnel) -> None:
    products, units = funnels.referenced(funnel)
    try:
        _require_products(session, products)
    except UnknownProductError as exc:
        code = str(exc.params["code"])
        key = next(n.key for n in funnel.nodes if n.product_code == code)
        raise FunnelError(
            QT_TRANSLATE_NOOP(
                "errors", "Answer {node} names product {code}, which does not exist."
            ),
            node=key,
            code=code,
        ) from exc
    if units:
        known = set(
            session.scalars(
                select(Actor.code).where(
                    Actor.code.in_(units),
                    Actor.soort_actor == SoortActor.ORGANISATORISCHE_EENHEID,
                )
            )
        )
        for node in funnel.nodes:
            if node.unit_code and node.unit_code not in known:
                raise FunnelError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Answer {node} hands off to {unit}, which is not a unit."
                    ),
                    node=node.key,
                    unit=node.unit_code,
                )
    kiosk_products = {
        n.product_code: n.key
        for n in funnel.nodes
        if n.kind == FunnelNodeKind.ANSWER and n.action == FunnelAction.KIOSK and n.product_code
    }
    if kiosk_products:
        offered = set(
            session.scalars(
                select(ProductChannel.product_code).where(
                    ProductChannel.product_code.in_(kiosk_products),
                    ProductChannel.kanaal == Kanaal.KIOSK,
                )
            )
        )
        for code, key in sorted(kiosk_products.items()):
            if code not in offered:
                raise FunnelError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Answer {node} sends to the kiosk, but the kiosk does not offer {code}.",
                    ),
                    node=key,
                    code=code,
                )


def _validated(draft: ArticleDraft) -> ArticleDraft:
    """The draft with whitespace tidied, or a ``ValidationError`` naming the field."""
    code = draft.code.strip().lower()
    if not _CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An article code uses 2 to 80 lower-case letters, digits and '-'."
            ),
            field="code",
        )
    title = " ".join(draft.title.split())
    if not title or len(title) > MAX_TITLE_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The title needs 1 to {n} characters."),
            field="title",
            n=MAX_TITLE_CHARS,
        )
    answer = draft.answer.strip()
    if not answer or len(answer) > MAX_ANSWER_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The short answer needs 1 to {n} characters."),
            field="answer",
            n=MAX_ANSWER_CHARS,
        )
    body = draft.body.strip()
    if len(body) > MAX_BODY_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The text is longer than {n} characters."),
            field="body",
            n=MAX_BODY_CHARS,
        )
    keywords = tuple(
        dict.fromkeys(k for k in (" ".join(w.lower().split()) for w in draft.keywords) if k)
    )
    if any("," in k for k in keywords) or len(", ".join(keywords)) > MAX_KEYWORDS_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Keywords hold no commas and together at most {n} characters."
            ),
            field="keywords",
            n=MAX_KEYWORDS_CHARS,
        )
    if not isinstance(draft.audience, Audience):
        raise ValidationError(field="audience")
    return ArticleDraft(
        code=code,
        title=title,
        answer=answer,
        body=body,
        keywords=keywords,
        audience=draft.audience,
        product_codes=tuple(dict.fromkeys(c.strip() for c in draft.product_codes if c.strip())),
        last_reviewed=draft.last_reviewed,
        active=draft.active,
    )
