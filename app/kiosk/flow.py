"""The kiosk's flow as a plain state machine, without Qt (after Electrum's wizard).

The screens only show the current step and forward touches; what happens next, what is
remembered and what is wiped lives here, where a test can walk every path in microseconds.

A session starts on the start screen (a touch, then the language) and ends back there. Four
kinds of task start from the choice screen:

- talk to a staff member: register the visit (``choose_staff_visit``);
- take a queue ticket: pick a queue, get a number (``choose_ticket``, ``pick_queue``);
- check in for an appointment: scan the QR code, or type BSN and birth date on the keypad
  (``choose_check_in``, ``scanned``, ``use_bsn``, ``press_digit``, ...);
- a self-service product (``choose_product``), run by its own view until it reports back.

Every request the window sends to a service is made here and kept until it has an answer, so
"Try again" after a failure resends the very same request (the same contact UUID, the same
ticket UUID, the same token) and the service stores it once. What a visitor typed (BSN, birth
date) or scanned (token) is wiped as soon as the answer is in, and by every reset.
"""

from __future__ import annotations

import enum
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from app.registry.models import Kanaal
from app.services.appointments import (
    TOKEN_PREFIX,
    AppointmentCancelledError,
    AppointmentNotFoundError,
    CheckInResult,
    InvalidTokenError,
    TooEarlyError,
    TooLateError,
)
from app.services.contacts import ContactDraft
from app.services.errors import InvalidBsnError
from app.services.parties import normalise_bsn
from app.services.queue import QueueInfo, TicketInfo

#: The onderwerp a kiosk visit is registered under (a domain text, kept in Dutch).
VISIT_ONDERWERP = "Bezoek aangemeld bij zuil"

_TAAL = {"nl": "nld", "en": "eng"}

BSN_DIGITS = 9
#: DDMMYYYY, typed on the keypad without separators; the screen shows the dashes.
DATE_DIGITS = 8
#: Shorter scans on the check-in screen are noise, not a code somebody held up.
MIN_SCAN_LENGTH = 4
OLDEST_BIRTH_YEAR = 1900


class Step(enum.StrEnum):
    STARTING = "starting"  # the kiosk's identity is being loaded
    OUT_OF_ORDER = "out_of_order"  # the kiosk cannot work; visitors go to a host
    ATTRACT = "attract"  # nobody is using the kiosk
    LANGUAGE = "language"  # a visitor starts by choosing Nederlands or English
    CHOOSE = "choose"  # a visitor picks what they came for
    SUBMITTING = "submitting"  # the visit is being registered
    THANKS = "thanks"
    FAILED = "failed"  # a service call failed; retry or ask a host (see ``failed_task``)
    QUEUES = "queues"  # pick the queue to take a ticket for
    ISSUING = "issuing"  # the ticket is being taken
    TICKET = "ticket"  # the ticket is shown (and printed, when the kiosk has a printer)
    CHECK_IN = "check_in"  # scan the QR code, or choose BSN and birth date
    BSN = "bsn"  # keypad: the BSN
    BIRTH_DATE = "birth_date"  # keypad: the birth date
    CHECKING_IN = "checking_in"
    REFUSED = "refused"  # check-in refused: why, and what to do now (see ``refusal``)
    PRODUCT = "product"  # a self-service product is running (its view has its own steps)


#: Steps where a visitor is busy and walking away must bring the kiosk back to the start.
IDLE_RESET_STEPS = frozenset(
    {
        Step.LANGUAGE,
        Step.CHOOSE,
        Step.FAILED,
        Step.THANKS,
        Step.QUEUES,
        Step.TICKET,
        Step.CHECK_IN,
        Step.BSN,
        Step.BIRTH_DATE,
        Step.REFUSED,
        Step.PRODUCT,
    }
)

#: Steps on which an appointment code held under the scanner starts a check-in: a visitor
#: with a QR code should not have to find the right button first.
SCAN_STEPS = frozenset(
    {
        Step.ATTRACT,
        Step.LANGUAGE,
        Step.CHOOSE,
        Step.QUEUES,
        Step.TICKET,
        Step.CHECK_IN,
        Step.BSN,
        Step.BIRTH_DATE,
        Step.REFUSED,
    }
)


class Task(enum.StrEnum):
    """What a FAILED step was doing, and so what "Try again" repeats."""

    VISIT = "visit"
    QUEUES = "queues"
    TICKET = "ticket"
    CHECK_IN = "check_in"


class Farewell(enum.StrEnum):
    """What the THANKS step says: the session is over, the next visitor gets the start."""

    VISIT = "visit"  # a staff member will come
    PRODUCT_DONE = "product_done"  # the self-service product was delivered
    PRODUCT_STOPPED = "product_stopped"  # the self-service product ended without it
    HOST_CANCELLED = "host_cancelled"  # a host ended the session from the host view


class Refusal(enum.StrEnum):
    """Why a check-in was refused; each has its own next steps for the visitor."""

    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    INVALID_CODE = "invalid_code"
    NOT_FOUND = "not_found"
    CANCELLED = "cancelled"


class InputProblem(enum.StrEnum):
    INVALID_BSN = "invalid_bsn"
    INVALID_DATE = "invalid_date"
    FUTURE_DATE = "future_date"


_REFUSALS: tuple[tuple[type[Exception], Refusal], ...] = (
    (TooEarlyError, Refusal.TOO_EARLY),
    (TooLateError, Refusal.TOO_LATE),
    (InvalidTokenError, Refusal.INVALID_CODE),
    (AppointmentNotFoundError, Refusal.NOT_FOUND),
    # Checked locally first; should the service still refuse the BSN, nothing was found.
    (InvalidBsnError, Refusal.NOT_FOUND),
    (AppointmentCancelledError, Refusal.CANCELLED),
)


def refusal_for(error: Exception) -> Refusal | None:
    """The refusal a check-in error means to the visitor; None for a technical failure."""
    for error_type, refusal in _REFUSALS:
        if isinstance(error, error_type):
            return refusal
    return None


@dataclass(frozen=True)
class TicketRequest:
    queue_code: str
    uuid: uuid.UUID
    language: str


@dataclass(frozen=True)
class CheckInRequest:
    """Either a scanned token or BSN + birth date; ``repr`` hides them from logs."""

    language: str
    token: str | None = field(default=None, repr=False)
    bsn: str | None = field(default=None, repr=False)
    birth_date: date | None = field(default=None, repr=False)


@dataclass(frozen=True)
class TicketSlip:
    """What the ticket screen shows and a ticket printer will print: nothing personal.

    No name, BSN or birth date: the slip is left lying around, and the screen is read by the
    next person in the hall.
    """

    code: str
    queue_naam: str
    issued_at: datetime
    language: str
    #: Waiting tickets before this one (walk-ins); None for an appointment, which goes first.
    position: int | None = None
    #: None when no desk serving the queue is open (walk-ins) or for an appointment.
    estimate_seconds: int | None = None
    appointment_agenda: str | None = None
    appointment_at: datetime | None = None
    #: The ticket's uuid, for the QR on the printed ticket (no personal data behind it).
    uuid: uuid.UUID | None = None

    @property
    def is_appointment(self) -> bool:
        return self.appointment_at is not None

    @property
    def desk_open(self) -> bool:
        return self.is_appointment or self.estimate_seconds is not None

    @classmethod
    def for_walk_in(cls, ticket: TicketInfo, language: str) -> TicketSlip:
        return cls(
            code=ticket.code,
            queue_naam=ticket.queue_naam,
            issued_at=ticket.created_at,
            language=language,
            position=ticket.position,
            estimate_seconds=ticket.estimate_seconds,
            uuid=ticket.uuid,
        )

    @classmethod
    def for_check_in(cls, result: CheckInResult, language: str) -> TicketSlip:
        return cls(
            code=result.ticket.code,
            queue_naam=result.ticket.queue_naam,
            issued_at=result.ticket.created_at,
            language=language,
            appointment_agenda=result.appointment.agenda_naam,
            appointment_at=result.appointment.starts_at,
            uuid=result.ticket.uuid,
        )


@dataclass
class KioskFlow:
    location: str
    default_language: str = "nl"
    clock: Callable[[], float] = time.monotonic
    step: Step = Step.STARTING
    language: str = ""
    help_shown: bool = False
    #: The queues to choose from; None while they are being loaded.
    queues: tuple[QueueInfo, ...] | None = None
    #: The ticket on screen (TICKET step).
    slip: TicketSlip | None = None
    failed_task: Task | None = None
    refusal: Refusal | None = None
    #: What is wrong with the keypad input, shown under it until the next key press.
    problem: InputProblem | None = None
    #: The session's id from leaving the start screen until back at it; also the uuid of the
    #: visit contact, so the session record and the registered visit are one Klantcontact.
    session_uuid: uuid.UUID | None = None
    #: The self-service product chosen (PRODUCT step).
    product_code: str | None = None
    #: What the THANKS step says.
    farewell: Farewell = Farewell.VISIT
    _started_at: float | None = field(default=None, repr=False)
    _draft: ContactDraft | None = field(default=None, repr=False)
    _ticket_request: TicketRequest | None = field(default=None, repr=False)
    _check_in_request: CheckInRequest | None = field(default=None, repr=False)
    _bsn_digits: str = field(default="", repr=False)
    _date_digits: str = field(default="", repr=False)
    _bsn: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.language = self.language or self.default_language

    # -- kiosk lifecycle ---------------------------------------------------------------

    def ready(self) -> None:
        self.step = Step.ATTRACT

    def out_of_order(self) -> None:
        self._wipe()
        self.step = Step.OUT_OF_ORDER

    # -- visitor -----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language

    def start(self) -> None:
        """Leave the start screen: the session begins with the choice of language."""
        if self.step != Step.ATTRACT:
            return
        self._begin_session()
        self.step = Step.LANGUAGE

    def choose_language(self, language: str | None = None) -> None:
        """The visitor's language (None keeps the current one); on to the tasks."""
        if self.step != Step.LANGUAGE:
            return
        if language is not None:
            self.language = language
        self.step = Step.CHOOSE

    def choose_product(self, code: str) -> None:
        """A self-service product: its own view takes over until it reports back."""
        if self.step != Step.CHOOSE:
            raise RuntimeError(f"cannot start a product in step {self.step}")
        self.product_code = code
        self.step = Step.PRODUCT

    def say_goodbye(self, farewell: Farewell) -> None:
        """The session is over: a last word in the visitor's language, nothing personal kept."""
        if self.step in (Step.STARTING, Step.OUT_OF_ORDER):
            return
        language = self.language
        self._wipe()
        self.language = language
        self.farewell = farewell
        self.step = Step.THANKS

    def _begin_session(self) -> None:
        self._started_at = self.clock()
        self.session_uuid = uuid.uuid4()

    def choose_staff_visit(self) -> ContactDraft:
        """The visitor wants to talk to a staff member: the visit to register.

        The draft (and its UUID) is kept until the visit is stored, so a retry after a failure
        sends the same contact and the service stores it once.
        """
        if self.step not in (Step.CHOOSE, Step.FAILED) or self.failed_task not in (
            None,
            Task.VISIT,
        ):
            raise RuntimeError(f"cannot register a visit in step {self.step}")
        if self._draft is None:
            started = self._started_at if self._started_at is not None else self.clock()
            self._draft = ContactDraft(
                uuid=self.session_uuid or uuid.uuid4(),
                kanaal=Kanaal.KIOSK,
                onderwerp=VISIT_ONDERWERP,
                location=self.location,
                taal=_TAAL.get(self.language, "nld"),
                duration_seconds=max(0, int(self.clock() - started)),
            )
        self.failed_task = None
        self.step = Step.SUBMITTING
        return self._draft

    def retry(self) -> ContactDraft:
        return self.choose_staff_visit()

    def submitted(self) -> None:
        if self.step == Step.SUBMITTING:
            self._draft = None
            self.farewell = Farewell.VISIT
            self.step = Step.THANKS

    def submit_failed(self) -> None:
        if self.step == Step.SUBMITTING:
            self._fail(Task.VISIT)

    # -- queue ticket --------------------------------------------------------------------

    def choose_ticket(self) -> None:
        """Show the queues; the window loads them and hands them to ``queues_loaded``.

        Also the way out of a refused check-in (too late, cancelled): take a ticket instead.
        """
        if self.step not in (Step.CHOOSE, Step.FAILED, Step.REFUSED):
            raise RuntimeError(f"cannot choose a queue in step {self.step}")
        self.queues = None
        self.refusal = None
        self.failed_task = None
        self.step = Step.QUEUES

    def queues_loaded(self, queues: Sequence[QueueInfo]) -> None:
        if self.step == Step.QUEUES:
            self.queues = tuple(queues)

    def queues_failed(self) -> None:
        if self.step == Step.QUEUES:
            self._fail(Task.QUEUES)

    def pick_queue(self, queue_code: str) -> TicketRequest:
        """The ticket to take. Picking the queue of a failed attempt again keeps its UUID."""
        if self.step != Step.QUEUES:
            raise RuntimeError(f"cannot take a ticket in step {self.step}")
        request = self._ticket_request
        if request is None or request.queue_code != queue_code:
            request = TicketRequest(queue_code, uuid.uuid4(), self.language)
            self._ticket_request = request
        self.step = Step.ISSUING
        return request

    def retry_ticket(self) -> TicketRequest:
        """After a failure: the same ticket request (same UUID), so one number is handed out."""
        if self.step != Step.FAILED or self._ticket_request is None:
            raise RuntimeError(f"no ticket to retry in step {self.step}")
        self.failed_task = None
        self.step = Step.ISSUING
        return self._ticket_request

    def ticket_issued(self, ticket: TicketInfo) -> TicketSlip | None:
        """The ticket to show; None when the visitor has already gone (a late answer)."""
        if self.step != Step.ISSUING or self._ticket_request is None:
            return None
        language = self._ticket_request.language
        self._ticket_request = None
        self.slip = TicketSlip.for_walk_in(ticket, language)
        self.step = Step.TICKET
        return self.slip

    def ticket_failed(self) -> None:
        if self.step == Step.ISSUING:
            self._fail(Task.TICKET)

    # -- appointment check-in ------------------------------------------------------------

    def choose_check_in(self) -> None:
        if self.step not in (Step.CHOOSE, Step.REFUSED):
            raise RuntimeError(f"cannot check in from step {self.step}")
        self.refusal = None
        self._wipe_input()
        self.step = Step.CHECK_IN

    def scanned(self, text: str) -> CheckInRequest | None:
        """A line from the scanner: the check-in to send, or None when it is ignored.

        An appointment code starts a check-in on almost any screen. Anything else is only
        taken on the check-in screen, where it can only be a code the visitor held up (the
        service then says it is not valid); elsewhere it is noise.
        """
        token = "".join(text.split())
        if self.step not in SCAN_STEPS or self.help_shown:
            return None
        if not token.upper().startswith(TOKEN_PREFIX) and (
            self.step != Step.CHECK_IN or len(token) < MIN_SCAN_LENGTH
        ):
            return None
        if self.step == Step.ATTRACT:
            self._begin_session()
        self._wipe_input()
        self.refusal = None
        self.slip = None
        return self._send_check_in(CheckInRequest(language=self.language, token=token))

    def use_bsn(self) -> None:
        """No QR code: type BSN and birth date instead."""
        if self.step not in (Step.CHECK_IN, Step.REFUSED):
            raise RuntimeError(f"cannot enter a BSN in step {self.step}")
        self.refusal = None
        self._wipe_input()
        self.step = Step.BSN

    @property
    def digits(self) -> str:
        """What the keypad has so far, on the BSN or the birth date step."""
        if self.step == Step.BSN:
            return self._bsn_digits
        if self.step == Step.BIRTH_DATE:
            return self._date_digits
        return ""

    def press_digit(self, digit: str) -> None:
        if len(digit) != 1 or not digit.isdigit():
            raise ValueError(f"not a keypad digit: {digit!r}")
        self.problem = None
        if self.step == Step.BSN and len(self._bsn_digits) < BSN_DIGITS:
            self._bsn_digits += digit
        elif self.step == Step.BIRTH_DATE and len(self._date_digits) < DATE_DIGITS:
            self._date_digits += digit

    def press_delete(self) -> None:
        self.problem = None
        if self.step == Step.BSN:
            self._bsn_digits = self._bsn_digits[:-1]
        elif self.step == Step.BIRTH_DATE:
            self._date_digits = self._date_digits[:-1]

    def bsn_done(self) -> bool:
        """Check the BSN (the service's elfproef); on to the birth date when it passes."""
        if self.step != Step.BSN:
            return False
        try:
            self._bsn = normalise_bsn(self._bsn_digits)
        except InvalidBsnError:
            self.problem = InputProblem.INVALID_BSN
            return False
        self.problem = None
        self._date_digits = ""
        self.step = Step.BIRTH_DATE
        return True

    def birth_date_done(self, today: date) -> CheckInRequest | None:
        """The check-in to send, or None (and ``problem``) when the date cannot be right."""
        if self.step != Step.BIRTH_DATE or self._bsn is None:
            return None
        birth_date = _parse_ddmmyyyy(self._date_digits)
        if birth_date is None or birth_date.year < OLDEST_BIRTH_YEAR:
            self.problem = InputProblem.INVALID_DATE
            return None
        if birth_date > today:
            self.problem = InputProblem.FUTURE_DATE
            return None
        request = CheckInRequest(language=self.language, bsn=self._bsn, birth_date=birth_date)
        self._wipe_input()
        return self._send_check_in(request)

    def back(self) -> None:
        """One step back; what was typed on the step being left is dropped."""
        if self.step in (Step.QUEUES, Step.CHECK_IN):
            self.queues = None
            self._wipe_input()
            self.step = Step.CHOOSE
        elif self.step == Step.BSN:
            self._wipe_input()
            self.step = Step.CHECK_IN
        elif self.step == Step.BIRTH_DATE:
            self.problem = None
            self._date_digits = ""
            self._bsn = None
            self.step = Step.BSN

    def retry_check_in(self) -> CheckInRequest:
        if self.step != Step.FAILED or self._check_in_request is None:
            raise RuntimeError(f"no check-in to retry in step {self.step}")
        return self._send_check_in(self._check_in_request)

    def checked_in(self, result: CheckInResult) -> TicketSlip | None:
        if self.step != Step.CHECKING_IN or self._check_in_request is None:
            return None
        language = self._check_in_request.language
        self._check_in_request = None
        self.slip = TicketSlip.for_check_in(result, language)
        self.step = Step.TICKET
        return self.slip

    def check_in_refused(self, refusal: Refusal) -> None:
        if self.step == Step.CHECKING_IN:
            self._check_in_request = None
            self.refusal = refusal
            self.step = Step.REFUSED

    def refusal_primary(self) -> None:
        """The main next step after a refusal; the message screen labels it to match."""
        refusal = self.refusal
        if self.step != Step.REFUSED or refusal is None:
            return
        if refusal == Refusal.TOO_EARLY:
            self.reset()
        elif refusal in (Refusal.TOO_LATE, Refusal.CANCELLED):
            self.choose_ticket()
        else:  # a code that does not work, or nothing found with the BSN: type it (again)
            self.use_bsn()

    def refusal_secondary(self) -> None:
        """The other way out: a ticket when no appointment was found, else the start."""
        if self.step != Step.REFUSED:
            return
        if self.refusal == Refusal.NOT_FOUND:
            self.choose_ticket()
        else:
            self.reset()

    def check_in_failed(self) -> None:
        if self.step == Step.CHECKING_IN:
            self._fail(Task.CHECK_IN)

    # -- help and reset ----------------------------------------------------------------

    def show_help(self) -> None:
        self.help_shown = True

    def close_help(self) -> None:
        self.help_shown = False

    def reset(self) -> None:
        """Back to the start for the next visitor: nothing of this one stays."""
        self.help_shown = False
        if self.step in (Step.STARTING, Step.OUT_OF_ORDER):
            return
        self._wipe()
        self.step = Step.ATTRACT

    def _send_check_in(self, request: CheckInRequest) -> CheckInRequest:
        self._check_in_request = request
        self.failed_task = None
        self.step = Step.CHECKING_IN
        return request

    def _fail(self, task: Task) -> None:
        self.failed_task = task
        self.step = Step.FAILED

    def _wipe_input(self) -> None:
        self._bsn_digits = ""
        self._date_digits = ""
        self._bsn = None
        self.problem = None

    def _wipe(self) -> None:
        self._started_at = None
        self.session_uuid = None
        self.product_code = None
        self.farewell = Farewell.VISIT
        self._draft = None
        self._ticket_request = None
        self._check_in_request = None
        self._wipe_input()
        self.queues = None
        self.slip = None
        self.failed_task = None
        self.refusal = None
        self.help_shown = False
        self.language = self.default_language


def _parse_ddmmyyyy(digits: str) -> date | None:
    if len(digits) != DATE_DIGITS or not digits.isdigit():
        return None
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None


@dataclass
class ScanBuffer:
    """Collects what a keyboard-wedge scanner types, up to the Enter that ends a code.

    A scanner types a whole code in a fraction of a second; a gap longer than ``max_gap``
    means the characters before it were something else, so they are dropped.
    """

    clock: Callable[[], float] = time.monotonic
    max_gap: float = 1.0
    max_length: int = 256
    _chars: list[str] = field(default_factory=list, repr=False)
    _last: float | None = field(default=None, repr=False)

    def key(self, text: str) -> None:
        now = self.clock()
        if self._last is not None and now - self._last > self.max_gap:
            self._chars.clear()
        self._last = now
        printable = [c for c in text if c.isprintable() and not c.isspace()]
        if len(self._chars) + len(printable) > self.max_length:
            self._chars.clear()
            return
        self._chars.extend(printable)

    @property
    def pending(self) -> bool:
        """Something was typed and no Enter yet: an Enter now ends a scanned code."""
        return bool(self._chars)

    def enter(self) -> str | None:
        """The line typed so far (and a fresh start), or None when nothing was typed."""
        line = "".join(self._chars)
        self.clear()
        return line or None

    def clear(self) -> None:
        self._chars.clear()
        self._last = None
