"""Secrets come from the environment or the OS keyring, never from a configuration file.

The keyring tests install a fake backend with ``keyring.set_keyring`` (the library's own way
to pick a backend) and put the previous one back afterwards.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from app.config import KEYRING_SERVICE, ConfigError, load_settings

REPO = Path(__file__).resolve().parents[2]
PG_URL = "postgresql+psycopg://stadspunt@db.example.internal:5432/stadspunt"
ODD_PASSWORD = "p@ss:w/rd%20"  # every character that would break a URL pasted by hand
PIN_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "stadspunt.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_database_password_comes_from_the_environment(tmp_path: Path) -> None:
    config = _write(tmp_path, f'database_url = "{PG_URL}"\n')
    settings = load_settings(config, {"STADSPUNT_DATABASE_PASSWORD": ODD_PASSWORD})
    assert settings.database_url == PG_URL  # the URL as written, without the password
    assert ODD_PASSWORD not in repr(settings)
    url = make_url(settings.connect_url())
    assert url.password == ODD_PASSWORD  # escaped on the way in, intact on the way out
    assert (url.username, url.host, url.port, url.database) == (
        "stadspunt",
        "db.example.internal",
        5432,
        "stadspunt",
    )


def test_without_a_password_the_url_is_used_as_it_is(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, f'database_url = "{PG_URL}"\n'), {})
    assert settings.database_password == "" and settings.connect_url() == PG_URL
    sqlite = load_settings(
        _write(tmp_path, 'database_url = "sqlite:////tmp/x.db"\n'),
        {"STADSPUNT_DATABASE_PASSWORD": "unused"},
    )
    assert sqlite.connect_url() == "sqlite:////tmp/x.db"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'database_url = "postgresql+psycopg://stadspunt:geheim@db/stadspunt"\n',
            "database_url contains a password; put the password in STADSPUNT_DATABASE_PASSWORD",
        ),
        (
            'database_url = "postgresql://stadspunt@db/stadspunt?password=geheim"\n',
            "database_url contains a password",
        ),
        ('database_password = "geheim"\n', "STADSPUNT_DATABASE_PASSWORD or the keyring"),
        ("[brp]\napi_key = 'abc123'\n", "STADSPUNT_BRP_API_KEY or the keyring"),
        (f"[kiosk]\nhost_pin_hash = '{PIN_HASH}'\n", "STADSPUNT_KIOSK_HOST_PIN_HASH or the"),
    ],
)
def test_a_file_with_a_secret_is_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        load_settings(_write(tmp_path, text), {})
    assert "geheim" not in str(caught.value) and "abc123" not in str(caught.value)


def test_a_password_in_the_environment_url_is_allowed(tmp_path: Path) -> None:
    """The environment is the right place, also inside the URL (the test suite does that)."""
    url = "postgresql+psycopg://stadspunt:geheim@db/stadspunt"
    settings = load_settings(None, {"STADSPUNT_DATABASE_URL": url, "HOME": str(tmp_path)})
    assert make_url(settings.connect_url()).password == "geheim"


def test_the_other_secrets_come_from_the_environment(tmp_path: Path) -> None:
    config = _write(
        tmp_path, "[brp]\nsource = 'haal-centraal'\napi_url = 'https://brp.example/api'\n"
    )
    env = {"STADSPUNT_BRP_API_KEY": "key-from-env", "STADSPUNT_KIOSK_HOST_PIN_HASH": PIN_HASH}
    settings = load_settings(config, env)
    assert settings.brp.api_key == "key-from-env"
    assert settings.kiosk.host_pin_hash == PIN_HASH
    with pytest.raises(ConfigError, match="argon2 hash"):
        load_settings(config, {"STADSPUNT_KIOSK_HOST_PIN_HASH": "2468"})


def test_without_the_keyring_package_the_environment_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError
    config = _write(tmp_path, f'database_url = "{PG_URL}"\n')
    assert load_settings(config, {}).database_password == ""
    settings = load_settings(config, {"STADSPUNT_DATABASE_PASSWORD": "from-env"})
    assert settings.database_password == "from-env"


@pytest.fixture
def fake_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """A keyring backend holding a dict; the previous backend is restored afterwards."""
    keyring = pytest.importorskip(
        "keyring", reason="the optional keyring package is not installed (pip install .[keyring])"
    )
    from keyring.backend import KeyringBackend

    store: dict[tuple[str, str], str] = {}

    class DictKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(DictKeyring())  # type: ignore[no-untyped-call]
    try:
        yield store
    finally:
        keyring.set_keyring(previous)


def test_secrets_from_the_keyring_and_the_environment_wins(
    tmp_path: Path, fake_keyring: dict[tuple[str, str], str]
) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, "database_password", ODD_PASSWORD)
    keyring.set_password(KEYRING_SERVICE, "brp_api_key", "key-from-keyring")
    keyring.set_password(KEYRING_SERVICE, "kiosk_host_pin_hash", PIN_HASH)
    config = _write(
        tmp_path,
        f'database_url = "{PG_URL}"\n'
        "[brp]\nsource = 'haal-centraal'\napi_url = 'https://brp.example/api'\n",
    )
    settings = load_settings(config, {})
    assert make_url(settings.connect_url()).password == ODD_PASSWORD
    assert settings.brp.api_key == "key-from-keyring"
    assert settings.kiosk.host_pin_hash == PIN_HASH
    assert set(fake_keyring) == {
        ("stadspunt", "database_password"),
        ("stadspunt", "brp_api_key"),
        ("stadspunt", "kiosk_host_pin_hash"),
    }
    env = load_settings(config, {"STADSPUNT_DATABASE_PASSWORD": "from-env"})
    assert env.database_password == "from-env"


def test_a_failing_keyring_counts_as_no_secret(
    tmp_path: Path, fake_keyring: dict[tuple[str, str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    def broken(service: str, username: str) -> Any:
        raise RuntimeError("no D-Bus session")

    monkeypatch.setattr(keyring, "get_password", broken)
    config = _write(tmp_path, f'database_url = "{PG_URL}"\n')
    assert load_settings(config, {}).database_password == ""


# --- no secrets in the repository's documentation and resources ---------------------------

#: user:password@ in a URL.
_URL_CREDENTIALS = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@\"']+:([^@\s/\"']+)@", re.I)
#: password = ..., api_key: ..., secret=..., token ... with a value.
_ASSIGNMENT = re.compile(
    r"(?<![a-z])(?:password|passwd|pwd|api[_-]?key|secret|token)(?![a-z])[\"']?\s*[=:]\s*[\"']?([^\s\"'#,;)]+)",
    re.I,
)
#: Values that are clearly not a secret: a variable, a placeholder, an ellipsis, a hash made
#: by ``stadspunt hash-pin`` for the demo is not a secret either (its PIN is documented).
_PLACEHOLDER = re.compile(r"^(?:\$|<|\{|%|\.\.\.|…|\*+$|x+$|changeme$|\w+\(\))", re.I)


def secret_findings(text: str) -> list[str]:
    """The real-looking secrets in ``text`` (their first characters only)."""
    found = [m.group(1) for m in _URL_CREDENTIALS.finditer(text)]
    found += [m.group(1) for m in _ASSIGNMENT.finditer(text)]
    return [value[:3] + "…" for value in found if not _PLACEHOLDER.match(value)]


def _documents() -> list[Path]:
    paths = [REPO / "README.md"]
    for folder in ("docs", "resources"):
        paths += [p for p in (REPO / folder).rglob("*") if p.is_file()]
    text_suffixes = {".md", ".toml", ".service", ".txt", ".yaml", ".yml", ".json", ".ini", ".env"}
    return sorted(p for p in paths if p.suffix in text_suffixes or p.name == "README.md")


def test_the_scan_finds_a_real_looking_secret() -> None:
    assert secret_findings('database_url = "postgresql://app:Hunter2x@db/app"\n')
    assert secret_findings("STADSPUNT_BRP_API_KEY=9f8e7d6c5b4a\n")
    assert secret_findings("password: Winter2026!\n")
    assert not secret_findings("STADSPUNT_KIOSK_HOST_PIN_HASH=...   (made with hash-pin)\n")
    assert not secret_findings('password = "$STADSPUNT_PASSWORD"\n')


def test_no_secret_in_docs_resources_or_readme() -> None:
    documents = _documents()
    assert REPO / "resources" / "stadspunt.example.toml" in documents
    findings = {
        str(path.relative_to(REPO)): hits
        for path in documents
        if (hits := secret_findings(path.read_text(encoding="utf-8", errors="replace")))
    }
    assert findings == {}


def test_the_example_configuration_loads_without_secrets(tmp_path: Path) -> None:
    settings = load_settings(REPO / "resources" / "stadspunt.example.toml", {})
    assert settings.database_password == "" and settings.brp.api_key == ""
