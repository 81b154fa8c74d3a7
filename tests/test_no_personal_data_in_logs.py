"""No BSN and no name in the log files (AVG): the logs of a full run are scanned.

Logging is set up as the application does it (``app.logging_setup``), at DEBUG, to a file in
a temporary folder. Then one service-level run does what a day at the counter and the kiosk
does, errors included, with the GBA-V test persons: log in, look people up, open the
overview, register contacts, hand off and complete, a queue visit, a kiosk identifying a
visitor by a simulated chip and paying at the simulated terminal, an uittreksel printed on
the simulated printer, the MI report; a failed lookup, a refused role, a wrong password.
Every line of every log file is then searched for every BSN used and every name (surname,
given names) of the persons touched. The audit table is where lookups are recorded; the log
is not.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import TestDocument, build_test_document
from app.devices.emrtd.simulator.pki import make_test_pki
from app.devices.payment import OpiSettings, OpiTerminal, TerminalSimulator
from app.devices.printer import SimulatedPrinter
from app.logging_setup import REDACTED, setup_logging
from app.registry.models import Kanaal
from app.services import Services
from app.services.auth import Principal
from app.services.brp.model import Person
from app.services.checkout import Checkout
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.documents.thermal import Sender
from app.services.errors import DomainError, NotFoundError, PermissionDeniedError
from app.services.identity import VerifiedIdentity
from app.services.kpi import KpiFilter
from app.services.printing import PendingDocument, PrintService
from app.services.self_service import PURPOSE
from app.ui.i18n import error_text
from tests.conftest import make_user
from tests.services.gbav_documents import LUKAS

#: GBA-V test persons the run touches: Lukas Klamer is at the kiosk with his identity card.
SUZANNE, EREBOS, FROUKE = "999993653", "999990019", "999991772"
#: Valid by the elfproef, not in the GBA-V test set: the failed lookup.
NOBODY = "123456782"
FAST_TERMINAL = OpiSettings(
    port=0, device_port=0, connect_timeout=1.0, response_timeout=1.0, customer_timeout=3.0
)


def _words(person: Person) -> set[str]:
    """The names to look for: the surname and every given name (two letters or more)."""
    words = {person.name.surname, person.name.given_names}
    words |= {part for part in person.name.given_names.split() if len(part) > 1}
    return {w for w in words if w}


def _leaks(text: str, bsns: set[str], names: set[str]) -> list[str]:
    """Lines with a BSN (also with spaces or dots typed in it) or a name as a whole word."""
    bsn_patterns = [re.compile(r"[ .]?".join(bsn)) for bsn in bsns]
    name_patterns = [re.compile(rf"\b{re.escape(n)}\b", re.IGNORECASE) for n in names]
    return [
        line
        for line in text.splitlines()
        if any(p.search(line) for p in (*bsn_patterns, *name_patterns))
    ]


@pytest.fixture
def app_logging(tmp_path: Path) -> Iterator[Path]:
    """The application's logging at DEBUG into tmp_path/logs; pytest's handlers come back."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    log_dir = tmp_path / "logs"
    path = setup_logging(log_dir, "flow", verbose=True)
    assert path is not None
    try:
        yield log_dir
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


def _lukas_card(services: Services, kiosk: Principal) -> tuple[TestDocument, VerifiedIdentity]:
    pki = make_test_pki()
    pki.write_csca(services.settings.card_reader.trust_store)
    document = build_test_document(**LUKAS, pki=pki)
    reader = SimulatedCardReader()
    reader.present(VirtualPassport.from_document(document))
    mrz = parse_mrz(document.mrz)
    return document, services.identity.verify(kiosk, mrz, reader.read(document.mrz_information))


def _full_run(services: Services) -> tuple[set[str], list[Person]]:
    """A day at the counter and the kiosk; returns the BSNs used and the persons touched."""
    bsns: set[str] = {SUZANNE, EREBOS, FROUKE, LUKAS["bsn"], NOBODY}
    touched: list[Person] = []
    anna = make_user(services, "anna", "medewerker", unit="BO-BURGERZAKEN")
    tom = make_user(services, "tom", "teamleider")
    bea = make_user(services, "bea", "beheerder")
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(DomainError):
        services.auth.login("anna", "wrong-password")

    # The counter: lookups, the overview, searches, contacts, a hand-off worked off.
    for bsn in (SUZANNE, EREBOS, FROUKE):
        touched.append(services.persons.lookup(anna, bsn, purpose="balievraag").person)
    suzanne = touched[0]
    overview = services.persons.overview(anna, SUZANNE, purpose="balievraag paspoort")
    assert overview.view.person.bsn == SUZANNE
    # Suzanne Moulin in the GBA-V test set: born 1 December 1985, Rotterdam 3077AW 31.
    found = services.persons.search_by_name(
        anna, suzanne.name.surname, date(1985, 12, 1), purpose="zoeken op naam"
    )
    assert [v.person.bsn for v in found] == [SUZANNE]
    at_home = services.persons.search_by_address(anna, "3077AW", 31, purpose="zoeken op adres")
    assert SUZANNE in {v.person.bsn for v in at_home}
    touched.extend(v.person for v in at_home)  # the neighbours were shown too
    bsns |= {v.person.bsn for v in at_home}
    handed = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Paspoort kwijt",
            bsn=SUZANNE,
            product_code="paspoort",
            hand_off=HandOffRequest("Vermissing verwerken"),
        ),
    )
    services.contacts.register(
        anna, ContactDraft(kanaal=Kanaal.TELEFOON, onderwerp="Verhuizing", bsn=EREBOS)
    )
    assert handed.task_uuid is not None
    services.contacts.list_for_person(anna, SUZANNE, purpose="historie")
    services.contacts.list_open_tasks(anna, "BO-BURGERZAKEN")
    services.contacts.complete_task(anna, handed.task_uuid, "Verwerkt")

    # The queue: a kiosk ticket, called and served at a desk.
    services.queue.take_ticket(kiosk, "BURGERZAKEN")
    services.queue.open_desk(anna, "BALIE-1")
    assert services.queue.call_next(anna, "BALIE-1") is not None
    services.queue.end_service(anna, "BALIE-1")

    # The kiosk: Lukas lays his identity card on the reader, pays and gets his uittreksel.
    _document, identity = _lukas_card(services, kiosk)
    holder = services.self_service.identify_holder(kiosk, identity)
    assert holder.display_name
    simulator = TerminalSimulator().start()
    terminal = OpiTerminal(OpiSettings(**{**vars(FAST_TERMINAL), "port": simulator.port}))
    simulator.ecr_device_port = terminal.device_port
    try:
        checkout = Checkout(services.payments, terminal, "KIOSK-01")
        paid = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635, product_code="uittreksel-brp")
        uittreksel = services.self_service.issue_own_uittreksel(
            kiosk, identity, purpose=PURPOSE, sender=Sender("Gemeente Test"), language="nl"
        )
        printed = PrintService(SimulatedPrinter(), follow_jobs=True, timeout=5.0).print_document(
            PendingDocument(
                f"Uittreksel BRP {uittreksel.data.reference}",
                "uittreksel",
                uittreksel.data.reference,
                pdf=uittreksel.pdf,
            )
        )
        assert printed.printed
        checkout.deliver(kiosk, paid.uuid)
    finally:
        terminal.close()
        simulator.stop()
    # The counter identifies Lukas with the same card and opens him.
    match = services.identity.link(anna, identity, purpose="identificatie aan de balie")
    touched.append(match.view.person)
    # Scanning the uittreksel's code at the counter.
    assert services.documents.check_uittreksel(anna, uittreksel.payload).genuine

    # The MI over the day.
    report = services.kpi.report(tom, KpiFilter(date(2026, 11, 1), date(2026, 11, 30)))
    assert report.first_line.total >= 2

    # The protocol: who looked at Suzanne.
    asked = services.audit_report.who_looked_at(
        bea, SUZANNE, date(2026, 11, 25), date(2026, 11, 25)
    )
    assert asked.total >= 3

    # Errors: a lookup that finds nobody, a role that may not look up, a wrong BSN.
    with pytest.raises(NotFoundError):
        services.persons.lookup(anna, NOBODY, purpose="balievraag")
    with pytest.raises(PermissionDeniedError):
        services.persons.lookup(kiosk, EREBOS, purpose="nieuwsgierig")
    with pytest.raises(PermissionDeniedError):
        services.kpi.report(anna, KpiFilter(date(2026, 11, 1), date(2026, 11, 30)))
    with pytest.raises(DomainError):
        services.persons.lookup(anna, "123456789", purpose="typefout")
    # An unexpected database error, its statement carrying a BSN and a name, shown by the
    # screen's generic message, which logs the traceback.
    with pytest.raises(DBAPIError) as unexpected, services.db.read() as session:
        session.execute(
            text("SELECT naam FROM no_such_table WHERE bsn = :bsn AND naam = :naam"),
            {"bsn": SUZANNE, "naam": suzanne.name.surname},
        )
    assert "no_such_table" not in error_text(unexpected.value)
    return bsns, touched


def test_a_full_run_logs_no_bsn_and_no_name(sqlite_services: Services, app_logging: Path) -> None:
    bsns, touched = _full_run(sqlite_services)
    logging.getLogger("app.test").info("run finished")
    for handler in logging.getLogger().handlers:
        handler.flush()

    names: set[str] = set()
    for person in touched:
        names |= _words(person)
    assert {"Moulin", "Klamer", "Lukas"} <= names
    files = sorted(app_logging.glob("*.log*"))
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    lines = text.splitlines()
    # The log is not empty: the run's own messages and the refusals are in it.
    assert len(lines) >= 5, text
    assert any("refused read_person" in line for line in lines)
    assert any("run finished" in line for line in lines)
    assert _leaks(text, bsns, names) == []


def test_the_scanner_finds_a_planted_bsn_and_name(app_logging: Path) -> None:
    """The scan can fail: a name logged, or a BSN in a log file, is found."""
    log = logging.getLogger("app.test")
    log.info("an innocent line about contact %s", uuid4())
    log.debug("leak: visitor MOULIN at the kiosk")
    for handler in logging.getLogger().handlers:
        handler.flush()
    path = app_logging / "flow.log"
    with path.open("a", encoding="utf-8") as planted:
        planted.write(f"leak: lookup of {SUZANNE}\nleak: typed as 9999.93.653\n")
    found = _leaks(path.read_text(encoding="utf-8"), {SUZANNE}, {"Moulin"})
    assert len(found) == 3
    assert all("leak:" in line for line in found)


def test_the_log_blanks_out_a_bsn_in_messages_and_tracebacks(app_logging: Path) -> None:
    """The last line of defence: whatever writes a BSN, the file gets ``<bsn>``."""
    log = logging.getLogger("app.test")
    kept = "123456789"  # nine digits, no BSN (elfproef fails): stays, like a UUID does
    contact = uuid4()
    log.warning("lookup of %s, contact %s, number %s", SUZANNE, contact, kept)
    try:
        raise ValueError(f"Key (object_id)=({EREBOS}) already exists.")
    except ValueError:
        log.exception("unexpected")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text_ = (app_logging / "flow.log").read_text(encoding="utf-8")
    assert SUZANNE not in text_ and EREBOS not in text_
    assert text_.count(REDACTED) == 2
    assert str(contact) in text_ and kept in text_
