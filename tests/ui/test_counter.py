"""The counter, driven like a medewerker does: log in, open a person, register, hand off."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.history_model import Column
from app.counter.login import LoginDialog
from app.counter.main_window import CounterWindow
from app.counter.task_model import TaskColumn
from app.registry.models import Betrokkene, InterneTaak, Kanaal, Klantcontact, Resolution
from app.services import Services
from app.services.auth import Principal
from app.ui.banner import BannerKind
from tests.conftest import make_user
from tests.ui import people
from tests.ui.conftest import TRANSLATIONS, wait_for_ops


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def window(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> CounterWindow:
    win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(win)
    win.show()
    # Products and units arrive in the background; the form is usable once they are in.
    form = win.person_screen.form
    qtbot.waitUntil(lambda: form.product.isEnabled() and form.unit.count() > 1)
    return win


def _cell(win: CounterWindow, row: int, column: Column) -> str:
    model = win.person_screen.overview.history.model
    return str(model.index(row, column).data())


def _open(qtbot: QtBot, win: CounterWindow, bsn: str = people.SUZANNE) -> None:
    people.open_person(qtbot, win.person_screen, bsn)


def _contacts(services: Services) -> list[Klantcontact]:
    with services.db.read() as session:
        return list(session.scalars(select(Klantcontact)))


class TestLogin:
    def test_logs_in_with_the_right_password(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = LoginDialog(sqlite_services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.username, "anna")
        qtbot.keyClicks(dialog.password, "correct-horse")
        with qtbot.waitSignal(dialog.logged_in, timeout=5000) as blocker:
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        principal = blocker.args[0]
        assert isinstance(principal, Principal)
        assert principal.display_name == "Anna"
        assert dialog.principal == principal
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert dialog.password.text() == ""

    def test_wrong_password_shows_error_and_keeps_dialog_open(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        dialog = LoginDialog(sqlite_services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.username, "anna")
        qtbot.keyClicks(dialog.password, "wrong-horse")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.banner.kind == BannerKind.ERROR)
        assert dialog.banner.text() == "Username or password is incorrect."
        assert dialog.isVisible()
        assert dialog.principal is None
        assert dialog.password.text() == ""
        assert dialog.username.text() == "anna"
        assert dialog.password.isEnabled()

    def test_empty_fields_are_refused_without_a_database_call(
        self, qtbot: QtBot, sqlite_services: Services
    ) -> None:
        dialog = LoginDialog(sqlite_services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
        assert dialog.banner.text() == "Fill in your username and password."
        assert dialog.isVisible()


class TestCounterWindow:
    def test_status_bar_names_user_role_and_desk(self, window: CounterWindow) -> None:
        assert window.user_label.text() == "Anna (Medewerker)"
        assert window.place_label.text() == "Balie 1 · Stadskantoor"

    def test_register_contact_appears_in_the_360_contacts(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        _open(qtbot, window)
        overview = window.person_screen.overview
        assert overview.history.model.rowCount() == 0
        form = window.person_screen.form
        assert form.person.text() == "For: Suzanne Marie Moulin (BSN 999993653)"

        form.kanaal.setCurrentIndex(form.kanaal.findData(Kanaal.TELEFOON))
        qtbot.keyClicks(form.onderwerp, "Vraag over paspoort")
        qtbot.keyClicks(form.inhoud, "Legitimatie meenemen")
        first_uuid = form.contact_uuid
        qtbot.keyClick(form.onderwerp, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        qtbot.waitUntil(lambda: overview.history.model.rowCount() == 1)
        assert _cell(window, 0, Column.ONDERWERP) == "Vraag over paspoort"
        assert _cell(window, 0, Column.KANAAL) == "Telephone"
        assert _cell(window, 0, Column.RESOLUTION) == "Answered first-line"
        # FakeClock: 2026-11-25 09:30 UTC is 10:30 in Amsterdam.
        assert _cell(window, 0, Column.WHEN) == "25/11/2026 10:30"
        assert overview.tabs.tabText(0) == "Contacts (1)"
        assert form.banner.text() == "Contact registered."
        assert form.onderwerp.text() == ""
        assert form.contact_uuid != first_uuid
        # The channel stays for the session: phone staff set it once.
        assert form.current_kanaal() == Kanaal.TELEFOON

        stored = _contacts(sqlite_services)
        assert [(c.uuid, c.kanaal, c.desk) for c in stored] == [
            (first_uuid, Kanaal.TELEFOON, "Balie 1")
        ]
        assert stored[0].inhoud == "Legitimatie meenemen"

    def test_hand_off_appears_in_open_hand_offs_with_its_norm_state(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        _open(qtbot, window)
        form = window.person_screen.form
        form.product.setCurrentIndex(form.product.findData("paspoort"))
        assert form.unit.currentData() == "BO-BURGERZAKEN"  # the product's unit by default
        qtbot.keyClicks(form.onderwerp, "Paspoort kwijt")
        form.hand_off.click()
        assert form.unit.isEnabled()
        qtbot.keyClicks(form.handeling, "Terugbellen over vermissing")
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.SUCCESS)
        # Norm 5 working days from Wednesday 25 November 2026.
        assert form.banner.text() == (
            "Contact registered and handed off to Backoffice Burgerzaken. "
            "Deadline: Wednesday, 2 December 2026."
        )
        overview = window.person_screen.overview
        qtbot.waitUntil(lambda: overview.tasks_model.rowCount() == 1)
        model = overview.tasks_model

        def task_cell(column: TaskColumn) -> object:
            return model.index(0, model.column_of(column)).data()

        assert task_cell(TaskColumn.STATE) == "on time"
        assert task_cell(TaskColumn.DEADLINE) == "Wed 2 Dec 2026"
        assert task_cell(TaskColumn.UNIT) == "Backoffice Burgerzaken"
        assert task_cell(TaskColumn.ACTION) == "Terugbellen over vermissing"
        state = model.index(0, model.column_of(TaskColumn.STATE))
        assert state.data(Qt.ItemDataRole.DecorationRole) is not None  # the traffic light
        assert overview.tasks_box.title() == "Open hand-offs (1)"
        assert _cell(window, 0, Column.RESOLUTION) == "Handed off"
        with sqlite_services.db.read() as session:
            task = session.scalars(select(InterneTaak)).one()
            assert task.gevraagde_handeling == "Terugbellen over vermissing"

    def test_empty_subject_highlights_field_and_keeps_input(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        form = window.person_screen.form
        qtbot.keyClicks(form.inhoud, "Klant vroeg naar openingstijden")
        first_uuid = form.contact_uuid
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.ERROR)
        assert form.banner.text() == "Fill in the subject (onderwerp) of the contact."
        assert form.onderwerp.property("invalid") is True
        assert form.onderwerp.hasFocus()
        assert form.inhoud.toPlainText() == "Klant vroeg naar openingstijden"
        assert form.contact_uuid == first_uuid
        assert _contacts(sqlite_services) == []

        # Typing in the field clears the mark; the retry is stored under the same UUID.
        qtbot.keyClicks(form.onderwerp, "Openingstijden")
        assert not form.onderwerp.property("invalid")
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.SUCCESS)
        assert [c.uuid for c in _contacts(sqlite_services)] == [first_uuid]

    def test_without_a_person_the_contact_is_anonymous(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        form = window.person_screen.form
        assert form.bsn is None
        assert "anonymously" in form.person.text()
        qtbot.keyClicks(form.onderwerp, "Openingstijden")
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.SUCCESS)
        with sqlite_services.db.read() as session:
            assert session.scalars(select(Betrokkene)).all() == []

    def test_closed_person_is_not_registered_for(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        _open(qtbot, window)
        screen = window.person_screen
        screen.overview.header.close_button.click()
        assert screen.open_bsn is None
        assert screen.form.bsn is None
        assert screen.stack.currentWidget() is screen.start_hint
        assert screen.overview.history.model.rowCount() == 0

    def test_hand_off_without_unit_marks_unit(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        form = window.person_screen.form
        qtbot.keyClicks(form.onderwerp, "Losse vraag")
        form.hand_off.click()
        qtbot.keyClicks(form.handeling, "Uitzoeken")
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.ERROR)
        assert form.unit.property("invalid") is True
        assert form.handeling.text() == "Uitzoeken"
        assert _contacts(sqlite_services) == []

    def test_database_failure_keeps_input_and_retry_is_idempotent(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        sqlite_services: Services,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        from app.registry.db import DatabaseUnavailableError

        real_register = sqlite_services.contacts.register
        calls: list[object] = []

        def register_then_lose_connection(principal: Principal, draft: object) -> object:
            calls.append(draft)
            real_register(principal, draft)  # type: ignore[arg-type]
            raise DatabaseUnavailableError("connection lost before the answer")

        monkeypatch.setattr(sqlite_services.contacts, "register", register_then_lose_connection)
        form = window.person_screen.form
        qtbot.keyClicks(form.onderwerp, "Afspraak maken")
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.ERROR)
        assert form.banner.text() == (
            "The database cannot be reached. Nothing was saved; your input is kept. Try again."
        )
        assert form.onderwerp.text() == "Afspraak maken"

        monkeypatch.setattr(sqlite_services.contacts, "register", real_register)
        qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.banner.kind == BannerKind.SUCCESS)
        stored = _contacts(sqlite_services)
        assert len(stored) == 1
        assert stored[0].uuid == calls[0].uuid  # type: ignore[attr-defined]
        assert stored[0].resolution == Resolution.FIRST_LINE


class TestKeyboard:
    def test_ctrl_1_and_ctrl_2_switch_views(self, qtbot: QtBot, window: CounterWindow) -> None:
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.modes.currentWidget() is window.tasks
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.modes.currentWidget() is window.person_screen

    def test_ctrl_f_goes_to_the_search_from_the_task_list(
        self, qtbot: QtBot, window: CounterWindow
    ) -> None:
        window.activateWindow()
        window.show_tasks()
        wait_for_ops(qtbot)
        qtbot.keyClick(window.tasks.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.modes.currentWidget() is window.person_screen
        qtbot.waitUntil(window.person_screen.search.bsn.hasFocus)

    def test_opening_a_person_puts_the_cursor_in_the_subject(
        self, qtbot: QtBot, window: CounterWindow
    ) -> None:
        window.activateWindow()
        _open(qtbot, window)
        qtbot.waitUntil(window.person_screen.form.onderwerp.hasFocus)


def test_window_fits_a_1366x768_screen(window: CounterWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 700  # 768 minus taskbar and title bar


def test_line_edits_have_accessible_or_labelled_names(window: CounterWindow) -> None:
    for edit in window.findChildren(QLineEdit):
        assert edit.accessibleName() or edit.objectName(), edit


#: Contexts whose widgets share a view (and so the Alt+letter mnemonics).
VIEWS = {
    "person screen": (
        "PersonSearch",
        "ContactForm",
        "PersonHeader",
        "PersonOverviewPanel",
        "PickList",
    ),
    "task list": ("TaskScreen",),
    "complete dialog": ("CompleteTaskDialog",),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_mnemonics_do_not_collide_per_view(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"stadspunt_{language}.ts").getroot()  # noqa: S314
    for view, contexts in VIEWS.items():
        letters: dict[str, str] = {}
        for context in root.iter("context"):
            if context.findtext("name") not in contexts:
                continue
            for message in context.iter("message"):
                text = message.findtext("translation") or ""
                match = re.search(r"&(\w)", text)
                if match:
                    letter = match.group(1).lower()
                    assert letter not in letters, (view, text, letters.get(letter))
                    letters[letter] = text


def test_counter_in_dutch(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> None:
    from app.ui import i18n

    assert i18n.set_language("nl")
    win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(win)
    win.show()
    form = win.person_screen.form
    qtbot.waitUntil(form.product.isEnabled)
    assert form.title() == "Contact registreren"
    assert form.kanaal.currentText() == "Balie"
    assert win.user_label.text() == "Anna (Medewerker)"
    assert win.modes.tabText(0) == "Persoon en contact  (Ctrl+1)"
    _open(qtbot, win)
    qtbot.keyClicks(form.onderwerp, "Vraag")
    # Ctrl+Enter also registers from inside the multi-line field.
    qtbot.keyClick(form.inhoud, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    history = win.person_screen.overview.history.model
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    assert form.banner.text() == "Contact geregistreerd."
    assert form.inhoud.toPlainText() == ""
    assert _cell(win, 0, Column.KANAAL) == "Balie"
    assert _cell(win, 0, Column.RESOLUTION) == "Eerstelijns beantwoord"
    assert _cell(win, 0, Column.WHEN) == "25-11-2026 10:30"
    assert win.person_screen.overview.tabs.tabText(0) == "Contacten (1)"


def test_counter_fits_a_laptop_in_dutch_with_the_theme(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    """Dutch labels run longer than the English source, and the theme pads every button."""
    from PySide6.QtWidgets import QApplication

    from app.ui import i18n
    from app.ui.theme import Variant, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    assert i18n.set_language("nl")
    apply_theme(app, Variant.COUNTER)
    try:
        win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
        qtbot.addWidget(win)
        win.show()
        assert win.minimumSizeHint().width() <= 1366
        assert win.minimumSizeHint().height() <= 740
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setStyle(style)
