"""Printed documents: the 80 mm ticket and receipt, the A4 uittreksel BRP and its signed QR.

The PDFs are rendered uncompressed and read by hand with the helpers of the confirmation tests
(no PDF library is installed): the strings drawn, the QR matrix drawn (which must equal what
``qrcode`` makes of the intended payload) and the page size.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import select

from app.registry.models import AuditRecord
from app.registry.models_queue import TicketStatus
from app.services import Services
from app.services.brp.model import Address, BrpDate, Name, Person
from app.services.catalogue import format_euro
from app.services.documents.drawing import MM
from app.services.documents.thermal import (
    Payment,
    Sender,
    TerminalTransaction,
    receipt_pdf,
    ticket_pdf,
)
from app.services.documents.uittreksel import (
    PAYLOAD_PREFIX,
    DocumentService,
    UittrekselData,
    check_uittreksel,
    format_brp_date,
    read_payload,
    sign_uittreksel,
    uittreksel_data,
    uittreksel_pdf,
    verify_uittreksel,
)
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.queue import TicketInfo
from tests.conftest import FakeClock, make_user
from tests.services.test_confirmation import (
    check_structure,
    drawn_matrix,
    expected_matrix,
    page_content,
    shown_strings,
)

SENDER = Sender("Gemeente Voorbeeld", "Stadskantoor", ("Markt 1", "1234 AB Voorbeeld"))
AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # 10:30 in Amsterdam
KEY = bytes(range(32))
TERMINAL_LINES = (
    "        GEMEENTE VOORBEELD",
    "Terminal: T1234567   Merchant: 998877",
    "Kaart: xxxxxxxxxxxxxxx1234",
    "Totaal:                      EUR 78,85",
    "Deze regel is langer dan de kop van de printer breed is en wordt afgebroken",
)


def page_size(pdf: bytes) -> tuple[float, float]:
    match = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert match is not None
    return float(match.group(1)), float(match.group(2))


def make_ticket(position: int | None = 3, estimate: int | None = 720) -> TicketInfo:
    return TicketInfo(
        uuid=uuid4(),
        code="A014",
        queue_code="A",
        queue_naam="Paspoort en ID-kaart",
        status=TicketStatus.WAITING,
        created_at=AT,
        waiting_since=AT,
        position=position,
        estimate_seconds=estimate,
        language="nl",
    )


def make_payment(lines: tuple[str, ...] = TERMINAL_LINES) -> Payment:
    return Payment(
        product="Paspoort (volwassene, 10 jaar geldig)",
        amount_cents=7885,
        reference="SP-2026-000123",
        paid_at=AT,
        transaction=TerminalTransaction(
            terminal_id="T1234567",
            transaction_id="000123",
            approval_code="A1B2C3",
            card_brand="Maestro",
            card_number="xxxxxxxxxxxxxxx1234",
            receipt_lines=lines,
        ),
    )


def make_person(**changes: object) -> Person:
    person = Person(
        bsn="999993653",
        name=Name("Johannes Pieter", "van der", "Berg"),
        gender="M",
        birth_date=BrpDate(1980, 5, 17),
        birth_place="Amsterdam",
        birth_country="Nederland",
        nationalities=("0001",),
        address=Address(
            street="Dorpsstraat",
            house_number=12,
            house_letter="A",
            postcode="1234 AB",
            city="Voorbeelddorp",
        ),
    )
    return replace(person, **changes)  # type: ignore[arg-type]


def make_data(person: Person | None = None) -> UittrekselData:
    return uittreksel_data(
        person or make_person(),
        reference="UB-20261125-K7M3QX",
        issued_on=date(2026, 11, 25),
        purpose="Aanvraag verblijfsvergunning partner",
        municipality="Gemeente Voorbeeld",
    )


# -- amounts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (7885, "€ 78,85"),
        (5, "€ 0,05"),
        (0, "€ 0,00"),
        (100, "€ 1,00"),
        (123456789, "€ 1.234.567,89"),
        (-2150, "-€ 21,50"),  # one notation with the catalogue (app.services.catalogue)
    ],
)
def test_euro_amounts_are_written_dutch_style(cents: int, text: str) -> None:
    assert format_euro(cents) == text


# -- the ticket ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "Uw volgnummer",
                "Er zijn 3 personen voor u",
                "Verwachte wachttijd: ongeveer 12 min.",
                "woensdag 25 november 2026, 10:30",
                "Let op het scherm in de wachtruimte.",
            ],
        ),
        (
            "en",
            [
                "Your number",
                "There are 3 people ahead of you",
                "Expected wait: about 12 min.",
                "Wednesday 25 November 2026, 10:30",
                "Watch the screen in the waiting area.",
            ],
        ),
    ],
)
def test_ticket_shows_number_queue_wait_and_time(language: str, expected: list[str]) -> None:
    ticket = make_ticket()
    pdf = ticket_pdf(ticket, sender=SENDER, language=language, compress=False)  # type: ignore[arg-type]
    check_structure(pdf)
    strings = shown_strings(page_content(pdf))
    for text in ["A014", "Paspoort en ID-kaart", "Gemeente Voorbeeld", "Markt 1", *expected]:
        assert text in strings
    width, height = page_size(pdf)
    assert width == pytest.approx(80 * MM)
    assert 60 * MM < height < 200 * MM  # as tall as its content, not a whole A4


def test_ticket_qr_code_carries_the_ticket_uuid() -> None:
    ticket = make_ticket()
    pdf = ticket_pdf(ticket, sender=SENDER, compress=False)
    expected = expected_matrix(str(ticket.uuid))
    drawn = drawn_matrix(page_content(pdf), len(expected))
    assert drawn == expected
    other = ticket_pdf(ticket, sender=SENDER, payload="https://example.org/q/x", compress=False)
    assert drawn_matrix(page_content(other), len(expected_matrix("https://example.org/q/x"))) == (
        expected_matrix("https://example.org/q/x")
    )


def test_ticket_language_defaults_to_the_visitors_choice_and_next_in_line() -> None:
    ticket = replace(make_ticket(position=0, estimate=0), language="en")
    strings = shown_strings(page_content(ticket_pdf(ticket, sender=SENDER, compress=False)))
    assert "You are next" in strings
    assert not any(s.startswith("Expected wait") for s in strings)
    unknown = make_ticket(position=4, estimate=None)
    strings = shown_strings(page_content(ticket_pdf(unknown, sender=SENDER, compress=False)))
    assert "De wachttijd is nu niet bekend" in strings


# -- the receipt --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Betaalbewijs", "Leges", "Totaal", "Referentie", "Autorisatiecode"]),
        ("en", ["Payment receipt", "Fee (leges)", "Total", "Reference", "Approval code"]),
    ],
)
def test_receipt_shows_product_amount_reference_and_terminal_data(
    language: str, expected: list[str]
) -> None:
    pdf = receipt_pdf(make_payment(), sender=SENDER, language=language, compress=False)  # type: ignore[arg-type]
    check_structure(pdf)
    strings = shown_strings(page_content(pdf))
    for text in [
        *expected,
        "Paspoort (volwassene, 10 jaar geldig)",
        "SP-2026-000123",
        "T1234567",
        "000123",
        "A1B2C3",
        "Maestro",
        "xxxxxxxxxxxxxxx1234",
    ]:
        assert text in strings
    assert strings.count("€ 78,85") == 2  # leges and total
    # The terminal's lines as given, spaces kept; the long one cut at the head's width.
    for line in TERMINAL_LINES[:4]:
        assert line in strings
    long_line = TERMINAL_LINES[4]
    cut = [s for s in strings if long_line.startswith(s) and s]
    assert len(cut) == 1 and len(cut[0]) < len(long_line)
    assert long_line[len(cut[0]) :] in strings
    width, _ = page_size(pdf)
    assert width == pytest.approx(80 * MM)


def test_receipt_grows_with_the_terminal_text() -> None:
    short = page_size(receipt_pdf(make_payment(()), sender=SENDER, language="nl"))[1]
    longer = page_size(receipt_pdf(make_payment(TERMINAL_LINES * 3), sender=SENDER, language="nl"))
    assert longer[1] > short + 10 * len(TERMINAL_LINES)
    assert longer[0] == pytest.approx(80 * MM)


def test_receipt_in_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        receipt_pdf(make_payment(), sender=SENDER, language="fr")  # type: ignore[arg-type]


# -- the uittreksel -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "Uittreksel Basisregistratie Personen",
                "17 mei 1980",
                "Nederlandse",
                "25 november 2026",
                "Referentienummer",
            ],
        ),
        (
            "en",
            [
                "Extract from the Personal Records Database",
                "17 May 1980",
                "Dutch",
                "25 November 2026",
                "Reference number",
            ],
        ),
    ],
)
def test_uittreksel_shows_the_person_and_the_document(language: str, expected: list[str]) -> None:
    data = make_data()
    payload = sign_uittreksel(data, KEY)
    pdf = uittreksel_pdf(data, payload, sender=SENDER, language=language, compress=False)  # type: ignore[arg-type]
    check_structure(pdf)
    strings = shown_strings(page_content(pdf))
    for text in [
        *expected,
        "Johannes Pieter van der Berg",
        "999993653",
        "Amsterdam, Nederland",
        "Dorpsstraat 12A",
        "1234 AB VOORBEELDDORP",  # wrapped: runs of spaces collapse
        "Aanvraag verblijfsvergunning partner",
        "UB-20261125-K7M3QX",
    ]:
        assert text in strings
    width, height = page_size(pdf)
    assert width == pytest.approx(210 * MM) and height == pytest.approx(297 * MM)
    expected_qr = expected_matrix(payload)
    assert drawn_matrix(page_content(pdf), len(expected_qr)) == expected_qr


def test_partly_unknown_birth_dates() -> None:
    assert format_brp_date("1985-12", "nl") == "december 1985"
    assert format_brp_date("1985-12", "en") == "December 1985"
    assert format_brp_date("1985", "nl") == "1985"
    assert format_brp_date("", "nl") == "onbekend"
    data = make_data(make_person(birth_date=BrpDate(1985, 12), address=None))
    assert data.birth_date == "1985-12" and data.address == ()
    pdf = uittreksel_pdf(data, sign_uittreksel(data, KEY), sender=SENDER, language="nl")
    strings = shown_strings(page_content(pdf))
    assert "december 1985" in strings and "geen adres in de BRP" in strings


# -- the verification code ----------------------------------------------------------------------


def test_genuine_code_verifies_and_carries_the_data() -> None:
    data = make_data()
    payload = sign_uittreksel(data, KEY)
    assert payload.startswith(PAYLOAD_PREFIX)
    assert re.fullmatch(r"SPV1[A-Z2-7]+", payload)  # QR alphanumeric, scanner-safe
    assert verify_uittreksel(payload, data, key=KEY)
    assert read_payload(payload, KEY) == data
    # What a scanner or a person adds is tolerated.
    assert verify_uittreksel(f" {payload.lower()}\n", data, key=KEY)


def test_every_flipped_character_makes_the_code_not_genuine() -> None:
    data = make_data()
    payload = sign_uittreksel(data, KEY)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for index, char in enumerate(payload):
        other = alphabet[(alphabet.index(char) + 1) % 32] if char in alphabet else "A"
        tampered = payload[:index] + other + payload[index + 1 :]
        assert not verify_uittreksel(tampered, data, key=KEY), index
        assert read_payload(tampered, KEY) is None, index
    assert read_payload(payload[:-1], KEY) is None
    assert read_payload(payload + "A", KEY) is None
    assert read_payload("SP1" + payload[4:], KEY) is None
    assert read_payload("", KEY) is None


def test_changed_data_or_another_key_is_not_genuine() -> None:
    data = make_data()
    payload = sign_uittreksel(data, KEY)
    for spec in fields(UittrekselData):
        value = getattr(data, spec.name)
        new: object
        if isinstance(value, str):
            new = value + "x"
        elif isinstance(value, tuple):
            new = (*value, "x")
        else:
            new = date(2026, 11, 26)
        changed = replace(data, **{spec.name: new})  # type: ignore[arg-type]
        assert changed != data
        assert not verify_uittreksel(payload, changed, key=KEY), spec.name
    moved = make_data(make_person(address=Address(street="Kerkstraat", house_number=1)))
    assert not verify_uittreksel(payload, moved, key=KEY)
    assert not verify_uittreksel(payload, data, key=bytes(32))


def test_service_issues_and_checks_uittreksels(services: Services, clock: FakeClock) -> None:
    staff = make_user(services, "anna", "medewerker")
    documents = DocumentService(services.db, clock)
    payload = sign_uittreksel(make_data(), KEY)
    with services.db.read() as session:
        # No key yet: nothing was ever signed here, so nothing is genuine.
        assert not check_uittreksel(session, payload).genuine
    issued = documents.issue_uittreksel(
        staff, make_person(), purpose="Huwelijk in het buitenland", sender=SENDER, language="nl"
    )
    assert issued.data.issued_on == date(2026, 11, 25)
    assert re.fullmatch(r"UB-20261125-[A-Z2-7]{6}", issued.data.reference)
    check = documents.check_uittreksel(staff, issued.payload)
    assert check.genuine and check.reference == issued.data.reference
    assert check.data == issued.data
    # Signed with another installation's key: not genuine here.
    assert not documents.check_uittreksel(staff, payload).genuine
    flipped = (
        issued.payload[:-3] + ("A" if issued.payload[-3] != "A" else "B") + issued.payload[-2:]
    )
    assert documents.check_uittreksel(staff, flipped) == documents.check_uittreksel(staff, "")
    assert not documents.check_uittreksel(staff, flipped).genuine
    strings = shown_strings(page_content(issued.pdf))
    assert issued.data.reference in strings and "Huwelijk in het buitenland" in strings
    with services.db.read() as session:
        audit = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "issue_uittreksel")
        ).one()
    assert audit.purpose == "Huwelijk in het buitenland"
    assert audit.detail == issued.data.reference

    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(PermissionDeniedError):
        documents.issue_uittreksel(kiosk, make_person(), purpose="x", sender=SENDER, language="nl")
    with pytest.raises(PermissionDeniedError):
        documents.check_uittreksel(kiosk, issued.payload)
    with pytest.raises(ValidationError) as raised:
        documents.issue_uittreksel(staff, make_person(), purpose=" ", sender=SENDER, language="en")
    assert raised.value.field == "purpose"


def test_importing_the_documents_does_not_load_reportlab() -> None:
    code = (
        "import sys, app.services.documents.thermal, app.services.documents.uittreksel; "
        "print(sorted(m for m in ('reportlab', 'qrcode') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_logo_is_drawn_on_the_receipt_and_the_uittreksel(tmp_path: Path) -> None:
    from PIL import Image  # reportlab's own dependency, for PNG logos

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 60, 140)).save(logo)
    sender = replace(SENDER, logo=logo)
    without = receipt_pdf(make_payment(), sender=SENDER, language="nl")
    receipt = receipt_pdf(make_payment(), sender=sender, language="nl")
    assert b"/Subtype /Image" in receipt and b"/Subtype /Image" not in without
    assert page_size(receipt)[1] > page_size(without)[1]  # the logo adds its height
    data = make_data()
    pdf = uittreksel_pdf(data, sign_uittreksel(data, KEY), sender=sender, language="en")
    assert b"/Subtype /Image" in pdf
