"""From BRP API JSON to ``Person``: the cases the fake persons do not all cover, and random
JSON (hypothesis), which may only ever give a person or a ``BrpResponseError``."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.brp.haal_centraal_mapping import (
    BrpResponseError,
    date_from_api,
    person_from_api,
    persons_from_answer,
)
from app.services.brp.model import Address, BrpDate, Person
from app.services.brp.source import PersonSourceError
from tests.services.brp import api_persons, contract


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (
            {"type": "Datum", "datum": "2024-02-29", "langFormaat": "29 februari 2024"},
            BrpDate(2024, 2, 29),
        ),
        ({"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}, BrpDate(None)),
        ({"type": "JaarDatum", "jaar": 1968, "langFormaat": "1968"}, BrpDate(1968)),
        (
            {"type": "JaarMaandDatum", "jaar": 1968, "maand": 5, "langFormaat": "mei 1968"},
            BrpDate(1968, 5),
        ),
    ],
)
def test_date_variants(value: Any, expected: BrpDate | None) -> None:
    if value is not None:
        wrapped = {
            "type": "RaadpleegMetBurgerservicenummer",
            "personen": [{"overlijden": {"datum": value}}],
        }
        assert contract.response_errors(200, wrapped) == []  # the examples follow the contract
    assert date_from_api(value, "d") == expected


@pytest.mark.parametrize(
    "value",
    [
        {"type": "Datum", "datum": "2023-02-29"},
        {"type": "Datum", "datum": "20230101"},
        {"type": "Datum"},
        {"type": "JaarMaandDatum", "jaar": 1968},
        {"type": "JaarDatum", "jaar": True},
        {"type": "Maandag"},
        "2023-01-01",
    ],
)
def test_dates_outside_the_contract(value: Any) -> None:
    with pytest.raises(BrpResponseError) as caught:
        date_from_api(value, "personen[0].geboorte.datum")
    assert caught.value.params["where"].startswith("personen[0].geboorte.datum")


def test_the_full_person() -> None:
    person = person_from_api(api_persons.suzanne())
    assert person.bsn == api_persons.SUZANNE
    assert person.name.full == "Suzanne Moulin"
    assert (person.gender, person.birth_place, person.birth_country) == ("V", "Thann", "Frankrijk")
    assert person.nationalities == ("0057",)
    assert person.extra == {
        "a_number": "8940402024",
        "special_dutch_status": "B",
        "address_function": "W",
    }
    assert person.secrecy == 7  # the API says only "yes": read as the strictest level
    assert person.address == Address(
        street="Boterdiep",
        house_number=31,
        postcode="3077AW",
        city="Rotterdam",
        municipality_code="0599",
        since=BrpDate(2015, 8, 8),
    )
    (partner,) = person.partners
    assert (partner.birth_date, partner.since, partner.until) == (
        BrpDate(1976, 8),
        BrpDate(2008, 12, 1),
        None,
    )
    assert [p.birth_date for p in person.parents] == [BrpDate(None), BrpDate(1955)]
    assert person.children[0].name.full == "Alexander de Beaudelaire"
    assert person.travel_documents == ()  # not in this API


def test_a_search_answer_has_only_address_lines() -> None:
    beperkt = {k: api_persons.jael()[k] for k in ("burgerservicenummer", "naam", "adressering")}
    person = person_from_api(beperkt)
    assert person.address == Address(
        postcode="2596TW",
        city="'S-GRAVENHAGE",
        lines_abroad=("Van Wijngaerdenstraat 1 A", "2596 TW  'S-GRAVENHAGE"),
    )
    assert person.address.line1 == "Van Wijngaerdenstraat 1 A"


def test_other_places_to_live() -> None:
    abroad = person_from_api(api_persons.mattheus())
    assert abroad.address is not None
    assert abroad.address.line2 == "Bruxelles, postcode 1000, België"
    assert abroad.death_date == BrpDate(2020, 3)
    assert abroad.extra["suspension_reason"] == "O"
    boat = person_from_api(
        {
            "verblijfplaats": {
                "type": "Locatie",
                "verblijfadres": {"locatiebeschrijving": "Woonboot bij de Brug"},
            }
        }
    )
    assert boat.address == Address(street="Woonboot bij de Brug")
    unknown = person_from_api(
        {
            "verblijfplaats": {"type": "VerblijfplaatsOnbekend"},
            "gemeenteVanInschrijving": {"code": "1999"},
        }
    )
    assert unknown.address == Address(municipality_code="1999", country="Onbekend")


def test_nationality_kinds() -> None:
    person = person_from_api(
        {
            "nationaliteiten": [
                {"type": "Staatloos"},
                {"type": "NationaliteitOnbekend"},
                {"type": "VastgesteldNietNederlander"},
            ]
        }
    )
    assert person.nationalities == ("0499", "0000")
    assert person.extra["special_dutch_status"] == "V"


@pytest.mark.parametrize(
    ("answer", "where"),
    [
        ([], "answer"),
        ({"personen": {}}, "answer.personen"),
        ({"personen": ["x"]}, "answer.personen[0]"),
        ({"personen": [{"naam": "Jan"}]}, "answer.personen[0].naam"),
        (
            {"personen": [{"verblijfplaats": {"type": "Tent"}}]},
            "answer.personen[0].verblijfplaats.type",
        ),
        (
            {"personen": [{"geheimhoudingPersoonsgegevens": "ja"}]},
            "answer.personen[0].geheimhoudingPersoonsgegevens",
        ),
        (
            {"personen": [{"partners": [{"naam": {"voornamen": 3}}]}]},
            "answer.personen[0].partners[0].naam.voornamen",
        ),
    ],
)
def test_answers_outside_the_contract_name_the_place(answer: Any, where: str) -> None:
    with pytest.raises(BrpResponseError) as caught:
        persons_from_answer(answer)
    assert caught.value.params == {"where": where}


# -- random JSON ------------------------------------------------------------------------

#: Property names and discriminator values of the contract, so random objects reach deep.
# fmt: off
KEYS = st.sampled_from([
    "type", "datum", "jaar", "maand", "onbekend", "naam", "voornamen", "geslachtsnaam",
    "voorvoegsel", "adellijkeTitelPredicaat", "code", "omschrijving", "geboorte", "plaats",
    "land", "overlijden", "verblijfplaats", "verblijfadres", "huisnummer", "postcode",
    "korteStraatnaam", "regel1", "regel2", "functieAdres", "partners", "kinderen", "ouders",
    "nationaliteiten", "nationaliteit", "burgerservicenummer", "aangaanHuwelijkPartnerschap",
    "ontbindingHuwelijkPartnerschap", "adressering", "adresregel1", "adresregel2", "aNummer",
    "reden", "geheimhoudingPersoonsgegevens", "opschortingBijhouding",
    "gemeenteVanInschrijving", "datumVan", "personen",
])
# fmt: on
# fmt: off
WORDS = st.sampled_from([
    "Datum", "DatumOnbekend", "JaarDatum", "JaarMaandDatum", "Adres", "Locatie",
    "VerblijfplaatsBuitenland", "VerblijfplaatsOnbekend", "Nationaliteit", "Staatloos",
    "BehandeldAlsNederlander", "2020-02-30", "1985-12-01", "3077 AW  ROTTERDAM",
])
# fmt: on
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100_000),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    WORDS,
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=150)
@given(st.dictionaries(KEYS, JSON, max_size=6) | JSON)
def test_random_json_gives_a_person_or_a_typed_error(value: Any) -> None:
    try:
        person = person_from_api(value)
    except PersonSourceError as exc:
        assert isinstance(exc, BrpResponseError)
        assert set(exc.params) == {"where"}
        return
    assert isinstance(person, Person)


@settings(max_examples=100)
@given(st.dictionaries(KEYS, JSON, max_size=4))
def test_random_answers_give_persons_or_a_typed_error(value: dict[str, Any]) -> None:
    try:
        persons = persons_from_answer(value)
    except BrpResponseError:
        return
    assert all(isinstance(person, Person) for person in persons)
