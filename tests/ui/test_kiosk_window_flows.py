"""The real kiosk window with the real self-service view, on in-process devices.

What test_kiosk_e2e.py does through pcscd, OPI over TCP and CUPS needs those stacks; these tests
take the session's other ways (idle wipe, help, paper out, a declined card) with the demo's
simulated reader, the OPI simulator on loopback with the real driver, and the simulated printer,
so they always run. The window is built by ``build_kiosk`` as the kiosk process builds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import KioskSettings
from app.devices.emrtd.device import SimulatedCardReader
from app.devices.payment import OpiSettings, Scenario, TerminalSimulator
from app.devices.payment.factory import SimulatedTerminal, start_simulated_terminal
from app.devices.printer import SimulatedPrinter
from app.kiosk.app import build_kiosk
from app.kiosk.devices import KioskDevices, TerminalDisplay
from app.kiosk.flow import Step
from app.kiosk.message import HelpState, MessageKind
from app.kiosk.selfservice import SelfServiceView
from app.kiosk.selfservice.flow import Phase, Problem, Purpose
from app.kiosk.window import KioskWindow
from app.registry.models import Kanaal, Klantcontact
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.registry.models_payment import PaymentState
from app.services import Services
from app.services.checkout import Checkout
from app.services.documents.thermal import Sender
from app.services.payment_mirror import PaymentMirror
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops

FAST = OpiSettings(connect_timeout=1.0, response_timeout=1.0, customer_timeout=3.0)
WAIT_MS = 15_000
#: What the demo person's document would leave behind: name, BSN, document number, birth date.
PERSONAL = ("Klamer", "KLAMER", "Lukas", "LUKAS", "999991723", "IX34JH673", "950515")


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


def _window(
    qtbot: QtBot,
    services: Services,
    devices: KioskDevices,
    *,
    idle_warning: int = 45,
    idle_timeout: int = 60,
) -> KioskWindow:
    settings = replace(
        services.settings,
        kiosk_id="KIOSK-01",
        language="en",
        kiosk=replace(
            services.settings.kiosk,
            idle_warning=idle_warning,
            idle_timeout=idle_timeout,
            heartbeat=3600,
        ),
    )
    assert isinstance(settings.kiosk, KioskSettings)
    window, monitor = build_kiosk(services, settings, devices)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    monitor.start()
    qtbot.waitUntil(lambda: window.principal is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: monitor.health is not None, timeout=WAIT_MS)
    wait_for_ops(qtbot, timeout=WAIT_MS)
    return window


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def _view(window: KioskWindow) -> SelfServiceView:
    view = window.self_service
    assert isinstance(view, SelfServiceView)
    return view


def _to_confirm(qtbot: QtBot, window: KioskWindow) -> SelfServiceView:
    view = _view(window)
    _click(qtbot, window.attract.start_button)
    _click(qtbot, window.language.buttons["en"])
    qtbot.waitUntil(lambda: "uittreksel-brp" in window.choice.product_buttons, timeout=WAIT_MS)
    _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
    assert window.stack.currentWidget() is view and view.flow.phase is Phase.SCAN
    _click(qtbot, view.document.demo_button)  # Lukas Klamer, the first demo person
    qtbot.waitUntil(lambda: view.flow.phase is Phase.CONFIRM, timeout=WAIT_MS)
    assert view.confirm.title.text() == "Uittreksel BRP for L. Klamer"
    return view


def _pay(qtbot: QtBot, view: SelfServiceView) -> None:
    _click(qtbot, view.confirm.purpose_buttons[Purpose.EMPLOYER])
    _click(qtbot, view.confirm.pay_button)


def _simulator(devices: KioskDevices) -> TerminalSimulator:
    assert isinstance(devices.terminal, SimulatedTerminal)
    return devices.terminal.simulator


def _printer(devices: KioskDevices) -> SimulatedPrinter:
    assert isinstance(devices.printer, SimulatedPrinter)
    return devices.printer


def _all_texts(window: KioskWindow) -> str:
    """Every text the window's widgets hold, shown or hidden."""
    texts: list[str] = [window.windowTitle()]
    for child in [window, *window.findChildren(QWidget)]:
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
    return "\n".join(texts)


def _counts(texts: str) -> dict[str, int]:
    return {word: texts.count(word) for word in PERSONAL}


def _pixmaps(window: KioskWindow) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if not label.pixmap().isNull()]


def _rows(services: Services) -> list[KioskSessionRow]:
    with services.db.read() as session:
        return list(session.scalars(select(KioskSessionRow)))


def _contact(services: Services, uuid: UUID) -> Klantcontact:
    with services.db.read() as session:
        contact = session.get(Klantcontact, uuid)
        assert contact is not None and contact.kanaal is Kanaal.KIOSK
        return contact


def _back_to_start(qtbot: QtBot, window: KioskWindow) -> None:
    assert window.flow.step is Step.THANKS
    _click(qtbot, window.message.primary_button)
    assert window.stack.currentWidget() is window.attract
    wait_for_ops(qtbot, timeout=WAIT_MS)


def test_idle_timeout_at_confirm_wipes_everything_personal(
    qtbot: QtBot, sqlite_services: Services, devices: KioskDevices
) -> None:
    window = _window(qtbot, sqlite_services, devices, idle_warning=1, idle_timeout=2)
    pixmaps_before = len(_pixmaps(window))
    before = _all_texts(window)
    view = _to_confirm(qtbot, window)
    shown = _all_texts(window)
    assert _counts(shown)["Klamer"] > _counts(before)["Klamer"]  # the check below can fail

    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=WAIT_MS)
    wait_for_ops(qtbot, timeout=WAIT_MS)

    # The same as before the visitor came: the demo picker lists its fictional test persons
    # on every session, nothing else may name anyone.
    left = _all_texts(window)
    assert {word: left.count(word) for word in PERSONAL} == _counts(before)
    flow = view.flow
    assert (flow.mrz, flow.identity, flow.holder, flow.document, flow.offer, flow.payment) == (
        None,
        None,
        None,
        None,
        None,
        None,
    )
    assert [word for word in PERSONAL if word in repr(vars(flow))] == []
    assert len(_pixmaps(window)) == pixmaps_before  # no face or document image stays
    reader = devices.card_reader
    assert isinstance(reader, SimulatedCardReader) and not reader.card_present()
    assert window.session is None and window.flow.session_uuid is None
    [row] = _rows(sqlite_services)
    assert (row.task, row.outcome, row.last_step, row.product_code) == (
        "product",
        "timed_out",
        "self.confirm",
        "uittreksel-brp",
    )
    assert row.payment_uuid is None
    assert _contact(sqlite_services, row.uuid).indicatie_contact_gelukt is False


def test_help_at_confirm_reaches_the_host_view(
    qtbot: QtBot, sqlite_services: Services, devices: KioskDevices
) -> None:
    window = _window(qtbot, sqlite_services, devices)
    view = _to_confirm(qtbot, window)
    sqlite_services.clock.advance(seconds=35)  # type: ignore[attr-defined]
    _click(qtbot, window.header.help_button)
    assert window.message.kind == MessageKind.HELP
    qtbot.waitUntil(lambda: window.message.help_state == HelpState.SENT, timeout=WAIT_MS)

    gina = make_user(sqlite_services, "gina", "host")
    [request] = sqlite_services.kiosk_hall.help_requests(gina)
    assert (request.kiosk_id, request.step, request.reason) == (
        "KIOSK-01",
        "self.confirm",
        "visitor",
    )
    assert request.waited_seconds == 35 and request.open
    sqlite_services.kiosk_hall.acknowledge(gina, request.uuid)
    window.on_heartbeat()
    qtbot.waitUntil(lambda: window.message.help_state == HelpState.COMING, timeout=WAIT_MS)
    assert window.message.body.text().startswith("Gina is coming to you")
    # Back to where the visitor was, with the choice still there.
    _click(qtbot, window.message.primary_button)
    assert window.stack.currentWidget() is view and view.flow.phase is Phase.CONFIRM
    _click(qtbot, view.confirm.stop_button)
    _back_to_start(qtbot, window)
    [row] = _rows(sqlite_services)
    assert row.help_requested is True and row.outcome == "abandoned"


@pytest.mark.parametrize("refill", [True, False], ids=["reprint", "money-back"])
def test_printer_out_of_paper_after_payment(
    qtbot: QtBot, sqlite_services: Services, devices: KioskDevices, refill: bool
) -> None:
    window = _window(qtbot, sqlite_services, devices)
    printer, simulator = _printer(devices), _simulator(devices)
    view = _to_confirm(qtbot, window)
    printer.paper_out = True
    _pay(qtbot, view)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.PROBLEM, timeout=WAIT_MS)
    assert view.flow.problem is Problem.PRINT_FAILED
    wait_for_ops(qtbot, timeout=WAIT_MS)
    kiosk = window.principal
    assert kiosk is not None
    payment_uuid = view.flow.payment_uuid
    assert payment_uuid is not None
    assert sqlite_services.payments.get(kiosk, payment_uuid).state is PaymentState.APPROVED
    gina = make_user(sqlite_services, "gina", "host")
    [request] = sqlite_services.kiosk_hall.help_requests(gina)
    assert (request.step, request.reason) == ("self.printing", "print_failed")
    # Money taken, nothing printed: the window must not time the visitor out now.
    assert view.holds_session()
    window.on_idle_timeout()
    assert window.stack.currentWidget() is view

    if refill:
        printer.paper_out = False
        _click(qtbot, view.problem.primary_button)  # Print again
        qtbot.waitUntil(lambda: view.flow.phase is Phase.DONE, timeout=WAIT_MS)
        assert len(printer.jobs) == 2  # the uittreksel and the receipt
        _click(qtbot, view.done.done_button)
    else:
        _click(qtbot, view.problem.secondary_button)  # Money back
        qtbot.waitUntil(lambda: view.flow.problem is Problem.REVERSED, timeout=WAIT_MS)
        _click(qtbot, view.problem.primary_button)
    _back_to_start(qtbot, window)

    payment = sqlite_services.payments.get(kiosk, payment_uuid)
    [row] = _rows(sqlite_services)
    contact = _contact(sqlite_services, row.uuid)
    assert row.payment_uuid == payment_uuid and payment.klantcontact_uuid == contact.uuid
    assert row.help_requested is True
    if refill:
        assert payment.state is PaymentState.DELIVERED
        assert [e.amount_cents for e in simulator.charged_payments()] == [payment.amount_cents]
        assert (row.outcome, row.last_step) == ("completed", "self.done")
        assert contact.indicatie_contact_gelukt is True
    else:
        assert payment.state is PaymentState.REVERSED
        assert simulator.charged_payments() == [] and simulator.balance_cents() == 0
        assert printer.jobs == []
        # The furthest step reached: the money went back from the problem screen.
        assert row.outcome == "abandoned" and row.last_step == "self.printing"
        assert contact.indicatie_contact_gelukt is False


@pytest.mark.parametrize("retry", [True, False], ids=["retry-approved", "stop"])
def test_a_declined_card(
    qtbot: QtBot, sqlite_services: Services, devices: KioskDevices, retry: bool
) -> None:
    window = _window(qtbot, sqlite_services, devices)
    simulator, printer = _simulator(devices), _printer(devices)
    simulator.scenario = Scenario.DECLINE
    view = _to_confirm(qtbot, window)
    _pay(qtbot, view)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.PROBLEM, timeout=WAIT_MS)
    assert view.flow.problem is Problem.DECLINED
    assert not view.holds_session()  # no money taken: the idle timeout may end it
    declined = view.flow.payment_uuid
    assert declined is not None
    assert simulator.charged_payments() == [] and printer.jobs == []
    kiosk = window.principal
    assert kiosk is not None

    if retry:
        simulator.scenario = Scenario.APPROVE
        _click(qtbot, view.problem.primary_button)  # Try again
        assert view.flow.phase is Phase.CONFIRM
        _click(qtbot, view.confirm.pay_button)
        qtbot.waitUntil(lambda: view.flow.phase is Phase.DONE, timeout=WAIT_MS)
        paid = view.flow.payment_uuid
        assert paid is not None and paid != declined
        _click(qtbot, view.done.done_button)
    else:
        _click(qtbot, view.problem.stop_button)
    _back_to_start(qtbot, window)

    assert sqlite_services.payments.get(kiosk, declined).state is PaymentState.DECLINED
    [row] = _rows(sqlite_services)
    contact = _contact(sqlite_services, row.uuid)
    if retry:
        assert paid is not None
        fee = sqlite_services.payments.get(kiosk, paid).amount_cents
        assert [e.amount_cents for e in simulator.charged_payments()] == [fee]  # once
        assert (row.outcome, row.payment_uuid) == ("completed", paid)
        assert contact.indicatie_contact_gelukt is True
        assert len(printer.jobs) == 2
    else:
        assert simulator.charged_payments() == [] and simulator.balance_cents() == 0
        assert (row.outcome, row.last_step) == ("abandoned", "self.paying")  # the furthest
        assert contact.indicatie_contact_gelukt is False
        assert printer.jobs == []


@pytest.mark.parametrize(
    ("size", "labels"),
    [((1080, 1920), ("NL", "EN")), ((1920, 1080), ("Nederlands", "English"))],
)
def test_the_header_keeps_room_for_the_municipality(
    qtbot: QtBot,
    sqlite_services: Services,
    devices: KioskDevices,
    size: tuple[int, int],
    labels: tuple[str, str],
) -> None:
    window = _window(qtbot, sqlite_services, devices)
    width, height = size
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.header.width() == width)
    header = window.header
    buttons = header.language_buttons
    assert (buttons["nl"].text(), buttons["en"].text()) == labels
    # A screen reader says the language's own name either way.
    assert (buttons["nl"].accessibleName(), buttons["en"].accessibleName()) == (
        "Nederlands",
        "English",
    )
    name = header.municipality_label
    metrics = name.fontMetrics()
    for word in name.text().split():  # wrapped, but no word cut off
        assert metrics.horizontalAdvance(word) <= name.contentsRect().width(), word
    for button in (*buttons.values(), header.text_button, header.help_button):
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
