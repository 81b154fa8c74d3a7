"""Send the visitor at the desk to another queue or to one desk.

The visitor keeps their place in time (the service keeps ``waiting_since``), so the dialog
only asks where to. Desks are read when the dialog opens, since which are open changes during
the day; a closed desk can still be chosen (the visitor is called when it opens), and says so.
The dialog makes the service call itself and stays open on a refusal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.queue import DeskInfo, DeskPanel, TicketInfo
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op


class TransferDialog(QDialog):
    """Another queue (the default) or another desk, then Transfer.

    Signals:
        transferred: the ticket was sent on; carries the ``TicketInfo`` and the target's name.
    """

    transferred = Signal(object, str)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        *,
        desk_code: str,
        ticket: TicketInfo,
        panel: DeskPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue_service = services.queue
        self._principal = principal
        self._desk_code = desk_code
        self.ticket = ticket
        self._busy = False
        #: Code -> name of the targets, for the message after the transfer.
        self._queue_names = {q.code: q.naam for q in panel.queues}
        self._desk_names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Transfer {code}").format(code=ticket.code))
        self.setMinimumWidth(480)

        intro = QLabel(
            self.tr(
                "{code} ({queue}) waits again, keeping the time the ticket was taken. Where to?"
            ).format(code=ticket.code, queue=ticket.queue_naam)
        )
        intro.setWordWrap(True)
        self.to_queue = QRadioButton(self.tr("Another &queue"))
        self.to_desk = QRadioButton(self.tr("Another &desk"))
        self.to_queue.setChecked(True)
        self.queue = QComboBox()
        self.queue.setObjectName("transferQueue")
        self.queue.setAccessibleName(self.tr("Queue"))
        for info in panel.queues:
            if info.code != ticket.queue_code:
                self.queue.addItem(
                    self.tr("{queue} ({n} waiting)").format(queue=info.naam, n=info.waiting),
                    info.code,
                )
        self.desk = QComboBox()
        self.desk.setObjectName("transferDesk")
        self.desk.setAccessibleName(self.tr("Desk"))
        self.desk.addItem(self.tr("Loading…"), None)
        self.desk.setEnabled(False)
        self.banner = Banner()
        self.buttons = QDialogButtonBox()
        self.transfer_button = self.buttons.addButton(
            self.tr("&Transfer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.transfer_button.setProperty("primary", True)
        self.transfer_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self._build_layout(intro)
        self._connect()
        run_op(
            self,
            self._queue_service.list_desks,
            on_success=self.on_desks_loaded,
            on_failure=self.on_failed,
        )

    def _build_layout(self, intro: QLabel) -> None:
        choices = QGridLayout()
        choices.setHorizontalSpacing(10)
        choices.setVerticalSpacing(8)
        choices.addWidget(self.to_queue, 0, 0)
        choices.addWidget(self.queue, 0, 1)
        choices.addWidget(self.to_desk, 1, 0)
        choices.addWidget(self.desk, 1, 1)
        choices.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.on_transfer_requested)
        self.buttons.rejected.connect(self.reject)
        # Choosing in a list chooses that kind of target.
        self.queue.activated.connect(lambda _i: self.to_queue.setChecked(True))
        self.desk.activated.connect(lambda _i: self.to_desk.setChecked(True))
        self.to_queue.toggled.connect(self.on_kind_toggled)
        self.queue.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_desks_loaded(self, desks: list[DeskInfo]) -> None:
        self.desk.clear()
        for desk in desks:
            if desk.code == self._desk_code:
                continue
            if desk.is_open:
                state = self.tr("open, {name}").format(name=desk.staff_name or "")
                state = state.rstrip(", ")
            else:
                state = self.tr("closed now")
            self.desk.addItem(f"{desk.naam} ({state})", desk.code)
            self._desk_names[desk.code] = desk.naam
        self.desk.setEnabled(self.desk.count() > 0)

    def on_kind_toggled(self, to_queue: bool) -> None:
        (self.queue if to_queue else self.desk).setFocus(Qt.FocusReason.OtherFocusReason)

    def target(self) -> tuple[str | None, str | None]:
        """(queue code, desk code): one of them, as chosen."""
        if self.to_queue.isChecked():
            return self.queue.currentData(), None
        return None, self.desk.currentData()

    def on_transfer_requested(self) -> None:
        if self._busy:
            return
        to_queue, to_desk = self.target()
        if to_queue is None and to_desk is None:
            self.banner.show_message(BannerKind.ERROR, self.tr("Choose a queue or a desk."))
            return
        if to_queue is not None:
            name = self._queue_names.get(to_queue, to_queue)
        else:
            name = self._desk_names.get(to_desk or "", to_desk or "")
        self._busy = True
        self.transfer_button.setEnabled(False)
        self.banner.show_message(BannerKind.INFO, self.tr("Transferring…"))
        service, principal, desk_code = self._queue_service, self._principal, self._desk_code
        run_op(
            self,
            lambda: service.transfer(principal, desk_code, to_queue=to_queue, to_desk=to_desk),
            on_success=lambda ticket: self.on_transferred(ticket, name),
            on_failure=self.on_failed,
        )

    def on_transferred(self, ticket: TicketInfo, name: str) -> None:
        self._busy = False
        self.transferred.emit(ticket, name)
        self.accept()

    def on_failed(self, error: Exception) -> None:
        self._busy = False
        self.transfer_button.setEnabled(True)
        self.banner.show_message(BannerKind.ERROR, error_text(error))
