"""Every printed document read back as printed: its text through pypdf, its QR code decoded
from the rasterised page by zbar, and nothing drawn past the paper's margin.

``test_documents.py`` checks the drawing commands; this checks what a person and a scanner
get, which also catches a code that is drawn correctly and still cannot be scanned.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.services import Services
from app.services.brp.model import Name
from app.services.confirmation import confirmation_pdf
from app.services.documents.drawing import MM, Language, qr_modules
from app.services.documents.thermal import receipt_pdf, ticket_pdf
from app.services.documents.uittreksel import (
    MAX_PURPOSE_LENGTH,
    QR_MIN_MODULE,
    sign_uittreksel,
    uittreksel_data,
    uittreksel_pdf,
    uittreksel_qr_size,
)
from app.services.errors import ValidationError
from tests.conftest import make_user
from tests.services.pdf_tools import decode_qr, page_size_mm, pdf_pages, pdf_text, render_png
from tests.services.test_confirmation import LOCATION, MUNICIPALITY, REQUIREMENTS, make_info
from tests.services.test_documents import (
    KEY,
    SENDER,
    TERMINAL_LINES,
    make_payment,
    make_person,
    make_ticket,
)

LONG_NAME = Name("Maximiliaan Alexander", "van den", "Broek-Oppenheimer")
LONG_PURPOSE = (
    "Aanvraag van een verblijfsvergunning voor de partner van de aanvrager bij de "
    "Immigratie- en Naturalisatiedienst in verband met gezinshereniging"
)
LANGUAGES: list[Language] = ["nl", "en"]


def flat(text: str) -> str:
    """pypdf's text with line breaks and runs of spaces as single spaces (wrapped text)."""
    return " ".join(text.split())


def ink_beyond(pdf: bytes, margin_mm: float) -> int:
    """Dark pixels closer than ``margin_mm`` to the left or right edge: text that overflows."""
    with tempfile.TemporaryDirectory() as tmp:
        png = render_png(pdf, Path(tmp) / "page.png", dpi=100)
        with Image.open(png) as image:
            grey = image.convert("L")
            width, height = grey.size
            band = round(margin_mm / 25.4 * 100)
            edges = (grey.crop((0, 0, band, height)), grey.crop((width - band, 0, width, height)))
            return sum(sum(edge.histogram()[:128]) for edge in edges)


# -- queue ticket -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Uw volgnummer", "Er zijn 3 personen voor u", "ongeveer 12 min.", "woensdag"]),
        ("en", ["Your number", "There are 3 people ahead of you", "about 12 min.", "Wednesday"]),
    ],
)
def test_ticket_as_printed(language: Language, expected: list[str]) -> None:
    ticket = make_ticket()
    follow = f"https://stadspunt.example/rij/{ticket.uuid}"
    pdf = ticket_pdf(ticket, sender=SENDER, language=language, payload=follow)
    text = flat(pdf_text(pdf))
    for part in ["A014", "Paspoort en ID-kaart", "Gemeente Voorbeeld", "10:30", *expected]:
        assert part in text
    assert "25" in text and ("november" in text or "November" in text)
    assert decode_qr(pdf) == [follow]
    assert decode_qr(ticket_pdf(ticket, sender=SENDER, language=language)) == [str(ticket.uuid)]
    width, _ = page_size_mm(pdf)
    assert width == pytest.approx(80)


def test_ticket_qr_modules_are_large_enough_for_a_thermal_head() -> None:
    """At 203 dpi a module of 0.5 mm is four dots: below that a phone camera struggles."""
    ticket = make_ticket()
    follow = f"https://stadspunt.example/rij/{ticket.uuid}"
    modules = len(qr_modules(follow))
    assert 32 / modules >= 0.5
    assert decode_qr(ticket_pdf(ticket, sender=SENDER, payload=follow), dpi=203) == [follow]


def test_long_queue_name_wraps_on_the_ticket() -> None:
    ticket = replace(
        make_ticket(), queue_naam="Rijbewijs, paspoort en identiteitskaart ophalen of aanvragen"
    )
    pdf = ticket_pdf(ticket, sender=SENDER, language="nl")
    assert "identiteitskaart ophalen of aanvragen" in flat(pdf_text(pdf))
    assert ink_beyond(pdf, 3) == 0


# -- payment receipt ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Betaalbewijs", "Leges", "Totaal", "Referentie", "Bon van de betaalautomaat"]),
        ("en", ["Payment receipt", "Fee (leges)", "Total", "Reference", "Card terminal receipt"]),
    ],
)
def test_receipt_as_printed(language: Language, expected: list[str]) -> None:
    payment = replace(make_payment(), amount_cents=1635)
    pdf = receipt_pdf(payment, sender=SENDER, language=language)
    text = pdf_text(pdf)
    flattened = flat(text)
    for part in [
        *expected,
        "Paspoort (volwassene, 10 jaar geldig)",
        "SP-2026-000123",
        "T1234567",
        "A1B2C3",
        "Maestro",
        "xxxxxxxxxxxxxxx1234",
    ]:
        assert part in flattened
    assert flattened.count("€ 16,35") == 2  # leges and total
    # The terminal's own text, word for word (pypdf may collapse its column spaces).
    for line in TERMINAL_LINES[:4]:
        assert flat(line) in flattened
    assert decode_qr(pdf) == []
    assert ink_beyond(pdf, 3) == 0


def test_amounts_line_up_on_the_right() -> None:
    """Leges and total end at the same x: a column of amounts a person can compare."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = receipt_pdf(replace(make_payment(), amount_cents=1635), sender=SENDER, language="nl")
    page = PdfReader(__import__("io").BytesIO(pdf)).pages[0]
    starts: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if text.strip() == "€ 16,35":
            starts.append(tm[4])

    page.extract_text(visitor_text=visit)
    assert len(starts) == 2
    # Leges in 10 pt, the total in 12 pt bold (see receipt_pdf): both end at the right margin.
    ends = [
        starts[0] + stringWidth("€ 16,35", "Helvetica", 10),
        starts[1] + stringWidth("€ 16,35", "Helvetica-Bold", 12),
    ]
    assert ends[0] == pytest.approx(ends[1], abs=0.5)
    assert ends[0] == pytest.approx(76 * MM, abs=0.5)


# -- appointment confirmation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Bevestiging van uw afspraak", "woensdag 2 december 2026, 10:00 - 10:15 uur"]),
        ("en", ["Confirmation of your appointment", "Wednesday 2 December 2026, 10:00 - 10:15"]),
    ],
)
def test_confirmation_as_printed(language: Language, expected: list[str]) -> None:
    info = make_info(naam="Maximiliaan Alexander van den Broek-Oppenheimer")
    assert info.token is not None
    pdf = confirmation_pdf(
        info,
        municipality=MUNICIPALITY,
        language=language,
        requirements=REQUIREMENTS,
        location=LOCATION,
    )
    text = flat(pdf_text(pdf))
    for part in [*expected, "Maximiliaan Alexander van den Broek-Oppenheimer", "Stadskantoor"]:
        assert part in text
    assert info.token in text  # the check-in code, readable under the QR
    assert decode_qr(pdf) == [info.token]
    assert pdf_pages(pdf) == 1
    assert ink_beyond(pdf, 15) == 0


# -- uittreksel BRP -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Uittreksel Basisregistratie Personen", "17 mei 1980", "25 november 2026"]),
        ("en", ["Extract from the Personal Records Database", "17 May 1980", "25 November 2026"]),
    ],
)
def test_uittreksel_as_printed_with_a_long_name_and_purpose(
    language: Language, expected: list[str]
) -> None:
    data = uittreksel_data(
        make_person(name=LONG_NAME),
        reference="UB-20261125-K7M3QX",
        issued_on=date(2026, 11, 25),
        purpose=LONG_PURPOSE,
        municipality="Gemeente Voorbeeld",
    )
    payload = sign_uittreksel(data, KEY)
    pdf = uittreksel_pdf(data, payload, sender=SENDER, language=language)
    text = flat(pdf_text(pdf))
    for part in [
        *expected,
        "Maximiliaan Alexander van den Broek-Oppenheimer",
        "999993653",
        "Dorpsstraat 12A",
        "UB-20261125-K7M3QX",
        LONG_PURPOSE,
    ]:
        assert part in text
    assert decode_qr(pdf) == [payload]
    assert pdf_pages(pdf) == 1
    assert page_size_mm(pdf) == pytest.approx((210, 297), abs=0.1)
    assert ink_beyond(pdf, 15) == 0


def test_a_dense_uittreksel_code_is_printed_larger() -> None:
    data = uittreksel_data(
        make_person(name=LONG_NAME),
        reference="UB-20261125-K7M3QX",
        issued_on=date(2026, 11, 25),
        purpose="x" * MAX_PURPOSE_LENGTH,
        municipality="Gemeente Voorbeeld",
    )
    payload = sign_uittreksel(data, KEY)
    size = uittreksel_qr_size(payload)
    assert size / len(qr_modules(payload)) >= QR_MIN_MODULE - 1e-9
    assert size > 42 * MM
    pdf = uittreksel_pdf(data, payload, sender=SENDER, language="nl")
    assert decode_qr(pdf, dpi=150) == [payload]


def test_scanned_uittreksel_is_genuine_and_a_changed_code_is_not(services: Services) -> None:
    staff = make_user(services, "anna", "medewerker")
    issued = services.documents.issue_uittreksel(
        staff, make_person(), purpose="Huwelijk in het buitenland", sender=SENDER, language="nl"
    )
    [scanned] = decode_qr(issued.pdf)
    assert scanned == issued.payload
    check = services.documents.check_uittreksel(staff, scanned)
    assert check.genuine and check.data == issued.data
    assert issued.data.reference in flat(pdf_text(issued.pdf))
    # One character of the code changed, anywhere after the prefix: not genuine.
    for index in (4, len(scanned) // 2, len(scanned) - 1):
        original = scanned[index]
        replacement = "A" if original != "A" else "B"
        tampered = scanned[:index] + replacement + scanned[index + 1 :]
        assert not services.documents.check_uittreksel(staff, tampered).genuine


@pytest.mark.parametrize("purpose", ["", "   ", "x" * (MAX_PURPOSE_LENGTH + 1)])
def test_uittreksel_needs_a_purpose_that_fits(services: Services, purpose: str) -> None:
    staff = make_user(services, "anna", "medewerker")
    with pytest.raises(ValidationError) as raised:
        services.documents.issue_uittreksel(
            staff, make_person(), purpose=purpose, sender=SENDER, language="nl"
        )
    assert raised.value.field == "purpose"
    assert re.search(r"purpose", raised.value.text())


def test_uittreksel_of_a_name_outside_helvetica() -> None:
    data = uittreksel_data(
        make_person(name=Name("Ayşe", "", "Şahin-Łukasiewicz")),
        reference="UB-20261125-K7M3QX",
        issued_on=date(2026, 11, 25),
        purpose="Emigratie naar Zürich",
        municipality="Gemeente Voorbeeld",
    )
    payload = sign_uittreksel(data, KEY)
    pdf = uittreksel_pdf(data, payload, sender=SENDER, language="nl")
    text = flat(pdf_text(pdf))
    assert "Ayşe Şahin-Łukasiewicz" in text
    assert "Emigratie naar Zürich" in text
    assert decode_qr(pdf) == [payload]
