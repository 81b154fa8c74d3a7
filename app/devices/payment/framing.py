"""OPI framing: a 4-byte big-endian length, then that many bytes of UTF-8 XML.

A TCP read returns whatever has arrived, so a frame may come in pieces and several frames in
one piece. ``FrameChannel`` keeps what it has read between calls: a timeout in the middle of
a frame loses nothing, and the next ``receive`` goes on where the last one stopped. The length
is checked before any payload is read, so a hostile or broken peer cannot make us allocate
more than ``max_frame`` bytes.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time

from .errors import (
    ConnectionClosedError,
    FrameTooLargeError,
    OpiProtocolError,
    TerminalTimeoutError,
    TerminalUnavailableError,
)
from .settings import DEFAULT_MAX_FRAME

HEADER = struct.Struct(">I")
_CHUNK = 16 * 1024


def encode_frame(payload: bytes, *, max_frame: int = DEFAULT_MAX_FRAME) -> bytes:
    if not payload:
        raise OpiProtocolError("empty frame")
    if len(payload) > max_frame:
        raise FrameTooLargeError(f"outgoing frame of {len(payload)} bytes", size=len(payload))
    return HEADER.pack(len(payload)) + payload


class FrameChannel:
    """One connected socket that sends and receives whole frames.

    ``send`` may be called from another thread than ``receive`` (a lock keeps frames whole).
    """

    def __init__(self, sock: socket.socket, *, max_frame: int = DEFAULT_MAX_FRAME) -> None:
        self._sock = sock
        self._max_frame = max_frame
        self._buffer = bytearray()
        self._send_lock = threading.Lock()
        self._closed = False

    @property
    def socket(self) -> socket.socket:
        return self._sock

    def send(self, payload: bytes, *, timeout: float | None = None) -> None:
        self.send_frame(encode_frame(payload, max_frame=self._max_frame), timeout=timeout)

    def send_frame(self, frame: bytes, *, timeout: float | None = None) -> None:
        """Send an already framed message (see ``encode_frame``)."""
        with self._send_lock:
            try:
                self._sock.settimeout(timeout)
                self._sock.sendall(frame)
            except TimeoutError as exc:
                raise TerminalTimeoutError("send timed out") from exc
            except OSError as exc:
                raise ConnectionClosedError(f"send failed: {exc}") from exc

    def receive(self, timeout: float | None = None) -> bytes:
        """The next frame's payload; ``timeout`` bounds the whole frame, not each read."""
        deadline = None if timeout is None else time.monotonic() + timeout
        header = self._take(HEADER.size, deadline)
        (length,) = HEADER.unpack(header)
        if length > self._max_frame:
            # The rest of the stream cannot be trusted: the caller must close the connection.
            raise FrameTooLargeError(f"incoming frame of {length} bytes", size=length)
        if length == 0:
            raise OpiProtocolError("empty frame")
        try:
            return self._take(length, deadline)
        except TerminalTimeoutError:
            # Keep the header for the next attempt: the frame is only partly here.
            self._buffer[:0] = header
            raise

    def _take(self, count: int, deadline: float | None) -> bytes:
        while len(self._buffer) < count:
            if self._closed:
                raise ConnectionClosedError("connection closed")
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise TerminalTimeoutError("no complete frame in time")
            try:
                self._sock.settimeout(remaining)
                chunk = self._sock.recv(_CHUNK)
            except TimeoutError as exc:
                raise TerminalTimeoutError("no complete frame in time") from exc
            except OSError as exc:
                raise ConnectionClosedError(f"receive failed: {exc}") from exc
            if not chunk:
                self._closed = True
                partial = f" after {len(self._buffer)} of {count} bytes" if self._buffer else ""
                self._buffer.clear()  # a partial frame is useless once the peer is gone
                raise ConnectionClosedError(f"connection closed by peer{partial}")
            self._buffer += chunk
        data = bytes(self._buffer[:count])
        del self._buffer[:count]
        return data

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()

    def __enter__(self) -> FrameChannel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(
    host: str, port: int, *, timeout: float, max_frame: int = DEFAULT_MAX_FRAME
) -> FrameChannel:
    """Open a channel; a refused or timed-out connect means nothing was sent."""
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        raise TerminalUnavailableError(f"connect to {host}:{port} failed: {exc}") from exc
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return FrameChannel(sock, max_frame=max_frame)
