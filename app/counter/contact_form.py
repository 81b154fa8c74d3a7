"""Register one contact: channel, product, subject, content and how it ended.

The person is the one open in the 360 panel (``set_person``), never a number typed here, so
the contact cannot land on someone other than the person on screen. The channel stays as it
was set for the whole session: phone staff choose "telefoon" once, not per call.

The kennisbank can fill the form in (``prefill``: product, subject, the funnel's choices
and a hand-off) when the employee presses "use in contact"; registering stays their press.

While a visitor from the queue is at the desk, the window tells the form their ticket
(``set_ticket``): the contact is then the visit's contact, and ending the visit completes it
with the wait and service time instead of registering a second one.

The contact's UUID is made once per form fill, not per click: when the database was
unreachable and the medewerker presses Register again, the service sees the same UUID and
stores the contact once (registration is idempotent on it). A new UUID comes only with a fresh,
empty form after a success.
"""

from __future__ import annotations

import time
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.registry.models import Kanaal
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.catalogue import Fee
from app.services.contacts import (
    ContactDraft,
    HandOffRequest,
    ProductInfo,
    RegistrationResult,
    UnitInfo,
)
from app.services.errors import ValidationError
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_date
from app.ui.labels import kanaal_label
from app.ui.ops import run_op
from app.ui.theme import set_invalid, set_role

from .catalogue_hint import ProductHint
from .knowledge_use import ContactUse
from .kto_dialog import KtoDialog

#: Channels a medewerker registers; kiosk visits are registered by the kiosk itself.
COUNTER_CHANNELS = (Kanaal.BALIE, Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.POST, Kanaal.INTERNET)


#: What the form loads in the background: products, units and this year's fees per product.
Choices = tuple[list[ProductInfo], list[UnitInfo], dict[str, tuple[Fee, ...]]]


class Outcome:
    FIRST_LINE = 0
    NOT_RESOLVED = 1
    HAND_OFF = 2


class ContactForm(QGroupBox):
    """The registration form for the person open on screen (or nobody: anonymous).

    Signals:
        registered: a contact was stored; carries the ``RegistrationResult`` and the BSN used
            (empty for an anonymous contact).
        products_loaded: the product catalogue arrived; carries a dict of code -> name.
        kanaal_changed: the employee chose another channel; carries the ``Kanaal``.
        registered_for_ticket: a contact was stored as part of a queue visit; carries the
            ticket's UUID.
    """

    registered = Signal(object, str)
    products_loaded = Signal(object)
    kanaal_changed = Signal(object)
    registered_for_ticket = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Register contact"))
        self._services = services
        self._principal = principal
        self._settings = settings
        self._bsn: str | None = None
        self._ticket_uuid: uuid.UUID | None = None
        self._products: dict[str, ProductInfo] = {}
        self._contact_uuid = uuid.uuid4()
        self._started: float | None = None
        self._busy = False
        #: The visitor's satisfaction question while it is open (``[counter] kto``).
        self.kto_dialog: KtoDialog | None = None
        self._create_fields()
        self._fields: dict[str, QWidget] = {
            "kanaal": self.kanaal,
            "product": self.product,
            "onderwerp": self.onderwerp,
            "inhoud": self.inhoud,
            "unit": self.unit,
            "gevraagde_handeling": self.handeling,
        }
        self._build_layout()
        self._connect()
        self._load_choices()

    # -- construction -----------------------------------------------------------------------

    def _create_fields(self) -> None:
        self.person = QLabel()
        self.person.setObjectName("formPerson")
        self.person.setWordWrap(True)
        self.person.setTextFormat(Qt.TextFormat.PlainText)
        self.visit = QLabel()
        self.visit.setObjectName("formVisit")
        set_role(self.visit, "muted")
        self.visit.hide()
        self.kanaal = QComboBox()
        self.kanaal.setObjectName("kanaal")
        for kanaal in COUNTER_CHANNELS:
            self.kanaal.addItem(kanaal_label(kanaal), kanaal)
        self.product = QComboBox()
        self.product.setObjectName("product")
        self.product.setEnabled(False)
        self.product_hint = ProductHint(self._services, self._principal, self.product)
        self.onderwerp = QLineEdit()
        self.onderwerp.setObjectName("onderwerp")
        self.onderwerp.setPlaceholderText(self.tr("What was the question about? (required)"))
        self.inhoud = QPlainTextEdit()
        self.inhoud.setObjectName("inhoud")
        self.inhoud.setTabChangesFocus(True)
        self.inhoud.setPlaceholderText(self.tr("What was asked and answered"))
        self.inhoud.setMinimumHeight(90)

        self.first_line = QRadioButton(self.tr("&Answered first-line"))
        self.not_resolved = QRadioButton(self.tr("&Not resolved"))
        self.hand_off = QRadioButton(self.tr("&Hand off to back office"))
        self.outcome = QButtonGroup(self)
        self.outcome.addButton(self.first_line, Outcome.FIRST_LINE)
        self.outcome.addButton(self.not_resolved, Outcome.NOT_RESOLVED)
        self.outcome.addButton(self.hand_off, Outcome.HAND_OFF)
        self.first_line.setChecked(True)
        if not self._principal.can(Permission.HAND_OFF):
            self.hand_off.setEnabled(False)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.setEnabled(False)
        self.handeling = QLineEdit()
        self.handeling.setObjectName("gevraagde_handeling")
        self.handeling.setPlaceholderText(self.tr("What must the back office do?"))

        self.banner = Banner()
        self.register_button = QPushButton(self.tr("Re&gister"))
        self.register_button.setProperty("primary", True)
        self.register_button.setToolTip(self.tr("Register the contact (Ctrl+Enter)"))
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.on_register_requested)
        enter_shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self)
        enter_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        enter_shortcut.activated.connect(self.on_register_requested)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        form.addRow(self._label(self.tr("&Channel"), self.kanaal), self.kanaal)
        product_box = QVBoxLayout()
        product_box.setSpacing(2)
        product_box.addWidget(self.product)
        product_box.addWidget(self.product_hint)
        form.addRow(self._label(self.tr("&Product"), self.product), product_box)
        form.addRow(self._label(self.tr("&Subject"), self.onderwerp), self.onderwerp)
        form.addRow(self._label(self.tr("&Details"), self.inhoud), self.inhoud)
        outcome_box = QVBoxLayout()
        outcome_box.setSpacing(4)
        for button in (self.first_line, self.not_resolved, self.hand_off):
            outcome_box.addWidget(button)
        outcome_label = QLabel(self.tr("Outcome"))
        set_role(outcome_label, "field")
        form.addRow(outcome_label, outcome_box)
        form.addRow(self._label(self.tr("&Unit"), self.unit), self.unit)
        form.addRow(self._label(self.tr("&Requested action"), self.handeling), self.handeling)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person)
        layout.addWidget(self.visit)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the button stays right under the fields, where the eye is
        self._sync_hand_off()
        self.set_person(None, "")

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        set_role(label, "field")  # padded by the theme to sit level with the input's text
        return label

    def _connect(self) -> None:
        self.register_button.clicked.connect(self.on_register_requested)
        self.kanaal.currentIndexChanged.connect(self.on_kanaal_changed)
        self.outcome.idToggled.connect(self.on_outcome_toggled)
        self.product.currentIndexChanged.connect(self.on_product_changed)
        for name, widget in self._fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, n=name: self.on_field_edited(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self.on_field_edited(n))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, n=name: self.on_field_edited(n))

    def _load_choices(self) -> None:
        contacts, catalogue, principal = (
            self._services.contacts,
            self._services.catalogue,
            self._principal,
        )

        def load() -> Choices:
            products = contacts.list_products()
            fees = catalogue.fees_for(principal, [p.code for p in products])
            return products, contacts.list_units(), fees

        run_op(self, load, on_success=self.on_choices_loaded, on_failure=self.on_choices_failed)

    def on_choices_loaded(self, choices: Choices) -> None:
        products, units, fees = choices
        self._products = {p.code: p for p in products}
        self.product.clear()
        self.product.addItem(self.tr("(no product)"), None)
        for product in products:
            self.product.addItem(product.naam, product.code)
        self.product.setEnabled(True)
        self.unit.clear()
        self.unit.addItem(self.tr("(choose a unit)"), None)
        for unit in units:
            self.unit.addItem(unit.naam, unit.code)
        self._sync_hand_off()
        self.product_hint.set_fees(fees)
        self.products_loaded.emit({p.code: p.naam for p in products})

    def on_choices_failed(self, error: Exception) -> None:
        self.banner.show_message(
            BannerKind.ERROR,
            self.tr("Products and units could not be loaded: {reason}").format(
                reason=error_text(error)
            ),
        )

    # -- interaction ------------------------------------------------------------------------

    @property
    def contact_uuid(self) -> uuid.UUID:
        return self._contact_uuid

    @property
    def bsn(self) -> str | None:
        """The BSN the next registration is for; None registers an anonymous contact."""
        return self._bsn

    @property
    def ticket_uuid(self) -> uuid.UUID | None:
        """The queue visit the next registration belongs to; None outside a visit."""
        return self._ticket_uuid

    def set_ticket(self, ticket_uuid: uuid.UUID | None, code: str = "") -> None:
        """The visitor now at the desk (their ticket), or None when nobody is."""
        self._ticket_uuid = ticket_uuid
        self.visit.setText(self.tr("Part of the visit of ticket {code}").format(code=code))
        self.visit.setVisible(ticket_uuid is not None)

    def current_kanaal(self) -> Kanaal:
        return Kanaal(self.kanaal.currentData())  # Qt hands StrEnum data back as str

    def set_person(self, bsn: str | None, description: str) -> None:
        """The person the contact is for, as opened in the 360 panel (None: nobody)."""
        self._bsn = bsn
        if bsn is None:
            self.person.setText(self.tr("No person open: the contact is registered anonymously."))
            set_role(self.person, "muted")
        else:
            self.person.setText(self.tr("For: {person}").format(person=description))
            set_role(self.person, "caption")
        style = self.person.style()
        style.unpolish(self.person)
        style.polish(self.person)

    def on_kanaal_changed(self, _index: int) -> None:
        self.kanaal_changed.emit(self.current_kanaal())

    def on_field_edited(self, name: str) -> None:
        if self._started is None:
            self._started = time.monotonic()
        set_invalid(self._fields[name], None)

    def on_outcome_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._sync_hand_off()

    def on_product_changed(self, _index: int) -> None:
        """Default the hand-off unit to the unit that owns the chosen product."""
        code = self.product.currentData()
        product = self._products.get(code) if code else None
        if product is not None and product.unit_code:
            found = self.unit.findData(product.unit_code)
            if found >= 0:
                self.unit.setCurrentIndex(found)

    def _sync_hand_off(self) -> None:
        handing_off = self.hand_off.isChecked()
        self.unit.setEnabled(handing_off and self.unit.count() > 0)
        self.handeling.setEnabled(handing_off)
        if not handing_off:
            set_invalid(self.unit, None)
            set_invalid(self.handeling, None)

    def draft(self) -> ContactDraft:
        """The contact as filled in now, under this form fill's UUID."""
        outcome = self.outcome.checkedId()
        hand_off = None
        if outcome == Outcome.HAND_OFF:
            hand_off = HandOffRequest(
                gevraagde_handeling=self.handeling.text(),
                unit_code=self.unit.currentData(),
            )
        started = self._started
        duration = int(time.monotonic() - started) if started is not None else None
        return ContactDraft(
            uuid=self._contact_uuid,
            kanaal=self.current_kanaal(),
            onderwerp=self.onderwerp.text(),
            inhoud=self.inhoud.toPlainText(),
            bsn=self._bsn,
            product_code=self.product.currentData(),
            indicatie_contact_gelukt=outcome != Outcome.NOT_RESOLVED,
            location=self._settings.location,
            desk=self._settings.desk,
            duration_seconds=duration,
            hand_off=hand_off,
            ticket_uuid=self._ticket_uuid,
        )

    def on_register_requested(self) -> None:
        if self._busy:
            return  # a second Ctrl+Enter while the first is on its way
        for widget in self._fields.values():
            set_invalid(widget, None)
        draft = self.draft()
        self._set_busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Registering…"))
        contacts = self._services.contacts
        principal = self._principal
        run_op(
            self,
            lambda: contacts.register(principal, draft),
            on_success=lambda result: self.on_registered(result, draft),
            on_failure=self.on_register_failed,
        )

    def on_registered(self, result: RegistrationResult, draft: ContactDraft) -> None:
        self._set_busy(False)
        if result.deadline is not None:
            message = self.tr(
                "Contact registered and handed off to {unit}. Deadline: {deadline}."
            ).format(unit=self.unit.currentText(), deadline=format_date(result.deadline))
        else:
            message = self.tr("Contact registered.")
        self.reset()
        self.banner.show_message(BannerKind.SUCCESS, message)
        self.registered.emit(result, draft.bsn or "")
        if draft.ticket_uuid is not None:
            self.registered_for_ticket.emit(draft.ticket_uuid)
        if draft.kanaal is Kanaal.BALIE and result.created and self._settings.counter.kto:
            self.ask_kto(result.contact_uuid)

    def ask_kto(self, contact_uuid: uuid.UUID) -> None:
        """The visitor at the desk rates the visit just saved (the dialog stores the score)."""
        if self.kto_dialog is not None:
            self.kto_dialog.reject()  # the previous visitor's question is over
        dialog = KtoDialog(
            self._services,
            self._principal,
            contact_uuid,
            station=self._settings.desk,
            parent=self.window(),
        )
        dialog.finished.connect(lambda _result: self._kto_closed(dialog))
        self.kto_dialog = dialog
        dialog.present()

    def _kto_closed(self, dialog: KtoDialog) -> None:
        if self.kto_dialog is dialog:
            self.kto_dialog = None

    def on_register_failed(self, error: Exception) -> None:
        self._set_busy(False)
        message = error_text(error)
        self.banner.show_message(BannerKind.ERROR, message)
        if isinstance(error, ValidationError):
            widget = self._fields.get(error.field)
            if widget is not None:
                set_invalid(widget, message)
                widget.setFocus()

    def reset(self) -> None:
        """Empty the form for the next contact, with a new UUID; the channel stays."""
        self._contact_uuid = uuid.uuid4()
        self.product.setCurrentIndex(0)
        self.onderwerp.clear()
        self.inhoud.clear()
        self.handeling.clear()
        self.unit.setCurrentIndex(0)
        self.first_line.setChecked(True)
        for widget in self._fields.values():
            set_invalid(widget, None)
        # Clearing the fields fired their edit signals; the next contact starts at its first edit.
        self._started = None

    def prefill(self, use: ContactUse) -> None:
        """Fill in what the kennisbank suggests; the person, channel and UUID stay.

        The subject and product are replaced (the employee asked for it); typed details are
        kept and the funnel's choices only fill an empty field. A hand-off presets the
        outcome, the unit and a requested action to type over, with the cursor there.
        """
        self.banner.clear_message()
        if use.product_code is not None:
            self.product.setCurrentIndex(max(self.product.findData(use.product_code), 0))
        elif self.product.currentData() not in use.product_choices:
            self.product.setCurrentIndex(0)
        self.onderwerp.setText(use.onderwerp)
        self.onderwerp.setCursorPosition(0)  # the start of the subject, not its end
        if use.notes and not self.inhoud.toPlainText().strip():
            self.inhoud.setPlainText(use.notes)
        for widget in self._fields.values():
            set_invalid(widget, None)
        if use.hand_off and self.hand_off.isEnabled():
            self.hand_off.setChecked(True)
            found = self.unit.findData(use.unit_code) if use.unit_code is not None else -1
            if found >= 0:
                self.unit.setCurrentIndex(found)
            else:
                self.on_product_changed(self.product.currentIndex())  # the product's own unit
            if not self.handeling.text().strip():
                self.handeling.setText(self.tr("Assess the request and reply to the resident"))
            self.handeling.setFocus(Qt.FocusReason.OtherFocusReason)
            # Selected backwards, so the field shows its start and typing replaces it all.
            length = len(self.handeling.text())
            self.handeling.setSelection(length, -length)
        else:
            self.first_line.setChecked(True)
            self.inhoud.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._started is None:
            self._started = time.monotonic()
        self.banner.show_message(
            BannerKind.INFO,
            self.tr("Filled in from the knowledge base. Check it and register (Ctrl+Enter)."),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.register_button.setEnabled(not busy)
