"""The self-service uittreksel as a plain state machine, without Qt (like ``app.kiosk.flow``).

Phases, in order: scan the MRZ, place the document, read the chip, check it, confirm (purpose
and language of the document), pay, print, done; or a problem with its own way out.

What is remembered: the offer and language of the session, the MRZ until the chip is read, the
verified identity and holder until the document is printed (the service checks the identity
again when it issues), the purpose, the payment's UUID and journal state, the PDF until it is
printed. ``wipe`` drops everything personal; ``end`` also says whether an approved payment is
left undelivered (the view then reverses it).

Retries: a payment whose answer never came (the call failed) is retried with the *same* UUID,
so the journal returns its state and nothing is charged twice; after a decline a new attempt
gets a new UUID. A reprint reuses the issued PDF: the visitor paid for one uittreksel, with
one reference.

The uittreksel is issued (signed, audited, rendered) when the visitor presses Pay, before the
payment leaves: everything that needs the database happens while no money has moved, so once
the terminal approves, handing over the document needs only the printer (the journal's
answers then wait in the kiosk's outbox if the database went away). The price: a payment
that is declined or abandoned leaves an audit row for an uittreksel that was prepared and
never printed; a new purpose or language drops the prepared one.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from app.devices.emrtd.mrz import MrzData
from app.registry.models_payment import PaymentState
from app.services.documents.uittreksel import Uittreksel
from app.services.identity import VerifiedIdentity
from app.services.payments import PaymentInfo
from app.services.self_service import DocumentHolder, SelfServiceOffer

#: How long the visitor has to lay the document on the reader.
PLACE_TIMEOUT_MS = 60_000


class Step(enum.StrEnum):
    """Step codes for the host view and the session record (contract 4)."""

    DOCUMENT = "self.document"
    READING = "self.reading"
    CONFIRM = "self.confirm"
    PAYING = "self.paying"
    PRINTING = "self.printing"
    DONE = "self.done"
    PROBLEM = "self.problem"


class Phase(enum.StrEnum):
    SCAN = "scan"  # scan the MRZ
    PLACE = "place"  # lay the document on the reader
    READING = "reading"  # the chip is read
    CHECKING = "checking"  # verified and checked against the BRP
    CONFIRM = "confirm"
    PAYING = "paying"
    PRINTING = "printing"
    REVERSING = "reversing"  # the money goes back
    DONE = "done"
    PROBLEM = "problem"


_STEPS = {
    Phase.SCAN: Step.DOCUMENT,
    Phase.PLACE: Step.DOCUMENT,
    Phase.READING: Step.READING,
    Phase.CHECKING: Step.READING,
    Phase.CONFIRM: Step.CONFIRM,
    Phase.PAYING: Step.PAYING,
    Phase.PRINTING: Step.PRINTING,
    Phase.REVERSING: Step.PRINTING,
    Phase.DONE: Step.DONE,
    Phase.PROBLEM: Step.PROBLEM,
}


class Problem(enum.StrEnum):
    """What went wrong; each has its own message and buttons."""

    NO_DOCUMENT = "no_document"  # nothing laid on the reader in time
    READ_FAILED = "read_failed"  # the reader failed (retry)
    NOT_ACCEPTED = "not_accepted"  # not genuine / not this person / expired: to the counter
    DECLINED = "declined"  # the card was declined or the payment cancelled (retry)
    PAYMENT_UNKNOWN = "payment_unknown"  # no outcome: a host settles it
    PRINT_FAILED = "print_failed"  # paid, not printed: reprint or money back
    REVERSED = "reversed"  # the money went back
    FAILED = "failed"  # a service failed before payment (retry)
    UNAVAILABLE = "unavailable"  # a device this product needs is missing


class Purpose(enum.StrEnum):
    EMPLOYER = "employer"
    HOUSING = "housing"
    NOTARY = "notary"
    ABROAD = "abroad"
    OTHER = "other"


#: What the uittreksel states as its purpose (doelbinding), in the document's language.
PURPOSE_TEXT: dict[str, dict[Purpose, str]] = {
    "nl": {
        Purpose.EMPLOYER: "Werkgever",
        Purpose.HOUSING: "Woningcorporatie of verhuurder",
        Purpose.NOTARY: "Notaris",
        Purpose.ABROAD: "Instantie in het buitenland",
        Purpose.OTHER: "Overig",
    },
    "en": {
        Purpose.EMPLOYER: "Employer",
        Purpose.HOUSING: "Housing association or landlord",
        Purpose.NOTARY: "Notary",
        Purpose.ABROAD: "Authority abroad",
        Purpose.OTHER: "Other",
    },
}


@dataclass(frozen=True)
class SelfServiceResult:
    product_code: str
    completed: bool
    last_step: str
    payment_uuid: uuid.UUID | None
    partij_uuid: uuid.UUID | None


@dataclass(frozen=True)
class PaymentOrder:
    uuid: uuid.UUID
    amount_cents: int
    product_code: str


class SelfServiceFlow:
    def __init__(self) -> None:
        self.offer: SelfServiceOffer | None = None
        self.language = "nl"
        self.phase = Phase.SCAN
        self.problem: Problem | None = None
        #: The service's reason for a refusal or failure (shown translated); no personal data.
        self.error: Exception | None = None
        self.card_removed = False
        self.mrz: MrzData | None = None
        self.identity: VerifiedIdentity | None = None
        self.holder: DocumentHolder | None = None
        #: The holder's Partij, kept after the wipe for the session record (a key, no data).
        self.partij_uuid: uuid.UUID | None = None
        self.purpose: Purpose | None = None
        self.document_language = "nl"
        self.payment_uuid: uuid.UUID | None = None
        self.payment: PaymentInfo | None = None
        self.document: Uittreksel | None = None
        self.document_printed = False
        self.receipt_printed: bool | None = None  # None: not tried yet
        self.delivered = False
        self.reversed = False
        self.furthest = Step.DOCUMENT

    # -- the session ---------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return _STEPS[self.phase]

    @property
    def active(self) -> bool:
        return self.offer is not None

    def begin(self, offer: SelfServiceOffer, language: str) -> None:
        self.reset()
        self.offer = offer
        self.language = self.document_language = language if language in ("nl", "en") else "nl"
        self.furthest = Step.DOCUMENT
        self._go(Phase.SCAN)

    @property
    def paid(self) -> bool:
        """Approved on the terminal and not reversed: the visitor is owed a document."""
        return self.payment is not None and self.payment.state in (
            PaymentState.APPROVED,
            PaymentState.DELIVERED,
        )

    @property
    def owes_document(self) -> bool:
        """Paid, and the uittreksel did not come out: the money must go back if it never does."""
        return self.paid and not self.delivered and not self.document_printed

    @property
    def holds_session(self) -> bool:
        """Money or a print in flight: the window's idle timeout must wait."""
        return self.phase in (Phase.PAYING, Phase.PRINTING, Phase.REVERSING) or (
            self.owes_document and not self.reversed
        )

    def result(self) -> SelfServiceResult | None:
        if self.offer is None:
            return None
        return SelfServiceResult(
            product_code=self.offer.code,
            completed=self.delivered,
            last_step=self.furthest.value,
            payment_uuid=self.payment_uuid if self.payment is not None else None,
            partij_uuid=self.partij_uuid,
        )

    def wipe(self) -> None:
        """Everything personal goes; the offer and payment UUID stay for the record."""
        self.mrz = None
        self.identity = None
        self.holder = None
        self.document = None
        self.purpose = None
        self.error = None
        self.card_removed = False

    def reset(self) -> None:
        """After ``end``: nothing left, not even the offer."""
        self.wipe()
        self.offer = None
        self.partij_uuid = None
        self.payment = None
        self.payment_uuid = None
        self.problem = None
        self.document_printed = False
        self.receipt_printed = None
        self.delivered = False
        self.reversed = False
        self.phase = Phase.SCAN

    # -- the document --------------------------------------------------------------------------

    def scanned(self, mrz: MrzData) -> None:
        if self.phase not in (Phase.SCAN, Phase.PLACE):
            return
        self.mrz = mrz
        self.card_removed = False
        self._go(Phase.PLACE)

    def placed(self) -> None:
        if self.phase is Phase.PLACE and self.mrz is not None:
            self._go(Phase.READING)

    def removed(self) -> None:
        """The document was taken away mid-read: ask to lay it down again and retry."""
        if self.phase in (Phase.READING, Phase.CHECKING):
            self.card_removed = True
            self._go(Phase.PLACE)

    def read(self) -> None:
        if self.phase is Phase.READING:
            self._go(Phase.CHECKING)
            self.mrz = None  # the chip's data replaces the scan

    def checked(self, identity: VerifiedIdentity, holder: DocumentHolder) -> None:
        if self.phase is not Phase.CHECKING:
            return
        self.identity = identity
        self.holder = holder
        self.partij_uuid = holder.partij_uuid
        self.purpose = None
        self._go(Phase.CONFIRM)

    def place_timed_out(self) -> None:
        if self.phase is Phase.PLACE:
            self.fail(Problem.NO_DOCUMENT)

    # -- confirm and pay -----------------------------------------------------------------------

    def choose_purpose(self, purpose: Purpose) -> None:
        if self.phase is Phase.CONFIRM:
            if purpose is not self.purpose:
                self.document = None  # prepared for another purpose
            self.purpose = purpose

    def choose_document_language(self, language: str) -> None:
        if self.phase is Phase.CONFIRM and language in PURPOSE_TEXT:
            if language != self.document_language:
                self.document = None
            self.document_language = language

    @property
    def purpose_text(self) -> str:
        if self.purpose is None:
            return ""
        return PURPOSE_TEXT[self.document_language][self.purpose]

    @property
    def can_pay(self) -> bool:
        return (
            self.phase is Phase.CONFIRM and self.purpose is not None and self.identity is not None
        )

    def pay(self) -> PaymentOrder | None:
        """The payment to send; a new UUID unless the last attempt has no final answer."""
        if self.offer is None or not (self.can_pay or self._retrying_payment):
            return None
        last = self.payment
        if self.payment_uuid is None or (last is not None and last.final):
            self.payment_uuid = uuid.uuid4()
            self.payment = None
        self._go(Phase.PAYING)
        return PaymentOrder(self.payment_uuid, self.offer.fee_cents, self.offer.code)

    @property
    def _retrying_payment(self) -> bool:
        return self.phase is Phase.PROBLEM and self.problem in (Problem.DECLINED, Problem.FAILED)

    def payment_settled(self, info: PaymentInfo) -> None:
        if self.phase is not Phase.PAYING or info.uuid != self.payment_uuid:
            return
        self.payment = info
        if info.state is PaymentState.APPROVED:
            self._go(Phase.PRINTING)
        elif info.state in (PaymentState.DECLINED, PaymentState.ABORTED):
            self.fail(Problem.DECLINED)
        else:
            self.fail(Problem.PAYMENT_UNKNOWN)

    def payment_refused(self, error: Exception) -> None:
        """Nothing was sent (the journal or the document could not be written first): the
        visitor may try again; no host needed, no money moved."""
        if self.phase is Phase.PAYING:
            self.fail(Problem.FAILED, error)

    def payment_failed(self, error: Exception) -> None:
        """No answer: the journal holds the payment as sent or unknown; a host settles it."""
        if self.phase is Phase.PAYING:
            self.fail(Problem.PAYMENT_UNKNOWN, error)

    # -- print ---------------------------------------------------------------------------------

    def issued(self, document: Uittreksel) -> None:
        """The uittreksel, prepared before the payment (or, after a reprint, when printing)."""
        if self.phase in (Phase.PAYING, Phase.PRINTING):
            self.document = document

    def document_out(self) -> None:
        """The uittreksel came out: the product is delivered; the PDF is dropped."""
        if self.phase is Phase.PRINTING:
            self.document_printed = True
            self.document = None

    def marked_delivered(self, info: PaymentInfo) -> None:
        self.payment = info
        self.delivered = info.state is PaymentState.DELIVERED

    def receipt_done(self, printed: bool) -> None:
        self.receipt_printed = printed
        if self.phase is Phase.PRINTING and self.document_printed:
            self.wipe()
            self._go(Phase.DONE)

    def print_failed(self, error: Exception | None = None) -> None:
        if self.phase is Phase.PRINTING:
            self.fail(Problem.PRINT_FAILED, error)

    def reprint(self) -> bool:
        if self.phase is Phase.PROBLEM and self.problem is Problem.PRINT_FAILED:
            self._go(Phase.PRINTING)
            return True
        return False

    def reverse(self) -> bool:
        if self.owes_document and not self.reversed and self.phase is not Phase.REVERSING:
            self._go(Phase.REVERSING)
            return True
        return False

    def reversal_done(self, info: PaymentInfo) -> None:
        self.payment = info
        self.reversed = info.state is PaymentState.REVERSED
        self.wipe()
        if self.phase is Phase.REVERSING:
            self.fail(Problem.REVERSED)

    def reversal_failed(self, error: Exception) -> None:
        if self.phase is Phase.REVERSING:
            self.fail(Problem.PAYMENT_UNKNOWN, error)

    # -- ways back -----------------------------------------------------------------------------

    def fail(self, problem: Problem, error: Exception | None = None) -> None:
        self.problem = problem
        self.error = error
        if problem is Problem.NOT_ACCEPTED:
            self.wipe()
            self.error = error
        self.phase = Phase.PROBLEM

    def retry(self) -> Phase:
        """ "Try again" on a problem screen: back to where it can go on."""
        problem = self.problem
        if problem in (Problem.NO_DOCUMENT, Problem.READ_FAILED) and self.mrz is not None:
            self._go(Phase.PLACE)
        elif problem is Problem.DECLINED:
            self._go(Phase.CONFIRM)
        elif problem is Problem.PRINT_FAILED:
            self._go(Phase.PRINTING)
        elif problem is Problem.FAILED and self.identity is not None:
            self._go(Phase.CONFIRM)
        else:
            self.wipe()
            self._go(Phase.SCAN)
        return self.phase

    @property
    def can_go_back(self) -> bool:
        return self.phase in (Phase.PLACE, Phase.CONFIRM)

    def back(self) -> None:
        if self.phase is Phase.PLACE:
            self.mrz = None
            self.card_removed = False
            self._go(Phase.SCAN)
        elif self.phase is Phase.CONFIRM:
            self.wipe()
            self._go(Phase.SCAN)

    def _go(self, phase: Phase) -> None:
        self.phase = phase
        self.problem = None if phase is not Phase.PROBLEM else self.problem
        if phase is not Phase.PROBLEM:
            self.error = None
        order = list(Step)
        step = _STEPS[phase]
        if step is not Step.PROBLEM and order.index(step) > order.index(self.furthest):
            self.furthest = step
