"""The person's travel documents (BRP category 12): kind, number, valid until.

Shown in full even though the signals already warn about the one that expires: the employee
applying for a new passport needs the old number, and sees at a glance that a valid identity
card is still there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.brp.model import TravelDocument
from app.ui.labels import document_kind_label

from .brp_text import format_brp_date
from .card import Card


class DocumentsPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, stacked=True)
        self.title.setText(self.tr("Travel documents"))
        self.setObjectName("documents")

    def show_documents(self, documents: tuple[TravelDocument, ...]) -> None:
        if not documents:
            self.set_rows([("", self.tr("No travel documents in the BRP."))])
            return
        newest_first = sorted(
            documents,
            key=lambda d: d.valid_until.iso() if d.valid_until else "",
            reverse=True,
        )
        self.set_rows([(document_kind_label(d.kind), self._describe(d)) for d in newest_first])

    def _describe(self, document: TravelDocument) -> str:
        if document.ended_on is not None:
            return self.tr("{number}, handed in or missing since {date}").format(
                number=document.number, date=format_brp_date(document.ended_on)
            )
        return self.tr("{number}, valid until {date}").format(
            number=document.number, date=format_brp_date(document.valid_until)
        )
