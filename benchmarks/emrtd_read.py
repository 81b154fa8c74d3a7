"""Reading a passport chip: BAC + EF.COM + DG1 + DG2 + EF.SOD + passive authentication.

Target: < 1 s per document through the reader. Measured on our virtual passport, in-process
and through the real pcscd + vsmartcard-vpcd stack when pcscd lists "Virtual PCD 00 00".
Baseline in the same run: the same number of APDUs sent in plain (SELECT of the applet) over
the same transport, so the ratio is what BAC, secure messaging and PA cost on top of the
round trips. Also prints the APDU count against the minimum for the files read.

    .venv/bin/python -m benchmarks.emrtd_read [--runs 20] [--face-kb 15]
"""

from __future__ import annotations

import argparse
import io
import math
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from PIL import Image

from app.devices.emrtd.apdu import CommandApdu
from app.devices.emrtd.passive_auth import verify_document
from app.devices.emrtd.reader import HEADER_READ, ChipReader
from app.devices.emrtd.simulator import InProcessTransport, VirtualPassport, VpcdBridge
from app.devices.emrtd.simulator.card import EMRTD_AID
from app.devices.emrtd.simulator.document import TestDocument, build_test_document
from app.devices.emrtd.simulator.pki import make_test_pki
from app.devices.emrtd.transport import CardTransport
from app.devices.emrtd.trust_store import CscaTrustStore

READER = "Virtual PCD 00 00"


def face_jpeg(kilobytes: int) -> bytes:
    """A noisy 480x640 JPEG of roughly the size a passport photo has on the chip."""
    rng = random.Random(7)
    quality = 60
    while True:
        image = Image.new("L", (240, 320))
        image.putdata([rng.randrange(256) for _ in range(240 * 320)])
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=quality)
        if out.tell() <= kilobytes * 1024 or quality <= 5:
            return out.getvalue()
        quality -= 10


def minimum_apdus(document: TestDocument, max_read: int) -> int:
    """SELECT applet + GET CHALLENGE + EXTERNAL AUTHENTICATE, then per file SELECT, the
    header read and the rest in ``max_read`` chunks."""
    count = 3
    for contents in document.files.values():
        count += 2 + math.ceil(max(0, len(contents) - HEADER_READ) / max_read)
    return count


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def timed(fn: Callable[[], None], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def measure(
    label: str,
    open_transport: Callable[[], CardTransport],
    document: TestDocument,
    trust: CscaTrustStore,
    *,
    max_read: int,
    runs: int,
) -> None:
    apdus = [0]

    def full() -> None:
        transport = open_transport()
        try:
            reader = ChipReader(transport, max_read=max_read)
            chip = reader.read_document(document.mrz_information)
            verify_document(chip.sod, chip.data_groups, trust, at=datetime.now(UTC))
            apdus[0] = reader.apdu_count
        finally:
            transport.close()

    full()  # warm up (imports, first connection)
    select = CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID).to_bytes()

    def plain() -> None:
        transport = open_transport()
        try:
            for _ in range(apdus[0]):
                transport.transmit(select)
        finally:
            transport.close()

    read_ms = timed(full, runs)
    base_ms = timed(plain, runs)
    (r50, r99), (b50, b99) = percentiles(read_ms), percentiles(base_ms)
    print(
        f"{label:<28} max_read {max_read:>5}: read+PA p50 {r50:7.1f} ms p99 {r99:7.1f} ms | "
        f"{apdus[0]} plain APDUs p50 {b50:6.1f} ms p99 {b99:6.1f} | ratio p50 {r50 / b50:5.1f}x | "
        f"APDUs {apdus[0]} (minimum {minimum_apdus(document, max_read)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--face-kb", type=int, default=15)
    args = parser.parse_args()
    pki = make_test_pki()
    trust = CscaTrustStore.from_certificates([pki.csca_cert])
    document = build_test_document(
        surname="Klamer",
        given_names="Lukas",
        birth_date=date(1995, 5, 15),
        sex="M",
        document_number="IX34JH673",
        expiry_date=date(2031, 5, 26),
        bsn="999991723",
        kind="id_card",
        face=face_jpeg(args.face_kb),
        pki=pki,
    )
    sizes = ", ".join(f"{fid:04X}: {len(data)} B" for fid, data in document.files.items())
    print(f"document files: {sizes}; target < 1000 ms per read")
    card = VirtualPassport.from_document(document)
    for max_read in (0xDF, 0x1000):
        measure(
            "in-process",
            lambda: InProcessTransport(card),
            document,
            trust,
            max_read=max_read,
            runs=args.runs,
        )
    try:
        from app.devices.emrtd.pcsc import PcscTransport, list_readers

        available = READER in list_readers()
    except Exception as exc:  # no pyscard, no pcscd: the in-process figures stand alone
        print(f"pcscd not measured: {exc}")
        return
    if not available:
        print(f"pcscd not measured: no reader {READER!r}")
        return
    with VpcdBridge(VirtualPassport.from_document(document)):
        for max_read in (0xDF, 0x1000):
            measure(
                "pcscd + vpcd",
                lambda: PcscTransport(READER),
                document,
                trust,
                max_read=max_read,
                runs=args.runs,
            )


if __name__ == "__main__":
    main()
