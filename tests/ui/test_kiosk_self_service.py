"""SelfServiceView alone: the uittreksel BRP from document to print with simulated devices.

The reader is the demo's simulated reader (the real BAC/secure messaging/passive
authentication code in-process), the terminal the OPI simulator over loopback with the real
driver, the printer the simulator; the journal and the registry are the test database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.errors import CardRemovedError
from app.devices.emrtd.reader import ProgressCallback as ReadProgressCallback
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.payment import OpiSettings, Scenario
from app.devices.payment.factory import SimulatedTerminal, start_simulated_terminal
from app.devices.printer import SimulatedPrinter
from app.kiosk.devices import KioskDevices, TerminalDisplay
from app.kiosk.selfservice import SelfServiceResult, SelfServiceView
from app.kiosk.selfservice.flow import Phase, Problem, Purpose
from app.kiosk.style import kiosk_sheet
from app.registry.models import AuditRecord
from app.registry.models_payment import PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout
from app.services.demo_documents import DemoDocuments
from app.services.documents.thermal import Sender
from app.services.payment_mirror import PaymentMirror
from app.services.payments import PaymentNotFoundError
from app.services.self_service import SelfServiceOffer
from tests.conftest import make_user
from tests.services.pdf_tools import pdf_text
from tests.ui.conftest import wait_for_ops

LUKAS = "999991723"
FAST = OpiSettings(connect_timeout=1.0, response_timeout=1.0, customer_timeout=3.0)
WAIT_MS = 15_000
_LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def kiosk(sqlite_services: Services) -> Principal:
    return sqlite_services.auth.kiosk_principal("KIOSK-01")


@pytest.fixture
def devices(sqlite_services: Services, tmp_path: Path) -> Iterator[KioskDevices]:
    display = TerminalDisplay()
    terminal = start_simulated_terminal(FAST, listener=display)
    checkout = Checkout(
        sqlite_services.payments,
        terminal,
        "KIOSK-01",
        mirror=PaymentMirror(tmp_path / "mirror.jsonl"),
    )
    found = KioskDevices(
        card_reader=SimulatedCardReader(),
        checkout=checkout,
        terminal=terminal,
        printer=SimulatedPrinter(),
        sender=Sender("Gemeente Test"),
        display=display,
    )
    yield found
    found.close()


@pytest.fixture
def view(
    qtbot: QtBot, sqlite_services: Services, devices: KioskDevices
) -> Iterator[SelfServiceView]:
    settings = replace(sqlite_services.settings, language="en")
    widget = SelfServiceView(sqlite_services, settings, devices)
    widget.setStyleSheet(kiosk_sheet() + widget.styleSheet())
    qtbot.addWidget(widget)
    widget.resize(1080, 1920)
    widget.show()
    yield widget
    widget.end()
    wait_for_ops(qtbot, timeout=WAIT_MS)


def _offer(services: Services, kiosk: Principal) -> SelfServiceOffer:
    [offer] = services.self_service.offers(kiosk, ["uittreksel-brp"])
    return offer


def _simulator(devices: KioskDevices) -> SimulatedTerminal:
    assert isinstance(devices.terminal, SimulatedTerminal)
    return devices.terminal


def _printer(devices: KioskDevices) -> SimulatedPrinter:
    assert isinstance(devices.printer, SimulatedPrinter)
    return devices.printer


def _wait_phase(qtbot: QtBot, view: SelfServiceView, phase: Phase) -> None:
    qtbot.waitUntil(lambda: view.flow.phase is phase, timeout=WAIT_MS)


def _to_confirm(
    qtbot: QtBot, view: SelfServiceView, services: Services, kiosk: Principal
) -> SelfServiceOffer:
    offer = _offer(services, kiosk)
    view.begin(kiosk, offer, "en")
    assert view.flow.phase is Phase.SCAN
    qtbot.mouseClick(view.document.demo_button, _LEFT)
    _wait_phase(qtbot, view, Phase.CONFIRM)
    return offer


def _pay(qtbot: QtBot, view: SelfServiceView, purpose: Purpose = Purpose.EMPLOYER) -> None:
    assert not view.confirm.pay_button.isEnabled()  # a purpose first
    qtbot.mouseClick(view.confirm.purpose_buttons[purpose], _LEFT)
    assert view.confirm.pay_button.isEnabled()
    qtbot.mouseClick(view.confirm.pay_button, _LEFT)


def _payment_state(services: Services, kiosk: Principal, view: SelfServiceView) -> PaymentState:
    assert view.flow.payment_uuid is not None
    return services.payments.get(kiosk, view.flow.payment_uuid).state


def test_happy_path_prints_the_uittreksel_and_the_receipt(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    steps: list[str] = []
    view.step_changed.connect(steps.append)
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    assert view.confirm.title.text() == "Uittreksel BRP for L. Klamer"
    _pay(qtbot, view)
    _wait_phase(qtbot, view, Phase.DONE)
    assert view.done.title.text() == "Take your uittreksel and receipt"
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.DELIVERED
    document, receipt = _printer(devices).jobs
    assert document.document is not None and receipt.document is not None
    text = pdf_text(document.document)
    assert "Lukas Klamer" in text
    with sqlite_services.db.read() as session:
        [issued] = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "issue_uittreksel")
        ).all()
    assert issued.detail in text  # the reference
    assert issued.purpose == "Employer"
    receipt_text = pdf_text(receipt.document)
    assert "Uittreksel BRP" in receipt_text
    assert "17,20" in receipt_text or "€" in receipt_text
    assert [e.kind for e in _simulator(devices).simulator.charged_payments()] == ["payment"]
    assert steps == [
        "self.document",
        "self.reading",
        "self.confirm",
        "self.paying",
        "self.printing",
        "self.done",
    ]
    assert view.flow.document is None and view.flow.identity is None  # printed: dropped
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(view.done.done_button, _LEFT)
    [result] = finished.args
    assert isinstance(result, SelfServiceResult)
    assert result.completed and result.last_step == "self.done"
    assert result.payment_uuid is not None and result.partij_uuid is not None


def test_a_declined_card_can_try_again_with_a_new_payment(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    simulator = _simulator(devices).simulator
    simulator.scenario = Scenario.DECLINE
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    _pay(qtbot, view)
    _wait_phase(qtbot, view, Phase.PROBLEM)
    assert view.flow.problem is Problem.DECLINED
    assert view.problem.title.text() == "Payment not completed"
    declined = view.flow.payment_uuid
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.DECLINED
    assert _printer(devices).jobs == []
    simulator.scenario = Scenario.APPROVE
    qtbot.mouseClick(view.problem.primary_button, _LEFT)
    assert view.flow.phase is Phase.CONFIRM
    qtbot.mouseClick(view.confirm.pay_button, _LEFT)
    _wait_phase(qtbot, view, Phase.DONE)
    assert view.flow.payment_uuid != declined
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.DELIVERED


def test_paper_out_mid_flow_then_a_reprint(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    printer = _printer(devices)
    printer.paper_out = True
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    with qtbot.waitSignal(view.help_needed, timeout=WAIT_MS) as help_needed:
        _pay(qtbot, view)
    assert help_needed.args == ["print_failed"]
    _wait_phase(qtbot, view, Phase.PROBLEM)
    assert view.flow.problem is Problem.PRINT_FAILED
    assert view.holds_session()  # paid, not printed: no idle timeout now
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.APPROVED
    assert view.problem.primary_button.text() == "Print again"
    assert view.problem.secondary_button.text() == "Money back"
    printer.paper_out = False
    qtbot.mouseClick(view.problem.primary_button, _LEFT)
    _wait_phase(qtbot, view, Phase.DONE)
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.DELIVERED
    assert len(printer.jobs) == 2
    with sqlite_services.db.read() as session:
        issued = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "issue_uittreksel")
        ).all()
    assert len(issued) == 1  # one uittreksel, printed on the second try
    assert not view.holds_session()


def test_paper_out_then_money_back(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    _printer(devices).paper_out = True
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    _pay(qtbot, view)
    _wait_phase(qtbot, view, Phase.PROBLEM)
    assert view.flow.problem is Problem.PRINT_FAILED
    qtbot.mouseClick(view.problem.secondary_button, _LEFT)
    qtbot.waitUntil(lambda: view.flow.problem is Problem.REVERSED, timeout=WAIT_MS)
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.REVERSED
    assert _simulator(devices).simulator.balance_cents() == 0
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(view.problem.primary_button, _LEFT)  # Done
    [result] = finished.args
    assert not result.completed


def test_a_forged_document_is_refused_without_payment(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    staff = make_user(sqlite_services, "anna", "medewerker")
    forged = DemoDocuments(sqlite_services.persons, clock=sqlite_services.clock)
    document = forged.tampered_document_for(staff, LUKAS)
    view.begin(kiosk, _offer(sqlite_services, kiosk), "en")
    reader = devices.card_reader
    assert isinstance(reader, SimulatedCardReader)
    reader.present(VirtualPassport.from_document(document))
    qtbot.keyClicks(view, document.mrz.replace("\n", "\r") + "\r")
    _wait_phase(qtbot, view, Phase.PROBLEM)
    assert view.flow.problem is Problem.NOT_ACCEPTED
    assert view.problem.title.text() == "We cannot help you at this kiosk"
    assert view.flow.payment_uuid is None
    with sqlite_services.db.read() as session:
        assert session.scalars(select(AuditRecord.action)).all().count("identify_person") == 0
    assert sqlite_services.payments.unsettled(kiosk, "KIOSK-01") == []


def test_end_wipes_everything_personal(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
) -> None:
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    qtbot.mouseClick(view.confirm.purpose_buttons[Purpose.NOTARY], _LEFT)
    assert "Klamer" in view.confirm.title.text()
    result = view.end()
    assert result is not None
    assert not result.completed and result.last_step == "self.confirm"
    assert result.payment_uuid is None and result.partij_uuid is not None
    flow = view.flow
    assert (flow.mrz, flow.identity, flow.holder, flow.document, flow.offer) == (
        None,
        None,
        None,
        None,
        None,
    )
    shown = [label.text() for label in view.findChildren(QLabel)]
    shown += [button.text() for button in view.findChildren(QAbstractButton)]
    assert not [text for text in shown if "Klamer" in text or "KLAMER" in text]
    assert not view.holds_session()
    assert view.end() is None  # nothing begun any more


def test_end_after_payment_reverses_it(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    _printer(devices).paper_out = True
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    _pay(qtbot, view)
    _wait_phase(qtbot, view, Phase.PROBLEM)
    payment_uuid = view.flow.payment_uuid
    assert payment_uuid is not None
    result = view.end()  # the host cancels the session
    assert result is not None and result.payment_uuid == payment_uuid
    wait_for_ops(qtbot, timeout=WAIT_MS)
    assert sqlite_services.payments.get(kiosk, payment_uuid).state is PaymentState.REVERSED
    assert _simulator(devices).simulator.balance_cents() == 0


class _SlipperyReader(SimulatedCardReader):
    """The visitor pulls the document away during the first read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def read(self, mrz_information: str, progress: ReadProgressCallback | None = None) -> Any:
        self.reads += 1
        if self.reads == 1:
            raise CardRemovedError("pulled away")
        return super().read(mrz_information, progress)


def test_a_document_taken_away_mid_read_is_asked_back_and_read_again(
    qtbot: QtBot,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    slippery = _SlipperyReader()
    view = SelfServiceView(
        sqlite_services, sqlite_services.settings, replace(devices, card_reader=slippery)
    )
    qtbot.addWidget(view)
    notes: list[str] = []
    view.step_changed.connect(lambda _step: notes.append(view.document.note.text()))
    view.begin(kiosk, _offer(sqlite_services, kiosk), "en")
    qtbot.mouseClick(view.document.demo_button, _LEFT)
    qtbot.waitUntil(lambda: slippery.reads == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.flow.card_removed or slippery.reads > 1, timeout=WAIT_MS)
    _wait_phase(qtbot, view, Phase.CONFIRM)
    assert slippery.reads == 2
    assert "Leave your document on the reader: it was taken away too soon." in notes
    view.end()


def test_a_payment_without_an_answer_calls_for_help(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    _simulator(devices).simulator.scenario = Scenario.DROP_AFTER_APPROVE
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    with qtbot.waitSignal(view.help_needed, timeout=WAIT_MS) as help_needed:
        _pay(qtbot, view)
    assert help_needed.args == ["payment_problem"]
    _wait_phase(qtbot, view, Phase.PROBLEM)
    assert view.flow.problem is Problem.PAYMENT_UNKNOWN
    assert _printer(devices).jobs == []
    assert _payment_state(sqlite_services, kiosk, view) is PaymentState.UNKNOWN


def test_end_while_paying_aborts_the_payment_on_the_terminal(
    qtbot: QtBot,
    view: SelfServiceView,
    sqlite_services: Services,
    kiosk: Principal,
    devices: KioskDevices,
) -> None:
    simulator = _simulator(devices).simulator
    simulator.scenario = Scenario.NEVER_PRESENT
    _to_confirm(qtbot, view, sqlite_services, kiosk)
    _pay(qtbot, view)
    assert view.flow.phase is Phase.PAYING and view.holds_session()
    payment_uuid = view.flow.payment_uuid
    assert payment_uuid is not None

    def sent() -> bool:
        try:
            return sqlite_services.payments.get(kiosk, payment_uuid).state is PaymentState.SENT
        except PaymentNotFoundError:
            return False

    qtbot.waitUntil(sent, timeout=WAIT_MS)
    result = view.end()  # the host cancels the session
    assert result is not None and not result.completed and result.last_step == "self.paying"
    wait_for_ops(qtbot, timeout=WAIT_MS)
    assert sqlite_services.payments.get(kiosk, payment_uuid).state is PaymentState.ABORTED
    assert simulator.balance_cents() == 0
