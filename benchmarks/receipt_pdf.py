"""Receipt, ticket and uittreksel PDF render times, against a bare reportlab page in the same run.

    .venv/bin/python -m benchmarks.receipt_pdf [--renders 300]

The baseline is reportlab itself: one ``drawString`` on an 80 mm page with the same
compression, the floor of any PDF we make. The receipt (80 mm, product, leges, terminal data
and 14 lines of the terminal's own text) has no QR code; the ticket and the uittreksel draw
one from a new payload on every render (the QR matrix cache would otherwise hide the cost of
``qrcode`` choosing a mask, which is most of their time). Design target: receipt p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from uuid import uuid4

from reportlab.pdfgen.canvas import Canvas

from app.registry.models_queue import TicketStatus
from app.services.brp.model import Address, BrpDate, Name, Person
from app.services.documents.drawing import MM
from app.services.documents.thermal import (
    Payment,
    Sender,
    TerminalTransaction,
    receipt_pdf,
    ticket_pdf,
)
from app.services.documents.uittreksel import sign_uittreksel, uittreksel_data, uittreksel_pdf
from app.services.queue import TicketInfo

SENDER = Sender("Gemeente Voorbeeld", "Stadskantoor", ("Markt 1", "1234 AB Voorbeeld"))
AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
KEY = bytes(32)
TERMINAL_LINES = (
    "        GEMEENTE VOORBEELD",
    "        Stadskantoor",
    "Terminal: T1234567   Merchant: 998877",
    "Periode: 6329  Transactie: 000123",
    "Maestro",
    "(A0000000043060)",
    "Kaart: xxxxxxxxxxxxxxx1234",
    "Kaartserienummer: 1",
    "BETALING",
    "Datum: 25/11/2026 10:31",
    "Autorisatiecode: A1B2C3",
    "Totaal:                      EUR 78,85",
    "Leesmethode: NFC Chip",
    "        BEDANKT EN TOT ZIENS",
)
PAYMENT = Payment(
    product="Paspoort (volwassene, 10 jaar geldig)",
    amount_cents=7885,
    reference="SP-2026-000123",
    paid_at=AT,
    transaction=TerminalTransaction(
        "T1234567", "000123", "A1B2C3", "Maestro", "xxxxxxxxxxxxxxx1234", TERMINAL_LINES
    ),
)
TICKET = TicketInfo(
    uuid=uuid4(),
    code="A014",
    queue_code="A",
    queue_naam="Paspoort en ID-kaart",
    status=TicketStatus.WAITING,
    created_at=AT,
    waiting_since=AT,
    position=3,
    estimate_seconds=720,
)
PERSON = Person(
    bsn="999993653",
    name=Name("Johannes Pieter", "van der", "Berg"),
    birth_date=BrpDate(1980, 5, 17),
    birth_place="Amsterdam",
    birth_country="Nederland",
    nationalities=("0001",),
    address=Address(street="Dorpsstraat", house_number=12, postcode="1234 AB", city="Voorbeeld"),
)


def _baseline() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(80 * MM, 100 * MM), pageCompression=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(12, 200, "Betaalbewijs")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _receipt() -> bytes:
    return receipt_pdf(PAYMENT, sender=SENDER, language="nl")


def _ticket() -> bytes:
    return ticket_pdf(replace(TICKET, uuid=uuid4()), sender=SENDER, language="nl")


def _uittreksel() -> bytes:
    data = uittreksel_data(
        PERSON,
        reference=f"UB-20261125-{uuid4().hex[:6].upper()}",  # a new QR every render
        issued_on=date(2026, 11, 25),
        purpose="Aanvraag verblijfsvergunning partner",
        municipality=SENDER.municipality,
    )
    return uittreksel_pdf(data, sign_uittreksel(data, KEY), sender=SENDER, language="nl")


def _measure(cases: list[tuple[str, Callable[[], object]]], renders: int) -> dict[str, list[float]]:
    """Round-robin over the cases, so a busy machine slows them all alike."""
    for _ in range(10):  # warm-up: imports, caches
        for _, fn in cases:
            fn()
    samples: dict[str, list[float]] = {name: [] for name, _ in cases}
    for _ in range(renders):
        for name, fn in cases:
            start = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - start) * 1000)
    return samples


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--renders", type=int, default=300)
    args = parser.parse_args()
    cases: list[tuple[str, Callable[[], object]]] = [
        ("baseline: reportlab one-line page", _baseline),
        ("receipt (80 mm, no QR)", _receipt),
        ("ticket (80 mm, QR of a uuid)", _ticket),
        ("uittreksel BRP (A4, signed QR)", _uittreksel),
    ]
    results = _measure(cases, args.renders)
    base = statistics.median(results[cases[0][0]])
    print(f"{args.renders} renders each, times in ms")
    print(f"{'case':36} {'p50':>7} {'p99':>7} {'max':>7} {'p50/baseline':>13}")
    for name, samples in results.items():
        p50 = statistics.median(samples)
        print(
            f"{name:36} {p50:7.2f} {_percentile(samples, 99):7.2f} {max(samples):7.2f} "
            f"{p50 / base:12.1f}x"
        )
    receipt_p99 = _percentile(results[cases[1][0]], 99)
    verdict = "met" if receipt_p99 < 50 else "NOT met"
    print(f"receipt p99 {receipt_p99:.1f} ms: target < 50 ms {verdict}")
    print(f"sizes: receipt {len(_receipt())} B, uittreksel {len(_uittreksel())} B")


if __name__ == "__main__":
    main()
