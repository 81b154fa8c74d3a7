"""The vpcd bridge: its framing against a stand-in vpcd in the test, and the real stack
(pcscd + vsmartcard-vpcd + pyscard) reading the virtual passport.

The pcscd tests need ``STADSPUNT_TEST_PCSC=1`` (printed by ``scripts/pcscd-test-server``):
without it they skip; with it a stack that does not work fails them.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from app.devices.emrtd.apdu import CommandApdu
from app.devices.emrtd.simulator import VirtualPassport, VpcdBridge, VpcdUnavailableError
from tests.devices.emrtd.test_virtual_card import (
    DG1,
    DG2,
    EF_COM_D4,
    FILES,
    MRZ_INFO,
    SELECT_APPLET,
    MiniTerminal,
)

H = bytes.fromhex
READER = "Virtual PCD 00 00"
PORT = 35963


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class FakeVpcd:
    """pcscd's side of the vpcd protocol: listens, and talks to the one card that connects.

    Also a ``CardTransport``, so the mini terminal can run BAC over the real framing.
    """

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.server.getsockname()[1]
        self.server.settimeout(5)
        self.conn: socket.socket | None = None

    def accept(self) -> None:
        self.conn, _ = self.server.accept()
        self.conn.settimeout(5)

    def send(self, payload: bytes) -> None:
        assert self.conn is not None
        self.conn.sendall(len(payload).to_bytes(2, "big") + payload)

    def receive(self) -> bytes | None:
        """One frame, or None when the card hung up."""
        assert self.conn is not None
        head = self._exactly(2)
        if head is None:
            return None
        return self._exactly(int.from_bytes(head, "big"))

    def _exactly(self, size: int) -> bytes | None:
        assert self.conn is not None
        data = b""
        while len(data) < size:
            chunk = self.conn.recv(size - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    @property
    def atr(self) -> bytes:
        self.send(b"\x04")
        answer = self.receive()
        assert answer is not None
        return answer

    def transmit(self, apdu: bytes) -> bytes:
        self.send(apdu)
        answer = self.receive()
        assert answer is not None, "card hung up"
        return answer

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.server.close()


@pytest.fixture
def fake() -> Iterator[FakeVpcd]:
    server = FakeVpcd()
    yield server
    server.close()


@pytest.fixture
def card() -> VirtualPassport:
    return VirtualPassport(FILES, MRZ_INFO)


def greet(fake: FakeVpcd, bridge: VpcdBridge) -> None:
    """Take the card as pcscd does: accept, poll the ATR, power on, read the ATR again
    (``insert`` returns once it has seen that)."""
    thread = threading.Thread(target=bridge.insert)
    thread.start()
    fake.accept()
    assert fake.atr == bridge.card.atr
    fake.send(b"\x01")
    assert fake.atr == bridge.card.atr
    thread.join(5)
    assert not thread.is_alive()
    assert bridge.inserted


# -- without pcscd --------------------------------------------------------------------------------


def test_no_vpcd_listening_is_a_clear_error(card: VirtualPassport) -> None:
    bridge = VpcdBridge(card, port=free_port(), connect_timeout=1)
    with pytest.raises(VpcdUnavailableError, match="no vpcd reader"):
        bridge.insert()
    assert not bridge.inserted


def test_a_silent_vpcd_is_a_clear_error(card: VirtualPassport, fake: FakeVpcd) -> None:
    bridge = VpcdBridge(card, port=fake.port, accept_timeout=0.3)
    with pytest.raises(VpcdUnavailableError, match="did not talk"):
        bridge.insert()
    assert not bridge.inserted
    assert not card.present


def test_bac_and_secure_read_over_the_vpcd_framing(card: VirtualPassport, fake: FakeVpcd) -> None:
    bridge = VpcdBridge(card, port=fake.port)
    greet(fake, bridge)
    terminal = MiniTerminal(fake)
    assert terminal.plain(SELECT_APPLET)[1] == 0x9000
    assert terminal.bac(MRZ_INFO) == 0x9000
    assert terminal.read_file(0x011E) == EF_COM_D4
    assert terminal.read_file(0x0101) == DG1
    assert terminal.select_file(0x0102) == 0x9000
    assert terminal.read_binary(0, len(DG2), extended=True) == (DG2, 0x9000)
    fake.send(b"\x02")  # reset: the session is over
    assert fake.atr == card.atr  # (the frame after the reset: the bridge has handled it)
    assert not card.authenticated
    bridge.remove()
    assert fake.receive() is None
    assert not bridge.inserted


def test_card_leaving_the_field_hangs_up(card: VirtualPassport, fake: FakeVpcd) -> None:
    bridge = VpcdBridge(card, port=fake.port)
    greet(fake, bridge)
    card.remove_after(2)
    assert fake.transmit(SELECT_APPLET) == H("9000")
    assert len(fake.transmit(H("0084000008"))) == 10
    assert fake.receive() is None  # disconnected: pcscd sees the card gone
    deadline = time.monotonic() + 5
    while bridge.inserted and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not bridge.inserted


def test_remove_by_the_card_itself_hangs_up(card: VirtualPassport, fake: FakeVpcd) -> None:
    bridge = VpcdBridge(card, port=fake.port)
    greet(fake, bridge)
    card.remove()  # e.g. the demo's "take the document away"
    assert fake.receive() is None
    bridge.remove()


def test_context_manager_lets_go(card: VirtualPassport, fake: FakeVpcd) -> None:
    bridge = VpcdBridge(card, port=fake.port)
    greet(fake, bridge)
    with bridge:
        assert fake.transmit(SELECT_APPLET) == H("9000")
    assert not bridge.inserted
    assert fake.receive() is None


# -- through pcscd ---------------------------------------------------------------------------------


@pytest.fixture
def pcsc() -> Any:
    """pyscard's ``smartcard`` modules, once the virtual reader is known to be there."""
    if not os.environ.get("STADSPUNT_TEST_PCSC"):
        pytest.skip('no pcscd for the card tests (eval "$(scripts/pcscd-test-server)")')
    try:
        import smartcard.System

        names = [str(reader) for reader in smartcard.System.readers()]
    except Exception as exc:  # pyscard raises its own and plain exceptions
        pytest.fail(f"STADSPUNT_TEST_PCSC is set, but PC/SC does not work: {exc!r}")
    if READER not in names:
        pytest.fail(f"STADSPUNT_TEST_PCSC is set, but PC/SC lists {names}, not {READER!r}")
    return smartcard


def card_state(reader: str, *, present: bool, timeout: float = 5.0) -> bool:
    """Wait until pcscd reports the card in ``reader`` present (or gone); True if it did."""
    from smartcard import scard

    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    try:
        wanted = scard.SCARD_STATE_PRESENT if present else scard.SCARD_STATE_EMPTY
        state = scard.SCARD_STATE_UNAWARE
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result, states = scard.SCardGetStatusChange(context, 200, [(reader, state)])
            if result == scard.SCARD_S_SUCCESS:
                state = states[0][1] & ~scard.SCARD_STATE_CHANGED
                if state & wanted:
                    return True
        return False
    finally:
        scard.SCardReleaseContext(context)


@pytest.fixture
def reader_free(pcsc: Any) -> Iterator[None]:
    """The virtual reader empty before and after the test: pcscd polls every ~0.4 s, and a
    card swapped in before it saw the last one go gets reset under the next test's feet."""
    assert card_state(READER, present=False), f"another card is in {READER!r}"
    yield
    assert card_state(READER, present=False), "pcscd did not see the virtual card go"


class PyscardTransport:
    """A bare ``CardTransport`` over a pyscard connection, for the mini terminal."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    @property
    def atr(self) -> bytes:
        return bytes(self.connection.getATR())

    def transmit(self, apdu: bytes) -> bytes:
        data, sw1, sw2 = self.connection.transmit(list(apdu))
        return bytes(data) + bytes([sw1, sw2])

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a removed card's handle may be gone already
            self.connection.disconnect()


def connect(pcsc: Any) -> PyscardTransport:
    assert card_state(READER, present=True), "pcscd did not see the virtual card"
    reader = next(r for r in pcsc.System.readers() if str(r) == READER)
    connection = reader.createConnection()
    connection.connect()
    return PyscardTransport(connection)


@pytest.mark.usefixtures("reader_free")
def test_pyscard_reads_the_virtual_passport(pcsc: Any, card: VirtualPassport) -> None:
    from smartcard.Exceptions import CardConnectionException

    with VpcdBridge(card, port=PORT):
        transport = connect(pcsc)
        assert transport.atr == card.atr
        assert transport.transmit(H("00A4040C07A0000002471002")) == H("6A82")
        terminal = MiniTerminal(transport)
        assert terminal.plain(SELECT_APPLET) == (b"", 0x9000)
        assert terminal.bac(MRZ_INFO) == 0x9000
        assert terminal.read_file(0x0101) == DG1
        assert terminal.select_file(0x0102) == 0x9000
        # Extended length through pcscd and the vpcd driver.
        assert terminal.read_binary(0, len(DG2), extended=True) == (DG2, 0x9000)
    assert card_state(READER, present=False), "pcscd did not notice the removal"
    with pytest.raises(CardConnectionException):
        transport.transmit(SELECT_APPLET)
    transport.close()


@pytest.mark.usefixtures("reader_free")
def test_removal_mid_read_through_pcscd(pcsc: Any, card: VirtualPassport) -> None:
    from smartcard.Exceptions import CardConnectionException

    bridge = VpcdBridge(card, port=PORT)
    with bridge:
        terminal = MiniTerminal(connect(pcsc))
        terminal.plain(SELECT_APPLET)
        assert terminal.bac(MRZ_INFO) == 0x9000
        assert terminal.select_file(0x0102) == 0x9000
        card.remove_after(1)
        assert terminal.read_binary(0, 0xDF)[1] == 0x9000
        with pytest.raises(CardConnectionException):
            terminal.read_binary(0xDF, 0xDF)
        assert card_state(READER, present=False)
        terminal.transport.close()

        bridge.insert()  # put it back: a fresh start reads the whole file
        again = MiniTerminal(connect(pcsc))
        again.plain(SELECT_APPLET)
        assert again.bac(MRZ_INFO) == 0x9000
        assert again.read_file(0x0102) == DG2
        assert again.secure(CommandApdu(0, 0xB0, 0x81, 0, le=4)) == (DG1[:4], 0x9000)
        again.transport.close()


@pytest.mark.usefixtures("reader_free")
def test_end_to_end_read_and_passive_authentication(pcsc: Any) -> None:
    """A built test document in the virtual reader, read by the production PC/SC reader code
    and checked by passive authentication; a tampered DG1 and a wrong MRZ fail as they must."""
    from datetime import UTC, date, datetime

    from app.devices.emrtd.errors import BacFailedError
    from app.devices.emrtd.passive_auth import DataGroupHashMismatchError, verify_document
    from app.devices.emrtd.pcsc import PcscTransport
    from app.devices.emrtd.reader import ChipReader
    from app.devices.emrtd.simulator.document import build_test_document
    from app.devices.emrtd.simulator.pki import make_test_pki
    from app.devices.emrtd.trust_store import CscaTrustStore

    pki = make_test_pki()
    document = build_test_document(
        surname="DE VRIES",
        given_names="JAN",
        birth_date=date(1980, 1, 2),
        sex="M",
        document_number="NXC1234A5",
        expiry_date=date(2031, 1, 1),
        bsn="999993653",
        pki=pki,
    )
    trust = CscaTrustStore.from_certificates([pki.csca_cert])
    card = VirtualPassport.from_document(document)

    def read(mrz_information: str) -> Any:
        transport = PcscTransport(READER)
        try:
            return ChipReader(transport).read_document(mrz_information)
        finally:
            transport.close()

    with VpcdBridge(card, port=PORT):
        assert card_state(READER, present=True)
        chip = read(document.mrz_information)
        assert chip.data_groups[1] == document.files[0x0101]
        assert chip.data_groups[2] == document.files[0x0102]
        result = verify_document(chip.sod, chip.data_groups, trust, at=datetime.now(UTC))
        assert result.verified_data_groups == (1, 2)

        with pytest.raises(BacFailedError):
            read(document.mrz_information.replace("NXC1234A5", "NXC1234A6"))

        tampered = bytearray(document.files[0x0101])
        tampered[-1] ^= 0x01
        card.replace_file(0x0101, bytes(tampered))
        chip = read(document.mrz_information)
        with pytest.raises(DataGroupHashMismatchError) as failure:
            verify_document(chip.sod, chip.data_groups, trust, at=datetime.now(UTC))
        assert failure.value.params["data_group"] == 1
