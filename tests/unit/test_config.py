"""Configuration file plus STADSPUNT_* overrides, and clear errors for bad files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.config import ConfigError, load_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "stadspunt.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_values_and_environment_overrides(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
municipality = "Gemeente Delft"
location = "Stadskantoor Delft"
desks = ["Balie 1", "Balie 2"]
database_url = "sqlite:////tmp/x.db"

[devices]
printer = "cups"
""",
    )
    env = {
        "STADSPUNT_DATABASE_URL": "postgresql+psycopg://u:p@db/stadspunt",
        "STADSPUNT_DEVICE_CARD_READER": "pcsc",
        "STADSPUNT_DESK": "Balie 7",
    }
    settings = load_settings(path, env)
    assert settings.municipality == "Gemeente Delft"
    assert settings.desks == ("Balie 1", "Balie 2")
    assert settings.database_url == "postgresql+psycopg://u:p@db/stadspunt"
    assert settings.desk == "Balie 7"
    assert settings.devices["printer"] == "cups"
    assert settings.devices["card_reader"] == "pcsc"
    assert settings.devices["payment_terminal"] == "simulator"


def test_no_file_gives_defaults_with_sqlite_in_user_data_dir(tmp_path: Path) -> None:
    settings = load_settings(None, {"HOME": str(tmp_path)})
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("stadspunt.db")
    assert settings.language == "nl"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("municipality = ", "not valid TOML"),
        ("colour = 'red'", "unknown setting(s): colour"),
        ("[devices]\nprinter = 'laser'", "choose one of cups, escpos, none, pdf-folder"),
        ("[devices]\ntoaster = 'none'", "unknown device slot 'toaster'"),
        ("language = 'de'", "language 'de'"),
        ("database_url = 'mysql://x'", "database_url must be"),
        ("desks = 'Balie 1'", "'desks' must be a list"),
        ("location = ''", "'location' must be a non-empty string"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(_write(tmp_path, text), {})
    assert message in str(info.value)


def test_named_file_that_is_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(None, {"STADSPUNT_CONFIG": str(tmp_path / "missing.toml")})


def test_bad_environment_driver_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="payment_terminal"):
        load_settings(None, {"HOME": str(tmp_path), "STADSPUNT_DEVICE_PAYMENT_TERMINAL": "cash"})


def test_shipped_example_config_loads() -> None:
    example = Path(__file__).parents[2] / "resources" / "stadspunt.example.toml"
    settings = load_settings(example, {})
    assert settings.kiosk_id == "KIOSK-01"
    assert settings.devices["printer"] == "pdf-folder"


def test_brp_defaults_to_the_bundled_test_set(tmp_path: Path) -> None:
    settings = load_settings(None, {"HOME": str(tmp_path)})
    assert settings.brp.source == "gba-csv"
    assert settings.brp.csv_path.is_file()


def test_brp_api_settings_with_key_from_environment(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "[brp]\nsource = 'haal-centraal'\napi_url = 'https://brp.example/api/'\n"
    )
    settings = load_settings(path, {"STADSPUNT_BRP_API_KEY": "geheim"})
    assert settings.brp.api_url == "https://brp.example/api"
    assert settings.brp.api_key == "geheim"
    assert "geheim" not in repr(settings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[brp]\napi_key = 'x'", "STADSPUNT_BRP_API_KEY"),
        ("[brp]\nsource = 'haal-centraal'", "needs api_url"),
        ("[brp]\nsource = 'gba'", "choose one of gba-csv, haal-centraal"),
        ("[brp]\ntimeout_seconds = 0", "timeout_seconds"),
    ],
)
def test_bad_brp_settings(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(_write(tmp_path, text), {})


def test_address_logo_card_reader_and_payment_sections(tmp_path: Path) -> None:
    from app.services.documents.thermal import Sender

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    config = tmp_path / "stadspunt.toml"
    config.write_text(
        f"""
address = ["Markt 1", "1234 AB Voorbeeld"]
logo = "{logo}"
[card_reader]
reader = "ACS ACR1252"
max_read = 1024
trust_store = "{tmp_path / "csca"}"
[payment]
host = "10.0.0.7"
workstation_id = "KIOSK-01"
customer_timeout = 90
""",
        encoding="utf-8",
    )
    settings = load_settings(config, environ={})
    assert settings.address == ("Markt 1", "1234 AB Voorbeeld")
    assert (settings.card_reader.reader, settings.card_reader.max_read) == ("ACS ACR1252", 1024)
    assert settings.card_reader.trust_store == tmp_path / "csca"
    assert (settings.payment.host, settings.payment.port) == ("10.0.0.7", 4100)
    assert settings.payment.customer_timeout == 90.0
    sender = Sender.from_settings(settings)
    assert (sender.address, sender.logo) == (("Markt 1", "1234 AB Voorbeeld"), logo)
    logo.unlink()
    assert Sender.from_settings(settings).logo is None  # a missing file is left off


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[card_reader]\nmax_read = 0\n", "max_read"),
        ('[card_reader]\ncolour = "red"\n', "unknown [card_reader]"),
        ('[payment]\nport = "4100"\n', "[payment] port"),
        ("[payment]\nbogus = 1\n", "unknown [payment]"),
        ('logo = "logo.gif"\n', "logo"),
        ("address = 12\n", "address"),
        ('[kiosk]\nhost_pin_hash = "2468"\n', "argon2 hash"),
        ("[kiosk]\nidle_timeout = 5\n", "idle_timeout"),
        ("[kiosk]\nidle_warning = 50\nidle_timeout = 40\n", "shorter than idle_timeout"),
        ('[kiosk]\nproducts = "uittreksel-brp"\n', "kiosk products"),
        ("[kiosk]\nlock = true\n", "unknown [kiosk]"),
        ('[counter]\nkto = "yes"\n', "counter kto must be true or false"),
        ("[counter]\nsurvey = true\n", "unknown [counter]"),
        ("counter = 1\n", "[counter] must be a table"),
    ],
)
def test_bad_device_sections_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "stadspunt.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(config, environ={})


def test_kiosk_section_and_pin_hash_from_the_environment(tmp_path: Path) -> None:
    from argon2 import PasswordHasher

    from app.config import DEMO_HOST_PIN_HASH

    config = tmp_path / "stadspunt.toml"
    config.write_text(
        '[kiosk]\nidle_warning = 30\nidle_timeout = 50\nproducts = ["uittreksel-brp"]\n',
        encoding="utf-8",
    )
    defaults = load_settings(config, environ={}).kiosk
    assert (defaults.idle_warning, defaults.idle_timeout) == (30, 50)
    assert (defaults.device_check, defaults.heartbeat) == (60, 5)
    assert defaults.host_pin_hash == ""  # the demo PIN until a real one is set
    assert PasswordHasher().verify(DEMO_HOST_PIN_HASH, "2468")
    secret = PasswordHasher().hash("975310")
    kiosk = load_settings(config, environ={"STADSPUNT_KIOSK_HOST_PIN_HASH": secret}).kiosk
    assert kiosk.host_pin_hash == secret  # a secret comes from the environment, not the file


def test_counter_kto_is_off_unless_turned_on(tmp_path: Path) -> None:
    config = tmp_path / "stadspunt.toml"
    config.write_text('desk = "Balie 2"\n', encoding="utf-8")
    assert load_settings(config, environ={}).counter.kto is False
    config.write_text("[counter]\nkto = true\n", encoding="utf-8")
    assert load_settings(config, environ={}).counter.kto is True
