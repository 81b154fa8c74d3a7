"""The kennisbank's result list: per hit its title and the passage with the found words marked.

A title alone often does not say whether the article answers the question; the snippet does,
and the marked words show at a glance why it was found. Marks are bold on a light amber
background (bold and underlined in a selected row), so they read without colour too. Rows are
drawn as rich text by a delegate; article text is escaped, never read as markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.registry.models_catalogue import Audience
from app.services.kennisbank import ArticleHit
from app.ui import theme

_Index = QModelIndex | QPersistentModelIndex
#: Padding around a row's text, px.
PAD = 6


class HitListModel(QAbstractListModel):
    """The hits of one search, best first. DisplayRole is plain text (screen readers, tests)."""

    HTML_ROLE = Qt.ItemDataRole.UserRole + 1
    SELECTED_HTML_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[ArticleHit] = []

    def set_hits(self, hits: list[ArticleHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ArticleHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}\n{hit.snippet_text('', '')}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}. {hit.snippet_text('', '')}"
        if role == self.HTML_ROLE:
            return self._html(hit, selected=False)
        if role == self.SELECTED_HTML_ROLE:
            return self._html(hit, selected=True)
        return None

    def _html(self, hit: ArticleHit, *, selected: bool) -> str:
        title_colour = "white" if selected else theme.PRIMARY
        text_colour = "white" if selected else theme.TEXT
        badges = []
        if hit.has_funnel:
            badges.append(self.tr("question funnel"))
        if hit.audience == Audience.INTERN:
            badges.append(self.tr("staff only"))
        badge_html = "".join(
            f"&nbsp;&nbsp;<span style='font-size:small; color:{text_colour}'>"
            f"[{html.escape(b)}]</span>"
            for b in badges
        )
        if selected:
            mark = "<b><u>{}</u></b>"
        else:
            mark = f"<b style='background-color:{theme.SNIPPET_MARK_BG}'>{{}}</b>"
        snippet = "".join(
            mark.format(html.escape(f.text)) if f.match else html.escape(f.text)
            for f in hit.snippet
        )
        return (
            f"<div style='color:{title_colour}; font-weight:bold'>"
            f"{html.escape(hit.title)}{badge_html}</div>"
            f"<div style='color:{text_colour}'>{snippet}</div>"
        )


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text wrapped to the list's width; height follows the text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: _Index, selected: bool, width: int) -> QTextDocument:
        role = HitListModel.SELECTED_HTML_ROLE if selected else HitListModel.HTML_ROLE
        doc = QTextDocument()
        doc.setDefaultFont(self._view.font())
        doc.setDocumentMargin(0)
        doc.setHtml(str(index.data(role) or ""))
        doc.setTextWidth(max(width - 2 * PAD, 50))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        doc = self._document(index, selected, rect.width())
        painter.save()
        painter.translate(rect.left() + PAD, rect.top() + PAD)
        doc.drawContents(painter, QRectF(0, 0, rect.width() - 2 * PAD, rect.height() - 2 * PAD))
        painter.restore()
        # A thin line between hits: the rows are tall and alike.
        painter.save()
        painter.setPen(self._view.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._view.viewport().width()
        doc = self._document(index, False, width)
        return QSize(width, int(doc.size().height()) + 2 * PAD + 1)


class HitList(QListView):
    """The result list; Enter or a click opens a hit (the panel listens to the current row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeHits")
        self.setAccessibleName(self.tr("Knowledge articles found"))
        self.hit_model = HitListModel(self)
        self.setModel(self.hit_model)
        self.setItemDelegate(HitDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMinimumWidth(240)
