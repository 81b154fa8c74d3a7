"""One knowledge article, in the order a counter conversation needs it.

Top to bottom: the title; the short answer, in a box, because it is what the employee says;
"use in contact"; the question funnel when the article has one (the answer may depend on
the caller's situation); per product the fee of today, what to bring, the channels and the
kiosk; and last the full text, for when the short answer is not enough. Fees in the text are
the catalogue's, filled in by the service for today's year.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_catalogue import Audience
from app.services.catalogue import ProductDetail
from app.services.funnels import Node, Walk
from app.services.kennisbank import Article
from app.ui.i18n import format_short_date
from app.ui.theme import set_role

from .card import value_label
from .funnel_walker import FunnelWalker
from .knowledge_product import ProductFacts
from .knowledge_use import use_answer, use_article


class ArticleView(QScrollArea):
    """The open article; empty (with a hint) until one is opened.

    Signals:
        use_requested: the employee wants this in the contact form; carries a ``ContactUse``.
    """

    use_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeArticle")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.article: Article | None = None
        self.products: dict[str, ProductDetail] = {}
        self._unit_names: Mapping[str, str] = {}
        self.placeholder = QLabel(
            self.tr(
                "Type a question or a few words above (Ctrl+K). Open an article to see what to "
                "say, what it costs and what to bring."
            )
        )
        self.placeholder.setWordWrap(True)
        set_role(self.placeholder, "muted")
        self.title = value_label()
        self.title.setObjectName("articleTitle")
        set_role(self.title, "articleTitle")
        self.meta = value_label()
        set_role(self.meta, "muted")
        self.answer_caption = QLabel(self.tr("Short answer: what to say"))
        set_role(self.answer_caption, "caption")
        self.answer = value_label()
        self.answer.setObjectName("articleAnswer")
        set_role(self.answer, "answer")
        self.use_button = QPushButton(self.tr("Use in contact &form"))
        self.use_button.setObjectName("useArticle")
        self.use_button.setToolTip(
            self.tr("Fill in product and subject in the contact form; you still register")
        )
        self.funnel = FunnelWalker()
        self.products_caption = QLabel(self.tr("Costs and what to bring"))
        set_role(self.products_caption, "caption")
        self._products_box = QVBoxLayout()
        self._products_box.setSpacing(6)
        self.product_cards: list[ProductFacts] = []
        self.body_caption = QLabel(self.tr("Full text"))
        set_role(self.body_caption, "caption")
        self.body = value_label()
        self.body.setObjectName("articleBody")
        self._build_layout()
        self.use_button.clicked.connect(self.on_use_article)
        self.funnel.use_requested.connect(self.on_use_answer)
        self.clear()

    def _build_layout(self) -> None:
        content = QWidget()
        content.setObjectName("articleContent")
        use_row = QHBoxLayout()
        use_row.addStretch(1)
        use_row.addWidget(self.use_button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addSpacing(4)
        layout.addWidget(self.answer_caption)
        layout.addWidget(self.answer)
        layout.addLayout(use_row)
        layout.addWidget(self.funnel)
        layout.addSpacing(4)
        layout.addWidget(self.products_caption)
        layout.addLayout(self._products_box)
        layout.addSpacing(4)
        layout.addWidget(self.body_caption)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setWidget(content)

    def _parts(self) -> tuple[QWidget, ...]:
        return (
            self.title,
            self.meta,
            self.answer_caption,
            self.answer,
            self.use_button,
            self.products_caption,
            self.body_caption,
            self.body,
        )

    def clear(self) -> None:
        self.article = None
        self.products = {}
        for part in self._parts():
            part.hide()
        self.funnel.set_funnel(None)
        self._set_product_cards([])
        self.placeholder.show()

    def show_article(
        self,
        article: Article,
        products: Mapping[str, ProductDetail],
        unit_names: Mapping[str, str],
    ) -> None:
        """Show ``article``; ``products`` holds the details of its products (and of the
        products its funnel answers name) as far as they could be read."""
        self.article = article
        self.products = dict(products)
        self._unit_names = unit_names
        self.placeholder.hide()
        for part in self._parts():
            part.show()
        self.title.setText(article.title)
        self.meta.setText(self._meta(article))
        self.answer.setText(article.answer)
        self.funnel.set_funnel(article.funnel, self._unit_of)
        cards = [self.products[c] for c in article.product_codes if c in self.products]
        self._set_product_cards(cards)
        self.products_caption.setVisible(bool(cards))
        self.body.setText(article.body)
        self.body_caption.setVisible(bool(article.body))
        self.body.setVisible(bool(article.body))
        self.verticalScrollBar().setValue(0)

    def _meta(self, article: Article) -> str:
        parts = [
            self.tr("For staff only")
            if article.audience == Audience.INTERN
            else self.tr("Also shown at the kiosk")
        ]
        if article.last_reviewed is not None:
            parts.append(
                self.tr("checked {date}").format(date=format_short_date(article.last_reviewed))
            )
        return " · ".join(parts)

    def _unit_of(self, node: Node) -> str | None:
        """The unit a hand-off answer goes to: its own, or its product's."""
        if node.unit_code:
            return self._unit_names.get(node.unit_code, node.unit_code)
        product = self.products.get(node.product_code or "")
        return product.unit_name if product is not None else None

    def _set_product_cards(self, details: list[ProductDetail]) -> None:
        for card in self.product_cards:
            self._products_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.product_cards = []
        for detail in details:
            card = ProductFacts(detail, offer_use=len(details) > 1)
            card.use_requested.connect(self.on_use_product)
            self._products_box.addWidget(card)
            self.product_cards.append(card)

    def focus_article(self) -> None:
        """Keyboard focus to what comes next: the funnel's first option, else "use"."""
        if self.funnel.walk is not None:
            self.funnel.focus_walker()
        elif self.article is not None:
            self.use_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots ------------------------------------------------------------------------------

    def on_use_article(self) -> None:
        if self.article is not None:
            self.use_requested.emit(use_article(self.article))

    def on_use_product(self, code: str) -> None:
        if self.article is not None:
            self.use_requested.emit(use_article(self.article, code))

    def on_use_answer(self, walk: Walk) -> None:
        if self.article is not None:
            self.use_requested.emit(use_answer(self.article, walk))
