"""Put the virtual card in pcscd's vsmartcard reader, so pyscard reads it like a real one.

pcscd's vpcd driver listens on TCP (35963 for "Virtual PCD 00 00", 35964 for "... 00 01");
a connected client *is* the card in that reader, a closed connection is the card taken out.
Every message is a 2-byte big-endian length and a payload: one byte is a control (0 power off,
1 power on, 2 reset, 4 "send your ATR", which pcscd also uses to poll for presence), anything
longer a command APDU to be answered with the response APDU.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from types import TracebackType

from ..errors import CardRemovedError
from .card import VirtualPassport

log = logging.getLogger(__name__)

DEFAULT_PORT = 35963
CTRL_OFF = 0
CTRL_ON = 1
CTRL_RESET = 2
CTRL_ATR = 4
_POLL = 0.05
_READY_TIMEOUT = 2.0


class VpcdUnavailableError(ConnectionError):
    """No vpcd reader to connect to, or pcscd does not talk to us (another card is in it)."""


class _StoppedError(Exception):
    pass


class VpcdBridge:
    """Serves ``card`` to pcscd from a thread while the card is inserted.

    ``insert`` connects and, with ``wait``, returns once pcscd has spoken to the card (so
    a PC/SC client asking right after sees it); ``remove`` disconnects. The card leaving
    the field on its own (``remove_after``, ``card.remove()``) closes the connection too,
    which pcscd reports as a removed card. Use as a context manager to always let go.

    pcscd polls a vpcd reader about every 0.4 s: after ``remove``, wait until PC/SC reports
    the reader empty before inserting again, or pcscd may see a swap and reset the new card.
    """

    def __init__(
        self,
        card: VirtualPassport,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        *,
        connect_timeout: float = 2.0,
        accept_timeout: float = 5.0,
    ) -> None:
        self.card = card
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.accept_timeout = accept_timeout
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._greeted = threading.Event()
        self._ready = threading.Event()
        self._powered = False
        self._lock = threading.Lock()

    @property
    def inserted(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def insert(self, *, wait: bool = True) -> None:
        """Put the card in the reader. Raises ``VpcdUnavailableError`` instead of hanging."""
        with self._lock:
            if self.inserted:
                return
            self._join()
            where = f"{self.host}:{self.port}"
            try:
                sock = socket.create_connection((self.host, self.port), self.connect_timeout)
            except OSError as exc:
                raise VpcdUnavailableError(
                    f"no vpcd reader at {where} ({exc}); is pcscd running with "
                    "vsmartcard-vpcd? (scripts/pcscd-test-server)"
                ) from exc
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(_POLL)
            self.card.insert()
            self._stop.clear()
            self._greeted.clear()
            self._ready.clear()
            self._powered = False
            self._thread = threading.Thread(
                target=self._serve, args=(sock,), name=f"vpcd-{self.port}", daemon=True
            )
            self._thread.start()
        if wait and not self._greeted.wait(self.accept_timeout):
            self.remove()
            raise VpcdUnavailableError(
                f"pcscd did not talk to the virtual card at {where} within "
                f"{self.accept_timeout:g} s: is another virtual card in that reader?"
            )
        if wait:
            # pcscd polls the ATR, powers the card up and reads the ATR again before a
            # PC/SC client can connect; a pcscd that powers up lazily just costs this wait.
            self._ready.wait(_READY_TIMEOUT)

    def remove(self) -> None:
        """Take the card out: disconnect and wait for the serving thread to end."""
        self.card.remove()
        self._stop.set()
        with self._lock:
            self._join()

    close = remove

    def __enter__(self) -> VpcdBridge:
        self.insert()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.remove()

    def _join(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
            if thread.is_alive():  # pragma: no cover - only if the socket layer hangs
                log.warning("vpcd bridge thread did not stop")

    # -- the serving thread ------------------------------------------------------------------

    def _serve(self, sock: socket.socket) -> None:
        try:
            with sock:
                while True:
                    size = int.from_bytes(self._receive(sock, 2), "big")
                    payload = self._receive(sock, size)
                    self._greeted.set()
                    answer = self._handle(payload)
                    if answer is not None:
                        sock.sendall(len(answer).to_bytes(2, "big") + answer)
                    if not self.card.present:
                        log.debug("virtual card left the field: disconnecting from vpcd")
                        return
        except _StoppedError:
            pass
        except OSError as exc:
            log.debug("vpcd connection ended: %s", exc)
        finally:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _receive(self, sock: socket.socket, size: int) -> bytes:
        """Exactly ``size`` bytes, giving up when asked to stop or when the card is gone."""
        data = b""
        while len(data) < size:
            if self._stop.is_set() or not self.card.present:
                raise _StoppedError
            try:
                _quick_ack(sock)
                chunk = sock.recv(size - len(data))
            except TimeoutError:
                continue
            if not chunk:
                log.debug("pcscd closed the vpcd connection")
                raise _StoppedError
            data += chunk
        return data

    def _handle(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            control = payload[0]
            if control == CTRL_ATR:
                if self._powered:
                    self._ready.set()
                return self.card.atr
            try:
                if control == CTRL_ON:
                    self._powered = True
                    self.card.power_on()
                elif control == CTRL_RESET:
                    self.card.reset()
                elif control == CTRL_OFF:
                    self.card.power_off()
                else:
                    log.debug("unknown vpcd control byte %#04x", control)
            except CardRemovedError:
                pass
            return None
        try:
            return self.card.process(payload)
        except CardRemovedError:
            raise _StoppedError from None


def _quick_ack(sock: socket.socket) -> None:
    """Acknowledge at once: vpcd writes the length and the APDU separately, and with
    delayed ACKs against its Nagle every frame would stall ~40 ms (Linux only)."""
    quickack = getattr(socket, "TCP_QUICKACK", None)
    if quickack is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, quickack, 1)
