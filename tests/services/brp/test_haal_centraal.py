"""The BRP API client against a real HTTP server on loopback that keeps to the contract.

The ``fake_api`` fixture fails any test in which the client sent a request, or the fake sent
an answer, that does not follow the OpenAPI schemas.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import time
from datetime import date
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.brp import haal_centraal
from app.services.brp.haal_centraal import (
    RAADPLEEG_FIELDS,
    SEARCH_FIELDS,
    HaalCentraalPersonSource,
)
from app.services.brp.haal_centraal_mapping import BrpResponseError
from app.services.brp.model import BrpDate
from app.services.brp.source import (
    AmbiguousBsnError,
    PersonSourceError,
    PersonSourceRequestError,
    PersonSourceUnavailableError,
)
from tests.services.brp import api_persons, contract
from tests.services.brp.fake_brp_api import FakeBrpApi, bad_request, problem

# -- questions that are answered ------------------------------------------------------


def test_raadpleeg_found(client: HaalCentraalPersonSource, fake_api: FakeBrpApi) -> None:
    person = client.get(api_persons.SUZANNE)
    assert person is not None
    assert person.name.full == "Suzanne Moulin"
    assert person.birth_date == BrpDate(1985, 12, 1)
    assert person.address is not None
    assert person.address.line1 == "Boterdiep 31"
    assert person.partners[0].since == BrpDate(2008, 12, 1)
    assert person.secrecy == 7  # geheimhoudingPersoonsgegevens comes along unasked
    (request,) = fake_api.requests
    assert request.path == "/haalcentraal/api/brp/personen"
    assert request.body == {
        "type": "RaadpleegMetBurgerservicenummer",
        "burgerservicenummer": [api_persons.SUZANNE],
        "fields": list(RAADPLEEG_FIELDS),
    }


def test_the_api_key_goes_in_its_header(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi
) -> None:
    client.get(api_persons.SUZANNE)
    headers = {k.lower(): v for k, v in fake_api.requests[0].headers.items()}
    assert headers["x-api-key"] == "test-key"
    assert headers["content-type"] == "application/json; charset=utf-8"


def test_raadpleeg_unknown_bsn_is_none(client: HaalCentraalPersonSource) -> None:
    assert client.get(api_persons.UNKNOWN_BSN) is None


def test_a_404_is_read_as_nobody_found(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi
) -> None:
    fake_api.script(404, problem(404, "Opgevraagde resource bestaat niet."))
    assert client.get(api_persons.SUZANNE) is None


def test_a_404_without_problem_is_a_configuration_error(fake_api: FakeBrpApi) -> None:
    wrong_path = fake_api.url.removesuffix("/api/brp")
    with (
        HaalCentraalPersonSource(wrong_path, api_key="test-key", timeout=2.0) as source,
        pytest.raises(PersonSourceError) as caught,
    ):
        source.get(api_persons.SUZANNE)
    assert type(caught.value) is PersonSourceError


def test_a_deceased_person_is_found_by_bsn(client: HaalCentraalPersonSource) -> None:
    person = client.get(api_persons.MATTHEUS)
    assert person is not None
    assert person.deceased
    assert person.address is not None
    assert person.address.country == "België"


def test_two_persons_for_one_bsn_are_refused(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi
) -> None:
    suzanne = api_persons.suzanne()
    fake_api.script(
        200,
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [suzanne, suzanne]},
        content_type="application/json",
    )
    with pytest.raises(AmbiguousBsnError):
        client.get(api_persons.SUZANNE)


def test_zoek_by_name(client: HaalCentraalPersonSource, fake_api: FakeBrpApi) -> None:
    found = client.search_by_name("moulin", date(1985, 12, 1), given_names="Suz")
    assert [p.bsn for p in found] == [api_persons.SUZANNE]
    assert found[0].address is not None
    assert found[0].address.line2 == "3077 AW  ROTTERDAM"
    assert found[0].partners == ()  # a search gives PersoonBeperkt
    assert fake_api.requests[0].body == {
        "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
        "geslachtsnaam": "moulin",
        "geboortedatum": "1985-12-01",
        "voornamen": "Suz*",
        "fields": list(SEARCH_FIELDS),
    }
    assert client.search_by_name("moulin", date(1985, 12, 2)) == []
    assert client.search_by_name("Burck", date(1922, 9, 25), prefix="du") == []  # deceased


def test_zoek_including_deceased(fake_api: FakeBrpApi) -> None:
    with HaalCentraalPersonSource(
        fake_api.url, api_key="test-key", include_deceased=True
    ) as source:
        found = source.search_by_name("Burck", date(1922, 9, 25), prefix="du")
    assert [p.name.full for p in found] == ["Mattheus du Burck"]
    assert found[0].death_date is None  # not asked in a search; get gives it
    assert fake_api.requests[0].body["inclusiefOverledenPersonen"] is True


def test_zoek_by_postcode_and_house_number(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi
) -> None:
    found = client.search_by_address("2596 tw", 1)
    assert sorted(p.bsn for p in found) == [api_persons.LUKAS, api_persons.JAEL]
    with_letter = client.search_by_address("2596TW", 1, house_letter="a")
    assert [p.name.full for p in with_letter] == ["Jael de Jager"]
    assert fake_api.requests[0].body == {
        "type": "ZoekMetPostcodeEnHuisnummer",
        "postcode": "2596TW",
        "huisnummer": 1,
        "fields": list(SEARCH_FIELDS),
    }
    assert fake_api.requests[1].body["huisletter"] == "a"
    assert client.search_by_address("2596TW", 2) == []


# -- questions that are refused -------------------------------------------------------


def test_400_names_the_invalid_parameter(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi
) -> None:
    fake_api.script(400, bad_request(("geslachtsnaam", "Waarde voldoet niet aan het patroon.")))
    with pytest.raises(PersonSourceRequestError) as caught:
        client.search_by_name("Moulin", date(1985, 12, 1))
    text = caught.value.text()
    assert "geslachtsnaam: Waarde voldoet niet aan het patroon" in text
    assert text.startswith("The BRP refused this question: Een of meerdere parameters")


def test_fields_the_api_does_not_know_are_refused(fake_api: FakeBrpApi) -> None:
    """The fake, like the API, refuses fields that PersoonBeperkt does not have."""
    with (
        HaalCentraalPersonSource(
            fake_api.url, api_key="test-key", search_fields=["naam", "partners"]
        ) as source,
        pytest.raises(PersonSourceRequestError, match="fields: Parameter bevat"),
    ):
        source.search_by_address("2596TW", 1)


def test_automatic_fields_may_not_be_asked() -> None:
    with pytest.raises(ValueError, match="geheimhoudingPersoonsgegevens"):
        HaalCentraalPersonSource(
            "http://127.0.0.1:9", api_key="k", fields=["naam", "geheimhoudingPersoonsgegevens"]
        )


def test_403_gives_the_title(client: HaalCentraalPersonSource, fake_api: FakeBrpApi) -> None:
    fake_api.script(403, problem(403, "U bent niet geautoriseerd voor deze operatie."))
    with pytest.raises(PersonSourceRequestError, match="niet geautoriseerd"):
        client.get(api_persons.SUZANNE)


def test_401_says_the_key_is_refused(fake_api: FakeBrpApi) -> None:
    with (
        HaalCentraalPersonSource(fake_api.url, api_key="wrong") as source,
        pytest.raises(PersonSourceRequestError, match="API key is refused"),
    ):
        source.get(api_persons.SUZANNE)


@pytest.mark.parametrize("status", [500, 503, 429])
def test_server_trouble_is_unavailable(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi, status: int
) -> None:
    fake_api.script(status, problem(status, "Interne server fout.", code="serverError"))
    with pytest.raises(PersonSourceUnavailableError):
        client.get(api_persons.SUZANNE)


def test_a_body_that_is_not_json(client: HaalCentraalPersonSource, fake_api: FakeBrpApi) -> None:
    fake_api.script(200, None, content_type="application/json")
    with pytest.raises(BrpResponseError):
        client.get(api_persons.SUZANNE)


def test_timeout_is_unavailable(fake_api: FakeBrpApi) -> None:
    fake_api.script(
        200,
        {"type": "RaadpleegMetBurgerservicenummer", "personen": []},
        content_type="application/json",
        delay=2.0,
    )
    started = time.perf_counter()
    with (
        HaalCentraalPersonSource(fake_api.url, api_key="test-key", timeout=0.2) as source,
        pytest.raises(PersonSourceUnavailableError),
    ):
        source.get(api_persons.SUZANNE)
    assert time.perf_counter() - started < 1.5


def test_connection_refused_is_unavailable() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago and is closed now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with (
        HaalCentraalPersonSource(f"http://127.0.0.1:{port}/api", api_key="k", timeout=1) as source,
        pytest.raises(PersonSourceUnavailableError),
    ):
        source.get(api_persons.SUZANNE)


def test_input_the_api_would_refuse_is_refused_before_sending(
    client: HaalCentraalPersonSource, fake_api: FakeBrpApi
) -> None:
    with pytest.raises(PersonSourceRequestError, match="geslachtsnaam"):
        client.search_by_name("Moulin; DROP", date(1985, 12, 1))
    with pytest.raises(PersonSourceRequestError, match="postcode"):
        client.search_by_address("0123AB", 1)
    with pytest.raises(PersonSourceRequestError, match="burgerservicenummer"):
        client.get("12345")
    assert fake_api.requests == []


@pytest.mark.parametrize(
    ("schema", "pattern"),
    [
        ("Burgerservicenummer", haal_centraal._BSN),
        ("GeslachtsnaamFilter", haal_centraal._GESLACHTSNAAM),
        ("VoorvoegselFilter", haal_centraal._VOORVOEGSEL),
        ("VoornamenOptioneelFilter", haal_centraal._VOORNAMEN),
        ("Postcode", haal_centraal._POSTCODE),
        ("Huisletter", haal_centraal._HUISLETTER),
        ("Huisnummertoevoeging", haal_centraal._TOEVOEGING),
    ],
)
def test_the_client_checks_input_with_the_contract_patterns(
    schema: str, pattern: re.Pattern[str]
) -> None:
    assert pattern.pattern == contract.spec()["components"]["schemas"][schema]["pattern"]


# -- what the operator's log gets -----------------------------------------------------


def test_a_failing_call_logs_status_and_code_but_no_bsn_name_or_key(
    fake_api: FakeBrpApi, caplog: pytest.LogCaptureFixture
) -> None:
    fake_api.api_key = "s3cret-key-123"
    fake_api.script(
        500,
        problem(
            500,
            "Interne server fout.",
            code="serverError",
            instance=f"/haalcentraal/api/brp/personen/{api_persons.SUZANNE}",
        ),
    )
    fake_api.script(400, bad_request(("geslachtsnaam", "Waarde is te lang.")))
    caplog.set_level(logging.DEBUG)
    with HaalCentraalPersonSource(fake_api.url, api_key="s3cret-key-123") as source:
        with pytest.raises(PersonSourceUnavailableError):
            source.get(api_persons.SUZANNE)
        with pytest.raises(PersonSourceRequestError):
            source.search_by_name("Moulin", date(1985, 12, 1), given_names="Suzanne")
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("app.")]
    assert len(ours) == 2  # one line per failure
    assert "HTTP 500, code=serverError" in ours[0]
    assert "instance=/haalcentraal/api/brp/personen/*********" in ours[0]
    assert "invalid=geslachtsnaam" in ours[1]
    for text in (caplog.text, *ours):
        assert api_persons.SUZANNE not in text
        assert "Moulin" not in text
        assert "Suzanne" not in text
        assert "s3cret" not in text


# -- every request follows the contract (hypothesis, no server needed) ----------------

TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12
) | st.sampled_from(["Moulin", "van der", "d'Angelo", "Jan*", "a*", "  ", "É", "ŀ", "x" * 201])


QUESTION = st.fixed_dictionaries(
    {
        "surname": TEXT,
        "given_names": TEXT,
        "prefix": TEXT,
        "postcode": TEXT,
        "letter": TEXT,
        "addition": TEXT,
        "number": st.integers(-2, 100_001),
        "born": st.dates(),
    }
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(QUESTION)
def test_every_request_sent_follows_the_contract(question: dict[str, Any]) -> None:
    """Whatever is typed, the client either refuses it itself or sends a valid request."""
    q = question
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        return httpx.Response(200, json={"type": body["type"], "personen": []})

    with HaalCentraalPersonSource(
        "http://brp.invalid/api", api_key="k", transport=httpx.MockTransport(answer)
    ) as source:
        for ask in (
            lambda: source.search_by_name(
                q["surname"], q["born"], given_names=q["given_names"], prefix=q["prefix"]
            ),
            lambda: source.search_by_address(
                q["postcode"], q["number"], house_letter=q["letter"], addition=q["addition"]
            ),
            lambda: source.get(q["surname"]),
        ):
            with contextlib.suppress(PersonSourceRequestError):
                assert ask() in ([], None)
    for body in sent:
        assert contract.request_errors(body) == [], body
