"""Read document (Ctrl+D): MRZ, chip over the simulated reader, verification, open the person.

The simulated reader runs the real reader code (BAC, secure messaging, passive authentication)
against a virtual chip; the demo row builds GBA-V test persons' documents under the demo PKI,
which the identity service trusts because the test settings have the simulated reader.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.counter.identify_dialog import IdentifyDialog
from app.counter.main_window import CounterWindow
from app.devices.emrtd.device import CardReader, SimulatedCardReader
from app.devices.emrtd.mrz import compose_td1, compose_td3, parse_mrz
from app.devices.emrtd.reader import ReadProgress
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import TestDocument
from app.services import Services
from app.services.auth import Principal
from app.services.demo_documents import DemoDocuments
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops

LUKAS = "999991723"
JAEL = "999992740"
GREEN = "✔ Genuine: chip checked"
ORANGE = "⚠ Chip read, authenticity not established"


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def reader() -> SimulatedCardReader:
    return SimulatedCardReader()


def _window(
    qtbot: QtBot, services: Services, principal: Principal, reader: CardReader | None
) -> CounterWindow:
    win = CounterWindow(services, principal, services.settings, card_reader=reader)
    qtbot.addWidget(win)
    win.show()
    form = win.person_screen.form
    qtbot.waitUntil(lambda: form.product.isEnabled() and form.unit.count() > 1)
    return win


@pytest.fixture
def window(
    qtbot: QtBot, sqlite_services: Services, anna: Principal, reader: SimulatedCardReader
) -> CounterWindow:
    return _window(qtbot, sqlite_services, anna, reader)


def _open(qtbot: QtBot, win: CounterWindow) -> IdentifyDialog:
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = win.identify_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _current(win: CounterWindow) -> IdentifyDialog | None:
    return win.identify_dialog


def _scan(qtbot: QtBot, edit: QPlainTextEdit, mrz: str) -> None:
    """As a keyboard-wedge scanner: each line typed, then Enter."""
    edit.setFocus()
    for line in mrz.splitlines():
        qtbot.keyClicks(edit, line)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _wait_identity(qtbot: QtBot, dialog: IdentifyDialog) -> None:
    qtbot.waitUntil(lambda: dialog.identity is not None, timeout=10_000)
    wait_for_ops(qtbot)


def _demo(qtbot: QtBot, dialog: IdentifyDialog, bsn: str, *, forged: bool = False) -> None:
    dialog.demo_person.setCurrentIndex(dialog.demo_person.findData(bsn))
    button = dialog.forged_button if forged else dialog.present_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _document(services: Services, who: Principal, bsn: str = LUKAS) -> TestDocument:
    return DemoDocuments(services.persons, clock=services.clock).document_for(who, bsn)


def test_lukas_read_verified_and_opened_with_his_face_in_the_header(
    qtbot: QtBot, window: CounterWindow
) -> None:
    dialog = _open(qtbot, window)
    assert dialog.demo_box is not None and dialog.demo_box.isVisible()
    seen: list[ReadProgress] = []
    dialog._relay.progressed.connect(seen.append)
    _demo(qtbot, dialog, LUKAS)
    _wait_identity(qtbot, dialog)

    assert dialog.badge.text() == GREEN
    assert not dialog.problem.isVisible()
    assert not dialog.face.pixmap().isNull()
    assert dialog.fields["name"].text() == "LUKAS KLAMER"
    assert dialog.fields["birth_date"].text() == "15/05/1995"
    assert dialog.fields["document"].text() == "Identity card IX34JH673 (NLD)"
    assert dialog.fields["expiry"].text() == "26/05/2032"
    assert dialog.fields["bsn"].text() == LUKAS
    assert parse_mrz(dialog.mrz_edit.toPlainText()).bsn == LUKAS  # typed in as a scan
    assert seen and seen[-1].files_done == seen[-1].files_total - 1  # progress came across
    assert dialog.progress.isHidden() and dialog.banner.isHidden()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    screen = window.person_screen
    qtbot.waitUntil(lambda: screen.open_bsn == LUKAS)
    wait_for_ops(qtbot)
    assert window.identify_dialog is None  # closed, and its identity with it
    header = screen.overview.header
    assert header.name.text() == "Lukas Klamer"
    assert header.has_face

    # Another person opened: the face belongs to Lukas and goes.
    screen.search.bsn.setText(JAEL)
    screen.search.on_return_pressed("bsn")
    qtbot.waitUntil(lambda: screen.open_bsn == JAEL)
    assert not header.has_face


def test_a_forged_chip_is_orange_with_the_hash_mismatch(
    qtbot: QtBot, window: CounterWindow
) -> None:
    dialog = _open(qtbot, window)
    _demo(qtbot, dialog, LUKAS, forged=True)
    _wait_identity(qtbot, dialog)
    assert dialog.badge.text() == ORANGE
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == (
        "Data group 1 on the chip has been changed after the document was issued. "
        "Do not accept the document; ask a colleague."
    )
    assert dialog.fields["name"].text() == "JOHANNES KLAMER"  # what the chip says

    # Genuine again: the same MRZ is read anew.
    _demo(qtbot, dialog, LUKAS)
    qtbot.waitUntil(lambda: dialog.badge.text() == GREEN, timeout=10_000)


def test_a_wrong_mrz_fails_bac_and_a_rescan_reads(
    qtbot: QtBot,
    window: CounterWindow,
    reader: SimulatedCardReader,
    sqlite_services: Services,
    anna: Principal,
) -> None:
    document = _document(sqlite_services, anna)
    reader.present(VirtualPassport.from_document(document))
    good = parse_mrz(document.mrz)
    wrong = compose_td1(
        issuing_state="NLD",
        surname=good.surname,
        given_names=good.given_names,
        document_number=good.document_number,
        nationality="NLD",
        birth_date=date(1995, 5, 16),  # one day off, check digits right: only the chip knows
        sex=good.sex,
        expiry_date=good.expiry_date,
        optional_data=LUKAS,
    )
    dialog = _open(qtbot, window)
    _scan(qtbot, dialog.mrz_edit, wrong)
    qtbot.waitUntil(
        lambda: dialog.banner.text().startswith("The MRZ does not match"), timeout=10_000
    )
    wait_for_ops(qtbot)
    assert dialog.banner.text() == "The MRZ does not match the chip: scan it again."
    assert dialog.result_box.isHidden() and dialog.identity is None
    assert dialog.mrz_edit.property("invalid") is True or dialog.mrz_edit.toolTip()

    _scan(qtbot, dialog.mrz_edit, document.mrz)  # the selected text is replaced by the scan
    _wait_identity(qtbot, dialog)
    assert dialog.badge.text() == GREEN
    assert dialog.banner.isHidden()


def test_a_document_taken_away_mid_read_is_waited_for_and_read(
    qtbot: QtBot,
    window: CounterWindow,
    reader: SimulatedCardReader,
    sqlite_services: Services,
    anna: Principal,
) -> None:
    document = _document(sqlite_services, anna)
    card = VirtualPassport.from_document(document)
    card.remove_after(8)
    reader.present(card)
    dialog = _open(qtbot, window)
    _scan(qtbot, dialog.mrz_edit, document.mrz)
    qtbot.waitUntil(
        lambda: dialog.banner.text() == "The document was taken away: put it back on the reader.",
        timeout=10_000,
    )
    assert dialog.result_box.isHidden()
    card.insert()
    _wait_identity(qtbot, dialog)
    assert dialog.badge.text() == GREEN


def test_without_a_reader_the_mrz_alone_is_verified_and_opens_the_person(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    window = _window(qtbot, sqlite_services, anna, None)
    dialog = _open(qtbot, window)
    assert dialog.demo_box is None
    document = _document(sqlite_services, anna)
    _scan(qtbot, dialog.mrz_edit, document.mrz)
    _wait_identity(qtbot, dialog)
    assert dialog.badge.text() == "MRZ only"
    assert dialog.face.text() == "No photo"
    assert dialog.problem.text().startswith("Nothing proves this document is genuine")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    screen = window.person_screen
    qtbot.waitUntil(lambda: screen.open_bsn == LUKAS)
    assert not screen.overview.header.has_face


def test_a_document_without_bsn_searches_by_name_and_birth_date(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    window = _window(qtbot, sqlite_services, anna, None)
    dialog = _open(qtbot, window)
    foreign = compose_td3(
        issuing_state="BEL",
        surname="Klamer",
        given_names="Lukas",
        document_number="EH123456",
        nationality="NLD",
        birth_date=date(1995, 5, 15),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    _scan(qtbot, dialog.mrz_edit, foreign)
    _wait_identity(qtbot, dialog)
    assert dialog.fields["bsn"].text() == "not on the document"
    assert dialog.open_button.text() == "Search person"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    search = window.person_screen.search
    assert (search.surname.text(), search.birth_date.text(), search.given_names.text()) == (
        "Klamer",
        "15-05-1995",
        "Lukas",
    )
    qtbot.waitUntil(lambda: window.person_screen.open_bsn == LUKAS)


def test_an_expired_document_shows_its_expiry_as_expired(
    qtbot: QtBot, sqlite_services: Services, anna: Principal
) -> None:
    window = _window(qtbot, sqlite_services, anna, None)
    dialog = _open(qtbot, window)
    good = parse_mrz(_document(sqlite_services, anna).mrz)
    expired = compose_td1(
        issuing_state="NLD",
        surname="Klamer",
        given_names="Lukas",
        document_number=good.document_number,
        nationality="NLD",
        birth_date=good.birth_date,
        sex="M",
        expiry_date=date(2022, 5, 26),
        optional_data=LUKAS,
    )
    _scan(qtbot, dialog.mrz_edit, expired)
    _wait_identity(qtbot, dialog)
    expiry = dialog.fields["expiry"]
    assert expiry.text() == "26/05/2022: expired"
    assert "color" in expiry.styleSheet()


def test_a_bad_mrz_names_the_field_and_nothing_is_read(
    qtbot: QtBot, window: CounterWindow, sqlite_services: Services, anna: Principal
) -> None:
    lines = _document(sqlite_services, anna).mrz.splitlines()
    digit = lines[1][6]
    lines[1] = lines[1][:6] + str((int(digit) + 1) % 10) + lines[1][7:]  # birth date check digit
    dialog = _open(qtbot, window)
    _scan(qtbot, dialog.mrz_edit, "\n".join(lines))
    assert dialog.banner.text() == "The check digit of the date of birth does not match."
    assert dialog.mrz_edit.toolTip() == dialog.banner.text()
    assert dialog.identity is None and dialog.result_box.isHidden()

    # A short line is only named when asked (Ctrl+Enter): a scanner is still typing.
    dialog.mrz_edit.setPlainText("\n".join([*lines[:2], lines[2][:-1]]))
    assert dialog.banner.isHidden()
    qtbot.keyClick(dialog.mrz_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.banner.text() == (
        "Line 3 of the machine-readable zone has 29 characters instead of 30."
    )


def test_closing_drops_the_identity_and_empties_the_reader(
    qtbot: QtBot, window: CounterWindow, reader: SimulatedCardReader
) -> None:
    dialog = _open(qtbot, window)
    _demo(qtbot, dialog, LUKAS)
    _wait_identity(qtbot, dialog)
    assert reader.card_present()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.identity is None
    assert dialog.mrz_edit.toPlainText() == ""
    assert dialog.face.pixmap().isNull()
    assert not reader.card_present()
    assert window.identify_dialog is None
    window.on_identify_requested()
    again = _current(window)
    assert again is not None and again is not dialog
    assert again.mrz_edit.toPlainText() == ""


def test_the_read_document_button_sits_next_to_the_search(
    qtbot: QtBot, window: CounterWindow
) -> None:
    button = window.person_screen.search.read_document_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.identify_dialog is not None and window.identify_dialog.isVisible()
