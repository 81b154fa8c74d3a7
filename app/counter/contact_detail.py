"""The selected contact in full, under the history table.

The table shows one line per contact; what was actually asked, who handled it and what the
back office was asked to do is what the next medewerker needs, without opening anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.services.contacts import ContactSummary
from app.ui.i18n import format_date, format_datetime
from app.ui.labels import kanaal_label, norm_state_label


class ContactDetail(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected contact"))
        self._product_names: dict[str, str] = {}
        self._contact: ContactSummary | None = None
        self.inhoud = self._value()
        self.handled = self._value()
        self.products = self._value()
        self.task = self._value()
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Details"), self.inhoud)
        form.addRow(self.tr("Handled by"), self.handled)
        form.addRow(self.tr("Product"), self.products)
        form.addRow(self.tr("Task"), self.task)
        self.show_contact(None)

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def set_product_names(self, names: dict[str, str]) -> None:
        """Names for the product codes a contact refers to (the catalogue loads separately)."""
        self._product_names = dict(names)
        self.show_contact(self._contact)

    def show_contact(self, contact: ContactSummary | None) -> None:
        self._contact = contact
        if contact is None:
            for label in (self.inhoud, self.handled, self.products, self.task):
                label.setText("–")
            return
        self.inhoud.setText(contact.inhoud or "–")
        place = " · ".join(
            part
            for part in (
                contact.registered_by,
                kanaal_label(contact.kanaal),
                contact.desk,
                contact.location,
                format_datetime(contact.plaatsgevonden_op),
            )
            if part
        )
        self.handled.setText(place)
        self.products.setText(
            ", ".join(self._product_names.get(code, code) for code in contact.products) or "–"
        )
        lines = []
        for task in contact.tasks:
            if task.afgehandeld_op is None:
                state = f" ({norm_state_label(task.state)})" if task.state else ""
                lines.append(
                    self.tr("{unit}: {action} – deadline {deadline}{state}").format(
                        unit=task.unit_name,
                        action=task.gevraagde_handeling,
                        deadline=format_date(task.deadline),
                        state=state,
                    )
                )
            else:
                lines.append(
                    self.tr("{unit}: {action} – completed {when}").format(
                        unit=task.unit_name,
                        action=task.gevraagde_handeling,
                        when=format_datetime(task.afgehandeld_op),
                    )
                )
        self.task.setText("\n".join(lines) or "–")
