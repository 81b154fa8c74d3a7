"""The counter, driven like a medewerker does: log in, look up a BSN, register, hand off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.history_model import Column
from app.counter.login import LoginDialog
from app.counter.main_window import CounterWindow
from app.registry.models import InterneTaak, Kanaal, Klantcontact, Resolution
from app.services import Services
from app.services.auth import Principal
from app.ui.banner import BannerKind
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops

BSN = "999993653"


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def window(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> CounterWindow:
    win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(win)
    win.show()
    # Products and units arrive in the background; the form is usable once they are in.
    qtbot.waitUntil(lambda: win.form.product.isEnabled() and win.form.unit.count() > 1)
    return win


def _cell(win: CounterWindow, row: int, column: Column) -> str:
    model = win.person.model
    return str(model.index(row, column).data())


def _look_up(qtbot: QtBot, win: CounterWindow, bsn: str) -> None:
    win.person.bsn.clear()
    qtbot.keyClicks(win.person.bsn, bsn)
    qtbot.keyClick(win.person.bsn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.person.loaded_bsn == bsn)


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

    def test_register_contact_appears_in_history(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        _look_up(qtbot, window, BSN)
        assert window.person.model.rowCount() == 0
        assert "no contacts registered yet" in window.person.caption.text()

        form = window.form
        form.kanaal.setCurrentIndex(form.kanaal.findData(Kanaal.TELEFOON))
        qtbot.keyClicks(form.onderwerp, "Vraag over paspoort")
        qtbot.keyClicks(form.inhoud, "Legitimatie meenemen")
        first_uuid = form.contact_uuid
        qtbot.keyClick(form.onderwerp, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        qtbot.waitUntil(lambda: window.person.model.rowCount() == 1)
        assert _cell(window, 0, Column.ONDERWERP) == "Vraag over paspoort"
        assert _cell(window, 0, Column.KANAAL) == "Telephone"
        assert _cell(window, 0, Column.RESOLUTION) == "Answered first-line"
        # FakeClock: 2026-11-25 09:30 UTC is 10:30 in Amsterdam.
        assert _cell(window, 0, Column.WHEN) == "25/11/2026 10:30"
        assert form.banner.text() == "Contact registered."
        assert form.onderwerp.text() == ""
        assert form.contact_uuid != first_uuid

        stored = _contacts(sqlite_services)
        assert [(c.uuid, c.kanaal, c.desk) for c in stored] == [
            (first_uuid, Kanaal.TELEFOON, "Balie 1")
        ]
        assert stored[0].inhoud == "Legitimatie meenemen"

    def test_hand_off_shows_deadline(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        _look_up(qtbot, window, BSN)
        form = window.form
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
        qtbot.waitUntil(lambda: window.person.model.rowCount() == 1)
        assert _cell(window, 0, Column.RESOLUTION) == "Handed off"
        assert _cell(window, 0, Column.TASK) == (
            "Backoffice Burgerzaken: deadline Wed 2 Dec 2026 (on time)"
        )
        with sqlite_services.db.read() as session:
            task = session.scalars(select(InterneTaak)).one()
            assert task.gevraagde_handeling == "Terugbellen over vermissing"

    def test_empty_subject_highlights_field_and_keeps_input(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        form = window.form
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

    def test_invalid_bsn_is_pointed_at(self, qtbot: QtBot, window: CounterWindow) -> None:
        qtbot.keyClicks(window.person.bsn, "123456789")
        qtbot.keyClick(window.person.bsn, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.person.banner.kind == BannerKind.ERROR)
        assert window.person.banner.text().startswith("This is not a valid BSN")
        assert window.person.bsn.property("invalid") is True
        assert window.person.model.rowCount() == 0

    def test_hand_off_without_unit_marks_unit(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services
    ) -> None:
        form = window.form
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
        form = window.form
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

    def test_editing_bsn_hides_previous_persons_history(
        self, qtbot: QtBot, window: CounterWindow, sqlite_services: Services, anna: Principal
    ) -> None:
        from app.services.contacts import ContactDraft

        sqlite_services.contacts.register(
            anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Eerder bezoek", bsn=BSN)
        )
        _look_up(qtbot, window, BSN)
        assert window.person.model.rowCount() == 1
        qtbot.keyClick(window.person.bsn, Qt.Key.Key_Backspace)
        assert window.person.model.rowCount() == 0
        assert window.person.loaded_bsn is None
        wait_for_ops(qtbot)


def test_line_edits_have_accessible_or_labelled_names(window: CounterWindow) -> None:
    for edit in window.findChildren(QLineEdit):
        assert edit.accessibleName() or edit.objectName(), edit


def test_counter_in_dutch(qtbot: QtBot, sqlite_services: Services, anna: Principal) -> None:
    from app.ui import i18n

    assert i18n.set_language("nl")
    win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.form.product.isEnabled)
    assert win.form.title() == "Contact registreren"
    assert win.form.kanaal.currentText() == "Balie"
    assert win.user_label.text() == "Anna (Medewerker)"
    _look_up(qtbot, win, BSN)
    qtbot.keyClicks(win.form.onderwerp, "Vraag")
    # Ctrl+Enter also registers from inside the multi-line field.
    qtbot.keyClick(win.form.inhoud, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.person.model.rowCount() == 1)
    assert win.form.banner.text() == "Contact geregistreerd."
    assert win.form.inhoud.toPlainText() == ""
    assert _cell(win, 0, Column.KANAAL) == "Balie"
    assert _cell(win, 0, Column.RESOLUTION) == "Eerstelijns beantwoord"
    assert _cell(win, 0, Column.WHEN) == "25-11-2026 10:30"
    assert win.person.caption.text() == "Historie van BSN 999993653: 1 contact"
