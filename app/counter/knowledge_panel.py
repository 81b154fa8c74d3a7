"""The kennisbank at the counter: search as you type, read the answer, use it in the contact.

One knowledge base for every channel: the counter, the phone and the e-mail desk read the
same articles as the kiosk. Works with or without a person open (phone staff answer
anonymous questions all day). The best hit opens as soon as results arrive, because most
questions are answered by the first article; arrows move through the others, Enter goes to
the article (its funnel's first option, or "use in contact").

Service calls go through ``app.ui.ops``: searches via ``KnowledgeSearch`` (debounced,
newest text wins), an article with its products' details in one background call, the
answer of an older request dropped when a newer one was made.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.services import Services
from app.services.auth import Principal
from app.services.catalogue import ProductDetail
from app.services.errors import NotFoundError
from app.services.kennisbank import Article, ArticleHit, fee_codes
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op
from app.ui.theme import set_role

from .knowledge_article import ArticleView
from .knowledge_hits import HitList
from .knowledge_search import KnowledgeSearch

log = logging.getLogger(__name__)

ArticleBundle = tuple[Article, dict[str, ProductDetail], dict[str, str] | None]


class KnowledgePanel(QWidget):
    """Search field, result list and the open article side by side.

    Signals:
        use_in_contact: "use in contact" was pressed; carries a ``ContactUse`` for the form.
    """

    use_in_contact = Signal(object)

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._generation = 0
        self._unit_names: dict[str, str] = {}
        self._open_on_answer = False
        self._focus_on_load = False
        self.search = KnowledgeSearch(services, principal, self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("knowledgeSearch")
        self.search_edit.setAccessibleName(self.tr("Search the knowledge base"))
        self.search_edit.setPlaceholderText(
            self.tr("Search the knowledge base (Ctrl+K): paspoort kwijt, verhuizen, afval…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.caption = QLabel()
        self.caption.setObjectName("knowledgeCaption")
        self.caption.setWordWrap(True)
        set_role(self.caption, "muted")
        self.banner = Banner()
        self.hits = HitList()
        self.article = ArticleView()
        self._build_layout()
        self._connect()
        self._show_caption("", [])

    def _build_layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.caption)
        column.addWidget(self.banner)
        column.addWidget(self.hits, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.article)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 560])
        self.article.setMinimumWidth(340)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.search_edit)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.search_edit, self.hits)
        self.setTabOrder(self.hits, self.article)

    def _connect(self) -> None:
        self.search_edit.textEdited.connect(self.on_text_edited)
        self.search_edit.returnPressed.connect(self.on_return_pressed)
        self.search_edit.installEventFilter(self)
        self.search.found.connect(self.on_found)
        self.search.failed.connect(self.on_search_failed)
        self.hits.selectionModel().currentRowChanged.connect(self.on_current_hit_changed)
        self.hits.activated.connect(self.on_hit_activated)
        self.article.use_requested.connect(self.use_in_contact)

    def focus_search(self) -> None:
        """Ctrl+K: the cursor in the search field, its text selected to type over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down goes from the field to the results; Esc empties the field."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.hits.hit_model.rowCount():
                self.hits.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.hits.currentIndex().isValid():
                    self.hits.setCurrentIndex(self.hits.hit_model.index(0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.on_text_edited("")
                return True
        return super().eventFilter(watched, event)

    # -- search -----------------------------------------------------------------------------

    def on_text_edited(self, text: str) -> None:
        self._open_on_answer = False
        self._focus_on_load = False
        self.search.request(text)

    def on_return_pressed(self) -> None:
        """Enter: to the article of the selected hit, searching first if the text is new."""
        text = self.search_edit.text()
        if not self.search.busy and self.search.wanted == text and self.hits.hit_model.rowCount():
            self.on_hit_activated(self.hits.currentIndex())
            return
        self._open_on_answer = True
        self.search.search_now(text)

    def on_found(self, text: str, hits: list[ArticleHit]) -> None:
        self.banner.clear_message()
        self.hits.hit_model.set_hits(hits)
        self._show_caption(text, hits)
        if hits:
            # The best hit at once: most questions are answered by the first article.
            self._focus_on_load = self._open_on_answer
            self.hits.setCurrentIndex(self.hits.hit_model.index(0))
        self._open_on_answer = False

    def _show_caption(self, text: str, hits: list[ArticleHit]) -> None:
        if not text.strip():
            caption = self.tr("Type a few words; results appear as you type.")
        elif not hits:
            caption = self.tr("Nothing found. Try another word, or fewer words.")
        elif not hits[0].matched_all:
            caption = self.tr(
                "No article has all the words; these have some of them (%n article(s)).",
                "",
                len(hits),
            )
        else:
            caption = self.tr("%n article(s) found", "", len(hits))
        self.caption.setText(caption)

    def on_search_failed(self, error: Exception) -> None:
        self._open_on_answer = False
        self.banner.show_message(BannerKind.ERROR, error_text(error))

    # -- opening an article -----------------------------------------------------------------

    def on_current_hit_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        code = self.hits.hit_model.hit(current.row()).code
        shown = self.article.article
        if shown is not None and shown.code == code:
            # Still the same article (a longer search found it again): keep the funnel's place.
            self._generation += 1  # an article on its way is no longer wanted
            if self._focus_on_load:
                self._focus_on_load = False
                self.article.focus_article()
            return
        self.open_article(code)

    def on_hit_activated(self, index: QModelIndex) -> None:
        """Enter on a hit: the keyboard goes to its article, now or when it has arrived."""
        model = self.hits.hit_model
        if not index.isValid():
            if not model.rowCount():
                return
            index = model.index(0)
        shown = self.article.article
        if shown is not None and shown.code == model.hit(index.row()).code:
            self.article.focus_article()
            return
        self._focus_on_load = True
        if self.hits.currentIndex() != index:
            self.hits.setCurrentIndex(index)

    def open_article(self, code: str) -> None:
        """Read the article and its products' details in the background; newest wins."""
        self._generation += 1
        generation = self._generation
        kennisbank = self._services.kennisbank
        catalogue = self._services.catalogue
        contacts = self._services.contacts
        principal = self._principal
        need_units = not self._unit_names

        def load() -> ArticleBundle:
            article = kennisbank.get_article(principal, code)
            codes = list(article.product_codes)
            if article.funnel is not None:
                for node in article.funnel.nodes:
                    codes += [node.product_code] if node.product_code else []
                    codes += sorted(fee_codes(node.text))  # filled in by the article view
            details: dict[str, ProductDetail] = {}
            for product_code in dict.fromkeys(codes):
                try:
                    details[product_code] = catalogue.get_product(principal, product_code)
                except NotFoundError:
                    log.info("article %s names withdrawn product %s", code, product_code)
            units = {u.code: u.naam for u in contacts.list_units()} if need_units else None
            return article, details, units

        run_op(
            self,
            load,
            on_success=lambda bundle: self._on_article(generation, bundle),
            on_failure=lambda error: self._on_article_failed(generation, error),
        )

    def _on_article(self, generation: int, bundle: ArticleBundle) -> None:
        if generation != self._generation:
            return
        article, details, units = bundle
        if units is not None:
            self._unit_names = units
        focused = QApplication.focusWidget()
        in_article = focused is not None and self.article.isAncestorOf(focused)
        self.article.show_article(article, details, self._unit_names)
        if in_article or self._focus_on_load:
            self.article.focus_article()
        self._focus_on_load = False

    def _on_article_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.article.clear()
        self.banner.show_message(BannerKind.ERROR, error_text(error))
