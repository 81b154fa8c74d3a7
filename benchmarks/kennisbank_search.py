"""Kennisbank search latency at 10,000 articles, against baselines measured in the same run.

    .venv/bin/python -m benchmarks.kennisbank_search [--articles 10000] [--queries 200]
        [--backend sqlite|postgresql|both]

Articles are generated from Dutch word lists: each is about one or two of 30 topics (paspoort,
verhuizing, ...), in sentences of stop words, verbs and about 900 compounds drawn Zipf-like (a
few occur in most articles, as "gemeente" does in a real kennisbank); they link to the seed
products. The queries mix topic words in other inflections than the text uses, common and rare
compounds, two- and three-word queries, phrases, ``or``, exclusions, a word that occurs nowhere
(the any-word fallback runs) and odd input. Each search is the whole service call: parse, ranked
query (FTS5 on SQLite, ``tsvector`` on PostgreSQL), loading the hits, fees and snippets.

Baselines, same database, same run: a primary-key read of one article through the same
``Database`` (a service call's floor), and a ``LIKE '%word%'`` scan (what search would cost
without an index). Target: search p99 < 50 ms at 10,000 articles.
PostgreSQL comes from STADSPUNT_TEST_PG_URL, or a throwaway cluster from scripts/pg-test-server.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Role
from app.registry.models_catalogue import Audience, KnowledgeArticle
from app.services import Services
from app.services.auth import Principal
from app.services.kennisbank import ArticleDraft, KennisbankService
from app.services.seed import load_catalogue, seed_reference

# Word lists: (form in the text, other forms a visitor types), so stemming is exercised.
NOUNS = [
    ("paspoort", "paspoorten"),
    ("identiteitskaart", "identiteitskaarten"),
    ("rijbewijs", "rijbewijzen"),
    ("verhuizing", "verhuizen"),
    ("parkeervergunning", "parkeervergunningen"),
    ("uittreksel", "uittreksels"),
    ("aanvraag", "aanvragen"),
    ("afspraak", "afspraken"),
    ("container", "containers"),
    ("melding", "meldingen"),
    ("kind", "kinderen"),
    ("ouder", "ouders"),
    ("pasfoto", "pasfoto's"),
    ("vergunning", "vergunningen"),
    ("belasting", "belastingen"),
    ("kosten", "kost"),
    ("balie", "balies"),
    ("adres", "adressen"),
    ("huurcontract", "huurcontracten"),
    ("machtiging", "machtigingen"),
    ("handtekening", "handtekeningen"),
    ("vingerafdruk", "vingerafdrukken"),
    ("uitkering", "uitkeringen"),
    ("hulpmiddel", "hulpmiddelen"),
    ("woning", "woningen"),
    ("stoeptegel", "stoeptegels"),
    ("lantaarnpaal", "lantaarnpalen"),
    ("evenement", "evenementen"),
    ("terras", "terrassen"),
    ("hond", "honden"),
]
VERBS = [
    ("aanvragen", "aangevraagd"),
    ("verlengen", "verlengd"),
    ("ophalen", "opgehaald"),
    ("betalen", "betaald"),
    ("meenemen", "meegenomen"),
    ("doorgeven", "doorgegeven"),
    ("controleren", "gecontroleerd"),
    ("melden", "gemeld"),
    ("wijzigen", "gewijzigd"),
    ("beoordelen", "beoordeeld"),
]
_FILLER_TEXT = (
    "de het een en van voor met bij op in aan uw u wij de gemeente binnen na dagen werkdagen "
    "direct online digitale zuil stadshal DigiD formulier bewijs geldig recent nieuw oud "
    "eerste tweede altijd meestal soms alleen ook nog wel niet"
)
FILLER = _FILLER_TEXT.split()
_HEADS_TEXT = (
    "gemeente bewoners woon zorg afval parkeer belasting wijk stads school huur bouw water groen "
    "fiets auto markt sport jeugd werk inkomens reis burger straat buurt huis kinder energie "
    "verkeers milieu"
)
_HEADS = _HEADS_TEXT.split()
_TAILS_TEXT = (
    "regeling loket kosten plan toeslag bijdrage kaart melding termijn verklaring formulier "
    "dienst zaak beleid subsidie controle onderzoek gesprek tarief gebied register overzicht "
    "wijziging pas punt route team budget"
)
_TAILS = _TAILS_TEXT.split()
#: About 900 Dutch compounds ("parkeerloket", "huurtoeslag", ...), drawn Zipf-like: a few are
#: in most articles (as "gemeente" is), most in few; plural forms appear now and then.
VOCABULARY = [head + tail for head in _HEADS for tail in _TAILS]
_ZIPF = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(VOCABULARY))))
TITLE_SHAPES = ("{n} {v}", "{N} en {n2}", "Vragen over {n}", "{N} {v} voor {n2}")


def _vocabulary_word(rng: random.Random) -> str:
    word = rng.choices(VOCABULARY, cum_weights=_ZIPF)[0]
    return word + "en" if rng.random() < 0.1 else word


def _sentence(rng: random.Random, length: int, topics: tuple[str, ...]) -> str:
    words = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.08:
            words.append(rng.choice(topics))
        elif roll < 0.16:
            words.append(rng.choice(VERBS)[rng.random() < 0.3])
        elif roll < 0.50:
            words.append(_vocabulary_word(rng))
        else:
            words.append(rng.choice(FILLER))
    return " ".join(words).capitalize() + "."


def generate(n: int, products: list[str], seed: int = 7) -> list[ArticleDraft]:
    """Articles about one or two topics (a noun of ``NOUNS``, in text form), in Dutch-like
    sentences of common words, compounds and verbs."""
    rng = random.Random(seed)
    drafts = []
    for i in range(n):
        noun, noun2 = (pair[0] for pair in rng.sample(NOUNS, 2))
        topics = (noun, noun2) if rng.random() < 0.5 else (noun,)
        title = rng.choice(TITLE_SHAPES).format(
            n=noun, N=noun.capitalize(), n2=noun2, v=rng.choice(VERBS)[0]
        )
        body = "\n\n".join(
            " ".join(_sentence(rng, rng.randint(8, 18), topics) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(2, 4))
        )
        drafts.append(
            ArticleDraft(
                code=f"bench-{i:05d}",
                title=title,
                answer=_sentence(rng, rng.randint(10, 20), topics),
                body=body,
                keywords=topics,
                audience=Audience.PUBLIC if rng.random() < 0.7 else Audience.INTERN,
                product_codes=tuple(rng.sample(products, rng.randint(0, 2))),
            )
        )
    return drafts


def queries(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)

    def noun(form: int = 0) -> str:
        return rng.choice(NOUNS)[form]

    shapes: list[Callable[[], str]] = [
        lambda: noun(1),  # another inflection than the text has
        lambda: noun(0),
        lambda: rng.choice(VERBS)[1],
        lambda: _vocabulary_word(rng),  # common compounds match thousands of articles
        lambda: f"{noun(1)} {noun(0)}",
        lambda: f"{noun(0)} {_vocabulary_word(rng)}",
        lambda: f"{noun(0)} {rng.choice(VERBS)[0]} {noun(1)}",
        lambda: f'"{noun(0)} {rng.choice(FILLER)}"',
        lambda: f"{noun(0)} or {noun(0)}",
        lambda: f"{noun(0)} -{noun(0)}",
        lambda: f"{noun(0)} xyzzy{rng.randint(0, 99)}",  # no article has both: any-word fallback
        lambda: rng.choice(["", "*", '"', "AND OR", "de het", "🛂", "(paspoort"]),
    ]
    return [rng.choice(shapes)() for _ in range(n)]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return p50 * 1000, p99 * 1000


def _time(calls: list[Callable[[], object]]) -> list[float]:
    for call in calls[:20]:  # warm statement caches and the connection pool
        call()
    samples = []
    for call in calls:
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return samples


def run(url: str, label: str, n_articles: int, n_queries: int) -> None:
    db = Database(url)
    migrate.upgrade(db)
    services = Services(db, Settings(database_url=url, log_dir=Path(tempfile.gettempdir())))
    seed_reference(services)
    kennisbank = KennisbankService(db, services.clock)
    products = [p.code for p in load_catalogue().products]
    start = time.perf_counter()
    kennisbank.import_articles(None, [(d, None) for d in generate(n_articles, products)])
    load_seconds = time.perf_counter() - start
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE knowledge_article"))
    principal = Principal(
        actor_uuid=uuid.uuid4(),
        actor_code="bench",
        display_name="Bench",
        roles=frozenset({Role.MEDEWERKER}),
    )
    with db.read() as session:
        ids = list(session.scalars(select(KnowledgeArticle.id)))

    query_list = queries(n_queries)

    def search_call(q: str) -> Callable[[], object]:
        return lambda: kennisbank.search(principal, q)

    rng = random.Random(3)

    def pk_call(article_id: int) -> Callable[[], object]:
        def call() -> object:
            with db.read() as session:
                return session.get(KnowledgeArticle, article_id)

        return call

    def like_call(word: str) -> Callable[[], object]:
        def call() -> object:
            with db.read() as session:
                return session.execute(
                    select(KnowledgeArticle.id)
                    .where(KnowledgeArticle.body.like(f"%{word}%"))
                    .order_by(KnowledgeArticle.id)
                    .limit(10)
                ).all()

        return call

    search_samples = _time([search_call(q) for q in query_list])
    with_hits = sum(1 for q in query_list if kennisbank.search(principal, q))
    pk_samples = _time([pk_call(rng.choice(ids)) for _ in range(n_queries)])
    like_samples = _time([like_call(rng.choice(NOUNS)[1]) for _ in range(n_queries)])
    services.close()

    s50, s99 = _percentiles(search_samples)
    k50, k99 = _percentiles(pk_samples)
    l50, l99 = _percentiles(like_samples)
    print(
        f"{label:<10} {n_articles} articles (loaded in {load_seconds:.1f} s), "
        f"{n_queries} queries, {with_hits * 100 // len(query_list)}% with hits"
    )
    print(
        f"{'':<10} search      p50 {s50:6.2f} ms  p99 {s99:6.2f} ms"
        f"   {'OK' if s99 < 50 else 'OVER'} (target p99 < 50 ms)"
    )
    print(
        f"{'':<10} pk read     p50 {k50:6.2f} ms  p99 {k99:6.2f} ms"
        f"   search/pk   p50 {s50 / k50:5.1f}x  p99 {s99 / k99:5.1f}x"
    )
    print(
        f"{'':<10} LIKE scan   p50 {l50:6.2f} ms  p99 {l99:6.2f} ms"
        f"   search/LIKE p50 {s50 / l50:5.2f}x  p99 {s99 / l99:5.2f}x"
    )


def _pg_database(admin_url: str) -> str:
    name = f"stadspunt_bench_kb_{os.getpid()}"
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{tmp}/bench.db", "sqlite", args.articles, args.queries)
    if args.backend in ("postgresql", "both"):
        admin = os.environ.get("STADSPUNT_TEST_PG_URL")
        started = None
        if not admin:
            out = subprocess.run(
                ["scripts/pg-test-server", "start"], check=True, capture_output=True, text=True
            ).stdout
            env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
            admin, started = env["STADSPUNT_TEST_PG_URL"], env["PG_TEST_DIR"]
        url = _pg_database(admin)
        try:
            run(url, "postgresql", args.articles, args.queries)
        finally:
            _drop_pg_database(admin, url)
            if started:
                subprocess.run(["scripts/pg-test-server", "stop", started], check=False)


if __name__ == "__main__":
    main()
