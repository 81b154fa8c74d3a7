"""The GBA-V date parser and row mapper on values nobody wrote by hand (hypothesis).

Whatever is in a cell, loading goes on: a value is read, or left empty and reported, and a
persoonslijst always becomes a person.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.config import BUNDLED_GBA_CSV
from app.services.brp.gba_lists import Header, LoadProblem, read_person_lists
from app.services.brp.gba_mapping import GbaValueError, parse_gba_date, person_from_list
from app.services.brp.model import BrpDate, Person

with BUNDLED_GBA_CSV.open(encoding="utf-8-sig", newline="") as _fh:
    HEADER_NAMES = next(csv.reader(_fh, delimiter=";"))
HEADER = Header.parse(HEADER_NAMES)
WIDTH = len(HEADER_NAMES)

#: Values seen in the file or at its edges: dates with unknown parts, link codes, padding.
# fmt: off
TRICKY = st.sampled_from([
    "", " ", "0", "00000000", "19850000", "19850100", "19850013", "20230230", "20240229",
    "99991231", "05", "55", "58", "09", "59", "12", "o", ".", "x", "999993653", "123", "1",
    "99999", "100000", "-3", "²", "१२३४५६७८", "NI", "PN", "7", "8", "W", "B",
])
# fmt: on
CELL = st.one_of(TRICKY, st.text(max_size=12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("19851201", BrpDate(1985, 12, 1)),
        ("19850000", BrpDate(1985)),
        ("19851200", BrpDate(1985, 12)),
        ("00000000", BrpDate(None)),
        (" 20240229 ", BrpDate(2024, 2, 29)),
    ],
)
def test_gba_dates(text: str, expected: BrpDate | None) -> None:
    assert parse_gba_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2015", "19821291", "19851301", "19850013", "00001200", "20230229", "1985120a"]
)
def test_not_gba_dates(text: str) -> None:
    with pytest.raises(GbaValueError) as caught:
        parse_gba_date(text)
    assert text not in str(caught.value)  # the message never repeats the value


@given(st.text(max_size=10) | TRICKY)
def test_date_parser_raises_only_its_own_error(text: str) -> None:
    try:
        result = parse_gba_date(text)
    except GbaValueError:
        return
    assert result is None or isinstance(result, BrpDate)
    if result is not None and result.year and result.month and result.day:
        assert result.as_date() is not None


@given(st.dates(min_value=date(1, 1, 1)))
def test_every_real_date_reads_back(day: date) -> None:
    assert parse_gba_date(f"{day.year:04d}{day.month:02d}{day.day:02d}") == BrpDate.of(day)


@st.composite
def person_rows(draw: st.DrawFn) -> list[tuple[int, list[str]]]:
    """One to five rows of one persoonslijst with random cells in random real columns."""
    rows = []
    for number in range(draw(st.integers(1, 5))):
        cells = [""] * WIDTH
        for index in draw(st.sets(st.integers(1, WIDTH - 1), max_size=25)):
            cells[index] = draw(CELL)
        cells[0] = "Lg01_test" if number == 0 else ""
        rows.append((number + 2, cells))
    return rows


@settings(max_examples=200)
@given(person_rows())
def test_row_mapper_never_crashes(rows: list[tuple[int, list[str]]]) -> None:
    (person_list,) = read_person_lists(HEADER, rows)
    person, problems = person_from_list(person_list)
    assert isinstance(person, Person)
    assert all(isinstance(problem, LoadProblem) for problem in problems)
    assert all(problem.label == "Lg01_test" for problem in problems)
    assert person.bsn == "" or (len(person.bsn) == 9 and person.bsn.isdigit())
    assert 0 <= person.secrecy <= 7
    if person.address and person.address.house_number is not None:
        assert 1 <= person.address.house_number <= 99999


def test_history_links_decide_what_is_current() -> None:
    """01.H in the first row says the second row is history (51): the first is current."""
    cells = {name: index for index, name in enumerate(HEADER_NAMES)}
    first, second = [""] * WIDTH, [""] * WIDTH
    first[0] = "Lg01_x"
    first[cells["01.02.40"]], first[cells["01.H"]] = "Nieuw", "51"
    second[cells["01.02.40"]] = "Oud"
    second[cells["05.02.40"]] = "Partner"  # a second category in the same row is its own stack
    (person_list,) = read_person_lists(HEADER, [(2, first), (3, second)])
    person, problems = person_from_list(person_list)
    assert person.name.surname == "Nieuw"
    assert [p.name.surname for p in person.partners] == ["Partner"]
    assert [p.column for p in problems] == ["01.01.20"]  # no BSN; nothing else went wrong
