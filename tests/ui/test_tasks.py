"""The back-office task list: a unit's open hand-offs, the traffic light, completing with a note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.complete_dialog import CompleteTaskDialog
from app.counter.main_window import CounterWindow
from app.counter.task_model import TaskColumn
from app.counter.task_screen import TaskScreen
from app.registry.models import AuditRecord, InterneTaak, Kanaal, TaakStatus
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import ContactDraft, HandOffRequest
from app.ui.banner import BannerKind
from tests.conftest import FakeClock, make_user
from tests.ui import people
from tests.ui.conftest import wait_for_ops

UNIT = "BO-BURGERZAKEN"


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def bob(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "bob", "medewerker", unit=UNIT)


def _hand_off(services: Services, principal: Principal, subject: str, **changes: object) -> None:
    services.contacts.register(
        principal,
        ContactDraft(
            kanaal=Kanaal.TELEFOON,
            onderwerp=subject,
            bsn=people.SUZANNE,
            product_code="paspoort",
            hand_off=HandOffRequest(f"Actie: {subject}"),
            **changes,  # type: ignore[arg-type]
        ),
    )


def _tasks(qtbot: QtBot, services: Services, principal: Principal, unit: str) -> TaskScreen:
    screen = TaskScreen(services, principal)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.unit.count() > 0)
    screen.unit.setCurrentIndex(screen.unit.findData(unit))
    wait_for_ops(qtbot)
    return screen


def _column(screen: TaskScreen, column: TaskColumn) -> list[object]:
    model = screen.model
    return [model.index(row, model.column_of(column)).data() for row in range(model.rowCount())]


def _complete(qtbot: QtBot, screen: TaskScreen, row: int, note: str) -> CompleteTaskDialog:
    screen.table.selectRow(row)
    qtbot.mouseClick(screen.complete_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    if note:
        qtbot.keyClicks(dialog.note, note)
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    return dialog


def test_unit_list_sorted_by_deadline_with_traffic_light(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock, anna: Principal, bob: Principal
) -> None:
    clock.advance(days=-9)  # Monday 16 November: due Monday 23 November, late by now
    _hand_off(sqlite_services, anna, "Oud")
    clock.advance(days=2)  # Wednesday 18 November: 5 working days is 25 November, today
    _hand_off(sqlite_services, anna, "Vandaag")
    clock.advance(days=7)
    _hand_off(sqlite_services, anna, "Nieuw")
    screen = _tasks(qtbot, sqlite_services, bob, UNIT)
    assert _column(screen, TaskColumn.SUBJECT) == ["Oud", "Vandaag", "Nieuw"]
    assert _column(screen, TaskColumn.STATE) == ["late", "due today", "on time"]
    assert _column(screen, TaskColumn.DEADLINE) == [
        "Mon 23 Nov 2026",
        "Wed 25 Nov 2026",
        "Wed 2 Dec 2026",
    ]
    state = screen.model.index(0, screen.model.column_of(TaskColumn.STATE))
    assert state.data(Qt.ItemDataRole.DecorationRole) is not None
    assert screen.caption.text() == "3 open hand-off(s) · 1 late, 1 due today"


def test_complete_with_a_note_removes_the_task(
    qtbot: QtBot, sqlite_services: Services, anna: Principal, bob: Principal
) -> None:
    _hand_off(sqlite_services, anna, "Paspoort kwijt")
    _hand_off(sqlite_services, anna, "Uittreksel")
    screen = _tasks(qtbot, sqlite_services, bob, UNIT)
    assert screen.model.rowCount() == 2
    dialog = _complete(qtbot, screen, 0, "Teruggebeld, nieuwe aanvraag gedaan")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.dialog is None  # closed and released
    del dialog
    assert _column(screen, TaskColumn.SUBJECT) == ["Uittreksel"]
    assert screen.banner.kind == BannerKind.SUCCESS
    assert screen.banner.text() == "Task completed: Paspoort kwijt."
    with sqlite_services.db.read() as session:
        done = session.scalars(
            select(InterneTaak).where(InterneTaak.status == TaakStatus.VERWERKT)
        ).one()
        assert done.afhandeling_toelichting == "Teruggebeld, nieuwe aanvraag gedaan"


def test_completing_without_a_note_is_refused_in_the_dialog(
    qtbot: QtBot, sqlite_services: Services, anna: Principal, bob: Principal
) -> None:
    _hand_off(sqlite_services, anna, "Paspoort kwijt")
    screen = _tasks(qtbot, sqlite_services, bob, UNIT)
    dialog = _complete(qtbot, screen, 0, "")
    assert dialog.isVisible()
    assert dialog.note.property("invalid") is True
    assert dialog.banner.kind == BannerKind.ERROR
    assert dialog.banner.text() == "Write down what was done: a task is completed with a note."
    assert screen.model.rowCount() == 1
    with sqlite_services.db.read() as session:
        assert session.scalars(select(InterneTaak.status)).one() == TaakStatus.TE_VERWERKEN
    # Spaces are no note either.
    qtbot.keyClicks(dialog.note, "   ")
    assert not dialog.note.property("invalid")  # typing clears the mark
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert dialog.note.property("invalid") is True
    dialog.reject()


def test_another_units_task_is_refused_with_a_message(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    _hand_off(sqlite_services, anna, "Paspoort kwijt")
    parkeren = make_user(sqlite_services, "piet", "medewerker", unit="BO-PARKEREN")
    screen = _tasks(qtbot, sqlite_services, parkeren, UNIT)
    dialog = _complete(qtbot, screen, 0, "Gedaan")
    assert dialog.isVisible()
    assert dialog.banner.kind == BannerKind.ERROR
    assert dialog.banner.text() == (
        "This task belongs to another unit (Backoffice Burgerzaken); only that unit or a "
        "teamleider can complete it."
    )
    assert dialog.note.toPlainText() == "Gedaan"
    dialog.reject()
    wait_for_ops(qtbot)
    assert screen.model.rowCount() == 1


def test_task_list_is_read_only_when_shown(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    """Logging in does not read every unit's tasks; opening the view does (Ctrl+2)."""
    _hand_off(sqlite_services, anna, "Paspoort kwijt")
    window = CounterWindow(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)

    def list_reads() -> int:
        with sqlite_services.db.read() as session:
            rows = session.scalars(
                select(AuditRecord).where(AuditRecord.action == "list_tasks")
            ).all()
            return len(rows)

    assert list_reads() == 0
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tasks.unit.count() > 0)
    window.tasks.unit.setCurrentIndex(window.tasks.unit.findData(UNIT))
    wait_for_ops(qtbot)
    assert window.tasks.model.rowCount() == 1
    assert list_reads() >= 1


def test_completing_a_task_of_the_open_person_refreshes_the_360_view(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    _hand_off(sqlite_services, anna, "Paspoort kwijt")
    # A teamleider may complete any unit's task and look up persons: both views in one window.
    tom = make_user(sqlite_services, "tom", "teamleider")
    window = CounterWindow(sqlite_services, tom, sqlite_services.settings)
    qtbot.addWidget(window)
    window.show()
    people.open_person(qtbot, window.person_screen, people.SUZANNE)
    overview = window.person_screen.overview
    assert overview.tasks_model.rowCount() == 1
    window.show_tasks()
    qtbot.waitUntil(lambda: window.tasks.unit.count() > 0)
    window.tasks.unit.setCurrentIndex(window.tasks.unit.findData(UNIT))
    wait_for_ops(qtbot)
    _complete(qtbot, window.tasks, 0, "Afgehandeld")
    qtbot.waitUntil(lambda: overview.tasks_model.rowCount() == 0)
    assert overview.no_tasks.isVisibleTo(overview)


def test_own_unit_is_default_and_person_bsn_shown(qtbot: QtBot, sqlite_services: Services) -> None:
    """A back-office user lands on their own unit and sees whose question each task is."""
    from app.counter.task_model import TaskColumn
    from app.counter.task_screen import TaskScreen
    from app.registry.models import Kanaal
    from app.services.contacts import ContactDraft, HandOffRequest
    from tests.conftest import make_user
    from tests.ui.conftest import wait_for_ops

    anna = make_user(sqlite_services, "anna", "medewerker")
    sqlite_services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Parkeren",
            bsn="999993653",
            product_code="parkeervergunning",
            hand_off=HandOffRequest("Beoordelen"),
        ),
    )
    pia = make_user(sqlite_services, "pia", "medewerker", unit="BO-PARKEREN")
    screen = TaskScreen(sqlite_services, pia)
    qtbot.addWidget(screen)
    screen.show()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.unit.currentData() == "BO-PARKEREN"
    column = screen.model.column_of(TaskColumn.PERSON)
    assert not screen.table.isColumnHidden(column)
    assert screen.model.index(0, column).data() == "999993653"
