"""Reading the search fields into a BRP question (Qt-free) and the audit purpose per channel."""

from __future__ import annotations

from datetime import date

import pytest

from app.counter.purpose import DEFAULT_PURPOSE, purpose_for
from app.counter.search_query import (
    AddressQuery,
    BsnQuery,
    Mode,
    NameQuery,
    QueryError,
    build_query,
    mode_of_field,
    parse_birth_date,
    parse_house_number,
)
from app.registry.models import Kanaal


@pytest.mark.parametrize(
    "text",
    ["01-12-1985", "1-12-1985", "01.12.1985", "01/12/1985", "01 12 1985", "01121985", "1985-12-01"],
)
def test_birth_dates_as_people_type_them(text: str) -> None:
    assert parse_birth_date(f" {text} ") == date(1985, 12, 1)


@pytest.mark.parametrize("text", ["", "31-02-1985", "1985", "12-1985", "1-12-85", "gisteren"])
def test_not_a_birth_date(text: str) -> None:
    assert parse_birth_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", (7, "", "")),
        ("7a", (7, "A", "")),
        ("7 A", (7, "A", "")),
        ("12-2", (12, "", "2")),
        ("12a-2", (12, "A", "2")),
        ("12 bis", (12, "", "bis")),
        ("12 hs", (12, "", "hs")),
        ("100 a 3", (100, "A", "3")),
    ],
)
def test_house_number_letter_and_addition(text: str, expected: tuple[int, str, str]) -> None:
    assert parse_house_number(text) == expected


def test_house_number_needs_digits() -> None:
    assert parse_house_number("a7") is None


def test_queries_per_group() -> None:
    fields = {
        "bsn": " 999993653 ",
        "surname": "Moulin",
        "birth_date": "01-12-1985",
        "given_names": "Suz",
        "postcode": "3074 SN",
        "house_number": "7a",
    }
    assert build_query(Mode.BSN, fields) == BsnQuery("999993653")
    assert build_query(Mode.NAME, fields) == NameQuery("Moulin", date(1985, 12, 1), "Suz")
    assert build_query(Mode.ADDRESS, fields) == AddressQuery("3074 SN", 7, "A", "")


@pytest.mark.parametrize(
    ("mode", "fields", "field"),
    [
        (Mode.BSN, {}, "bsn"),
        (Mode.NAME, {"birth_date": "01-12-1985"}, "surname"),
        (Mode.NAME, {"surname": "Moulin"}, "birth_date"),
        (Mode.NAME, {"surname": "Moulin", "birth_date": "1985"}, "birth_date"),
        (Mode.ADDRESS, {"house_number": "7"}, "postcode"),
        (Mode.ADDRESS, {"postcode": "3074SN"}, "house_number"),
        (Mode.ADDRESS, {"postcode": "3074SN", "house_number": "zeven"}, "house_number"),
    ],
)
def test_incomplete_questions_name_the_field(mode: str, fields: dict[str, str], field: str) -> None:
    with pytest.raises(QueryError) as info:
        build_query(mode, fields)
    assert info.value.field == field


def test_fields_belong_to_groups() -> None:
    assert mode_of_field("given_names") == Mode.NAME
    assert mode_of_field("house_number") == Mode.ADDRESS
    assert mode_of_field("bsn") == Mode.BSN


def test_purpose_follows_the_channel() -> None:
    assert purpose_for(Kanaal.BALIE) == DEFAULT_PURPOSE == "contactregistratie balie"
    assert purpose_for(Kanaal.TELEFOON) == "telefonisch contact"
    assert purpose_for("telefoon") == "telefonisch contact"
    assert purpose_for(None) == DEFAULT_PURPOSE
    assert purpose_for("onbekend") == DEFAULT_PURPOSE
