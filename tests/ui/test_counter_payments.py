"""The teamleider's payments view and refund dialog, against a simulated terminal over TCP.

Payments are made the way a kiosk makes them (``Checkout`` with the terminal simulator), then
the view lists them; refunds go from the dialog through the journal to the simulator, whose
ledger is the customer's bank statement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from uuid import UUID, uuid4

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.counter.payments_view import PaymentsView, Period
from app.counter.refund_dialog import RefundDialog, euros_text, parse_euros
from app.devices.payment import OpiSettings, Scenario
from app.devices.payment.factory import SimulatedTerminal, start_simulated_terminal
from app.registry.models_payment import PaymentKind, PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout
from app.services.errors import PermissionDeniedError
from app.services.payments import PaymentInfo
from tests.conftest import FakeClock, make_user
from tests.ui.conftest import wait_for_ops

S = PaymentState
FAST = OpiSettings(connect_timeout=1.0, response_timeout=1.0, customer_timeout=3.0)
#: Long enough for a card wait on the devices worker; the default 5 s is for database calls.
TERMINAL_WAIT_MS = 10_000


@pytest.fixture
def terminal() -> Iterator[SimulatedTerminal]:
    started = start_simulated_terminal(FAST)
    yield started
    started.close()


@pytest.fixture
def kiosk(sqlite_services: Services) -> Principal:
    return sqlite_services.auth.kiosk_principal("KIOSK-01")


@pytest.fixture
def tessa(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "tessa", "teamleider")


Pay = Callable[[int], PaymentInfo]


@pytest.fixture
def pay(
    sqlite_services: Services, terminal: SimulatedTerminal, kiosk: Principal, clock: FakeClock
) -> Pay:
    """A kiosk payment through the journal and the simulator, handed over; a minute apart."""
    checkout = Checkout(sqlite_services.payments, terminal, "KIOSK-01")

    def paid(cents: int) -> PaymentInfo:
        clock.advance(minutes=1)
        info = checkout.pay(kiosk, uuid=uuid4(), amount_cents=cents, product_code="uittreksel-brp")
        if info.state is S.APPROVED:
            info = checkout.deliver(kiosk, info.uuid)
        return info

    return paid


def _view(
    qtbot: QtBot,
    services: Services,
    principal: Principal,
    terminal: SimulatedTerminal | None,
) -> PaymentsView:
    view = PaymentsView(services, principal, terminal, "Balie 1")
    qtbot.addWidget(view)
    view.resize(1300, 640)
    view.show()
    wait_for_ops(qtbot)
    return view


def _select(view: PaymentsView, uuid: UUID) -> None:
    rows = [r.payment.uuid for r in view.model.rows()]
    view.table.selectRow(rows.index(uuid))


def _cells(view: PaymentsView, row: int) -> list[str]:
    model = view.model
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def _open_refund(qtbot: QtBot, view: PaymentsView, uuid: UUID) -> RefundDialog:
    _select(view, uuid)
    assert view.refund_button.isEnabled()
    view.refund_button.click()
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _refund(qtbot: QtBot, dialog: RefundDialog, amount: str, reason: str = "paid twice") -> None:
    dialog.amount.setText(amount)
    dialog.reason.setText(reason)
    dialog.refund_button.click()
    wait_for_ops(qtbot, TERMINAL_WAIT_MS)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("10,00", 1000),
        ("10", 1000),
        ("10,5", 1050),
        ("€ 16,35", 1635),
        ("1.234,56", 123456),
        ("10.50", 1050),
        (" 0,01 ", 1),
    ],
)
def test_euros_are_parsed_to_cents(typed: str, cents: int) -> None:
    assert parse_euros(typed) == cents


@pytest.mark.parametrize("typed", ["", "abc", "10,555", "1.2345", "-5", "1e3", "10,-", "١٠"])
def test_what_is_not_an_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        parse_euros(typed)


def test_amount_text_round_trips() -> None:
    for cents in (1, 99, 100, 1635, 123456):
        assert parse_euros(euros_text(cents)) == cents


def test_the_view_lists_payments_and_highlights_an_unknown_one(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
    tessa: Principal,
) -> None:
    delivered = pay(1635)
    terminal.simulator.scenario = Scenario.DROP_AFTER_APPROVE
    lost = pay(2000)
    assert lost.state is S.UNKNOWN
    terminal.simulator.scenario = Scenario.APPROVE

    view = _view(qtbot, sqlite_services, tessa, terminal)
    rows = view.model.rows()
    assert [r.payment.uuid for r in rows] == [lost.uuid, delivered.uuid]
    unknown_cells, paid_cells = _cells(view, 0), _cells(view, 1)
    assert unknown_cells[1:5] == ["KIOSK-01", lost.reference, "Payment", "€ 20,00"]
    assert unknown_cells[5] == "Outcome unknown: check the terminal"
    assert paid_cells[4:] == [
        "€ 16,35",
        "Paid and handed over",
        "Maestro xxxxxxxxxxxx1234",
        "Uittreksel BRP",
    ]
    model = view.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert view.attention.isVisible()
    assert "1 payment(s) need attention" in view.attention.text()
    # An unknown payment cannot be refunded; the delivered one can.
    view.table.selectRow(0)
    assert not view.refund_button.isEnabled()
    detail = view.detail.value_texts()
    assert detail["State"] == "Outcome unknown"
    assert detail["Needs attention"] == "Outcome unknown: check the terminal"
    view.table.selectRow(1)
    assert view.refund_button.isEnabled()
    detail = view.detail.value_texts()
    assert detail["Left to refund"] == "€ 16,35"
    assert detail["Card"].startswith("Maestro xxxxxxxxxxxx1234, approval code A")

    view.period.setCurrentIndex(view.period.findData(Period.UNSETTLED))
    wait_for_ops(qtbot)
    assert [r.payment.uuid for r in view.model.rows()] == [lost.uuid]


def test_a_refund_goes_to_the_card_and_the_list_follows(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
    tessa: Principal,
) -> None:
    paid = pay(1635)
    assert terminal.simulator.balance_cents() == 1635
    view = _view(qtbot, sqlite_services, tessa, terminal)
    dialog = _open_refund(qtbot, view, paid.uuid)
    assert dialog.amount.text() == "16,35"  # prefilled with what is left

    _refund(qtbot, dialog, "10,00")
    assert dialog.banner.text() == "Refunded: € 10,00"
    assert dialog.result_info is not None and dialog.result_info.state is S.APPROVED
    assert terminal.simulator.balance_cents() == 635
    assert [(e.kind, e.amount_cents) for e in terminal.simulator.ledger] == [
        ("payment", 1635),
        ("refund", 1000),
    ]
    dialog.refund_button.click()  # now "Close"
    wait_for_ops(qtbot)
    assert view.dialog is None

    rows = view.model.rows()
    refund = next(r.payment for r in rows if r.payment.kind is PaymentKind.REFUND)
    assert refund.original_uuid == paid.uuid
    assert refund.workstation_id == "Balie 1"
    original = next(r for r in rows if r.payment.uuid == paid.uuid)
    assert original.left_cents == 635
    refund_row = [r.payment.uuid for r in rows].index(refund.uuid)
    assert _cells(view, refund_row)[3:6] == ["Refund", "-€ 10,00", "Refunded"]
    assert "refunded € 10,00" in view.caption.text()

    # The rest, prefilled again.
    dialog = _open_refund(qtbot, view, paid.uuid)
    assert dialog.amount.text() == "6,35"
    _refund(qtbot, dialog, dialog.amount.text())
    assert dialog.banner.text() == "Refunded: € 6,35"
    assert terminal.simulator.balance_cents() == 0
    dialog.accept()
    wait_for_ops(qtbot)
    _select(view, paid.uuid)
    assert not view.refund_button.isEnabled()  # nothing left


def test_more_than_left_is_refused_before_the_terminal_and_by_the_journal(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
    tessa: Principal,
) -> None:
    paid = pay(1635)
    view = _view(qtbot, sqlite_services, tessa, terminal)
    dialog = _open_refund(qtbot, view, paid.uuid)
    _refund(qtbot, dialog, "20,00")
    message = "A refund cannot be more than what is left of the payment: € 16,35."
    assert dialog.banner.text() == message
    assert dialog.amount.property("invalid") is True
    assert len(terminal.simulator.ledger) == 1  # the customer was not asked for the card

    # A colleague refunded 10,00 meanwhile: this dialog still believes 16,35 is left.
    Checkout(sqlite_services.payments, terminal, "Balie 2").refund(
        tessa, uuid=uuid4(), original_uuid=paid.uuid, amount_cents=1000
    )
    _refund(qtbot, dialog, "16,35")
    assert dialog.banner.text() == (
        "A refund cannot be more than what is left of the payment: € 6,35."
    )
    assert terminal.simulator.balance_cents() == 635  # only the colleague's refund
    listed = sqlite_services.payments.recent(
        tessa, since=sqlite_services.clock() - timedelta(days=1)
    )
    assert [p.workstation_id for p in listed if p.kind is PaymentKind.REFUND] == ["Balie 2"]


def test_a_reason_is_required(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
    tessa: Principal,
) -> None:
    paid = pay(1635)
    view = _view(qtbot, sqlite_services, tessa, terminal)
    dialog = _open_refund(qtbot, view, paid.uuid)
    _refund(qtbot, dialog, "5,00", reason="   ")
    assert dialog.banner.text() == "Fill in why the money goes back."
    assert dialog.reason.property("invalid") is True
    assert terminal.simulator.balance_cents() == 1635


def test_cancel_while_the_terminal_waits_for_the_card_aborts_it(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
    tessa: Principal,
) -> None:
    paid = pay(1635)
    view = _view(qtbot, sqlite_services, tessa, terminal)
    dialog = _open_refund(qtbot, view, paid.uuid)
    terminal.simulator.scenario = Scenario.NEVER_PRESENT
    dialog.amount.setText("5,00")
    dialog.reason.setText("wrong product")
    dialog.refund_button.click()
    assert dialog.banner.text().startswith("Follow the instructions on the payment terminal.")
    assert dialog.cancel_button.text() == "Cancel on the terminal"
    assert not dialog.refund_button.isEnabled()
    # The terminal shows the card prompt: the refund request has arrived.
    qtbot.waitUntil(
        lambda: any(r.request_type == "PaymentRefund" for r in terminal.simulator.received)
    )
    dialog.reject()  # Esc while waiting: cancels on the terminal, keeps the dialog
    assert dialog.isVisible()
    wait_for_ops(qtbot, TERMINAL_WAIT_MS)
    assert dialog.banner.text() == "The refund was cancelled; nothing was paid back."
    assert dialog.result_info is not None and dialog.result_info.state is S.ABORTED
    assert terminal.simulator.balance_cents() == 1635
    assert dialog.refund_button.isEnabled()  # may try again, as a new refund


def test_a_declined_refund_says_why(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
    tessa: Principal,
) -> None:
    paid = pay(1635)
    view = _view(qtbot, sqlite_services, tessa, terminal)
    dialog = _open_refund(qtbot, view, paid.uuid)
    terminal.simulator.scenario = Scenario.DECLINE
    _refund(qtbot, dialog, "5,00")
    assert dialog.banner.text().startswith("The terminal declined the refund; nothing was paid")
    assert terminal.simulator.balance_cents() == 1635


def test_a_medewerker_has_no_refunds(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    pay: Pay,
) -> None:
    paid = pay(1635)
    anna = make_user(sqlite_services, "anna", "medewerker")
    with pytest.raises(PermissionDeniedError):
        Checkout(sqlite_services.payments, terminal, "Balie 1").refund(
            anna, uuid=uuid4(), original_uuid=paid.uuid, amount_cents=100
        )
    assert terminal.simulator.balance_cents() == 1635
    view = _view(qtbot, sqlite_services, anna, terminal)
    assert not view.can_refund
    assert view.refund_button.isHidden()
    assert view.model.rowCount() == 0
    assert view.banner.text() == "Your role does not allow this. Ask a teamleider or beheerder."


def test_without_a_terminal_there_is_no_refund_button(
    qtbot: QtBot, sqlite_services: Services, tessa: Principal
) -> None:
    view = _view(qtbot, sqlite_services, tessa, None)
    assert view.refund_button.isHidden()
    assert view.banner.isHidden()
    assert view.model.rowCount() == 0
    assert view.caption.text() == "No payments or refunds in this period."


def test_a_paid_but_undelivered_kiosk_payment_is_handed_over_at_the_desk(
    qtbot: QtBot,
    sqlite_services: Services,
    terminal: SimulatedTerminal,
    kiosk: Principal,
    tessa: Principal,
) -> None:
    """A kiosk stopped while printing: the counter prints the uittreksel free of charge and
    settles the payment, which then stops asking for attention."""
    checkout = Checkout(sqlite_services.payments, terminal, "KIOSK-01")
    paid = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635, product_code="uittreksel-brp")
    assert paid.state is S.APPROVED
    view = _view(qtbot, sqlite_services, tessa, terminal)
    _select(view, paid.uuid)
    assert view.detail.value_texts()["Needs attention"] == (
        "Paid but not handed over: deliver or reverse"
    )
    assert view.deliver_button.isVisible()
    assert view.deliver_button.isEnabled()
    qtbot.mouseClick(view.deliver_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert sqlite_services.payments.get(tessa, paid.uuid).state is S.DELIVERED
    assert paid.reference in view.banner.text()
    _select(view, paid.uuid)
    assert not view.deliver_button.isEnabled()
    assert "Needs attention" not in view.detail.value_texts()
    assert not view.attention.isVisible()
