"""A kiosk process killed while the paid uittreksel is printing: no second charge, and the
document is printed again at the counter (see ``Recovery`` in app/services/checkout.py).

The kiosk runs in a real subprocess: it pays on the simulated OPI terminal, sends the
document to a printer that holds the job (a jammed or slow printer) and is killed while it
waits for the job, as when the power goes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from uuid import uuid4

import pytest

from app.devices.payment import OpiSettings, OpiTerminal, Scenario, TerminalSimulator
from app.devices.printer.pdf_folder import PdfFolderPrinter
from app.registry.models_payment import PaymentState as S
from app.services import Services
from app.services.checkout import Checkout
from app.services.documents.thermal import Sender
from tests.conftest import make_user
from tests.ui import people

KIOSK = "KIOSK-01"
FEE = 1635

CHILD = textwrap.dedent(
    """
    import sys, uuid
    from app.config import Settings
    from app.devices.payment import OpiSettings, OpiTerminal
    from app.devices.printer import wait_for_job
    from app.devices.printer.simulated import SimulatedPrinter
    from app.registry.db import Database
    from app.services import Services
    from app.services.checkout import Checkout

    url, port, payment = sys.argv[1], int(sys.argv[2]), uuid.UUID(sys.argv[3])
    services = Services(Database(url), Settings(database_url=url))
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    terminal = OpiTerminal(OpiSettings(port=port, device_port=0))
    checkout = Checkout(services.payments, terminal, "KIOSK-01")
    paid = checkout.pay(kiosk, uuid=payment, amount_cents=1635)
    assert paid.state.value == "approved", paid.state
    printer = SimulatedPrinter()
    printer.hold_jobs = True  # the job never finishes: the kiosk waits, and is killed
    job = printer.print_pdf(b"%PDF-1.4 uittreksel", title="Uittreksel BRP")
    print("printing", flush=True)
    wait_for_job(printer, job, timeout=120)
    checkout.deliver(kiosk, payment)
    print("finished", flush=True)
    """
)


def _kill_while_printing(services: Services, port: int, payment: object) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, services.db.url, str(port), str(payment)],
        env=env,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the job is at the printer
        assert line == b"printing\n", line
        time.sleep(0.2)  # well inside wait_for_job
        assert child.poll() is None, "the kiosk process ended before it was killed"
        child.kill()
    finally:
        child.wait(10)
    assert child.stdout is not None
    assert b"finished" not in child.stdout.read()


def test_a_kiosk_killed_while_printing_keeps_the_payment_for_a_reprint_at_the_counter(
    sqlite_services: Services, tmp_path: Path
) -> None:
    services = sqlite_services
    kiosk = services.auth.kiosk_principal(KIOSK)
    payment = uuid4()
    with TerminalSimulator(scenario=Scenario.APPROVE) as sim:
        _kill_while_printing(services, sim.port, payment)
        assert len(sim.charged_payments()) == 1
        assert services.payments.get(kiosk, payment).state is S.APPROVED

        # The kiosk restarts: recovery before anything else, twice (a second start) is harmless.
        terminal = OpiTerminal(OpiSettings(port=sim.port, device_port=0, response_timeout=2.0))
        try:
            checkout = Checkout(services.payments, terminal, KIOSK)
            for _ in range(2):
                found = checkout.recover(kiosk)
                assert found.settled == () and found.unknown == ()
                assert [(p.uuid, p.state) for p in found.undelivered] == [(payment, S.APPROVED)]
            # The visitor's retry of the same payment does not charge again.
            assert checkout.pay(kiosk, uuid=payment, amount_cents=FEE).state is S.APPROVED
        finally:
            terminal.close()
        assert len(sim.charged_payments()) == 1

    # The host brings the visitor to a desk: identified there, the uittreksel is printed by
    # the counter (no payment of its own) and the kiosk's payment is marked handed over.
    people.use_household(services)
    clerk = make_user(services, "anna", "medewerker")
    person = services.persons.lookup(clerk, people.SUZANNE, purpose="uittreksel BRP").person
    document = services.documents.issue_uittreksel(
        clerk, person, purpose="uittreksel BRP", sender=Sender("Gemeente Test"), language="nl"
    )
    printer = PdfFolderPrinter(tmp_path / "printed")
    printer.print_pdf(document.pdf, title="Uittreksel BRP")
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1
    delivered = services.payments.mark_delivered(clerk, payment)
    assert delivered.state is S.DELIVERED
    states = [to for _from, to in services.payments.events(clerk, payment)]
    assert states == ["created", "sent", "approved", "delivered"]
    assert not services.payments.unsettled(clerk, KIOSK)


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
