"""The MI exports open and show the numbers of the report they were made from.

Two reports: one from the registry (the fixed data set of test_kpi.py, on both databases, with
KTO answers added) and one built by hand with every figure filled, appointments included, at
council size, so thousands separators and the channel pivot are exercised too.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from app.registry.models import Kanaal, Klantcontact
from app.registry.models_kiosk import SessionOutcome
from app.registry.models_kto import KtoScore, KtoSource
from app.services import Services
from app.services.auth import Principal
from app.services.kpi import (
    ChannelCount,
    FirstLineFigure,
    FunnelStep,
    KioskFunnel,
    KpiFilter,
    KpiReport,
    KpiService,
    KtoFigure,
    NoShowFigure,
    QueueWait,
    UnitCompliance,
)
from app.services.kpi_export import (
    CSV_HEADER,
    EXPORT_FORMATS,
    NO_DATA,
    format_duration,
    format_number,
    format_percent,
    summary_tiles,
    write_csv,
    write_csv_to,
    write_pdf,
    write_xlsx,
)
from tests.services.test_kpi import (  # the fixed data set and its fixtures
    PERIOD,
    _kiosk_sessions,
    _visits,
    contacts,  # noqa: F401 (a fixture)
    kpi,  # noqa: F401 (a fixture)
    lead,  # noqa: F401 (a fixture)
)

GENERATED = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def db_report(services: Services, kpi: KpiService, lead: Principal, contacts: None) -> KpiReport:  # noqa: F811
    del contacts
    _kiosk_sessions(services, lead)
    _visits(services, lead)
    with services.db.write() as session:
        begin, stop = PERIOD.utc_range()
        kiosk = session.scalars(
            select(Klantcontact.uuid)
            .where(Klantcontact.kanaal == Kanaal.KIOSK)
            .where(Klantcontact.plaatsgevonden_op >= begin, Klantcontact.plaatsgevonden_op < stop)
            .order_by(Klantcontact.plaatsgevonden_op)
        ).all()
        for uid, score in zip(kiosk, (5, 4, 4, 2), strict=False):
            session.add(
                KtoScore(
                    klantcontact_uuid=uid,
                    score=score,
                    source=KtoSource.KIOSK,
                    given_at=GENERATED,
                    station="KIOSK-01",
                )
            )
    return kpi.report(lead, PERIOD, "week")


def hand_report() -> KpiReport:
    kanalen = (Kanaal.BALIE, Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.KIOSK)
    per_channel = tuple(
        ChannelCount(date(2026, month, 1), k, 1000 * month + 7 * i)
        for month in range(1, 13)
        for i, k in enumerate(kanalen)
        if not (month == 3 and k == Kanaal.EMAIL)  # a hole in the pivot
    )
    return KpiReport(
        filter=KpiFilter(date(2026, 1, 1), date(2026, 12, 31), location="Stadhuis"),
        grain="month",
        first_line=FirstLineFigure(
            total=123456,
            first_line=98765,
            handed_off=20000,
            not_resolved=4691,
            share=98765 / 123456,
        ),
        per_channel=per_channel,
        handoffs=(
            UnitCompliance("BO-BURGERZAKEN", "Backoffice Burgerzaken", 3000, 400, 120, 35),
            UnitCompliance("BO-PARKEREN", "Backoffice Parkeren", 1200, 300, 50, 80),
        ),
        kiosk=KioskFunnel(
            steps=(
                FunnelStep("choose", SessionOutcome.ABANDONED, 300),
                FunnelStep("self.done", SessionOutcome.COMPLETED, 2400),
                FunnelStep("self.paying", SessionOutcome.TIMED_OUT, 80),
                FunnelStep("some.new.step", SessionOutcome.FAILED, 3),
            ),
            sessions=2783,
            completed=2400,
            completed_share=2400 / 2783,
        ),
        waiting=(
            QueueWait("BURGERZAKEN", 20000, 17000, 900, 420, 1260),
            QueueWait("INFORMATIE", 8000, 7600, 900, 180, 700),
        ),
        no_show=NoShowFigure(appointments=5000, no_show=420, share=420 / 5000),
        kto=KtoFigure(answers=3000, average=4.12, distribution=(90, 150, 400, 1100, 1260)),
    )


def empty_report() -> KpiReport:
    return KpiReport(
        filter=KpiFilter(date(2026, 1, 1), date(2026, 1, 31)),
        grain="week",
        first_line=FirstLineFigure(0, 0, 0, 0, None),
        per_channel=(),
        handoffs=(),
        kiosk=KioskFunnel((), 0, 0, None),
        waiting=(),
        no_show=NoShowFigure(0, 0, None),
        kto=KtoFigure(0, None, (0, 0, 0, 0, 0)),
    )


def _as_text(value: object) -> str:
    """A value as the CSV writes it (None as empty)."""
    return "" if value is None else str(value)


def _day(day: date) -> datetime:
    """A date as openpyxl reads it back: a naive midnight (Excel has no time zones)."""
    return datetime.combine(day, time())


def _pdf_text(path: Path) -> str:
    """The PDF's text with all white space as single spaces (table cells come out a line
    each), so a table row reads as its cells in a row."""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(text.split())


# -- CSV ----------------------------------------------------------------------------------


def _check_csv(report: KpiReport, path: Path) -> None:
    write_csv(report, path)
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(CSV_HEADER)
    assert rows[1:] == [[_as_text(v) for v in row] for row in report.rows()]
    # The same bytes as the stream writer the CLI uses for stdout.
    buffer = io.StringIO(newline="")
    write_csv_to(report, buffer)
    assert path.read_bytes() == buffer.getvalue().encode("utf-8")
    # Machine-readable: the shares parse as floats (dot decimals).
    share = next(r[3] for r in rows if r[0] == "first_line" and r[2] == "share")
    if report.first_line.share is not None:
        assert float(share) == report.first_line.share


def test_csv_has_the_report_rows(db_report: KpiReport, tmp_path: Path) -> None:
    # test_kpi's ten contacts, five kiosk sessions and seven served visits: 22, 14 first line.
    assert ("first_line", "", "total", 22) in db_report.rows()
    assert ("first_line", "", "first_line", 14) in db_report.rows()
    _check_csv(db_report, tmp_path / "kpi.csv")


def test_csv_of_a_hand_made_and_an_empty_report(tmp_path: Path) -> None:
    _check_csv(hand_report(), tmp_path / "hand.csv")
    _check_csv(empty_report(), tmp_path / "empty.csv")


# -- XLSX ---------------------------------------------------------------------------------


def _sheet_rows(book: openpyxl.Workbook, name: str) -> list[list[object]]:
    return [[cell.value for cell in row] for row in book[name].iter_rows()]


def _check_xlsx(report: KpiReport, path: Path) -> openpyxl.Workbook:
    write_xlsx(report, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Samenvatting",
        "Eerstelijns",
        "Kanalen",
        "Overdrachten",
        "Wachttijden",
        "Zuil",
        "Afspraken",
        "KTO",
        "Gegevens",
    ]
    # Gegevens: the long form, numbers as numbers, no value as an empty cell.
    data = _sheet_rows(book, "Gegevens")
    assert data[0] == ["kengetal", "groep", "meting", "waarde"]
    assert book["Gegevens"]["A1"].font.b
    cells = [tuple("" if v is None and i == 1 else v for i, v in enumerate(r)) for r in data[1:]]
    assert cells == [tuple(row) for row in report.rows()]
    # Summary: the tiles with their values; percentages as numbers with a % format.
    summary = book["Samenvatting"]
    assert summary["B3"].value == _day(report.filter.start)
    assert summary["B3"].number_format == "dd-mm-yyyy"
    tiles = {
        row[0].value: row[1] for row in summary.iter_rows(min_row=1) if row[0].value is not None
    }
    first = tiles["Eerstelijns afgehandeld"]
    assert first.value == report.first_line.share
    assert first.number_format == "0.0%"
    assert tiles["Contacten"].value == report.first_line.total
    for tile in summary_tiles(report):
        assert tiles[tile.label].value == tile.value
    return book


def test_xlsx_has_the_report_numbers(db_report: KpiReport, tmp_path: Path) -> None:
    book = _check_xlsx(db_report, tmp_path / "kpi.xlsx")
    # Week grain: the pivot's rows are Mondays, as dates; the totals add up.
    channels = _sheet_rows(book, "Kanalen")
    assert channels[0][0] == "Begin week"
    assert channels[1][0] == _day(date(2026, 11, 9))
    assert channels[-1][0] == "Totaal"
    assert channels[-1][-1] == db_report.first_line.total == 22
    kto = _sheet_rows(book, "KTO")
    assert kto[0] == ["Antwoorden", 4]
    assert kto[1] == ["Gemiddelde score", pytest.approx(15 / 4)]


def test_xlsx_of_a_hand_made_report(tmp_path: Path) -> None:
    report = hand_report()
    book = _check_xlsx(report, tmp_path / "hand.xlsx")
    channels = _sheet_rows(book, "Kanalen")
    assert channels[0] == ["Begin maand", "Balie", "Telefoon", "E-mail", "Zuil", "Totaal"]
    march = channels[3]
    assert march == [_day(date(2026, 3, 1)), 3000, 3007, 0, 3021, 9028]
    assert channels[-1][1:] == [
        sum(c.contacts for c in report.per_channel if c.kanaal == k)
        for k in (Kanaal.BALIE, Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.KIOSK)
    ] + [sum(c.contacts for c in report.per_channel)]
    waiting = book["Wachttijden"]
    assert [c.value for c in waiting[2]][:4] == ["BURGERZAKEN", 20000, 17000, 0.85]
    assert waiting["D2"].number_format == "0.0%"
    assert waiting["F2"].value == timedelta(seconds=420)
    summary = {r[0]: r[1] for r in _sheet_rows(book, "Samenvatting") if r[0]}
    assert summary["Binnen de wachttijdnorm geholpen"] == 24600 / 28000
    assert summary["Overdrachten open na de normtermijn"] == 115
    assert summary["Afspraken niet verschenen"] == 420 / 5000
    handoffs = _sheet_rows(book, "Overdrachten")
    assert handoffs[1] == ["BO-BURGERZAKEN", "Backoffice Burgerzaken", 3000, 400, 120, 35, 3555]
    assert book["Overdrachten"].column_dimensions["B"].width >= 25


def test_xlsx_of_an_empty_report_says_no_data(tmp_path: Path) -> None:
    book = _check_xlsx(empty_report(), tmp_path / "empty.xlsx")
    for name in ("Eerstelijns", "Kanalen", "Overdrachten", "Wachttijden", "Afspraken", "KTO"):
        assert [NO_DATA] in [r[:1] for r in _sheet_rows(book, name)], name
    summary = {r[0]: r[1] for r in _sheet_rows(book, "Samenvatting") if r[0]}
    assert summary["Eerstelijns afgehandeld"] is None
    assert summary["Contacten"] == 0


# -- PDF ----------------------------------------------------------------------------------


def test_pdf_shows_the_report_numbers(db_report: KpiReport, tmp_path: Path) -> None:
    path = tmp_path / "kpi.pdf"
    write_pdf(db_report, path, title="MI november", municipality="Gemeente Voorbeeld")
    text = _pdf_text(path)
    assert "MI november" in text and "Gemeente Voorbeeld" in text
    assert "9 november 2026 tot en met 22 november 2026" in text
    assert "Pagina 1 van" in text
    # Total contacts 22, first line 14 of them: 63,6% against the 80,0% norm.
    assert format_percent(db_report.first_line.share) == "63,6%"
    assert "Contacten 22" in text
    assert "Eerstelijns afgehandeld 63,6%" in text
    assert "norm 80,0%" in text
    # Waiting: Burgerzaken p50 5:00 and p90 20:00 (300 and 1200 s), 4 of 5 within the norm.
    assert "Burgerzaken 5 4 80,0% 15:00 5:00 20:00" in text
    assert "Backoffice Burgerzaken" in text
    assert "Gemiddelde score 3,8 uit 4" in text
    # No appointments in the data set.
    assert NO_DATA in text


def test_pdf_of_a_hand_made_report(tmp_path: Path) -> None:
    report = hand_report()
    path = tmp_path / "hand.pdf"
    write_pdf(
        report,
        path,
        title="Jaarverslag KCC 2026",
        municipality="Gemeente Súdwest-Fryslân",
        generated_at=GENERATED,
    )
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 2
    text = _pdf_text(path)
    assert "Gemeente Súdwest-Fryslân" in text
    assert "Gemaakt op 25 november 2026 om 11:00 uur" in text  # Amsterdam time
    assert "Contacten 123.456" in text
    assert f"Eerstelijns afgehandeld {format_percent(98765 / 123456)}" in text
    assert "80,0%" in text
    # Channel totals: balie 1000 × (1 + ... + 12); telefoon 7 more a month, zuil 21 more;
    # e-mail 14 more a month but no March row.
    assert "Totaal 78.000 78.084 75.154 78.252 309.490" in text
    assert "Niet verschenen: 420 (8,4%)" in text
    assert "5.000 420 8,4%" in text
    assert "some.new.step" in text  # an unknown step is shown by its code
    assert NO_DATA not in text
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in last


def test_pdf_of_an_empty_report_says_no_data(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_pdf(empty_report(), path, title="Leeg", municipality="Gemeente Voorbeeld")
    text = _pdf_text(path)
    assert text.count(NO_DATA) == 7
    assert "Pagina 1 van 1" in text


# -- errors and formats --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_an_unwritable_path_raises_oserror(fmt: str, tmp_path: Path) -> None:
    report = hand_report()
    writers = {
        "csv": lambda p: write_csv(report, p),
        "xlsx": lambda p: write_xlsx(report, p),
        "pdf": lambda p: write_pdf(report, p, title="t", municipality="m"),
    }
    with pytest.raises(OSError):
        writers[fmt](tmp_path / "missing-folder" / f"kpi.{fmt}")
    with pytest.raises(OSError):
        writers[fmt](tmp_path)  # a directory
    assert not (tmp_path / "missing-folder").exists()


def test_dutch_number_formats() -> None:
    assert format_percent(0.5) == "50,0%"
    assert format_percent(2 / 3) == "66,7%"
    assert format_percent(None) == "-"
    assert format_number(1234567) == "1.234.567"
    assert format_duration(245) == "4:05"
    assert format_duration(3 * 3600) == "180:00"
    tiles = {t.label: t for t in summary_tiles(hand_report())}
    assert math.isclose(float(tiles["Binnen de wachttijdnorm geholpen"].value or 0), 24600 / 28000)
    assert tiles["KTO gemiddelde (1-5)"].text() == "4,1"
    assert tiles["Contacten"].text() == "123.456"
