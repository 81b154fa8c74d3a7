"""BRP API Personen answers (JSON over HTTP): a ``Person``, nobody, or a ``PersonSourceError``.

tests/services/brp fuzz the mapper with random JSON built from the contract's property names.
Here persons that follow the contract are damaged at one place each (a value of the wrong
type, a property left out, an object where a list belongs), and the client gets whole HTTP
answers that a broken gateway could send: any status, bodies that are not JSON, JSON nested
too deep to parse, problem+json of the wrong shape.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.services.brp.haal_centraal import HaalCentraalPersonSource
from app.services.brp.haal_centraal_mapping import (
    BrpResponseError,
    person_from_api,
    persons_from_answer,
)
from app.services.brp.model import Person
from app.services.brp.source import PersonSourceError
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated
from tests.services.brp import api_persons

PERSONS = [api_persons.suzanne(), api_persons.mattheus(), api_persons.lukas()]

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["Datum", "JaarDatum", "DatumOnbekend", "0000-00-00", "1985-02-30", "6030"]),
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _damage(value: Any, path: tuple[Any, ...], how: str, new: Any) -> Any:
    """A deep copy of ``value`` changed at ``path``."""
    copy = json.loads(json.dumps(value))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "drop" and isinstance(parent, dict):
        del parent[last]
    elif how == "wrap":
        parent[last] = [parent[last]]
    elif how == "unwrap" and isinstance(parent[last], list | dict) and parent[last]:
        inner = parent[last]
        parent[last] = inner[0] if isinstance(inner, list) else next(iter(inner.values()))
    else:
        parent[last] = new
    return copy


@st.composite
def damaged_person(draw: st.DrawFn) -> Any:
    person = draw(st.sampled_from(PERSONS))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(person)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        how = draw(st.sampled_from(["replace", "replace", "drop", "wrap", "unwrap"]))
        person = _damage(person, path, how, draw(JSON))
    return person


@settings(PARSER, max_examples=100)
@given(damaged_person())
def test_a_damaged_person_maps_or_gives_a_typed_error(value: Any) -> None:
    tried("brp api json")
    try:
        person = person_from_api(value)
    except BrpResponseError as error:
        assert set(error.params) == {"where"}
        assert error.params["where"].startswith("personen[0]")
        return
    assert isinstance(person, Person)
    with contextlib.suppress(BrpResponseError):
        persons_from_answer({"type": "RaadpleegMetBurgerservicenummer", "personen": [value]})


# --- whole HTTP answers ----------------------------------------------------------------------

VALID_BODY = json.dumps(
    {"type": "RaadpleegMetBurgerservicenummer", "personen": [api_persons.suzanne()]}
).encode()

BODIES = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda v: json.dumps(v).encode(), JSON),
    mutated(VALID_BODY, max_steps=3),
    st.integers(min_value=1, max_value=50_000).map(lambda n: b"[" * n),
    st.integers(min_value=1, max_value=20_000).map(lambda n: b'{"personen":' * n),
    st.builds(
        lambda title, params: json.dumps({"title": title, "invalidParams": params}).encode(),
        JSON,
        JSON,
    ),
)
STATUSES = st.sampled_from([200, 200, 200, 204, 301, 400, 401, 403, 404, 406, 415, 429, 500, 503])


def _source(status: int, body: bytes, content_type: str) -> HaalCentraalPersonSource:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    return HaalCentraalPersonSource(
        "https://brp.test/haalcentraal/api/brp", api_key="k", transport=httpx.MockTransport(answer)
    )


@settings(PARSER, max_examples=150)
@given(
    STATUSES,
    BODIES,
    st.sampled_from(["application/json", "application/problem+json", "text/html", ""]),
)
@example(200, b"[" * 100_000, "application/json")
@example(400, b"[" * 100_000, "application/problem+json")
def test_any_http_answer_gives_persons_or_a_person_source_error(
    status: int, body: bytes, content_type: str
) -> None:
    tried("brp api http")
    with _source(status, body, content_type) as source:
        try:
            person = source.get(api_persons.SUZANNE)
        except PersonSourceError:
            return
        assert person is None or isinstance(person, Person)
