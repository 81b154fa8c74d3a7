"""The virtual eMRTD chip: BAC card side against ICAO 9303-11 Appendix D, secure messaging,
the refusals a real chip gives, and removal mid-read, over the in-process transport.

``MiniTerminal`` is a deliberately small terminal side built from ``crypto.py`` only, so the
card is checked against the spec's bytes and not against the reader code it has to serve.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import pytest

from app.devices.emrtd import crypto
from app.devices.emrtd.apdu import CommandApdu
from app.devices.emrtd.errors import CardRemovedError
from app.devices.emrtd.simulator import InProcessTransport, VirtualPassport, make_atr
from app.devices.emrtd.tlv import encode_tlv, parse_tlv
from app.devices.emrtd.transport import CardTransport

H = bytes.fromhex

# ICAO 9303-11 Appendix D (document L898902C<, born 690806, expires 940623).
MRZ_INFO = "L898902C<369080619406236"
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
K_IC = H("0B4F80323EB3191CB04970CB4052790B")
EA_COMMAND = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7")
EA_RESPONSE = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = H("887022120C06C226")
EF_COM_D4 = H("60145F0104303130365F36063034303030305C026175")

SELECT_APPLET = H("00A4040C07A0000002471001")
OK = b"\x90\x00"

# Small made-up files: the real document builder is elsewhere.
DG1 = encode_tlv(0x61, encode_tlv(0x5F1F, b"P<UTOERIKSSON<<ANNA<MARIA" + b"<" * 63))
DG2 = encode_tlv(0x75, bytes(range(256)) * 5)
SOD = encode_tlv(0x77, b"\x30\x03\x02\x01\x00")
FILES = {0x011E: EF_COM_D4, 0x0101: DG1, 0x0102: DG2, 0x011D: SOD}


def scripted(*chunks: bytes) -> Callable[[int], bytes]:
    """A random source that hands out ``chunks`` in order (the Appendix D nonces)."""
    queue = list(chunks)

    def draw(size: int) -> bytes:
        chunk = queue.pop(0)
        assert len(chunk) == size
        return chunk

    return draw


class SmError(Exception):
    pass


class MiniTerminal:
    """BAC and secure messaging from the terminal's side, after 9303-11 sections 4.3 and 9.8."""

    def __init__(self, transport: CardTransport) -> None:
        self.transport = transport
        self.ks_enc = b""
        self.ks_mac = b""
        self.ssc = 0

    def plain(self, apdu: bytes) -> tuple[bytes, int]:
        raw = self.transport.transmit(apdu)
        return raw[:-2], int.from_bytes(raw[-2:], "big")

    def bac(
        self, mrz_information: str, rnd_ifd: bytes | None = None, k_ifd: bytes | None = None
    ) -> int:
        rnd_ifd = rnd_ifd or os.urandom(8)
        k_ifd = k_ifd or os.urandom(16)
        seed = crypto.key_seed(mrz_information)
        k_enc = crypto.derive_key(seed, crypto.KDF_ENC)
        k_mac = crypto.derive_key(seed, crypto.KDF_MAC)
        rnd_ic, sw = self.plain(H("0084000008"))
        assert sw == 0x9000
        e_ifd = crypto.encrypt(k_enc, rnd_ifd + rnd_ic + k_ifd)
        m_ifd = crypto.retail_mac(k_mac, crypto.pad(e_ifd))
        answer, sw = self.plain(bytes(CommandApdu(0, 0x82, 0, 0, e_ifd + m_ifd, 40)))
        if sw != 0x9000:
            return sw
        e_ic, m_ic = answer[:32], answer[32:]
        if crypto.retail_mac(k_mac, crypto.pad(e_ic)) != m_ic:
            raise SmError("M_IC does not verify")
        r = crypto.decrypt(k_enc, e_ic)
        if r[:8] != rnd_ic or r[8:16] != rnd_ifd:
            raise SmError("nonces not echoed")
        session_seed = bytes(a ^ b for a, b in zip(r[16:], k_ifd, strict=True))
        self.ks_enc = crypto.derive_key(session_seed, crypto.KDF_ENC)
        self.ks_mac = crypto.derive_key(session_seed, crypto.KDF_MAC)
        self.ssc = int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big")
        return sw

    def _next_ssc(self) -> bytes:
        self.ssc += 1
        return self.ssc.to_bytes(8, "big")

    def protect(self, command: CommandApdu, *, extended: bool = False) -> bytes:
        header = bytes((0x0C, command.ins, command.p1, command.p2))
        objects = b""
        if command.data:
            cryptogram = crypto.encrypt(self.ks_enc, crypto.pad(command.data))
            objects += encode_tlv(0x87, b"\x01" + cryptogram)
        if command.le is not None:
            size = 2 if extended else 1
            objects += encode_tlv(0x97, (command.le % (1 << (8 * size))).to_bytes(size, "big"))
        mac = crypto.retail_mac(
            self.ks_mac, crypto.pad(self._next_ssc() + crypto.pad(header) + objects)
        )
        outer = CommandApdu(
            0x0C,
            command.ins,
            command.p1,
            command.p2,
            objects + encode_tlv(0x8E, mac),
            65536 if extended else 256,
        )
        return outer.to_bytes(extended=extended)

    def unprotect(self, raw: bytes) -> tuple[bytes, int]:
        body, outer_sw = raw[:-2], int.from_bytes(raw[-2:], "big")
        if not body:
            raise SmError(f"plain answer {outer_sw:04X}")
        objects = parse_tlv(body)
        assert objects[-1].tag == 0x8E
        macced = body[: len(body) - 10]
        expected = crypto.retail_mac(self.ks_mac, crypto.pad(self._next_ssc() + macced))
        if objects[-1].value != expected:
            raise SmError("response MAC does not verify")
        data = b""
        sw = -1
        for item in objects[:-1]:
            if item.tag == 0x87:
                data = crypto.unpad(crypto.decrypt(self.ks_enc, item.value[1:]))
            elif item.tag == 0x99:
                sw = int.from_bytes(item.value, "big")
        assert sw == outer_sw
        return data, sw

    def secure(self, command: CommandApdu, *, extended: bool = False) -> tuple[bytes, int]:
        return self.unprotect(self.transport.transmit(self.protect(command, extended=extended)))

    def select_file(self, fid: int) -> int:
        return self.secure(CommandApdu(0, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big")))[1]

    def read_binary(self, offset: int, le: int, *, extended: bool = False) -> tuple[bytes, int]:
        return self.secure(
            CommandApdu(0, 0xB0, offset >> 8, offset & 0xFF, le=le), extended=extended
        )

    def read_file(self, fid: int, chunk: int = 0xDF, *, extended: bool = False) -> bytes:
        """Read a whole TLV file: 4 bytes for its length, then the rest in ``chunk`` pieces."""
        assert self.select_file(fid) == 0x9000
        head, sw = self.read_binary(0, 4)
        assert sw == 0x9000
        size = _tlv_size(head)
        out = head
        while len(out) < size:
            part, sw = self.read_binary(len(out), min(chunk, size - len(out)), extended=extended)
            assert sw == 0x9000
            out += part
        return out


def _tlv_size(head: bytes) -> int:
    from app.devices.emrtd.tlv import total_length

    return total_length(head)


def appendix_d_card(**kwargs: object) -> VirtualPassport:
    return VirtualPassport(FILES, MRZ_INFO, rng=scripted(RND_IC, K_IC), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def card() -> VirtualPassport:
    return VirtualPassport(FILES, MRZ_INFO)


@pytest.fixture
def terminal(card: VirtualPassport) -> Iterator[MiniTerminal]:
    transport = InProcessTransport(card)
    yield MiniTerminal(transport)
    transport.close()


def authenticated(terminal: MiniTerminal) -> MiniTerminal:
    assert terminal.plain(SELECT_APPLET)[1] == 0x9000
    assert terminal.bac(MRZ_INFO) == 0x9000
    return terminal


# -- Appendix D: the card's bytes are the spec's bytes --------------------------------------------


def test_bac_card_side_matches_appendix_d() -> None:
    seed = crypto.key_seed(MRZ_INFO)
    k_enc, k_mac = (crypto.derive_key(seed, c) for c in (crypto.KDF_ENC, crypto.KDF_MAC))
    e_ifd = crypto.encrypt(k_enc, RND_IFD + RND_IC + K_IFD)
    assert e_ifd + crypto.retail_mac(k_mac, crypto.pad(e_ifd)) == EA_COMMAND  # the spec's side

    transport = InProcessTransport(appendix_d_card())
    assert transport.transmit(SELECT_APPLET) == OK
    assert transport.transmit(H("0084000008")) == RND_IC + OK
    assert transport.transmit(H("0082000028") + EA_COMMAND + H("28")) == EA_RESPONSE + OK


def test_secure_messaging_matches_appendix_d() -> None:
    """D.4: the protected SELECT EF.COM and both READ BINARYs, byte for byte both ways."""
    transport = InProcessTransport(appendix_d_card())
    transport.transmit(SELECT_APPLET)
    transport.transmit(H("0084000008"))
    transport.transmit(H("0082000028") + EA_COMMAND + H("28"))

    select = transport.transmit(H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"))
    assert select == H("990290008E08FA855A5D4C50A8ED9000")
    read4 = transport.transmit(H("0CB000000D9701048E08ED6705417E96BA5500"))
    assert read4 == H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")
    rest = transport.transmit(H("0CB000040D9701128E082EA28A70F3C7B53500"))
    assert rest == H(
        "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"
    )


def test_mini_terminal_agrees_with_appendix_d_session_keys() -> None:
    terminal = MiniTerminal(InProcessTransport(appendix_d_card()))
    terminal.plain(SELECT_APPLET)
    assert terminal.bac(MRZ_INFO, RND_IFD, K_IFD) == 0x9000
    assert (terminal.ks_enc, terminal.ks_mac) == (KS_ENC, KS_MAC)
    assert terminal.ssc.to_bytes(8, "big") == SSC
    assert terminal.read_file(0x011E) == EF_COM_D4


# -- a whole read ---------------------------------------------------------------------------------


def test_full_read_with_short_apdus(terminal: MiniTerminal, card: VirtualPassport) -> None:
    authenticated(terminal)
    assert terminal.read_file(0x011E) == EF_COM_D4
    assert terminal.read_file(0x0101) == DG1
    assert terminal.read_file(0x0102) == DG2
    assert terminal.read_file(0x011D) == SOD
    assert card.authenticated
    assert all(record.secure for record in list(card.log)[3:])


def test_extended_length_reads_a_large_file_in_one_go(terminal: MiniTerminal) -> None:
    authenticated(terminal)
    assert terminal.select_file(0x0102) == 0x9000
    data, sw = terminal.read_binary(0, len(DG2), extended=True)
    assert (data, sw) == (DG2, 0x9000)
    data, sw = terminal.read_binary(0, 65536, extended=True)  # Le 0000: all there is
    assert (data, sw) == (DG2, 0x9000)


def test_short_le_00_means_256(terminal: MiniTerminal) -> None:
    """Le 00 asks for up to 256 bytes; the protected answer to 256 does not fit a short
    response, so only a terminal keeping to about 0xDF per read gets data."""
    authenticated(terminal)
    terminal.select_file(0x0102)
    data, sw = terminal.read_binary(0, 256)
    assert (data, sw) == (b"", 0x6700)
    data, sw = terminal.read_binary(0, 0xDF)  # the session is still in step
    assert (data, sw) == (DG2[:0xDF], 0x9000)
    data, sw = terminal.read_binary(0, 256, extended=True)
    assert (data, sw) == (DG2[:256], 0x9000)


def test_end_of_file_and_offsets(terminal: MiniTerminal) -> None:
    authenticated(terminal)
    terminal.select_file(0x011E)
    assert terminal.read_binary(20, 10) == (EF_COM_D4[20:], 0x6282)
    assert terminal.read_binary(len(EF_COM_D4), 1) == (b"", 0x6282)
    assert terminal.read_binary(len(EF_COM_D4) + 1, 1) == (b"", 0x6B00)
    assert terminal.select_file(0x0105) == 0x6A82  # DG5 not on this card
    assert terminal.read_binary(0, 4) == (EF_COM_D4[:4], 0x9000)  # EF.COM still selected


def test_read_by_short_file_identifier(terminal: MiniTerminal) -> None:
    authenticated(terminal)
    data, sw = terminal.secure(CommandApdu(0, 0xB0, 0x80 | 0x01, 0, le=4))
    assert (data, sw) == (DG1[:4], 0x9000)


# -- refusals -------------------------------------------------------------------------------------


def test_wrong_mrz_key_is_refused_without_session(
    terminal: MiniTerminal, card: VirtualPassport
) -> None:
    terminal.plain(SELECT_APPLET)
    assert terminal.bac("L898902C<369080619406245") == 0x6300
    assert not card.authenticated
    terminal.ks_enc, terminal.ks_mac = KS_ENC, KS_MAC
    assert terminal.transport.transmit(terminal.protect(CommandApdu(0, 0xB0, 0, 0, le=4))) == H(
        "6988"
    )
    assert terminal.bac(MRZ_INFO) == 0x9000  # a fresh challenge, the right key: in


def test_challenge_is_used_once(terminal: MiniTerminal) -> None:
    terminal.plain(SELECT_APPLET)
    rnd_ic, _ = terminal.plain(H("0084000008"))
    seed = crypto.key_seed(MRZ_INFO)
    k_enc, k_mac = (crypto.derive_key(seed, c) for c in (crypto.KDF_ENC, crypto.KDF_MAC))
    e_ifd = crypto.encrypt(k_enc, os.urandom(8) + rnd_ic + os.urandom(16))
    m_ifd = crypto.retail_mac(k_mac, crypto.pad(e_ifd))
    wrong = bytes(CommandApdu(0, 0x82, 0, 0, e_ifd + bytes(8), 40))
    right = bytes(CommandApdu(0, 0x82, 0, 0, e_ifd + m_ifd, 40))
    assert terminal.plain(wrong)[1] == 0x6300
    assert terminal.plain(right)[1] == 0x6985  # the failed try used up the challenge
    rnd_ic, _ = terminal.plain(H("0084000008"))
    e_ifd = crypto.encrypt(k_enc, os.urandom(8) + rnd_ic + os.urandom(16))
    right = bytes(
        CommandApdu(0, 0x82, 0, 0, e_ifd + crypto.retail_mac(k_mac, crypto.pad(e_ifd)), 40)
    )
    assert terminal.plain(right)[1] == 0x9000


def test_rnd_ic_must_be_echoed(terminal: MiniTerminal) -> None:
    terminal.plain(SELECT_APPLET)
    terminal.plain(H("0084000008"))
    seed = crypto.key_seed(MRZ_INFO)
    k_enc, k_mac = (crypto.derive_key(seed, c) for c in (crypto.KDF_ENC, crypto.KDF_MAC))
    e_ifd = crypto.encrypt(k_enc, os.urandom(32))
    command = bytes(
        CommandApdu(0, 0x82, 0, 0, e_ifd + crypto.retail_mac(k_mac, crypto.pad(e_ifd)), 40)
    )
    assert terminal.plain(command)[1] == 0x6300


def test_application_files_need_bac(terminal: MiniTerminal) -> None:
    assert terminal.plain(H("00A4020C02011E"))[1] == 0x6A82  # applet not selected yet
    assert terminal.plain(SELECT_APPLET)[1] == 0x9000
    assert terminal.plain(H("00A4020C02011E"))[1] == 0x6982
    assert terminal.plain(H("00B0000004"))[1] == 0x6986
    assert terminal.plain(H("00B0810004"))[1] == 0x6982  # by SFI: DG1


def test_unknown_application_and_challenge_before_select(terminal: MiniTerminal) -> None:
    assert terminal.plain(H("0084000008"))[1] == 0x6985
    assert terminal.plain(H("00A4040C07A0000002471002"))[1] == 0x6A82
    assert terminal.plain(H("00CA010000"))[1] == 0x6D00
    assert terminal.plain(H("80A4040C07A0000002471001"))[1] == 0x6E00


def test_plain_command_after_bac_ends_the_session(
    terminal: MiniTerminal, card: VirtualPassport
) -> None:
    authenticated(terminal)
    assert terminal.plain(H("00B0000004")) == (b"", 0x6987)
    assert not card.authenticated
    with pytest.raises(SmError, match="plain answer 6988"):
        terminal.select_file(0x011E)


def test_wrong_mac_ends_the_session(terminal: MiniTerminal, card: VirtualPassport) -> None:
    authenticated(terminal)
    protected = bytearray(terminal.protect(CommandApdu(0, 0xA4, 0x02, 0x0C, H("011E"))))
    protected[-2] ^= 0x01  # last byte of the MAC (before Le)
    assert terminal.transport.transmit(bytes(protected)) == H("6988")
    assert not card.authenticated


def test_missing_mac_ends_the_session(terminal: MiniTerminal, card: VirtualPassport) -> None:
    authenticated(terminal)
    assert terminal.transport.transmit(H("0CB0000003970104")) == H("6987")
    assert not card.authenticated


def test_reset_and_power_off_end_the_session(terminal: MiniTerminal, card: VirtualPassport) -> None:
    authenticated(terminal)
    assert card.reset() == card.atr
    assert not card.authenticated
    authenticated(terminal)
    card.power_off()
    assert not card.authenticated
    assert terminal.plain(H("0084000008"))[1] == 0x6985  # applet deselected too


def test_corrupted_response_mac_is_detected(terminal: MiniTerminal, card: VirtualPassport) -> None:
    authenticated(terminal)
    card.corrupt_response_macs(1)
    with pytest.raises(SmError, match="MAC"):
        terminal.select_file(0x011E)


def test_reject_all_looks_like_a_card_without_the_application(card: VirtualPassport) -> None:
    card.reject_all()
    transport = InProcessTransport(card)
    assert transport.transmit(SELECT_APPLET) == H("6A82")
    card.heal()
    assert transport.transmit(SELECT_APPLET) == OK


def test_extended_apdus_refused_by_a_short_only_card() -> None:
    card = VirtualPassport(FILES, MRZ_INFO, extended_length=False)
    terminal = authenticated(MiniTerminal(InProcessTransport(card)))
    terminal.select_file(0x0102)
    assert terminal.transport.transmit(
        terminal.protect(CommandApdu(0, 0xB0, 0, 0, le=4), extended=True)
    ) == H("6700")
    assert card.atr != make_atr(extended_length=True)


# -- removal --------------------------------------------------------------------------------------


def test_removal_mid_read(terminal: MiniTerminal, card: VirtualPassport) -> None:
    authenticated(terminal)
    terminal.select_file(0x0102)
    card.remove_after(2)
    assert terminal.read_binary(0, 0xDF)[1] == 0x9000
    assert terminal.read_binary(0xDF, 0xDF)[1] == 0x9000
    assert not card.present
    with pytest.raises(CardRemovedError):
        terminal.read_binary(2 * 0xDF, 0xDF)
    with pytest.raises(CardRemovedError):
        InProcessTransport(card)

    card.insert()
    again = MiniTerminal(InProcessTransport(card))
    authenticated(again)
    assert again.read_file(0x0102) == DG2


def test_remove_at_once(card: VirtualPassport) -> None:
    transport = InProcessTransport(card)
    card.remove_after(0)
    with pytest.raises(CardRemovedError):
        transport.transmit(SELECT_APPLET)


# -- transport and ATR ----------------------------------------------------------------------------


def test_in_process_transport_is_a_card_transport(card: VirtualPassport) -> None:
    transport = InProcessTransport(card)
    assert isinstance(transport, CardTransport)
    assert transport.atr == card.atr
    transport.close()
    with pytest.raises(RuntimeError):
        transport.transmit(SELECT_APPLET)


@pytest.mark.parametrize("extended", [True, False])
def test_atr_is_well_formed(extended: bool) -> None:
    atr = make_atr(extended_length=extended)
    assert atr[0] == 0x3B
    historical_count = atr[1] & 0x0F
    assert len(atr) == 1 + 1 + 2 + historical_count + 1
    check = 0
    for byte in atr[1:]:
        check ^= byte
    assert check == 0  # TCK
    capabilities = atr[4 + 2 : 4 + 5]
    assert bool(capabilities[2] & 0x40) is extended


def test_apdu_log_counts_what_the_card_answered(
    terminal: MiniTerminal, card: VirtualPassport
) -> None:
    authenticated(terminal)
    terminal.read_file(0x011E)
    assert card.apdu_count == 3 + 3
    assert [record.ins for record in card.log] == [0xA4, 0x84, 0x82, 0xA4, 0xB0, 0xB0]


# -- the reader code against the card -----------------------------------------------------------


def test_chip_reader_reads_the_virtual_passport(card: VirtualPassport) -> None:
    """The production reader (``reader.ChipReader``) and the virtual chip agree end to end."""
    from app.devices.emrtd.reader import ChipReader

    document = ChipReader(InProcessTransport(card)).read_document(MRZ_INFO)
    assert document.ef_com == EF_COM_D4
    assert dict(document.data_groups) == {1: DG1, 2: DG2}
    assert document.sod == SOD
    assert document.atr == card.atr


def test_card_from_a_test_document() -> None:
    @dataclass(frozen=True)
    class Document:
        files: Mapping[int, bytes]
        mrz_information: str

    card = VirtualPassport.from_document(Document(FILES, MRZ_INFO))
    assert authenticated(MiniTerminal(InProcessTransport(card))).read_file(0x0101) == DG1
    assert card.files == FILES


def test_card_access_is_readable_without_bac() -> None:
    """EF.CardAccess (PACE parameters) lives in the master file and needs no BAC; Le 00 reads
    up to 256 bytes, a file shorter than that without a warning."""
    card_access = encode_tlv(0x31, encode_tlv(0x30, b"\x06\x0a" + bytes(10) + b"\x02\x01\x02"))
    card = VirtualPassport({**FILES, 0x011C: card_access}, MRZ_INFO)
    transport = InProcessTransport(card)
    assert transport.transmit(H("00A4020C02011C")) == OK
    assert transport.transmit(H("00B0000000")) == card_access + OK
    assert transport.transmit(H("00B0000004")) == card_access[:4] + OK
    assert transport.transmit(H("00B09C0000")) == card_access + OK  # by SFI 1C
