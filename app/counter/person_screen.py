"""The person screen: search, the 360 view of the person found, the kennisbank, and the form.

Everything for one visitor on one screen, worked from top to bottom by keyboard: search
(Ctrl+F), pick from the list if the search found several (Enter), read the 360 view, fill in
the form and register (Ctrl+Enter). The form always registers for the person shown, and the
view refreshes after a registration so the new contact and any hand-off appear at once.

The kennisbank shares the left side with the person, as a tab pair "Person | Knowledge base"
(Ctrl+F / Ctrl+K), and the contact form stays on the right of both. Why not three columns:
at 1366 px the 360 view already needs its ~870 px (facts column plus history), and an article
squeezed into a third column of ~300 px would show its answer, fees and funnel in a strip
that needs scrolling for every question. Why not a tab beside the form: "use in contact"
fills the form, so the article and the form must be visible together, and the employee
compares the two before pressing Register. What is hidden while reading an article is the
360 view, which was read when the person was opened; the form keeps saying whom the contact
is for, and Ctrl+F (or opening a person) brings the person back.

Lookups are audited with a purpose that follows the form's channel (``purpose.purpose_for``).
The name line of an open person has "Uittreksel BRP…" (Ctrl+U): the uittreksel of the person
shown, issued and printed off the GUI thread (``uittreksel_dialog``).

A person identified from their document (``identify_dialog``) is opened through the same
search as a typed BSN (``open_identified``); the chip's photo is shown in the name line while
that person is open, and dropped when another person is opened or the person is closed.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import RegistrationResult
from app.services.documents.thermal import Sender
from app.services.persons import PersonOverview, PersonView
from app.services.printing import PrintService
from app.ui.theme import set_role

from .appointment_list import PersonAppointments, QueueVisitList
from .contact_form import ContactForm
from .knowledge_panel import KnowledgePanel
from .knowledge_use import ContactUse
from .overview_panel import PersonOverviewPanel
from .person_lookup import PersonLookup
from .person_search import PersonSearch
from .pick_list import PickList
from .purpose import purpose_for
from .search_query import Query
from .uittreksel_dialog import UittrekselAction
from .unprinted import CounterPrinting


class PersonScreen(QWidget):
    """Person (search bar, found people or the open person) or kennisbank; the form beside."""

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        printing: CounterPrinting | None = None,
    ) -> None:
        super().__init__(parent)
        self.printing = printing or CounterPrinting(PrintService(None), self)
        self.search = PersonSearch()
        # The identified person's BSN and chip photo, until that person is open (or not).
        self._identified: tuple[str, bytes | None] | None = None
        self.pick_list = PickList()
        self.appointments = PersonAppointments(services, principal)
        self.visits = QueueVisitList()
        self.overview = PersonOverviewPanel(extra_tabs=(self.appointments, self.visits))
        self.start_hint = QLabel(
            self.tr(
                "Look up the person at the counter: by BSN, by surname and birth date, or by "
                "postcode and house number. Ctrl+F goes to the search, Esc clears it.\n\n"
                "Without a person, the contact is registered anonymously."
            )
        )
        self.start_hint.setObjectName("startHint")
        self.start_hint.setWordWrap(True)
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_role(self.start_hint, "muted")
        self.stack = QStackedWidget()
        for page in (self.start_hint, self.pick_list, self.overview):
            self.stack.addWidget(page)
        self.form = ContactForm(services, principal, settings)
        self.knowledge = KnowledgePanel(services, principal)
        self.lookup = PersonLookup(services, principal, self.purpose, self)
        self.uittreksel = UittrekselAction(
            services, principal, Sender.from_settings(settings), self.printing, self
        )
        self.uittreksel_button = QPushButton(self.tr("Uittreksel BRP…"))
        self.uittreksel_button.setObjectName("uittrekselButton")
        self.uittreksel_button.setToolTip(
            self.tr("Issue and print an uittreksel BRP of this person (Ctrl+U)")
        )
        self.uittreksel_button.setEnabled(False)
        # In the name line, before Close: it is about the person shown there.
        header_layout = self.overview.header.layout()
        assert isinstance(header_layout, QHBoxLayout)
        header_layout.insertWidget(header_layout.count() - 1, self.uittreksel_button)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.search)
        column.addWidget(self.stack, 1)
        self.person_page = left
        self.pages = QTabWidget()
        self.pages.setObjectName("personPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(left, self.tr("Person  (Ctrl+F)"))
        self.pages.addTab(self.knowledge, self.tr("Knowledge base  (Ctrl+K)"))
        # "Read document" in the tab bar's free corner, just above the search: beside the
        # search fields it would push the left side past 1366 px.
        self.pages.setCornerWidget(self.search.read_document_button, Qt.Corner.TopRightCorner)
        self.pages.setTabToolTip(0, self.tr("Look up the person and see the 360 view"))
        self.pages.setTabToolTip(
            1, self.tr("Search the answers, fees and question funnels of every channel")
        )
        left.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.form)
        # The 360 view gets the room; the form needs about 430 px to show every field.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1400, 480])  # kept in proportion when the window is resized
        self.form.setMinimumWidth(430)
        self.form.setMaximumWidth(560)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.setTabOrder(self.search.search_button, self.pick_list.table)
        self.setTabOrder(self.pick_list.table, self.uittreksel_button)
        self.setTabOrder(self.uittreksel_button, self.overview.header.close_button)
        self.setTabOrder(self.overview.header.close_button, self.overview.tasks_table)
        self.setTabOrder(self.overview.tasks_table, self.overview.tabs)
        self.setTabOrder(self.overview.tabs, self.overview.history.table)
        self.setTabOrder(self.overview.history.table, self.knowledge.search_edit)
        self.setTabOrder(self.knowledge.search_edit, self.knowledge.hits)
        self.setTabOrder(self.knowledge.hits, self.knowledge.article)
        self.setTabOrder(self.knowledge.article, self.form.kanaal)

    def _connect(self) -> None:
        self.search.search_requested.connect(self.on_search_requested)
        self.search.close_requested.connect(self.on_close_requested)
        self.pick_list.chosen.connect(self.on_person_chosen)
        self.overview.close_requested.connect(self.on_close_requested)
        self.lookup.started.connect(self.on_lookup_started)
        self.lookup.found.connect(self.on_found)
        self.lookup.opened.connect(self.on_opened)
        self.lookup.failed.connect(self.on_lookup_failed)
        self.form.registered.connect(self.on_registered)
        self.form.products_loaded.connect(self.overview.history.detail.set_product_names)
        self.knowledge.use_in_contact.connect(self.on_use_in_contact)
        self.uittreksel_button.clicked.connect(self.request_uittreksel)

    def purpose(self) -> str:
        """The audit purpose of a lookup now: it follows the channel set in the form."""
        return purpose_for(self.form.current_kanaal())

    @property
    def open_bsn(self) -> str | None:
        return self.lookup.open_bsn

    def set_ticket(self, ticket_uuid: UUID | None, code: str = "") -> None:
        """The queue visitor at the desk: contacts registered now belong to that visit."""
        self.form.set_ticket(ticket_uuid, code)

    def focus_search(self) -> None:
        self.show_person()
        self.search.focus_search()

    def show_person(self) -> None:
        self.pages.setCurrentWidget(self.person_page)

    def request_uittreksel(self) -> bool:
        """Ctrl+U: the uittreksel dialog for the person shown; False when nobody is open."""
        overview = self.overview.overview
        if overview is None or self.stack.currentWidget() is not self.overview:
            return False
        self.uittreksel.start(overview.view.person)
        return True

    def open_identified(self, bsn: str, face_png: bytes | None) -> None:
        """Open the person of a read document through the BSN search, with their photo."""
        self._identified = (bsn, face_png)
        self.show_person()
        self.search.clear()
        self.search.bsn.setText(bsn)
        self.search.on_return_pressed("bsn")

    def search_identified(self, surname: str, birth_date: date, given_names: str) -> None:
        """A document without BSN: search by its name and birth date instead."""
        self._identified = None
        self.show_person()
        self.search.clear()
        self.search.surname.setText(surname.title())
        self.search.birth_date.setText(birth_date.strftime("%d-%m-%Y"))
        self.search.given_names.setText(given_names.title())
        self.search.on_return_pressed("surname")

    def show_knowledge(self) -> None:
        """Ctrl+K: the kennisbank, cursor in its search field."""
        self.pages.setCurrentWidget(self.knowledge)
        self.knowledge.focus_search()

    # -- slots ------------------------------------------------------------------------------

    def on_search_requested(self, query: Query) -> None:
        self.lookup.search(query)

    def on_person_chosen(self, bsn: str) -> None:
        self.lookup.open(bsn)

    def on_lookup_started(self, searching: bool) -> None:
        self.show_person()  # a person was asked for: show where the answer appears
        self.search.show_info(self.tr("Searching…") if searching else self.tr("Opening…"))

    def on_found(self, views: list[PersonView]) -> None:
        if not views:
            self.search.show_info(
                self.tr(
                    "Nobody found. Check the spelling and the date or number, or ask for a BSN."
                )
            )
            return
        self.search.clear_message()
        self.form.set_person(None, "")  # identifying someone else now
        self.pick_list.show_views(views)
        self.stack.setCurrentWidget(self.pick_list)
        self.pick_list.focus_list()

    def on_opened(self, overview: PersonOverview, refresh: bool) -> None:
        if not refresh:
            self.search.clear_message()
        self.overview.show_overview(overview)
        self.stack.setCurrentWidget(self.overview)
        self.uittreksel_button.setEnabled(True)
        view = overview.view
        identified = self._identified
        if identified is not None and identified[0] == view.person.bsn:
            self.overview.header.set_face(identified[1])
        else:
            self._identified = None
            self.overview.header.set_face(None)
        self.form.set_person(
            view.person.bsn,
            self.tr("{name} (BSN {bsn})").format(name=view.person.name.full, bsn=view.bsn_display),
        )
        if not refresh:
            # Straight to the form: the subject is the next thing to type.
            self.form.onderwerp.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_lookup_failed(self, error: Exception, _refresh: bool) -> None:
        # Input and any open person stay; the message says what went wrong.
        self.search.show_error(error)

    def on_close_requested(self) -> None:
        """Next visitor: nothing of the previous person stays on screen or in the form."""
        self.lookup.close()
        self._identified = None
        self.overview.clear()
        self.uittreksel_button.setEnabled(False)
        self.pick_list.show_views([])
        self.stack.setCurrentWidget(self.start_hint)
        self.form.set_person(None, "")
        self.search.clear()

    def on_use_in_contact(self, use: ContactUse) -> None:
        self.form.prefill(use)

    def on_registered(self, _result: RegistrationResult, bsn: str) -> None:
        if bsn and bsn == self.lookup.open_bsn:
            self.lookup.refresh()
