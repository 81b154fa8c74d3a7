"""The kiosk's flow as a plain state machine, without Qt (after Electrum's wizard).

The screens only show the current step and forward touches; what happens next, what is
remembered and what is wiped lives here, where a test can walk every path in microseconds.
Later flows (queue ticket, product, payment) add steps and choices here.
"""

from __future__ import annotations

import enum
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from app.registry.models import Kanaal
from app.services.contacts import ContactDraft

#: The onderwerp a kiosk visit is registered under (a domain text, kept in Dutch).
VISIT_ONDERWERP = "Bezoek aangemeld bij zuil"

_TAAL = {"nl": "nld", "en": "eng"}


class Step(enum.StrEnum):
    STARTING = "starting"  # the kiosk's identity is being loaded
    OUT_OF_ORDER = "out_of_order"  # the kiosk cannot work; visitors go to a host
    ATTRACT = "attract"  # nobody is using the kiosk
    CHOOSE = "choose"  # a visitor picks what they came for
    SUBMITTING = "submitting"
    THANKS = "thanks"
    FAILED = "failed"  # registering failed; retry or ask a host


#: Steps where a visitor is busy and walking away must bring the kiosk back to the start.
IDLE_RESET_STEPS = frozenset({Step.CHOOSE, Step.FAILED, Step.THANKS})


@dataclass
class KioskFlow:
    location: str
    default_language: str = "nl"
    clock: Callable[[], float] = time.monotonic
    step: Step = Step.STARTING
    language: str = ""
    help_shown: bool = False
    _started_at: float | None = field(default=None, repr=False)
    _draft: ContactDraft | None = field(default=None, repr=False)

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
        if self.step != Step.ATTRACT:
            return
        self._started_at = self.clock()
        self.step = Step.CHOOSE

    def choose_staff_visit(self) -> ContactDraft:
        """The visitor wants to talk to a staff member: the visit to register.

        The draft (and its UUID) is kept until the visit is stored, so a retry after a failure
        sends the same contact and the service stores it once.
        """
        if self.step not in (Step.CHOOSE, Step.FAILED):
            raise RuntimeError(f"cannot register a visit in step {self.step}")
        if self._draft is None:
            started = self._started_at if self._started_at is not None else self.clock()
            self._draft = ContactDraft(
                uuid=uuid.uuid4(),
                kanaal=Kanaal.KIOSK,
                onderwerp=VISIT_ONDERWERP,
                location=self.location,
                taal=_TAAL.get(self.language, "nld"),
                duration_seconds=max(0, int(self.clock() - started)),
            )
        self.step = Step.SUBMITTING
        return self._draft

    def retry(self) -> ContactDraft:
        return self.choose_staff_visit()

    def submitted(self) -> None:
        if self.step == Step.SUBMITTING:
            self._draft = None
            self.step = Step.THANKS

    def submit_failed(self) -> None:
        if self.step == Step.SUBMITTING:
            self.step = Step.FAILED

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

    def _wipe(self) -> None:
        self._started_at = None
        self._draft = None
        self.help_shown = False
        self.language = self.default_language
