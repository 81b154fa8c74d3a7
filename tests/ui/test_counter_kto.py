"""The counter's KTO dialog: after a balie contact, the visitor taps a score (``[counter] kto``)."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import CounterSettings
from app.counter.contact_form import ContactForm
from app.counter.kto_dialog import KtoDialog
from app.registry.models import Kanaal
from app.registry.models_kto import KtoScore, KtoSource
from app.services import Services
from app.services.auth import Principal
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops


def _form(qtbot: QtBot, services: Services, *, kto: bool) -> ContactForm:
    principal = make_user(services, "anna", "medewerker")
    settings = replace(services.settings, desk="Balie 3", counter=CounterSettings(kto=kto))
    form = ContactForm(services, principal, settings)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.product.isEnabled() and form.unit.count() > 1)
    return form


def _register(qtbot: QtBot, form: ContactForm, kanaal: Kanaal = Kanaal.BALIE) -> UUID:
    form.kanaal.setCurrentIndex(form.kanaal.findData(kanaal))
    contact_uuid = form.contact_uuid
    qtbot.keyClicks(form.onderwerp, "Vraag over paspoort")  # type: ignore[no-untyped-call]
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    wait_for_ops(qtbot)
    assert form.onderwerp.text() == ""  # stored: the form is empty for the next contact
    return contact_uuid


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def _kto_dialogs() -> list[KtoDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, KtoDialog)]


def _scores(services: Services) -> list[KtoScore]:
    with services.db.read() as session:
        return list(session.scalars(select(KtoScore)))


def test_a_balie_contact_asks_the_visitor_and_a_tap_stores_the_score(
    qtbot: QtBot, services: Services
) -> None:
    form = _form(qtbot, services, kto=True)
    contact_uuid = _register(qtbot, form)
    dialog = form.kto_dialog
    assert isinstance(dialog, KtoDialog) and dialog.isVisible()
    assert dialog.contact_uuid == contact_uuid
    assert dialog.question.text() == "How satisfied are you with your visit?"
    assert [b.accessibleName() for b in dialog.buttons] == [
        "1: Very dissatisfied",
        "2: Dissatisfied",
        "3: Neutral",
        "4: Satisfied",
        "5: Very satisfied",
    ]
    assert all(b.height() >= 120 for b in dialog.buttons)

    _click(qtbot, dialog.buttons[4])
    assert not any(b.isEnabled() for b in dialog.buttons)  # no second answer while it stores
    dialog.on_score(1)
    wait_for_ops(qtbot)
    assert dialog.thanks.isVisible() and dialog.thanks.text() == "Thank you for your answer"
    assert dialog.stored is True
    [score] = _scores(services)
    assert (score.klantcontact_uuid, score.score, score.source, score.station) == (
        contact_uuid,
        5,
        KtoSource.COUNTER,
        "Balie 3",
    )
    # It thanks, then closes itself after two seconds.
    qtbot.waitUntil(lambda: form.kto_dialog is None, timeout=4000)


@pytest.mark.parametrize(("kto", "kanaal"), [(False, Kanaal.BALIE), (True, Kanaal.TELEFOON)])
def test_no_question_when_off_or_not_at_the_desk(
    qtbot: QtBot, sqlite_services: Services, kto: bool, kanaal: Kanaal
) -> None:
    form = _form(qtbot, sqlite_services, kto=kto)
    _register(qtbot, form, kanaal)
    assert form.kto_dialog is None
    assert not [w for w in _kto_dialogs() if w.isVisible()]
    assert _scores(sqlite_services) == []


def test_skip_closes_without_a_score(qtbot: QtBot, sqlite_services: Services) -> None:
    form = _form(qtbot, sqlite_services, kto=True)
    _register(qtbot, form)
    dialog = form.kto_dialog
    assert dialog is not None
    assert dialog.skip_button.text() == "Skip"
    _click(qtbot, dialog.skip_button)
    assert form.kto_dialog is None
    wait_for_ops(qtbot)
    assert _scores(sqlite_services) == []


def test_nobody_answers_and_the_dialog_closes_itself(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    form = _form(qtbot, sqlite_services, kto=True)
    contact_uuid = _register(qtbot, form)
    assert form.kto_dialog is not None
    form.kto_dialog.reject()
    dialog = KtoDialog(
        sqlite_services,
        make_user(sqlite_services, "bert", "medewerker"),
        contact_uuid,
        station="Balie 1",
        parent=form,
        timeout_ms=200,
    )
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.present()
    assert dialog.timeout_timer.isActive()
    qtbot.waitUntil(lambda: closed == [KtoDialog.DialogCode.Rejected], timeout=2000)
    assert _scores(sqlite_services) == []


def test_the_default_timers_are_a_minute_and_two_seconds(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    form = _form(qtbot, sqlite_services, kto=True)
    _register(qtbot, form)
    dialog = form.kto_dialog
    assert dialog is not None
    assert (dialog.timeout_timer.interval(), dialog.thanks_timer.interval()) == (60_000, 2_000)
    assert dialog.timeout_timer.isActive()
    dialog.reject()


def test_a_refused_score_is_shown_not_a_crash(qtbot: QtBot, sqlite_services: Services) -> None:
    form = _form(qtbot, sqlite_services, kto=True)
    _register(qtbot, form)
    dialog = form.kto_dialog
    assert dialog is not None
    sqlite_services.clock.advance(minutes=31)  # type: ignore[attr-defined]
    _click(qtbot, dialog.buttons[2])
    wait_for_ops(qtbot)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "A score can only be given right after a visit at the desk."
    assert dialog.skip_button.text() == "Close" and dialog.skip_button.isEnabled()
    assert not dialog.thanks.isVisible() and dialog.stored is False
    assert _scores(sqlite_services) == []
    _click(qtbot, dialog.skip_button)
    assert form.kto_dialog is None


def test_a_contact_that_already_has_a_score_keeps_it(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    form = _form(qtbot, sqlite_services, kto=True)
    contact_uuid = _register(qtbot, form)
    principal: Principal = make_user(sqlite_services, "bert", "medewerker")
    assert sqlite_services.kto.record(principal, contact_uuid, 2) is True
    dialog = form.kto_dialog
    assert dialog is not None
    _click(qtbot, dialog.buttons[4])
    wait_for_ops(qtbot)
    assert dialog.stored is False and dialog.thanks.isVisible()  # thanked all the same
    assert [s.score for s in _scores(sqlite_services)] == [2]
    dialog.reject()


def test_a_second_screen_gets_the_question_full_screen_and_the_desk_stays_usable(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(KtoDialog, "_visitor_screen", lambda _self: QGuiApplication.primaryScreen())
    form = _form(qtbot, sqlite_services, kto=True)
    _register(qtbot, form)
    dialog = form.kto_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowState() & Qt.WindowState.WindowFullScreen
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    dialog.reject()


def test_one_screen_means_no_visitor_screen(qtbot: QtBot, sqlite_services: Services) -> None:
    form = _form(qtbot, sqlite_services, kto=True)
    _register(qtbot, form)
    dialog = form.kto_dialog
    assert dialog is not None
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform: the dialog is modal
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert not dialog.windowState() & Qt.WindowState.WindowFullScreen
    dialog.reject()
