"""Length-prefixed frames over a real socket pair: pieces, timeouts, limits, hang-ups."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from app.devices.payment import (
    ConnectionClosedError,
    FrameTooLargeError,
    OpiProtocolError,
    TerminalTimeoutError,
)
from app.devices.payment.framing import HEADER, FrameChannel, encode_frame


@pytest.fixture
def pair() -> Iterator[tuple[FrameChannel, socket.socket]]:
    ours, theirs = socket.socketpair()
    channel = FrameChannel(ours, max_frame=1024)
    yield channel, theirs
    channel.close()
    theirs.close()


def test_encode_frame() -> None:
    assert encode_frame(b"<a/>") == b"\x00\x00\x00\x04<a/>"
    with pytest.raises(FrameTooLargeError):
        encode_frame(b"x" * 11, max_frame=10)
    with pytest.raises(OpiProtocolError):
        encode_frame(b"")


def test_send_and_receive(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, theirs = pair
    channel.send(b"<hello/>")
    assert theirs.recv(100) == b"\x00\x00\x00\x08<hello/>"


def test_frame_arriving_byte_by_byte(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, theirs = pair
    frame = encode_frame(b"<CardServiceResponse/>")

    def trickle() -> None:
        for byte in frame:
            theirs.sendall(bytes([byte]))
            time.sleep(0.001)

    thread = threading.Thread(target=trickle)
    thread.start()
    assert channel.receive(timeout=2) == b"<CardServiceResponse/>"
    thread.join()


def test_two_frames_in_one_read(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, theirs = pair
    theirs.sendall(encode_frame(b"<a/>") + encode_frame(b"<bb/>"))
    assert channel.receive(timeout=1) == b"<a/>"
    assert channel.receive(timeout=1) == b"<bb/>"


@pytest.mark.parametrize("split", [2, 4, 7])
def test_timeout_in_the_middle_of_a_frame_loses_nothing(
    pair: tuple[FrameChannel, socket.socket], split: int
) -> None:
    channel, theirs = pair
    frame = encode_frame(b"<late/>")
    theirs.sendall(frame[:split])
    with pytest.raises(TerminalTimeoutError):
        channel.receive(timeout=0.05)
    theirs.sendall(frame[split:])
    assert channel.receive(timeout=1) == b"<late/>"


def test_oversize_length_is_refused_before_reading(
    pair: tuple[FrameChannel, socket.socket],
) -> None:
    channel, theirs = pair
    theirs.sendall(HEADER.pack(1025))
    with pytest.raises(FrameTooLargeError) as caught:
        channel.receive(timeout=1)
    assert caught.value.params == {"size": 1025}


def test_empty_frame_is_a_protocol_error(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, theirs = pair
    theirs.sendall(HEADER.pack(0))
    with pytest.raises(OpiProtocolError):
        channel.receive(timeout=1)


def test_hang_up_in_the_middle_of_a_frame(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, theirs = pair
    theirs.sendall(HEADER.pack(10) + b"<abc")
    theirs.close()
    with pytest.raises(ConnectionClosedError, match="4 of 10"):
        channel.receive(timeout=1)
    with pytest.raises(ConnectionClosedError):
        channel.receive(timeout=1)


def test_hang_up_between_frames(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, theirs = pair
    theirs.shutdown(socket.SHUT_WR)
    with pytest.raises(ConnectionClosedError):
        channel.receive(timeout=1)


def test_send_on_a_closed_connection(pair: tuple[FrameChannel, socket.socket]) -> None:
    channel, _ = pair
    channel.close()
    with pytest.raises(ConnectionClosedError):
        channel.send(b"<a/>")
