"""Partners, children and parents of the open person (BRP categories 05, 09, 02/03).

Often the question at the counter is about someone else in the family: a child's passport,
a deceased parent, a partner who moved. The names and birth dates are here so the employee
does not have to look those people up one by one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.brp.model import Person

from .brp_text import partner_line, relative_line
from .card import Card


class RelationsPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, stacked=True)
        self.title.setText(self.tr("Family"))
        self.setObjectName("relations")

    def show_person(self, person: Person) -> None:
        rows: list[tuple[str, str]] = []
        if person.partners:
            label = self.tr("Partner(s)", "", len(person.partners))
            rows.append((label, "\n".join(partner_line(p) for p in person.partners)))
        if person.children:
            label = self.tr("Child(ren)", "", len(person.children))
            rows.append((label, "\n".join(relative_line(c) for c in person.children)))
        if person.parents:
            rows.append((self.tr("Parents"), "\n".join(relative_line(p) for p in person.parents)))
        if not rows:
            rows.append(("", self.tr("No partner, children or parents in the BRP.")))
        self.set_rows(rows)
