"""Kennisbank on both databases: Dutch stemmed search, odd queries, fees in articles, funnels.

The search tests name concrete seed articles: both backends must find them (they stem
differently in detail, PostgreSQL with its built-in ``dutch`` configuration, SQLite with the
Snowball stemmer in Python, but "paspoorten" must find the passport article on both).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.registry.models import AuditRecord
from app.registry.models_catalogue import Audience, FunnelAction, FunnelNode
from app.services import Services, funnels
from app.services.auth import Principal
from app.services.catalogue import CatalogueService
from app.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    UnknownProductError,
    ValidationError,
)
from app.services.funnels import Funnel, FunnelError, Node, Walk
from app.services.kennisbank import (
    UNKNOWN_FEE,
    ArticleDraft,
    KennisbankService,
    UnknownArticleError,
    expand_fees,
)
from app.services.search import marked, parse_query, snippet
from app.services.seed import load_kennisbank, seed_kennisbank
from tests.conftest import FakeClock, make_user


@pytest.fixture
def kennisbank(services: Services, clock: FakeClock) -> KennisbankService:
    seed_kennisbank(services)
    return KennisbankService(services.db, clock)


@pytest.fixture
def anna(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


@pytest.fixture
def bea(services: Services) -> Principal:
    return make_user(services, "bea", "beheerder")


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def _codes(kb: KennisbankService, who: Principal, query: str, **kwargs: object) -> list[str]:
    return [hit.code for hit in kb.search(who, query, **kwargs)]  # type: ignore[arg-type]


# -- search -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("paspoorten", "paspoort-aanvragen"),  # plural finds the singular
        ("verhuizen", "verhuizing-doorgeven"),  # verb finds the noun
        ("parkeervergunningen", "parkeervergunning-aanvragen"),
        ("kinderen paspoort", "paspoort-kind"),
        ("Kwijtschelding", "kwijtschelding-aanvragen"),
        ("grofvuil matrassen", "grofvuil"),
        ("stoeptegels", "melding-openbare-ruimte"),
    ],
)
def test_stemmed_search_finds_the_article(
    kennisbank: KennisbankService, anna: Principal, query: str, first: str
) -> None:
    assert _codes(kennisbank, anna, query)[0] == first


def test_all_words_must_match_and_results_are_ranked(
    kennisbank: KennisbankService, anna: Principal
) -> None:
    hits = kennisbank.search(anna, "paspoort")
    codes = [h.code for h in hits]
    assert {"paspoort-aanvragen", "paspoort-kind", "paspoort-kwijt"} <= set(codes)
    assert all(h.matched_all for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # Both words: only articles with both.
    both = _codes(kennisbank, anna, "paspoort gestolen")
    assert both[0] == "paspoort-kwijt" and "rijbewijs-verlengen" not in both


def test_phrase_or_and_exclusion(kennisbank: KennisbankService, anna: Principal) -> None:
    assert _codes(kennisbank, anna, '"digitale balie"')[0] == "digitale-balie"
    either = set(_codes(kennisbank, anna, "scootmobiel or grofvuil"))
    assert {"wmo-melding", "grofvuil"} <= either
    with_ = set(_codes(kennisbank, anna, "vingerafdrukken"))
    without = set(_codes(kennisbank, anna, "vingerafdrukken -kind"))
    assert "paspoort-aanvragen" in without and without < with_
    assert "paspoort-kind" in with_ - without


def test_falls_back_to_any_word_when_none_has_all(
    kennisbank: KennisbankService, anna: Principal
) -> None:
    hits = kennisbank.search(anna, "paspoort xyzzyqua")
    assert hits and hits[0].code.startswith("paspoort")
    assert not any(h.matched_all for h in hits)


def test_snippet_marks_the_found_words(kennisbank: KennisbankService, anna: Principal) -> None:
    hit = kennisbank.search(anna, "vingerafdrukken")[0]
    text = hit.snippet_text()
    assert "[vingerafdrukken]" in text.lower()
    assert any(f.match for f in hit.snippet)
    # Fees are filled in before the snippet is cut: no placeholders on screen.
    assert "{{" not in text and "{{" not in hit.answer


def test_kiosk_finds_public_articles_only(
    kennisbank: KennisbankService, anna: Principal, kiosk: Principal
) -> None:
    staff = kennisbank.search(anna, "werkinstructie")
    assert staff and all(h.audience == Audience.INTERN for h in staff)
    assert kennisbank.search(kiosk, "werkinstructie") == []
    assert all(h.audience == Audience.PUBLIC for h in kennisbank.search(kiosk, "paspoort"))
    with pytest.raises(UnknownArticleError):
        kennisbank.get_article(kiosk, "verhuizing-adresonderzoek")


def test_search_within_a_product_and_limit(kennisbank: KennisbankService, anna: Principal) -> None:
    within = _codes(kennisbank, anna, "balie", product_code="rijbewijs")
    assert within and set(within) <= {
        "rijbewijs-verlengen",
        "rijbewijs-eerste-aanvraag",
        "afspraak-maken",
    }
    assert len(kennisbank.search(anna, "balie", limit=2)) == 2


ODD_QUERIES = [
    "",
    "   ",
    '"',
    '""',
    '"""',
    "*",
    "paspoort*",
    "AND",
    "paspoort AND",
    "OR",
    "or",
    "NOT paspoort",
    "-",
    "--",
    "-paspoort",  # only an exclusion: nothing to look for
    "(",
    ")",
    "paspoort)",
    "'",
    "';DROP TABLE knowledge_article;--",
    "NEAR(paspoort kind)",
    "stemmed_title:paspoort",
    "{paspoort}",
    "^paspoort",
    "paspoort\x00kind",
    "de het een",  # only stop words
    "🛂 paspoort 🚗",
    "ПАСПОРТ",
    "パスポート",
    "straße",
    "e-mail",
    "12.35.50",
    "x" * 5000,
    "paspoort " * 200,
    "\\",
    "%_%",
    "<b>paspoort</b>",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_never_crash(
    kennisbank: KennisbankService, anna: Principal, query: str
) -> None:
    assert isinstance(kennisbank.search(anna, query), list)


def test_empty_and_stopword_queries_find_nothing(
    kennisbank: KennisbankService, anna: Principal
) -> None:
    for query in ("", "  ", "*", "-paspoort", "de het een", '""'):
        assert kennisbank.search(anna, query) == []
    # Operators are plain words: "paspoort AND" finds what "paspoort and" would.
    assert _codes(kennisbank, anna, "NOT paspoort")[0].startswith("paspoort")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(max_size=80) | st.text(alphabet='"*-() ORANDNOTpaspoort:^', max_size=40))
def test_random_queries_never_crash(
    kennisbank: KennisbankService, anna: Principal, query: str
) -> None:
    result = kennisbank.search(anna, query)
    assert isinstance(result, list)
    assert all(h.snippet is not None for h in result)


# -- articles and fees --------------------------------------------------------------------


def test_article_costs_come_from_the_fee_table_of_the_year(
    services: Services, kennisbank: KennisbankService, anna: Principal, bea: Principal
) -> None:
    now = kennisbank.get_article(anna, "paspoort-aanvragen")
    assert "€ 87,00" in now.answer and "{{" not in now.answer + now.body
    last_year = kennisbank.get_article(anna, "paspoort-aanvragen", on=date(2025, 6, 1))
    assert "€ 84,45" in last_year.answer
    CatalogueService(services.db, services.clock).set_fee(
        bea, "paspoort", year=2026, amount_cents=8999
    )
    assert "€ 89,99" in kennisbank.get_article(anna, "paspoort-aanvragen").answer
    raw = kennisbank.get_article(bea, "paspoort-aanvragen", expand=False)
    assert "{{leges:paspoort}}" in raw.answer
    with pytest.raises(PermissionDeniedError):
        kennisbank.get_article(anna, "paspoort-aanvragen", expand=False)


def test_expand_fees_marks_unknown_fees() -> None:
    assert expand_fees("{{leges:x}} / {{ leges:y|z }}", {}) == f"{UNKNOWN_FEE} / {UNKNOWN_FEE}"


def test_article_detail_and_product_list(kennisbank: KennisbankService, anna: Principal) -> None:
    article = kennisbank.get_article(anna, "uittreksel-brp")
    assert article.product_codes == ("uittreksel-brp",)
    assert article.audience == Audience.PUBLIC and article.last_reviewed == date(2026, 10, 1)
    assert "gba" in article.keywords and article.funnel is not None and article.has_funnel
    listed = kennisbank.articles_for_product(anna, "rijbewijs")
    assert {a.code for a in listed} == {
        "rijbewijs-verlengen",
        "rijbewijs-eerste-aanvraag",
        "afspraak-maken",
    }
    with pytest.raises(UnknownArticleError):
        kennisbank.get_article(anna, "bestaat-niet")


def test_saved_article_is_searchable_at_once_and_old_words_leave_the_index(
    services: Services, kennisbank: KennisbankService, bea: Principal, anna: Principal
) -> None:
    draft = ArticleDraft(
        code="sleutel-gevonden",
        title="Gevonden voorwerpen",
        answer="Gevonden sleutels worden drie maanden bewaard bij de balie.",
        keywords=("sleutelbos", "Gevonden  voorwerp"),
        audience=Audience.PUBLIC,
        product_codes=("melding-openbare-ruimte",),
    )
    saved = kennisbank.save_article(bea, draft)
    assert saved.keywords == ("sleutelbos", "gevonden voorwerp")
    assert _codes(kennisbank, anna, "sleutel") == ["sleutel-gevonden"]
    assert _codes(kennisbank, anna, "sleutelbos") == ["sleutel-gevonden"]  # a keyword

    kennisbank.save_article(
        bea, ArticleDraft(**{**draft.__dict__, "answer": "Gevonden fietsen staan in het depot."})
    )
    assert _codes(kennisbank, anna, "sleutel") == []
    assert _codes(kennisbank, anna, "fietsen") == ["sleutel-gevonden"]

    kennisbank.save_article(bea, ArticleDraft(**{**draft.__dict__, "active": False}))
    assert _codes(kennisbank, anna, "sleutelbos") == []
    with services.db.read() as session:
        actions = set(
            session.scalars(
                select(AuditRecord.action).where(AuditRecord.subject_id == "sleutel-gevonden")
            )
        )
    assert actions == {"create_article", "update_article"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"code": "Geen Slug!"}, "code"),
        ({"title": "   "}, "title"),
        ({"answer": ""}, "answer"),
        ({"body": "x" * 50_001}, "body"),
        ({"keywords": ("a,b",)}, "keywords"),
    ],
)
def test_invalid_articles_are_refused(
    kennisbank: KennisbankService, bea: Principal, change: dict[str, object], field: str
) -> None:
    draft = ArticleDraft(code="nieuw-artikel", title="Titel", answer="Antwoord")
    with pytest.raises(ValidationError) as caught:
        kennisbank.save_article(bea, ArticleDraft(**{**draft.__dict__, **change}))
    assert caught.value.field == field


def test_article_naming_unknown_products_is_refused(
    kennisbank: KennisbankService, bea: Principal, anna: Principal
) -> None:
    for draft in (
        ArticleDraft(code="a1", title="T", answer="A", product_codes=("bestaat-niet",)),
        ArticleDraft(code="a2", title="T", answer="Kost {{leges:bestaat-niet}}."),
    ):
        with pytest.raises(UnknownProductError):
            kennisbank.save_article(bea, draft)
    with pytest.raises(PermissionDeniedError):
        kennisbank.save_article(anna, ArticleDraft(code="a3", title="T", answer="A"))


def test_review_dates(
    kennisbank: KennisbankService, bea: Principal, anna: Principal, clock: FakeClock
) -> None:
    due = kennisbank.due_for_review(bea, date(2026, 3, 1))
    assert "rijbewijs-eerste-aanvraag" not in {a.code for a in due}
    assert "kwijtschelding-aanvragen" in {a.code for a in due}
    reviewed = kennisbank.mark_reviewed(bea, "kwijtschelding-aanvragen")
    assert reviewed.last_reviewed == clock.now.date()
    assert "kwijtschelding-aanvragen" not in {
        a.code for a in kennisbank.due_for_review(bea, date(2026, 3, 1))
    }
    with pytest.raises(PermissionDeniedError):
        kennisbank.mark_reviewed(anna, "kwijtschelding-aanvragen")


def test_seed_is_idempotent_and_every_seed_funnel_is_valid(
    services: Services, kennisbank: KennisbankService
) -> None:
    entries = load_kennisbank()
    assert len(entries) >= 25
    with_funnel = [f for _, f in entries if f is not None]
    assert len(with_funnel) >= 5
    for funnel in with_funnel:
        funnels.validate(funnel)
    assert seed_kennisbank(services) == 0


# -- funnels ------------------------------------------------------------------------------


def test_walk_a_funnel_to_an_answer(kennisbank: KennisbankService, anna: Principal) -> None:
    funnel = kennisbank.get_funnel(anna, "paspoort-aanvragen")
    walk = Walk.start(funnel)
    assert not walk.answered and walk.current.text.startswith("Is het een eerste aanvraag")
    walk = walk.choose("Eerste aanvraag")
    assert walk.current.key == "leeftijd"
    walk = walk.choose(0)  # "Ja, jonger dan 12"
    assert walk.answered
    assert walk.current.action == FunnelAction.APPOINTMENT
    assert walk.current.product_code == "paspoort"
    assert walk.trail == (
        ("Is het een eerste aanvraag of een verlenging?", "Eerste aanvraag"),
        ("Is de aanvrager jonger dan 12 jaar?", "Ja, jonger dan 12"),
    )
    assert walk.back().current.key == "leeftijd"
    assert Walk.start(funnel).back() == Walk.start(funnel)
    with pytest.raises(ValueError, match="answer"):
        walk.choose(0)
    # The same with the plain node API.
    node = funnel.choose(funnel.first(), "Verlenging of vervanging")
    node = funnel.choose(node, "Ja")
    assert node.is_answer and node.key == "spoed"
    with pytest.raises(ValueError, match="no option"):
        funnel.choose(funnel.first(), 7)


def test_kiosk_walks_a_public_funnel(kennisbank: KennisbankService, kiosk: Principal) -> None:
    walk = Walk.start(kennisbank.get_funnel(kiosk, "uittreksel-brp"))
    walk = walk.choose("Voor mijzelf").choose("Gewoon uittreksel")
    assert walk.answered and walk.current.action == FunnelAction.KIOSK


def _small(*nodes: Node, start: str = "q1") -> Funnel:
    return Funnel(start, nodes)


def test_save_and_replace_a_funnel(
    services: Services, kennisbank: KennisbankService, bea: Principal, anna: Principal
) -> None:
    funnel = _small(
        Node.question("q1", "Heeft u een afspraak?", ("Ja", "a1"), ("Nee", "q2")),
        Node.question("q2", "Wilt u er een maken?", ("Ja", "a2"), ("Nee", "a1")),
        Node.answer("a1", "Meld u bij de zuil."),
        Node.answer("a2", "Zet door.", FunnelAction.HAND_OFF, unit_code="BO-BURGERZAKEN"),
    )
    saved = kennisbank.save_funnel(bea, "afspraak-maken", funnel)
    assert saved == kennisbank.get_funnel(anna, "afspraak-maken")
    assert {n.key for n in saved.nodes} == {"q1", "q2", "a1", "a2"}
    assert Walk.start(saved).choose("Nee").choose("Ja").current.unit_code == "BO-BURGERZAKEN"
    # Replacing leaves no rows of the old tree behind.
    kennisbank.save_funnel(
        bea,
        "afspraak-maken",
        _small(Node.question("q1", "Vraag?", ("Ja", "a1")), Node.answer("a1", "Klaar.")),
    )
    with services.db.read() as session:
        assert (
            len(session.scalars(select(FunnelNode)).all())
            == sum(len(f.nodes) for _, f in load_kennisbank() if f is not None) + 2
        )
    kennisbank.remove_funnel(bea, "afspraak-maken")
    with pytest.raises(NotFoundError):
        kennisbank.get_funnel(anna, "afspraak-maken")


@pytest.mark.parametrize(
    ("funnel", "node", "words"),
    [
        (  # a cycle q1 -> q2 -> q1
            _small(
                Node.question("q1", "Een?", ("Ja", "q2"), ("Nee", "a1")),
                Node.question("q2", "Twee?", ("Terug", "q1")),
                Node.answer("a1", "Klaar."),
            ),
            "q1",
            "circle",
        ),
        (  # a dangling option
            _small(
                Node.question("q1", "Een?", ("Ja", "a1"), ("Nee", "nergens")),
                Node.answer("a1", "Klaar."),
            ),
            "q1",
            "does not exist",
        ),
        (  # no answer at all: a question pointing at itself
            _small(Node.question("q1", "Een?", ("Ja", "q1"))),
            "q1",
            "circle",
        ),
        (  # a question without options is a dead end
            _small(Node.question("q1", "Een?", ("Ja", "q2")), Node.question("q2", "Twee?")),
            "q2",
            "no options",
        ),
        (  # unreachable node
            _small(
                Node.question("q1", "Een?", ("Ja", "a1")),
                Node.answer("a1", "Klaar."),
                Node.answer("a2", "Wees."),
            ),
            "a2",
            "cannot be reached",
        ),
        (_small(Node.answer("a1", "Klaar.")), "q1", "does not exist"),  # missing start
        (  # duplicate labels
            _small(Node.question("q1", "Een?", ("Ja", "a1"), ("Ja", "a1")), Node.answer("a1", "K")),
            "q1",
            "same label",
        ),
        (  # hand-off without a unit or product
            _small(
                Node.question("q1", "Een?", ("Ja", "a1")),
                Node.answer("a1", "Zet door.", FunnelAction.HAND_OFF),
            ),
            "a1",
            "name the unit",
        ),
        (  # bad key
            Funnel("Q 1", (Node.answer("Q 1", "Klaar."),)),
            "Q 1",
            "lower-case",
        ),
    ],
)
def test_funnel_validation(
    kennisbank: KennisbankService,
    bea: Principal,
    anna: Principal,
    *,
    funnel: Funnel,
    node: str,
    words: str,
) -> None:
    before = kennisbank.get_funnel(anna, "paspoort-aanvragen")
    with pytest.raises(FunnelError) as caught:
        kennisbank.save_funnel(bea, "paspoort-aanvragen", funnel)
    assert caught.value.node == node and caught.value.field == "funnel"
    assert words in caught.value.text()
    assert kennisbank.get_funnel(anna, "paspoort-aanvragen") == before  # nothing stored


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (Node.answer("a1", "P", FunnelAction.INFORM, product_code="bestaat-niet"), "product"),
        (Node.answer("a1", "U", FunnelAction.HAND_OFF, unit_code="KIOSK-01"), "not a unit"),
        (Node.answer("a1", "K", FunnelAction.KIOSK, product_code="paspoort"), "kiosk"),
    ],
)
def test_funnel_references_are_checked(
    kennisbank: KennisbankService, bea: Principal, answer: Node, words: str
) -> None:
    funnel = _small(Node.question("q1", "Een?", ("Ja", "a1")), answer)
    with pytest.raises(FunnelError) as caught:
        kennisbank.save_funnel(bea, "afspraak-maken", funnel)
    assert caught.value.node == "a1" and words in caught.value.text()


def test_medewerker_cannot_change_funnels(kennisbank: KennisbankService, anna: Principal) -> None:
    funnel = _small(Node.question("q1", "Een?", ("Ja", "a1")), Node.answer("a1", "Klaar."))
    with pytest.raises(PermissionDeniedError):
        kennisbank.save_funnel(anna, "afspraak-maken", funnel)
    with pytest.raises(PermissionDeniedError):
        kennisbank.remove_funnel(anna, "paspoort-aanvragen")


# -- analysis without a database ----------------------------------------------------------


def test_query_parsing_mirrors_websearch() -> None:
    query = parse_query('paspoort or "id kaart" -rijbewijs de')
    assert query.websearch() == 'paspoort or "id kaart" -rijbewijs'
    assert query.fts5() == '(("paspoort" OR "id kaart")) NOT ("rijbewijs")'
    assert parse_query('"or" kaart').websearch() == '"or" kaart'
    assert parse_query("or or or").is_empty
    assert parse_query("Paspoorten").stems == parse_query("paspoort").stems


def test_snippet_window_and_marks() -> None:
    text = " ".join(["vulling"] * 60 + ["Paspoorten", "voor", "kinderen"] + ["rest"] * 60)
    fragments = snippet(text, parse_query("paspoort kinderen").stems, width=10)
    out = marked(fragments)
    assert out.startswith("… ") and out.endswith(" …")
    assert "[Paspoorten] voor [kinderen]" in out
    assert marked(snippet("", {"x"})) == ""
    assert marked(snippet("Geen treffer hier.", {"paspoort"})) == "Geen treffer hier."


def test_funnel_texts_get_fees_filled_in_like_the_article(
    kennisbank: KennisbankService, anna: Principal
) -> None:
    """A kiosk visitor walking a funnel must never see a ``{{leges:...}}`` placeholder."""
    article = kennisbank.get_article(anna, "paspoort-aanvragen")
    assert article.funnel is not None
    texts = [node.text for node in article.funnel.nodes]
    assert any("€" in text for text in texts)
    assert not any("{{" in text for text in texts)
    funnel = kennisbank.get_funnel(anna, "paspoort-aanvragen")
    assert [n.text for n in funnel.nodes] == texts
