"""Secure messaging against ICAO 9303 Part 11 Appendix D.4: SELECT EF.COM, two READ BINARYs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.emrtd.apdu import CommandApdu, ResponseApdu
from app.devices.emrtd.crypto import encrypt, pad, retail_mac
from app.devices.emrtd.errors import EmrtdError, SecureMessagingError
from app.devices.emrtd.secure_messaging import SecureMessaging, SecureTransport
from app.devices.emrtd.tlv import encode_tlv

H = bytes.fromhex
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = H("887022120C06C226")

SELECT_EF_COM = CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E"))
SELECT_PROTECTED = H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
SELECT_ANSWER = H("990290008E08FA855A5D4C50A8ED9000")
READ_4 = CommandApdu(0x00, 0xB0, 0x00, 0x00, le=4)
READ_4_PROTECTED = H("0CB000000D9701048E08ED6705417E96BA5500")
READ_4_ANSWER = H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")
READ_18 = CommandApdu(0x00, 0xB0, 0x00, 0x04, le=0x12)
READ_18_PROTECTED = H("0CB000040D9701128E082EA28A70F3C7B53500")
READ_18_ANSWER = H(
    "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"
)
EF_COM = H("60145F0104303130365F36063034303030305C026175")


def fresh() -> SecureMessaging:
    return SecureMessaging(KS_ENC, KS_MAC, SSC)


def test_appendix_d4_exchange() -> None:
    sm = fresh()
    assert sm.wrap(SELECT_EF_COM).to_bytes() == SELECT_PROTECTED
    assert sm.ssc == H("887022120C06C227")
    assert sm.unwrap(ResponseApdu.parse(SELECT_ANSWER)) == ResponseApdu(b"", 0x9000)
    assert sm.ssc == H("887022120C06C228")

    assert sm.wrap(READ_4).to_bytes() == READ_4_PROTECTED
    assert sm.unwrap(ResponseApdu.parse(READ_4_ANSWER)) == ResponseApdu(H("60145F01"), 0x9000)

    assert sm.wrap(READ_18).to_bytes() == READ_18_PROTECTED
    answer = sm.unwrap(ResponseApdu.parse(READ_18_ANSWER))
    assert answer == ResponseApdu(EF_COM[4:], 0x9000)
    assert sm.ssc == H("887022120C06C22C")


class Script:
    def __init__(self, pairs: list[tuple[bytes, bytes]]) -> None:
        self.pairs = pairs

    @property
    def atr(self) -> bytes:
        return b"\x3b\x80"

    def transmit(self, apdu: bytes) -> bytes:
        expected, answer = self.pairs.pop(0)
        assert apdu == expected
        return answer

    def close(self) -> None:
        self.pairs.clear()


def test_secure_transport_speaks_plain_apdus_above() -> None:
    inner = Script(
        [
            (SELECT_PROTECTED, SELECT_ANSWER),
            (READ_4_PROTECTED, READ_4_ANSWER),
            (READ_18_PROTECTED, READ_18_ANSWER),
        ]
    )
    secure = SecureTransport(inner, fresh())
    assert secure.atr == b"\x3b\x80"
    assert secure.transmit(SELECT_EF_COM.to_bytes()) == H("9000")
    assert secure.transmit(READ_4.to_bytes()) == H("60145F019000")
    assert secure.transmit(READ_18.to_bytes()) == EF_COM[4:] + H("9000")
    assert inner.pairs == []


def test_tampered_mac_breaks_the_session() -> None:
    sm = fresh()
    sm.wrap(SELECT_EF_COM)
    tampered = bytearray(SELECT_ANSWER)
    tampered[-3] ^= 1
    with pytest.raises(SecureMessagingError):
        sm.unwrap(ResponseApdu.parse(bytes(tampered)))
    with pytest.raises(SecureMessagingError):
        sm.wrap(READ_4)


def test_replayed_answer_fails_as_ssc_out_of_step() -> None:
    sm = fresh()
    sm.wrap(SELECT_EF_COM)
    sm.unwrap(ResponseApdu.parse(SELECT_ANSWER))
    sm.wrap(READ_4)
    with pytest.raises(SecureMessagingError, match="MAC"):
        sm.unwrap(ResponseApdu.parse(SELECT_ANSWER))


def test_tampered_cryptogram_is_rejected() -> None:
    sm = fresh()
    sm.wrap(SELECT_EF_COM)
    sm.unwrap(ResponseApdu.parse(SELECT_ANSWER))
    sm.wrap(READ_4)
    tampered = bytearray(READ_4_ANSWER)
    tampered[4] ^= 0x40
    with pytest.raises(SecureMessagingError, match="MAC"):
        sm.unwrap(ResponseApdu.parse(bytes(tampered)))


@pytest.mark.parametrize("sw", ["6987", "6988"])
def test_plain_sm_error_from_the_chip(sw: str) -> None:
    sm = fresh()
    sm.wrap(READ_4)
    with pytest.raises(SecureMessagingError):
        sm.unwrap(ResponseApdu.parse(H(sw)))


def test_plain_error_status_is_passed_up_once() -> None:
    sm = fresh()
    sm.wrap(READ_4)
    assert sm.unwrap(ResponseApdu.parse(H("6A82"))).sw == 0x6A82
    with pytest.raises(SecureMessagingError):
        sm.wrap(READ_4)


def chip_answer(ssc_after: bytes, data: bytes, sw: int) -> bytes:
    """What a chip sends: DO'87' (when there is data), DO'99', DO'8E' over SSC and both."""
    objects = b""
    if data:
        objects += encode_tlv(0x87, b"\x01" + encrypt(KS_ENC, pad(data)))
    objects += encode_tlv(0x99, sw.to_bytes(2, "big"))
    mac = retail_mac(KS_MAC, pad(ssc_after + objects))
    return objects + encode_tlv(0x8E, mac) + b"\x90\x00"


def test_protected_error_status_comes_from_do99() -> None:
    sm = fresh()
    sm.wrap(SELECT_EF_COM)
    answer = sm.unwrap(ResponseApdu.parse(chip_answer(H("887022120C06C228"), b"", 0x6A82)))
    assert answer == ResponseApdu(b"", 0x6A82)


def test_extended_length_read_uses_two_byte_le() -> None:
    sm = fresh()
    protected = sm.wrap(CommandApdu(0x00, 0xB0, 0x00, 0x00, le=1000))
    assert protected.data.startswith(H("970203E8"))
    raw = protected.to_bytes()
    assert raw[4] == 0 and raw[-2:] == b"\x00\x00"  # extended Lc and Le
    data = bytes(range(256)) * 3 + bytes(232)
    answer = sm.unwrap(ResponseApdu.parse(chip_answer(H("887022120C06C228"), data, 0x9000)))
    assert answer.data == data


def test_command_with_data_round_trips_through_a_chip_side_decrypt() -> None:
    sm = fresh()
    protected = sm.wrap(CommandApdu(0x00, 0xA4, 0x04, 0x0C, H("A0000002471001")))
    assert protected.cla == 0x0C
    assert protected.data[0] == 0x87 and protected.data[-10:-8] == H("8E08")


@given(st.binary(max_size=80), st.integers(0, 0xFFFF))
def test_random_responses_raise_only_emrtd_errors(data: bytes, sw: int) -> None:
    sm = fresh()
    sm.wrap(READ_4)
    try:
        answer = sm.unwrap(ResponseApdu(data, sw))
    except EmrtdError:
        return
    # Only a plain error status may pass without a MAC; a forged MAC is 2^-64 unlikely.
    assert not data and sw not in (0x9000, 0x6987, 0x6988) and answer == ResponseApdu(b"", sw)


@given(st.binary(min_size=1, max_size=40))
def test_valid_mac_with_random_cryptogram_raises_only_emrtd_errors(cryptogram: bytes) -> None:
    objects = encode_tlv(0x87, cryptogram) + encode_tlv(0x99, b"\x90\x00")
    mac = retail_mac(KS_MAC, pad(H("887022120C06C228") + objects))
    sm = fresh()
    sm.wrap(READ_4)
    try:
        answer = sm.unwrap(ResponseApdu(objects + encode_tlv(0x8E, mac), 0x9000))
    except EmrtdError:
        return
    assert answer.sw == 0x9000 and len(answer.data) < len(cryptogram)
