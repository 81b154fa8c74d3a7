"""Render the main screens to PNG so a person can look at them (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots
        [--lang nl|en] [--only GROUP] [out_dir]

Uses a throw-away demo database (``seed_demo``), a hand-made BRP household
(``tests.ui.people``), the real windows and the real theme, and writes to ``screenshots/``
(gitignored) by default: the login dialog; the counter's person screen with a person who has
a partner, children, an expiring passport, contacts and open hand-offs, the pick list of a
household found by postcode, and the back-office task list (each at 1920x1080 and 1366x768);
a form error, a deceased person and the complete-task dialog; the kennisbank beside the form
(an article with its fees, a question funnel half-way and at a hand-off answer used in the
contact) and the beheerder's catalogue editor (each at 1920x1080 and 1366x768), with a
refused fee; the queue strip idle and with a called visitor (each at 1920x1080 and 1366x768),
its end menu, transfer dialog and a refused no-show; the appointment dialog and its
confirmation, the person's appointments and queue visits and the agenda's day (Ctrl+4); the
kiosk screens in landscape 1920x1080 and portrait 1080x1920, with taking a ticket and checking
in for an appointment by BSN, and the KTO question answered on the thank-you screen; the
waiting-room display at 1920x1080 and 1280x720; and the uittreksel BRP (``--only print``):
its dialog, a paper-out with the unprinted list, and the check of a scanned code, genuine and
changed; and reading a document (``--only identify``) with the simulated reader: verified,
forged, a refused MRZ, and the person with the photo.

``--only GROUP`` renders one group; every group seeds what it shows, so any one can run alone.
The queue, appointment, kiosk and display groups move the clock to 10:00 on a working day, so
the agenda has free times and the kiosk's check-in window is open whenever the script runs.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import uuid4

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal, Resolution
from app.registry.models_queue import AppointmentStatus
from app.services import Services
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.documents.thermal import Sender
from app.services.seed import seed_demo
from app.services.workingdays import AMSTERDAM, is_working_day
from app.ui import i18n, ops
from app.ui.theme import Variant, apply_theme
from tests.ui import people

if TYPE_CHECKING:
    from app.kiosk.devices import KioskDevices
    from app.kiosk.window import KioskWindow

ROOT = Path(__file__).resolve().parents[2]
#: Suzanne's birth date (tests.ui.people): the kiosk checks her in with BSN and birth date.
SUZANNE_BORN = date(1985, 12, 1)


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if ops.active_count() == 0 and until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def wait_until(app: QApplication, until: Callable[[], bool], timeout: float = 15) -> None:
    """Like ``settle``, for a state reached while an operation still runs (a held print)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until():
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


@dataclass
class MovableClock:
    """Wall-clock time, set back while seeding so some hand-offs are due or late today."""

    offset: timedelta = field(default_factory=timedelta)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def set(self, moment: datetime) -> None:
        """From now on the clock reads ``moment`` (and runs on from there)."""
        self.offset = moment - datetime.now(UTC)


def office_day(start: date, step: int = 1, weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)) -> date:
    """``start`` or the nearest working day after it (``step=-1``: before it) on ``weekdays``."""
    day = start
    while not is_working_day(day) or day.weekday() not in weekdays:
        day += timedelta(days=step)
    return day


def office_moment(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A local time on ``day``, in UTC as the services store it."""
    return datetime.combine(day, day_time(hour, minute), AMSTERDAM).astimezone(UTC)


def office_hours(clock: MovableClock) -> date:
    """Set the clock to 10:00 on today's date, or the next working day: the desks are open."""
    day = office_day(datetime.now(AMSTERDAM).date())
    clock.set(office_moment(day))
    return day


def seed_hand_offs(services: Services, clock: MovableClock) -> None:
    """Hand-offs of several ages, so the task list shows every traffic-light colour."""
    anna = services.auth.login("anna", "balie-demo")
    cases = (
        (people.SUZANNE, "Paspoort kwijt", "Terugbellen over vermissing", 9),
        (people.PIETER, "Uittreksel voor notaris", "Uittreksel opsturen", 7),
        (people.EMMA, "Identiteitskaart kind", "Afspraak maken voor aanvraag", 5),
        (None, "Vraag over rijbewijs (anoniem)", "Terugbellen op 06-12345678", 0),
    )
    for bsn, subject, action, days_ago in cases:
        clock.offset = -timedelta(days=days_ago)
        services.contacts.register(
            anna,
            ContactDraft(
                uuid=uuid4(),
                kanaal=Kanaal.TELEFOON,
                onderwerp=subject,
                inhoud="Demogegevens",
                bsn=bsn,
                product_code="paspoort",
                hand_off=HandOffRequest(action),
            ),
        )
    clock.offset = timedelta()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def grab_now(app: QApplication, widget: QWidget, path: Path) -> None:
    """``grab`` without waiting for running operations: a payment or print in progress."""
    app.processEvents()
    widget.grab().save(str(path))
    print(path)


def counter_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    from PySide6.QtCore import Qt

    from app.counter.login import LoginDialog
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    login = LoginDialog(services)
    login.show()
    login.username.setText("anna")
    grab(app, login, out / f"login_{lang}.png")
    login.password.setText("wrong")
    login.on_login_requested()
    settle(app, lambda: not login.password.text() and login.password.isEnabled())
    grab(app, login, out / f"login_error_{lang}.png")
    login.close()

    principal = services.auth.login("anna", "balie-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        screen = window.person_screen
        form = screen.form
        settle(app, lambda f=form: f.product.isEnabled())
        grab(app, window, out / f"counter_start_{size}_{lang}.png")

        # A household found by postcode: the pick list.
        screen.search.postcode.setText("3074 sn")
        screen.search.house_number.setText("7a")
        screen.search.on_return_pressed("house_number")
        settle(app, lambda s=screen: s.stack.currentWidget() is s.pick_list)
        grab(app, window, out / f"counter_picklist_{size}_{lang}.png")

        # The person opened from the list, with the form filled in for a hand-off.
        screen.pick_list.table.selectRow(
            next(
                row
                for row in range(screen.pick_list.model.rowCount())
                if screen.pick_list.model.view(row).person.bsn == people.SUZANNE
            )
        )
        screen.pick_list.on_activated(screen.pick_list.table.currentIndex())
        settle(app, lambda s=screen: s.open_bsn == people.SUZANNE)
        form.kanaal.setCurrentIndex(form.kanaal.findData(Kanaal.TELEFOON))
        form.product.setCurrentIndex(form.product.findData("paspoort"))
        form.onderwerp.setText("Paspoort verloopt, nieuwe aanvragen")
        form.inhoud.setPlainText("Uitgelegd welke documenten mee te nemen.")
        form.hand_off.setChecked(True)
        form.handeling.setText("Terugbellen over spoedaanvraag")
        form.onderwerp.setFocus(Qt.FocusReason.OtherFocusReason)
        grab(app, window, out / f"counter_person_{size}_{lang}.png")
        if width == 1920:
            form.onderwerp.clear()
            form.on_register_requested()
            settle(app, lambda f=form: f.register_button.isEnabled())
            grab(app, window, out / f"counter_error_{lang}.png")
            screen.search.clear()
            screen.search.bsn.setText(people.HENDRIK)
            screen.search.on_return_pressed("bsn")
            settle(app, lambda s=screen: s.open_bsn == people.HENDRIK)
            grab(app, window, out / f"counter_deceased_{lang}.png")
            screen.search.clear()
            screen.search.bsn.setText("123456789")
            screen.search.on_return_pressed("bsn")
            settle(app, lambda s=screen: s.search.banner.isVisible())
            settle(app, lambda s=screen: s.search.bsn.property("invalid") is True)
            grab(app, window, out / f"counter_invalid_bsn_{lang}.png")

        # The back-office task list of Burgerzaken.
        window.show_tasks()
        tasks = window.tasks
        settle(app, lambda t=tasks: t.unit.count() > 0)
        tasks.unit.setCurrentIndex(tasks.unit.findData("BO-BURGERZAKEN"))
        settle(app, lambda t=tasks: t.model.rowCount() > 0)
        grab(app, window, out / f"counter_tasks_{size}_{lang}.png")
        if width == 1920:
            tasks.on_complete_requested()
            dialog = tasks.dialog
            assert dialog is not None
            dialog.on_complete_requested()  # without a note: refused, with a message
            grab(app, dialog, out / f"counter_complete_{lang}.png")
            dialog.reject()
        window.close()
        settle(app)


def knowledge_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The kennisbank next to the form: an article, a funnel half-way and at its answer."""
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    principal = services.auth.login("anna", "balie-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        screen = window.person_screen
        settle(app, lambda s=screen: s.form.product.isEnabled())
        screen.search.bsn.setText(people.SUZANNE)
        screen.search.on_return_pressed("bsn")
        settle(app, lambda s=screen: s.open_bsn == people.SUZANNE)
        window.on_knowledge_requested()
        panel = screen.knowledge
        for text, code in (
            ("paspoort", "paspoort-aanvragen"),
            ("parkeervergunning tweede auto", "parkeervergunning-aanvragen"),
        ):
            panel.search_edit.setText(text)
            panel.search.search_now(text)
            settle(
                app,
                lambda p=panel, c=code: (
                    p.article.article is not None and p.article.article.code == c
                ),
            )
            if code == "paspoort-aanvragen":
                grab(app, window, out / f"counter_knowledge_{size}_{lang}.png")
                panel.article.funnel.choose(0)  # "Eerste aanvraag": the age question next
                grab(app, window, out / f"counter_funnel_{size}_{lang}.png")
        walker = panel.article.funnel
        walker.choose(0)  # "Bewoner"
        walker.choose(1)  # "Nee, een tweede auto": hand off to Parkeren
        panel.article.ensureWidgetVisible(walker.use_button)
        walker.on_use()
        grab(app, window, out / f"counter_funnel_answer_{size}_{lang}.png")
        window.close()
        settle(app)


def catalogue_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The beheerder's catalogue: the passport's fees, what to bring, norm and kiosk."""
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    principal = services.auth.login("bea", "beheer-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        window.show_catalogue()
        catalogue = window.catalogue
        assert catalogue is not None
        settle(app, lambda c=catalogue: c.editor.detail is not None)
        row = catalogue.model.row_of("paspoort")
        catalogue.table.setCurrentIndex(
            catalogue.proxy.mapFromSource(catalogue.model.index(row, 0))
        )
        settle(
            app,
            lambda c=catalogue: c.editor.detail is not None and c.editor.detail.code == "paspoort",
        )
        catalogue.editor.fees.table.selectRow(0)
        grab(app, window, out / f"counter_catalogue_{size}_{lang}.png")
        if width == 1920:
            catalogue.editor.fees.amount.setText("12,345")
            catalogue.editor.on_save_requested()
            grab(app, window, out / f"counter_catalogue_error_{lang}.png")
        window.close()
        settle(app)


def seed_kiosk_day(services: Services, clock: MovableClock) -> None:
    """An open desk with people waiting, and Suzanne's passport appointment at 10:15 today."""
    from app.services.appointments import BookingRequest

    day = office_hours(clock)
    anna = services.auth.login("anna", "balie-demo")
    services.queue.open_desk(anna, "BALIE-3")
    take_tickets(services, clock, ("BURGERZAKEN", "AFHALEN", "BURGERZAKEN"))
    services.appointments.book(
        anna,
        BookingRequest(
            "REISDOCUMENTEN",
            office_moment(day, 10, 15),
            "Suzanne Marie Moulin",
            bsn=people.SUZANNE,
            birth_date=SUZANNE_BORN,
        ),
    )


def kiosk_start(window: KioskWindow) -> None:
    """Touch the start screen and keep the kiosk's language: the choice screen is next."""
    window.on_start_requested()
    window.on_session_language_chosen(window.flow.language)


def kiosk_queue_shots(app: QApplication, window: KioskWindow, out: Path, suffix: str) -> None:
    """From the choice screen: a ticket, then check-in by BSN; back at the choice screen."""
    from app.kiosk.flow import Step

    window.on_ticket_chosen()
    settle(app, lambda: window.flow.queues is not None)
    grab(app, window, out / f"kiosk_queues_{suffix}.png")
    window.on_queue_chosen("BURGERZAKEN")
    settle(app, lambda: window.flow.slip is not None)
    grab(app, window, out / f"kiosk_ticket_{suffix}.png")
    window.on_reset_requested()
    kiosk_start(window)
    window.on_check_in_chosen()
    grab(app, window, out / f"kiosk_check_in_{suffix}.png")
    window.on_bsn_chosen()
    for digit in people.SUZANNE:
        window.on_digit_pressed(digit)
    grab(app, window, out / f"kiosk_bsn_{suffix}.png")
    window.on_keypad_next()
    for digit in SUZANNE_BORN.strftime("%d%m")[:4] + "19":
        window.on_digit_pressed(digit)
    grab(app, window, out / f"kiosk_birth_date_{suffix}.png")
    for digit in SUZANNE_BORN.strftime("%Y")[2:]:
        window.on_digit_pressed(digit)
    window.on_keypad_next()
    settle(app, lambda: window.flow.step == Step.TICKET)
    grab(app, window, out / f"kiosk_checked_in_{suffix}.png")
    window.on_reset_requested()
    kiosk_start(window)


def kiosk_devices(services: Services, mirror: Path) -> KioskDevices:
    """The simulators: reader, payment terminal over TCP, printer."""
    from app.devices.emrtd.device import SimulatedCardReader
    from app.devices.payment.factory import start_simulated_terminal
    from app.devices.printer import SimulatedPrinter
    from app.kiosk.devices import KioskDevices, TerminalDisplay
    from app.services.checkout import Checkout
    from app.services.documents.thermal import Sender
    from app.services.payment_mirror import PaymentMirror

    display = TerminalDisplay()
    terminal = start_simulated_terminal(listener=display)
    checkout = Checkout(
        services.payments, terminal, services.settings.kiosk_id, mirror=PaymentMirror(mirror)
    )
    return KioskDevices(
        card_reader=SimulatedCardReader(),
        checkout=checkout,
        terminal=terminal,
        printer=SimulatedPrinter(),
        sender=Sender(services.settings.municipality, services.settings.location),
        display=display,
    )


def kiosk_session_shots(
    app: QApplication, services: Services, window: KioskWindow, out: Path, suffix: str
) -> None:
    """From the choice screen: help sent and answered, the idle warning, a host's cancel."""
    from app.kiosk.message import HelpState, MessageKind

    gina = services.auth.login("gina", "gast-demo")
    hall = services.kiosk_hall
    window.on_check_in_chosen()
    window.on_help_requested()
    settle(app, lambda: window.message.help_state == HelpState.SENT)
    grab(app, window, out / f"kiosk_help_sent_{suffix}.png")
    [request] = [r for r in hall.help_requests(gina) if r.open]
    hall.acknowledge(gina, request.uuid)
    window.on_heartbeat()
    settle(app, lambda: window.message.help_state == HelpState.COMING)
    grab(app, window, out / f"kiosk_help_coming_{suffix}.png")
    hall.resolve(gina, request.uuid)
    window.on_message_primary()  # back to the check-in screen
    window.on_idle_warning()
    grab(app, window, out / f"kiosk_idle_warning_{suffix}.png")
    window.on_activity()
    hall.cancel_session(gina, window.principal.actor_code if window.principal else "")
    window.on_heartbeat()
    settle(app, lambda: window.message.kind == MessageKind.HOST_CANCELLED)
    grab(app, window, out / f"kiosk_host_cancelled_{suffix}.png")
    window.on_reset_requested()
    kiosk_start(window)


def kiosk_self_service_shots(
    app: QApplication,
    services: Services,
    settings: Settings,
    devices: KioskDevices,
    *,
    out: Path,
    suffix: str,
) -> None:
    """The uittreksel BRP for a demo person, each page as the visitor gets it: document,
    confirm with a purpose chosen, paying (the terminal waits for the card), printing (the
    printer holds the job), done; then the idle end wipes it.

    ``services`` must have the demo's GBA-V test persons as BRP source: the demo documents are
    theirs, and the household of the other shots is not.
    """
    from app.devices.payment import Scenario
    from app.devices.payment.factory import SimulatedTerminal
    from app.devices.printer import SimulatedPrinter
    from app.kiosk.selfservice import SelfServiceView
    from app.kiosk.selfservice.flow import Phase, Purpose
    from app.kiosk.window import KioskWindow
    from app.services.demo_documents import DEMO_PERSONS

    terminal, printer = devices.terminal, devices.printer
    assert isinstance(terminal, SimulatedTerminal) and isinstance(printer, SimulatedPrinter)
    width, height = (int(side) for side in suffix.split("_", maxsplit=1)[0].split("x"))
    window = KioskWindow(services, settings, devices=devices, heartbeat_ms=3_600_000)
    window.resize(width, height)
    window.show()
    settle(app, lambda: window.principal is not None and bool(window.offers))
    view = window.self_service
    assert isinstance(view, SelfServiceView)
    kiosk_start(window)
    window.on_product_chosen("uittreksel-brp")
    settle(app, lambda: window.step_code() == "self.document")
    grab(app, window, out / f"kiosk_self_document_{suffix}.png")
    view.on_demo_document(DEMO_PERSONS[0][0])
    settle(app, lambda: view.flow.phase is Phase.CONFIRM, timeout=15)
    assert view.flow.phase is Phase.CONFIRM, view.flow.problem
    view.on_purpose(Purpose.EMPLOYER)
    grab(app, window, out / f"kiosk_self_confirm_{suffix}.png")

    simulator = terminal.simulator
    simulator.scenario, simulator.card_wait = Scenario.WAIT_FOR_CARD, 3.0
    printer.hold_jobs = True
    view.on_pay()
    # The terminal's display lines ("insert your card") arrive while it waits for the card.
    wait_until(app, lambda: False, timeout=1.5)
    grab_now(app, window, out / f"kiosk_self_paying_{suffix}.png")
    wait_until(app, lambda: len(printer.jobs) == 1 or view.flow.phase is Phase.PROBLEM)
    grab_now(app, window, out / f"kiosk_self_printing_{suffix}.png")
    printer.finish(printer.jobs[0])
    wait_until(app, lambda: len(printer.jobs) == 2)
    printer.finish(printer.jobs[1])
    settle(app, lambda: view.flow.phase is Phase.DONE, timeout=15)
    grab(app, window, out / f"kiosk_self_done_{suffix}.png")
    simulator.scenario, simulator.card_wait = Scenario.APPROVE, 0.0
    printer.hold_jobs = False
    printer.jobs.clear()
    window.on_idle_timeout()  # ends the session: the view wipes the name
    settle(app)
    window.close()
    settle(app)


def kiosk_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    from dataclasses import replace

    from app.kiosk.device_monitor import DeviceCheck, DeviceHealth
    from app.kiosk.message import MessageKind
    from app.kiosk.window import KioskWindow

    apply_theme(app, Variant.KIOSK)
    settings = replace(services.settings, language=lang)
    seed_kiosk_day(services, movable_clock(services))
    # The demo's documents are GBA-V test persons: a BRP with them for the self-service.
    gba = Services(services.db, services.settings, clock=services.clock)
    devices = kiosk_devices(services, Path(tempfile.mkdtemp()) / "payments.jsonl")
    ok = DeviceCheck("ok", "", True)
    for width, height in ((1920, 1080), (1080, 1920)):
        window = KioskWindow(services, settings, devices=devices, heartbeat_ms=3_600_000)
        window.resize(width, height)
        window.show()
        settle(app, lambda w=window: w.principal is not None and bool(w.offers))
        size = f"{width}x{height}"
        grab(app, window, out / f"kiosk_attract_{size}_{lang}.png")
        window.on_start_requested()
        grab(app, window, out / f"kiosk_language_{size}_{lang}.png")
        window.on_session_language_chosen(lang)
        grab(app, window, out / f"kiosk_choice_{size}_{lang}.png")
        window.set_device_health(DeviceHealth(ok, ok, DeviceCheck("paper_out", "paper out")))
        grab(app, window, out / f"kiosk_choice_printer_down_{size}_{lang}.png")
        window.set_device_health(DeviceHealth(ok, ok, ok))
        settle(app)
        window.header.text_button.setChecked(True)
        grab(app, window, out / f"kiosk_choice_larger_{size}_{lang}.png")
        window.header.text_button.setChecked(False)
        kiosk_queue_shots(app, window, out, f"{size}_{lang}")
        kiosk_session_shots(app, services, window, out, f"{size}_{lang}")
        kiosk_start(window)
        window.on_staff_visit_chosen()
        settle(app, lambda w=window: w.message.kind == MessageKind.THANKS)
        grab(app, window, out / f"kiosk_thanks_{size}_{lang}.png")
        window.kto.buttons[3].click()  # the KTO answer: the buttons give way to a thank-you
        grab(app, window, out / f"kiosk_kto_answered_{size}_{lang}.png")
        window.on_help_requested()
        settle(app)
        grab(app, window, out / f"kiosk_help_{size}_{lang}.png")
        window.close()
        settle(app)
        kiosk_self_service_shots(app, gba, settings, devices, out=out, suffix=f"{size}_{lang}")
    devices.close()
    window = KioskWindow(services, replace(settings, kiosk_id="KIOSK-99"))
    window.resize(1080, 1920)
    window.show()
    settle(app, lambda w=window: w.message.kind == MessageKind.OUT_OF_ORDER)
    grab(app, window, out / f"kiosk_out_of_order_{lang}.png")
    window.close()


def movable_clock(services: Services) -> MovableClock:
    clock = services.clock
    assert isinstance(clock, MovableClock), clock
    return clock


def take_tickets(services: Services, clock: MovableClock, queues: tuple[str, ...]) -> None:
    """Tickets from the kiosk, a minute apart, the last one three minutes ago."""
    kiosk = services.auth.kiosk_principal(services.settings.kiosk_id)
    now = clock()
    for index, queue in enumerate(queues):
        clock.set(now - timedelta(minutes=len(queues) + 3 - index))
        services.queue.take_ticket(kiosk, queue)
    clock.set(now)


def queue_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The queue strip idle and with a called visitor, its end menu, transfer and a refusal."""
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    clock = movable_clock(services)
    office_hours(clock)
    take_tickets(
        services,
        clock,
        (
            "BURGERZAKEN",
            "BURGERZAKEN",
            "AFHALEN",
            "BURGERZAKEN",
            "AFHALEN",
            "INFORMATIE",
            "BURGERZAKEN",
            "AFHALEN",
        ),
    )
    principal = services.auth.login("anna", "balie-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        screen = window.person_screen
        strip = window.queue_panel
        settle(app, lambda s=screen, q=strip: s.form.product.isEnabled() and q.panel is not None)
        grab(app, window, out / f"queue_idle_{size}_{lang}.png")

        # One visitor parked (fetching a photo), the next called, recalled once, identified.
        strip.call_next()
        settle(app, lambda q=strip: q.current is not None)
        strip.park()
        settle(app, lambda q=strip: q.current is None)
        strip.call_next()
        settle(app, lambda q=strip: q.current is not None)
        clock.set(clock() + timedelta(seconds=40))
        strip.recall()
        settle(app, lambda q=strip: q.current is not None and q.current.recall_count == 1)
        clock.set(clock() + timedelta(seconds=35))
        screen.search.bsn.setText(people.SUZANNE)
        screen.search.on_return_pressed("bsn")
        settle(app, lambda s=screen: s.open_bsn == people.SUZANNE)
        screen.form.onderwerp.setText("Paspoort verloopt")
        strip._show_times()
        grab(app, window, out / f"queue_visitor_{size}_{lang}.png")
        if width == 1920:
            strip.on_end_requested()
            settle(app)
            grab(app, strip.end_menu, out / f"queue_end_menu_{lang}.png")
            strip.end_menu.hide()
            strip.open_transfer()
            settle(
                app,
                lambda q=strip: q.dialog is not None and q.dialog.desk.isEnabled(),
            )
            assert strip.dialog is not None
            grab(app, strip.dialog, out / f"queue_transfer_{lang}.png")
            strip.dialog.reject()
            strip.no_show()  # refused: not recalled often enough yet
            settle(app, lambda q=strip: q.banner.isVisible())
            grab(app, window, out / f"queue_refused_{lang}.png")
        # The next window opens the same desk: end both visits first.
        assert strip.desk is not None and strip.panel is not None
        desk, parked = strip.desk.code, strip.panel.parked
        services.queue.end_service(principal, desk, resolution=Resolution.FIRST_LINE)
        for ticket in parked:
            services.queue.resume(principal, desk, ticket.uuid)
            services.queue.end_service(principal, desk, resolution=Resolution.FIRST_LINE)
        window.close()
        settle(app)


def seed_appointments(services: Services, clock: MovableClock, day: date) -> None:
    """Suzanne's history: a served appointment last week, a cancelled one, two coming up;
    and others on today's passport agenda, so the day view has names and full times."""
    from app.services.appointments import BookingRequest

    anna = services.auth.login("anna", "balie-demo")
    name = "Suzanne Marie Moulin"
    past = office_day(day - timedelta(days=7), step=-1)
    clock.set(office_moment(past, 9, 0))
    services.appointments.book(
        anna,
        BookingRequest(
            "REISDOCUMENTEN",
            office_moment(past, 10),
            name,
            bsn=people.SUZANNE,
            birth_date=SUZANNE_BORN,
        ),
    )
    clock.set(office_moment(past, 9, 48))
    services.appointments.check_in_by_bsn(anna, people.SUZANNE, SUZANNE_BORN)
    services.queue.open_desk(anna, "BALIE-2")
    clock.set(office_moment(past, 10, 2))
    services.queue.call_next(anna, "BALIE-2")
    clock.set(office_moment(past, 10, 11))
    services.queue.end_service(anna, "BALIE-2", resolution=Resolution.FIRST_LINE)
    services.queue.close_desk(anna, "BALIE-2")
    office_hours(clock)
    soon = office_day(day + timedelta(days=1), weekdays=(0, 1, 2, 3))  # open in the afternoon
    later = office_day(day + timedelta(days=12), weekdays=(1, 3))  # marriages: Tue and Thu
    cancelled = services.appointments.book(
        anna, BookingRequest("RIJBEWIJS", office_moment(soon, 11), name, bsn=people.SUZANNE)
    )
    services.appointments.cancel(anna, cancelled.uuid)
    services.appointments.book(
        anna,
        BookingRequest(
            "REISDOCUMENTEN",
            office_moment(soon, 14, 15),
            name,
            bsn=people.SUZANNE,
            email="s.moulin@example.nl",
            toelichting="Paspoort en ID-kaart",
        ),
    )
    services.appointments.book(
        anna, BookingRequest("HUWELIJK", office_moment(later, 10, 30), name, bsn=people.SUZANNE)
    )
    for hour, minute, other in (
        (10, 45, "Jan de Boer"),
        (10, 45, "Fatima El Amrani"),
        (11, 0, "Piet Janssen"),
        (13, 30, "Kees van Dijk"),
    ):
        services.appointments.book(
            anna, BookingRequest("REISDOCUMENTEN", office_moment(day, hour, minute), other)
        )


def appointment_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """Booking for the open person, the confirmation, the person's tabs and the agenda's day."""
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    clock = movable_clock(services)
    day = office_hours(clock)
    seed_appointments(services, clock, day)
    principal = services.auth.login("anna", "balie-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        screen = window.person_screen
        settle(app, lambda s=screen: s.form.product.isEnabled())
        screen.search.bsn.setText(people.SUZANNE)
        screen.search.on_return_pressed("bsn")
        settle(app, lambda s=screen: s.open_bsn == people.SUZANNE)
        screen.overview.tabs.setCurrentWidget(screen.appointments)
        settle(app, lambda s=screen: s.appointments.model.rowCount() > 0)
        panel = screen.appointments
        booked = [a.status == AppointmentStatus.BOOKED for a in panel.model.appointments()]
        panel.table.selectRow(booked.index(True))  # Move, Cancel and Confirmation enabled
        grab(app, window, out / f"appointments_person_{size}_{lang}.png")
        if width == 1920:
            screen.overview.tabs.setCurrentWidget(screen.visits)
            grab(app, window, out / f"appointments_visits_{lang}.png")
            screen.overview.tabs.setCurrentWidget(screen.appointments)
            panel.on_new_requested()
            dialog = panel.dialog
            assert dialog is not None
            settle(app, lambda d=dialog: d.slots.count() > 0)
            dialog.email.setText("s.moulin@example.nl")
            dialog.telefoon.setText("06-12345678")
            grab(app, dialog, out / f"appointments_book_{lang}.png")
            dialog.on_book_requested()
            settle(app, lambda d=dialog: d.confirmation.loaded is not None)
            grab(app, dialog, out / f"appointments_confirmation_{lang}.png")
            dialog.accept()
            settle(app, lambda p=panel: p.dialog is None)
        window.on_agenda_requested()
        agenda = window.agenda
        settle(app, lambda a=agenda: a.agenda.count() > 0)
        agenda.agenda.setCurrentIndex(agenda.agenda.findData("REISDOCUMENTEN"))
        settle(app, lambda a=agenda: a.model.rowCount() > 0)
        grab(app, window, out / f"appointments_agenda_{size}_{lang}.png")
        window.close()
        settle(app)


def display_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The waiting-room board with four desks calling, at full HD and at 1280x720."""
    from app.display.announce import Announcer
    from app.display.window import DisplayWindow

    apply_theme(app, Variant.KIOSK)
    clock = movable_clock(services)
    office_hours(clock)
    staff = services.auth.login("anna", "balie-demo")
    desks = ("BALIE-1", "BALIE-2", "BALIE-3", "BALIE-6")
    for desk in desks:
        services.queue.open_desk(staff, desk)
    take_tickets(
        services, clock, tuple(("BURGERZAKEN", "AFHALEN", "INFORMATIE")[i % 3] for i in range(14))
    )
    for _round in range(2):
        for desk in desks:
            clock.set(clock() + timedelta(seconds=50))
            panel = services.queue.desk_panel(staff, desk)
            if panel.current is not None:
                services.queue.end_service(staff, desk, resolution=Resolution.FIRST_LINE)
            services.queue.call_next(staff, desk)
    for width, height in ((1920, 1080), (1280, 720)):
        size = f"{width}x{height}"
        window = DisplayWindow(services, services.settings, announcer=Announcer(), now=clock)
        window.resize(width, height)
        window.show()
        settle(app, lambda w=window: w.board is not None)
        grab(app, window, out / f"display_{size}_{lang}.png")
        if width == 1920:
            window.on_unavailable("screenshot")
            grab(app, window, out / f"display_offline_{lang}.png")
        window.close()
        settle(app)
    for desk in desks:
        services.queue.close_desk(staff, desk)


def print_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """Uittreksel BRP: the dialog, a paper-out with its choices, the unprinted list in the
    status bar, and the check of a scanned code (genuine and changed)."""
    from PySide6.QtCore import Qt

    from app.counter.main_window import CounterWindow
    from app.devices.printer import SimulatedPrinter
    from app.services.printing import PrintService

    apply_theme(app, Variant.COUNTER)
    principal = services.auth.login("anna", "balie-demo")
    printer = SimulatedPrinter()
    service = PrintService(printer, timeout=2.0, interval=0.01, clock=services.clock)
    window = CounterWindow(services, principal, services.settings, print_service=service)
    window.resize(1366, 768)
    window.show()
    screen = window.person_screen
    settle(app, screen.form.product.isEnabled)
    screen.search.bsn.setText(people.SUZANNE)
    screen.search.on_return_pressed("bsn")
    settle(app, lambda: screen.open_bsn == people.SUZANNE)
    grab(app, window, out / f"print_person_{lang}.png")

    action = screen.uittreksel
    dialog = action.start(screen.overview.overview.view.person)  # type: ignore[union-attr]
    dialog.purpose.setEditText("Aanvraag huurtoeslag")
    grab(app, dialog, out / f"print_uittreksel_dialog_{lang}.png")
    printer.paper_out = True
    dialog.purpose.setEditText("")
    dialog.on_issue()
    grab(app, dialog, out / f"print_uittreksel_no_purpose_{lang}.png")
    dialog.purpose.setEditText("Aanvraag huurtoeslag")
    dialog.on_issue()
    settle(app, lambda: action.failed_dialog is not None)
    failed = action.failed_dialog
    assert failed is not None
    grab(app, failed, out / f"print_failed_{lang}.png")
    failed.later_button.click()
    settle(app, lambda: action.failed_dialog is None)
    grab(app, window, out / f"print_unprinted_statusbar_{lang}.png")
    window.unprinted_indicator.click()
    listing = window.unprinted_indicator.dialog
    assert listing is not None
    grab(app, listing, out / f"print_unprinted_list_{lang}.png")
    printer.paper_out = False
    listing.on_reprint()
    settle(app, lambda: window.printing.count() == 0)
    grab(app, listing, out / f"print_unprinted_list_empty_{lang}.png")
    listing.close()

    payload = services.documents.issue_uittreksel(
        principal,
        screen.overview.overview.view.person,  # type: ignore[union-attr]
        purpose="Aanvraag huurtoeslag",
        sender=Sender.from_settings(services.settings),
        language="nl",
    ).payload
    window.on_verify_requested()
    verify = window.verify_dialog
    assert verify is not None
    grab(app, verify, out / f"print_verify_empty_{lang}.png")
    verify.scan.setText(payload)
    verify.on_scanned()
    settle(app, lambda: verify.check is not None)
    verify.scan.setFocus(Qt.FocusReason.OtherFocusReason)
    grab(app, verify, out / f"print_verify_genuine_{lang}.png")
    verify.check = None
    verify.scan.setText(payload[:-3] + ("AAA" if not payload.endswith("AAA") else "BBB"))
    verify.on_scanned()
    settle(app, lambda: verify.check is not None)
    grab(app, verify, out / f"print_verify_changed_{lang}.png")
    verify.close()
    window.close()
    settle(app)


def identify_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """Read document (Ctrl+D) with the simulated reader: empty, a verified chip, a forged one,
    a mistyped MRZ (BAC refused), a bad check digit, the MRZ alone without a reader, and the
    person opened with the chip's photo in the name line (1366x768)."""
    from datetime import date as day

    from app.counter.identify_dialog import IdentifyDialog
    from app.counter.main_window import CounterWindow
    from app.devices.emrtd.device import SimulatedCardReader
    from app.devices.emrtd.mrz import compose_td1, parse_mrz
    from app.services.demo_documents import DemoDocuments

    apply_theme(app, Variant.COUNTER)
    # The demo's documents are GBA-V test persons: a BRP with them instead of the household.
    gba = Services(services.db, services.settings, clock=services.clock)
    principal = gba.auth.login("anna", "balie-demo")
    reader = SimulatedCardReader()
    window = CounterWindow(gba, principal, gba.settings, card_reader=reader)
    window.resize(1366, 768)
    window.show()
    settle(app, window.person_screen.form.product.isEnabled)
    window.on_identify_requested()
    dialog = window.identify_dialog
    assert dialog is not None
    grab(app, dialog, out / f"identify_empty_{lang}.png")

    dialog.on_demo_present(forged=False)
    settle(app, lambda: dialog.identity is not None, timeout=15)
    grab(app, dialog, out / f"identify_verified_{lang}.png")
    dialog.on_demo_present(forged=True)
    settle(app, lambda: dialog.badge.text().startswith("⚠") or "⚠" in dialog.badge.text())
    grab(app, dialog, out / f"identify_forged_{lang}.png")

    lukas = DemoDocuments(gba.persons, clock=gba.clock).document_for(principal, "999991723")
    good = parse_mrz(lukas.mrz)
    wrong = compose_td1(
        issuing_state="NLD",
        surname=good.surname,
        given_names=good.given_names,
        document_number=good.document_number,
        nationality="NLD",
        birth_date=day(1995, 5, 16),
        sex=good.sex,
        expiry_date=good.expiry_date,
        optional_data="999991723",
    )
    dialog.mrz_edit.setPlainText(wrong + "\n")
    settle(app, lambda: dialog.banner.isVisible() and dialog.result_box.isHidden())
    settle(app, lambda: ops.active_count() == 0)
    grab(app, dialog, out / f"identify_bac_failed_{lang}.png")
    bad = lukas.mrz.splitlines()
    bad[1] = bad[1][:6] + str((int(bad[1][6]) + 1) % 10) + bad[1][7:]
    dialog.mrz_edit.setPlainText("\n".join(bad) + "\n")
    grab(app, dialog, out / f"identify_mrz_error_{lang}.png")

    dialog.on_demo_present(forged=False)
    settle(app, lambda: dialog.identity is not None, timeout=15)
    dialog.on_open()
    settle(app, lambda: window.person_screen.open_bsn == "999991723")
    grab(app, window, out / f"identify_person_1366x768_{lang}.png")

    plain = IdentifyDialog(gba, principal, None, None, window)
    plain.show()
    plain.mrz_edit.setPlainText(lukas.mrz + "\n")
    settle(app, lambda: plain.identity is not None)
    grab(app, plain, out / f"identify_mrz_only_{lang}.png")
    plain.close()
    window.close()
    settle(app)


def dashboard_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The teamleider's MI dashboard over a generated year (3000 contacts), at 1920x1080 and
    1366x768: the top, scrolled to the bottom, per week, and a drill-down list."""
    from app.counter.mi import DashboardView
    from app.services.generate import generate_registry
    from app.services.workingdays import local_date

    apply_theme(app, Variant.COUNTER)
    yesterday = local_date(services.clock()) - timedelta(days=1)
    generate_registry(services.db, contacts=3000, end=yesterday, seed=10)
    principal = services.auth.login("tom", "team-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        view = DashboardView(services, principal)
        view.resize(width, height)
        view.show()
        settle(app, lambda v=view: v.report is not None)
        grab(app, view, out / f"dashboard_{size}_{lang}.png")
        view.charts_area.verticalScrollBar().setValue(
            view.charts_area.verticalScrollBar().maximum()
        )
        grab(app, view, out / f"dashboard_bottom_{size}_{lang}.png")
        if width == 1920:
            view.charts_area.verticalScrollBar().setValue(0)
            view.filters.grain.setCurrentIndex(view.filters.grain.findData("week"))
            view.refresh()
            settle(app, lambda v=view: v.report is not None and v.report.grain == "week")
            grab(app, view, out / f"dashboard_week_{lang}.png")
            bars = view.cards["channel"].bar_sets()
            if bars:
                bars[0].clicked.emit(bars[0].count() - 2)
                dialog = view.dialog
                assert dialog is not None
                settle(app, lambda d=dialog: d.drill_result is not None)
                grab(app, dialog, out / f"dashboard_drill_{lang}.png")
                dialog.close()
        view.close()
        settle(app)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument(
        "--only",
        choices=[
            "counter",
            "knowledge",
            "catalogue",
            "kiosk",
            "queue",
            "appointments",
            "display",
            "print",
            "identify",
            "dashboard",
        ],
        help="one group of shots",
    )
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    i18n.set_language(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'shots.db'}"
        db = Database(url)
        migrate.upgrade(db)
        clock = MovableClock(offset=-timedelta(days=12))
        services = Services(
            db,
            Settings(database_url=url, log_dir=Path(tmp)),
            clock=clock,
            person_source=people.household_source(datetime.now(UTC).date()),
        )
        seed_demo(services)
        seed_hand_offs(services, clock)
        try:
            groups = {
                "counter": counter_shots,
                "knowledge": knowledge_shots,
                "catalogue": catalogue_shots,
                "kiosk": kiosk_shots,
                "queue": queue_shots,
                "appointments": appointment_shots,
                "display": display_shots,
                "print": print_shots,
                "identify": identify_shots,
                "dashboard": dashboard_shots,
            }
            for name, shots in groups.items():
                if args.only in (None, name):
                    shots(app, services, out, args.lang)
        finally:
            ops.shutdown()
            services.close()


if __name__ == "__main__":
    main()
