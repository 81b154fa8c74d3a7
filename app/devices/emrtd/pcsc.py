"""PC/SC through pyscard's thin ``smartcard.scard`` layer: readers, a transport, card events.

The low-level layer hands back PC/SC result codes, which map one to one onto the typed errors
the UI knows (no service or unknown reader: ``ReaderUnavailableError``; card gone or reset:
``CardRemovedError``; mute card: ``UnsupportedCardError``). ``smartcard`` is imported on first
use, so the demo and the tests that use the in-process virtual card run without pyscard.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from app.config import CardReaderSettings

from .errors import (
    CardRemovedError,
    EmrtdError,
    ReaderUnavailableError,
    UnsupportedCardError,
)

log = logging.getLogger(__name__)

_MASK = 0xFFFFFFFF
_MAX_GET_RESPONSE = 256  # 256 x 256 bytes: more than any eMRTD file
_REMOVED_CODES = (
    "SCARD_W_REMOVED_CARD",
    "SCARD_E_NO_SMARTCARD",
    "SCARD_W_RESET_CARD",
    "SCARD_E_NOT_TRANSACTED",
    "SCARD_E_COMM_DATA_LOST",
)
_UNAVAILABLE_CODES = (
    "SCARD_E_NO_SERVICE",
    "SCARD_E_SERVICE_STOPPED",
    "SCARD_E_UNKNOWN_READER",
    "SCARD_E_READER_UNAVAILABLE",
    "SCARD_E_NO_READERS_AVAILABLE",
    "SCARD_E_SHARING_VIOLATION",
    "SCARD_E_INVALID_HANDLE",
)
_MUTE_CODES = (
    "SCARD_W_UNRESPONSIVE_CARD",
    "SCARD_W_UNPOWERED_CARD",
    "SCARD_W_UNSUPPORTED_CARD",
    "SCARD_E_PROTO_MISMATCH",
    "SCARD_E_CARD_UNSUPPORTED",
)


def _scard() -> ModuleType:
    try:
        from smartcard import scard as module
    except ImportError as exc:  # pragma: no cover - pyscard is in the dev environment
        raise ReaderUnavailableError("pyscard is not installed") from exc
    scard: ModuleType = module
    return scard


def _codes(scard: ModuleType, names: tuple[str, ...]) -> frozenset[int]:
    return frozenset(getattr(scard, name) & _MASK for name in names if hasattr(scard, name))


def _error(scard: ModuleType, result: int, step: str) -> EmrtdError:
    """The typed error for a PC/SC result code; the code's name goes to the log detail."""
    code = result & _MASK
    detail = f"{step}: {scard.SCardGetErrorMessage(result)} ({code:#010x})"
    if code in _codes(scard, _REMOVED_CODES):
        return CardRemovedError(detail)
    if code in _codes(scard, _UNAVAILABLE_CODES):
        return ReaderUnavailableError(detail)
    if code in _codes(scard, _MUTE_CODES):
        return UnsupportedCardError(detail)
    return EmrtdError(detail)


def _ok(scard: ModuleType, result: int) -> bool:
    return bool((result & _MASK) == (scard.SCARD_S_SUCCESS & _MASK))


def _is(scard: ModuleType, result: int, name: str) -> bool:
    return bool((result & _MASK) == (getattr(scard, name) & _MASK))


def _establish(scard: ModuleType) -> Any:
    result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if not _ok(scard, result):
        raise _error(scard, result, "SCardEstablishContext")
    return context


def list_readers() -> list[str]:
    """Names of the connected readers; empty when pcscd runs without any."""
    scard = _scard()
    context = _establish(scard)
    try:
        result, readers = scard.SCardListReaders(context, [])
        if _is(scard, result, "SCARD_E_NO_READERS_AVAILABLE"):
            return []
        if not _ok(scard, result):
            raise _error(scard, result, "SCardListReaders")
        return [str(name) for name in readers]
    finally:
        scard.SCardReleaseContext(context)


def choose_reader(settings: CardReaderSettings, names: list[str] | None = None) -> str:
    """The reader ``settings`` mean among ``names`` (default: what PC/SC lists now)."""
    available = list_readers() if names is None else names
    for name in available:
        if name.startswith(settings.reader):
            return name
    wanted = settings.reader or "any reader"
    raise ReaderUnavailableError(f"{wanted!r} not among {available}")


def card_present(reader_name: str) -> bool:
    """Whether a (responsive or mute) card is in ``reader_name`` now, without connecting."""
    scard = _scard()
    context = _establish(scard)
    try:
        result, readers = scard.SCardGetStatusChange(
            context, 0, [(reader_name, scard.SCARD_STATE_UNAWARE)]
        )
        if not _ok(scard, result):
            raise _error(scard, result, "SCardGetStatusChange")
        state = readers[0][1]
        if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
            raise ReaderUnavailableError(f"reader {reader_name!r} state {state:#x}")
        return bool(state & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(context)


class PcscTransport:
    """A connection to the card in ``reader_name``; ``close`` resets the card.

    Resetting on close ends the chip's secure-messaging session, so nothing authenticated is
    left behind at a kiosk. T=0 answers 61xx (more data) and 6Cxx (wrong Le) are resolved here,
    so the layers above see the same APDUs as over T=1.
    """

    def __init__(self, reader_name: str, *, exclusive: bool = False) -> None:
        self.reader_name = reader_name
        self._scard = scard = _scard()
        self._context = _establish(scard)
        self._handle: Any = None
        share = scard.SCARD_SHARE_EXCLUSIVE if exclusive else scard.SCARD_SHARE_SHARED
        result, handle, protocol = scard.SCardConnect(
            self._context,
            reader_name,
            share,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if not _ok(scard, result):
            scard.SCardReleaseContext(self._context)
            raise _error(scard, result, f"SCardConnect {reader_name}")
        self._handle = handle
        self._pci = (
            scard.SCARD_PCI_T0 if protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1
        )
        result, _reader, _state, _protocol, atr = scard.SCardStatus(handle)
        if not _ok(scard, result):
            self.close()
            raise _error(scard, result, "SCardStatus")
        self._atr = bytes(atr)

    def __repr__(self) -> str:
        return f"PcscTransport({self.reader_name!r})"

    @property
    def atr(self) -> bytes:
        return self._atr

    def _raw(self, apdu: bytes) -> bytes:
        if self._handle is None:
            raise CardRemovedError("transmit on a closed PC/SC connection")
        result, response = self._scard.SCardTransmit(self._handle, self._pci, list(apdu))
        if not _ok(self._scard, result):
            raise _error(self._scard, result, "SCardTransmit")
        if len(response) < 2:
            # What pcscd reports when a contactless card leaves the field mid-exchange.
            raise CardRemovedError("SCardTransmit: no status word from the card")
        return bytes(response)

    def transmit(self, apdu: bytes) -> bytes:
        response = self._raw(apdu)
        if response[-2] == 0x6C and len(apdu) == 5:  # short case 2, wrong Le: resend with SW2
            response = self._raw(apdu[:-1] + response[-1:])
        data = b""
        for _ in range(_MAX_GET_RESPONSE):
            if response[-2] != 0x61:
                return data + response
            data += response[:-2]  # 61xx: GET RESPONSE for the rest
            response = self._raw(bytes((apdu[0] & 0x03, 0xC0, 0, 0, response[-1])))
        raise UnsupportedCardError("card keeps answering 61xx")

    def close(self) -> None:
        if self._handle is not None:
            self._scard.SCardDisconnect(self._handle, self._scard.SCARD_RESET_CARD)
            self._handle = None
        if self._context is not None:
            self._scard.SCardReleaseContext(self._context)
            self._context = None

    def __enter__(self) -> PcscTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class CardInserted:
    atr: bytes  # empty for a mute card


@dataclass(frozen=True)
class CardRemoved:
    pass


@dataclass(frozen=True)
class ReaderGone:
    detail: str = ""


ReaderEvent = CardInserted | CardRemoved | ReaderGone
EventCallback = Callable[[ReaderEvent], None]


class ReaderWatcher:
    """Reports insertion and removal in one reader, from ``run`` (blocking) or ``start``.

    The first state is reported at once when a card is already there. When the reader
    disappears (unplugged, pcscd stopped) the watcher reports ``ReaderGone`` and ends; the UI
    starts a new one when the reader is back. ``close`` cancels the wait at once with
    ``SCardCancel`` and returns within ``poll_ms`` at worst.
    """

    def __init__(self, reader_name: str, callback: EventCallback, *, poll_ms: int = 500) -> None:
        self.reader_name = reader_name
        self._callback = callback
        self._poll_ms = poll_ms
        self._stop = threading.Event()
        self._context: Any = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("watcher already started")
        self._thread = threading.Thread(target=self.run, name="emrtd-reader-watcher", daemon=True)
        self._thread.start()

    def run(self) -> None:
        scard = _scard()
        try:
            context = _establish(scard)
        except ReaderUnavailableError as exc:
            self._emit(ReaderGone(exc.detail))
            return
        with self._lock:
            self._context = context
        try:
            self._watch(scard, context)
        finally:
            with self._lock:
                self._context = None
            scard.SCardReleaseContext(context)

    def _watch(self, scard: ModuleType, context: Any) -> None:
        state = scard.SCARD_STATE_UNAWARE
        present: bool | None = None
        while not self._stop.is_set():
            result, readers = scard.SCardGetStatusChange(
                context, self._poll_ms, [(self.reader_name, state)]
            )
            if _is(scard, result, "SCARD_E_TIMEOUT"):
                continue
            if _is(scard, result, "SCARD_E_CANCELLED") or self._stop.is_set():
                return
            if not _ok(scard, result):
                self._emit(ReaderGone(str(_error(scard, result, "SCardGetStatusChange"))))
                return
            _name, state, atr = readers[0]
            if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                self._emit(ReaderGone(f"reader state {state:#x}"))
                return
            now = bool(state & scard.SCARD_STATE_PRESENT)
            if now != present:
                if now:
                    mute = state & scard.SCARD_STATE_MUTE
                    self._emit(CardInserted(b"" if mute else bytes(atr)))
                elif present is not None:
                    self._emit(CardRemoved())
                present = now

    def _emit(self, event: ReaderEvent) -> None:
        try:
            self._callback(event)
        except Exception:
            log.exception("reader event callback failed on %s", event)

    def close(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._lock:
            if self._context is not None:
                _scard().SCardCancel(self._context)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
