"""The appointment confirmation: a mail text and a one-page PDF with the check-in QR code.

The wording is document content, not UI text: it goes to residents by mail and on paper in the
language chosen at booking, so it lives here in Dutch and English rather than in the Qt
translation files (which follow the language of the screen, not of the resident).

The QR code is drawn as vector squares straight from the ``qrcode`` library's module matrix
(``app.services.documents.drawing``, shared with the receipts, tickets and uittreksel).

Render time (``benchmarks/confirmation_pdf.py``): most of it is ``qrcode`` choosing the best of
eight mask patterns, which the QR standard asks for and scanners benefit from; it is kept.

Text is set in Helvetica wherever it fits; a name such as "Şahin" is set in an embedded
Unicode font subset, or folded to "Sahin" without one (see the drawing module).

reportlab (about 0.2 s) and qrcode are imported where they are used, not with this module:
every mode imports the services at start, and only the counter renders confirmations.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.documents import drawing
from app.services.documents.drawing import MM as _MM
from app.services.documents.drawing import Language, draw_qr, qr_matrix
from app.services.documents.drawing import qr_modules as _qr_modules
from app.services.workingdays import AMSTERDAM

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from app.services.appointments import AppointmentInfo

#: Where a Unicode font is looked for when a text does not fit Helvetica; module-level so
#: a test can take them away (see ``_unicode_fonts``).
UNICODE_FONT_CANDIDATES: tuple[tuple[Path, Path], ...] = drawing.UNICODE_FONT_CANDIDATES

_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
#: Month names as letters and documents write them, per language (the MI report uses them too).
MONTH_NAMES = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

#: The document's wording per language. ``{placeholders}`` are filled by ``_content``.
_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "subject": "Bevestiging van uw afspraak op {date} om {start} uur",
        "title": "Bevestiging van uw afspraak",
        "greeting": "Beste {naam},",
        "intro": "U heeft een afspraak bij {municipality}. Hieronder staan de gegevens.",
        "what": "Wat",
        "when": "Wanneer",
        "where": "Waar",
        "name": "Op naam van",
        "when_value": "{date}, {start} - {end} uur",
        "bring": "Neem mee",
        "bring_default": "Een geldig identiteitsbewijs (paspoort, identiteitskaart of rijbewijs)",
        "checkin": "Aanmelden",
        "checkin_mail": (
            "Meld u bij aankomst aan bij de aanmeldzuil in de hal: scan de QR-code in de "
            "bijgevoegde bevestiging (PDF), geprint of op uw telefoon."
        ),
        "checkin_pdf": (
            "Meld u bij aankomst aan bij de aanmeldzuil in de hal: scan deze QR-code, "
            "geprint of op uw telefoon."
        ),
        "checkin_bsn": (
            "Heeft u de QR-code niet bij de hand? Meld u dan aan met uw BSN en uw geboortedatum."
        ),
        "checkin_ticket": (
            "U krijgt dan een volgnummer. Op het scherm in de wachtruimte ziet u wanneer u aan "
            "de beurt bent."
        ),
        "checkin_window": (
            "Aanmelden kan vanaf {opens} uur tot {closes} uur. Bent u later, dan kunnen wij u "
            "misschien niet meer helpen en maakt u een nieuwe afspraak."
        ),
        "cancel": "Afzeggen of verzetten",
        "cancel_text": (
            "Kunt u niet komen? Zeg uw afspraak dan zo snel mogelijk af of verzet hem, dan kan "
            "iemand anders deze tijd gebruiken. Neem contact op met {municipality} of kom langs "
            "bij de balie."
        ),
        "regards": "Met vriendelijke groet,",
        "code": "Aanmeldcode",
    },
    "en": {
        "subject": "Confirmation of your appointment on {date} at {start}",
        "title": "Confirmation of your appointment",
        "greeting": "Dear {naam},",
        "intro": "You have an appointment with {municipality}. These are the details.",
        "what": "What",
        "when": "When",
        "where": "Where",
        "name": "Name",
        "when_value": "{date}, {start} - {end}",
        "bring": "What to bring",
        "bring_default": "A valid proof of identity (passport, identity card or driving licence)",
        "checkin": "Checking in",
        "checkin_mail": (
            "When you arrive, check in at the kiosk in the hall: scan the QR code in the "
            "attached confirmation (PDF), printed or on your phone."
        ),
        "checkin_pdf": (
            "When you arrive, check in at the kiosk in the hall: scan this QR code, printed or "
            "on your phone."
        ),
        "checkin_bsn": (
            "Do not have the QR code with you? Then check in with your BSN and your date of birth."
        ),
        "checkin_ticket": (
            "You will get a ticket number. The screen in the waiting area shows when it is "
            "your turn."
        ),
        "checkin_window": (
            "You can check in from {opens} until {closes}. If you are later, we may not be "
            "able to help you and you will need to make a new appointment."
        ),
        "cancel": "Cancel or change",
        "cancel_text": (
            "Cannot come? Please cancel or change your appointment as soon as possible, so "
            "someone else can use this time. Contact {municipality} or visit the counter."
        ),
        "regards": "Kind regards,",
        "code": "Check-in code",
    },
}


@dataclass(frozen=True)
class Confirmation:
    appointment: AppointmentInfo
    #: The mail's subject line.
    subject: str
    #: The mail's body, plain text.
    text: str
    #: The PDF to attach or print (A4, one page).
    pdf: bytes


@dataclass(frozen=True)
class _Content:
    """One confirmation's texts, shared by the mail and the PDF."""

    subject: str
    title: str
    greeting: str
    intro: str
    details: tuple[tuple[str, str], ...]
    bring_heading: str
    bring: tuple[str, ...]
    checkin_heading: str
    checkin_mail: tuple[str, ...]
    checkin_pdf: tuple[str, ...]
    cancel_heading: str
    cancel: str
    regards: str
    signature: str
    code_label: str


def format_day(moment: datetime, language: Language) -> str:
    """'woensdag 2 december 2026' / 'Wednesday 2 December 2026', in Amsterdam time."""
    local = moment.astimezone(AMSTERDAM)
    lang = _check_language(language)
    weekday = _WEEKDAYS[lang][local.weekday()]
    return f"{weekday} {local.day} {MONTH_NAMES[lang][local.month - 1]} {local.year}"


def format_time(moment: datetime) -> str:
    """'10:00': 24-hour Amsterdam time, as Dutch letters and signs write it in both languages."""
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")


def confirmation_text(
    info: AppointmentInfo,
    *,
    municipality: str,
    language: Language,
    requirements: Sequence[str] = (),
    location: str = "",
) -> str:
    """The mail body: what, when, where, what to bring, how to check in and to cancel."""
    content = _content(info, municipality, language, requirements, location)
    width = max(len(label) for label, _ in content.details) + 2
    lines = [content.greeting, "", *_wrap(content.intro), ""]
    for label, value in content.details:
        lines.extend(
            textwrap.wrap(
                value,
                72,
                initial_indent=f"{label}:".ljust(width),
                subsequent_indent=" " * width,
            )
        )
    lines += ["", content.bring_heading]
    for item in content.bring:
        lines.extend(textwrap.wrap(item, 72, initial_indent="- ", subsequent_indent="  "))
    lines += ["", content.checkin_heading]
    for paragraph in content.checkin_mail:
        lines.extend(_wrap(paragraph))
    lines += ["", content.cancel_heading, *_wrap(content.cancel)]
    lines += ["", content.regards, content.signature]
    return "\n".join(lines) + "\n"


def confirmation_subject(
    info: AppointmentInfo, *, municipality: str, language: Language, location: str = ""
) -> str:
    return _content(info, municipality, language, (), location).subject


def confirmation_pdf(
    info: AppointmentInfo,
    *,
    municipality: str,
    language: Language,
    requirements: Sequence[str] = (),
    location: str = "",
    invariant: bool = False,
) -> bytes:
    """One A4 page: heading, details, the QR code with the token under it, what to bring.

    ``invariant`` leaves out the creation time and document id, so the same input gives the
    same bytes (tests, reproducible archives).
    """
    if not info.token:
        raise ValueError("a confirmation needs the appointment's token (book or get it first)")
    from reportlab.pdfgen.canvas import Canvas

    content = _content(info, municipality, language, requirements, location)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(_PAGE_WIDTH, _PAGE_HEIGHT), invariant=int(invariant), pageCompression=1
    )
    canvas.setTitle(content.title)
    canvas.setAuthor(municipality)
    canvas.setSubject(content.subject)
    canvas.setCreator("StadsPunt")
    _Page(canvas).draw(content, info.token)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_confirmation(
    info: AppointmentInfo,
    *,
    municipality: str,
    language: Language,
    requirements: Sequence[str] = (),
    location: str = "",
) -> Confirmation:
    return Confirmation(
        appointment=info,
        subject=confirmation_subject(
            info, municipality=municipality, language=language, location=location
        ),
        text=confirmation_text(
            info,
            municipality=municipality,
            language=language,
            requirements=requirements,
            location=location,
        ),
        pdf=confirmation_pdf(
            info,
            municipality=municipality,
            language=language,
            requirements=requirements,
            location=location,
        ),
    )


# -- content ---------------------------------------------------------------------------------


def _check_language(language: str) -> Language:
    if language == "nl":
        return "nl"
    if language == "en":
        return "en"
    raise ValueError(f"no confirmation text in language {language!r}")


def _content(
    info: AppointmentInfo,
    municipality: str,
    language: Language,
    requirements: Sequence[str],
    location: str,
) -> _Content:
    lang = _check_language(language)
    words = _WORDS[lang]
    day = format_day(info.starts_at, lang)
    start, end = format_time(info.starts_at), format_time(info.ends_at)
    where = f"{location}, {municipality}" if location.strip() else municipality
    bring = tuple(" ".join(r.split()) for r in requirements if r.strip())
    checkin_first = [words["checkin_mail"]]
    checkin_pdf = [words["checkin_pdf"]]
    if info.bsn_checkin:
        checkin_first.append(words["checkin_bsn"])
        checkin_pdf.append(words["checkin_bsn"])
    after = (
        words["checkin_ticket"],
        words["checkin_window"].format(
            opens=format_time(info.checkin_opens_at), closes=format_time(info.checkin_closes_at)
        ),
    )
    return _Content(
        subject=words["subject"].format(date=day, start=start),
        title=words["title"],
        greeting=words["greeting"].format(naam=info.naam),
        intro=words["intro"].format(municipality=municipality),
        details=(
            (words["what"], info.agenda_naam),
            (words["when"], words["when_value"].format(date=day, start=start, end=end)),
            (words["where"], where),
            (words["name"], info.naam),
        ),
        bring_heading=words["bring"],
        bring=bring or (words["bring_default"],),
        checkin_heading=words["checkin"],
        checkin_mail=(" ".join(checkin_first), *after),
        checkin_pdf=(" ".join(checkin_pdf), *after),
        cancel_heading=words["cancel"],
        cancel=words["cancel_text"].format(municipality=municipality),
        regards=words["regards"],
        signature=municipality,
        code_label=words["code"],
    )


def _wrap(paragraph: str) -> list[str]:
    return textwrap.wrap(paragraph, 72) or [""]


# -- the PDF ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _unicode_fonts() -> tuple[str, str] | None:
    """(regular, bold) names of a registered Unicode TrueType font, or None."""
    return drawing.find_unicode_fonts(UNICODE_FONT_CANDIDATES)


def _font_for(text: str, *, bold: bool) -> tuple[str, str]:
    """The font to draw ``text`` in, and the text as it will be drawn (see ``drawing.font_for``)."""
    return drawing.font_for(text, bold=bold, unicode_fonts=_unicode_fonts)


_PAGE_WIDTH, _PAGE_HEIGHT = 210 * _MM, 297 * _MM  # A4
_MARGIN = 20 * _MM
_CONTENT_WIDTH = _PAGE_WIDTH - 2 * _MARGIN
_QR_SIZE = 48 * _MM
_LABEL_WIDTH = 34 * _MM
#: The QR's quiet zone is 4 of its modules; text under it starts where the dark modules do.
_QR_INSET = 4 * _QR_SIZE / 41
_TOKEN_SIZE = 8.0
_GREY = (0.35, 0.35, 0.35)


class _Page:
    """Draws top-down; ``y`` is the baseline of the next line."""

    def __init__(self, canvas: Canvas) -> None:
        self._c = canvas
        self._y = _PAGE_HEIGHT - _MARGIN

    def _text(self, x: float, text: str, *, size: float, bold: bool = False) -> None:
        font, shown = _font_for(text, bold=bold)
        self._c.setFont(font, size)
        self._c.drawString(x, self._y, shown)

    def _lines(self, text: str, *, size: float, width: float, bold: bool = False) -> list[str]:
        """``text`` wrapped to ``width``; sets the canvas font it is to be drawn in."""
        from reportlab.lib.utils import simpleSplit

        font, shown = _font_for(text, bold=bold)
        self._c.setFont(font, size)
        lines: list[str] = simpleSplit(shown, font, size, width)
        return lines

    def draw(self, content: _Content, token: str) -> None:
        c = self._c
        c.setFillColorRGB(*_GREY)
        self._text(_MARGIN, content.signature, size=11, bold=True)
        self._y -= 30
        c.setFillColorRGB(0, 0, 0)
        self._text(_MARGIN, content.title, size=22, bold=True)
        self._y -= 12
        c.setLineWidth(1.2)
        c.line(_MARGIN, self._y, _PAGE_WIDTH - _MARGIN, self._y)
        self._y -= 24

        self._paragraph(content.greeting, size=11)
        self._paragraph(content.intro, size=11)
        self._y -= 6
        for label, value in content.details:
            self._detail(label, value)
        self._y -= 14

        self._heading(content.checkin_heading)
        self._qr_block(content, token)

        self._heading(content.bring_heading)
        for item in content.bring:
            self._paragraph(item, size=10.5, bullet=True)
        self._y -= 8
        self._heading(content.cancel_heading)
        self._paragraph(content.cancel, size=10.5)
        self._y -= 8
        self._paragraph(content.regards, size=10.5, after=0)
        self._paragraph(content.signature, size=10.5)

    def _heading(self, text: str) -> None:
        self._text(_MARGIN, text, size=13, bold=True)
        self._y -= 18

    def _paragraph(
        self,
        text: str,
        *,
        size: float,
        x: float = _MARGIN,
        width: float = _CONTENT_WIDTH,
        bullet: bool = False,
        after: float = 6,
    ) -> None:
        indent = 12 if bullet else 0
        lines = self._lines(text, size=size, width=width - indent)
        if bullet:
            self._c.drawString(x, self._y, "\u2022")  # in Helvetica and the Unicode font
        for line in lines:
            self._c.drawString(x + indent, self._y, line)
            self._y -= size * 1.35
        self._y -= after

    def _detail(self, label: str, value: str) -> None:
        self._text(_MARGIN, label, size=11.5, bold=True)
        for line in self._lines(value, size=11.5, width=_CONTENT_WIDTH - _LABEL_WIDTH):
            self._c.drawString(_MARGIN + _LABEL_WIDTH, self._y, line)
            self._y -= 16
        self._y -= 2

    def _qr_block(self, content: _Content, token: str) -> None:
        top = self._y + 8  # the QR's quiet zone may rise into the heading's descent
        draw_qr(self._c, _qr_modules(token), x=_MARGIN, y=top - _QR_SIZE, size=_QR_SIZE)
        c = self._c
        # The code under the QR for a person to read out or type (a scanner that fails, a
        # phone call): one line of 8 pt Courier fits the full width, unlike the QR's width.
        c.setFillColorRGB(*_GREY)
        self._y, below = top - _QR_SIZE - 6, self._y
        self._text(_MARGIN + _QR_INSET, f"{content.code_label}:", size=8)
        self._y = below
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Courier", _TOKEN_SIZE)
        c.drawString(_MARGIN + _QR_INSET, top - _QR_SIZE - 17, token)
        qr_bottom = top - _QR_SIZE - 38

        text_x = _MARGIN + _QR_SIZE + 8 * _MM
        width = _CONTENT_WIDTH - _QR_SIZE - 8 * _MM
        for paragraph in content.checkin_pdf:
            self._paragraph(paragraph, size=10.5, x=text_x, width=width)
        self._y = min(self._y, qr_bottom) - 4


__all__ = [
    "Confirmation",
    "Language",
    "build_confirmation",
    "confirmation_pdf",
    "confirmation_subject",
    "confirmation_text",
    "draw_qr",
    "format_day",
    "format_time",
    "qr_matrix",
]
