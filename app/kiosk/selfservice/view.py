"""``SelfServiceView``: the uittreksel BRP at the kiosk, from document to print, on one page.

The view runs the devices and services the flow asks for, always off the GUI thread
(``run_op``: the reader, terminal and printer on ``Worker.DEVICES``, the services on
``Worker.DATABASE``), and shows the flow's phase. Every result carries the generation it was
started in: after ``end`` (or Back), a late answer from a device is dropped, never shown to the
next visitor.

Money: the payment's UUID is kept for a retry of an unanswered payment; a paid uittreksel that
does not come out leads to "Print again" or "Money back", and a session ended from outside with
the money taken and no document reverses the payment. The window must call
``recover_payments`` once after start-up, before the first visitor can pay.

The database may go away: before the payment the visitor is told paying is not possible now
(nothing charged); after it left, the document (prepared before paying) is still printed and
the journal's answers wait in the kiosk's outbox (``Checkout`` with an ``Outbox``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from app.config import Settings
from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.errors import BacFailedError, CardRemovedError
from app.devices.emrtd.mrz import MrzError
from app.devices.emrtd.mrz_source import KeyboardWedgeMrzBuffer
from app.devices.emrtd.reader import ChipDocument, ReadProgress
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import TestDocument
from app.devices.payment import PaymentTerminal
from app.devices.printer import JobState, PrintFailedError, wait_for_job
from app.registry.db import DatabaseUnavailableError
from app.registry.models_payment import PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import PaymentUnavailableError, Recovery
from app.services.demo_documents import DEMO_PERSONS
from app.services.documents.drawing import check_language
from app.services.documents.thermal import Payment, TerminalTransaction, receipt_pdf
from app.services.documents.uittreksel import Uittreksel
from app.services.errors import DomainError
from app.services.identity import (
    ChipMismatchError,
    IdentityMismatchError,
    NoBsnOnDocumentError,
    UnverifiedIdentityError,
    VerifiedIdentity,
)
from app.services.payments import PaymentInfo
from app.services.self_service import (
    DocumentHolder,
    ExpiredDocumentError,
    HolderNotFoundError,
    SelfServiceOffer,
)
from app.ui.ops import Worker, run_op

from ..devices import KioskDevices
from .confirm import ConfirmScreen
from .document import DocumentScreen
from .done import DoneScreen
from .flow import (
    PLACE_TIMEOUT_MS,
    PaymentOrder,
    Phase,
    Problem,
    Purpose,
    SelfServiceFlow,
    SelfServiceResult,
)
from .page import SELF_SERVICE_SHEET, SelfPage
from .paying import PayingScreen
from .printing import PrintingScreen
from .problem import ProblemScreen

log = logging.getLogger(__name__)

#: How often the reader is asked whether the document lies on it.
POLL_MS = 400
#: How long a print may take before it counts as failed (an A4 page through CUPS).
PRINT_TIMEOUT_S = 60.0

#: The holder's document is refused (not the kiosk's fault, not the visitor's to retry).
_NOT_ACCEPTED = (
    UnverifiedIdentityError,
    IdentityMismatchError,
    ExpiredDocumentError,
    HolderNotFoundError,
    NoBsnOnDocumentError,
    ChipMismatchError,
)


class _Relay(QObject):
    """Carries reader progress and terminal display lines from device threads (queued).

    Signals:
        progressed: a ``ReadProgress``.
        displayed: the terminal's display lines (tuple of str).
    """

    progressed = Signal(object)
    displayed = Signal(object)


def _fraction(progress: ReadProgress) -> float:
    within = progress.file_bytes_read / progress.file_size if progress.file_size else 1.0
    return min(1.0, (progress.files_done + within) / max(1, progress.files_total))


class SelfServiceView(QWidget):
    """One self-service session at a time; see the module docstring.

    Signals:
        finished: the visitor is done (Done, Stop); carries the ``SelfServiceResult``.
        step_changed: the step code (``flow.Step``) for the host view and the session record.
        help_needed: a ``HelpReason`` value the view raises itself (print or payment problem).
    """

    finished = Signal(object)
    step_changed = Signal(str)
    help_needed = Signal(str)

    def __init__(
        self,
        services: Services,
        settings: Settings,
        devices: KioskDevices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfService")
        self.setStyleSheet(SELF_SERVICE_SHEET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._services = services
        self._settings = settings
        self._devices = devices
        self._principal: Principal | None = None
        self.flow = SelfServiceFlow()
        self._generation = 0
        self._step = ""
        self._wedge = KeyboardWedgeMrzBuffer()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.displayed.connect(self._on_terminal_display)
        devices.display.subscribe(self._relay.displayed.emit)
        display = devices.display
        self._relay.destroyed.connect(lambda *_args: display.subscribe(None))
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(PLACE_TIMEOUT_MS)
        self._place_timer.timeout.connect(self._on_place_timeout)

        self.document = DocumentScreen()
        self.confirm = ConfirmScreen()
        self.paying = PayingScreen()
        self.printing = PrintingScreen()
        self.problem = ProblemScreen()
        self.done = DoneScreen()
        self.pages: list[SelfPage] = [
            self.document,
            self.confirm,
            self.paying,
            self.printing,
            self.problem,
            self.done,
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            # A stack is as large as its largest page in any shape; each page is laid out for
            # the screen's shape only when shown, so hidden pages must not set the minimum.
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(page)
            page.stop_requested.connect(self.on_stop)
            page.back_requested.connect(self.on_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        if isinstance(devices.card_reader, SimulatedCardReader):
            self.document.enable_demo(list(DEMO_PERSONS))
        self.document.demo_requested.connect(self.on_demo_document)
        self.confirm.purpose_chosen.connect(self.on_purpose)
        self.confirm.language_chosen.connect(self.on_document_language)
        self.confirm.pay_requested.connect(self.on_pay)
        self.problem.primary_clicked.connect(self.on_problem_primary)
        self.problem.secondary_clicked.connect(self.on_money_back)
        self.done.done.connect(self.on_finish)

    # -- the contract with the window ----------------------------------------------------------

    def begin(self, principal: Principal, offer: SelfServiceOffer, language: str) -> None:
        self._generation += 1
        self._principal = principal
        self._wedge.reset()
        self.flow.begin(offer, language)
        devices = self._devices
        if devices.card_reader is None or devices.checkout is None or devices.printer is None:
            self.flow.fail(Problem.UNAVAILABLE)
        self._show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def end(self) -> SelfServiceResult | None:
        """Wipe everything personal, drop what is in flight, give back an undelivered payment."""
        flow = self.flow
        result = flow.result()
        self._generation += 1
        self._place_timer.stop()
        self._wedge.reset()
        if flow.payment is not None and flow.owes_document and not flow.reversed:
            self._reverse_orphan(flow.payment)
        if flow.phase is Phase.PAYING and self._devices.terminal is not None:
            _abort_payment(self._devices.terminal)
        if isinstance(self._devices.card_reader, SimulatedCardReader):
            self._devices.card_reader.take_away()  # the demo's chip holds a person's data too
        flow.reset()
        for page in self.pages:
            page.clear()
        self.confirm.show_choice(
            product="", holder_name="", fee_cents=0, purpose=None, language="nl", can_pay=False
        )
        self.problem.show_problem(Problem.FAILED, None)
        self.paying.show_terminal_lines(())
        self.document.show_phase(Phase.SCAN)
        self.stack.setCurrentWidget(self.document)
        self._step = ""
        return result

    def holds_session(self) -> bool:
        return self.flow.active and self.flow.holds_session

    def retranslate(self) -> None:
        for page in self.pages:
            page.retranslate_ui()
        if self.flow.active:
            self._show()

    def recover_payments(self, principal: Principal) -> None:
        """Settle what a crash left open on this kiosk's terminal, before the first payment
        (``Checkout.recover`` on the devices worker); what stays open goes to the host."""
        devices = self._devices
        run_op(
            self,
            lambda: devices.recover_payments(principal),
            on_success=self._on_recovered,
            on_failure=lambda error: log.error("payment recovery failed: %s", error),
            worker=Worker.DEVICES,
        )

    def _on_recovered(self, found: Recovery | None) -> None:
        if found is not None and (found.unknown or found.undelivered):
            self.help_needed.emit("payment_problem")

    def _reverse_orphan(self, info: PaymentInfo) -> None:
        checkout, principal = self._devices.checkout, self._principal
        if checkout is None or principal is None:
            return
        log.warning("payment %s approved after the session ended: reversing", info.reference)
        payment_uuid = info.uuid
        run_op(
            self,
            lambda: checkout.reverse(principal, payment_uuid, "kiosk session ended"),
            on_success=lambda _info: None,
            on_failure=self._reversal_after_end_failed,
            worker=Worker.DEVICES,
        )

    def _reversal_after_end_failed(self, error: Exception) -> None:
        log.error("reversal after the session ended failed: %s", type(error).__name__)
        self.help_needed.emit("payment_problem")

    # -- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        flow = self.flow
        phase = flow.phase
        if phase in (Phase.SCAN, Phase.PLACE, Phase.READING, Phase.CHECKING):
            self.document.show_phase(phase, removed=flow.card_removed)
            self.stack.setCurrentWidget(self.document)
        elif phase is Phase.CONFIRM:
            offer, holder = flow.offer, flow.holder
            assert offer is not None and holder is not None
            self.confirm.show_choice(
                product=offer.naam,
                holder_name=holder.display_name,
                fee_cents=offer.fee_cents,
                purpose=flow.purpose,
                language=flow.document_language,
                can_pay=flow.can_pay,
            )
            self.stack.setCurrentWidget(self.confirm)
        elif phase is Phase.PAYING:
            assert flow.offer is not None
            self.paying.show_amount(flow.offer.fee_cents)
            self.stack.setCurrentWidget(self.paying)
        elif phase in (Phase.PRINTING, Phase.REVERSING):
            self.printing.show_work(reversing=phase is Phase.REVERSING)
            self.stack.setCurrentWidget(self.printing)
        elif phase is Phase.DONE:
            self.done.show_done(receipt_printed=bool(flow.receipt_printed))
            self.stack.setCurrentWidget(self.done)
        else:
            self.problem.show_problem(flow.problem or Problem.FAILED, flow.error)
            self.stack.setCurrentWidget(self.problem)
        if flow.step.value != self._step:
            self._step = flow.step.value
            self.step_changed.emit(self._step)

    def _go(self) -> None:
        """Show the flow's phase and start what it needs."""
        self._show()
        phase = self.flow.phase
        if phase is Phase.PLACE:
            self._place_timer.start()
            self._await_card(self._generation, first=not self.flow.card_removed)
        else:
            self._place_timer.stop()
        if phase is Phase.SCAN:
            self._wedge.reset()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        elif phase is Phase.READING:
            self._read()
        elif phase is Phase.PRINTING:
            self._print()

    # -- the document --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keyboard-wedge scanner types the MRZ lines, each followed by Enter."""
        if not self.flow.active or self.flow.phase not in (Phase.SCAN, Phase.PLACE):
            super().keyPressEvent(event)
            return
        text = "\n" if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else event.text()
        if not text:
            super().keyPressEvent(event)
            return
        self.feed_scanner(text)

    def feed_scanner(self, text: str) -> None:
        for result in self._wedge.feed(text):
            if isinstance(result, MrzError):
                log.info("MRZ scan not usable: %s", result.code)
                self.document.set_note(self.tr("That scan did not work. Please scan again."))
                continue
            self.flow.scanned(result)
            self._go()

    def on_demo_document(self, bsn: str) -> None:
        """Demo only: build the test person's document, lay it on the simulated reader and
        "scan" its MRZ."""
        reader, principal = self._devices.card_reader, self._principal
        if not isinstance(reader, SimulatedCardReader) or principal is None:
            return
        services, generation = self._services, self._generation
        run_op(
            self,
            lambda: services.self_service.demo_document(principal, bsn),
            on_success=lambda document: self._on_demo_ready(generation, reader, document),
            on_failure=lambda error: self._failed(generation, Problem.FAILED, error),
        )

    def _on_demo_ready(
        self, generation: int, reader: SimulatedCardReader, document: object
    ) -> None:
        if generation != self._generation:
            return

        assert isinstance(document, TestDocument)
        reader.present(VirtualPassport.from_document(document))
        self.feed_scanner(document.mrz + "\n")

    def _await_card(self, generation: int, *, first: bool) -> None:
        if first:
            self._poll(generation)
        else:
            QTimer.singleShot(POLL_MS, self, lambda: self._poll(generation))

    def _poll(self, generation: int) -> None:
        reader = self._devices.card_reader
        if generation != self._generation or self.flow.phase is not Phase.PLACE or reader is None:
            return
        run_op(
            self,
            reader.card_present,
            on_success=lambda present: self._on_card_checked(generation, present),
            on_failure=lambda error: self._failed(generation, Problem.READ_FAILED, error),
            worker=Worker.DEVICES,
        )

    def _on_card_checked(self, generation: int, present: bool) -> None:
        if generation != self._generation or self.flow.phase is not Phase.PLACE:
            return
        if present:
            self.flow.placed()
            self._go()
        else:
            QTimer.singleShot(POLL_MS, self, lambda: self._poll(generation))

    def _on_place_timeout(self) -> None:
        self.flow.place_timed_out()
        self._generation += 1
        self._go()

    def _read(self) -> None:
        reader, mrz = self._devices.card_reader, self.flow.mrz
        assert reader is not None and mrz is not None
        information = mrz.bac_key_information()
        emit = self._relay.progressed.emit
        generation = self._generation
        run_op(
            self,
            lambda: reader.read(information, progress=emit),
            on_success=lambda chip: self._on_read(generation, chip),
            on_failure=lambda error: self._on_read_failed(generation, error),
            worker=Worker.DEVICES,
        )

    def _on_progress(self, progress: ReadProgress) -> None:
        if self.flow.phase is Phase.READING:
            self.document.set_progress(_fraction(progress))

    def _on_read_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(error, CardRemovedError):
            self.flow.removed()
            self._go()
            return
        if isinstance(error, BacFailedError):
            self.flow.mrz = None  # misread: the next scan replaces it
        self._failed(generation, Problem.READ_FAILED, error)

    def _on_read(self, generation: int, chip: ChipDocument) -> None:
        if generation != self._generation:
            return
        mrz = self.flow.mrz
        assert mrz is not None
        self.flow.read()
        self._show()
        services, principal = self._services, self._principal
        assert principal is not None

        def check() -> tuple[VerifiedIdentity, DocumentHolder]:
            identity = services.identity.verify(principal, mrz, chip)
            return identity, services.self_service.identify_holder(principal, identity)

        run_op(
            self,
            check,
            on_success=lambda found: self._on_checked(generation, *found),
            on_failure=lambda error: self._on_check_failed(generation, error),
        )

    def _on_checked(
        self, generation: int, identity: VerifiedIdentity, holder: DocumentHolder
    ) -> None:
        if generation != self._generation:
            return
        self.flow.checked(identity, holder)
        self._go()

    def _on_check_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(error, _NOT_ACCEPTED):
            log.info("self-service refused the document: %s", type(error).__name__)
            self._failed(generation, Problem.NOT_ACCEPTED, error)
        else:
            self._failed(generation, Problem.FAILED, error)

    # -- confirm and pay -----------------------------------------------------------------------

    def on_purpose(self, purpose: Purpose) -> None:
        self.flow.choose_purpose(purpose)
        self._show()

    def on_document_language(self, language: str) -> None:
        self.flow.choose_document_language(language)
        self._show()

    def on_pay(self) -> None:
        """Prepare the uittreksel, then pay: see ``flow`` on why in that order."""
        order = self.flow.pay()
        if order is None or self._devices.checkout is None or self._principal is None:
            return
        self._go()
        generation = self._generation
        if self.flow.document is not None:  # prepared for an earlier, declined attempt
            self._send_payment(generation, order)
            return
        run_op(
            self,
            self._issue_function(),
            on_success=lambda document: self._on_prepared(generation, order, document),
            on_failure=lambda error: self._on_prepare_failed(generation, error),
        )

    def _issue_function(self) -> Callable[[], Uittreksel]:
        flow = self.flow
        services, principal, identity = self._services, self._principal, flow.identity
        assert principal is not None and identity is not None
        purpose, sender = flow.purpose_text, self._devices.sender
        language = check_language(flow.document_language)
        return lambda: services.self_service.issue_own_uittreksel(
            principal, identity, purpose=purpose, sender=sender, language=language
        )

    def _on_prepared(self, generation: int, order: PaymentOrder, document: Uittreksel) -> None:
        if generation != self._generation:
            return
        self.flow.issued(document)
        self._send_payment(generation, order)

    def _on_prepare_failed(self, generation: int, error: Exception) -> None:
        """No money has moved: a dead database means "paying is not possible now"."""
        if generation != self._generation:
            return
        if isinstance(error, _NOT_ACCEPTED):
            self._failed(generation, Problem.NOT_ACCEPTED, error)
            return
        log.warning("uittreksel not prepared, nothing paid: %s", type(error).__name__)
        if isinstance(error, DatabaseUnavailableError):
            error = PaymentUnavailableError()
        self.flow.payment_refused(error)
        self._go()

    def _send_payment(self, generation: int, order: PaymentOrder) -> None:
        checkout, principal = self._devices.checkout, self._principal
        assert checkout is not None and principal is not None
        run_op(
            self,
            lambda: checkout.pay(
                principal,
                uuid=order.uuid,
                amount_cents=order.amount_cents,
                product_code=order.product_code,
            ),
            on_success=lambda info: self._on_paid(generation, info),
            on_failure=lambda error: self._on_pay_failed(generation, error),
            worker=Worker.DEVICES,
        )

    def _on_terminal_display(self, lines: object) -> None:
        if self.flow.phase is Phase.PAYING and isinstance(lines, tuple):
            self.paying.show_terminal_lines(tuple(str(line) for line in lines))

    def _on_paid(self, generation: int, info: PaymentInfo) -> None:
        if generation != self._generation:
            # The session ended while the terminal was busy (a host cancelled it): the
            # visitor is gone, so money taken now goes straight back.
            if info.state is PaymentState.APPROVED:
                self._reverse_orphan(info)
            return
        self.flow.payment_settled(info)
        if self.flow.problem is Problem.PAYMENT_UNKNOWN:
            self.help_needed.emit("payment_problem")
        self._go()

    def _on_pay_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(error, PaymentUnavailableError):
            log.warning("payment not started: the journal cannot be written")
            self.flow.payment_refused(error)
            self._go()
            return
        log.error("payment failed without an outcome: %s", type(error).__name__)
        self.flow.payment_failed(error)
        self.help_needed.emit("payment_problem")
        self._go()

    # -- print ---------------------------------------------------------------------------------

    def _print(self) -> None:
        flow = self.flow
        generation = self._generation
        if flow.document is None:
            run_op(
                self,
                self._issue_function(),
                on_success=lambda document: self._on_issued(generation, document),
                on_failure=lambda error: self._on_print_failed(generation, error),
            )
            return
        self._print_document(generation, flow.document)

    def _on_issued(self, generation: int, document: Uittreksel) -> None:
        if generation != self._generation:
            return
        self.flow.issued(document)
        self._print_document(generation, document)

    def _print_document(self, generation: int, document: Uittreksel) -> None:
        printer = self._devices.printer
        assert printer is not None
        pdf, title = document.pdf, f"Uittreksel BRP {document.data.reference}"

        def print_and_follow() -> JobState:
            job = printer.print_pdf(pdf, title=title)
            return wait_for_job(printer, job, timeout=PRINT_TIMEOUT_S)

        run_op(
            self,
            print_and_follow,
            on_success=lambda state: self._on_document_printed(generation, state),
            on_failure=lambda error: self._on_print_failed(generation, error),
            worker=Worker.DEVICES,
        )

    def _on_document_printed(self, generation: int, state: JobState) -> None:
        if generation != self._generation:
            return
        if state is not JobState.COMPLETED:
            self._on_print_failed(generation, PrintFailedError("print not confirmed in time"))
            return
        self.flow.document_out()
        checkout, principal, payment = self._devices.checkout, self._principal, self.flow.payment
        assert checkout is not None and principal is not None and payment is not None
        payment_uuid = payment.uuid
        run_op(
            self,
            lambda: checkout.deliver(principal, payment_uuid, known=payment),
            on_success=lambda info: self._on_delivered(generation, info),
            on_failure=lambda error: self._on_deliver_failed(generation, error),
        )

    def _on_delivered(self, generation: int, info: PaymentInfo) -> None:
        if generation != self._generation:
            return
        self.flow.marked_delivered(info)
        self._print_receipt(generation, info)

    def _on_deliver_failed(self, generation: int, error: Exception) -> None:
        """The document is out; the journal will show approved-not-delivered to the host."""
        if generation != self._generation:
            return
        log.error("payment not marked delivered: %s", type(error).__name__)
        payment = self.flow.payment
        assert payment is not None
        self._print_receipt(generation, payment)

    def _print_receipt(self, generation: int, info: PaymentInfo) -> None:
        printer, offer = self._devices.printer, self.flow.offer
        assert printer is not None and offer is not None
        sender = self._devices.sender
        language = check_language(self.flow.language)
        product = offer.naam

        def print_receipt() -> JobState:
            pdf = receipt_pdf(receipt_payment(info, product), sender=sender, language=language)
            job = printer.print_pdf(pdf, title=f"Betaalbewijs {info.reference}")
            return wait_for_job(printer, job, timeout=PRINT_TIMEOUT_S)

        run_op(
            self,
            print_receipt,
            on_success=lambda state: self._on_receipt(generation, state is JobState.COMPLETED),
            on_failure=lambda _error: self._on_receipt(generation, False),
            worker=Worker.DEVICES,
        )

    def _on_receipt(self, generation: int, printed: bool) -> None:
        if generation != self._generation:
            return
        if not printed:
            log.warning("receipt not printed after the uittreksel")
        self.flow.receipt_done(printed)
        self._go()

    def _on_print_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        log.error("uittreksel not printed: %s", getattr(error, "code", type(error).__name__))
        shown = error if isinstance(error, DomainError) else None
        self.flow.print_failed(shown)
        self.help_needed.emit("print_failed")
        self._go()

    def on_money_back(self) -> None:
        if not self.flow.reverse():
            return
        checkout, principal, payment = self._devices.checkout, self._principal, self.flow.payment
        assert checkout is not None and principal is not None and payment is not None
        self._go()
        generation, payment_uuid = self._generation, payment.uuid
        run_op(
            self,
            lambda: checkout.reverse(principal, payment_uuid, "uittreksel not printed"),
            on_success=lambda info: self._on_reversed(generation, info),
            on_failure=lambda error: self._on_reverse_failed(generation, error),
            worker=Worker.DEVICES,
        )

    def _on_reversed(self, generation: int, info: PaymentInfo) -> None:
        if generation != self._generation:
            return
        self.flow.reversal_done(info)
        self._go()

    def _on_reverse_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.flow.reversal_failed(error)
        self.help_needed.emit("payment_problem")
        self._go()

    # -- ways out ------------------------------------------------------------------------------

    def _failed(self, generation: int, problem: Problem, error: Exception | None) -> None:
        if generation != self._generation:
            return
        self._generation += 1  # what else was running for this step is void now
        self.flow.fail(problem, error)
        self._go()

    def on_problem_primary(self) -> None:
        problem = self.flow.problem
        if problem in (Problem.NOT_ACCEPTED, Problem.REVERSED, Problem.UNAVAILABLE):
            self.on_finish()
            return
        if problem is Problem.DECLINED:
            self.flow.retry()  # back to confirm: pay again with a new payment
            self._go()
            return
        self._generation += 1
        self.flow.retry()
        self._go()

    def on_back(self) -> None:
        if not self.flow.can_go_back:
            return
        self._generation += 1
        self.flow.back()
        self._go()

    def on_stop(self) -> None:
        self.on_finish()

    def on_finish(self) -> None:
        result = self.end()
        if result is not None:
            self.finished.emit(result)


def _abort_payment(terminal: PaymentTerminal) -> None:
    """Ask the terminal to stop the running payment. Its own thread: the devices worker is
    blocked in ``pay`` until the terminal answers, and the abort is what makes it answer. A
    card that wins the race is approved and then reversed (see ``_on_paid``)."""

    def abort() -> None:
        try:
            terminal.abort()
        except Exception as error:  # the terminal's own answer settles the payment anyway
            log.warning("payment abort not accepted: %s", type(error).__name__)

    threading.Thread(target=abort, name="kiosk-payment-abort", daemon=True).start()


def receipt_payment(info: PaymentInfo, product: str) -> Payment:
    """The receipt's data from the journal: our reference and the terminal's transaction."""
    paid_at = info.settled_at or info.updated_at
    lines = tuple((info.customer_receipt or "").splitlines())
    transaction = TerminalTransaction(
        terminal_id=info.workstation_id,
        transaction_id=info.stan or "",
        approval_code=info.approval_code or "",
        card_brand=info.card_brand or "",
        card_number=info.masked_pan or "",
        receipt_lines=lines,
    )
    return Payment(
        product=product,
        amount_cents=info.amount_cents,
        reference=info.reference,
        paid_at=paid_at,
        transaction=transaction,
    )


__all__ = ["SelfServiceResult", "SelfServiceView", "receipt_payment"]
