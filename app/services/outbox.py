"""The kiosk's encrypted local outbox: what the database could not take yet, kept on disk.

A kiosk must go on when its database is gone (server restart, network cut): a visitor who
has paid gets the uittreksel, and the journal's "approved" and "delivered" and the session's
record must not be lost because the database heard of them later. They wait here and are
replayed through the normal service calls, which are idempotent (a session record per uuid,
a payment transition to the state it already has changes nothing), so an entry that is
replayed twice (the kiosk died between the commit and the delete) is harmless.

On disk: one file per entry in ``<dir>/pending``, AES-256-GCM with a fresh nonce, the file's
name bound in as associated data (a file renamed to another entry does not decrypt). The name
is a sequence number (replay keeps the order things happened in) and an HMAC of the entry's
uuid, so neither the content nor the name says whose or which contact it is. A file is written
beside its final name, fsynced, renamed into place and the folder fsynced: a power cut leaves
either the old entry set or the new one, never a half file under a real name, and a leftover
temporary file is ignored. An entry that cannot be decrypted (tampered, truncated) or that the
service refuses for good (conflict, validation) is moved to ``<dir>/rejected``, still
encrypted, and logged with its uuid when known: never retried forever, never dropped silently.

The key (32 bytes, base64) comes from ``STADSPUNT_OUTBOX_KEY`` or the OS keyring
(``outbox_key``, through ``app.config.read_secret``). Without it, and only when ``key_file``
is allowed (the demo), a key is generated into ``<dir>/outbox.key`` with mode 0600 and a
warning is logged at every start. Be honest about that trade-off: a key beside the data
protects only against someone who copies the ``pending`` folder without the key file, or
reads a backup that left it out; anyone who can read the kiosk's account can read both. A
real kiosk takes the key from the environment or the keyring.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid5

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.exc import OperationalError

from app.registry.db import DatabaseUnavailableError
from app.registry.models_payment import PaymentState
from app.services.auth import Principal
from app.services.kiosk_hall import KioskSessionRecord, KioskTask, SessionOutcome
from app.services.payments import PaymentService, TerminalOutcome

if TYPE_CHECKING:
    from app.config import Settings
    from app.services import Services

log = logging.getLogger(__name__)

KEY_ENV = "STADSPUNT_OUTBOX_KEY"
#: Its name in the OS keyring (service ``stadspunt``).
KEY_NAME = "outbox_key"
KEY_FILE = "outbox.key"
_MAGIC = b"SPOB1"
_NONCE = 12
_SUFFIX = ".entry"

#: Entry kinds and the service call that replays each.
SESSION = "kiosk.session"
SETTLE = "payment.settle"
DELIVER = "payment.deliver"

Applier = Callable[[dict[str, Any]], object]


class OutboxError(Exception):
    """The outbox cannot do what was asked (no key, unreadable entry); nothing personal in it."""

    code = "outbox_error"


class OutboxKeyError(OutboxError):
    code = "outbox_key"


class OutboxCorruptError(OutboxError):
    """An entry does not decrypt or parse: tampered with, truncated, or another kiosk's key."""

    code = "outbox_corrupt"


@dataclass(frozen=True)
class OutboxSettings:
    """``[kiosk] outbox_dir`` and ``outbox_key_file``; the lead wires them in ``config.py``.

    ``directory`` None means the user data folder. ``key_file`` allows the demo's generated key
    file when ``STADSPUNT_OUTBOX_KEY`` is not set; a production kiosk sets it to false, and then
    a missing key is an error at start rather than data written under a key lying beside it.
    """

    directory: Path | None = None
    key_file: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> OutboxSettings:
        kiosk = settings.kiosk
        folder = getattr(kiosk, "outbox_dir", None)
        return cls(
            directory=Path(folder).expanduser() if folder else None,
            key_file=bool(getattr(kiosk, "outbox_key_file", True)),
        )

    def folder(self, kiosk_id: str) -> Path:
        if self.directory is not None:
            return self.directory
        from app.config import user_data_dir

        return user_data_dir() / f"outbox-{kiosk_id}"


def outbox_key(folder: Path, *, key_file: bool, environ: Mapping[str, str] | None = None) -> bytes:
    """The outbox key: the environment or the OS keyring first, then (demo only) the key
    file; see the module."""
    value = _secret(environ if environ is not None else os.environ).strip()
    if value:
        try:
            key = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as error:
            raise OutboxKeyError(f"{KEY_ENV} is not base64") from error
        if len(key) != 32:
            raise OutboxKeyError(f"{KEY_ENV} must hold 32 bytes, not {len(key)}")
        return key
    if not key_file:
        raise OutboxKeyError(f"no outbox key: set {KEY_ENV} (32 bytes, base64)")
    path = folder / KEY_FILE
    log.warning(
        "outbox key read from a file beside the outbox (demo only): set %s on a real kiosk",
        KEY_ENV,
    )
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_bytes(32)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            key = path.read_bytes()
        else:
            try:
                os.write(fd, key)
                os.fsync(fd)
            finally:
                os.close(fd)
    if len(key) != 32:
        raise OutboxKeyError("the outbox key file does not hold 32 bytes")
    return key


def _secret(environ: Mapping[str, str]) -> str:
    """``STADSPUNT_OUTBOX_KEY``, or the keyring's ``outbox_key`` once ``app.config`` lists it
    among its secrets (``SECRET_ENV``); the environment alone until then."""
    from app import config

    if KEY_NAME in getattr(config, "SECRET_ENV", {}):
        return config.read_secret(KEY_NAME, environ)
    return environ.get(KEY_ENV, "")


@dataclass(frozen=True)
class OutboxEntry:
    uuid: UUID
    kind: str
    payload: dict[str, Any]
    #: The file's name: the order of replay.
    name: str

    def __repr__(self) -> str:  # the payload may hold a partij uuid: not for tracebacks
        return f"OutboxEntry({self.kind}, {self.uuid})"


@dataclass(frozen=True)
class ReplayReport:
    applied: tuple[UUID, ...]
    rejected: tuple[UUID, ...]
    #: Entries left for the next replay (the database went away, or no applier for the kind).
    remaining: int


class Outbox:
    """``put`` durably, ``pending`` in order, ``done`` after the service committed."""

    def __init__(self, folder: Path, key: bytes) -> None:
        if len(key) != 32:
            raise OutboxKeyError("an outbox key is 32 bytes")
        self.folder = folder
        self.pending_dir = folder / "pending"
        self.rejected_dir = folder / "rejected"
        self._aead = AESGCM(key)
        self._name_key = hmac.new(key, b"stadspunt outbox names", hashlib.sha256).digest()
        self._lock = threading.Lock()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for directory in (self.pending_dir, self.rejected_dir):
            directory.mkdir(exist_ok=True, mode=0o700)

    @classmethod
    def open(cls, settings: OutboxSettings, kiosk_id: str) -> Outbox:
        folder = settings.folder(kiosk_id)
        return cls(folder, outbox_key(folder, key_file=settings.key_file))

    # -- writing ----------------------------------------------------------------------------

    def _tag(self, uuid: UUID) -> str:
        return hmac.new(self._name_key, uuid.bytes, hashlib.sha256).hexdigest()[:32]

    def _find(self, uuid: UUID) -> Path | None:
        tag = self._tag(uuid)
        for path in self.pending_dir.glob(f"*-{tag}{_SUFFIX}"):
            return path
        return None

    def put(self, kind: str, payload: Mapping[str, Any], uuid: UUID) -> None:
        """Keep ``payload`` until ``done(uuid)``; a second put under the same uuid replaces the
        first in its place in the order (a record completed later, such as a KTO answer)."""
        plain = json.dumps(
            {"uuid": str(uuid), "kind": kind, "payload": dict(payload)},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        with self._lock:
            path = self._find(uuid) or self.pending_dir / (
                f"{time.time_ns():020d}-{self._tag(uuid)}{_SUFFIX}"
            )
            nonce = secrets.token_bytes(_NONCE)
            sealed = _MAGIC + nonce + self._aead.encrypt(nonce, plain, _aad(path.name))
            _write_atomic(path, sealed)
        log.info("outbox: %s %s kept", kind, uuid)

    def done(self, uuid: UUID) -> None:
        """The service has it: the entry goes (no error when it was gone already)."""
        with self._lock:
            path = self._find(uuid)
            if path is None:
                return
            path.unlink(missing_ok=True)
            _fsync_dir(self.pending_dir)

    # -- reading ----------------------------------------------------------------------------

    def load(self, path: Path) -> OutboxEntry:
        """One entry; ``OutboxCorruptError`` when it does not decrypt or parse."""
        try:
            sealed = path.read_bytes()
        except FileNotFoundError as error:
            raise OutboxCorruptError("entry gone") from error
        if not sealed.startswith(_MAGIC) or len(sealed) < len(_MAGIC) + _NONCE + 16:
            raise OutboxCorruptError(f"entry {path.name}: not an outbox entry")
        nonce = sealed[len(_MAGIC) : len(_MAGIC) + _NONCE]
        try:
            plain = self._aead.decrypt(nonce, sealed[len(_MAGIC) + _NONCE :], _aad(path.name))
        except InvalidTag as error:
            raise OutboxCorruptError(f"entry {path.name}: does not decrypt") from error
        try:
            data = json.loads(plain)
            entry = OutboxEntry(
                UUID(data["uuid"]), str(data["kind"]), dict(data["payload"]), path.name
            )
        except (ValueError, KeyError, TypeError) as error:
            raise OutboxCorruptError(f"entry {path.name}: not readable") from error
        if not path.name.endswith(f"-{self._tag(entry.uuid)}{_SUFFIX}"):
            raise OutboxCorruptError(f"entry {path.name}: not under its own name")
        return entry

    def pending(self) -> list[OutboxEntry]:
        """Every readable entry, oldest first; an unreadable one is moved aside (logged)."""
        entries: list[OutboxEntry] = []
        for path in sorted(self.pending_dir.glob(f"*{_SUFFIX}")):
            try:
                entries.append(self.load(path))
            except OutboxCorruptError as error:
                if not path.exists():
                    continue  # done() by another thread since the listing
                log.error("outbox: %s; moved aside", error)
                self._move_aside(path)
        return entries

    def __len__(self) -> int:
        return sum(1 for _ in self.pending_dir.glob(f"*{_SUFFIX}"))

    def rejected(self) -> list[Path]:
        return sorted(self.rejected_dir.glob(f"*{_SUFFIX}"))

    def _move_aside(self, path: Path) -> None:
        with self._lock:
            try:
                os.replace(path, self.rejected_dir / path.name)
            except FileNotFoundError:
                return
            _fsync_dir(self.rejected_dir)
            _fsync_dir(self.pending_dir)

    # -- replay -----------------------------------------------------------------------------

    def replay(self, appliers: Mapping[str, Applier], *, skip: Iterable[UUID] = ()) -> ReplayReport:
        """Apply the entries in order, each removed only after its call returned (committed).

        The database gone again stops the round (the rest waits, in order); a refusal (any
        other error: the service said no, or the payload is not what the call takes) moves
        the entry aside. ``skip``: entries still being completed (the kiosk's record that
        waits for the KTO answer).
        """
        skipped = set(skip)
        applied: list[UUID] = []
        rejected: list[UUID] = []
        entries = self.pending()
        for index, entry in enumerate(entries):
            if entry.uuid in skipped:
                continue
            apply = appliers.get(entry.kind)
            if apply is None:
                continue
            try:
                apply(entry.payload)
            except (DatabaseUnavailableError, OperationalError) as error:
                log.warning(
                    "outbox replay stopped: database unavailable (%s)", type(error).__name__
                )
                left = [e for e in entries[index:] if e.uuid not in skipped]
                return ReplayReport(tuple(applied), tuple(rejected), len(left))
            except Exception as error:
                log.error(
                    "outbox: %s %s refused (%s); moved aside",
                    entry.kind,
                    entry.uuid,
                    getattr(error, "code", type(error).__name__),
                )
                self._move_aside(self.pending_dir / entry.name)
                rejected.append(entry.uuid)
                continue
            self.done(entry.uuid)
            applied.append(entry.uuid)
            log.info("outbox: %s %s replayed", entry.kind, entry.uuid)
        return ReplayReport(tuple(applied), tuple(rejected), len(self))


# -- what the kiosk keeps, and how it goes back ----------------------------------------------------


def settle_id(payment_uuid: UUID) -> UUID:
    """The outbox uuid of a payment's terminal answer (one per payment)."""
    return uuid5(payment_uuid, SETTLE)


def deliver_id(payment_uuid: UUID) -> UUID:
    return uuid5(payment_uuid, DELIVER)


def settle_payload(payment_uuid: UUID, outcome: TerminalOutcome) -> dict[str, Any]:
    return {
        "payment": str(payment_uuid),
        "state": outcome.state.value,
        "approval_code": outcome.approval_code,
        "stan": outcome.stan,
        "card_brand": outcome.card_brand,
        "masked_pan": outcome.masked_pan,
        "customer_receipt": outcome.customer_receipt,
        "merchant_receipt": outcome.merchant_receipt,
        "detail": outcome.detail,
    }


def settle_from(payload: Mapping[str, Any]) -> tuple[UUID, TerminalOutcome]:
    data = dict(payload)
    payment = UUID(data.pop("payment"))
    data["state"] = PaymentState(data["state"])
    return payment, TerminalOutcome(**data)


def session_payload(record: KioskSessionRecord) -> dict[str, Any]:
    return {
        "uuid": str(record.uuid),
        "kiosk_id": record.kiosk_id,
        "task": record.task.value,
        "outcome": record.outcome.value,
        "last_step": record.last_step,
        "started_at": record.started_at.isoformat(),
        "ended_at": record.ended_at.isoformat(),
        "language": record.language,
        "product_code": record.product_code,
        "payment_uuid": str(record.payment_uuid) if record.payment_uuid else None,
        "partij_uuid": str(record.partij_uuid) if record.partij_uuid else None,
        "ticket_code": record.ticket_code,
        "help_requested": record.help_requested,
        "kto_score": record.kto_score,
    }


def session_from(payload: Mapping[str, Any]) -> KioskSessionRecord:
    def optional_uuid(value: object) -> UUID | None:
        return UUID(str(value)) if value else None

    return KioskSessionRecord(
        uuid=UUID(str(payload["uuid"])),
        kiosk_id=str(payload["kiosk_id"]),
        task=KioskTask(payload["task"]),
        outcome=SessionOutcome(payload["outcome"]),
        last_step=str(payload["last_step"]),
        started_at=datetime.fromisoformat(str(payload["started_at"])),
        ended_at=datetime.fromisoformat(str(payload["ended_at"])),
        language=str(payload["language"]),
        product_code=payload.get("product_code"),
        payment_uuid=optional_uuid(payload.get("payment_uuid")),
        partij_uuid=optional_uuid(payload.get("partij_uuid")),
        ticket_code=payload.get("ticket_code"),
        help_requested=bool(payload.get("help_requested", False)),
        kto_score=payload.get("kto_score"),
    )


def payment_appliers(payments: PaymentService, principal: Principal) -> dict[str, Applier]:
    """The journal's entries: settle before deliver, each a no-op when the state is there."""

    def settle(payload: dict[str, Any]) -> object:
        payment, outcome = settle_from(payload)
        return payments.replay_outcome(principal, payment, outcome)

    def deliver(payload: dict[str, Any]) -> object:
        return payments.mark_delivered(principal, UUID(str(payload["payment"])))

    return {SETTLE: settle, DELIVER: deliver}


def service_appliers(services: Services, principal: Principal) -> dict[str, Applier]:
    """Everything a kiosk keeps: the journal's entries and the session records."""
    hall = services.kiosk_hall

    def record(payload: dict[str, Any]) -> object:
        return hall.record_session(principal, session_from(payload))

    return {**payment_appliers(services.payments, principal), SESSION: record}


def replay(
    outbox: Outbox, services: Services, principal: Principal, *, skip: Iterable[UUID] = ()
) -> ReplayReport:
    """The kiosk's heartbeat replay (database worker)."""
    return outbox.replay(service_appliers(services, principal), skip=skip)


# -- files ----------------------------------------------------------------------------------


def _aad(name: str) -> bytes:
    return _MAGIC + name.encode("ascii")


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "DELIVER",
    "SESSION",
    "SETTLE",
    "Outbox",
    "OutboxCorruptError",
    "OutboxEntry",
    "OutboxError",
    "OutboxKeyError",
    "OutboxSettings",
    "ReplayReport",
    "outbox_key",
    "replay",
]
