"""The kiosk flow without Qt: every path, wiping and idempotent retry."""

from __future__ import annotations

import ast
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.kiosk.flow import (
    IDLE_RESET_STEPS,
    VISIT_ONDERWERP,
    CheckInRequest,
    Farewell,
    InputProblem,
    KioskFlow,
    Refusal,
    ScanBuffer,
    Step,
    Task,
    refusal_for,
)
from app.registry.models import Kanaal
from app.registry.models_queue import AppointmentStatus, TicketStatus
from app.services.appointments import (
    AppointmentCancelledError,
    AppointmentInfo,
    AppointmentNotFoundError,
    CheckInResult,
    InvalidTokenError,
    TooEarlyError,
    TooLateError,
)
from app.services.errors import InvalidBsnError
from app.services.queue import QueueInfo, TicketInfo

ROOT = Path(__file__).resolve().parents[2]


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


def _start(flow: KioskFlow) -> None:
    """Touch the start screen and keep the language: the tasks are next."""
    flow.start()
    flow.choose_language()


@pytest.fixture
def flow(ticks: Ticks) -> KioskFlow:
    flow = KioskFlow(location="Stadskantoor", clock=ticks)
    flow.ready()
    return flow


def test_staff_visit_draft(flow: KioskFlow, ticks: Ticks) -> None:
    flow.set_language("en")
    _start(flow)
    ticks.now += 12.7
    draft = flow.choose_staff_visit()
    assert flow.step == Step.SUBMITTING
    assert draft.kanaal == Kanaal.KIOSK
    assert draft.onderwerp == VISIT_ONDERWERP
    assert draft.location == "Stadskantoor"
    assert draft.taal == "eng"
    assert draft.duration_seconds == 12
    assert draft.bsn is None
    flow.submitted()
    assert flow.step == Step.THANKS


def test_retry_after_failure_sends_the_same_contact(flow: KioskFlow) -> None:
    _start(flow)
    first = flow.choose_staff_visit()
    flow.submit_failed()
    assert flow.step == Step.FAILED
    assert flow.retry() == first
    flow.submitted()
    flow.reset()
    _start(flow)
    assert flow.choose_staff_visit().uuid != first.uuid


def test_reset_wipes_the_visitor(flow: KioskFlow) -> None:
    flow.set_language("en")
    _start(flow)
    flow.show_help()
    flow.choose_staff_visit()
    flow.submit_failed()
    flow.reset()
    assert (flow.step, flow.language, flow.help_shown) == (Step.ATTRACT, "nl", False)
    _start(flow)
    assert flow.choose_staff_visit().taal == "nld"


def test_session_starts_with_the_language(flow: KioskFlow) -> None:
    assert flow.session_uuid is None
    flow.start()
    assert flow.step == Step.LANGUAGE
    session = flow.session_uuid
    assert session is not None
    flow.choose_language("en")
    assert (flow.step, flow.language) == (Step.CHOOSE, "en")
    # The visit is registered under the session's uuid, so the session record reuses it.
    assert flow.choose_staff_visit().uuid == session
    flow.submitted()
    flow.reset()
    assert flow.session_uuid is None
    flow.start()
    assert flow.session_uuid not in (None, session)


def test_product_then_goodbye_keeps_only_the_language(flow: KioskFlow) -> None:
    _start(flow)
    flow.set_language("en")
    flow.choose_product("uittreksel-brp")
    assert (flow.step, flow.product_code) == (Step.PRODUCT, "uittreksel-brp")
    flow.say_goodbye(Farewell.PRODUCT_DONE)
    assert (flow.step, flow.farewell, flow.language) == (Step.THANKS, Farewell.PRODUCT_DONE, "en")
    assert flow.product_code is None and flow.session_uuid is None
    flow.reset()
    assert (flow.step, flow.language, flow.farewell) == (Step.ATTRACT, "nl", Farewell.VISIT)


def test_out_of_order_ignores_visitors(ticks: Ticks) -> None:
    flow = KioskFlow(location="Stadskantoor", clock=ticks)
    assert flow.step == Step.STARTING
    flow.out_of_order()
    _start(flow)
    flow.reset()
    assert flow.step == Step.OUT_OF_ORDER
    with pytest.raises(RuntimeError):
        flow.choose_staff_visit()


# -- queue ticket and appointment check-in ---------------------------------------------------

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
VALID_BSN = "999993653"


def _queue(code: str = "BURGERZAKEN", estimate: int | None = 600) -> QueueInfo:
    return QueueInfo(
        code=code,
        naam="Burgerzaken",
        prefix="A",
        walk_in=True,
        waiting=2,
        open_desks=0 if estimate is None else 1,
        estimate_seconds=estimate,
    )


def _ticket(
    code: str = "A003", *, position: int | None = 2, estimate: int | None = 840
) -> TicketInfo:
    return TicketInfo(
        uuid=uuid.uuid4(),
        code=code,
        queue_code="BURGERZAKEN",
        queue_naam="Burgerzaken",
        status=TicketStatus.WAITING,
        created_at=NOW,
        waiting_since=NOW,
        position=position,
        estimate_seconds=estimate,
        appointment_naam="Jan Jansen",
    )


def _check_in_result() -> CheckInResult:
    starts = NOW + timedelta(minutes=15)
    appointment = AppointmentInfo(
        uuid=uuid.uuid4(),
        agenda_code="REISDOCUMENTEN",
        agenda_naam="Paspoort en ID-kaart aanvragen",
        product_code="paspoort",
        starts_at=starts,
        ends_at=starts + timedelta(minutes=15),
        status=AppointmentStatus.CHECKED_IN,
        naam="Jan Jansen",
        email="jan@example.org",
        telefoon="",
        toelichting="",
        ticket_code="P001",
    )
    return CheckInResult(appointment=appointment, ticket=_ticket("P001", position=0), new=True)


def _at_birth_date(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_check_in()
    flow.use_bsn()
    _type(flow, VALID_BSN)
    assert flow.bsn_done()


def _type(flow: KioskFlow, digits: str) -> None:
    for digit in digits:
        flow.press_digit(digit)


def test_idle_reset_covers_every_step_a_visitor_is_on() -> None:
    unattended = {Step.STARTING, Step.OUT_OF_ORDER, Step.ATTRACT}
    busy = {Step.SUBMITTING, Step.ISSUING, Step.CHECKING_IN}  # an answer is on its way
    assert set(Step) - unattended - busy == IDLE_RESET_STEPS


def test_ticket_for_a_chosen_queue(flow: KioskFlow) -> None:
    flow.set_language("en")
    _start(flow)
    flow.choose_ticket()
    assert (flow.step, flow.queues) == (Step.QUEUES, None)  # the window loads them now
    flow.queues_loaded([_queue()])
    assert flow.queues == (_queue(),)
    request = flow.pick_queue("BURGERZAKEN")
    assert flow.step == Step.ISSUING
    assert (request.queue_code, request.language) == ("BURGERZAKEN", "en")
    slip = flow.ticket_issued(_ticket())
    assert flow.step == Step.TICKET
    assert slip == flow.slip
    assert slip is not None
    assert (slip.code, slip.queue_naam, slip.position, slip.estimate_seconds) == (
        "A003",
        "Burgerzaken",
        2,
        840,
    )
    assert (slip.language, slip.desk_open, slip.is_appointment) == ("en", True, False)
    # The slip is what a printer gets: nothing personal from the ticket comes along.
    assert "Jan Jansen" not in repr(slip)


def test_ticket_without_an_open_desk_says_so(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_ticket()
    flow.queues_loaded([_queue(estimate=None)])
    flow.pick_queue("BURGERZAKEN")
    slip = flow.ticket_issued(_ticket(estimate=None))
    assert slip is not None
    assert slip.desk_open is False


def test_ticket_retry_after_failure_keeps_the_uuid(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_ticket()
    flow.queues_loaded([_queue()])
    first = flow.pick_queue("BURGERZAKEN")
    flow.ticket_failed()
    assert (flow.step, flow.failed_task) == (Step.FAILED, Task.TICKET)
    again = flow.retry_ticket()
    assert again == first  # same UUID: the service hands out one number, not two
    flow.ticket_failed()
    assert flow.retry_ticket().uuid == first.uuid
    assert flow.ticket_issued(_ticket()) is not None
    flow.reset()
    _start(flow)
    flow.choose_ticket()
    flow.queues_loaded([_queue()])
    assert flow.pick_queue("BURGERZAKEN").uuid != first.uuid  # the next visitor


def test_failed_ticket_then_back_to_start_forgets_the_uuid(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_ticket()
    first = flow.pick_queue("BURGERZAKEN")
    flow.ticket_failed()
    flow.reset()
    with pytest.raises(RuntimeError):
        flow.retry_ticket()
    _start(flow)
    flow.choose_ticket()
    assert flow.pick_queue("BURGERZAKEN").uuid != first.uuid


def test_queue_list_failure_retries_the_list(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_ticket()
    flow.queues_failed()
    assert (flow.step, flow.failed_task) == (Step.FAILED, Task.QUEUES)
    with pytest.raises(RuntimeError):
        flow.choose_staff_visit()  # "Try again" here means the queues, not a visit
    flow.choose_ticket()
    assert (flow.step, flow.queues, flow.failed_task) == (Step.QUEUES, None, None)


def test_late_ticket_answer_after_reset_is_dropped(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_ticket()
    flow.pick_queue("BURGERZAKEN")
    flow.reset()
    assert flow.ticket_issued(_ticket()) is None
    assert (flow.step, flow.slip) == (Step.ATTRACT, None)


def test_back_from_queues_and_check_in(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_ticket()
    flow.back()
    assert flow.step == Step.CHOOSE
    flow.choose_check_in()
    flow.back()
    assert flow.step == Step.CHOOSE


def test_scanned_code_checks_in(flow: KioskFlow) -> None:
    flow.set_language("en")
    _start(flow)
    flow.choose_check_in()
    request = flow.scanned(" sp1abcdef\n")
    assert flow.step == Step.CHECKING_IN
    assert request == CheckInRequest(language="en", token="sp1abcdef")
    slip = flow.checked_in(_check_in_result())
    assert flow.step == Step.TICKET
    assert slip is not None
    assert slip.code == "P001"
    assert slip.appointment_agenda == "Paspoort en ID-kaart aanvragen"
    assert slip.appointment_at == NOW + timedelta(minutes=15)
    assert (slip.is_appointment, slip.desk_open, slip.language) == (True, True, "en")
    assert "Jan Jansen" not in repr(slip)


def test_code_scanned_on_the_start_screen_checks_in_at_once(flow: KioskFlow) -> None:
    assert flow.scanned("SP1ABCDEF") is not None
    assert flow.step == Step.CHECKING_IN


@pytest.mark.parametrize("step_to", ["attract", "choose", "help", "busy"])
def test_scanner_noise_is_ignored(flow: KioskFlow, step_to: str) -> None:
    if step_to != "attract":
        _start(flow)
    if step_to == "help":
        flow.choose_check_in()
        flow.show_help()
    elif step_to == "busy":
        flow.choose_ticket()
        flow.pick_queue("BURGERZAKEN")
    before = flow.step
    noise = "SP1ABCDEF" if step_to in ("help", "busy") else "8712345678906"
    assert flow.scanned(noise) is None
    assert flow.step == before


def test_any_code_on_the_check_in_screen_is_sent(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_check_in()
    assert flow.scanned("abc") is None  # too short to be a code somebody held up
    assert flow.step == Step.CHECK_IN
    request = flow.scanned("8712345678906")  # a product barcode: the service will refuse it
    assert request is not None
    assert request.token == "8712345678906"


def test_bsn_and_birth_date_check_in(flow: KioskFlow) -> None:
    flow.set_language("en")
    _start(flow)
    flow.choose_check_in()
    flow.use_bsn()
    assert flow.step == Step.BSN
    _type(flow, VALID_BSN + "12")  # a tenth digit does not fit
    assert flow.digits == VALID_BSN
    assert flow.bsn_done()
    assert (flow.step, flow.digits) == (Step.BIRTH_DATE, "")
    _type(flow, "05041980")
    assert flow.digits == "05041980"
    request = flow.birth_date_done(date(2026, 11, 25))
    assert request == CheckInRequest(language="en", bsn=VALID_BSN, birth_date=date(1980, 4, 5))
    assert flow.step == Step.CHECKING_IN
    assert VALID_BSN not in repr(request)  # kept out of log lines
    assert flow.checked_in(_check_in_result()) is not None
    assert flow.step == Step.TICKET


def test_bsn_that_fails_the_elfproef_stays_to_be_corrected(flow: KioskFlow) -> None:
    _start(flow)
    flow.choose_check_in()
    flow.use_bsn()
    _type(flow, "123456789")
    assert not flow.bsn_done()
    assert (flow.step, flow.problem, flow.digits) == (
        Step.BSN,
        InputProblem.INVALID_BSN,
        "123456789",
    )
    flow.press_delete()
    assert (flow.problem, flow.digits) == (None, "12345678")
    _type(flow, "2")
    assert flow.bsn_done()  # 123456782 passes


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("3102198", InputProblem.INVALID_DATE),  # not all digits
        ("31021980", InputProblem.INVALID_DATE),  # no 31 February
        ("01011850", InputProblem.INVALID_DATE),
        ("01012030", InputProblem.FUTURE_DATE),
    ],
)
def test_birth_date_is_checked(flow: KioskFlow, typed: str, problem: InputProblem) -> None:
    _at_birth_date(flow)
    _type(flow, typed)
    assert flow.birth_date_done(date(2026, 11, 25)) is None
    assert (flow.step, flow.problem) == (Step.BIRTH_DATE, problem)


def test_back_from_birth_date_shows_the_bsn_to_correct(flow: KioskFlow) -> None:
    _at_birth_date(flow)
    _type(flow, "0504")
    flow.back()
    assert (flow.step, flow.digits) == (Step.BSN, VALID_BSN)
    flow.back()  # leaving the keypad drops what was typed
    assert flow.step == Step.CHECK_IN
    flow.use_bsn()
    assert flow.digits == ""


@pytest.mark.parametrize(
    ("error", "refusal"),
    [
        (TooEarlyError(starts="10:15", opens="09:45"), Refusal.TOO_EARLY),
        (TooLateError(starts="10:15"), Refusal.TOO_LATE),
        (InvalidTokenError(), Refusal.INVALID_CODE),
        (AppointmentNotFoundError(), Refusal.NOT_FOUND),
        (AppointmentCancelledError(), Refusal.CANCELLED),
        (InvalidBsnError(), Refusal.NOT_FOUND),
    ],
)
def test_check_in_errors_are_refusals(error: Exception, refusal: Refusal) -> None:
    assert refusal_for(error) == refusal


def test_technical_failure_is_no_refusal_and_retries_the_same_check_in(flow: KioskFlow) -> None:
    from app.registry.db import DatabaseUnavailableError

    assert refusal_for(DatabaseUnavailableError("down")) is None
    _start(flow)
    flow.choose_check_in()
    sent = flow.scanned("SP1ABCDEF")
    flow.check_in_failed()
    assert (flow.step, flow.failed_task) == (Step.FAILED, Task.CHECK_IN)
    assert flow.retry_check_in() == sent
    assert flow.step == Step.CHECKING_IN


@pytest.mark.parametrize(
    ("refusal", "primary", "secondary"),
    [
        (Refusal.TOO_EARLY, Step.ATTRACT, Step.ATTRACT),
        (Refusal.TOO_LATE, Step.QUEUES, Step.ATTRACT),
        (Refusal.CANCELLED, Step.QUEUES, Step.ATTRACT),
        (Refusal.INVALID_CODE, Step.BSN, Step.ATTRACT),
        (Refusal.NOT_FOUND, Step.BSN, Step.QUEUES),
    ],
)
def test_next_steps_after_a_refusal(
    ticks: Ticks, refusal: Refusal, primary: Step, secondary: Step
) -> None:
    for button, expected in (("primary", primary), ("secondary", secondary)):
        flow = KioskFlow(location="Stadskantoor", clock=ticks)
        flow.ready()
        flow.set_language("en")
        flow.scanned("SP1ABCDEF")
        flow.check_in_refused(refusal)
        assert (flow.step, flow.refusal) == (Step.REFUSED, refusal)
        if button == "primary":
            flow.refusal_primary()
        else:
            flow.refusal_secondary()
        assert flow.step == expected
        assert flow.refusal is None or flow.step == Step.REFUSED
        if expected == Step.ATTRACT:
            assert flow.language == "nl"  # reset for the next visitor


def test_reset_wipes_bsn_birth_date_and_token(flow: KioskFlow) -> None:
    _at_birth_date(flow)
    _type(flow, "0504")
    flow.reset()
    assert (flow.step, flow.digits, flow.problem) == (Step.ATTRACT, "", None)
    _start(flow)
    flow.choose_check_in()
    flow.use_bsn()
    assert flow.digits == ""
    with pytest.raises(RuntimeError):
        flow.retry_check_in()
    # Nothing of the first visitor is left anywhere in the flow.
    assert VALID_BSN not in repr(vars(flow))

    flow.scanned("SP1SECRETTOKEN")
    flow.check_in_failed()
    flow.reset()
    assert "SP1SECRETTOKEN" not in repr(vars(flow))
    with pytest.raises(RuntimeError):
        flow.retry_check_in()


def test_answer_wipes_what_was_typed(flow: KioskFlow) -> None:
    _at_birth_date(flow)
    _type(flow, "05041980")
    flow.birth_date_done(date(2026, 11, 25))
    flow.check_in_refused(Refusal.NOT_FOUND)
    assert VALID_BSN not in repr(vars(flow))
    flow.refusal_primary()  # try again: an empty keypad
    assert (flow.step, flow.digits) == (Step.BSN, "")


def test_scan_buffer_collects_a_code_up_to_enter(ticks: Ticks) -> None:
    buffer = ScanBuffer(clock=ticks)
    for char in "SP1AB C":
        buffer.key(char)
    assert buffer.enter() == "SP1ABC"
    assert buffer.enter() is None


def test_scan_buffer_drops_keys_before_a_pause(ticks: Ticks) -> None:
    buffer = ScanBuffer(clock=ticks, max_gap=1.0)
    buffer.key("x")
    ticks.now += 5
    for char in "SP1AB":
        buffer.key(char)
        ticks.now += 0.02
    assert buffer.enter() == "SP1AB"


def test_scan_buffer_has_a_limit(ticks: Ticks) -> None:
    buffer = ScanBuffer(clock=ticks, max_length=4)
    buffer.key("abcd")
    buffer.key("e")
    assert buffer.enter() is None


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def _qt_free(names: set[str]) -> bool:
    """Only the standard library and the Qt-free core (import-linter keeps that free of Qt)."""
    return all(
        not name.startswith((".", "PySide6", "shiboken6"))
        and (name.split(".")[0] != "app" or name.startswith(("app.services", "app.registry")))
        for name in names
    )


def test_flow_needs_no_qt() -> None:
    assert _qt_free(_imports(ROOT / "app" / "kiosk" / "flow.py"))
    assert not _qt_free(_imports(ROOT / "app" / "kiosk" / "window.py"))  # the check can fail
