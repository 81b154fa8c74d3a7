"""Configuration files and environment variables: ``load_settings`` gives ``Settings`` or a
``ConfigError`` naming the setting, never another exception.

The TOML is valid TOML of the wrong shape (every known section and key, with values of every
TOML type), TOML that does not parse, and random ``STADSPUNT_*`` environment values.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.config import ConfigError, Settings, load_settings
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated_text

SECTIONS: dict[str, list[str]] = {
    "": [
        "database_url",
        "municipality",
        "location",
        "desk",
        "kiosk_id",
        "language",
        "address",
        "logo",
        "log_dir",
        "desks",
    ],
    "devices": ["card_reader", "payment_terminal", "printer", "scanner"],
    "brp": ["source", "csv_path", "api_url", "timeout_seconds", "api_key"],
    "printer": [
        "folder",
        "cups_queue",
        "cups_server",
        "escpos_connection",
        "escpos_profile",
        "timeout_seconds",
    ],
    "card_reader": ["reader", "max_read", "exclusive", "poll_ms", "trust_store"],
    "payment": [
        "host",
        "port",
        "device_host",
        "device_port",
        "workstation_id",
        "pop_id",
        "language",
        "connect_timeout",
        "response_timeout",
        "customer_timeout",
        "max_frame",
    ],
    "kiosk": [
        "host_pin_hash",
        "idle_warning",
        "idle_timeout",
        "device_check",
        "heartbeat",
        "products",
    ],
    "counter": ["kto"],
    "retention": ["contacts_months", "audit_years"],
}
ENV_KEYS = [
    "DATABASE_URL",
    "MUNICIPALITY",
    "LANGUAGE",
    "LOG_DIR",
    "DEVICE_CARD_READER",
    "DEVICE_PRINTER",
    "DEVICE_PAYMENT_TERMINAL",
    "BRP_SOURCE",
    "BRP_CSV_PATH",
    "BRP_API_URL",
    "BRP_API_KEY",
    "PRINTER_FOLDER",
    "CARD_READER",
    "TRUST_STORE",
    "PAYMENT_HOST",
    "KIOSK_HOST_PIN_HASH",
]

#: Values a person or a template could put there; strings that mean something somewhere.
WORDS = st.sampled_from(
    [
        "",
        " ",
        "nl",
        "en",
        "simulator",
        "pcsc",
        "opi",
        "escpos",
        "cups",
        "pdf-folder",
        "none",
        "gba-csv",
        "haal-centraal",
        "https://brp.test",
        "tcp://printer:9100",
        "usb:04b8:0202",
        "~",
        "~nobody_here/x",
        "~root",
        "sqlite:///x.db",
        "postgresql+psycopg://u@h/d",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA",
        "logo.png",
        "logo.gif",
        "EUR",
        "\\\\x",
        "postgresql://u@[::1",
        "postgresql+psycopg://u:@h/d?password=",
        "http://[x",
    ]
)
SCALAR = st.one_of(
    WORDS,
    st.text(max_size=10),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, 1, 50, 223, 65535, 65536, 10**400]),
    st.floats(),
)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(WORDS, inner, max_size=2),
    max_leaves=3,
)


def _toml_value(value: Any) -> str:  # noqa: PLR0911 - one return per TOML type
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


def toml(document: dict[str, dict[str, Any]]) -> str:
    lines = [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in document.get("", {}).items()]
    for section, values in document.items():
        if section:
            lines.append(f"[{json.dumps(section)}]")
            lines += [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in values.items()]
    return "\n".join(lines) + "\n"


@st.composite
def documents(draw: st.DrawFn) -> dict[str, dict[str, Any]]:
    document: dict[str, dict[str, Any]] = {}
    for section in draw(st.lists(st.sampled_from(list(SECTIONS)), max_size=4, unique=True)):
        keys = draw(st.lists(st.sampled_from(SECTIONS[section]), max_size=4, unique=True))
        document[section] = {key: draw(VALUE) for key in keys}
    return document


ENVIRON = st.dictionaries(
    st.sampled_from(ENV_KEYS).map(lambda k: "STADSPUNT_" + k),
    WORDS | st.text(alphabet=st.characters(exclude_characters="\x00"), max_size=10),
    max_size=3,
)


@pytest.fixture(scope="module")
def config_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("config") / "stadspunt.toml"


def _load(path: Path, text: str, environ: dict[str, str]) -> None:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        loaded = load_settings(path, environ)
    except ConfigError as error:
        assert str(error)
        return
    assert isinstance(loaded, Settings)


@settings(PARSER, max_examples=200)
@given(documents(), ENVIRON)
@example({"brp": {"csv_path": 5}}, {})
@example({"brp": {"source": ["gba-csv"]}}, {})
@example({"devices": {"printer": ["cups"]}}, {})
@example({"": {"log_dir": "~nobody_here/logs"}}, {})
@example({}, {"STADSPUNT_PRINTER_FOLDER": "~nobody_here"})
@example({"payment": {"connect_timeout": 10**400}}, {})
@example({"": {"database_url": "postgresql://u@[::1/d"}}, {})
def test_toml_of_any_shape_gives_settings_or_a_config_error(
    config_file: Path, document: dict[str, dict[str, Any]], environ: dict[str, str]
) -> None:
    tried("config")
    _load(config_file, toml(document), environ)


VALID = toml(
    {
        "": {"municipality": "Gemeente Voorbeeld", "language": "nl", "desks": ["Balie 1"]},
        "devices": {"printer": "pdf-folder"},
        "payment": {"port": 4100, "response_timeout": 15.0},
        "kiosk": {"idle_warning": 30, "idle_timeout": 60},
    }
)


def test_the_valid_example_loads(config_file: Path) -> None:
    config_file.write_text(VALID)
    assert load_settings(config_file, {}).payment.port == 4100


@settings(PARSER, max_examples=150)
@given(
    st.one_of(
        mutated_text(VALID, max_steps=4),
        st.text(max_size=200),
        st.sampled_from(["[brp", "a = ", "x = 1\nx = 2", "[brp]\n[brp]", "= 1", "'''"]),
    )
)
# A lone surrogate is written as bytes that are not UTF-8: tomllib's UnicodeDecodeError
# escaped load_settings (found by a CI run).
@example("\ud800municipality = 'x'\n")
def test_text_that_is_not_valid_toml_gives_a_config_error(config_file: Path, text: str) -> None:
    tried("config")
    _load(config_file, text, {})
