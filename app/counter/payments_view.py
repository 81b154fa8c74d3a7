"""The teamleider's payments: what was paid and refunded at the counters and kiosks, and what
still needs someone.

A payment without an answer from the terminal (created, sent, unknown) may or may not have
been charged, and an approved kiosk payment that was not handed over is money for nothing:
both are listed whatever the period (``PaymentService.recent``), on an amber row with a short
explanation, because the teamleider is the one who settles them with the terminal's own
records. Refunds start here (``refund_dialog``). The list is read when the view is shown and
after each refund, on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from uuid import UUID

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.devices.payment import PaymentTerminal
from app.registry.models_payment import PaymentKind, PaymentState
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.catalogue import format_euro
from app.services.checkout import Checkout
from app.services.payments import PaymentInfo
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM
from app.ui import theme
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_datetime, translate
from app.ui.ops import Worker, run_op
from app.ui.theme import set_role

from .card import Card
from .refund_dialog import RefundDialog
from .tables import ModelIndex, RowTableModel, make_table

S = PaymentState

STATE_LABELS: dict[PaymentState, str] = {
    S.CREATED: QT_TRANSLATE_NOOP("payment_state", "Not yet sent"),
    S.SENT: QT_TRANSLATE_NOOP("payment_state", "Waiting for the terminal"),
    S.APPROVED: QT_TRANSLATE_NOOP("payment_state", "Approved"),
    S.DECLINED: QT_TRANSLATE_NOOP("payment_state", "Declined"),
    S.ABORTED: QT_TRANSLATE_NOOP("payment_state", "Cancelled"),
    S.UNKNOWN: QT_TRANSLATE_NOOP("payment_state", "Outcome unknown"),
    S.DELIVERED: QT_TRANSLATE_NOOP("payment_state", "Paid and handed over"),
    S.REVERSED: QT_TRANSLATE_NOOP("payment_state", "Reversed"),
}

KIND_LABELS: dict[PaymentKind, str] = {
    PaymentKind.PAYMENT: QT_TRANSLATE_NOOP("payment_kind", "Payment"),
    PaymentKind.REFUND: QT_TRANSLATE_NOOP("payment_kind", "Refund"),
    PaymentKind.REVERSAL: QT_TRANSLATE_NOOP("payment_kind", "Reversal"),
}

#: Why a row is amber, in a few words; shown on the row and under the list.
UNKNOWN_NOTE = QT_TRANSLATE_NOOP("payment_state", "Outcome unknown: check the terminal")
UNDELIVERED_NOTE = QT_TRANSLATE_NOOP(
    "payment_state", "Paid but not handed over: deliver or reverse"
)

#: A refund that is on its way or done counts against what is left; a refused one does not.
_NOT_UNDONE = frozenset({S.DECLINED, S.ABORTED})


REFUNDED = QT_TRANSLATE_NOOP("payment_state", "Refunded")


def state_label(payment: PaymentInfo) -> str:
    """The state in words; an approved refund is money back on the card."""
    if payment.kind is PaymentKind.REFUND and payment.state is S.APPROVED:
        return translate("payment_state", REFUNDED)
    return translate("payment_state", STATE_LABELS[payment.state])


def kind_label(kind: PaymentKind) -> str:
    return translate("payment_kind", KIND_LABELS[kind])


def attention_note(payment: PaymentInfo) -> str | None:
    """The explanation of an unsettled payment, or None when nobody has to look at it."""
    if payment.state in {S.CREATED, S.SENT, S.UNKNOWN}:
        return translate("payment_state", UNKNOWN_NOTE)
    if undelivered(payment):
        return translate("payment_state", UNDELIVERED_NOTE)
    return None


def undelivered(payment: PaymentInfo) -> bool:
    """Paid, and the product not yet handed over: the one state "handed over" may settle."""
    return payment.kind is PaymentKind.PAYMENT and payment.state is S.APPROVED


def refundable(payment: PaymentInfo) -> bool:
    return payment.kind is PaymentKind.PAYMENT and payment.state in {S.APPROVED, S.DELIVERED}


def card_text(payment: PaymentInfo) -> str:
    return " ".join(part for part in (payment.card_brand, payment.masked_pan) if part)


def amount_text(payment: PaymentInfo) -> str:
    """Money out of the till (refund, reversal) with a minus sign: "-€ 10,00"."""
    cents = payment.amount_cents
    return format_euro(cents if payment.kind is PaymentKind.PAYMENT else -cents)


@dataclass(frozen=True)
class PaymentRow:
    payment: PaymentInfo
    #: What may still be refunded (payments only; 0 for refunds).
    left_cents: int
    product_name: str | None


def build_rows(payments: Sequence[PaymentInfo], product_names: dict[str, str]) -> list[PaymentRow]:
    """Rows with what is left to refund, from the refunds in the same list.

    A refund is newer than its payment, so a listed payment has its refunds listed too.
    """
    undone: dict[UUID, int] = {}
    for p in payments:
        if p.original_uuid is not None and p.state not in _NOT_UNDONE:
            undone[p.original_uuid] = undone.get(p.original_uuid, 0) + p.amount_cents
    return [
        PaymentRow(
            payment=p,
            left_cents=max(p.amount_cents - undone.get(p.uuid, 0), 0)
            if p.kind is PaymentKind.PAYMENT
            else 0,
            product_name=product_names.get(p.product_code) if p.product_code else None,
        )
        for p in payments
    ]


class Period:
    TODAY = "today"
    WEEK = "week"
    UNSETTLED = "unsettled"


def period_start(period: str, now: datetime) -> datetime:
    """Midnight in Amsterdam today, or six days before it; "unsettled" asks from now."""
    if period == Period.UNSETTLED:
        return now
    midnight = datetime.combine(now.astimezone(AMSTERDAM).date(), time(0), tzinfo=AMSTERDAM)
    return midnight - timedelta(days=6) if period == Period.WEEK else midnight


class PaymentTableModel(RowTableModel[PaymentRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("PaymentTableModel", "Time"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "Workstation"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "Reference"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "Kind"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "Amount"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "State"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "Card"),
        QT_TRANSLATE_NOOP("PaymentTableModel", "Product"),
    )
    AMOUNT = 4
    STATE = 5
    PRODUCT = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: list[PaymentRow]) -> None:
        self.replace_rows(rows)

    def rows(self) -> list[PaymentRow]:
        return list(self._rows)

    def column_count(self) -> int:
        return len(self.HEADERS)

    def header(self, section: int) -> str:
        return translate("PaymentTableModel", self.HEADERS[section])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        note = attention_note(row.payment)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, column, note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return note or (_cell(row, column, note) if column == self.PRODUCT else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None if note is None else _attention_data(column, role)


def _attention_data(column: int, role: int) -> object:
    """An unsettled row: amber, with the state in bold dark amber (words, not only colour)."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(theme.WARNING_BG))
    if column != PaymentTableModel.STATE:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(theme.WARNING))
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    return None


def _cell(row: PaymentRow, column: int, note: str | None) -> str:
    p = row.payment
    texts: tuple[Callable[[], str], ...] = (
        lambda: format_datetime(p.created_at),
        lambda: p.workstation_id,
        lambda: p.reference,
        lambda: kind_label(p.kind),
        lambda: amount_text(p),
        lambda: note or state_label(p),
        lambda: card_text(p) or "–",
        lambda: row.product_name or p.product_code or "–",
    )
    return texts[column]()


class PaymentsView(QWidget):
    """Period filter, the list, the selected payment in full, and Refund.

    ``terminal`` is this counter's card terminal, or None when it has none: refunds go to the
    customer's card on it, journaled under ``workstation_id``. Without a terminal, or for a
    principal who may not refund, there is no Refund button (the service refuses anyway).
    """

    def __init__(
        self,
        services: Services,
        principal: Principal,
        terminal: PaymentTerminal | None,
        workstation_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._terminal = terminal
        self._checkout = (
            Checkout(services.payments, terminal, workstation_id) if terminal is not None else None
        )
        self._product_names: dict[str, str] | None = None
        self.dialog: RefundDialog | None = None

        self.period = QComboBox()
        self.period.setObjectName("paymentPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.addItem(self.tr("Today"), Period.TODAY)
        self.period.addItem(self.tr("Last 7 days"), Period.WEEK)
        self.period.addItem(self.tr("Unsettled only"), Period.UNSETTLED)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.refund_button = QPushButton(self.tr("Re&fund…"))
        self.refund_button.setObjectName("refundPayment")
        self.refund_button.setProperty("primary", True)
        self.refund_button.setToolTip(
            self.tr("Pay (part of) the selected payment back to the customer's card")
        )
        self.refund_button.setEnabled(False)
        self.refund_button.setVisible(self.can_refund)
        self.deliver_button = QPushButton(self.tr("&Handed over"))
        self.deliver_button.setObjectName("deliverPayment")
        self.deliver_button.setToolTip(
            self.tr(
                "The paid product of the selected payment was given to the customer here "
                "(for example a kiosk uittreksel printed at this desk)"
            )
        )
        self.deliver_button.setEnabled(False)
        self.deliver_button.setVisible(self._principal.can(Permission.TAKE_PAYMENT))
        self.caption = QLabel()
        self.caption.setObjectName("paymentCaption")
        self.banner = Banner()
        self.attention = QLabel()
        self.attention.setObjectName("paymentAttention")
        self.attention.setWordWrap(True)
        set_role(self.attention, "feeNote")
        self.attention.hide()
        self.model = PaymentTableModel(self)
        self.table = make_table(
            self.model,
            "paymentList",
            self.tr("Payments and refunds"),
            stretch=(PaymentTableModel.PRODUCT,),
        )
        self.detail = Card(self.tr("Selected payment"))
        self.detail.setObjectName("paymentDetail")
        self._build_layout()
        self._connect()
        self._show_detail(None)

    @property
    def can_refund(self) -> bool:
        return self._checkout is not None and self._principal.can(Permission.REFUND_PAYMENT)

    def _build_layout(self) -> None:
        caption = QLabel(self.tr("&Show"))
        caption.setBuddy(self.period)
        set_role(caption, "caption")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(caption)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addSpacing(16)
        top.addWidget(self.caption, 1)
        top.addWidget(self.deliver_button)
        top.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.attention)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def recover(self) -> None:
        """Settle what a crash or a lost line left open on this workstation's terminal, before
        anything else is sent to it (see ``Checkout.recover``); the list follows."""
        checkout, principal = self._checkout, self._principal
        if checkout is None:
            return
        run_op(
            self,
            lambda: checkout.recover(principal),
            on_success=lambda _found: self.refresh(),
            on_failure=self.on_failed,
            worker=Worker.DEVICES,
        )

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button.clicked.connect(self.on_refresh_requested)
        self.refund_button.clicked.connect(self.on_refund_requested)
        self.deliver_button.clicked.connect(self.on_deliver_requested)
        self.table.activated.connect(lambda _index: self.on_refund_requested())
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.modelReset.connect(lambda: self._show_detail(None))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.on_refresh_requested)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def on_refresh_requested(self) -> None:
        self.banner.clear_message()
        self.refresh()

    def current_period(self) -> str:
        return str(self.period.currentData())

    def refresh(self) -> None:
        period = self.current_period()
        self.caption.setText(self.tr("Loading…"))
        services, principal = self._services, self._principal
        names = self._product_names

        def load() -> tuple[list[PaymentInfo], dict[str, str]]:
            since = period_start(period, services.clock())
            payments = services.payments.recent(principal, since=since)
            products = names
            if products is None:
                products = {p.code: p.naam for p in services.catalogue.list_products(principal)}
            return payments, products

        run_op(
            self,
            load,
            on_success=lambda loaded: self.on_loaded(period, *loaded),
            on_failure=self.on_failed,
        )

    def on_loaded(
        self, period: str, payments: list[PaymentInfo], product_names: dict[str, str]
    ) -> None:
        if period != self.current_period():
            return  # another period was chosen meanwhile; its list is on its way
        self._product_names = product_names
        selected = self.selected()
        rows = build_rows(payments, product_names)
        if period == Period.UNSETTLED:
            rows = [r for r in rows if attention_note(r.payment) is not None]
        self.model.set_rows(rows)
        open_count = sum(1 for r in rows if attention_note(r.payment) is not None)
        paid = sum(
            r.payment.amount_cents
            for r in rows
            if r.payment.kind is PaymentKind.PAYMENT
            and r.payment.state in {S.APPROVED, S.DELIVERED}
        )
        refunded = sum(
            r.payment.amount_cents
            for r in rows
            if r.payment.kind is PaymentKind.REFUND and r.payment.state is S.APPROVED
        )
        text = self.tr("%n payment(s) and refund(s)", "", len(rows))
        if period != Period.UNSETTLED:
            text += " · " + self.tr("received {paid}, refunded {refunded}").format(
                paid=format_euro(paid), refunded=format_euro(refunded)
            )
        if not rows:
            text = (
                self.tr("No payment needs attention.")
                if period == Period.UNSETTLED
                else self.tr("No payments or refunds in this period.")
            )
        self.caption.setText(text)
        if open_count:
            self.attention.setText(
                self.tr(
                    "%n payment(s) need attention (amber rows). Look the reference up on the "
                    "terminal's own list before anything else is done with them.",
                    "",
                    open_count,
                )
            )
        self.attention.setVisible(bool(open_count))
        if rows:
            uuids = [r.payment.uuid for r in rows]
            keep = selected is not None and selected.payment.uuid in uuids
            self.table.selectRow(uuids.index(selected.payment.uuid) if keep and selected else 0)
        self._update_refund_button()

    def on_failed(self, error: Exception) -> None:
        self.caption.setText("")
        self.banner.show_message(BannerKind.ERROR, error_text(error))

    # -- selection ----------------------------------------------------------------------------

    def selected(self) -> PaymentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid() and current.row() < self.model.rowCount()
        self._show_detail(self.model.row_at(current.row()) if valid else None)
        self._update_refund_button()

    def _update_refund_button(self) -> None:
        row = self.selected()
        self.refund_button.setEnabled(
            self.can_refund and row is not None and refundable(row.payment) and row.left_cents > 0
        )
        self.deliver_button.setEnabled(row is not None and undelivered(row.payment))

    def _show_detail(self, row: PaymentRow | None) -> None:
        if row is None:
            self.detail.set_rows([(self.tr("Payment"), self.tr("none selected"))])
            return
        p = row.payment
        note = attention_note(p)
        rows = [
            (self.tr("Reference"), f"{p.reference} · {kind_label(p.kind)} · {amount_text(p)}"),
            (self.tr("State"), state_label(p)),
        ]
        if note:
            rows.append((self.tr("Needs attention"), note))
        card = card_text(p)
        if card or p.approval_code:
            rows.append(
                (
                    self.tr("Card"),
                    self.tr("{card}, approval code {code}, STAN {stan}").format(
                        card=card or "–", code=p.approval_code or "–", stan=p.stan or "–"
                    ),
                )
            )
        if refundable(p):
            rows.append((self.tr("Left to refund"), format_euro(row.left_cents)))
        rows.append(
            (
                self.tr("Times"),
                self.tr("started {created}, last change {updated}").format(
                    created=format_datetime(p.created_at), updated=format_datetime(p.updated_at)
                ),
            )
        )
        self.detail.set_rows(rows)

    # -- handing over ------------------------------------------------------------------------

    def on_deliver_requested(self) -> None:
        """A paid product that never reached the customer (a kiosk stopped while printing)
        was printed at this desk free of charge: the payment is settled as delivered."""
        row = self.selected()
        if row is None or not undelivered(row.payment):
            return
        services, principal, uuid = self._services, self._principal, row.payment.uuid
        self.banner.clear_message()
        run_op(
            self,
            lambda: services.payments.mark_delivered(principal, uuid),
            on_success=self.on_delivered,
            on_failure=self.on_failed,
        )

    def on_delivered(self, info: PaymentInfo) -> None:
        self.banner.show_message(
            BannerKind.SUCCESS,
            self.tr("Payment {reference} is marked as handed over.").format(
                reference=info.reference
            ),
        )
        self.refresh()

    # -- refunds ------------------------------------------------------------------------------

    def on_refund_requested(self) -> None:
        row = self.selected()
        if not self.can_refund or self._checkout is None or self._terminal is None:
            return
        if row is None or not refundable(row.payment) or row.left_cents <= 0:
            self.banner.show_message(
                BannerKind.INFO,
                self.tr("Choose an approved payment with something left to refund."),
            )
            return
        self.banner.clear_message()
        dialog = RefundDialog(
            self._checkout,
            self._terminal,
            self._principal,
            row.payment,
            left_cents=row.left_cents,
            parent=self,
        )
        dialog.refunded.connect(lambda _info: self.refresh())
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.setModal(True)
        self.dialog = dialog
        dialog.show()

    def _forget(self, dialog: RefundDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.refresh()
