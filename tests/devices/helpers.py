"""Small documents for printer tests."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.devices.printer import Receipt, ReceiptLine


def make_pdf(text: str = "StadsPunt test page") -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def ticket_receipt() -> Receipt:
    return Receipt(
        lines=(
            ReceiptLine("Gemeente Voorbeeld", align="center"),
            ReceiptLine("A001", bold=True, large=True, align="center"),
            ReceiptLine("Paspoort en ID-kaart"),
        ),
        qr="https://stadspunt.example/q/abc123",
        footer=(ReceiptLine("Scan to follow your turn"),),
        title="Ticket A001",
    )
