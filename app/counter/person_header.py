"""Who is open: the name line, and the person's own facts and address.

The name line is what the employee checks against the visitor's face and document: full
name, the name as on a letter, the BSN as the role may see it (the service masks it), and the
age. The facts card holds the rest of category 01/04/08 that a counter question needs.
When the person was opened from their document (``identify_dialog``), the chip's photo stands
at the start of the name line, for the same comparison; it goes when another person is opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.services.persons import PersonView
from app.ui.labels import gender_label, nationality_label
from app.ui.theme import set_role

from .brp_text import format_brp_date
from .card import Card, value_label


class PersonHeader(QWidget):
    """Name, formal name, BSN, age and the button to close the person.

    Signals:
        close_requested: the employee closed the person (next visitor).
    """

    close_requested = Signal()

    #: The chip's photo in the name line: small, the 3:4 of a passport photo.
    FACE_SIZE = (48, 64)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.face = QLabel()
        self.face.setObjectName("personFace")
        self.face.setFixedSize(*self.FACE_SIZE)
        self.face.setAccessibleName(self.tr("Photo from the document's chip"))
        self.face.hide()
        self.name = value_label()
        self.name.setObjectName("personName")
        self.name.setWordWrap(False)
        self.name.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        set_role(self.name, "personName")
        self.formal = value_label()
        set_role(self.formal, "muted")
        self.bsn = value_label()
        self.bsn.setObjectName("personBsn")
        set_role(self.bsn, "caption")
        self.age = value_label()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closePerson")
        self.close_button.setToolTip(
            self.tr("Close this person for the next visitor (Esc twice in the search)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.face)
        layout.addWidget(self.name)
        layout.addWidget(self.formal)
        layout.addStretch(1)
        layout.addWidget(self.bsn)
        layout.addWidget(self.age)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.close_requested)

    def clear(self) -> None:
        for label in (self.name, self.formal, self.bsn, self.age):
            label.setText("")
        self.set_face(None)

    def set_face(self, png: bytes | None) -> None:
        """The chip's photo of the person shown, or none; never kept beyond that person."""
        image = QImage.fromData(png) if png else QImage()
        if image.isNull():
            self.face.setPixmap(QPixmap())
            self.face.hide()
            return
        self.face.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.face.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.face.show()

    @property
    def has_face(self) -> bool:
        pixmap = self.face.pixmap()
        return self.face.isVisibleTo(self) and not pixmap.isNull()

    def show_view(self, view: PersonView) -> None:
        name = view.person.name
        self.name.setText(name.full or self.tr("(name unknown)"))
        self.name.setToolTip(name.full)
        self.name.setAccessibleName(self.tr("Name: {name}").format(name=name.full))
        self.formal.setText(name.formal if name.formal != name.full else "")
        self.bsn.setText(self.tr("BSN {bsn}").format(bsn=view.bsn_display))
        if view.person.deceased:
            self.age.setText(self.tr("deceased"))
        elif view.age is not None:
            self.age.setText(self.tr("%n year(s)", "", view.age))
        else:
            self.age.setText("")


class PersonFacts(Card):
    """Birth, gender, nationality and the address with its start date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.title.setText(self.tr("Person"))
        self.setObjectName("personFacts")

    def show_view(self, view: PersonView) -> None:
        person = view.person
        born = format_brp_date(person.birth_date)
        if person.birth_place:
            born = self.tr("{date}, {place}").format(date=born, place=person.birth_place)
        rows = [(self.tr("Born"), born)]
        if person.death_date is not None:
            rows.append((self.tr("Died"), format_brp_date(person.death_date)))
        rows.append((self.tr("Gender"), gender_label(person.gender) if person.gender else "–"))
        rows.append(
            (
                self.tr("Nationality"),
                ", ".join(nationality_label(code) for code in person.nationalities) or "–",
            )
        )
        address = person.address
        if address is None:
            rows.append((self.tr("Address"), self.tr("no address in the BRP")))
        else:
            lines = "\n".join(line for line in (address.line1, address.line2) if line)
            rows.append((self.tr("Address"), lines or "–"))
            if address.since is not None:
                rows.append((self.tr("Since"), format_brp_date(address.since)))
        self.set_rows(rows)
