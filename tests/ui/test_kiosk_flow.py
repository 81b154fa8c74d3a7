"""The kiosk flow without Qt: every path, wiping and idempotent retry."""

from __future__ import annotations

import pytest

from app.kiosk.flow import VISIT_ONDERWERP, KioskFlow, Step
from app.registry.models import Kanaal


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def flow(ticks: Ticks) -> KioskFlow:
    flow = KioskFlow(location="Stadskantoor", clock=ticks)
    flow.ready()
    return flow


def test_staff_visit_draft(flow: KioskFlow, ticks: Ticks) -> None:
    flow.set_language("en")
    flow.start()
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
    flow.start()
    first = flow.choose_staff_visit()
    flow.submit_failed()
    assert flow.step == Step.FAILED
    assert flow.retry() == first
    flow.submitted()
    flow.reset()
    flow.start()
    assert flow.choose_staff_visit().uuid != first.uuid


def test_reset_wipes_the_visitor(flow: KioskFlow) -> None:
    flow.set_language("en")
    flow.start()
    flow.show_help()
    flow.choose_staff_visit()
    flow.submit_failed()
    flow.reset()
    assert (flow.step, flow.language, flow.help_shown) == (Step.ATTRACT, "nl", False)
    flow.start()
    assert flow.choose_staff_visit().taal == "nld"


def test_out_of_order_ignores_visitors(ticks: Ticks) -> None:
    flow = KioskFlow(location="Stadskantoor", clock=ticks)
    assert flow.step == Step.STARTING
    flow.out_of_order()
    flow.start()
    flow.reset()
    assert flow.step == Step.OUT_OF_ORDER
    with pytest.raises(RuntimeError):
        flow.choose_staff_visit()
