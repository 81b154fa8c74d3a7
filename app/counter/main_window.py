"""The counter's main window: person and history on the left, the contact form on the right.

The window only arranges panels and passes messages between them; each panel does its own
service calls through ``app.ui.ops``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QWidget

from app.config import Settings
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import RegistrationResult
from app.ui import ops
from app.ui.labels import roles_label

from .contact_form import ContactForm
from .person_panel import PersonPanel


class CounterWindow(QMainWindow):
    """The medewerker's working window for the session after login.

    Signals:
        closed: the medewerker closed the window; the counter process ends.
    """

    closed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.setWindowTitle(
            self.tr("StadsPunt – {desk} – {user}").format(
                desk=settings.desk, user=principal.display_name
            )
        )
        self.person = PersonPanel(services, principal)
        self.form = ContactForm(services, principal, settings, self.person.bsn_text)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.person)
        splitter.addWidget(self.form)
        # History gets the room; the form needs about 450 px to show every field unclipped.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 460])
        self.form.setMinimumWidth(430)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.user_label = QLabel(
            self.tr("{user} ({roles})").format(
                user=principal.display_name, roles=roles_label(principal.roles)
            )
        )
        self.user_label.setObjectName("statusUser")
        self.place_label = QLabel(f"{settings.desk} · {settings.location}")
        self.place_label.setObjectName("statusPlace")
        status = self.statusBar()
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.place_label)

        self.form.registered.connect(self.on_registered)
        self.form.bsn_rejected.connect(self.on_bsn_rejected)
        self.form.products_loaded.connect(self.on_products_loaded)
        self.setTabOrder(self.person.table, self.form.kanaal)
        self.resize(1280, 760)
        self.person.bsn.setFocus()

    def on_registered(self, result: RegistrationResult, bsn: str) -> None:
        self.statusBar().showMessage(self.form.banner.text(), 15_000)
        if bsn:
            self.person.load(bsn)

    def on_bsn_rejected(self, message: str) -> None:
        self.person.show_bsn_error(message)

    def on_products_loaded(self, names: dict[str, str]) -> None:
        self.person.detail.set_product_names(names)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let a registration on its way finish before the window (and the process) goes.
        ops.shutdown()
        super().closeEvent(event)
        self.closed.emit()
