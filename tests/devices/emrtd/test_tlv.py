"""BER-TLV as ICAO uses it: multi-byte tags, long lengths, truncation never silently sliced."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.emrtd.errors import EmrtdError, MalformedDataError
from app.devices.emrtd.tlv import (
    Tlv,
    encode_length,
    encode_tlv,
    find_tlv,
    parse_tlv,
    read_tlv,
    total_length,
)

H = bytes.fromhex
EF_COM = H("60145F0104303130365F36063034303030305C026175")


def test_ef_com_of_appendix_d() -> None:
    (outer,) = parse_tlv(EF_COM)
    assert outer.tag == 0x60 and len(outer.value) == 0x14
    assert parse_tlv(outer.value) == [
        Tlv(0x5F01, b"0106"),
        Tlv(0x5F36, b"040000"),
        Tlv(0x5C, H("6175")),
    ]
    assert find_tlv(outer.value, 0x5C) == H("6175")


@pytest.mark.parametrize(
    ("length", "encoded"), [(0, "00"), (0x7F, "7F"), (0x80, "8180"), (0x1234, "821234")]
)
def test_length_encoding(length: int, encoded: str) -> None:
    assert encode_length(length) == H(encoded)


def test_total_length_from_the_first_four_bytes() -> None:
    assert total_length(H("60145F01")) == 22
    assert total_length(H("758205DC")) == 4 + 0x05DC
    assert total_length(H("77820200")) == 4 + 0x0200


@pytest.mark.parametrize("header", ["", "60", "7F61", "758205", "7F618203"])
def test_total_length_refuses_short_headers(header: str) -> None:
    with pytest.raises(MalformedDataError):
        total_length(H(header))


@pytest.mark.parametrize(
    "data", ["6005AABB", "5F", "5F1F", "5F1F82", "6080", "6085000000000001", "61810500"]
)
def test_truncated_or_unsupported_input_is_malformed(data: str) -> None:
    with pytest.raises(MalformedDataError):
        read_tlv(H(data))


def test_find_tlv_missing_tag() -> None:
    with pytest.raises(MalformedDataError, match="5C"):
        find_tlv(H("5F010430313036"), 0x5C)


@given(st.sampled_from([0x02, 0x5C, 0x60, 0x5F1F, 0x7F61, 0x7F2E]), st.binary(max_size=70000))
def test_round_trip(tag: int, value: bytes) -> None:
    encoded = encode_tlv(tag, value)
    assert read_tlv(encoded) == (Tlv(tag, value), len(encoded))
    assert total_length(encoded[:8]) == len(encoded)


@given(st.binary(max_size=200))
def test_random_bytes_parse_or_raise_malformed(data: bytes) -> None:
    try:
        items = parse_tlv(data)
    except EmrtdError:
        return
    assert b"".join(encode_tlv(item.tag, item.value) for item in items) == data or items
