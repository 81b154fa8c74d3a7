"""Installation configuration: one TOML file plus ``STADSPUNT_*`` environment overrides.

Why one file per installation: a municipality runs several counters and kiosks from one image;
the file says where this machine stands (location, desk or kiosk id) and which device drivers
and database it uses. Environment variables win so that a service manager or the test suite can
change one value without writing files.

Secrets (the database password, the BRP API key, the kiosk's host PIN hash) never come from the
file: a file that holds one is refused. They come from the environment or, when the optional
``keyring`` package is installed, from the OS keyring under the service ``stadspunt``
(``SECRET_ENV`` names them).

This module has no Qt and no database imports (sqlalchemy's URL helper is imported only when a
password is put into the URL): every layer may read the configuration.
"""

from __future__ import annotations

import importlib
import logging
import os
import tomllib
from collections.abc import Mapping, Set
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "stadspunt"

#: The OS keyring service under which secrets are stored (``keyring set stadspunt NAME``).
KEYRING_SERVICE = APP_NAME

#: Every secret by its keyring name, with the environment variable that wins over the keyring.
#: None of them may appear in a configuration file: files are copied into backups, tickets and
#: repositories, the environment (a service manager's credential file) and the keyring are not.
SECRET_ENV: Mapping[str, str] = {
    "database_password": "STADSPUNT_DATABASE_PASSWORD",
    "brp_api_key": "STADSPUNT_BRP_API_KEY",
    "kiosk_host_pin_hash": "STADSPUNT_KIOSK_HOST_PIN_HASH",
    #: The kiosk outbox's encryption key (``app.services.outbox``), read by the outbox itself.
    "outbox_key": "STADSPUNT_OUTBOX_KEY",
}

#: Device slots and the drivers each accepts; ``simulator`` and ``pdf-folder`` are for the demo.
DEVICE_DRIVERS: Mapping[str, frozenset[str]] = {
    "card_reader": frozenset({"pcsc", "simulator", "none"}),
    "payment_terminal": frozenset({"opi", "simulator", "none"}),
    "printer": frozenset({"cups", "escpos", "pdf-folder", "none"}),
}

LANGUAGES = frozenset({"nl", "en"})

#: The RvIG GBA-V test set shipped in the repository: the demo's offline BRP.
BUNDLED_GBA_CSV = (
    Path(__file__).resolve().parents[1]
    / "resources"
    / "brp"
    / "gba-v-testset-persoonslijsten-2022-05-02.csv"
)
BRP_SOURCES = frozenset({"gba-csv", "haal-centraal"})


@dataclass(frozen=True)
class BrpSettings:
    """Where person data comes from.

    The API key is read from ``STADSPUNT_BRP_API_KEY`` or the keyring (``brp_api_key``) only:
    a key in a configuration file ends up in backups and tickets.
    """

    source: str = "gba-csv"
    csv_path: Path = BUNDLED_GBA_CSV
    api_url: str = ""
    api_key: str = field(default="", repr=False)
    timeout_seconds: float = 5.0


def default_print_folder() -> Path:
    return user_data_dir() / "prints"


@dataclass(frozen=True)
class PrinterSettings:
    """Where the configured printer driver prints (``[devices] printer``).

    ``folder`` is used by ``pdf-folder``; ``cups_queue`` empty means the CUPS default printer;
    ``escpos_connection`` is ``tcp://host[:port]`` or ``usb:VVVV:PPPP`` (hex ids) and
    ``escpos_profile`` a python-escpos printer profile name (e.g. ``TM-T88V``).
    """

    folder: Path = field(default_factory=default_print_folder)
    cups_queue: str = ""
    cups_server: str = ""
    escpos_connection: str = ""
    escpos_profile: str = ""
    timeout_seconds: float = 10.0


def default_trust_store() -> Path:
    return user_data_dir() / "csca"


@dataclass(frozen=True)
class CardReaderSettings:
    """The ``[card_reader]`` section: which PC/SC reader, how it is used, what it trusts.

    ``reader`` is a name or the start of one ("ACS ACR1252" matches "ACS ACR1252 1S CL Reader
    [...] 00 00"); empty takes the first reader PC/SC lists. ``max_read`` is the READ BINARY
    chunk: 223 works with every chip; a larger value (extended length) saves round trips on
    chips that support it. ``trust_store`` is a folder of CSCA certificates (PEM/DER) and ICAO
    master lists (.ml) that passive authentication checks document signers against.
    """

    reader: str = ""
    max_read: int = 0xDF
    exclusive: bool = False
    poll_ms: int = 500
    trust_store: Path = field(default_factory=default_trust_store)


#: The demo's host PIN, 2468 (argon2id): only for the demo; a real kiosk sets its own, from
#: ``STADSPUNT_KIOSK_HOST_PIN_HASH`` or the keyring, never from a file in the repository.
DEMO_HOST_PIN_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$c3RhZHNwdW50LWRlbW8$xQ2OxEvGjuhSTnl5Ex9+BXkb2GiHZCiqnhBS6tLRywQ"
)


@dataclass(frozen=True)
class KioskSettings:
    """The ``[kiosk]`` section: how an unattended kiosk guards itself and reports.

    ``host_pin_hash`` is an argon2 hash of the PIN a host types to close the kiosk or reach its
    settings (``stadspunt hash-pin`` makes one); empty means the demo PIN. ``idle_warning`` and
    ``idle_timeout`` are seconds without a touch before the kiosk asks "are you still there?"
    and before it ends the session. ``device_check`` is how often the devices are checked,
    ``heartbeat`` how often the kiosk tells the host view its state.
    """

    host_pin_hash: str = ""
    idle_warning: int = 45
    idle_timeout: int = 60
    device_check: int = 60
    heartbeat: int = 5
    #: Product codes the kiosk offers self-service for (also offered at the kiosk in the
    #: catalogue); the kiosk hides a product its devices cannot deliver.
    products: tuple[str, ...] = ("uittreksel-brp",)
    #: Folder of the kiosk's encrypted outbox (``app.services.outbox``); empty: the user data
    #: folder. Its key comes from STADSPUNT_OUTBOX_KEY or the keyring (``outbox_key``).
    outbox_dir: str = ""
    #: Without that key, allow the demo's generated key file beside the outbox (false on a
    #: real kiosk: a missing key then stops the kiosk at start).
    outbox_key_file: bool = True


@dataclass(frozen=True)
class CounterSettings:
    """The ``[counter]`` section: what a counter workstation does beyond the defaults.

    ``kto`` turns on the visitor's satisfaction question after a balie contact is saved: a
    dialog the employee turns to the visitor, or shows on a second screen that faces them.
    Off by default: not every desk has a screen the visitor can reach.
    """

    kto: bool = False


@dataclass(frozen=True)
class RetentionSettings:
    """The ``[retention]`` section: how long personal data in the registry is kept.

    ``contacts_months``: after this many months a contact is anonymised (``stadspunt retention
    run``); what the management information counts stays. The municipality's own
    documents in ``context/`` set no bewaartermijn for KCC contacts, so the default is two
    years: one full year to compare against, plus the year running.

    ``audit_years``: audit rows (protocollering) are deleted after this many years, never
    sooner than 20: the Wet BRP (art. 3.20) lets a resident ask to whom their data were given
    in the past 20 years, and our audit rows are how we answer.
    """

    contacts_months: int = 24
    audit_years: int = 20


#: The shortest audit retention the configuration accepts (see ``RetentionSettings``).
MIN_AUDIT_YEARS = 20


#: Largest OPI message accepted from a terminal (bigger frames are refused unread).
DEFAULT_MAX_FRAME = 64 * 1024
_MAX_PORT = 65535
#: A day: longer than any wait makes sense, short enough for every socket timeout.
_MAX_SECONDS = 86_400


@dataclass(frozen=True)
class OpiSettings:
    """The ``[payment]`` section: where the OPI terminal is and how long to wait for it.

    ``port`` is channel 0 (the ECR connects to the terminal); ``device_port`` is channel 1,
    where the ECR listens and the terminal connects for display, receipt and DeliveryBox
    requests (0 lets the OS choose, for tests). ``customer_timeout`` is how long a card may
    take to appear before the ECR aborts; ``response_timeout`` bounds every other wait.
    Whether DeliveryBox is asked (unattended) is the terminal's profile, not ours to set.
    """

    host: str = "127.0.0.1"
    port: int = 4100
    device_host: str = "127.0.0.1"
    device_port: int = 4102
    workstation_id: str = "StadsPunt"
    pop_id: str = "001"
    language: str = "nl"
    connect_timeout: float = 5.0
    response_timeout: float = 15.0
    customer_timeout: float = 120.0
    max_frame: int = DEFAULT_MAX_FRAME

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> OpiSettings:
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise ValueError(f"unknown [payment] keys: {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, value in raw.items():
            default = getattr(cls(), name)
            if isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValueError(f"[payment] {name} must be a whole number >= 0")
                if name in ("port", "device_port") and value > _MAX_PORT:
                    raise ValueError(f"[payment] {name} must be a port number 0..65535")
            elif isinstance(default, float):
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int | float)
                    or not 0 < value < _MAX_SECONDS  # also refuses nan, inf, 10**400
                ):
                    raise ValueError(f"[payment] {name} must be a number of seconds > 0")
                values[name] = float(value)
                continue
            elif not isinstance(value, str) or not value:
                raise ValueError(f"[payment] {name} must be a non-empty string")
            values[name] = value
        return cls(**values)


class ConfigError(Exception):
    """The configuration cannot be used; the message names the setting and what is wrong."""


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'stadspunt.db'}"


@dataclass(frozen=True)
class Settings:
    """Everything a process needs to know about where it runs.

    Frozen so that a value read at start-up cannot drift while windows hold on to it.
    """

    database_url: str = field(default_factory=default_database_url)
    #: From ``STADSPUNT_DATABASE_PASSWORD`` or the keyring, put into the URL by ``connect_url``.
    database_password: str = field(default="", repr=False)
    municipality: str = "Gemeente Voorbeeld"
    location: str = "Stadskantoor"
    desk: str = "Balie 1"
    kiosk_id: str = "KIOSK-01"
    language: str = "nl"
    log_dir: Path = field(default_factory=user_log_dir)
    devices: Mapping[str, str] = field(
        default_factory=lambda: {
            "card_reader": "simulator",
            "payment_terminal": "simulator",
            "printer": "pdf-folder",
        }
    )
    desks: tuple[str, ...] = ("Balie 1", "Balie 2", "Balie 3")
    #: The municipality's postal address and logo (PNG/JPEG) on printed documents.
    address: tuple[str, ...] = ()
    logo: Path | None = None
    brp: BrpSettings = field(default_factory=BrpSettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    card_reader: CardReaderSettings = field(default_factory=CardReaderSettings)
    payment: OpiSettings = field(default_factory=OpiSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    counter: CounterSettings = field(default_factory=CounterSettings)
    retention: RetentionSettings = field(default_factory=RetentionSettings)

    def with_database(self, url: str) -> Settings:
        return replace(self, database_url=url)

    def connect_url(self) -> str:
        """The URL to open the database with: ``database_url`` plus the password, if any.

        The password is set on sqlalchemy's URL object rather than pasted into the string, so
        that characters such as ``@``, ``:`` or ``/`` in it are escaped. The result holds the
        password: hand it to ``Database`` and never log it.
        """
        if not self.database_password or self.database_url.startswith("sqlite"):
            return self.database_url
        from sqlalchemy.engine import make_url

        url = make_url(self.database_url).set(password=self.database_password)
        return url.render_as_string(hide_password=False)


_ENV_PREFIX = "STADSPUNT_"
_SCALAR_KEYS = ("database_url", "municipality", "location", "desk", "kiosk_id", "language")


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "stadspunt.toml"


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the TOML file (if any) and apply environment overrides, then validate.

    A missing file at the default location is normal (demo, first start); a missing file that
    was named explicitly is an error, because the operator expected it to be used.
    """
    env = os.environ if environ is None else environ
    explicit = path is not None or f"{_ENV_PREFIX}CONFIG" in env
    config_path = path or Path(env.get(f"{_ENV_PREFIX}CONFIG", str(default_config_path())))
    data: dict[str, Any] = {}
    if config_path.exists():
        try:
            with config_path.open("rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{config_path}: not valid TOML ({exc})") from exc
        except UnicodeDecodeError as exc:
            # tomllib decodes the bytes itself and lets this through.
            raise ConfigError(f"{config_path}: not UTF-8 text ({exc.reason})") from exc
        except OSError as exc:
            raise ConfigError(f"{config_path}: cannot be read ({exc.strerror})") from exc
    elif explicit:
        raise ConfigError(f"{config_path}: configuration file not found")
    return _build(data, env, str(config_path))


def _build(data: Mapping[str, Any], env: Mapping[str, str], origin: str) -> Settings:
    known = {
        *_SCALAR_KEYS,
        "address",
        "logo",
        "log_dir",
        "devices",
        "desks",
        "brp",
        "printer",
        "card_reader",
        "payment",
        "kiosk",
        "counter",
        "retention",
    }
    _table(
        data,
        "",
        known,
        origin,
        hints={
            "database_password": " (the password belongs in STADSPUNT_DATABASE_PASSWORD "
            "or the keyring)"
        },
    )
    _refuse_password_in_url(data.get("database_url"), origin)
    values: dict[str, Any] = _scalars(data, env, origin)
    log_dir = env.get(f"{_ENV_PREFIX}LOG_DIR") or data.get("log_dir")
    if log_dir is not None:
        if not isinstance(log_dir, str):
            raise ConfigError(f"{origin}: 'log_dir' must be a path string")
        values["log_dir"] = _path(log_dir, "'log_dir'", origin)
    if "address" in data:
        address = data["address"]
        if not isinstance(address, list) or not all(isinstance(a, str) for a in address):
            raise ConfigError(f"{origin}: 'address' must be a list of lines")
        values["address"] = tuple(line.strip() for line in address if line.strip())
    if "logo" in data:
        logo = data["logo"]
        if not isinstance(logo, str) or not logo.strip():
            raise ConfigError(f"{origin}: 'logo' must be the path of a PNG or JPEG file")
        values["logo"] = _path(logo, "'logo'", origin)
        if values["logo"].suffix.lower() not in {".png", ".jpg", ".jpeg"}:
            raise ConfigError(f"{origin}: 'logo' must be a .png or .jpg file")
    if "desks" in data:
        desks = data["desks"]
        if not isinstance(desks, list) or not all(isinstance(d, str) and d for d in desks):
            raise ConfigError(f"{origin}: 'desks' must be a list of desk names")
        values["desks"] = tuple(desks)
    values["devices"] = _devices(data.get("devices", {}), env, origin)
    values["brp"] = _brp(data.get("brp", {}), env, origin)
    values["printer"] = _printer(data.get("printer", {}), env, origin, values["devices"])
    values["card_reader"] = _card_reader(data.get("card_reader", {}), env, origin)
    values["payment"] = _payment(data.get("payment", {}), env, origin)
    values["kiosk"] = _kiosk(data.get("kiosk", {}), env, origin)
    values["counter"] = _counter(data.get("counter", {}), origin)
    values["retention"] = _retention(data.get("retention", {}), origin)
    url = values.get("database_url") or default_database_url()
    if not url.startswith("sqlite"):
        values["database_password"] = read_secret("database_password", env)
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        raise ConfigError(f"{origin}: language '{settings.language}' is not one of nl, en")
    if not settings.database_url.startswith(("sqlite", "postgresql")):
        raise ConfigError(
            f"{origin}: database_url must be a sqlite:/// file or a postgresql+psycopg:// URL"
        )
    return settings


def read_secret(name: str, env: Mapping[str, str]) -> str:
    """A secret from its environment variable, else from the OS keyring, else empty.

    The keyring is optional (``pip install stadspunt[keyring]``) and imported only here, so
    an installation without it starts as before. A keyring that fails (no D-Bus session, a
    locked store) counts as not having the secret: the caller then fails on the missing
    password with its own clear message, instead of start-up failing on the keyring.
    """
    value = env.get(SECRET_ENV[name], "").strip()
    if value:
        return value
    try:
        keyring = importlib.import_module("keyring")
    except ImportError:
        return ""
    try:
        stored = keyring.get_password(KEYRING_SERVICE, name)
    except Exception as exc:  # every backend raises its own kinds
        # NoKeyringError: installed, but this machine has no keyring (a server, CI): normal.
        quiet = exc.__class__.__name__ == "NoKeyringError"
        log.log(
            logging.DEBUG if quiet else logging.WARNING,
            "keyring not usable for %s: %s",
            name,
            exc.__class__.__name__,
        )
        return ""
    return stored.strip() if isinstance(stored, str) else ""


def _refuse_password_in_url(raw: object, origin: str) -> None:
    """A database_url in the file may name user and host, never the password."""
    if not isinstance(raw, str):
        return
    try:
        parts = urlsplit(raw.strip())
        password = parts.password
    except ValueError:  # an unparsable netloc: the URL check below reports it
        return
    if password or "password" in parse_qs(parts.query):
        raise ConfigError(
            f"{origin}: database_url contains a password; put the password in "
            "STADSPUNT_DATABASE_PASSWORD or the keyring (service stadspunt, name "
            "database_password), not in a file"
        )


def _path(value: str, name: str, origin: str) -> Path:
    """``value`` as a path with ``~`` expanded; ``~user`` of an unknown user is refused here
    (``expanduser`` raises RuntimeError for it) rather than at start-up."""
    try:
        return Path(value).expanduser()
    except RuntimeError as exc:
        raise ConfigError(f"{origin}: {name}: {exc}") from exc


def _scalars(data: Mapping[str, Any], env: Mapping[str, str], origin: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in _SCALAR_KEYS:
        if key in data:
            if not isinstance(data[key], str) or not data[key].strip():
                raise ConfigError(f"{origin}: '{key}' must be a non-empty string")
            values[key] = data[key].strip()
        env_value = env.get(_ENV_PREFIX + key.upper())
        if env_value:
            values[key] = env_value.strip()
    return values


def _devices(raw: object, env: Mapping[str, str], origin: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: [devices] must be a table")
    devices = {**Settings().devices, **{str(k): v for k, v in raw.items()}}
    for slot in DEVICE_DRIVERS:
        env_value = env.get(f"{_ENV_PREFIX}DEVICE_{slot.upper()}")
        if env_value:
            devices[slot] = env_value.strip()
    for slot, driver in devices.items():
        allowed = DEVICE_DRIVERS.get(slot)
        if allowed is None:
            raise ConfigError(f"{origin}: unknown device slot '{slot}'")
        if not isinstance(driver, str) or driver not in allowed:
            raise ConfigError(
                f"{origin}: device '{slot}' has driver '{driver}'; "
                f"choose one of {', '.join(sorted(allowed))}"
            )
    return devices


def _table(
    raw: object,
    section: str,
    names: Set[str],
    origin: str,
    hints: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A section that must be a table of known settings; ``hints`` explain a refused name.

    ``section`` empty is the file's top level.
    """
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: [{section}] must be a table")
    unknown = sorted(set(raw) - names)
    if unknown:
        hint = "".join(text for name, text in (hints or {}).items() if name in unknown)
        where = f"[{section}] " if section else ""
        raise ConfigError(f"{origin}: unknown {where}setting(s): {', '.join(unknown)}{hint}")
    return raw


def _flag(raw: Mapping[str, Any], section: str, name: str, origin: str) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{origin}: {section} {name} must be true or false")
    return value


def _brp(raw: object, env: Mapping[str, str], origin: str) -> BrpSettings:
    raw = _table(
        raw,
        "brp",
        {"source", "csv_path", "api_url", "timeout_seconds"},
        origin,
        hints={
            "api_key": " (the API key belongs in STADSPUNT_BRP_API_KEY or the keyring, "
            "name brp_api_key)"
        },
    )
    source = env.get(f"{_ENV_PREFIX}BRP_SOURCE") or raw.get("source", "gba-csv")
    if not isinstance(source, str) or source not in BRP_SOURCES:
        raise ConfigError(
            f"{origin}: brp source '{source}'; choose one of {', '.join(sorted(BRP_SOURCES))}"
        )
    csv_raw = env.get(f"{_ENV_PREFIX}BRP_CSV_PATH") or raw.get("csv_path")
    if csv_raw is not None and (not isinstance(csv_raw, str) or not csv_raw.strip()):
        raise ConfigError(f"{origin}: brp csv_path must be a path string")
    csv_path = _path(csv_raw, "brp csv_path", origin) if csv_raw else BUNDLED_GBA_CSV
    api_url = env.get(f"{_ENV_PREFIX}BRP_API_URL") or raw.get("api_url", "")
    if not isinstance(api_url, str):
        raise ConfigError(f"{origin}: brp api_url must be a URL string")
    api_url = api_url.rstrip("/")
    timeout = raw.get("timeout_seconds", 5.0)
    if not isinstance(timeout, int | float) or not 0 < timeout <= 120:
        raise ConfigError(f"{origin}: brp timeout_seconds must be a number of seconds up to 120")
    if source == "haal-centraal" and not api_url.startswith(("https://", "http://")):
        raise ConfigError(f"{origin}: brp source haal-centraal needs api_url (https://...)")
    return BrpSettings(
        source=source,
        csv_path=csv_path,
        api_url=api_url,
        api_key=read_secret("brp_api_key", env) if source == "haal-centraal" else "",
        timeout_seconds=float(timeout),
    )


def _printer(
    raw: object, env: Mapping[str, str], origin: str, devices: Mapping[str, str]
) -> PrinterSettings:
    strings = ("cups_queue", "cups_server", "escpos_connection", "escpos_profile")
    raw = _table(raw, "printer", {"folder", *strings, "timeout_seconds"}, origin)
    values: dict[str, Any] = {}
    for key in strings:
        if key in raw:
            if not isinstance(raw[key], str):
                raise ConfigError(f"{origin}: printer {key} must be a string")
            values[key] = raw[key].strip()
    folder = env.get(f"{_ENV_PREFIX}PRINTER_FOLDER") or raw.get("folder")
    if folder is not None:
        if not isinstance(folder, str) or not folder.strip():
            raise ConfigError(f"{origin}: printer folder must be a path string")
        values["folder"] = _path(folder, "printer folder", origin)
    timeout = raw.get("timeout_seconds", 10.0)
    if not isinstance(timeout, int | float) or not 0 < timeout <= 120:
        raise ConfigError(
            f"{origin}: printer timeout_seconds must be a number of seconds up to 120"
        )
    values["timeout_seconds"] = float(timeout)
    connection = values.get("escpos_connection", "")
    if devices.get("printer") == "escpos" and not connection.startswith(("tcp://", "usb:")):
        raise ConfigError(
            f"{origin}: printer escpos needs [printer] escpos_connection "
            "(tcp://host:9100 or usb:VVVV:PPPP)"
        )
    return PrinterSettings(**values)


def _card_reader(raw: object, env: Mapping[str, str], origin: str) -> CardReaderSettings:
    names = {"reader", "max_read", "exclusive", "poll_ms", "trust_store"}
    raw = _table(raw, "card_reader", names, origin)
    values: dict[str, Any] = {}
    reader = env.get(f"{_ENV_PREFIX}CARD_READER") or raw.get("reader", "")
    if not isinstance(reader, str):
        raise ConfigError(f"{origin}: card_reader reader must be a string")
    values["reader"] = reader.strip()
    max_read = raw.get("max_read", 0xDF)
    if type(max_read) is not int or not 1 <= max_read <= 0xFFFF:
        raise ConfigError(f"{origin}: card_reader max_read must be a whole number 1..65535")
    values["max_read"] = max_read
    poll_ms = raw.get("poll_ms", 500)
    if type(poll_ms) is not int or not 50 <= poll_ms <= 10_000:
        raise ConfigError(f"{origin}: card_reader poll_ms must be 50..10000 milliseconds")
    values["poll_ms"] = poll_ms
    values["exclusive"] = _flag(raw, "card_reader", "exclusive", origin)
    trust = env.get(f"{_ENV_PREFIX}TRUST_STORE") or raw.get("trust_store")
    if trust is not None:
        if not isinstance(trust, str) or not trust.strip():
            raise ConfigError(f"{origin}: card_reader trust_store must be a folder path")
        values["trust_store"] = _path(trust, "card_reader trust_store", origin)
    return CardReaderSettings(**values)


def _kiosk(raw: object, env: Mapping[str, str], origin: str) -> KioskSettings:
    names = {
        "idle_warning",
        "idle_timeout",
        "device_check",
        "heartbeat",
        "products",
        "outbox_dir",
        "outbox_key_file",
    }
    raw = _table(
        raw,
        "kiosk",
        names,
        origin,
        hints={
            "host_pin_hash": " (the PIN's argon2 hash is a secret: it belongs in "
            "STADSPUNT_KIOSK_HOST_PIN_HASH or the keyring, name kiosk_host_pin_hash)"
        },
    )
    values: dict[str, Any] = {}
    pin_hash = read_secret("kiosk_host_pin_hash", env)
    if pin_hash and not pin_hash.startswith("$argon2"):
        raise ConfigError(f"{origin}: kiosk host_pin_hash must be an argon2 hash")
    values["host_pin_hash"] = pin_hash
    for key, low, high in (
        ("idle_warning", 5, 600),
        ("idle_timeout", 10, 900),
        ("device_check", 5, 3600),
        ("heartbeat", 1, 300),
    ):
        if key in raw:
            value = raw[key]
            if type(value) is not int or not low <= value <= high:
                raise ConfigError(f"{origin}: kiosk {key} must be {low}..{high} seconds")
            values[key] = value
    if "products" in raw:
        products = raw["products"]
        if not isinstance(products, list) or not all(isinstance(c, str) for c in products):
            raise ConfigError(f"{origin}: kiosk products must be a list of product codes")
        values["products"] = tuple(products)
    if "outbox_dir" in raw:
        if not isinstance(raw["outbox_dir"], str):
            raise ConfigError(f"{origin}: kiosk outbox_dir must be a folder path")
        values["outbox_dir"] = raw["outbox_dir"]
    if "outbox_key_file" in raw:
        values["outbox_key_file"] = _flag(raw, "kiosk", "outbox_key_file", origin)
    settings = KioskSettings(**values)
    if settings.idle_warning >= settings.idle_timeout:
        raise ConfigError(f"{origin}: kiosk idle_warning must be shorter than idle_timeout")
    return settings


def _counter(raw: object, origin: str) -> CounterSettings:
    raw = _table(raw, "counter", {"kto"}, origin)
    return CounterSettings(kto=_flag(raw, "counter", "kto", origin))


def _retention(raw: object, origin: str) -> RetentionSettings:
    raw = _table(raw, "retention", {"contacts_months", "audit_years"}, origin)
    months = raw.get("contacts_months", RetentionSettings.contacts_months)
    if type(months) is not int or not 1 <= months <= 1200:
        raise ConfigError(f"{origin}: retention contacts_months must be a whole number 1..1200")
    years = raw.get("audit_years", RetentionSettings.audit_years)
    if type(years) is not int or not MIN_AUDIT_YEARS <= years <= 100:
        raise ConfigError(
            f"{origin}: retention audit_years must be a whole number {MIN_AUDIT_YEARS}..100 "
            "(the Wet BRP asks 20 years of protocollering)"
        )
    return RetentionSettings(contacts_months=months, audit_years=years)


def _payment(raw: object, env: Mapping[str, str], origin: str) -> OpiSettings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: [payment] must be a table")
    values = dict(raw)
    host = env.get(f"{_ENV_PREFIX}PAYMENT_HOST")
    if host:
        values["host"] = host.strip()
    try:
        return OpiSettings.from_mapping(values)
    except ValueError as exc:
        raise ConfigError(f"{origin}: {exc}") from exc
