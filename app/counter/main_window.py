"""The counter's main window: the desk's queue strip on top, and under it the person screen,
the back-office task list and, for a beheerder, the product catalogue, one at a time.

Views in tabs, switched by keyboard (Ctrl+1 person, Ctrl+2 tasks, Ctrl+3 catalogue, Ctrl+4
the agenda's day) as well as by mouse; Ctrl+Shift+A books an appointment, for the open person
if there is one; Ctrl+F goes to the person search and Ctrl+K to the kennisbank from anywhere. The
catalogue tab exists only for a principal who may manage the catalogue: a medewerker has no
use for a view whose every save would be refused. The window only arranges the views and
passes messages between them; each view does its own service calls through ``app.ui.ops``.

The queue strip (``queue_panel``) opens the configured desk at login and closes it with the
window. The visitor it has at the desk is passed to the contact form, so a contact registered
during the visit belongs to it; calling a new visitor closes the previous person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.config import Settings
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.contacts import RegistrationResult, TaskSummary
from app.services.queue import EndResult, TicketInfo
from app.ui import ops
from app.ui.labels import roles_label

from .agenda_view import AgendaView
from .catalogue_screen import CatalogueScreen
from .person_screen import PersonScreen
from .queue_panel import QueuePanel
from .task_screen import TaskScreen


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
        self.queue_panel = QueuePanel(services, principal, settings.desk)
        self.person_screen = PersonScreen(services, principal, settings)
        self.tasks = TaskScreen(services, principal)
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.addTab(self.person_screen, self.tr("Person and contact  (Ctrl+1)"))
        self.modes.addTab(self.tasks, self.tr("Back-office tasks  (Ctrl+2)"))
        self.modes.setTabToolTip(0, self.tr("Look up a person and register the contact"))
        self.modes.setTabToolTip(1, self.tr("Open hand-offs of a unit, to complete"))
        self.catalogue: CatalogueScreen | None = None
        if principal.can(Permission.MANAGE_CATALOGUE):
            self.catalogue = CatalogueScreen(services, principal)
            self.modes.addTab(self.catalogue, self.tr("Product catalogue  (Ctrl+3)"))
            self.modes.setTabToolTip(
                2, self.tr("Fees, what to bring, service norms and the kiosk, per product")
            )
        self.agenda = self._add_agenda(services, principal)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(6)
        layout.addWidget(self.queue_panel)
        layout.addWidget(self.modes)
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

        self._shortcut("Ctrl+1", self.on_person_screen_requested)
        self._shortcut("Ctrl+2", self.on_tasks_requested)
        if self.catalogue is not None:
            self._shortcut("Ctrl+3", self.on_catalogue_requested)
        self._shortcut(QKeySequence.StandardKey.Find, self.on_find)
        self._shortcut("Ctrl+K", self.on_knowledge_requested)
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

    def on_registered(self, _result: RegistrationResult, _bsn: str) -> None:
        self.statusBar().showMessage(self.person_screen.form.banner.text(), 15_000)

    def on_task_completed(self, task: TaskSummary) -> None:
        """A task of the open person was completed: their open hand-offs changed."""
        overview = self.person_screen.overview.overview
        if overview is not None and any(t.uuid == task.uuid for t in overview.open_tasks):
            self.person_screen.lookup.refresh()

    def on_mode_changed(self, _index: int) -> None:
        # The task list refreshes with F5; there the key must not also call a visitor.
        self.queue_panel.set_call_key_enabled(self.modes.currentWidget() is not self.tasks)

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
        ops.shutdown()
        super().closeEvent(event)
        self.closed.emit()
