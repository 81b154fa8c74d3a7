"""The uittreksel BRP (A4) and the QR code that lets a counter check a paper one.

The verification QR is self-contained:

    "SPV1" + base32(canonical document data (UTF-8 JSON) | HMAC-SHA256(key, data)[:16])

A counter that scans it learns, with no database row per issued paper, that this installation
signed exactly these data; its verify screen shows them, so the employee compares them with
the paper in front of them. A changed address on the paper no longer matches what the code
shows, and a changed code no longer carries a valid signature. The key is a site secret
(``site_secret(session, "uittreksel-qr")``), separate from the appointment key so that one
kind of code can never be passed off as the other.

The signed data are language-independent (ISO dates, nationality codes): the same person's
uittreksel in Dutch and in English carries the same code, and the verify screen can show it
in the employee's language. Base32 keeps the code to QR alphanumeric characters, which a
keyboard-wedge scanner types the same on every keyboard layout; only the canonical spelling
verifies (base32's unused bits in the last character would otherwise allow a second one).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.registry.db import Database
from app.registry.models_queue import SiteSecret
from app.services.appointments import site_secret
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.brp.codes import NATIONALITIES
from app.services.brp.model import BrpDate, Person
from app.services.confirmation import format_day
from app.services.documents.drawing import MM, Language, check_language, qr_modules
from app.services.documents.layout import GREY, Flow
from app.services.documents.thermal import Sender
from app.services.errors import ValidationError
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM, local_date

PAYLOAD_PREFIX = "SPV1"
SECRET_NAME = "uittreksel-qr"  # noqa: S105 (the name of the key, not the key)
_MAC_LENGTH = 16
_MAC_CONTEXT = b"uittreksel-qr-v1|"
#: A scanned code longer than this is refused before it is decoded.
_MAX_PAYLOAD = 2000

#: Longer purposes are refused: the purpose is printed and signed into the QR code, and a
#: code of more than about 1,200 characters is dense enough to fail a counter scanner.
MAX_PURPOSE_LENGTH = 200

PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
MARGIN = 20 * MM
#: The code's smallest size; it grows so that one module is at least ``QR_MIN_MODULE`` wide
#: (a long name, address and purpose make a denser code).
QR_SIZE = 42 * MM
#: 0.5 mm modules: what a 2D hand scanner at the counter reads from a laser print.
QR_MIN_MODULE = 0.5 * MM
LABEL_WIDTH = 48 * MM


@dataclass(frozen=True)
class UittrekselData:
    """What the uittreksel states and its code signs: exactly these fields, in this order."""

    reference: str
    issued_on: date
    purpose: str
    municipality: str
    bsn: str
    name: str
    birth_date: str  # ISO 8601, unknown parts left off ("1985-12", "")
    birth_place: str
    birth_country: str
    address: tuple[str, ...]
    nationalities: tuple[str, ...]  # BRP table 32 codes


@dataclass(frozen=True)
class Uittreksel:
    data: UittrekselData
    payload: str
    pdf: bytes


@dataclass(frozen=True)
class UittrekselCheck:
    """The result of scanning a code: genuine, and then which document and what it states."""

    genuine: bool
    reference: str | None = None
    data: UittrekselData | None = None


_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Uittreksel Basisregistratie Personen",
        "subtitle": "Uittreksel BRP",
        "person": "Persoonsgegevens",
        "name": "Naam",
        "bsn": "Burgerservicenummer",
        "birth_date": "Geboortedatum",
        "birth_place": "Geboorteplaats",
        "address": "Adres",
        "no_address": "geen adres in de BRP",
        "nationality": "Nationaliteit",
        "document": "Gegevens van dit uittreksel",
        "issued_on": "Datum van afgifte",
        "purpose": "Doel",
        "reference": "Referentienummer",
        "statement": (
            "Dit uittreksel geeft de gegevens weer zoals die op {date} in de Basisregistratie "
            "Personen (BRP) zijn opgenomen, verstrekt door {municipality}."
        ),
        "verify": "Echtheid controleren",
        "verify_text": (
            "De QR-code bevat de gegevens van dit uittreksel met een digitale handtekening van "
            "{municipality}. Bij de balie wordt de code gescand: zo is te zien of dit document "
            "echt is en niet is gewijzigd."
        ),
        "signature": "Namens het college van burgemeester en wethouders van {municipality}",
        "unknown": "onbekend",
    },
    "en": {
        "title": "Extract from the Personal Records Database",
        "subtitle": "Uittreksel BRP (Basisregistratie Personen)",
        "person": "Personal details",
        "name": "Name",
        "bsn": "BSN",
        "birth_date": "Date of birth",
        "birth_place": "Place of birth",
        "address": "Address",
        "no_address": "no address in the BRP",
        "nationality": "Nationality",
        "document": "About this extract",
        "issued_on": "Date of issue",
        "purpose": "Purpose",
        "reference": "Reference number",
        "statement": (
            "This extract shows the data as recorded in the Personal Records Database (BRP) "
            "on {date}, issued by {municipality}."
        ),
        "verify": "Checking authenticity",
        "verify_text": (
            "The QR code holds the data of this extract with a digital signature of "
            "{municipality}. At the counter the code is scanned, which shows whether this "
            "document is genuine and unchanged."
        ),
        "signature": "On behalf of the Municipal Executive of {municipality}",
        "unknown": "unknown",
    },
}

#: Table 32 names in English for the nationalities the counter meets all day; others are
#: shown with their Dutch table name (or code), as the BRP itself has no English names.
_NATIONALITIES_EN = {"0000": "Unknown", "0001": "Dutch", "0499": "Stateless"}


# -- the data and its code ----------------------------------------------------------------------


def new_reference(issued_on: date) -> str:
    """'UB-20261125-K7M3QX': the day, and 6 random base32 letters so it cannot be guessed."""
    return f"UB-{issued_on:%Y%m%d}-{_b32(secrets.token_bytes(5))[:6]}"


def uittreksel_data(
    person: Person, *, reference: str, issued_on: date, purpose: str, municipality: str
) -> UittrekselData:
    address = person.address
    lines = tuple(line for line in (address.line1, address.line2) if line) if address else ()
    return UittrekselData(
        reference=reference,
        issued_on=issued_on,
        purpose=purpose.strip(),
        municipality=municipality,
        bsn=person.bsn,
        name=person.name.full,
        birth_date=person.birth_date.iso() if person.birth_date else "",
        birth_place=person.birth_place,
        birth_country=person.birth_country,
        address=lines,
        nationalities=tuple(person.nationalities),
    )


def canonical(data: UittrekselData) -> bytes:
    """One spelling of the data: a JSON array in field order, no spaces, UTF-8."""
    values = [
        data.reference,
        data.issued_on.isoformat(),
        data.purpose,
        data.municipality,
        data.bsn,
        data.name,
        data.birth_date,
        data.birth_place,
        data.birth_country,
        list(data.address),
        list(data.nationalities),
    ]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign_uittreksel(data: UittrekselData, key: bytes) -> str:
    body = canonical(data)
    return PAYLOAD_PREFIX + _b32(body + _mac(key, body))


def read_payload(payload: str, key: bytes) -> UittrekselData | None:
    """The data a genuine code carries, or None for anything this installation did not sign.

    Tolerates what a scanner or a person adds (case, white space); nothing else.
    """
    cleaned = "".join(payload.split()).upper()
    if len(cleaned) > _MAX_PAYLOAD or not cleaned.startswith(PAYLOAD_PREFIX):
        return None
    text = cleaned[len(PAYLOAD_PREFIX) :]
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        return None
    if len(raw) <= _MAC_LENGTH or _b32(raw) != text:
        return None
    body, mac = raw[:-_MAC_LENGTH], raw[-_MAC_LENGTH:]
    if not hmac.compare_digest(mac, _mac(key, body)):
        return None
    data = _parse(body)
    # Signed by us, so well formed; checked anyway: a parse that differs from the signed
    # bytes must never show the employee something other than what was signed.
    if data is None or canonical(data) != body:
        return None
    return data


def verify_uittreksel(payload: str, document_data: UittrekselData, *, key: bytes) -> bool:
    """True when ``payload`` is a genuine code for exactly ``document_data``."""
    return read_payload(payload, key) == document_data


def _mac(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, _MAC_CONTEXT + body, hashlib.sha256).digest()[:_MAC_LENGTH]


def _parse(body: bytes) -> UittrekselData | None:
    try:
        values = json.loads(body.decode("utf-8"))
        (ref, issued, purpose, municipality, bsn, name, born, place, country, addr, nats) = values
        strings = (ref, issued, purpose, municipality, bsn, name, born, place, country)
        if not all(isinstance(v, str) for v in strings):
            return None
        if not all(isinstance(v, str) for v in (*addr, *nats)):
            return None
        return UittrekselData(
            reference=ref,
            issued_on=date.fromisoformat(issued),
            purpose=purpose,
            municipality=municipality,
            bsn=bsn,
            name=name,
            birth_date=born,
            birth_place=place,
            birth_country=country,
            address=tuple(addr),
            nationalities=tuple(nats),
        )
    except (ValueError, TypeError, UnicodeDecodeError, RecursionError):
        # RecursionError: JSON nested deeper than the interpreter's limit ("[[[[...").
        return None


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


# -- the key and the service --------------------------------------------------------------------


def uittreksel_key(session: Session, *, create: bool = True) -> bytes | None:
    """The signing key; ``create=False`` for checking (no key yet: nothing was ever signed)."""
    if create:
        return site_secret(session, SECRET_NAME)
    stored: bytes | None = session.scalar(
        select(SiteSecret.value).where(SiteSecret.name == SECRET_NAME)
    )
    return stored


def check_uittreksel(session: Session, scanned: str) -> UittrekselCheck:
    """Whether a scanned code is genuine, and which uittreksel it belongs to."""
    key = uittreksel_key(session, create=False)
    data = read_payload(scanned, key) if key is not None else None
    if data is None:
        return UittrekselCheck(genuine=False)
    return UittrekselCheck(genuine=True, reference=data.reference, data=data)


def check_purpose(purpose: str) -> None:
    """Doelbinding: an uittreksel states what it is for; and it must fit its signed code."""
    text = purpose.strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "State what the uittreksel is for (purpose)."),
            field="purpose",
        )
    if len(text) > MAX_PURPOSE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Keep the purpose of the uittreksel to {limit} characters or fewer."
            ),
            field="purpose",
            limit=MAX_PURPOSE_LENGTH,
        )


def issue_uittreksel(
    db: Database,
    principal: Principal,
    person: Person,
    *,
    now: datetime,
    purpose: str,
    sender: Sender,
    language: Language,
    compress: bool = True,
) -> Uittreksel:
    """Reference, signature, audit row and PDF of one uittreksel; the caller has checked that
    ``principal`` may issue it (staff: READ_PERSON; the kiosk: its own holder only)."""
    check_purpose(purpose)
    issued_on = local_date(now)
    data = uittreksel_data(
        person,
        reference=new_reference(issued_on),
        issued_on=issued_on,
        purpose=purpose,
        municipality=sender.municipality,
    )
    with db.write() as session:
        key = uittreksel_key(session)
        assert key is not None
        payload = sign_uittreksel(data, key)
        record_audit(
            session,
            principal.actor_uuid,
            "issue_uittreksel",
            "bsn",
            person.bsn,
            at=now,
            purpose=data.purpose,
            detail=data.reference,
        )
    pdf = uittreksel_pdf(data, payload, sender=sender, language=language, compress=compress)
    return Uittreksel(data=data, payload=payload, pdf=pdf)


class DocumentService:
    """Issuing and checking uittreksels; one transaction per call, like every service.

    Wired into ``Services`` as ``services.documents``.
    """

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def issue_uittreksel(
        self,
        principal: Principal,
        person: Person,
        *,
        purpose: str,
        sender: Sender,
        language: Language,
        compress: bool = True,
    ) -> Uittreksel:
        """Sign and render; audited with its reference and purpose (protocollering: the
        BRP data of a person left the building on paper)."""
        principal.require(Permission.READ_PERSON)
        return issue_uittreksel(
            self._db,
            principal,
            person,
            now=self._clock(),
            purpose=purpose,
            sender=sender,
            language=language,
            compress=compress,
        )

    def check_uittreksel(self, principal: Principal, scanned: str) -> UittrekselCheck:
        principal.require(Permission.READ_PERSON)
        with self._db.read() as session:
            return check_uittreksel(session, scanned)


# -- the PDF ------------------------------------------------------------------------------------


def format_brp_date(value: str, language: Language) -> str:
    """An ISO date with unknown parts left off, written out: '17 mei 1980', 'mei 1980', '1980'."""
    lang = check_language(language)
    if not value:
        return _WORDS[lang]["unknown"]
    parts = [int(p) for p in value.split("-")]
    brp = BrpDate(*parts)
    exact = brp.as_date()
    if exact is not None:
        return long_date(exact, lang)
    if brp.month:
        month = long_date(date(2000, brp.month, 1), lang).split(" ")[1]
        return f"{month} {brp.year}"
    return str(brp.year)


def long_date(day: date, language: Language) -> str:
    """'17 mei 1980' / '17 May 1980': ``format_day`` without the weekday."""
    return format_day(datetime.combine(day, time(12), AMSTERDAM), language).split(" ", 1)[1]


def nationality_text(code: str, language: Language) -> str:
    if check_language(language) == "en" and code in _NATIONALITIES_EN:
        return _NATIONALITIES_EN[code]
    return NATIONALITIES.get(code, code)


def uittreksel_pdf(
    data: UittrekselData,
    payload: str,
    *,
    sender: Sender,
    language: Language,
    invariant: bool = False,
    compress: bool = True,
) -> bytes:
    """One A4 page: letterhead, the person, the document's own data, the verification QR."""
    lang = check_language(language)
    words = _WORDS[lang]
    municipality = data.municipality
    flow = Flow(PAGE_WIDTH, margin=MARGIN)
    if sender.logo is not None:
        flow.image(sender.logo, height=16 * MM)
        flow.gap(2)
    flow.line(municipality, size=12, bold=True, colour=GREY)
    for line in (sender.location, *sender.address):
        if line:
            flow.line(line, size=9, colour=GREY)
    flow.gap(10)
    flow.line(words["title"], size=20, bold=True)
    flow.line(words["subtitle"], size=11, colour=GREY)
    flow.rule(weight=1.2)
    flow.gap(2)

    _section(flow, words["person"])
    born = format_brp_date(data.birth_date, lang)
    place = ", ".join(p for p in (data.birth_place, data.birth_country) if p)
    _row(flow, words["name"], (data.name or words["unknown"],))
    _row(flow, words["bsn"], (data.bsn,))
    _row(flow, words["birth_date"], (born,))
    _row(flow, words["birth_place"], (place or words["unknown"],))
    _row(flow, words["address"], data.address or (words["no_address"],))
    nationalities = tuple(nationality_text(code, lang) for code in data.nationalities)
    _row(flow, words["nationality"], nationalities or (words["unknown"],))
    flow.gap(4)

    _section(flow, words["document"])
    issued = long_date(data.issued_on, lang)
    _row(flow, words["issued_on"], (issued,))
    _row(flow, words["purpose"], (data.purpose,))
    _row(flow, words["reference"], (data.reference,))
    flow.gap(3)
    flow.paragraph(
        words["statement"].format(date=issued, municipality=municipality),
        size=10,
        leading=1.4,
    )
    flow.gap(8)

    _section(flow, words["verify"])
    top = flow.y
    qr_size = uittreksel_qr_size(payload)
    flow.qr(payload, size=qr_size, x=MARGIN - 2 * MM)
    bottom = flow.y
    flow.y = top
    text_x = MARGIN + qr_size + 4 * MM
    width = flow.content_width - qr_size - 4 * MM
    flow.gap(3)
    flow.paragraph(
        words["verify_text"].format(municipality=municipality),
        size=9.5,
        x=text_x,
        width=width,
        leading=1.4,
    )
    flow.gap(2)
    flow.line(f"{words['reference']}: {data.reference}", size=9.5, bold=True, x=text_x)
    flow.y = max(flow.y, bottom) + 14 * MM
    flow.paragraph(words["signature"].format(municipality=municipality), size=10)
    return flow.render(
        title=f"{words['subtitle']} {data.reference}",
        author=municipality,
        height=PAGE_HEIGHT,
        invariant=invariant,
        compress=compress,
    )


def uittreksel_qr_size(payload: str) -> float:
    """The printed size of the verification code: ``QR_SIZE``, or larger for a dense code."""
    modules = len(qr_modules(payload))
    return max(QR_SIZE, modules * QR_MIN_MODULE)


def _section(flow: Flow, title: str) -> None:
    flow.line(title, size=12.5, bold=True, leading=1.6)


def _row(flow: Flow, label: str, values: Sequence[str]) -> None:
    top = flow.y
    flow.line(label, size=10.5, colour=GREY, x=MARGIN, leading=1.0)
    flow.y = top
    for value in values:
        flow.paragraph(
            value, size=10.5, x=MARGIN + LABEL_WIDTH, width=flow.content_width - LABEL_WIDTH
        )
    flow.y += 2


__all__ = [
    "PAYLOAD_PREFIX",
    "DocumentService",
    "Uittreksel",
    "UittrekselCheck",
    "UittrekselData",
    "canonical",
    "check_purpose",
    "check_uittreksel",
    "issue_uittreksel",
    "read_payload",
    "sign_uittreksel",
    "uittreksel_data",
    "uittreksel_key",
    "uittreksel_pdf",
    "verify_uittreksel",
]
