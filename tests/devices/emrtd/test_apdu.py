"""APDU encoding: the four ISO 7816-4 cases, short and extended, and the status words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.emrtd.apdu import CommandApdu, ResponseApdu, is_success, sw_text
from app.devices.emrtd.errors import EmrtdError, MalformedDataError

H = bytes.fromhex


@pytest.mark.parametrize(
    ("apdu", "wire"),
    [
        (CommandApdu(0x00, 0x84, 0, 0), "00840000"),  # case 1
        (CommandApdu(0x00, 0x84, 0, 0, le=8), "0084000008"),  # case 2
        (CommandApdu(0x00, 0xB0, 0, 0, le=256), "00B0000000"),  # Le 256 is 00
        (CommandApdu(0x00, 0xA4, 2, 0x0C, H("011E")), "00A4020C02011E"),  # case 3
        (CommandApdu(0x0C, 0xB0, 0, 4, H("970112"), 256), "0CB0000403970112" + "00"),  # 4
        (CommandApdu(0x00, 0xB0, 0, 0, le=1000), "00B000000003E8"),  # case 2 extended
        (CommandApdu(0x00, 0xB0, 0, 0, le=65536), "00B00000000000"),  # Le 65536 is 0000
        (CommandApdu(0x00, 0xD6, 0, 0, bytes(300)), "00D60000" + "00012C" + "00" * 300),
        (
            CommandApdu(0x0C, 0xB0, 0, 0, bytes(300), 65536),
            "0CB00000" + "00012C" + "00" * 300 + "0000",
        ),
    ],
)
def test_encoding_and_parsing(apdu: CommandApdu, wire: str) -> None:
    assert apdu.to_bytes() == H(wire)
    assert CommandApdu.parse(H(wire)) == apdu


def test_extended_can_be_forced_and_short_refused() -> None:
    assert CommandApdu(0, 0xB0, 0, 0, le=4).to_bytes(extended=True) == H("00B00000000004")
    with pytest.raises(ValueError, match="short"):
        CommandApdu(0, 0xB0, 0, 0, le=300).to_bytes(extended=False)


@pytest.mark.parametrize("kwargs", [{"cla": 256}, {"le": 0}, {"le": 65537}, {"data": bytes(65536)}])
def test_out_of_range_fields_are_refused(kwargs: dict[str, object]) -> None:
    fields: dict[str, object] = {"cla": 0, "ins": 0xB0, "p1": 0, "p2": 0, **kwargs}
    with pytest.raises(ValueError):
        CommandApdu(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("wire", ["00B000", "00A4020C05011E", "00A4020C0000", "00D60000000003AA"])
def test_inconsistent_lengths_are_malformed(wire: str) -> None:
    with pytest.raises(MalformedDataError):
        CommandApdu.parse(H(wire))


def test_response_apdu() -> None:
    response = ResponseApdu.parse(H("60145F019000"))
    assert response == ResponseApdu(H("60145F01"), 0x9000)
    assert response.ok and (response.sw1, response.sw2) == (0x90, 0x00)
    assert bytes(response) == H("60145F019000")
    with pytest.raises(MalformedDataError):
        ResponseApdu.parse(H("90"))


def test_status_words() -> None:
    assert is_success(0x9000) and is_success(0x6282) and not is_success(0x6A82)
    assert sw_text(0x6A82) == "6A82 file or application not found"
    assert sw_text(0x6110) == "6110 16 more bytes available"
    assert sw_text(0x63C2) == "63C2 verification failed, 2 tries left"
    assert sw_text(0x1234).endswith("unknown status")


@given(
    st.integers(0, 255),
    st.integers(0, 255),
    st.binary(max_size=400),
    st.one_of(st.none(), st.integers(1, 65536)),
)
def test_round_trip(ins: int, p1: int, data: bytes, le: int | None) -> None:
    apdu = CommandApdu(0x00, ins, p1, 0, data, le)
    assert CommandApdu.parse(apdu.to_bytes()) == apdu


@given(st.binary(max_size=300))
def test_random_bytes_parse_or_raise_malformed(raw: bytes) -> None:
    try:
        apdu = CommandApdu.parse(raw)
    except EmrtdError:
        return
    assert apdu.header == raw[:4]
