"""The GBA-V test set (CSV) as a configured offline BRP: every file loads, with what could not
be read in ``load_report``, or is refused as a whole with ``GbaCsvError``; never a crash.

tests/services/brp/test_gba_mapping.py fuzzes the row mapper and the date parser; here whole
files are damaged the way an export or a hand edit damages them: cells changed or emptied,
rows dropped, doubled or swapped, history links pointing anywhere, labels lost, header names
changed, and the bytes of the file itself cut or flipped.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.config import BUNDLED_GBA_CSV
from app.services.brp.gba_csv import GbaCsvError, GbaCsvPersonSource
from app.services.brp.gba_lists import LoadProblem
from app.services.brp.source import AmbiguousBsnError
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated

PERSONS = 8  # the first persoonslijsten of the test set: with partners, children, history


@cache
def sample() -> tuple[list[str], tuple[list[str], ...]]:
    """Header and the rows of the first ``PERSONS`` persoonslijsten."""
    with BUNDLED_GBA_CSV.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader)
        rows: list[list[str]] = []
        labels = 0
        for row in reader:
            if row and row[0].strip():
                labels += 1
                if labels > PERSONS:
                    break
            rows.append(row)
    return header, tuple(rows)


def _write(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


CELL_TEXT = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "00000000",
            "19850000",
            "20220230",
            "05",
            "55",
            "99",
            "x",
            ".",
            "²",
            "١٢٣",
            "999993653",
            "abc;def",
            'a"b',
            "line\nbreak",
            "0599",
            "9" * 40,
        ]
    ),
    st.text(max_size=12),
)


@st.composite
def damaged_file(draw: st.DrawFn) -> bytes:  # noqa: PLR0912 - one branch per damage
    header, original = sample()
    header = list(header)
    rows = [list(row) for row in original]
    links = [i for i, name in enumerate(header) if name.endswith(".H")]
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        kind = draw(
            st.sampled_from(
                [
                    "cell",
                    "cell",
                    "link",
                    "link",
                    "clear",
                    "drop",
                    "double",
                    "swap",
                    "label",
                    "cut",
                    "extend",
                    "header",
                ]
            )
        )
        if not rows:
            break
        r = draw(st.integers(min_value=0, max_value=len(rows) - 1))
        row = rows[r]
        c = draw(st.integers(min_value=0, max_value=max(len(row) - 1, 0)))
        if kind == "cell" and row:
            row[c] = draw(CELL_TEXT)
        elif kind == "link" and links:
            at = draw(st.sampled_from(links))
            if at < len(row):
                row[at] = draw(st.sampled_from(["", "05", "55", "01", "51", "5", "x", "١٢", "²²"]))
        elif kind == "clear":
            rows[r] = [""] * len(row)
        elif kind == "drop":
            del rows[r]
        elif kind == "double":
            rows.insert(r, list(row))
        elif kind == "swap" and r + 1 < len(rows):
            rows[r], rows[r + 1] = rows[r + 1], rows[r]
        elif kind == "label" and row:
            row[0] = "" if row[0] else draw(st.sampled_from(["Lg01_999", " ", "x"]))
        elif kind == "cut":
            rows[r] = row[:c]
        elif kind == "extend":
            rows[r] = row + draw(st.lists(CELL_TEXT, min_size=1, max_size=3))
        elif kind == "header":
            at = draw(st.integers(min_value=1, max_value=len(header) - 1))
            header[at] = draw(
                st.sampled_from(["", "01.01.20", "05.H", "²².10", "١٢.10", "5.10", "05.", "xx.yy"])
                | st.text(max_size=6)
            )
    return _write(header, rows)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gba") / "testset.csv"


def _load(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    try:
        source = GbaCsvPersonSource(path)
    except GbaCsvError:
        return
    assert all(isinstance(problem, LoadProblem) for problem in source.load_report)
    for person in source.persons:
        try:
            assert source.get(person.bsn) in (person, None)
        except AmbiguousBsnError:  # the typed answer for a BSN on two lists
            assert any(p.column == "01.01.20" for p in source.load_report)


def test_the_sample_loads_without_problems(target: Path) -> None:
    header, rows = sample()
    target.write_bytes(_write(header, list(rows)))
    source = GbaCsvPersonSource(target)
    assert len(source) == PERSONS


@settings(PARSER, max_examples=150)
@given(damaged_file())
def test_a_damaged_test_set_loads_with_a_report_or_is_refused(target: Path, content: bytes) -> None:
    tried("gba-v csv")
    _load(target, content)


@settings(PARSER, max_examples=100)
@given(st.builds(lambda h, r: _write(h, list(r)), *[st.just(x) for x in sample()]).flatmap(mutated))
@example(b"\xff\xfe;01.01.20\r\n")
@example(b";01.01.20;01.H\r\nLg1;\x00;05\r\n")
@example(";01.01.20;²².10\r\nLg1;999993653;x\r\n".encode())  # was ValueError from int("²²")
@example(b";01.01.20\r\nLg1;999993653\r\nLg1;999993653\r\n")  # was KeyError: label twice
def test_damaged_bytes_load_with_a_report_or_are_refused(target: Path, content: bytes) -> None:
    tried("gba-v csv")
    _load(target, content)
