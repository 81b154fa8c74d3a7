"""``stadspunt kpi`` writes the same figures as the service computes, in every format.

One generated demo registry (a year of contacts, every figure filled) is shared by the tests
of this module; each command runs in a real subprocess, as operators run it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pypdf
import pytest

from app.cli import main
from app.config import Settings
from app.registry.db import Database
from app.registry.models import Kanaal
from app.services import Services
from app.services.kpi import KpiFilter, KpiReport
from app.services.kpi_export import format_number, format_percent
from app.services.workingdays import local_date
from tests.cli.test_cli import _run

TODAY = local_date(datetime.now(UTC))
START, END = TODAY - timedelta(days=366), TODAY
PERIOD = ("kpi", "--from", START.isoformat(), "--to", END.isoformat(), "--user", "tom")
#: The demo's teamleider.
ENV = {"STADSPUNT_PASSWORD": "team-demo"}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(working folder, database URL) of a demo registry with 600 generated contacts."""
    folder = tmp_path_factory.mktemp("kpi-cli")
    path = folder / "demo.db"
    made = _run(folder, "demo", "--db", str(path), "--no-windows", "--generate", "600")
    assert made.returncode == 0, made.stderr
    return folder, f"sqlite:///{path}"


def _kpi(registry: tuple[Path, str], *args: str) -> tuple[int, str, str]:
    folder, url = registry
    result = _run(folder, "--database-url", url, *PERIOD, *args, env=ENV)
    return result.returncode, result.stdout, result.stderr


def _report(url: str, f: KpiFilter) -> KpiReport:
    """The figures computed in this process on the wall clock, as the command computes them
    (the open/overdue split of hand-offs depends on today)."""
    settings = Settings().with_database(url)
    services = Services(Database(url), settings)
    try:
        principal = services.auth.login("tom", "team-demo")
        return services.kpi.report(principal, f, "month")
    finally:
        services.close()


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _as_text(value: object) -> str:
    return "" if value is None else str(value)


def test_csv_on_stdout_and_in_a_file_are_the_same_report(
    registry: tuple[Path, str], tmp_path: Path
) -> None:
    folder, url = registry
    printed = subprocess.run(  # bytes as printed: _run's text mode would translate CRLF
        [sys.executable, "-m", "app", "--database-url", url, *PERIOD, "--format", "csv"],
        capture_output=True,
        env={**os.environ, "STADSPUNT_LOG_DIR": str(folder / "logs"), **ENV},
        timeout=120,
        check=True,
    ).stdout
    target = tmp_path / "kpi.csv"
    code, said, err = _kpi(registry, "--format", "csv", "--output", str(target))
    assert code == 0, err
    assert f"written {target}" in said
    assert target.read_bytes() == printed
    shown = printed.decode("utf-8")
    rows = _csv_rows(shown)
    assert rows[0] == ["figure", "group", "measure", "value"]
    report = _report(registry[1], KpiFilter(START, END))
    assert report.first_line.total > 500  # the generated year is inside the period
    assert rows[1:] == [[_as_text(v) for v in row] for row in report.rows()]


def test_json_to_a_file_equals_stdout(registry: tuple[Path, str], tmp_path: Path) -> None:
    code, shown, err = _kpi(registry)
    assert code == 0, err
    target = tmp_path / "kpi.json"
    assert _kpi(registry, "--output", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == shown
    assert json.loads(shown)["period"] == {"from": START.isoformat(), "to": END.isoformat()}


def test_xlsx_holds_the_csv_numbers(registry: tuple[Path, str], tmp_path: Path) -> None:
    target = tmp_path / "kpi.xlsx"
    code, _, err = _kpi(registry, "--format", "xlsx", "--output", str(target), "--grain", "week")
    assert code == 0, err
    code, shown, err = _kpi(registry, "--format", "csv", "--grain", "week")
    assert code == 0, err
    book = openpyxl.load_workbook(target)
    data = [[_as_text(cell.value) for cell in row] for row in book["Gegevens"].iter_rows()]
    assert data[1:] == _csv_rows(shown)[1:]
    channels = [row for row in book["Kanalen"].iter_rows(values_only=True)]
    assert channels[0][0] == "Begin week"
    assert isinstance(channels[1][0], datetime) and channels[1][0].weekday() == 0
    report = _report(registry[1], KpiFilter(START, END))
    summary = {row[0]: row[1] for row in book["Samenvatting"].iter_rows(values_only=True)}
    assert summary["Eerstelijns afgehandeld"] == report.first_line.share
    assert summary["Contacten"] == report.first_line.total


def test_pdf_report_with_filters(registry: tuple[Path, str], tmp_path: Path) -> None:
    target = tmp_path / "kpi.pdf"
    code, _, err = _kpi(
        registry, "--format", "pdf", "--output", str(target), "--kanaal", "balie", "--title", "MI"
    )
    assert code == 0, err
    report = _report(registry[1], KpiFilter(START, END, kanaal=Kanaal.BALIE))
    pages = pypdf.PdfReader(target).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "kanaal: Balie" in text
    assert f"Contacten {format_number(report.first_line.total)}" in text
    assert f"Eerstelijns afgehandeld {format_percent(report.first_line.share)}" in text


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """For the command run in this process: logs in tmp_path, no password prompt."""
    monkeypatch.setenv("STADSPUNT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("STADSPUNT_PASSWORD", "unused")


@pytest.mark.usefixtures("cli_env")
@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("--format", "xlsx"), 2, ("--format xlsx needs --output",)),
        (("--format", "pdf"), 2, ("--format pdf needs --output",)),
        (("--kanaal", "fax"), 2, ("'fax'", "balie", "e-mail")),
    ],
)
def test_refused_before_the_login(
    args: tuple[str, ...], code: int, words: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    """Checked in this process, before the database is opened: the URL leads nowhere."""
    url = "sqlite:////nonexistent/folder/never.db"
    assert main(["--database-url", url, *PERIOD, *args]) == code
    err = capsys.readouterr().err
    for word in words:
        assert word in err


@pytest.mark.usefixtures("cli_env")
def test_a_reversed_period_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    url = "sqlite:////nonexistent/folder/never.db"
    period = ("kpi", "--from", "2026-02-01", "--to", "2026-01-01")
    assert main(["--database-url", url, *period]) == 1
    assert "The period ends before it starts." in capsys.readouterr().err


def test_an_unwritable_output_is_an_error_not_a_traceback(
    registry: tuple[Path, str], tmp_path: Path
) -> None:
    code, _, err = _kpi(registry, "--format", "xlsx", "--output", str(tmp_path / "no" / "k.xlsx"))
    assert code == 1 and "cannot write" in err and "Traceback" not in err
