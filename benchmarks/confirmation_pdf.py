"""Appointment confirmation PDF render time, against a bare reportlab page in the same run.

    .venv/bin/python -m benchmarks.confirmation_pdf [--renders 300]

Measures ``confirmation_pdf`` (A4, details, what to bring, check-in text and the QR code of an
80-character token drawn as vector runs) and, for the Unicode-font path, the same with a name
Helvetica cannot show (a TrueType font is embedded, subset). The baseline is reportlab itself:
one ``drawString`` on an A4 page with the same compression, i.e. the floor of any PDF we make.
The QR matrix alone (``qrcode`` encoding, no drawing) is reported too, since it is the largest
part of the difference. Design target for receipts and confirmations: p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.registry.models_queue import AppointmentStatus
from app.services.appointments import AppointmentInfo, make_token
from app.services.confirmation import confirmation_pdf, qr_matrix

REQUIREMENTS = [
    "Uw huidige paspoort of identiteitskaart (ook als het verlopen is)",
    "Eén recente pasfoto die voldoet aan de fotomatrix",
    "Bij een kind jonger dan 18: toestemming van beide gezagsouders",
    "Bij vermissing of diefstal: de verklaring van vermissing",
]


def _token() -> str:
    return make_token(bytes(32), uuid4(), bytes(16))


def _info(naam: str) -> AppointmentInfo:
    starts = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    return AppointmentInfo(
        uuid=uuid4(),
        agenda_code="REISDOCUMENTEN",
        agenda_naam="Paspoort en ID-kaart aanvragen",
        product_code="paspoort",
        starts_at=starts,
        ends_at=starts + timedelta(minutes=15),
        status=AppointmentStatus.BOOKED,
        naam=naam,
        email="",
        telefoon="",
        toelichting="",
        token=_token(),
        bsn_checkin=True,
    )


def _baseline() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Bevestiging van uw afspraak")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _measure(cases: list[tuple[str, Callable[[], object]]], renders: int) -> dict[str, list[float]]:
    """Round-robin over the cases, so a busy machine slows them all alike."""
    for _ in range(10):  # warm-up: imports, font registration, caches
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--renders", type=int, default=300)
    args = parser.parse_args()

    latin = _info("J. de Vries")
    unicode_name = _info("Şahin Yılmaz")

    def render(info: AppointmentInfo) -> Callable[[], bytes]:
        # A new token per render: qr_matrix caches recent tokens, and every real
        # confirmation carries its own.
        return lambda: confirmation_pdf(
            replace(info, token=_token()),
            municipality="Gemeente Voorbeeld",
            language="nl",
            requirements=REQUIREMENTS,
            location="Stadskantoor",
        )

    cases: list[tuple[str, Callable[[], object]]] = [
        ("baseline: reportlab one-line page", _baseline),
        ("qr matrix only (qrcode, M)", lambda: qr_matrix(_token())),
        ("confirmation, Helvetica", render(latin)),
        ("confirmation, embedded TTF", render(unicode_name)),
    ]
    results = _measure(cases, args.renders)
    base = statistics.median(results[cases[0][0]])
    print(f"{args.renders} renders each, times in ms")
    print(f"{'case':38} {'p50':>7} {'p99':>7} {'max':>7} {'p50/baseline':>13}")
    for name, samples in results.items():
        p50 = statistics.median(samples)
        print(
            f"{name:38} {p50:7.2f} {_percentile(samples, 99):7.2f} {max(samples):7.2f} "
            f"{p50 / base:12.1f}x"
        )
    size = len(render(latin)())
    print(f"PDF size (Helvetica): {size} bytes; target p99 < 50 ms")


if __name__ == "__main__":
    main()
