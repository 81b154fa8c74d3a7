"""The 360 view of the open person: who they are, what to mention, and what happened before.

One service call (``PersonService.overview``) fills it all, so what is on screen is one
consistent moment and one audit row. Layout, top to bottom: the name line, the signals (they
must not be missed), then the person's facts in a narrow column on the left and their
activity on the right: open hand-offs with their norm state, and the contact history in a
tab. Appointments and queue visits are further tabs next to the contacts (``extra_tabs``,
made by the person screen, since they book and cancel through the services themselves).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.persons import PersonOverview
from app.ui.theme import set_role

from .appointment_list import OverviewTab
from .contact_history import ContactHistory
from .documents_panel import DocumentsPanel
from .person_header import PersonFacts, PersonHeader
from .relations_panel import RelationsPanel
from .signal_list import SignalList
from .tables import make_table
from .task_model import PERSON_COLUMNS, TaskColumn, TaskTableModel

#: Rows of open hand-offs shown before the list scrolls; more than this is rare for one person.
VISIBLE_TASK_ROWS = 4
#: The facts column takes a third of the panel, within these bounds (1366 px .. 1920 px).
SIDEBAR_MIN_WIDTH = 290
SIDEBAR_MAX_WIDTH = 420


class PersonOverviewPanel(QWidget):
    """Header, signals, facts column, open hand-offs and history tabs of one person.

    Signals:
        close_requested: the employee closed the person (the header's Close button).
    """

    close_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, extra_tabs: Sequence[OverviewTab] = ()
    ) -> None:
        super().__init__(parent)
        self.overview: PersonOverview | None = None
        self.header = PersonHeader()
        self.signal_list = SignalList()
        self.facts = PersonFacts()
        self.relations = RelationsPanel()
        self.documents = DocumentsPanel()
        self.tasks_model = TaskTableModel(PERSON_COLUMNS, self)
        self.tasks_table = make_table(
            self.tasks_model,
            "openTasks",
            self.tr("Open hand-offs"),
            stretch=(self.tasks_model.column_of(TaskColumn.ACTION),),
        )
        self.no_tasks = QLabel(self.tr("No open hand-offs."))
        set_role(self.no_tasks, "muted")
        self.tasks_box = QGroupBox(self.tr("Open hand-offs"))
        self.history = ContactHistory()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        self.tabs.addTab(self.history, self.tr("Contacts"))
        self.extra_tabs = tuple(extra_tabs)
        for tab in self.extra_tabs:
            self.tabs.addTab(tab, tab.tab_title())
            tab.title_changed.connect(
                lambda title, tab=tab: self.tabs.setTabText(self.tabs.indexOf(tab), title)
            )
        self._build_layout()
        self.header.close_requested.connect(self.close_requested)

    def _build_layout(self) -> None:
        box = QVBoxLayout(self.tasks_box)
        box.setContentsMargins(8, 4, 8, 8)
        box.addWidget(self.tasks_table)
        box.addWidget(self.no_tasks)

        facts = QWidget()
        column = QVBoxLayout(facts)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(8)
        for card in (self.facts, self.relations, self.documents):
            column.addWidget(card)
        column.addStretch(1)
        sidebar = QScrollArea()
        sidebar.setObjectName("personSidebar")
        sidebar.setWidget(facts)
        sidebar.setWidgetResizable(True)
        sidebar.setFrameShape(QFrame.Shape.NoFrame)
        sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        sidebar.setMaximumWidth(SIDEBAR_MAX_WIDTH)

        activity = QVBoxLayout()
        activity.setSpacing(8)
        activity.addWidget(self.tasks_box)
        activity.addWidget(self.tabs, 1)

        body = QHBoxLayout()
        body.setSpacing(10)
        body.addWidget(sidebar, 1)
        body.addLayout(activity, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.signal_list)
        layout.addLayout(body, 1)

    def show_overview(self, overview: PersonOverview) -> None:
        """Fill every part from one overview; keeps the selected history row on a refresh."""
        same_person = (
            self.overview is not None and self.overview.view.person.bsn == overview.view.person.bsn
        )
        self.overview = overview
        view = overview.view
        self.header.show_view(view)
        self.signal_list.set_signals(view.signals)
        self.facts.show_view(view)
        self.relations.show_person(view.person)
        self.documents.show_documents(view.person.travel_documents)
        self._show_tasks(overview)
        self.history.set_contacts(overview.contacts)
        for tab in self.extra_tabs:
            tab.show_overview(overview)
        self.tabs.setTabText(
            self.tabs.indexOf(self.history),
            self.tr("Contacts (%n)", "", len(overview.contacts)),
        )
        if not same_person:
            self.tabs.setCurrentWidget(self.history)

    def clear(self) -> None:
        """Forget the person, so nothing of them is left behind the next visitor's screen."""
        self.overview = None
        self.header.clear()
        self.signal_list.set_signals(())
        for card in (self.facts, self.relations, self.documents):
            card.set_rows([])
        self.tasks_model.set_tasks([])
        self.history.set_contacts([])
        for tab in self.extra_tabs:
            tab.clear()

    def _show_tasks(self, overview: PersonOverview) -> None:
        tasks = overview.open_tasks
        self.tasks_model.set_tasks(tasks)
        self.tasks_box.setTitle(self.tr("Open hand-offs (%n)", "", len(tasks)))
        self.tasks_table.setVisible(bool(tasks))
        self.no_tasks.setVisible(not tasks)
        if tasks:
            rows = min(len(tasks), VISIBLE_TASK_ROWS)
            header = self.tasks_table.horizontalHeader().sizeHint().height()
            row = self.tasks_table.verticalHeader().defaultSectionSize()
            self.tasks_table.setFixedHeight(header + rows * row + 4)
