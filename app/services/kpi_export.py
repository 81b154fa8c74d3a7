"""Exports of the management information: CSV, XLSX and a PDF report for the council.

All three are written from one ``KpiReport``, the object ``stadspunt kpi`` prints, so a figure in
a spreadsheet or on paper is the number the dashboard and the CLI show. The CSV is the report's
long form (``KpiReport.rows()``) and is what ``stadspunt kpi --format csv`` prints: one writer,
machine-readable (dot decimals, empty for "no value"), English identifiers for scripts. The
XLSX and the PDF are for people: the XLSX has a summary sheet, one sheet per figure and the
long form again ("Gegevens"); the PDF has a chart with a table of the same numbers per figure.

The XLSX and the PDF are Dutch only, on purpose: they are read by the council and the
municipality's own staff, and filed. They are not shown in the application, so their texts do
not go through Qt Linguist (this module has no Qt).

Files are rendered in memory and written in one go, so a failing render leaves no half file
and an unwritable path raises ``OSError`` from the write.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from app.registry.models import Kanaal, Resolution
from app.registry.models_kiosk import SessionOutcome
from app.services.confirmation import MONTH_NAMES
from app.services.documents.drawing import font_for
from app.services.kpi import KpiReport
from app.services.workingdays import AMSTERDAM

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

EXPORT_FORMATS = ("csv", "xlsx", "pdf")
CSV_HEADER = ("figure", "group", "measure", "value")
NO_DATA = "Geen gegevens in deze periode"
ALL = "alle"

KANAAL_NAMES: dict[Kanaal, str] = {
    Kanaal.BALIE: "Balie",
    Kanaal.TELEFOON: "Telefoon",
    Kanaal.EMAIL: "E-mail",
    Kanaal.POST: "Post",
    Kanaal.INTERNET: "Internet",
    Kanaal.KIOSK: "Zuil",
}
RESOLUTION_NAMES: dict[Resolution, str] = {
    Resolution.FIRST_LINE: "Eerstelijns afgehandeld",
    Resolution.HANDED_OFF: "Overgedragen aan backoffice",
    Resolution.NOT_RESOLVED: "Niet opgelost",
}
OUTCOME_NAMES: dict[SessionOutcome, str] = {
    SessionOutcome.COMPLETED: "Voltooid",
    SessionOutcome.ABANDONED: "Afgebroken",
    SessionOutcome.TIMED_OUT: "Verlopen (niemand meer bij de zuil)",
    SessionOutcome.CANCELLED_BY_HOST: "Gestopt door gastvrouw/-heer",
    SessionOutcome.FAILED: "Mislukt (storing)",
}
#: The kiosk's step codes (app/kiosk/flow.py, app/kiosk/selfservice/flow.py); an unknown code
#: is shown as it is.
STEP_NAMES: dict[str, str] = {
    "starting": "Opstarten",
    "out_of_order": "Buiten gebruik",
    "attract": "Startscherm",
    "language": "Taalkeuze",
    "choose": "Keuze onderwerp",
    "submitting": "Bezoek aanmelden",
    "thanks": "Bedankt",
    "failed": "Storing",
    "queues": "Keuze wachtrij",
    "issuing": "Ticket maken",
    "ticket": "Ticket",
    "check_in": "Inchecken afspraak",
    "bsn": "BSN invoeren",
    "birth_date": "Geboortedatum invoeren",
    "checking_in": "Inchecken",
    "refused": "Inchecken geweigerd",
    "product": "Product (zelfservice)",
    "self.document": "Document neerleggen",
    "self.reading": "Document lezen",
    "self.confirm": "Gegevens bevestigen",
    "self.paying": "Betalen",
    "self.printing": "Afdrukken",
    "self.done": "Klaar",
    "self.problem": "Probleem",
}
HANDOFF_STATES: tuple[tuple[str, str], ...] = (
    ("on_time", "Op tijd afgehandeld"),
    ("late", "Te laat afgehandeld"),
    ("open_in_time", "Open, binnen norm"),
    ("open_overdue", "Open, norm verstreken"),
)
_MONTHS = MONTH_NAMES["nl"]


# -- numbers as the Dutch documents write them ---------------------------------------------


def format_percent(share: float | None) -> str:
    """'50,0%' (one decimal, Dutch comma); '-' when there is no share (no contacts)."""
    if share is None:
        return "-"
    return f"{share * 100:.1f}%".replace(".", ",")


def format_number(value: int) -> str:
    """'1.234.567': Dutch thousands separators."""
    return f"{value:,}".replace(",", ".")


def format_decimal(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}".replace(".", ",")


def format_duration(seconds: int) -> str:
    """'4:05' (minutes:seconds); waits run into hours only on a very bad day: '72:00'."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_date(day: date) -> str:
    """'9 november 2026'."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def step_name(step: str) -> str:
    return STEP_NAMES.get(step, step)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# -- the tiles ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    """One number of the summary, as the dashboard's tiles show it."""

    label: str
    value: float | int | None
    kind: Literal["percent", "count", "score"]
    #: The norm the value is measured against, in the value's unit; None without one.
    target: float | None = None
    #: Text after the value (the norm, or what the percentage is of).
    note: str = ""

    def text(self) -> str:
        if self.kind == "percent":
            return format_percent(None if self.value is None else float(self.value))
        if self.kind == "score":
            return format_decimal(None if self.value is None else float(self.value))
        return "-" if self.value is None else format_number(int(self.value))


def summary_tiles(report: KpiReport) -> tuple[Tile, ...]:
    """The summary's numbers, derived only from the report (so they add up with the figures).

    Within-norm share is over all served visits of all queues; overdue hand-offs are those of
    the period's contacts still open after their deadline (the figure's ``open_overdue``).
    """
    first = report.first_line
    return (
        Tile(
            "Eerstelijns afgehandeld",
            first.share,
            "percent",
            first.target,
            f"norm {format_percent(first.target)}",
        ),
        Tile("Contacten", first.total, "count"),
        Tile(
            "Binnen de wachttijdnorm geholpen",
            report.within_norm_share,
            "percent",
            note=f"van {format_number(report.served)} bezoeken",
        ),
        Tile(
            "Overdrachten open na de normtermijn",
            report.open_overdue,
            "count",
        ),
        Tile(
            "Zuilsessies voltooid",
            report.kiosk.completed_share,
            "percent",
            note=f"van {format_number(report.kiosk.sessions)} sessies",
        ),
        Tile(
            "Afspraken niet verschenen",
            report.no_show.share,
            "percent",
            note=f"van {format_number(report.no_show.appointments)} afspraken",
        ),
        Tile(
            "KTO gemiddelde (1-5)",
            report.kto.average,
            "score",
            note=f"{format_number(report.kto.answers)} antwoorden",
        ),
    )


def _filters(report: KpiReport) -> list[tuple[str, str]]:
    f = report.filter
    return [
        ("Locatie", f.location or ALL),
        ("Kanaal", KANAAL_NAMES.get(f.kanaal, f.kanaal.value) if f.kanaal else ALL),
        ("Eenheid", f.unit_code or ALL),
        ("Product", f.product_code or ALL),
    ]


def _grain_name(report: KpiReport) -> str:
    return "week" if report.grain == "week" else "maand"


def _channel_pivot(report: KpiReport) -> tuple[list[Kanaal], list[tuple[date, list[int]]]]:
    """Periods (rows) × the channels that occur (columns, in the enum's order)."""
    kanalen = [k for k in Kanaal if any(c.kanaal == k for c in report.per_channel)]
    periods = sorted({c.period_start for c in report.per_channel})
    counts = {(c.period_start, c.kanaal): c.contacts for c in report.per_channel}
    return kanalen, [(p, [counts.get((p, k), 0) for k in kanalen]) for p in periods]


# -- CSV ----------------------------------------------------------------------------------


def write_csv_to(report: KpiReport, stream: TextIO) -> None:
    """The long form with a header; the stream must be opened with ``newline=""``."""
    writer = csv.writer(stream)
    writer.writerow(CSV_HEADER)
    writer.writerows(report.rows())


def write_csv(report: KpiReport, path: Path) -> None:
    buffer = io.StringIO(newline="")
    write_csv_to(report, buffer)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


# -- XLSX ---------------------------------------------------------------------------------

_PERCENT = "0.0%"
_DATE = "dd-mm-yyyy"
_DURATION = "[m]:ss"
_SCORE = "0.00"


def write_xlsx(report: KpiReport, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None  # a new workbook has its first sheet
    summary.title = "Samenvatting"
    _xlsx_summary(summary, report)
    _xlsx_first_line(book.create_sheet("Eerstelijns"), report)
    _xlsx_channels(book.create_sheet("Kanalen"), report)
    _xlsx_handoffs(book.create_sheet("Overdrachten"), report)
    _xlsx_waiting(book.create_sheet("Wachttijden"), report)
    _xlsx_kiosk(book.create_sheet("Zuil"), report)
    _xlsx_appointments(book.create_sheet("Afspraken"), report)
    _xlsx_kto(book.create_sheet("KTO"), report)
    _xlsx_long_form(book.create_sheet("Gegevens"), report)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())


def _bold_row(sheet: Worksheet, row: int) -> None:
    from openpyxl.styles import Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)


def _table(
    sheet: Worksheet,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    formats: dict[int, str] | None = None,
    widths: Sequence[float] = (),
) -> int:
    """A header row in bold and rows under it; ``formats`` maps a column index to a number
    format; a table without rows gets the no-data line. Returns the header's row number."""
    sheet.append(list(header))
    start: int = sheet.max_row
    _bold_row(sheet, start)
    count = 0
    for values in rows:
        sheet.append(list(values))
        count += 1
        for column, number_format in (formats or {}).items():
            sheet.cell(row=sheet.max_row, column=column + 1).number_format = number_format
    if not count:
        sheet.append([NO_DATA])
    _widths(sheet, widths or [max(14.0, len(h) + 4.0) for h in header])
    return start


def _widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        letter = get_column_letter(index)
        current = sheet.column_dimensions[letter].width or 0
        sheet.column_dimensions[letter].width = max(current, width)


def _xlsx_summary(sheet: Worksheet, report: KpiReport) -> None:
    from openpyxl.styles import Font

    sheet.append(["Managementinformatie klantcontactcentrum"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(["Periode van", report.filter.start])
    sheet.append(["Periode tot en met", report.filter.end])
    for row in (3, 4):
        sheet.cell(row=row, column=2).number_format = _DATE
    for label, value in _filters(report):
        sheet.append([label, value])
    sheet.append(["Indeling per", _grain_name(report)])
    sheet.append([])
    tiles = summary_tiles(report)
    header_row = _table(
        sheet,
        ("Kengetal", "Waarde", "Norm", "Toelichting"),
        [[tile.label, tile.value, tile.target, tile.note] for tile in tiles],
        widths=(38, 14, 10, 28),
    )
    for offset, tile in enumerate(tiles, start=1):
        value = sheet.cell(row=header_row + offset, column=2)
        if tile.kind == "percent":
            value.number_format = _PERCENT
        elif tile.kind == "score":
            value.number_format = _SCORE
        if tile.target is not None:
            sheet.cell(row=header_row + offset, column=3).number_format = _PERCENT


def _xlsx_first_line(sheet: Worksheet, report: KpiReport) -> None:
    f = report.first_line
    counts = {
        Resolution.FIRST_LINE: f.first_line,
        Resolution.HANDED_OFF: f.handed_off,
        Resolution.NOT_RESOLVED: f.not_resolved,
    }
    rows: list[list[object]] = [
        [RESOLUTION_NAMES[r], n, _share(n, f.total)] for r, n in counts.items()
    ]
    rows.append(["Totaal", f.total, 1.0 if f.total else None])
    _table(
        sheet,
        ("Afhandeling", "Contacten", "Aandeel"),
        rows if f.total else [],
        formats={2: _PERCENT},
        widths=(32, 12, 12),
    )
    sheet.append([])
    sheet.append(["Norm eerstelijns", f.target])
    sheet.cell(row=sheet.max_row, column=2).number_format = _PERCENT
    verdict = {True: "ja", False: "nee", None: "-"}[f.meets_target]
    sheet.append(["Norm gehaald", verdict])


def _xlsx_channels(sheet: Worksheet, report: KpiReport) -> None:
    kanalen, table = _channel_pivot(report)
    header = [f"Begin {_grain_name(report)}", *(KANAAL_NAMES[k] for k in kanalen), "Totaal"]
    rows: list[list[object]] = [[period, *counts, sum(counts)] for period, counts in table]
    if rows:
        totals = [sum(counts[i] for _, counts in table) for i in range(len(kanalen))]
        rows.append(["Totaal", *totals, sum(totals)])
    start = _table(sheet, header, rows, formats={0: _DATE}, widths=[14] * len(header))
    sheet.freeze_panes = sheet.cell(row=start + 1, column=2)
    if rows:
        sheet.cell(row=sheet.max_row, column=1).number_format = "General"
        _bold_row(sheet, sheet.max_row)


def _xlsx_handoffs(sheet: Worksheet, report: KpiReport) -> None:
    header = ("Eenheid", "Naam", *(name for _, name in HANDOFF_STATES), "Totaal")
    rows = [
        [
            u.unit_code,
            u.unit_name,
            u.on_time,
            u.late,
            u.open_in_time,
            u.open_overdue,
            u.on_time + u.late + u.open_in_time + u.open_overdue,
        ]
        for u in report.handoffs
    ]
    _table(sheet, header, rows, widths=(18, 30, 20, 20, 18, 22, 10))


def _xlsx_waiting(sheet: Worksheet, report: KpiReport) -> None:
    from datetime import timedelta

    header = (
        "Wachtrij",
        "Geholpen",
        "Binnen norm",
        "Binnen norm %",
        "Norm (min:sec)",
        "Mediaan (min:sec)",
        "90e percentiel (min:sec)",
    )
    rows = [
        [
            w.queue_code,
            w.served,
            w.within_norm,
            _share(w.within_norm, w.served),
            timedelta(seconds=w.norm_seconds),
            timedelta(seconds=w.p50_seconds),
            timedelta(seconds=w.p90_seconds),
        ]
        for w in report.waiting
    ]
    _table(
        sheet,
        header,
        rows,
        formats={3: _PERCENT, 4: _DURATION, 5: _DURATION, 6: _DURATION},
        widths=(18, 11, 12, 14, 15, 18, 22),
    )


def _xlsx_kiosk(sheet: Worksheet, report: KpiReport) -> None:
    k = report.kiosk
    sheet.append(["Sessies", k.sessions])
    sheet.append(["Voltooid", k.completed])
    sheet.append(["Voltooid %", k.completed_share])
    sheet.cell(row=3, column=2).number_format = _PERCENT
    sheet.append([])
    rows = [
        [
            step_name(s.last_step),
            s.last_step,
            OUTCOME_NAMES.get(s.outcome, s.outcome.value),
            s.sessions,
        ]
        for s in k.steps
    ]
    _table(
        sheet, ("Laatste stap", "Stapcode", "Uitkomst", "Sessies"), rows, widths=(26, 16, 36, 10)
    )


def _xlsx_appointments(sheet: Worksheet, report: KpiReport) -> None:
    n = report.no_show
    rows = [[n.appointments, n.no_show, n.share]] if n.appointments else []
    _table(
        sheet,
        ("Afspraken (voorbij)", "Niet verschenen", "Niet verschenen %"),
        rows,
        formats={2: _PERCENT},
        widths=(20, 16, 18),
    )


def _xlsx_kto(sheet: Worksheet, report: KpiReport) -> None:
    kto = report.kto
    sheet.append(["Antwoorden", kto.answers])
    sheet.append(["Gemiddelde score", kto.average])
    sheet.cell(row=2, column=2).number_format = _SCORE
    sheet.append([])
    rows = [[score, n] for score, n in enumerate(kto.distribution, start=1)] if kto.answers else []
    _table(sheet, ("Score", "Antwoorden"), rows, widths=(18, 12))


def _xlsx_long_form(sheet: Worksheet, report: KpiReport) -> None:
    """The CSV's rows as cells: numbers stay numbers, no value stays empty."""
    header = _table(
        sheet,
        ("kengetal", "groep", "meting", "waarde"),
        [list(row) for row in report.rows()],
        widths=(24, 28, 18, 14),
    )
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)


# -- PDF ----------------------------------------------------------------------------------

_INK = (0.0, 0.0, 0.0)
_GREY = (0.35, 0.35, 0.35)
#: Series colours that stay apart in greyscale print (dark, middle, light, hatched-like).
_SERIES = ("#1f4e79", "#e08a00", "#7fa7d1", "#8c8c8c", "#2e7d32", "#b23c3c")
_GOOD = "#2e7d32"
_BAD = "#b23c3c"
#: Hand-off states in HANDOFF_STATES order: done in time, done late, open in time, overdue.
_STATE_COLOURS = (_GOOD, "#e08a00", "#7fa7d1", _BAD)


def write_pdf(
    report: KpiReport,
    path: Path,
    *,
    title: str,
    municipality: str,
    generated_at: datetime | None = None,
) -> None:
    """The council's report; ``generated_at`` (default now) is printed under the title."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    moment = (generated_at or datetime.now(AMSTERDAM)).astimezone(AMSTERDAM)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=municipality,
        subject="Managementinformatie",
    )
    story = _pdf_story(report, title=title, municipality=municipality, moment=moment)
    document.build(story, canvasmaker=_numbered_canvas(f"{municipality} - {title}"))
    path.write_bytes(buffer.getvalue())


def _numbered_canvas(footer: str) -> Any:
    """A canvas that knows the page count when it saves, for 'Pagina 2 van 5'."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = self._pagesize[0]
            font, shown = font_for(footer, bold=False)
            self.saveState()
            self.setFont(font, 8)
            self.setFillColorRGB(*_GREY)
            self.drawString(20 * mm, 10 * mm, shown)
            self.drawRightString(width - 20 * mm, 10 * mm, f"Pagina {self._pageNumber} van {total}")
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class _Styles:
    title: Any
    subtitle: Any
    heading: Any
    body: Any
    small: Any


def _styles() -> _Styles:
    from reportlab.lib.colors import Color
    from reportlab.lib.styles import ParagraphStyle

    grey = Color(*_GREY)
    return _Styles(
        title=ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24),
        subtitle=ParagraphStyle("subtitle", fontName="Helvetica", fontSize=12, leading=16),
        heading=ParagraphStyle(
            "heading",
            fontName="Helvetica-Bold",
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13),
        small=ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12, textColor=grey),
    )


def _para(text: str, style: Any, *, bold: bool = False) -> Flowable:
    """A paragraph in Helvetica, or in the Unicode font when the text needs it."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    font, shown = font_for(text, bold=bold or "Bold" in style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", parent=style, fontName=font)
    return Paragraph(escape(shown), style)


def _pdf_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    widths: Sequence[float],
    numeric_from: int = 1,
    total_row: bool = False,
) -> Flowable:
    """A small table of the chart's numbers: header bold on grey, numbers right-aligned."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    data = [list(header), *(list(r) for r in rows)]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.75, 0.75, 0.75)),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_row:
        commands.append(("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    for r, row in enumerate(data):
        for c, cell in enumerate(row):
            bold = r == 0 or (total_row and r == len(data) - 1)
            font, shown = font_for(cell, bold=bold)
            if not font.startswith("Helvetica") or shown != cell:
                data[r][c] = shown
                commands.append(("FONTNAME", (c, r), (c, r), font))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _pdf_story(
    report: KpiReport, *, title: str, municipality: str, moment: datetime
) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    s = _styles()
    f = report.filter
    story: list[Flowable] = [
        _para(municipality, s.subtitle),
        Spacer(1, 2 * mm),
        _para(title, s.title),
        Spacer(1, 3 * mm),
        _para(f"Periode: {format_date(f.start)} tot en met {format_date(f.end)}", s.body),
        _para(
            "Filters: "
            + "; ".join(f"{label.lower()}: {value}" for label, value in _filters(report)),
            s.body,
        ),
        _para(f"Gemaakt op {format_date(moment.date())} om {moment:%H:%M} uur", s.small),
        Spacer(1, 4 * mm),
        _para("Samenvatting", s.heading),
        _pdf_table(
            ("Kengetal", "Waarde", "Toelichting"),
            [(t.label, t.text(), t.note) for t in summary_tiles(report)],
            widths=(75 * mm, 25 * mm, 60 * mm),
            numeric_from=1,
        ),
    ]
    sections: list[tuple[str, Callable[[KpiReport], list[Flowable]]]] = [
        ("Eerstelijns afhandeling", _pdf_first_line),
        (f"Contacten per kanaal per {_grain_name(report)}", _pdf_channels),
        ("Overdrachten per backoffice: servicenorm", _pdf_handoffs),
        ("Wachttijden per wachtrij", _pdf_waiting),
        ("Zuil: gebruik en afbreken per stap", _pdf_kiosk),
        ("Afspraken: niet verschenen", _pdf_appointments),
        ("Klanttevredenheid (KTO)", _pdf_kto),
    ]
    for heading, build in sections:
        story.extend(_pdf_section(heading, build(report), s))
    return story


def _pdf_section(heading: str, body: list[Flowable], s: _Styles) -> list[Flowable]:
    """A figure on one page when it fits (a page break moves it whole); a figure taller than
    a page (a year of weeks) splits after its chart, and the heading never leaves its chart."""
    from reportlab.platypus import KeepTogether

    if not body:
        return [KeepTogether([_para(heading, s.heading), _para(NO_DATA, s.body)])]
    # Taller than a page: KeepTogether starts it on a new page and splits it from there, so
    # the heading and chart stay at the top together.
    return [KeepTogether([_para(heading, s.heading), *body])]


def _legend(drawing: Drawing, names: Sequence[str], *, x: float, y: float) -> Any:
    """A legend of the series colours in order, added to the drawing; returned to adjust."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib import colors

    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = "Helvetica"
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.deltay = 10
    legend.colorNamePairs = [
        (colors.HexColor(_SERIES[i % len(_SERIES)]), name) for i, name in enumerate(names)
    ]
    drawing.add(legend)
    return legend


def _style_bars(chart: Any, series: int) -> None:
    from reportlab.lib import colors

    for i in range(series):
        chart.bars[i].fillColor = colors.HexColor(_SERIES[i % len(_SERIES)])
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.3
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = "Helvetica"
        axis.labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.3


def _axis(chart: Any, top: float, *, whole: bool = True) -> None:
    """Value axis from 0 in at most six round steps (1, 2, 2.5 or 5 times a power of ten);
    ``whole``: steps of at least 1 (a count has no half contacts)."""
    step = _nice_step(max(top, 1) / 6)
    if whole:
        step = max(1.0, round(step))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * max(1, -(-top // step))
    chart.valueAxis.labelTextFormat = _axis_label


def _nice_step(rough: float) -> float:
    magnitude = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= rough:
            return float(factor * magnitude)
    return float(10 * magnitude)  # pragma: no cover (the loop ends at 10)


def _axis_label(value: float) -> str:
    return format_number(int(value)) if value == int(value) else format_decimal(value)


def _pdf_first_line(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    f = report.first_line
    if not f.total:
        return []
    width, height = 170 * mm, 34 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40 * mm, 10 * mm, 120 * mm, 18 * mm
    share = (f.share or 0) * 100
    chart.data = [[share]]
    chart.categoryAxis.categoryNames = ["Eerstelijns"]
    _style_bars(chart, 1)
    chart.bars[0].fillColor = colors.HexColor(_GOOD if f.meets_target else _BAD)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 10
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barLabelFormat = lambda v: format_percent(v / 100)
    chart.barLabels.fontName = "Helvetica-Bold"
    chart.barLabels.fontSize = 9
    # Inside the bar's end: outside it would run into the norm line next to it.
    inside = share > 20
    chart.barLabels.boxAnchor = "e" if inside else "w"
    chart.barLabels.dx = -3 if inside else 3
    chart.barLabels.fillColor = colors.white if inside else colors.black
    drawing.add(chart)
    target_x = chart.x + chart.width * f.target
    drawing.add(
        Line(
            target_x,
            chart.y - 2,
            target_x,
            chart.y + chart.height + 4,
            strokeWidth=1.5,
            strokeDashArray=[3, 2],
            strokeColor=colors.black,
        )
    )
    drawing.add(
        String(
            target_x,
            chart.y + chart.height + 6,
            f"norm {format_percent(f.target)}",
            fontName="Helvetica",
            fontSize=8,
            textAnchor="middle",
        )
    )
    counts = [
        (Resolution.FIRST_LINE, f.first_line),
        (Resolution.HANDED_OFF, f.handed_off),
        (Resolution.NOT_RESOLVED, f.not_resolved),
    ]
    rows = [
        (RESOLUTION_NAMES[r], format_number(n), format_percent(_share(n, f.total)))
        for r, n in counts
    ]
    rows.append(("Totaal", format_number(f.total), format_percent(1.0)))
    table = _pdf_table(
        ("Afhandeling", "Contacten", "Aandeel"),
        rows,
        widths=(75 * mm, 30 * mm, 30 * mm),
        total_row=True,
    )
    return [drawing, table]


def _pdf_channels(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    kanalen, table = _channel_pivot(report)
    if not table:
        return []
    drawing = Drawing(170 * mm, 75 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 16 * mm, 125 * mm, 55 * mm
    chart.data = [[counts[i] for _, counts in table] for i in range(len(kanalen))]
    chart.categoryAxis.style = "stacked"
    many = len(table) > 14
    week = report.grain == "week"
    chart.categoryAxis.categoryNames = [
        (f"{p.day}-{p.month}" if week else f"{_MONTHS[p.month - 1][:3]} {p.year % 100:02d}")
        for p, _ in table
    ]
    _style_bars(chart, len(kanalen))
    if many:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.fontSize = 6
        chart.categoryAxis.labels.dy = -2
    _axis(chart, max(sum(counts) for _, counts in table))
    chart.barSpacing = 0
    chart.groupSpacing = 2 if many else 6
    drawing.add(chart)
    _legend(drawing, [KANAAL_NAMES[k] for k in kanalen], x=146 * mm, y=65 * mm)
    header = [f"Begin {_grain_name(report)}", *(KANAAL_NAMES[k] for k in kanalen), "Totaal"]
    rows = [
        [format_date(p), *(format_number(n) for n in counts), format_number(sum(counts))]
        for p, counts in table
    ]
    totals = [sum(counts[i] for _, counts in table) for i in range(len(kanalen))]
    rows.append(["Totaal", *(format_number(n) for n in totals), format_number(sum(totals))])
    column = (170 * mm - 34 * mm) / (len(kanalen) + 1)
    widths = [34 * mm, *([column] * (len(kanalen) + 1))]
    return [drawing, _pdf_table(header, rows, widths=widths, total_row=True)]


def _pdf_handoffs(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    units = list(report.handoffs)
    if not units:
        return []
    bar_height = 7 * mm
    plot = bar_height * len(units)
    drawing = Drawing(170 * mm, plot + 30 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 55 * mm, 10 * mm, 105 * mm, plot
    states = [key for key, _ in HANDOFF_STATES]
    # Reversed: a horizontal chart draws its first category at the bottom.
    ordered = units[::-1]
    chart.data = [[getattr(u, key) for u in ordered] for key in states]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [font_for(u.unit_name, bold=False)[1] for u in ordered]
    _style_bars(chart, len(states))
    for i, colour in enumerate(_STATE_COLOURS):
        chart.bars[i].fillColor = colors.HexColor(colour)
    _axis(chart, max(u.on_time + u.late + u.open_in_time + u.open_overdue for u in units))
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 0, plot + 24 * mm
    legend.fontName, legend.fontSize = "Helvetica", 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 42 * mm
    legend.dxTextSpace = 3
    legend.colorNamePairs = [
        (colors.HexColor(c), name)
        for c, (_, name) in zip(_STATE_COLOURS, HANDOFF_STATES, strict=True)
    ]
    drawing.add(legend)
    rows = [
        [
            u.unit_name,
            *(format_number(getattr(u, key)) for key in states),
            format_number(u.on_time + u.late + u.open_in_time + u.open_overdue),
        ]
        for u in units
    ]
    header = ("Eenheid", "Op tijd", "Te laat", "Open, in norm", "Open, verlopen", "Totaal")
    widths = (56 * mm, 22 * mm, 22 * mm, 26 * mm, 26 * mm, 18 * mm)
    return [drawing, _pdf_table(header, rows, widths=widths)]


def _pdf_waiting(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    queues = list(report.waiting)
    if not queues:
        return []
    drawing = Drawing(170 * mm, 66 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, 125 * mm, 44 * mm
    chart.data = [[w.p50_seconds / 60 for w in queues], [w.p90_seconds / 60 for w in queues]]
    chart.categoryAxis.categoryNames = [w.queue_code.capitalize() for w in queues]
    _style_bars(chart, 2)
    top = max(max(w.p90_seconds, w.norm_seconds) for w in queues) / 60
    _axis(chart, top, whole=False)
    drawing.add(chart)
    norms = {w.norm_seconds for w in queues}
    if len(norms) == 1:
        norm = norms.pop() / 60
        y = chart.y + chart.height * norm / chart.valueAxis.valueMax
        drawing.add(
            Line(
                chart.x,
                y,
                chart.x + chart.width,
                y,
                strokeColor=colors.HexColor(_BAD),
                strokeWidth=1.2,
                strokeDashArray=[4, 2],
            )
        )
        drawing.add(
            String(
                chart.x + chart.width + 2,
                y - 3,
                f"norm {format_duration(int(norm * 60))}",
                fontName="Helvetica",
                fontSize=8,
                fillColor=colors.HexColor(_BAD),
            )
        )
    drawing.add(
        String(
            chart.x - 10 * mm,
            chart.y + chart.height + 3 * mm,
            "minuten",
            fontName="Helvetica",
            fontSize=8,
        )
    )
    # Above the chart, in a row: on the right it would meet the norm line's label.
    legend = _legend(drawing, ["Mediaan", "90e percentiel"], x=40 * mm, y=64 * mm)
    legend.columnMaximum = 1
    legend.deltax = 32 * mm
    rows = [
        [
            w.queue_code.capitalize(),
            format_number(w.served),
            format_number(w.within_norm),
            format_percent(_share(w.within_norm, w.served)),
            format_duration(w.norm_seconds),
            format_duration(w.p50_seconds),
            format_duration(w.p90_seconds),
        ]
        for w in queues
    ]
    header = ("Wachtrij", "Geholpen", "Binnen norm", "%", "Norm", "Mediaan", "90e perc.")
    widths = (40 * mm, 22 * mm, 24 * mm, 18 * mm, 20 * mm, 22 * mm, 22 * mm)
    note = _para("Wachttijden in minuten:seconden, tot de eerste oproep.", _styles().small)
    return [drawing, KeepTogether([_pdf_table(header, rows, widths=widths), note])]


def _pdf_kiosk(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    k = report.kiosk
    if not k.sessions:
        return []
    steps = sorted({s.last_step for s in k.steps}, key=_step_order)
    outcomes = [o for o in SessionOutcome if any(s.outcome == o for s in k.steps)]
    counts = {(s.last_step, s.outcome): s.sessions for s in k.steps}
    plot = 7 * mm * len(steps)
    drawing = Drawing(170 * mm, plot + 16 * mm + 4 * mm * len(outcomes))
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 45 * mm, 10 * mm, 115 * mm, plot
    ordered = steps[::-1]
    chart.data = [[counts.get((st, o), 0) for st in ordered] for o in outcomes]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [step_name(st) for st in ordered]
    _style_bars(chart, len(outcomes))
    _axis(chart, max(sum(counts.get((st, o), 0) for o in outcomes) for st in steps))
    drawing.add(chart)
    legend = _legend(
        drawing,
        [OUTCOME_NAMES.get(o, o.value) for o in outcomes],
        x=45 * mm,
        y=plot + 14 * mm + 4 * mm * len(outcomes),
    )
    legend.columnMaximum = len(outcomes)
    rows = [
        [
            step_name(s.last_step),
            OUTCOME_NAMES.get(s.outcome, s.outcome.value),
            format_number(s.sessions),
        ]
        for s in k.steps
    ]
    summary = _para(
        f"{format_number(k.sessions)} sessies, waarvan {format_number(k.completed)} voltooid "
        f"({format_percent(k.completed_share)}). Per sessie telt de laatste stap die de bezoeker "
        "bereikte.",
        _styles().body,
    )
    table = _pdf_table(
        ("Laatste stap", "Uitkomst", "Sessies"),
        rows,
        widths=(50 * mm, 70 * mm, 25 * mm),
        numeric_from=2,
    )
    return [drawing, KeepTogether([summary, table])]


def _step_order(step: str) -> int:
    order = list(STEP_NAMES)
    return order.index(step) if step in order else len(order)


def _pdf_appointments(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    n = report.no_show
    if not n.appointments:
        return []
    came = n.appointments - n.no_show
    drawing = Drawing(170 * mm, 40 * mm)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10 * mm, 3 * mm, 34 * mm, 34 * mm
    pie.data = [came, n.no_show]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices[0].fillColor = colors.HexColor(_SERIES[0])
    pie.slices[1].fillColor = colors.HexColor(_BAD)
    drawing.add(pie)
    legend = _legend(drawing, [], x=55 * mm, y=28 * mm)
    legend.colorNamePairs = [
        (colors.HexColor(_SERIES[0]), f"Verschenen: {format_number(came)}"),
        (
            colors.HexColor(_BAD),
            f"Niet verschenen: {format_number(n.no_show)} ({format_percent(n.share)})",
        ),
    ]
    rows = [[format_number(n.appointments), format_number(n.no_show), format_percent(n.share)]]
    table = _pdf_table(
        ("Afspraken (voorbij)", "Niet verschenen", "Aandeel"),
        rows,
        widths=(45 * mm, 35 * mm, 25 * mm),
        numeric_from=0,
    )
    return [drawing, table]


def _pdf_kto(report: KpiReport) -> list[Flowable]:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    kto = report.kto
    if not kto.answers:
        return []
    drawing = Drawing(170 * mm, 50 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, 90 * mm, 36 * mm
    chart.data = [list(kto.distribution)]
    chart.categoryAxis.categoryNames = [str(score) for score in range(1, 6)]
    _style_bars(chart, 1)
    _axis(chart, max(kto.distribution))
    chart.barLabelFormat = lambda v: format_number(int(v))
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    rows = [
        [str(score), format_number(count), format_percent(_share(count, kto.answers))]
        for score, count in enumerate(kto.distribution, start=1)
    ]
    rows.append(["Totaal", format_number(kto.answers), format_percent(1.0)])
    table = _pdf_table(
        ("Score", "Antwoorden", "Aandeel"), rows, widths=(30 * mm, 30 * mm, 30 * mm), total_row=True
    )
    note = _para(
        f"Gemiddelde score {format_decimal(kto.average)} uit {format_number(kto.answers)} "
        "antwoorden (1 = zeer ontevreden, 5 = zeer tevreden).",
        _styles().body,
    )
    return [drawing, KeepTogether([note, table])]
