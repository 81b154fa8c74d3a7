"""End to end: the self-service uittreksel with real device stacks.

- the virtual eMRTD through pcscd and vsmartcard-vpcd (``VpcdBridge``), read by the PC/SC driver;
- the OPI driver against a ``TerminalSimulator`` over TCP (not the in-process factory);
- a CUPS printer on a cups-pdf queue, the PDFs read back from its output folder.

Runs when the stacks are there, like the device tests: ``STADSPUNT_TEST_PCSC=1``
(``eval "$(scripts/pcscd-test-server)"``) and a cups-pdf queue (``STADSPUNT_TEST_CUPS_QUEUE``,
``eval "$(scripts/cups-test-server)"``). Without them it skips; with the variables set, a stack
that does not work fails it.

The first test drives the whole kiosk as ``app.kiosk.app.build_kiosk`` wires it for a real
station (window, self-service view, device monitor), from the start screen back to it; the
second drives the self-service view alone. The window's other ways through a session (idle wipe,
help, paper out, a declined card) run with in-process devices in test_kiosk_window_flows.py.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import PrinterSettings, Settings
from app.devices.emrtd.device import PcscCardReader
from app.devices.emrtd.simulator import VirtualPassport, VpcdBridge
from app.devices.emrtd.simulator.document import build_test_document
from app.devices.emrtd.simulator.pki import make_test_pki
from app.devices.payment import OpiSettings, TerminalSimulator
from app.devices.printer import CupsPrinter
from app.kiosk.app import build_kiosk
from app.kiosk.devices import KioskDevices, create_kiosk_devices
from app.kiosk.flow import Step
from app.kiosk.selfservice import SelfServiceView
from app.kiosk.selfservice.flow import Phase, Purpose
from app.kiosk.style import kiosk_sheet
from app.registry.models import AuditRecord, Kanaal, Klantcontact, Onderwerpobject
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.registry.models_payment import PaymentState
from app.services import Services
from app.services.payment_mirror import PaymentMirror
from tests.devices.test_printer_cups import _cups_pdf_queue
from tests.services.gbav_documents import LUKAS
from tests.ui.conftest import wait_for_ops

READER = "Virtual PCD 00 00"
WAIT_MS = 60_000


def _require_pcsc() -> None:
    """Skip without pcscd; fail when the test command said it is there and it is not."""
    if not os.environ.get("STADSPUNT_TEST_PCSC"):
        pytest.skip('no pcscd for the card tests (eval "$(scripts/pcscd-test-server)")')
    try:
        import smartcard.System

        names = [str(reader) for reader in smartcard.System.readers()]
    except Exception as exc:  # pyscard raises its own and plain exceptions
        pytest.fail(f"STADSPUNT_TEST_PCSC is set, but PC/SC does not work: {exc!r}")
    if READER not in names:
        pytest.fail(f"STADSPUNT_TEST_PCSC is set, but PC/SC lists {names}, not {READER!r}")


@pytest.fixture
def terminal() -> Iterator[TerminalSimulator]:
    simulator = TerminalSimulator("127.0.0.1", 0).start()
    yield simulator
    simulator.stop()


@pytest.fixture
def kiosk_settings(
    sqlite_services: Services, terminal: TerminalSimulator, tmp_path: Path
) -> Settings:
    """A station as configured in the field: PC/SC reader, OPI terminal, CUPS printer."""
    _require_pcsc()
    queue = _cups_pdf_queue()
    settings = replace(
        sqlite_services.settings,
        devices={"card_reader": "pcsc", "payment_terminal": "opi", "printer": "cups"},
        card_reader=replace(
            sqlite_services.settings.card_reader, reader=READER, trust_store=tmp_path / "csca"
        ),
        payment=OpiSettings(
            host="127.0.0.1",
            port=terminal.port,
            device_host="127.0.0.1",
            device_port=0,
            connect_timeout=2.0,
            response_timeout=5.0,
            customer_timeout=10.0,
        ),
        printer=PrinterSettings(cups_queue=queue),
    )
    return settings


@pytest.fixture
def kiosk_devices(
    sqlite_services: Services, kiosk_settings: Settings, tmp_path: Path
) -> Iterator[tuple[KioskDevices, str]]:
    settings = kiosk_settings
    queue = settings.printer.cups_queue
    devices = create_kiosk_devices(
        settings, sqlite_services, mirror=PaymentMirror(tmp_path / "mirror.jsonl")
    )
    assert isinstance(devices.card_reader, PcscCardReader)
    assert isinstance(devices.printer, CupsPrinter)
    yield devices, queue
    devices.close()


def _new_pdfs(out_dir: Path, before: set[Path], count: int) -> list[Path]:
    deadline = time.monotonic() + 30
    new: set[Path] = set()
    while len(new) < count and time.monotonic() < deadline:
        new = (set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()) - before
        time.sleep(0.2)
    assert len(new) >= count, f"expected {count} new PDFs in {out_dir}, found {sorted(new)}"
    return sorted(new, key=lambda path: path.stat().st_mtime)


def _text(pdf: Path) -> str:
    # cups-pdf runs ghostscript, so it is there to read the page back.
    return subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite", "-sOutputFile=-", pdf],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def _wedge(qtbot: QtBot, window: QWidget, text: str) -> None:
    """A keyboard-wedge scanner: keystrokes into whatever has the focus in the kiosk window."""
    for char in text:
        target = QApplication.focusWidget() or window
        assert window.isAncestorOf(target) or target is window
        if char == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
        else:
            qtbot.keyClicks(target, char)  # type: ignore[no-untyped-call]


def test_the_kiosk_window_sells_an_uittreksel_through_pcscd_opi_and_cups(
    qtbot: QtBot,
    sqlite_services: Services,
    kiosk_settings: Settings,
    terminal: TerminalSimulator,
    tmp_path: Path,
) -> None:
    services, settings = sqlite_services, kiosk_settings
    pki = make_test_pki()
    pki.write_csca(settings.card_reader.trust_store)
    document = build_test_document(**LUKAS, pki=pki)
    out_dir = Path(os.environ.get("STADSPUNT_TEST_CUPS_PDF_DIR", Path.home() / "PDF"))
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    devices = create_kiosk_devices(
        settings, services, mirror=PaymentMirror(tmp_path / "mirror.jsonl")
    )
    try:
        window, monitor = build_kiosk(services, settings, devices)
        qtbot.addWidget(window)
        window.resize(1080, 1920)
        window.show()
        window.activateWindow()
        monitor.start()
        qtbot.waitUntil(lambda: window.principal is not None, timeout=WAIT_MS)
        # The real devices are checked before the product is offered.
        qtbot.waitUntil(lambda: monitor.health is not None, timeout=WAIT_MS)
        assert monitor.health is not None and monitor.health.can_self_serve(), monitor.health
        view = window.self_service
        assert isinstance(view, SelfServiceView)

        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=WAIT_MS)
        _click(qtbot, window.attract.start_button)
        assert window.stack.currentWidget() is window.language
        _click(qtbot, window.language.buttons["nl"])
        qtbot.waitUntil(lambda: "uittreksel-brp" in window.choice.product_buttons, timeout=WAIT_MS)
        _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
        assert window.stack.currentWidget() is view
        assert view.flow.phase is Phase.SCAN
        with VpcdBridge(VirtualPassport.from_document(document)) as bridge:
            _wedge(qtbot, window, document.mrz + "\n")
            qtbot.waitUntil(lambda: view.flow.phase is Phase.PLACE, timeout=WAIT_MS)
            bridge.insert()
            qtbot.waitUntil(lambda: view.flow.phase is Phase.CONFIRM, timeout=WAIT_MS)
        assert window.step_code() == "self.confirm"
        assert view.confirm.title.text().endswith("L. Klamer")
        _click(qtbot, view.confirm.purpose_buttons[Purpose.EMPLOYER])
        _click(qtbot, view.confirm.pay_button)
        qtbot.waitUntil(lambda: view.flow.phase is Phase.DONE, timeout=WAIT_MS)
        payment_uuid = view.flow.payment_uuid
        assert payment_uuid is not None
        _click(qtbot, view.done.done_button)
        assert window.flow.step is Step.THANKS
        _click(qtbot, window.message.primary_button)
        assert window.stack.currentWidget() is window.attract
        wait_for_ops(qtbot, timeout=WAIT_MS)
    finally:
        devices.close()

    kiosk = services.auth.kiosk_principal(settings.kiosk_id)
    payment = services.payments.get(kiosk, payment_uuid)
    [offer] = services.self_service.offers(kiosk, ["uittreksel-brp"])
    with services.db.read() as session:
        [row] = session.scalars(select(KioskSessionRow)).all()
        [contact] = session.scalars(
            select(Klantcontact).where(Klantcontact.kanaal == Kanaal.KIOSK)
        ).all()
        objects = session.scalars(
            select(Onderwerpobject.object_id).where(
                Onderwerpobject.klantcontact_uuid == contact.uuid
            )
        ).all()
    assert (row.task, row.outcome, row.last_step, row.product_code) == (
        "product",
        "completed",
        "self.done",
        "uittreksel-brp",
    )
    assert row.payment_uuid == payment_uuid and row.uuid == contact.uuid
    assert contact.onderwerp == "Uittreksel BRP via zuil"
    assert contact.indicatie_contact_gelukt is True and "uittreksel-brp" in objects
    assert payment.state is PaymentState.DELIVERED
    assert payment.klantcontact_uuid == contact.uuid
    assert payment.amount_cents == offer.fee_cents and payment.workstation_id == "KIOSK-01"
    [charged] = terminal.charged_payments()  # charged once
    assert charged.amount_cents == offer.fee_cents

    printed = _new_pdfs(out_dir, before, 2)
    try:
        texts = [_text(path) for path in printed]
        uittreksel = next(text for text in texts if "Basisregistratie Personen" in text)
        assert "Lukas Klamer" in uittreksel and "Werkgever" in uittreksel
        reference = next(word for word in uittreksel.split() if word.startswith("UB-"))
        with services.db.read() as session:
            issued = session.scalars(
                select(AuditRecord.detail).where(AuditRecord.action == "issue_uittreksel")
            ).all()
        assert issued == [reference]
        [receipt] = [text for text in texts if payment.reference in text]
        assert "Basisregistratie Personen" not in receipt and "Uittreksel BRP" in receipt
    finally:
        for path in printed:
            path.unlink()


def test_self_service_uittreksel_through_pcscd_opi_and_cups(
    qtbot: QtBot,
    sqlite_services: Services,
    kiosk_devices: tuple[KioskDevices, str],
    terminal: TerminalSimulator,
    tmp_path: Path,
) -> None:
    devices, _queue = kiosk_devices
    pki = make_test_pki()
    pki.write_csca(sqlite_services.settings.card_reader.trust_store)
    document = build_test_document(**LUKAS, pki=pki)
    kiosk = sqlite_services.auth.kiosk_principal("KIOSK-01")
    [offer] = sqlite_services.self_service.offers(kiosk, ["uittreksel-brp"])
    out_dir = Path(os.environ.get("STADSPUNT_TEST_CUPS_PDF_DIR", Path.home() / "PDF"))
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()

    view = SelfServiceView(sqlite_services, replace(sqlite_services.settings), devices)
    view.setStyleSheet(kiosk_sheet() + view.styleSheet())
    qtbot.addWidget(view)
    view.resize(1080, 1920)
    view.show()
    view.recover_payments(kiosk)
    wait_for_ops(qtbot, timeout=WAIT_MS)
    view.begin(kiosk, offer, "nl")
    with VpcdBridge(VirtualPassport.from_document(document)) as bridge:
        # The keyboard-wedge scanner types the MRZ lines.
        qtbot.keyClicks(view, document.mrz.replace("\n", "\r") + "\r")  # type: ignore[no-untyped-call]
        bridge.insert()
        qtbot.waitUntil(lambda: view.flow.phase is Phase.CONFIRM, timeout=WAIT_MS)
    assert view.confirm.title.text().endswith("L. Klamer")
    qtbot.mouseClick(view.confirm.purpose_buttons[Purpose.EMPLOYER], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.mouseClick(view.confirm.pay_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: view.flow.phase is Phase.DONE, timeout=WAIT_MS)
    payment_uuid = view.flow.payment_uuid
    assert payment_uuid is not None
    payment = sqlite_services.payments.get(kiosk, payment_uuid)
    assert payment.state is PaymentState.DELIVERED
    assert payment.workstation_id == "KIOSK-01" and payment.product_code == "uittreksel-brp"
    assert [entry.amount_cents for entry in terminal.charged_payments()] == [offer.fee_cents]
    printed = _new_pdfs(out_dir, before, 2)
    try:
        texts = [_text(path) for path in printed]
        uittreksel = next(text for text in texts if "Basisregistratie Personen" in text)
        assert "Lukas Klamer" in uittreksel
        assert "UB-" in uittreksel and "Werkgever" in uittreksel
        assert any(payment.reference in text for text in texts)  # the receipt
    finally:
        for path in printed:
            path.unlink()
    result = view.end()
    assert result is not None and result.completed
    wait_for_ops(qtbot, timeout=WAIT_MS)
