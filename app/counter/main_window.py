"""The counter's main window: the desk's queue strip on top, and under it the person screen,
the back-office task list and, for a beheerder, the product catalogue, one at a time.

Views in tabs, switched by keyboard (Ctrl+1 person, Ctrl+2 tasks, Ctrl+3 catalogue, Ctrl+4
the agenda's day) as well as by mouse; Ctrl+Shift+A books an appointment, for the open person
if there is one; Ctrl+U issues an uittreksel BRP of the open person and Ctrl+Shift+U checks a
scanned one; Ctrl+D reads the visitor's passport or identity card (``identify_dialog``) and
opens the person it belongs to; Ctrl+F goes to the person search and Ctrl+K to the kennisbank
from anywhere. The
catalogue tab exists only for a principal who may manage the catalogue: a medewerker has no
use for a view whose every save would be refused. The window only arranges the views and
passes messages between them; each view does its own service calls through ``app.ui.ops``.

The queue strip (``queue_panel``) opens the configured desk at login and closes it with the
window. The visitor it has at the desk is passed to the contact form, so a contact registered
during the visit belongs to it; calling a new visitor closes the previous person.

For a teamleider or beheerder a calm bar under the views says when back-office hand-offs are
past their service norm (``overdue_alert``); its "View" opens the task list on the busiest unit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.config import Settings
from app.devices.emrtd.device import CardReader, SimulatedCardReader
from app.devices.payment import PaymentTerminal
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.contacts import RegistrationResult, TaskSummary
from app.services.demo_documents import DemoDocuments
from app.services.printing import PrintService
from app.services.queue import EndResult, TicketInfo
from app.ui import ops
from app.ui.labels import roles_label

from .agenda_view import AgendaView
from .catalogue_screen import CatalogueScreen
from .identify_dialog import IdentifyDialog
from .mi import DashboardView
from .overdue_alert import OverdueAlert
from .payments_view import PaymentsView
from .person_screen import PersonScreen
from .queue_panel import QueuePanel
from .task_screen import TaskScreen
from .unprinted import CounterPrinting, UnprintedIndicator
from .verify_dialog import VerifyDialog


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
        *,
        print_service: PrintService | None = None,
        card_reader: CardReader | None = None,
        payment_terminal: PaymentTerminal | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.card_reader = card_reader
        self.identify_dialog: IdentifyDialog | None = None
        # Without a configured printer every document is kept for "Save as PDF".
        self.printing = CounterPrinting(
            print_service or PrintService(None, clock=services.clock), self
        )
        self.setWindowTitle(
            self.tr("StadsPunt – {desk} – {user}").format(
                desk=settings.desk, user=principal.display_name
            )
        )
        self.queue_panel = QueuePanel(services, principal, settings.desk)
        self.person_screen = PersonScreen(services, principal, settings, printing=self.printing)
        self.tasks = TaskScreen(services, principal)
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.addTab(self.person_screen, self.tr("Person and contact  (Ctrl+1)"))
        self.modes.addTab(self.tasks, self.tr("Back-office tasks  (Ctrl+2)"))
        self.modes.setTabToolTip(0, self.tr("Look up a person and register the contact"))
        self.modes.setTabToolTip(1, self.tr("Open hand-offs of a unit, to complete"))
        self.catalogue = self._add_catalogue(services, principal)
        self.agenda = self._add_agenda(services, principal)
        self.payments = self._add_payments(services, principal, settings, payment_terminal)
        self.dashboard = self._add_dashboard(services, principal)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(6)
        layout.addWidget(self.queue_panel)
        layout.addWidget(self.modes)
        self.setCentralWidget(central)

        self._build_status_bar(principal, settings)
        self.overdue_alert = self._add_overdue_alert(services, principal, layout)

        self._shortcut("Ctrl+1", self.on_person_screen_requested)
        self._shortcut("Ctrl+2", self.on_tasks_requested)
        self._shortcut(QKeySequence.StandardKey.Find, self.on_find)
        self._shortcut("Ctrl+K", self.on_knowledge_requested)
        self._shortcut("Ctrl+D", self.on_identify_requested)
        self.person_screen.search.read_document_requested.connect(self.on_identify_requested)
        self.person_screen.form.registered.connect(self.on_registered)
        self.tasks.task_completed.connect(self.on_task_completed)
        self.person_screen.form.registered_for_ticket.connect(
            self.queue_panel.on_contact_registered
        )
        self.queue_panel.current_changed.connect(self.on_visitor_changed)
        self.queue_panel.visitor_called.connect(self.on_visitor_called)
        self.queue_panel.visit_ended.connect(self.on_visit_ended)
        self.modes.currentChanged.connect(self.on_mode_changed)
        self.resize(1366, 768)
        self.person_screen.search.bsn.setFocus()
        self.queue_panel.start()

    def _add_catalogue(self, services: Services, principal: Principal) -> CatalogueScreen | None:
        """The catalogue editor (Ctrl+3), for a beheerder."""
        if not principal.can(Permission.MANAGE_CATALOGUE):
            return None
        catalogue = CatalogueScreen(services, principal)
        self.modes.addTab(catalogue, self.tr("Product catalogue  (Ctrl+3)"))
        self.modes.setTabToolTip(
            self.modes.indexOf(catalogue),
            self.tr("Fees, what to bring, service norms and the kiosk, per product"),
        )
        self._shortcut("Ctrl+3", self.on_catalogue_requested)
        return catalogue

    def _add_agenda(self, services: Services, principal: Principal) -> AgendaView:
        """The agenda's day as the last tab (Ctrl+4), and Ctrl+Shift+A to book from anywhere."""
        agenda = AgendaView(services, principal)
        self.modes.addTab(agenda, self.tr("Agenda  (Ctrl+4)"))
        self.modes.setTabToolTip(
            self.modes.indexOf(agenda),
            self.tr("One agenda's day: who is coming, and free times to book"),
        )
        self._shortcut("Ctrl+4", self.on_agenda_requested)
        self._shortcut("Ctrl+Shift+A", self.on_book_appointment_requested)
        return agenda

    def _add_payments(
        self,
        services: Services,
        principal: Principal,
        settings: Settings,
        terminal: PaymentTerminal | None,
    ) -> PaymentsView | None:
        """Payments and refunds (Ctrl+5), for whoever may refund: a teamleider."""
        if not principal.can(Permission.REFUND_PAYMENT):
            return None
        view = PaymentsView(services, principal, terminal, settings.desk)
        view.recover()
        self.modes.addTab(view, self.tr("Payments  (Ctrl+5)"))
        self.modes.setTabToolTip(
            self.modes.indexOf(view),
            self.tr("Card payments and refunds, and those that still need someone"),
        )
        self._shortcut("Ctrl+5", self.on_payments_requested)
        return view

    def _add_overdue_alert(
        self, services: Services, principal: Principal, layout: QVBoxLayout
    ) -> OverdueAlert | None:
        """For a teamleider or beheerder: a bar under the views when hand-offs are overdue."""
        if not principal.can(Permission.VIEW_MANAGEMENT_INFO):
            return None
        alert = OverdueAlert(services, principal)
        layout.addWidget(alert)
        self.statusBar().insertPermanentWidget(0, alert.unknown_hint)
        alert.view_requested.connect(self.on_overdue_view_requested)
        alert.start()
        return alert

    def on_overdue_view_requested(self, unit_code: str) -> None:
        self.show_tasks()
        self.tasks.select_unit(unit_code)

    def _add_dashboard(self, services: Services, principal: Principal) -> DashboardView | None:
        """Management information (Ctrl+6), for a teamleider or beheerder; it reads its
        figures when the tab is first shown, not at login."""
        if not principal.can(Permission.VIEW_MANAGEMENT_INFO):
            return None
        view = DashboardView(services, principal)
        self.modes.addTab(view, self.tr("Management information  (Ctrl+6)"))
        self.modes.setTabToolTip(
            self.modes.indexOf(view),
            self.tr("First-line share, channels, service norms, waiting, kiosk and KTO; exports"),
        )
        self._shortcut("Ctrl+6", self.on_dashboard_requested)
        return view

    def on_dashboard_requested(self) -> None:
        if self.dashboard is not None:
            self.modes.setCurrentWidget(self.dashboard)
            self.dashboard.filters.quick.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_payments_requested(self) -> None:
        if self.payments is not None:
            self.modes.setCurrentWidget(self.payments)
            self.payments.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build_status_bar(self, principal: Principal, settings: Settings) -> None:
        """Right to left: place, user, then the uittreksel check and the unprinted count."""
        self.user_label = QLabel(
            self.tr("{user} ({roles})").format(
                user=principal.display_name, roles=roles_label(principal.roles)
            )
        )
        self.user_label.setObjectName("statusUser")
        self.place_label = QLabel(f"{settings.desk} · {settings.location}")
        self.place_label.setObjectName("statusPlace")
        status = self.statusBar()
        self._add_printing()
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.place_label)

    def _add_printing(self) -> None:
        """Uittreksel BRP: Ctrl+U issues one, Ctrl+Shift+U (or the status-bar button) checks
        a scanned one, and the status bar counts what did not print."""
        self.verify_dialog: VerifyDialog | None = None
        self.unprinted_indicator = UnprintedIndicator(self.printing)
        self.verify_button = QPushButton(self.tr("Check uittreksel"))
        self.verify_button.setObjectName("verifyUittreksel")
        self.verify_button.setFlat(True)
        self.verify_button.setToolTip(
            self.tr("Scan the QR code of a paper uittreksel BRP (Ctrl+Shift+U)")
        )
        self.verify_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verify_button.clicked.connect(self.on_verify_requested)
        status = self.statusBar()
        status.addPermanentWidget(self.unprinted_indicator)
        status.addPermanentWidget(self.verify_button)
        self._shortcut("Ctrl+U", self.on_uittreksel_requested)
        self._shortcut("Ctrl+Shift+U", self.on_verify_requested)
        self.person_screen.uittreksel.message.connect(self.show_status)

    def _shortcut(self, keys: str | QKeySequence.StandardKey, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def on_person_screen_requested(self) -> None:
        self.show_person_screen()

    def on_tasks_requested(self) -> None:
        self.show_tasks()

    def on_catalogue_requested(self) -> None:
        self.show_catalogue()

    def show_catalogue(self) -> None:
        if self.catalogue is not None:
            self.modes.setCurrentWidget(self.catalogue)
            self.catalogue.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_agenda_requested(self) -> None:
        self.modes.setCurrentWidget(self.agenda)
        self.agenda.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_book_appointment_requested(self) -> None:
        """Ctrl+Shift+A: the booking dialog, for the open person or for a caller by name."""
        self.person_screen.appointments.book()

    def show_person_screen(self) -> None:
        self.modes.setCurrentWidget(self.person_screen)

    def show_tasks(self) -> None:
        self.modes.setCurrentWidget(self.tasks)
        self.tasks.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_find(self) -> None:
        """Ctrl+F: to the person search from anywhere in the window."""
        self.show_person_screen()
        self.person_screen.focus_search()

    def on_knowledge_requested(self) -> None:
        """Ctrl+K: to the kennisbank search from anywhere in the window."""
        self.show_person_screen()
        self.person_screen.show_knowledge()

    def on_uittreksel_requested(self) -> None:
        """Ctrl+U: an uittreksel BRP of the open person; says so when nobody is open."""
        self.show_person_screen()
        if not self.person_screen.request_uittreksel():
            self.show_status(self.tr("Open a person first to issue an uittreksel BRP."))

    def on_verify_requested(self) -> None:
        """Ctrl+Shift+U: the check dialog, ready for the scanner (one, kept open)."""
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self._services, self._principal, self)
        if self.verify_dialog.isVisible():
            self.verify_dialog.raise_()  # behind the window: bring it forward
        self.verify_dialog.show()
        self.verify_dialog.activateWindow()
        self.verify_dialog.scan.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_identify_requested(self) -> None:
        """Ctrl+D: read a document (one dialog; a new one each time, so nothing of the last
        visitor's document is left in it)."""
        self.show_person_screen()
        dialog = self.identify_dialog
        if dialog is None:
            reader = self.card_reader
            demo = None
            if isinstance(reader, SimulatedCardReader):
                demo = DemoDocuments(self._services.persons, clock=self._services.clock)
            dialog = IdentifyDialog(self._services, self._principal, reader, demo, self)
            dialog.open_requested.connect(self.person_screen.open_identified)
            dialog.search_requested.connect(self.person_screen.search_identified)
            dialog.finished.connect(lambda _result: self._forget_identify(dialog))
            self.identify_dialog = dialog
        if dialog.isVisible():
            dialog.raise_()  # behind the window: bring it forward
        dialog.show()
        dialog.activateWindow()
        dialog.mrz_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _forget_identify(self, dialog: IdentifyDialog) -> None:
        if self.identify_dialog is dialog:
            self.identify_dialog = None
        dialog.deleteLater()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    def on_registered(self, _result: RegistrationResult, _bsn: str) -> None:
        self.statusBar().showMessage(self.person_screen.form.banner.text(), 15_000)

    def on_task_completed(self, task: TaskSummary) -> None:
        """A task of the open person was completed: their open hand-offs changed."""
        if self.overdue_alert is not None:
            self.overdue_alert.poll()
        overview = self.person_screen.overview.overview
        if overview is not None and any(t.uuid == task.uuid for t in overview.open_tasks):
            self.person_screen.lookup.refresh()

    def on_mode_changed(self, _index: int) -> None:
        # The task and payment lists and the dashboard refresh with F5; there the key must not
        # call a visitor.
        current = self.modes.currentWidget()
        self.queue_panel.set_call_key_enabled(
            current not in (self.tasks, self.payments, self.dashboard)
        )

    def on_visitor_changed(self, ticket: TicketInfo | None) -> None:
        """Contacts registered from now on belong to this visit (or to none)."""
        if ticket is None:
            self.person_screen.set_ticket(None)
        else:
            self.person_screen.set_ticket(ticket.uuid, ticket.code)

    def on_visitor_called(self, _ticket: TicketInfo) -> None:
        """A new visitor: nothing of the previous person stays on screen."""
        self.person_screen.on_close_requested()
        self.show_person_screen()

    def on_visit_ended(self, result: EndResult) -> None:
        self.statusBar().showMessage(
            self.tr("Visit {code} ended.").format(code=result.ticket.code), 15_000
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Close the desk, and let it and a registration on its way finish before the window
        # (and the process) goes.
        self.queue_panel.shutdown()
        if self.overdue_alert is not None:
            self.overdue_alert.stop()
        if self.identify_dialog is not None:
            self.identify_dialog.close()
        ops.shutdown()
        # Logging out: documents kept for a reprint hold personal data and go with the session.
        self.printing.clear()
        super().closeEvent(event)
        self.closed.emit()
