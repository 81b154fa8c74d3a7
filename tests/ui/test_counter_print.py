"""The counter prints an uittreksel BRP, keeps what did not print, and checks a scanned one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter import unprinted
from app.counter.main_window import CounterWindow
from app.counter.uittreksel_dialog import UittrekselDialog
from app.counter.unprinted import PrintFailedDialog, UnprintedDialog
from app.counter.verify_dialog import VerifyDialog
from app.devices.printer import PaperOutError, SimulatedPrinter
from app.registry.models import AuditRecord
from app.services import Services
from app.services.auth import Principal
from app.services.documents.thermal import Sender
from app.services.printing import NoPrinterError, PrintService
from tests.conftest import make_user
from tests.services.pdf_tools import pdf_text
from tests.ui import people
from tests.ui.conftest import wait_for_ops

PURPOSE = "Aanvraag huurtoeslag"


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def printer() -> SimulatedPrinter:
    return SimulatedPrinter()


def _window(
    qtbot: QtBot, services: Services, principal: Principal, service: PrintService | None
) -> CounterWindow:
    win = CounterWindow(services, principal, services.settings, print_service=service)
    qtbot.addWidget(win)
    win.show()
    form = win.person_screen.form
    qtbot.waitUntil(lambda: form.product.isEnabled() and form.unit.count() > 1)
    return win


@pytest.fixture
def window(
    qtbot: QtBot, sqlite_services: Services, anna: Principal, printer: SimulatedPrinter
) -> CounterWindow:
    service = PrintService(
        printer, follow_jobs=True, timeout=2.0, interval=0.01, clock=sqlite_services.clock
    )
    return _window(qtbot, sqlite_services, anna, service)


def _open_dialog(qtbot: QtBot, win: CounterWindow) -> UittrekselDialog:
    people.open_person(qtbot, win.person_screen, people.SUZANNE)
    win.activateWindow()
    # From the subject field, where the cursor is after opening a person.
    form = win.person_screen.form
    qtbot.waitUntil(form.onderwerp.hasFocus)
    qtbot.keyClick(form.onderwerp, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = win.person_screen.uittreksel.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _issue(
    qtbot: QtBot, win: CounterWindow, *, purpose: str = PURPOSE, english: bool = False
) -> UittrekselDialog:
    dialog = _open_dialog(qtbot, win)
    qtbot.keyClicks(dialog.purpose, purpose)
    if english:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    return dialog


def _failed_dialog(qtbot: QtBot, win: CounterWindow) -> PrintFailedDialog:
    qtbot.waitUntil(lambda: win.person_screen.uittreksel.failed_dialog is not None)
    dialog = win.person_screen.uittreksel.failed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)


class TestIssueAndPrint:
    def test_the_button_needs_an_open_person(self, qtbot: QtBot, window: CounterWindow) -> None:
        button = window.person_screen.uittreksel_button
        assert not button.isEnabled()
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        assert window.person_screen.uittreksel.dialog is None
        assert window.statusBar().currentMessage() == (
            "Open a person first to issue an uittreksel BRP."
        )
        people.open_person(qtbot, window.person_screen, people.SUZANNE)
        assert button.isEnabled()
        assert button.isVisible()
        window.person_screen.on_close_requested()
        assert not button.isEnabled()

    def test_issued_and_printed_with_the_reference_in_the_status_bar(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        printer: SimulatedPrinter,
        sqlite_services: Services,
    ) -> None:
        dialog = _open_dialog(qtbot, window)
        assert dialog.person_label.text() == "For: Suzanne Marie Moulin, born 01/12/1985"
        assert dialog.purpose.currentText() == ""
        assert dialog.purpose.findText(PURPOSE) >= 0  # a suggestion
        qtbot.keyClicks(dialog.purpose, "Notaris")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(printer.jobs) == 1)
        wait_for_ops(qtbot)

        [job] = printer.jobs
        assert job.document is not None and job.document.startswith(b"%PDF")
        text = pdf_text(job.document)
        assert "Extract from the Personal Records Database" in text  # English, as chosen
        assert "Suzanne Marie Moulin" in text
        assert "Notaris" in text
        reference = job.title.removeprefix("Uittreksel BRP ")
        assert reference.startswith("UB-20261125-")
        assert reference in text
        assert window.statusBar().currentMessage() == f"Uittreksel {reference} printed."
        assert window.person_screen.uittreksel.dialog is None  # closed, and gone
        assert not window.unprinted_indicator.isVisible()
        assert window.printing.count() == 0
        with sqlite_services.db.read() as session:
            audit = session.scalars(
                select(AuditRecord).where(AuditRecord.action == "issue_uittreksel")
            ).all()
        assert [(a.purpose, a.detail) for a in audit] == [("Notaris", reference)]

    def test_the_purpose_is_required(
        self, qtbot: QtBot, window: CounterWindow, printer: SimulatedPrinter
    ) -> None:
        dialog = _issue(qtbot, window, purpose="   ")
        assert dialog.isVisible()
        assert window.person_screen.uittreksel.dialog is dialog
        assert dialog.banner.text() == "Fill in the purpose of the uittreksel."
        assert printer.jobs == []

    def test_enter_in_the_purpose_issues_and_escape_cannot_drop_it_halfway(
        self, qtbot: QtBot, window: CounterWindow, printer: SimulatedPrinter
    ) -> None:
        dialog = _open_dialog(qtbot, window)
        qtbot.keyClicks(dialog.purpose, "Werkgever")
        qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)
        # Issuing has started; Esc now must not lose the uittreksel on its way to the printer.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: len(printer.jobs) == 1)
        wait_for_ops(qtbot)
        assert window.person_screen.uittreksel.dialog is None
        assert window.printing.count() == 0
        assert "Werkgever" in pdf_text(printer.jobs[0].document or b"")

    def test_paper_out_then_print_again_once_the_paper_is_in(
        self, qtbot: QtBot, window: CounterWindow, printer: SimulatedPrinter
    ) -> None:
        printer.paper_out = True
        _issue(qtbot, window)
        failed = _failed_dialog(qtbot, window)
        assert failed.reason.text() == PaperOutError.message
        assert failed.heading.text().startswith("Uittreksel BRP UB-20261125-")
        assert [b.text() for b in (failed.reprint_button, failed.save_button)] == [
            "Print again",
            "Save as PDF…",
        ]
        indicator = window.unprinted_indicator
        assert indicator.isVisible()
        assert indicator.text() == "1 not printed"
        entry = failed.entry
        reference = entry.document.reference
        assert window.statusBar().currentMessage() == (
            f"Uittreksel {reference} was not printed; it has been kept."
        )

        _click(qtbot, failed.reprint_button)  # still no paper
        assert failed.isVisible()
        assert failed.banner.text() == "Still not printed."
        assert failed.entry.attempts == 2
        assert printer.jobs == []

        printer.paper_out = False
        _click(qtbot, failed.reprint_button)
        qtbot.waitUntil(lambda: window.person_screen.uittreksel.failed_dialog is None)
        assert [job.document for job in printer.jobs] == [entry.document.pdf]
        assert window.printing.count() == 0
        assert not indicator.isVisible()
        assert window.statusBar().currentMessage() == f"Uittreksel {reference} printed."

    def test_save_as_pdf_writes_the_same_bytes(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        printer: SimulatedPrinter,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        printer.jammed = True
        _issue(qtbot, window)
        failed = _failed_dialog(qtbot, window)
        entry = failed.entry
        pdf = entry.document.pdf
        assert pdf is not None
        target = tmp_path / "copy.pdf"
        asked: list[str] = []

        def answer(_parent: object, suggested: str) -> str:
            asked.append(suggested)
            return str(target)

        monkeypatch.setattr(unprinted, "ask_save_path", answer)
        _click(qtbot, failed.save_button)
        qtbot.waitUntil(lambda: window.person_screen.uittreksel.failed_dialog is None)
        assert asked == [f"{entry.document.reference}.pdf"]
        assert target.read_bytes() == pdf
        assert window.printing.count() == 0  # saved: handled
        assert window.statusBar().currentMessage() == "Saved as copy.pdf."

    def test_a_cancelled_save_changes_nothing(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        printer: SimulatedPrinter,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        printer.offline = True
        _issue(qtbot, window)
        failed = _failed_dialog(qtbot, window)
        monkeypatch.setattr(unprinted, "ask_save_path", lambda _parent, _name: "")
        _click(qtbot, failed.save_button)
        assert failed.isVisible()
        assert window.printing.count() == 1

    def test_no_printer_keeps_the_document_for_save_as_pdf(
        self, qtbot: QtBot, sqlite_services: Services, anna: Principal
    ) -> None:
        win = _window(qtbot, sqlite_services, anna, None)
        _issue(qtbot, win)
        failed = _failed_dialog(qtbot, win)
        assert failed.reason.text() == NoPrinterError.message
        assert failed.save_button.isEnabled()
        assert win.unprinted_indicator.text() == "1 not printed"


class TestUnprintedList:
    def _later(self, qtbot: QtBot, window: CounterWindow) -> UnprintedDialog:
        _issue(qtbot, window)
        failed = _failed_dialog(qtbot, window)
        qtbot.mouseClick(failed.later_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.person_screen.uittreksel.failed_dialog is None)
        indicator = window.unprinted_indicator
        assert indicator.text() == "1 not printed"
        qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
        dialog = indicator.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        return dialog

    def test_later_keeps_it_in_the_list_and_reprint_empties_it(
        self, qtbot: QtBot, window: CounterWindow, printer: SimulatedPrinter
    ) -> None:
        printer.paper_out = True
        dialog = self._later(qtbot, window)
        table = dialog.table
        assert table.rowCount() == 1
        cells = [table.item(0, column).text() for column in range(4)]  # type: ignore[union-attr]
        assert cells[0] == "Uittreksel BRP"
        assert cells[1].startswith("UB-20261125-")
        assert cells[2] == "10:30"  # the FakeClock's 09:30 UTC in Amsterdam
        assert cells[3] == PaperOutError.message
        assert dialog.reprint_button.isEnabled()

        _click(qtbot, dialog.reprint_button)
        assert dialog.banner.text() == PaperOutError.message
        assert table.rowCount() == 1

        printer.paper_out = False
        _click(qtbot, dialog.reprint_button)
        assert dialog.banner.text() == f"{cells[1]} printed."
        assert table.rowCount() == 0
        assert not table.isVisible()
        assert dialog.empty.isVisible()
        assert not dialog.reprint_button.isEnabled()
        assert len(printer.jobs) == 1
        assert not window.unprinted_indicator.isVisible()

    def test_save_from_the_list_writes_the_same_bytes(
        self,
        qtbot: QtBot,
        window: CounterWindow,
        printer: SimulatedPrinter,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        printer.paper_out = True
        dialog = self._later(qtbot, window)
        [entry] = window.printing.service.unprinted()
        target = tmp_path / "saved.pdf"
        monkeypatch.setattr(unprinted, "ask_save_path", lambda _parent, _name: str(target))
        _click(qtbot, dialog.save_button)
        assert target.read_bytes() == entry.document.pdf
        assert dialog.banner.text() == "Saved as saved.pdf."
        assert dialog.table.rowCount() == 0

    def test_discard_removes_it(
        self, qtbot: QtBot, window: CounterWindow, printer: SimulatedPrinter
    ) -> None:
        printer.paper_out = True
        dialog = self._later(qtbot, window)
        _click(qtbot, dialog.discard_button)
        assert dialog.table.rowCount() == 0
        assert window.printing.count() == 0
        assert not window.unprinted_indicator.isVisible()
        assert printer.jobs == []

    def test_logging_out_drops_the_kept_documents(
        self, qtbot: QtBot, window: CounterWindow, printer: SimulatedPrinter
    ) -> None:
        printer.paper_out = True
        _issue(qtbot, window)
        failed = _failed_dialog(qtbot, window)
        failed.reject()
        service = window.printing.service
        assert len(service.unprinted()) == 1
        window.close()
        assert service.unprinted() == []


class TestVerify:
    @pytest.fixture
    def payload(self, sqlite_services: Services, anna: Principal) -> str:
        person = next(p for p in people.household() if p.bsn == people.SUZANNE)
        issued = sqlite_services.documents.issue_uittreksel(
            anna,
            person,
            purpose=PURPOSE,
            sender=Sender.from_settings(sqlite_services.settings),
            language="nl",
        )
        return issued.payload

    def _dialog(self, qtbot: QtBot, window: CounterWindow) -> VerifyDialog:
        window.activateWindow()
        qtbot.keyClick(
            window,
            Qt.Key.Key_U,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = window.verify_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        return dialog

    def _scan(self, qtbot: QtBot, dialog: VerifyDialog, code: str) -> None:
        # A keyboard-wedge scanner types the code and presses Enter.
        qtbot.keyClicks(dialog.scan, code)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
        wait_for_ops(qtbot)

    def test_a_genuine_code_shows_green_with_its_data(
        self, qtbot: QtBot, window: CounterWindow, payload: str
    ) -> None:
        dialog = self._dialog(qtbot, window)
        self._scan(qtbot, dialog, payload)
        assert dialog.verdict.text() == "✔ Genuine and unchanged"
        assert "#0b5e2b" in dialog.verdict.styleSheet()  # SUCCESS green
        fields = {key: label.text() for key, label in dialog.fields.items()}
        assert fields["reference"].startswith("UB-20261125-")
        assert fields["name"] == "Suzanne Marie Moulin"
        assert fields["birth_date"] == "01/12/1985"
        assert fields["purpose"] == PURPOSE
        assert fields["issued_on"] == "Wednesday, 25 November 2026"
        assert fields["address"].startswith("Vredesplein 7")
        assert dialog.details.isVisible()
        assert dialog.scan.text() == ""  # ready for the next paper

    def test_a_changed_code_shows_red(
        self, qtbot: QtBot, window: CounterWindow, payload: str
    ) -> None:
        dialog = self._dialog(qtbot, window)
        self._scan(qtbot, dialog, payload)
        # One letter changed: the signature no longer fits.
        position = len(payload) // 2
        changed = "B" if payload[position] != "B" else "C"
        tampered = payload[:position] + changed + payload[position + 1 :]
        self._scan(qtbot, dialog, tampered)
        assert dialog.verdict.text() == "✘ Not genuine or changed"
        assert "#a4001d" in dialog.verdict.styleSheet()  # ERROR red
        assert "Do not accept the paper" in dialog.explanation.text()
        assert not dialog.details.isVisible()
        assert all(label.text() == "" for label in dialog.fields.values())
        assert dialog.check is not None and not dialog.check.genuine

    def test_garbage_is_not_genuine(
        self, qtbot: QtBot, window: CounterWindow, payload: str
    ) -> None:
        del payload  # the key exists: a real installation has signed before
        dialog = self._dialog(qtbot, window)
        self._scan(qtbot, dialog, "https://example.org/not-our-code")
        assert dialog.verdict.text() == "✘ Not genuine or changed"
        self._scan(qtbot, dialog, "")  # an empty Enter changes nothing
        assert dialog.verdict.text() == "✘ Not genuine or changed"

    @pytest.mark.qt_log_ignore("does not support raise")
    def test_the_status_bar_button_opens_the_same_dialog(
        self, qtbot: QtBot, window: CounterWindow
    ) -> None:
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
        first = window.verify_dialog
        assert first is not None and first.isVisible()
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
        assert window.verify_dialog is first
        assert QApplication.activeModalWidget() is None  # the counter stays usable
