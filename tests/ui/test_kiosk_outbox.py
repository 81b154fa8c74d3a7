"""The self-service view with its database cut off: refused politely before money moves, the
uittreksel delivered after, the journal's answers kept in the outbox until it is back.

The database is "cut" by making the services' ``Database`` refuse every transaction with
``DatabaseUnavailableError``, as it does when the server cannot be reached (a real stopped
server is in tests/faults/test_kiosk_outage.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.devices.emrtd.device import SimulatedCardReader
from app.devices.payment import OpiSettings, PaymentRequest, PaymentResult, PaymentTerminal
from app.devices.payment.factory import SimulatedTerminal, start_simulated_terminal
from app.devices.printer import SimulatedPrinter
from app.kiosk.devices import KioskDevices, TerminalDisplay
from app.kiosk.selfservice import SelfServiceView
from app.kiosk.selfservice.flow import Phase, Problem, Purpose
from app.kiosk.style import kiosk_sheet
from app.kiosk.window import KioskWindow
from app.registry.db import Database, DatabaseUnavailableError
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.registry.models_payment import Payment, PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout
from app.services.documents.thermal import Sender
from app.services.outbox import DELIVER, SESSION, SETTLE, Outbox, replay
from tests.ui.conftest import wait_for_ops

FAST = OpiSettings(connect_timeout=1.0, response_timeout=1.0, customer_timeout=3.0)
WAIT_MS = 15_000
_LEFT = Qt.MouseButton.LeftButton


class Cable:
    """Between the services and their database; ``cut`` makes every transaction fail."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.cut = False
        write, read = db.write, db.read

        def guarded_write() -> AbstractContextManager[Session]:
            if self.cut:
                raise DatabaseUnavailableError("connection refused")
            return write()

        def guarded_read() -> AbstractContextManager[Session]:
            if self.cut:
                raise DatabaseUnavailableError("connection refused")
            return read()

        monkeypatch.setattr(db, "write", guarded_write)
        monkeypatch.setattr(db, "read", guarded_read)


class CutWhenSent:
    """The terminal; with ``armed`` the cable is cut while it takes the card (journal: sent)."""

    def __init__(self, terminal: PaymentTerminal, cable: Cable) -> None:
        self._terminal = terminal
        self._cable = cable
        self.armed = False

    def pay(self, request: PaymentRequest) -> PaymentResult:
        if self.armed:
            self._cable.cut = True
        return self._terminal.pay(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._terminal, name)


@pytest.fixture
def kiosk(sqlite_services: Services) -> Principal:
    return sqlite_services.auth.kiosk_principal("KIOSK-01")


@pytest.fixture
def cable(sqlite_services: Services, monkeypatch: pytest.MonkeyPatch) -> Cable:
    return Cable(sqlite_services.db, monkeypatch)


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox", bytes(range(32)))


@pytest.fixture
def terminal(cable: Cable) -> Iterator[tuple[SimulatedTerminal, CutWhenSent]]:
    display = TerminalDisplay()
    simulated = start_simulated_terminal(FAST, listener=display)
    yield simulated, CutWhenSent(simulated, cable)
    simulated.close()


@pytest.fixture
def devices(
    sqlite_services: Services,
    terminal: tuple[SimulatedTerminal, CutWhenSent],
    outbox: Outbox,
) -> KioskDevices:
    simulated, wrapper = terminal
    checkout = Checkout(sqlite_services.payments, wrapper, "KIOSK-01", outbox=outbox)
    return KioskDevices(
        card_reader=SimulatedCardReader(),
        checkout=checkout,
        terminal=simulated,
        printer=SimulatedPrinter(),
        sender=Sender("Gemeente Test"),
    )


@pytest.fixture
def view(
    qtbot: QtBot, sqlite_services: Services, devices: KioskDevices, cable: Cable
) -> Iterator[SelfServiceView]:
    settings = replace(sqlite_services.settings, language="en")
    widget = SelfServiceView(sqlite_services, settings, devices)
    widget.setStyleSheet(kiosk_sheet() + widget.styleSheet())
    qtbot.addWidget(widget)
    widget.resize(1080, 1920)
    widget.show()
    yield widget
    cable.cut = False
    widget.end()
    wait_for_ops(qtbot, timeout=WAIT_MS)


@dataclass
class Rig:
    view: SelfServiceView
    services: Services
    kiosk: Principal
    simulated: SimulatedTerminal
    wrapper: CutWhenSent
    cable: Cable
    outbox: Outbox
    printer: SimulatedPrinter


@pytest.fixture
def rig(request: pytest.FixtureRequest, view: SelfServiceView, devices: KioskDevices) -> Rig:
    """Everything a test here needs, in one (the fixtures are many)."""
    simulated, wrapper = request.getfixturevalue("terminal")
    assert isinstance(devices.printer, SimulatedPrinter)
    return Rig(
        view,
        request.getfixturevalue("sqlite_services"),
        request.getfixturevalue("kiosk"),
        simulated,
        wrapper,
        request.getfixturevalue("cable"),
        request.getfixturevalue("outbox"),
        devices.printer,
    )


def _to_confirm(qtbot: QtBot, view: SelfServiceView, services: Services, kiosk: Principal) -> None:
    [offer] = services.self_service.offers(kiosk, ["uittreksel-brp"])
    view.begin(kiosk, offer, "en")
    qtbot.mouseClick(view.document.demo_button, _LEFT)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.CONFIRM, timeout=WAIT_MS)
    qtbot.mouseClick(view.confirm.purpose_buttons[Purpose.EMPLOYER], _LEFT)


def _payments(services: Services) -> list[Payment]:
    with services.db.read() as session:
        return list(session.scalars(select(Payment)))


def test_a_dead_database_before_paying_is_refused_politely_and_charges_nothing(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    view = rig.view
    _to_confirm(qtbot, view, rig.services, rig.kiosk)
    rig.cable.cut = True
    qtbot.mouseClick(view.confirm.pay_button, _LEFT)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.PROBLEM, timeout=WAIT_MS)
    assert view.flow.problem is Problem.FAILED
    assert "Paying is not possible right now. Nothing was charged." in view.problem.body.text()
    assert view.problem.primary_button.isVisible()  # try again
    assert view.grab().save(str(tmp_path / "pay_refused_database_away.png"))
    assert rig.simulated.simulator.ledger == []
    rig.cable.cut = False
    assert _payments(rig.services) == []
    # Back again: the same visitor pays and gets the document.
    qtbot.mouseClick(view.problem.primary_button, _LEFT)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.CONFIRM, timeout=WAIT_MS)
    qtbot.mouseClick(view.confirm.pay_button, _LEFT)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.DONE, timeout=WAIT_MS)
    [payment] = _payments(rig.services)
    assert payment.state is PaymentState.DELIVERED


def test_a_database_lost_during_payment_still_delivers_and_the_outbox_settles_it(
    qtbot: QtBot, rig: Rig
) -> None:
    view, services, kiosk, outbox = rig.view, rig.services, rig.kiosk, rig.outbox
    _to_confirm(qtbot, view, services, kiosk)
    rig.wrapper.armed = True
    qtbot.mouseClick(view.confirm.pay_button, _LEFT)
    qtbot.waitUntil(lambda: view.flow.phase is Phase.DONE, timeout=WAIT_MS)
    assert rig.cable.cut
    assert view.flow.delivered
    assert [job.title.split()[0] for job in rig.printer.jobs] == ["Uittreksel", "Betaalbewijs"]
    assert [entry.kind for entry in outbox.pending()] == [SETTLE, DELIVER]
    rig.cable.cut = False
    [payment] = _payments(services)
    assert payment.state is PaymentState.SENT  # the journal has not heard yet
    report = replay(outbox, services, kiosk)
    assert (len(report.applied), report.rejected, report.remaining) == (2, (), 0)
    assert services.payments.get(kiosk, payment.uuid).state is PaymentState.DELIVERED
    charged = rig.simulated.simulator.charged_payments()
    assert [e.amount_cents for e in charged] == [payment.amount_cents]


def _window(qtbot: QtBot, services: Services, outbox: Outbox) -> KioskWindow:
    settings = replace(services.settings, kiosk_id="KIOSK-01", language="nl")
    window = KioskWindow(services, settings, heartbeat_ms=3_600_000, outbox=outbox)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=WAIT_MS)
    wait_for_ops(qtbot)
    return window


def test_a_kiosk_restarted_while_offline_still_sends_its_session_record(
    qtbot: QtBot, sqlite_services: Services, cable: Cable, outbox: Outbox
) -> None:
    first = _window(qtbot, sqlite_services, outbox)
    qtbot.mouseClick(first.attract.start_button, _LEFT)
    qtbot.mouseClick(first.language.buttons["nl"], _LEFT)
    cable.cut = True
    qtbot.mouseClick(first.choice.cancel_button, _LEFT)
    wait_for_ops(qtbot)
    first.on_heartbeat()  # the database is still away: the record stays
    wait_for_ops(qtbot)
    [kept] = outbox.pending()
    assert kept.kind == SESSION
    first.close()
    cable.cut = False
    with sqlite_services.db.read() as session:
        assert session.scalars(select(KioskSessionRow)).all() == []

    # The kiosk process starts again (same folder and key), with its database back.
    second = _window(qtbot, sqlite_services, Outbox(outbox.folder, bytes(range(32))))
    second.on_heartbeat()
    wait_for_ops(qtbot)
    with sqlite_services.db.read() as session:
        [row] = session.scalars(select(KioskSessionRow)).all()
    assert (row.uuid, row.outcome) == (kept.uuid, "abandoned")
    assert outbox.pending() == []
