"""The production BRP source: a client for the BRP API Personen 2.x (Haal Centraal).

One ``POST /personen`` per question, with a JSON body whose ``type`` names the query
(RaadpleegMetBurgerservicenummer, ZoekMetGeslachtsnaamEnGeboortedatum,
ZoekMetPostcodeEnHuisnummer) and whose ``fields`` name what we ask for: the API gives only
that, and the municipality's authorisation limits what may be asked. The contract is in
``resources/brp/haal-centraal-brp-personen-openapi.yaml``; the tests check every request this
client sends and every answer their fake server gives against it.

Synchronous on purpose: services run on a worker thread, and ``httpx.Client`` may be shared
by threads. Failures become the typed errors of ``source``; each is logged once for the
operator with the HTTP status and the API's problem ``code``/``instance``, never with a BSN,
a name or the API key (AVG).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from datetime import date
from types import TracebackType
from typing import Any

import httpx

from app.services.brp.haal_centraal_mapping import BrpResponseError, persons_from_answer
from app.services.brp.model import Person
from app.services.brp.source import (
    AmbiguousBsnError,
    PersonSourceError,
    PersonSourceRequestError,
    PersonSourceUnavailableError,
)

log = logging.getLogger(__name__)

RAADPLEEG = "RaadpleegMetBurgerservicenummer"
ZOEK_NAAM = "ZoekMetGeslachtsnaamEnGeboortedatum"
ZOEK_POSTCODE = "ZoekMetPostcodeEnHuisnummer"

#: What ``get`` asks for: everything ``Person`` holds that this API has.
RAADPLEEG_FIELDS: tuple[str, ...] = (
    "aNummer",
    "burgerservicenummer",
    "naam",
    "geslacht",
    "geboorte",
    "nationaliteiten",
    "verblijfplaats",
    "gemeenteVanInschrijving",
    "overlijden",
    "partners",
    "kinderen",
    "ouders",
)
#: A search answers with PersoonBeperkt, which has only these (and no verblijfplaats).
SEARCH_FIELDS: tuple[str, ...] = (
    "burgerservicenummer",
    "naam",
    "geslacht",
    "geboorte",
    "adressering",
)
#: Delivered without being asked; naming them in ``fields`` is a 400 (contract, ``fields``).
#: So geheimhoudingPersoonsgegevens and opschortingBijhouding come along unasked.
AUTOMATIC_FIELDS = frozenset(
    {"inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie"}
)

# The request patterns of the contract (ZoekMet... properties); checked here so that a
# question the API would refuse is refused before anything personal leaves the machine.
_BSN = re.compile(r"^[0-9]{9}$")
_GESLACHTSNAAM = re.compile(r"^[a-zA-Z0-9À-ž \.\-\']{1,200}$|^[a-zA-Z0-9À-ž \.\-\']{3,199}\*{1}$")
_VOORVOEGSEL = re.compile(r"^[a-zA-Z \']{1,10}$")
_VOORNAMEN = re.compile(r"^[a-zA-Z0-9À-ž \.\-\']{1,199}\*{0,1}$")
_POSTCODE = re.compile(r"^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$")
_HUISLETTER = re.compile(r"^[a-zA-Z]{1}$")
_TOEVOEGING = re.compile(r"^[a-zA-Z0-9 \-]{1,4}$")
MAX_HOUSE_NUMBER = 99999

_CHARACTERS = "letters, digits, spaces and . - ' only"
_LONG_NUMBER = re.compile(r"[0-9]{5,}")


def _masked(text: str) -> str:
    """Long digit runs out of any text that may reach a log or a screen: a BSN among them."""
    return _LONG_NUMBER.sub(lambda m: "*" * len(m.group()), text)


def _check(pattern: re.Pattern[str], value: str, parameter: str, rule: str) -> str:
    if not pattern.fullmatch(value):
        raise PersonSourceRequestError(detail=f"{parameter}: {rule}")
    return value


class HaalCentraalPersonSource:
    """A ``PersonSource`` on the BRP API Personen.

    Travel documents (category 12) are not part of this API: ``Person.travel_documents``
    stays empty from this source (they come from the separate Reisdocumenten API).
    ``include_deceased`` is sent as ``inclusiefOverledenPersonen`` on searches (the API's
    default is living persons only, and asking for more needs authorisation); ``get`` finds
    deceased persons either way.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str,
        timeout: float = 5.0,
        fields: Sequence[str] = RAADPLEEG_FIELDS,
        search_fields: Sequence[str] = SEARCH_FIELDS,
        include_deceased: bool = False,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        automatic = sorted(AUTOMATIC_FIELDS.intersection(f.split(".")[0] for f in fields))
        automatic += sorted(AUTOMATIC_FIELDS.intersection(f.split(".")[0] for f in search_fields))
        if automatic:
            raise ValueError(f"the API delivers {', '.join(automatic)} unasked; leave it out")
        self.fields = list(fields)
        self.search_fields = list(search_fields)
        self.include_deceased = include_deceased
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"X-API-KEY": api_key, "Accept": "application/json"},
            timeout=httpx.Timeout(timeout),
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HaalCentraalPersonSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- PersonSource -------------------------------------------------------------------

    def get(self, bsn: str) -> Person | None:
        bsn = _check(_BSN, bsn.strip(), "burgerservicenummer", "a BSN has 9 digits")
        body = {"type": RAADPLEEG, "burgerservicenummer": [bsn], "fields": self.fields}
        persons = self._query(body)
        if len(persons) > 1:
            log.warning("BRP API %s: %d persons for one BSN", RAADPLEEG, len(persons))
            raise AmbiguousBsnError()
        return persons[0] if persons else None

    def search_by_name(
        self, surname: str, birth_date: date, *, given_names: str = "", prefix: str = ""
    ) -> list[Person]:
        """Geslachtsnaam without voorvoegsel, case-insensitive (the API's rule); the given
        names are sent with a wildcard, so they match as a prefix."""
        body: dict[str, Any] = {
            "type": ZOEK_NAAM,
            "geslachtsnaam": _check(_GESLACHTSNAAM, surname.strip(), "geslachtsnaam", _CHARACTERS),
            "geboortedatum": birth_date.isoformat(),
            "fields": self.search_fields,
        }
        if given_names.strip():
            wanted = given_names.strip().rstrip("*") + "*"
            body["voornamen"] = _check(_VOORNAMEN, wanted, "voornamen", _CHARACTERS)
        if prefix.strip():
            rule = "letters, spaces and ' only, at most 10"
            body["voorvoegsel"] = _check(_VOORVOEGSEL, prefix.strip(), "voorvoegsel", rule)
        return self._search(body)

    def search_by_address(
        self, postcode: str, house_number: int, *, house_letter: str = "", addition: str = ""
    ) -> list[Person]:
        compact = postcode.replace(" ", "").upper()
        if not 0 < house_number <= MAX_HOUSE_NUMBER:
            raise PersonSourceRequestError(detail="huisnummer: a whole number 1-99999")
        body: dict[str, Any] = {
            "type": ZOEK_POSTCODE,
            "postcode": _check(_POSTCODE, compact, "postcode", "four digits and two letters"),
            "huisnummer": house_number,
            "fields": self.search_fields,
        }
        if house_letter.strip():
            letter = _check(_HUISLETTER, house_letter.strip(), "huisletter", "one letter")
            body["huisletter"] = letter
        if addition.strip():
            rule = "at most 4 letters, digits, spaces or -"
            body["huisnummertoevoeging"] = _check(
                _TOEVOEGING, addition.strip(), "huisnummertoevoeging", rule
            )
        return self._search(body)

    # -- HTTP ---------------------------------------------------------------------------

    def _search(self, body: dict[str, Any]) -> list[Person]:
        if self.include_deceased:
            body["inclusiefOverledenPersonen"] = True
        return self._query(body)

    def _query(self, body: dict[str, Any]) -> list[Person]:
        query = str(body["type"])
        try:
            response = self._client.post(
                "/personen",
                content=json.dumps(body).encode(),
                headers={"Content-Type": "application/json; charset=utf-8"},
            )
        except httpx.TimeoutException as exc:
            log.warning("BRP API %s failed: no answer in time (%s)", query, type(exc).__name__)
            raise PersonSourceUnavailableError() from exc
        except httpx.HTTPError as exc:
            log.warning("BRP API %s failed: %s: %s", query, type(exc).__name__, _masked(str(exc)))
            raise PersonSourceUnavailableError() from exc
        if response.status_code == httpx.codes.OK:
            return self._persons(query, response)
        return self._refused(query, response)

    def _persons(self, query: str, response: httpx.Response) -> list[Person]:
        try:
            return persons_from_answer(response.json())
        except (ValueError, RecursionError) as exc:  # not JSON, or nested too deep to parse
            log.warning("BRP API %s: HTTP 200 but the body is not JSON", query)
            raise BrpResponseError(where="body") from exc
        except BrpResponseError as exc:
            log.warning("BRP API %s: HTTP 200 but unreadable at %s", query, exc.params["where"])
            raise

    def _refused(self, query: str, response: httpx.Response) -> list[Person]:
        status = response.status_code
        problem = _problem(response)
        params = [name for name, _ in _invalid_params(problem)]
        log.warning(
            "BRP API %s failed: HTTP %d, code=%s, instance=%s%s",
            query,
            status,
            _masked(_str(problem.get("code"))) or "-",
            _masked(_str(problem.get("instance"))) or "-",
            f", invalid={','.join(params)}" if params else "",
        )
        if status == httpx.codes.NOT_FOUND:
            if problem:
                # Not in the contract (unknown is 200 with no persons), but some gateways do
                # it. If every lookup ends here, brp.api_url is probably wrong.
                log.warning("BRP API %s: HTTP 404 read as 'nobody found'", query)
                return []
            raise PersonSourceError()
        if status == httpx.codes.UNAUTHORIZED:
            raise PersonSourceRequestError(
                detail="the API key is refused (HTTP 401); check STADSPUNT_BRP_API_KEY"
            )
        if status == httpx.codes.TOO_MANY_REQUESTS or status >= httpx.codes.INTERNAL_SERVER_ERROR:
            raise PersonSourceUnavailableError()
        raise PersonSourceRequestError(detail=_detail(problem, status))


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _problem(response: httpx.Response) -> dict[str, Any]:
    """The Foutbericht (problem+json) of a refusal, or {} when there is none."""
    try:
        data = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested too deep to parse
        return {}
    return data if isinstance(data, dict) else {}


def _invalid_params(problem: dict[str, Any]) -> list[tuple[str, str]]:
    found = problem.get("invalidParams")
    if not isinstance(found, list):
        return []
    return [
        (_str(item.get("name")) or "?", _str(item.get("reason")))
        for item in found
        if isinstance(item, dict)
    ]


def _detail(problem: dict[str, Any], status: int) -> str:
    """What the API said, readable: its title, then each invalid parameter and why."""
    parts = [_str(problem.get("title")).rstrip(".")]
    invalid = _invalid_params(problem)
    if invalid:
        parts.append("; ".join(f"{name}: {reason}" if reason else name for name, reason in invalid))
    else:
        parts.append(_str(problem.get("detail")))
    text = " - ".join(part for part in parts if part) or f"HTTP {status}"
    return _masked(text)[:400]
