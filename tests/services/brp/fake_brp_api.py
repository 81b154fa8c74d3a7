"""A BRP API Personen on loopback: a real HTTP server (``http.server`` in a thread).

It answers ``POST /personen`` from a small set of persons, the way the API does (fields,
PersoonBeperkt for searches, living persons unless asked otherwise), and it holds both sides
to the contract: every request body it receives and every body it sends is validated against
the OpenAPI schemas (``contract``). Breaches are collected in ``violations``; the fixture
fails the test when there are any.

Tests can also script the next answers (``script``): a status, a body, a delay.
"""

from __future__ import annotations

import json
import threading
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.services.brp import contract

API_PATH = "/haalcentraal/api/brp"
AUTOMATIC = {"inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni"}
AUTOMATIC_ALL = {*AUTOMATIC, "verificatie"}
#: PersoonBeperkt's parts are narrower than Persoon's: what a search may show of each.
_BEPERKT_PARTS = {
    "naam": {"voornamen", "adellijkeTitelPredicaat", "voorvoegsel", "geslachtsnaam"}
    | {"voorletters", "volledigeNaam", "inOnderzoek"},
    "geboorte": {"datum", "inOnderzoek"},
    "adressering": {"adresregel1", "adresregel2", "adresregel3", "land"}
    | {"indicatieVastgesteldVerblijftNietOpAdres", "inOnderzoek"},
}
PROBLEM_JSON = "application/problem+json"


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Scripted:
    status: int
    body: Any = None
    content_type: str = PROBLEM_JSON
    delay: float = 0.0


@dataclass
class FakeBrpApi:
    persons: list[dict[str, Any]] = field(default_factory=list)
    api_key: str = "test-key"
    requests: list[Recorded] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    scripted: deque[Scripted] = field(default_factory=deque)
    url: str = ""
    _server: ThreadingHTTPServer | None = None
    _release: threading.Event = field(default_factory=threading.Event)

    def script(self, status: int, body: Any = None, *, delay: float = 0.0, **kw: Any) -> None:
        self.scripted.append(Scripted(status, body, delay=delay, **kw))

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                try:
                    fake._handle(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)
                except Exception:  # a bug in the fake must fail the test, not hang it
                    fake.violations.append(f"fake server crashed:\n{traceback.format_exc()}")
                    self.send_error(599)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the test output is not the place for access logs."""

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        self._server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}{API_PATH}"
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()

    def stop(self) -> None:
        self._release.set()  # wake handlers that are sleeping to simulate a slow server
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # -- one request --------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length)
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        self.requests.append(Recorded(handler.path, dict(handler.headers.items()), body))
        status, answer, content_type, delay = self._answer(handler, body)
        if answer is not None and content_type in ("application/json", PROBLEM_JSON):
            for problem in contract.response_errors(status, answer):
                self.violations.append(f"response {status}: {problem}")
        if delay:
            self._release.wait(delay)
        data = b"" if answer is None else json.dumps(answer).encode()
        handler.send_response(status)
        if answer is not None:
            handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _answer(self, handler: BaseHTTPRequestHandler, body: Any) -> tuple[int, Any, str, float]:
        if handler.path != f"{API_PATH}/personen":
            return 404, None, "", 0.0
        media_type = (handler.headers.get("Content-Type") or "").split(";")[0].strip()
        if media_type != "application/json":
            self.violations.append(f"request Content-Type {media_type!r}")
            return 415, problem(415, "Unsupported Media Type"), PROBLEM_JSON, 0.0
        for breach in contract.request_errors(body):
            self.violations.append(f"request: {breach}")
        if self.scripted:
            step = self.scripted.popleft()
            return step.status, step.body, step.content_type, step.delay
        if handler.headers.get("X-API-KEY") != self.api_key:
            return 401, problem(401, "Niet correct geauthenticeerd."), PROBLEM_JSON, 0.0
        if contract.request_errors(body):
            return 400, bad_request(("type", "Waarde is niet geldig.")), PROBLEM_JSON, 0.0
        return self._query(body)

    def _query(self, body: dict[str, Any]) -> tuple[int, Any, str, float]:
        kind = body["type"]
        beperkt = kind != "RaadpleegMetBurgerservicenummer"
        allowed = contract.property_names("PersoonBeperkt" if beperkt else "Persoon")
        wrong = [f for f in body["fields"] if f.split(".")[0] not in allowed - AUTOMATIC_ALL]
        if wrong:
            reason = "Parameter bevat een niet bestaande veldnaam."
            return 400, bad_request(("fields", reason)), PROBLEM_JSON, 0.0
        found = [p for p in self.persons if _matches(kind, body, p)]
        wanted = {f.split(".")[0] for f in body["fields"]}
        personen = [_project(p, wanted, beperkt=beperkt) for p in found]
        return 200, {"type": kind, "personen": personen}, "application/json", 0.0


def problem(status: int, title: str, **more: Any) -> dict[str, Any]:
    return {
        "type": "https://www.rfc-editor.org/rfc/rfc9110.html",
        "title": title,
        "status": status,
        "instance": f"{API_PATH}/personen",
        **more,
    }


def bad_request(*invalid: tuple[str, str]) -> dict[str, Any]:
    return problem(
        400,
        "Een of meerdere parameters zijn niet correct.",
        code="paramsValidation",
        invalidParams=[
            {"name": name, "code": "value", "reason": reason} for name, reason in invalid
        ],
    )


def _fold(text: str) -> str:
    return text.casefold()


def _like(pattern: str, value: str) -> bool:
    """The API's text match: case-insensitive, ``*`` at the end as a wildcard."""
    if pattern.endswith("*"):
        return _fold(value).startswith(_fold(pattern[:-1]))
    return _fold(value) == _fold(pattern)


def _matches(kind: str, body: dict[str, Any], person: dict[str, Any]) -> bool:
    if kind == "RaadpleegMetBurgerservicenummer":
        return person.get("burgerservicenummer") in body["burgerservicenummer"]
    if "overlijden" in person and not body.get("inclusiefOverledenPersonen"):
        return False
    naam = person.get("naam", {})
    if kind == "ZoekMetGeslachtsnaamEnGeboortedatum":
        checks = [
            _like(body["geslachtsnaam"], naam.get("geslachtsnaam", "")),
            person.get("geboorte", {}).get("datum", {}).get("datum") == body["geboortedatum"],
        ]
        if "voornamen" in body:
            checks.append(_like(body["voornamen"], naam.get("voornamen", "")))
        if "voorvoegsel" in body:
            checks.append(_like(body["voorvoegsel"], naam.get("voorvoegsel", "")))
        return all(checks)
    if kind == "ZoekMetPostcodeEnHuisnummer":
        adres = person.get("verblijfplaats", {}).get("verblijfadres", {})
        checks = [
            adres.get("postcode", "").replace(" ", "").upper()
            == body["postcode"].replace(" ", "").upper(),
            adres.get("huisnummer") == body["huisnummer"],
        ]
        if "huisletter" in body:
            checks.append(_like(body["huisletter"], adres.get("huisletter", "")))
        if "huisnummertoevoeging" in body:
            checks.append(
                _like(body["huisnummertoevoeging"], adres.get("huisnummertoevoeging", ""))
            )
        return all(checks)
    return False


def _project(person: dict[str, Any], wanted: set[str], *, beperkt: bool) -> dict[str, Any]:
    """What the API sends back: the asked-for fields plus the automatic ones; for a search
    only the narrower PersoonBeperkt parts."""
    out = {k: v for k, v in person.items() if k in wanted or k in AUTOMATIC}
    if beperkt:
        for part, keep in _BEPERKT_PARTS.items():
            if part in out:
                out[part] = {k: v for k, v in out[part].items() if k in keep}
    return out


def running(persons: list[dict[str, Any]]) -> Iterator[FakeBrpApi]:
    """For a fixture: a started fake, stopped afterwards."""
    fake = FakeBrpApi(persons=persons)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()
