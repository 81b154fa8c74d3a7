"""The appointment confirmation: mail text in Dutch and English, and the PDF with its QR code.

No PDF library beyond reportlab is installed, so the PDF is read here by hand: the cross
reference table must point at the objects, the page's content stream is decoded (ASCII85 +
Flate, what reportlab writes), its text operators give the printed strings and its rectangles
give back the QR matrix, which must equal what ``qrcode`` makes of the token.
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import zlib
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from uuid import uuid4

import pytest
import qrcode
import qrcode.constants

from app.registry.models_queue import AppointmentStatus
from app.services import Services
from app.services import confirmation as confirmation_module
from app.services.appointments import (
    AppointmentCancelledError,
    AppointmentInfo,
    BookingRequest,
    make_token,
)
from app.services.auth import Principal
from app.services.confirmation import (
    confirmation_pdf,
    confirmation_subject,
    confirmation_text,
    format_day,
    qr_matrix,
)
from app.services.errors import PermissionDeniedError
from app.services.workingdays import AMSTERDAM
from tests.conftest import make_user

MUNICIPALITY = "Gemeente Voorbeeld"
LOCATION = "Stadskantoor"
REQUIREMENTS = [
    "Uw huidige paspoort of identiteitskaart (ook als het verlopen is)",
    "Eén recente pasfoto die voldoet aan de fotomatrix",
]


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), AMSTERDAM).astimezone(UTC)


def make_info(
    starts_at: datetime | None = None, *, naam: str = "J. de Vries", bsn_checkin: bool = True
) -> AppointmentInfo:
    starts = starts_at or local(date(2026, 12, 2), 10)  # Wednesday, winter time (UTC+1)
    appointment_uuid = uuid4()
    return AppointmentInfo(
        uuid=appointment_uuid,
        agenda_code="REISDOCUMENTEN",
        agenda_naam="Paspoort en ID-kaart aanvragen",
        product_code="paspoort",
        starts_at=starts,
        ends_at=starts + timedelta(minutes=15),
        status=AppointmentStatus.BOOKED,
        naam=naam,
        email="j.devries@example.org",
        telefoon="",
        toelichting="",
        token=make_token(b"k" * 32, appointment_uuid, b"n" * 16),
        bsn_checkin=bsn_checkin,
        checkin_early_minutes=30,
        checkin_late_minutes=10,
    )


# -- reading a PDF by hand ----------------------------------------------------------------------


def check_structure(pdf: bytes) -> None:
    """Header, trailer and a cross-reference table whose offsets land on their objects."""
    assert pdf.startswith(b"%PDF-1.")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert b"ReportLab" in pdf
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    assert pdf[startxref:].startswith(b"xref")
    table = pdf[startxref:].split(b"trailer")[0]
    header = re.search(rb"xref\s+0 (\d+)", table)
    assert header is not None
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf])", table)
    assert len(entries) == int(header.group(1))
    for number, (offset, _, kind) in enumerate(entries):
        if kind == b"n":
            assert pdf[int(offset) :].startswith(f"{number} 0 obj".encode())


def objects(pdf: bytes) -> dict[int, bytes]:
    return {
        int(number): body for number, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", pdf, re.DOTALL)
    }


def decode_stream(body: bytes) -> bytes:
    """The data of a stream object, its filters undone (reportlab: ASCII85 then Flate)."""
    match = re.fullmatch(rb"\s*<<(.*)>>\s*stream\r?\n(.*?)\r?\n?endstream\s*", body, re.DOTALL)
    assert match is not None, "a stream object"
    header, data = match.group(1), match.group(2)
    for name in re.findall(rb"/(ASCII85Decode|FlateDecode)", header):
        if name == b"ASCII85Decode":
            data = base64.a85decode(data.strip().removesuffix(b"~>"))
        else:
            data = zlib.decompress(data)
    return data


def page_content(pdf: bytes) -> bytes:
    """The content stream of the document's only page."""
    table = objects(pdf)
    pages = [body for body in table.values() if re.search(rb"/Type /Page\b", body)]
    assert len(pages) == 1, "one page"
    contents = re.search(rb"/Contents (\d+) 0 R", pages[0])
    assert contents is not None
    return decode_stream(table[int(contents.group(1))])


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def shown_strings(content: bytes) -> list[str]:
    """The literal strings drawn with Tj, unescaped (WinAnsi is cp1252)."""
    strings = []
    for match in re.finditer(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", content, re.DOTALL):

        def unescape(m: re.Match[bytes]) -> bytes:
            code = m.group(1)
            if code.isdigit():
                return bytes([int(code, 8)])
            return _ESCAPES.get(code, code)

        raw = re.sub(rb"\\([0-7]{1,3}|.)", unescape, match.group(1))
        strings.append(raw.decode("cp1252"))
    return strings


def drawn_matrix(content: bytes, size: int) -> list[list[bool]]:
    """The QR as drawn: rectangles in module units, rows counted from the bottom."""
    matrix = [[False] * size for _ in range(size)]
    rectangles = re.findall(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re", content)
    assert rectangles
    for x, y, width, height in rectangles:
        assert all(re.fullmatch(rb"\d+", v) for v in (x, y, width, height)), "whole modules"
        assert int(height) == 1
        row = size - 1 - int(y)
        for column in range(int(x), int(x) + int(width)):
            assert not matrix[row][column], "each module is drawn once"
            matrix[row][column] = True
    return matrix


def expected_matrix(token: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(token)
    code.make(fit=True)
    return [[bool(m) for m in row] for row in code.get_matrix()]


# -- mail text ----------------------------------------------------------------------------------


def test_dutch_mail_text() -> None:
    info = make_info()
    text = confirmation_text(
        info,
        municipality=MUNICIPALITY,
        language="nl",
        requirements=REQUIREMENTS,
        location=LOCATION,
    )
    assert text.startswith("Beste J. de Vries,\n")
    # 10:00 in Amsterdam, which is 09:00 UTC in December.
    assert "woensdag 2 december 2026, 10:00 - 10:15 uur" in text
    assert "09:00" not in text
    assert "Paspoort en ID-kaart aanvragen" in text
    assert "Stadskantoor, Gemeente Voorbeeld" in text
    for requirement in REQUIREMENTS:
        assert f"- {requirement}" in text
    flat = " ".join(text.split())
    assert "scan de QR-code" in flat
    assert "met uw BSN en uw geboortedatum" in flat
    assert "vanaf 09:30 uur tot 10:10 uur" in flat
    assert "Zeg uw afspraak dan zo snel mogelijk af" in flat
    assert all(len(line) <= 72 for line in text.splitlines())
    assert info.token is not None and info.token not in text


def test_english_mail_text() -> None:
    info = make_info()
    text = confirmation_text(
        info, municipality=MUNICIPALITY, language="en", requirements=(), location=LOCATION
    )
    assert text.startswith("Dear J. de Vries,\n")
    assert "Wednesday 2 December 2026, 10:00 - 10:15" in text
    assert "Stadskantoor, Gemeente Voorbeeld" in text
    flat = " ".join(text.split())
    assert "scan the QR code" in flat
    assert "check in with your BSN and your date of birth" in flat
    assert "from 09:30 until 10:10" in flat
    assert "cancel or change your appointment" in flat
    # Without requirements from the catalogue: proof of identity, always needed at a counter.
    assert "- A valid proof of identity" in text
    assert "woensdag" not in text and "uur" not in text


def test_summer_time_and_no_bsn_check_in() -> None:
    # Tuesday 4 May 2027, 10:00 in Amsterdam (summer time) is 08:00 UTC.
    info = make_info(local(date(2027, 5, 4), 10), bsn_checkin=False)
    assert info.starts_at.hour == 8
    nl = confirmation_text(info, municipality=MUNICIPALITY, language="nl")
    en = confirmation_text(info, municipality=MUNICIPALITY, language="en")
    assert "dinsdag 4 mei 2027, 10:00 - 10:15 uur" in nl
    assert "Tuesday 4 May 2027, 10:00 - 10:15" in en
    assert "Waar:" in nl and "Gemeente Voorbeeld" in nl
    assert "BSN" not in nl and "BSN" not in en


@pytest.mark.parametrize(
    ("day", "nl", "en"),
    [
        (date(2027, 1, 4), "maandag 4 januari 2027", "Monday 4 January 2027"),
        (date(2027, 3, 5), "vrijdag 5 maart 2027", "Friday 5 March 2027"),
        (date(2027, 6, 10), "donderdag 10 juni 2027", "Thursday 10 June 2027"),
        (date(2027, 8, 1), "zondag 1 augustus 2027", "Sunday 1 August 2027"),
        (date(2027, 10, 16), "zaterdag 16 oktober 2027", "Saturday 16 October 2027"),
    ],
)
def test_day_names(day: date, nl: str, en: str) -> None:
    moment = local(day, 0, 30)  # just after local midnight: the previous day in UTC
    assert format_day(moment, "nl") == nl
    assert format_day(moment, "en") == en


def test_subject_and_unknown_language() -> None:
    info = make_info()
    subject = confirmation_subject(info, municipality=MUNICIPALITY, language="nl")
    assert subject == "Bevestiging van uw afspraak op woensdag 2 december 2026 om 10:00 uur"
    with pytest.raises(ValueError, match="fr"):
        confirmation_text(info, municipality=MUNICIPALITY, language="fr")  # type: ignore[arg-type]


# -- PDF ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
def test_pdf_shows_the_details_and_the_token(language: str) -> None:
    info = make_info()
    pdf = confirmation_pdf(
        info,
        municipality=MUNICIPALITY,
        language=language,  # type: ignore[arg-type]
        requirements=REQUIREMENTS,
        location=LOCATION,
    )
    check_structure(pdf)
    strings = shown_strings(page_content(pdf))
    joined = " ".join(strings)
    if language == "nl":
        assert "Bevestiging van uw afspraak" in strings
        assert "woensdag 2 december 2026, 10:00 - 10:15 uur" in strings
        assert "Eén recente pasfoto die voldoet aan de fotomatrix" in strings
    else:
        assert "Confirmation of your appointment" in strings
        assert "Wednesday 2 December 2026, 10:00 - 10:15" in strings
    assert "Stadskantoor, Gemeente Voorbeeld" in strings
    assert "J. de Vries" in strings
    assert "BSN" in joined
    assert [s for s in strings if s.startswith("SP1")] == [info.token]


def test_pdf_qr_code_is_the_token() -> None:
    info = make_info()
    assert info.token is not None
    pdf = confirmation_pdf(info, municipality=MUNICIPALITY, language="nl")
    expected = expected_matrix(info.token)
    assert qr_matrix(info.token) == expected
    drawn = drawn_matrix(page_content(pdf), len(expected))
    assert drawn == expected
    # Sanity of the comparison itself: the three finder patterns' corners are dark.
    size = len(expected)
    assert drawn[4][4] and drawn[4][size - 5] and drawn[size - 5][4]
    assert not any(drawn[0]) and not any(row[0] for row in drawn)  # quiet zone


def test_pdf_of_another_token_draws_another_code() -> None:
    first, second = make_info(), make_info()
    assert first.token != second.token and first.token is not None and second.token is not None
    size = len(expected_matrix(first.token))
    drawn = drawn_matrix(
        page_content(confirmation_pdf(second, municipality=MUNICIPALITY, language="nl")), size
    )
    assert drawn == expected_matrix(second.token)
    assert drawn != expected_matrix(first.token)


def test_invariant_pdf_is_reproducible() -> None:
    info = make_info()
    one = confirmation_pdf(info, municipality=MUNICIPALITY, language="nl", invariant=True)
    two = confirmation_pdf(info, municipality=MUNICIPALITY, language="nl", invariant=True)
    assert one == two
    assert b"/CreationDate (D:20000101000000" in one


def test_pdf_needs_a_token() -> None:
    with pytest.raises(ValueError, match="token"):
        confirmation_pdf(replace(make_info(), token=None), municipality=MUNICIPALITY, language="nl")


def test_name_outside_helvetica_is_folded_without_a_unicode_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(confirmation_module, "UNICODE_FONT_CANDIDATES", ())
    confirmation_module._unicode_fonts.cache_clear()
    try:
        info = make_info(naam="Şahin Yılmaz-Łukasiewicz")
        pdf = confirmation_pdf(info, municipality=MUNICIPALITY, language="nl")
    finally:
        confirmation_module._unicode_fonts.cache_clear()
    strings = shown_strings(page_content(pdf))
    assert "Sahin Yilmaz-Lukasiewicz" in strings
    assert b"/FontFile2" not in pdf


def test_name_outside_helvetica_embeds_a_unicode_font() -> None:
    if confirmation_module._unicode_fonts() is None:
        pytest.skip("no Unicode TrueType font on this machine")
    info = make_info(naam="Şahin Yılmaz")
    pdf = confirmation_pdf(info, municipality=MUNICIPALITY, language="nl")
    check_structure(pdf)
    assert b"/FontFile2" in pdf
    strings = shown_strings(page_content(pdf))
    # Only the name needs the embedded font; the rest stays in Helvetica and is findable.
    assert "woensdag 2 december 2026, 10:00 - 10:15 uur" in strings
    assert info.token in strings


def test_importing_the_services_does_not_load_reportlab() -> None:
    """Every mode imports the services at start; reportlab costs ~0.2 s and only the counter
    renders confirmations."""
    code = (
        "import sys, app.services, app.services.confirmation; "
        "print(sorted(m for m in ('reportlab', 'qrcode') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


# -- through the service ------------------------------------------------------------------------


def test_service_confirmation_reads_requirements_from_the_catalogue(services: Services) -> None:
    staff = make_user(services, "anna", "medewerker")
    starts = local(date(2026, 11, 30), 10)
    info = services.appointments.book(
        staff,
        BookingRequest(
            agenda_code="REISDOCUMENTEN",
            starts_at=starts,
            naam="J. de Vries",
            bsn="999993653",
            birth_date=date(1980, 5, 17),
        ),
    )
    result = services.appointments.confirmation(
        staff, info.uuid, municipality=MUNICIPALITY, language="nl", location=LOCATION
    )
    assert result.appointment.token == info.token
    assert result.subject.endswith("maandag 30 november 2026 om 10:00 uur")
    assert "- Eén recente pasfoto die voldoet aan de fotomatrix" in result.text
    assert "maandag 30 november 2026, 10:00 - 10:15 uur" in result.text
    strings = shown_strings(page_content(result.pdf))
    assert "Eén recente pasfoto die voldoet aan de fotomatrix" in strings
    assert [s for s in strings if s.startswith("SP1")] == [info.token]

    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(PermissionDeniedError):
        services.appointments.confirmation(
            kiosk, info.uuid, municipality=MUNICIPALITY, language="nl"
        )
    services.appointments.cancel(staff, info.uuid)
    with pytest.raises(AppointmentCancelledError):
        services.appointments.confirmation(
            staff, info.uuid, municipality=MUNICIPALITY, language="en"
        )


def test_service_confirmation_without_product(services: Services) -> None:
    staff: Principal = make_user(services, "anna", "medewerker")
    info = services.appointments.book(
        staff,
        BookingRequest(
            agenda_code="HUWELIJK", starts_at=local(date(2026, 12, 1), 10), naam="A. Bakker"
        ),
    )
    result = services.appointments.confirmation(
        staff, info.uuid, municipality=MUNICIPALITY, language="en"
    )
    assert "Tuesday 1 December 2026, 10:00 - 10:30" in result.text
    assert "BSN" not in result.text
    check_structure(result.pdf)
