"""80 mm thermal slips: the queue ticket from the kiosk and the payment receipt.

A receipt printer's head is 72 mm wide on 80 mm paper, so the page is 80 mm with 4 mm margins
and as tall as its content (the printer cuts after it). Texts are document content in the
visitor's language (nl or en), not UI texts: the ticket is printed in the language the
visitor chose at the kiosk, whatever language the kiosk's screen returns to afterwards.

The payment terminal's own receipt lines are printed as the terminal gave them, in a
fixed-width font and unwrapped where they fit: card schemes prescribe that text, and it is
the visitor's proof of the card payment, so it is not reworded or reflowed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.config import Settings
from app.services.catalogue import format_euro
from app.services.confirmation import format_day, format_time
from app.services.documents.drawing import MM, Language, check_language
from app.services.documents.layout import GREY, Flow, text_width
from app.services.queue import TicketInfo

log = logging.getLogger(__name__)

PAGE_WIDTH = 80 * MM
MARGIN = 4 * MM
TICKET_QR_SIZE = 32 * MM
#: Fixed-width size for the terminal's lines: 42 columns of Courier fill the 72 mm head.
TERMINAL_FONT_SIZE = 7.4


@dataclass(frozen=True)
class Sender:
    """Who issues the document: the municipality, its address and logo.

    ``from_settings`` takes them from the configuration (``municipality``, ``location``,
    ``address``, ``logo``); a missing logo file is left off rather than failing a print.
    """

    municipality: str
    location: str = ""
    address: tuple[str, ...] = ()
    logo: Path | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, *, address: Sequence[str] = (), logo: Path | None = None
    ) -> Sender:
        logo = logo or settings.logo
        if logo is not None and not logo.is_file():
            log.warning("logo %s not found: documents are printed without it", logo)
            logo = None
        return cls(
            settings.municipality, settings.location, tuple(address or settings.address), logo
        )


@dataclass(frozen=True)
class TerminalTransaction:
    """What the payment terminal reported for an approved payment (OPI / terminal fields)."""

    terminal_id: str
    transaction_id: str  # STAN / transaction reference at the acquirer
    approval_code: str = ""
    card_brand: str = ""  # "Maestro", "V PAY", ...
    card_number: str = ""  # masked by the terminal: "xxxxxxxxxxxxxxx1234"
    #: The terminal's own customer receipt, line by line, exactly as it gave it.
    receipt_lines: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Payment:
    product: str
    amount_cents: int  # leges
    reference: str  # our reference: the contact or order number
    paid_at: datetime
    transaction: TerminalTransaction


_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "ticket_title": "Volgnummer",
        "your_number": "Uw volgnummer",
        "ahead_0": "U bent de volgende",
        "ahead_1": "Er is 1 persoon voor u",
        "ahead_n": "Er zijn {n} personen voor u",
        "wait": "Verwachte wachttijd: ongeveer {minutes} min.",
        "wait_unknown": "De wachttijd is nu niet bekend",
        "follow": "Scan de code om uw plek in de rij te volgen",
        "screen": "Let op het scherm in de wachtruimte.",
        "receipt_title": "Betaalbewijs",
        "product": "Product",
        "leges": "Leges",
        "total": "Totaal",
        "reference": "Referentie",
        "paid_card": "Betaald met pin",
        "terminal": "Terminal",
        "transaction": "Transactie",
        "approval": "Autorisatiecode",
        "card": "Kaart",
        "card_number": "Kaartnummer",
        "terminal_receipt": "Bon van de betaalautomaat",
        "keep": "Bewaar dit betaalbewijs.",
    },
    "en": {
        "ticket_title": "Ticket",
        "your_number": "Your number",
        "ahead_0": "You are next",
        "ahead_1": "There is 1 person ahead of you",
        "ahead_n": "There are {n} people ahead of you",
        "wait": "Expected wait: about {minutes} min.",
        "wait_unknown": "The waiting time is not known at the moment",
        "follow": "Scan the code to follow your place in the queue",
        "screen": "Watch the screen in the waiting area.",
        "receipt_title": "Payment receipt",
        "product": "Product",
        "leges": "Fee (leges)",
        "total": "Total",
        "reference": "Reference",
        "paid_card": "Paid by debit card",
        "terminal": "Terminal",
        "transaction": "Transaction",
        "approval": "Approval code",
        "card": "Card",
        "card_number": "Card number",
        "terminal_receipt": "Card terminal receipt",
        "keep": "Please keep this receipt.",
    },
}


def ticket_words(language: Language) -> dict[str, str]:
    return _WORDS[check_language(language)]


def ticket_pdf(
    ticket: TicketInfo,
    *,
    sender: Sender,
    language: Language | None = None,
    payload: str | None = None,
    invariant: bool = False,
    compress: bool = True,
) -> bytes:
    """The kiosk's ticket: the number as large as the paper allows, the queue, how many are
    ahead and the expected wait, the time, and a QR to follow the queue on a phone.

    ``payload`` is what the QR carries; for now the ticket's uuid (the follow-the-queue page
    is not there yet). ``language`` defaults to the one the visitor chose (``ticket.language``).
    """
    lang = check_language(language or ticket.language)
    words = _WORDS[lang]
    flow = Flow(PAGE_WIDTH, margin=MARGIN)
    _letterhead(flow, sender)
    flow.rule()
    flow.line(words["your_number"], size=11, align="center")
    size = min(64.0, 64.0 * flow.content_width / max(text_width(ticket.code, 64, bold=True), 1))
    flow.gap(1)
    flow.line(ticket.code, size=size, bold=True, align="center", leading=1.15)
    flow.paragraph(ticket.queue_naam, size=13, bold=True, align="center")
    flow.gap(2)
    if ticket.position is not None:
        ahead = {0: words["ahead_0"], 1: words["ahead_1"]}.get(
            ticket.position, words["ahead_n"].format(n=ticket.position)
        )
        flow.paragraph(ahead, size=10, align="center")
    if ticket.estimate_seconds is not None:
        minutes = max(1, round(ticket.estimate_seconds / 60)) if ticket.position else 0
        if minutes:
            flow.paragraph(words["wait"].format(minutes=minutes), size=10, align="center")
    elif ticket.position:
        flow.paragraph(words["wait_unknown"], size=10, align="center")
    moment = ticket.created_at
    flow.paragraph(
        f"{format_day(moment, lang)}, {format_time(moment)}", size=9, align="center", colour=GREY
    )
    flow.gap(2)
    flow.qr(payload or str(ticket.uuid), size=TICKET_QR_SIZE)
    flow.paragraph(words["follow"], size=8.5, align="center")
    flow.gap(1)
    flow.paragraph(words["screen"], size=9, bold=True, align="center")
    return flow.render(
        title=f"{words['ticket_title']} {ticket.code}",
        author=sender.municipality,
        invariant=invariant,
        compress=compress,
    )


def receipt_pdf(
    payment: Payment,
    *,
    sender: Sender,
    language: Language,
    invariant: bool = False,
    compress: bool = True,
) -> bytes:
    """The payment receipt: our part (product, leges, reference, the terminal's transaction
    data) and below a rule the terminal's own receipt text."""
    lang = check_language(language)
    words = _WORDS[lang]
    transaction = payment.transaction
    flow = Flow(PAGE_WIDTH, margin=MARGIN)
    _letterhead(flow, sender)
    flow.rule()
    flow.line(words["receipt_title"], size=14, bold=True, align="center")
    moment = payment.paid_at
    flow.paragraph(
        f"{format_day(moment, lang)}, {format_time(moment)}", size=9, align="center", colour=GREY
    )
    flow.gap(2)
    flow.line(words["product"], size=8, colour=GREY)
    flow.paragraph(payment.product, size=10, bold=True)
    flow.gap(1)
    amount = format_euro(payment.amount_cents)
    flow.pair(words["leges"], amount, size=10)
    flow.rule(weight=0.5)
    flow.pair(words["total"], amount, size=12, bold=True)
    flow.gap(1)
    flow.pair(words["reference"], payment.reference, size=9)
    flow.gap(2)
    flow.line(words["paid_card"], size=9, bold=True)
    rows = [
        (words["terminal"], transaction.terminal_id),
        (words["transaction"], transaction.transaction_id),
        (words["approval"], transaction.approval_code),
        (words["card"], transaction.card_brand),
        (words["card_number"], transaction.card_number),
    ]
    for label, value in rows:
        if value:
            flow.pair(label, value, size=8.5)
    if transaction.receipt_lines:
        flow.rule(dashed=True)
        flow.line(words["terminal_receipt"], size=7.5, colour=GREY, align="center")
        flow.gap(1)
        for line in transaction.receipt_lines:
            _terminal_line(flow, line)
        flow.rule(dashed=True)
    flow.gap(1)
    flow.paragraph(words["keep"], size=9, align="center")
    return flow.render(
        title=f"{words['receipt_title']} {payment.reference}",
        author=sender.municipality,
        invariant=invariant,
        compress=compress,
    )


def _letterhead(flow: Flow, sender: Sender) -> None:
    if sender.logo is not None:
        flow.image(sender.logo, height=12 * MM, align="center")
        flow.gap(1)
    flow.paragraph(sender.municipality, size=12, bold=True, align="center")
    for line in (sender.location, *sender.address):
        if line:
            flow.paragraph(line, size=8.5, align="center")


def _terminal_line(flow: Flow, line: str) -> None:
    """One line of the terminal's text in Courier; longer than the head, it is cut into
    head-wide pieces (not reflowed at spaces, so columns the terminal aligned stay aligned)."""
    columns = int(flow.content_width // (0.6 * TERMINAL_FONT_SIZE))
    pieces = [line[i : i + columns] for i in range(0, len(line), columns)] or [""]
    for piece in pieces:
        flow.y += TERMINAL_FONT_SIZE
        flow.mono(piece, size=TERMINAL_FONT_SIZE)
        flow.y += TERMINAL_FONT_SIZE * 0.25
