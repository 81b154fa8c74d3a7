"""The kennisbank on the person screen: search as you type, articles, funnels, use in contact."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.contact_form import ContactForm
from app.counter.knowledge_panel import KnowledgePanel
from app.counter.knowledge_search import KnowledgeSearch
from app.counter.knowledge_use import use_answer, use_article
from app.counter.main_window import CounterWindow
from app.counter.person_screen import PersonScreen
from app.registry.models import Actor, InterneTaak, Klantcontact, Onderwerpobject
from app.services import Services
from app.services.auth import Principal
from app.services.errors import ServiceUnavailableError
from app.services.funnels import Walk
from app.services.kennisbank import ArticleHit
from app.services.seed import seed_kennisbank
from app.ui import i18n
from app.ui.banner import BannerKind
from tests.conftest import make_user
from tests.ui import people
from tests.ui.conftest import TRANSLATIONS, wait_for_ops


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    seed_kennisbank(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def screen(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> PersonScreen:
    widget = PersonScreen(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.form.product.isEnabled() and widget.form.unit.count() > 1)
    widget.show_knowledge()
    # The typing pause is tested on its own (TestSearch); here it only slows every search.
    widget.knowledge.search._timer.setInterval(10)
    return widget


def _search(qtbot: QtBot, panel: KnowledgePanel, text: str) -> None:
    """Type as an employee does and wait until the best hit's article is on screen."""
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, text)
    qtbot.waitUntil(lambda: panel.search.wanted == text and not panel.search.busy)
    wait_for_ops(qtbot)


def _open(qtbot: QtBot, panel: KnowledgePanel, text: str, code: str) -> None:
    _search(qtbot, panel, text)
    model = panel.hits.hit_model
    row = next(r for r in range(model.rowCount()) if model.hit(r).code == code)
    panel.hits.setCurrentIndex(model.index(row))
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: (shown := panel.article.article) is not None and shown.code == code)


def _press(qtbot: QtBot, panel: KnowledgePanel, *keys: Qt.Key) -> None:
    """Keys as pressed on the funnel: they reach it through whichever option has focus."""
    for key in keys:
        target = panel.article.funnel.focusWidget() or panel.article.funnel
        qtbot.keyClick(target, key)


class TestSearch:
    def test_paspoort_shows_ranked_hits_with_marked_snippets(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel = screen.knowledge
        _search(qtbot, panel, "paspoort")
        model = panel.hits.hit_model
        assert model.rowCount() >= 5
        first = model.hit(0)
        assert first.code == "paspoort-aanvragen"
        assert first.title == "Paspoort aanvragen"
        assert any(f.match and f.text.lower() == "paspoort" for f in first.snippet)
        assert "Paspoort aanvragen" in str(model.index(0).data())
        html = str(model.index(0).data(model.HTML_ROLE))
        assert "<b style=" in html and ">paspoort</b>" in html
        assert panel.caption.text() == f"{model.rowCount()} article(s) found"

    def test_the_best_hit_opens_with_answer_fee_and_requirements(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel = screen.knowledge
        _search(qtbot, panel, "paspoort")
        article = panel.article
        qtbot.waitUntil(lambda: article.article is not None)
        assert article.title.text() == "Paspoort aanvragen"
        assert article.answer.text().startswith("Een paspoort vraagt u persoonlijk aan")
        assert "€ 87,00" in article.answer.text()  # the fee table's amount, Dutch notation
        assert "{{" not in article.answer.text() + article.body.text()
        [card] = article.product_cards
        rows = card.value_texts()
        assert rows["Fee 2026"] == "€ 87,00"
        assert rows["jonger dan 18"] == "€ 63,00"
        assert rows["Bring"].startswith("• Uw huidige paspoort of identiteitskaart")
        assert rows["Channels"] == "Counter"
        assert card.fee_note.text().startswith("Voorbeeldtarief")  # the example-value marker
        assert card.kiosk.text() == "Kiosk: no, not at the kiosk"
        assert card.use_button is None  # one product: the article's own button uses it

    def test_kiosk_product_says_so(self, qtbot: QtBot, screen: PersonScreen) -> None:
        panel = screen.knowledge
        _open(qtbot, panel, "uittreksel", "uittreksel-brp")
        [card] = panel.article.product_cards
        assert card.kiosk.text() == "✓ Kiosk: the visitor can do this at the kiosk"

    def test_words_found_apart_fall_back_with_a_caption(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel = screen.knowledge
        _search(qtbot, panel, "paspoort zwembad")
        assert panel.hits.hit_model.rowCount() > 0
        assert panel.caption.text().startswith("No article has all the words")

    def test_nothing_found_says_so(self, qtbot: QtBot, screen: PersonScreen) -> None:
        panel = screen.knowledge
        _search(qtbot, panel, "zwembadabonnement")
        assert panel.hits.hit_model.rowCount() == 0
        assert panel.caption.text().startswith("Nothing found")

    def test_typing_searches_once_after_the_pause(
        self,
        qtbot: QtBot,
        sqlite_services: Services,
        anna: Principal,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        calls: list[str] = []
        real = sqlite_services.kennisbank.search

        def counting(principal: Principal, query: str, **kwargs: object) -> list[ArticleHit]:
            calls.append(query)
            return real(principal, query, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(sqlite_services.kennisbank, "search", counting)
        search = KnowledgeSearch(sqlite_services, anna)
        found: list[tuple[str, int]] = []
        search.found.connect(lambda text, hits: found.append((text, len(hits))))
        for text in ("p", "pa", "pas", "paspoort"):
            search.request(text)
        qtbot.waitUntil(lambda: bool(found))
        wait_for_ops(qtbot)
        assert calls == ["paspoort"]
        assert found[0][0] == "paspoort" and found[0][1] > 0
        assert len(found) == 1

    def test_an_answer_for_older_text_is_dropped(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        search = KnowledgeSearch(sqlite_services, anna)
        found: list[str] = []
        search.found.connect(lambda text, _hits: found.append(text))
        search.search_now("paspoort")  # on its way to the worker
        search.search_now("rijbewijs")  # typed meanwhile: sent when the first returns
        qtbot.waitUntil(lambda: not search.busy)
        wait_for_ops(qtbot)
        assert found == ["rijbewijs"]

    def test_emptied_field_clears_without_a_service_call(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel = screen.knowledge
        _search(qtbot, panel, "paspoort")
        panel.search_edit.setFocus()
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: panel.hits.hit_model.rowCount() == 0)
        assert panel.search_edit.text() == ""

    def test_a_failing_search_is_shown(
        self, qtbot: QtBot, screen: PersonScreen, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def down(*_args: object, **_kwargs: object) -> list[ArticleHit]:
            raise ServiceUnavailableError()

        monkeypatch.setattr(screen.knowledge.search._kennisbank, "search", down)
        panel = screen.knowledge
        _search(qtbot, panel, "paspoort")
        assert panel.banner.kind == BannerKind.ERROR
        assert panel.banner.text().startswith("The database cannot be reached")

    def test_enter_goes_to_the_first_option_of_the_funnel(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        screen.activateWindow()
        panel = screen.knowledge
        panel.focus_search()
        qtbot.keyClicks(panel.search_edit, "paspoort")
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
        wait_for_ops(qtbot)
        funnel = panel.article.funnel
        qtbot.waitUntil(lambda: bool(funnel.options) and funnel.options[0].hasFocus())


class TestFunnel:
    def test_walked_by_keys_to_an_answer_and_back(self, qtbot: QtBot, screen: PersonScreen) -> None:
        screen.activateWindow()
        panel = screen.knowledge
        _open(qtbot, panel, "paspoort", "paspoort-aanvragen")
        funnel = panel.article.funnel
        assert funnel.question.text() == "Is het een eerste aanvraag of een verlenging?"
        assert [b.accessibleName() for b in funnel.options] == [
            "Eerste aanvraag",
            "Verlenging of vervanging",
            "Kwijt of gestolen",
        ]
        funnel.focus_walker()
        _press(qtbot, panel, Qt.Key.Key_1)
        assert funnel.question.text() == "Is de aanvrager jonger dan 12 jaar?"
        assert funnel.trail.text() == "Eerste aanvraag"
        _press(qtbot, panel, Qt.Key.Key_2)
        assert funnel.walk is not None and funnel.walk.answered
        assert funnel.answer.text().startswith("Maak een afspraak aan de balie.")
        assert "€ 87,00" in funnel.answer.text()
        assert funnel.action.text() == "Needs an appointment at the counter"
        assert funnel.trail.text() == "Eerste aanvraag › Nee, 12 jaar of ouder"
        assert funnel.use_button.isVisibleTo(funnel)
        _press(qtbot, panel, Qt.Key.Key_Backspace)
        assert funnel.question.text() == "Is de aanvrager jonger dan 12 jaar?"
        assert not funnel.use_button.isVisibleTo(funnel)

    def test_a_number_without_an_option_is_ignored(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel = screen.knowledge
        _open(qtbot, panel, "paspoort", "paspoort-aanvragen")
        funnel = panel.article.funnel
        funnel.choose(7)
        assert funnel.walk is not None and funnel.walk.path == ()

    def test_hand_off_answer_names_the_unit(self, qtbot: QtBot, screen: PersonScreen) -> None:
        panel = screen.knowledge
        _open(qtbot, panel, "parkeervergunning", "parkeervergunning-aanvragen")
        funnel = panel.article.funnel
        funnel.choose(0)
        funnel.choose(1)
        assert funnel.action.text() == "Hand off to Backoffice Parkeren"
        assert funnel.action.property("kind") == "hand_off"

    def test_answer_without_unit_hands_off_to_the_products_unit(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel = screen.knowledge
        _open(qtbot, panel, "parkeervergunning", "parkeervergunning-aanvragen")
        panel.article.funnel.choose(1)  # "Bedrijf": no unit of its own
        assert panel.article.funnel.action.text() == "Hand off to Backoffice Parkeren"


def _contacts(services: Services) -> list[tuple[Klantcontact, list[Onderwerpobject]]]:
    with services.db.read() as session:
        contacts = session.scalars(select(Klantcontact)).all()
        return [(c, list(c.onderwerpobjecten)) for c in contacts]


def _register(qtbot: QtBot, form: ContactForm) -> None:
    with qtbot.waitSignal(form.registered, timeout=5000):
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)


class TestUseInContact:
    def test_funnel_hand_off_prefills_and_registers_with_the_product(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        panel, form = screen.knowledge, screen.form
        _open(qtbot, panel, "parkeervergunning tweede auto", "parkeervergunning-aanvragen")
        funnel = panel.article.funnel
        funnel.choose(0)  # Bewoner
        funnel.choose(1)  # Nee, een tweede auto
        qtbot.mouseClick(funnel.use_button, Qt.MouseButton.LeftButton)
        assert form.product.currentData() == "parkeervergunning"
        assert form.onderwerp.text() == "Parkeervergunning aanvragen"
        assert form.hand_off.isChecked()
        assert form.unit.currentData() == "BO-PARKEREN"
        assert form.handeling.text()  # preset, selected, to type over
        assert form.inhoud.toPlainText() == (
            "Vraagt u de vergunning aan als bewoner of als bedrijf? Bewoner\n"
            "Is het de eerste vergunning op uw adres? Nee, een tweede auto"
        )
        assert form.banner.kind == BannerKind.INFO
        assert _contacts(sqlite_services) == []  # nothing registered until Register
        _register(qtbot, form)
        [(contact, subjects)] = _contacts(sqlite_services)
        assert contact.onderwerp == "Parkeervergunning aanvragen"
        assert [(o.code_objecttype, o.object_id) for o in subjects] == [
            ("product", "parkeervergunning")
        ]
        with sqlite_services.db.read() as session:
            task = session.scalars(select(InterneTaak)).one()
            unit = session.get(Actor, task.toegewezen_aan_actor_uuid)
            assert unit is not None and unit.code == "BO-PARKEREN"

    def test_article_use_for_the_open_person_registers_first_line(
        self, qtbot: QtBot, screen: PersonScreen, sqlite_services: Services
    ) -> None:
        screen.show_person()
        people.open_person(qtbot, screen, people.SUZANNE)
        screen.show_knowledge()
        panel, form = screen.knowledge, screen.form
        form.hand_off.setChecked(True)  # left over; the article's answer settles it
        _open(qtbot, panel, "uittreksel", "uittreksel-brp")
        qtbot.mouseClick(panel.article.use_button, Qt.MouseButton.LeftButton)
        assert form.product.currentData() == "uittreksel-brp"
        assert form.onderwerp.text() == "Uittreksel BRP (bewijs van inschrijving)"
        assert form.first_line.isChecked()
        assert form.bsn == people.SUZANNE
        _register(qtbot, form)
        [(contact, subjects)] = _contacts(sqlite_services)
        assert contact.onderwerp == "Uittreksel BRP (bewijs van inschrijving)"
        assert [o.object_id for o in subjects if o.code_objecttype == "product"] == [
            "uittreksel-brp"
        ]
        assert [o.object_id for o in subjects if o.code_objecttype != "product"] == []

    def test_article_about_several_products_does_not_guess(
        self, qtbot: QtBot, screen: PersonScreen
    ) -> None:
        panel, form = screen.knowledge, screen.form
        _open(qtbot, panel, "paspoort kind", "paspoort-kind")
        assert len(panel.article.product_cards) == 2
        qtbot.mouseClick(panel.article.use_button, Qt.MouseButton.LeftButton)
        assert form.product.currentData() is None
        card = next(c for c in panel.article.product_cards if c.detail.code == "paspoort")
        assert card.use_button is not None
        qtbot.mouseClick(card.use_button, Qt.MouseButton.LeftButton)
        assert form.product.currentData() == "paspoort"
        # The product chosen stays when the article's own button is used again.
        qtbot.mouseClick(panel.article.use_button, Qt.MouseButton.LeftButton)
        assert form.product.currentData() == "paspoort"


class TestWindow:
    @pytest.fixture
    def window(self, qtbot: QtBot, sqlite_services: Services, anna: Principal) -> CounterWindow:
        win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(win.person_screen.form.product.isEnabled)
        return win

    def test_ctrl_k_goes_to_the_knowledge_search_from_anywhere(
        self, qtbot: QtBot, window: CounterWindow
    ) -> None:
        window.activateWindow()
        window.show_tasks()
        wait_for_ops(qtbot)
        qtbot.keyClick(window.tasks.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        screen = window.person_screen
        assert window.modes.currentWidget() is screen
        assert screen.pages.currentWidget() is screen.knowledge
        qtbot.waitUntil(screen.knowledge.search_edit.hasFocus)
        qtbot.keyClick(
            screen.knowledge.search_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
        )
        assert screen.pages.currentWidget() is screen.person_page
        qtbot.waitUntil(screen.search.bsn.hasFocus)

    def test_a_person_search_shows_the_person(self, qtbot: QtBot, window: CounterWindow) -> None:
        screen = window.person_screen
        screen.show_knowledge()
        screen.search.bsn.setText(people.SUZANNE)
        screen.search.on_return_pressed("bsn")
        wait_for_ops(qtbot)
        qtbot.waitUntil(lambda: screen.open_bsn == people.SUZANNE)
        assert screen.pages.currentWidget() is screen.person_page

    def test_still_fits_a_1366x768_screen(self, window: CounterWindow) -> None:
        window.person_screen.show_knowledge()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366
        assert hint.height() <= 700


def test_product_combo_shows_fee_and_what_to_bring(qtbot: QtBot, screen: PersonScreen) -> None:
    form = screen.form
    index = form.product.findData("paspoort")
    assert form.product.itemData(index, Qt.ItemDataRole.ToolTipRole).startswith("€ 87,00")
    form.product.setCurrentIndex(index)
    wait_for_ops(qtbot)
    hint = form.product_hint
    assert hint.text() == "Fee: € 87,00 · bring 4 thing(s) · kiosk: no"
    assert "• Eén recente pasfoto die voldoet aan de fotomatrix" in hint.toolTip()
    assert form.product.toolTip() == hint.toolTip()
    form.product.setCurrentIndex(0)
    assert not hint.isVisibleTo(form)


def test_knowledge_in_dutch(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> None:
    assert i18n.set_language("nl")
    screen = PersonScreen(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(screen.form.product.isEnabled)
    screen.show_knowledge()
    assert screen.pages.tabText(1) == "Kennisbank  (Ctrl+K)"
    panel = screen.knowledge
    _open(qtbot, panel, "parkeervergunning", "parkeervergunning-aanvragen")
    [card] = panel.article.product_cards
    assert card.value_texts()["Leges 2026"] == "€ 126,00"
    assert card.kiosk.text() == "✓ Kiosk: de bezoeker kan dit op de digitale balie doen"
    panel.article.funnel.choose(0)
    panel.article.funnel.choose(0)
    assert panel.article.funnel.action.text() == "Dit kan op de digitale balie"


def test_use_rules_without_a_window(sqlite_services: Services, anna: Principal) -> None:
    article = sqlite_services.kennisbank.get_article(anna, "parkeervergunning-aanvragen")
    assert article.funnel is not None
    assert use_article(article).product_code == "parkeervergunning"
    walk = Walk.start(article.funnel)
    with pytest.raises(ValueError, match="not at an answer"):
        use_answer(article, walk)
    kiosk = use_answer(article, walk.choose("Bewoner").choose("Ja, de eerste"))
    assert (kiosk.hand_off, kiosk.unit_code, kiosk.product_code) == (
        False,
        None,
        "parkeervergunning",
    )
    several = sqlite_services.kennisbank.get_article(anna, "paspoort-kind")
    assert use_article(several).product_code is None
    assert use_article(several).product_choices == ("identiteitskaart", "paspoort")


#: Contexts that share the person screen (and so its Alt+letter mnemonics).
PERSON_SCREEN = (
    "PersonSearch",
    "ContactForm",
    "PersonHeader",
    "PersonOverviewPanel",
    "PickList",
    "PersonScreen",
    "KnowledgePanel",
    "ArticleView",
    "FunnelWalker",
    "ProductFacts",
    "HitList",
    "ProductHint",
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_knowledge_mnemonics_do_not_collide_with_the_person_screen(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"stadspunt_{language}.ts").getroot()  # noqa: S314
    letters: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") not in PERSON_SCREEN:
            continue
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            match = re.search(r"&(\w)", text)
            if match:
                letter = match.group(1).lower()
                assert letter not in letters, (text, letters.get(letter))
                letters[letter] = text
