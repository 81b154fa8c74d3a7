"""BER-TLV as ICAO 9303 uses it (data groups, secure-messaging objects, EF.COM).

Chip data is input from outside: every length is checked against what is there, so a
malformed or truncated answer raises ``MalformedDataError`` instead of slicing silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .errors import MalformedDataError


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes


def read_tlv(data: bytes, offset: int = 0) -> tuple[Tlv, int]:
    """Read one TLV at ``offset``; return it and the offset just after it."""
    end = len(data)
    if offset >= end:
        raise MalformedDataError("TLV: no tag")
    tag = data[offset]
    offset += 1
    if tag & 0x1F == 0x1F:  # multi-byte tag: continue while bit 8 is set
        while True:
            if offset >= end:
                raise MalformedDataError("TLV: tag cut off")
            byte = data[offset]
            offset += 1
            tag = (tag << 8) | byte
            if not byte & 0x80:
                break
            if tag > 0xFFFFFFFF:
                raise MalformedDataError("TLV: tag too long")
    if offset >= end:
        raise MalformedDataError("TLV: no length")
    first = data[offset]
    offset += 1
    if first < 0x80:
        length = first
    elif first == 0x80 or first > 0x84:
        raise MalformedDataError(f"TLV: unsupported length byte {first:#04x}")
    else:
        count = first & 0x7F
        if offset + count > end:
            raise MalformedDataError("TLV: length cut off")
        length = int.from_bytes(data[offset : offset + count], "big")
        offset += count
    if offset + length > end:
        raise MalformedDataError(f"TLV {tag:X}: {length} bytes announced, {end - offset} present")
    return Tlv(tag, bytes(data[offset : offset + length])), offset + length


def iter_tlv(data: bytes) -> Iterator[Tlv]:
    """Every TLV in ``data``, which must hold nothing else."""
    offset = 0
    while offset < len(data):
        item, offset = read_tlv(data, offset)
        yield item


def parse_tlv(data: bytes) -> list[Tlv]:
    return list(iter_tlv(data))


def find_tlv(data: bytes, tag: int) -> bytes:
    """The value of the first top-level ``tag`` in ``data``."""
    for item in iter_tlv(data):
        if item.tag == tag:
            return item.value
    raise MalformedDataError(f"TLV: tag {tag:X} missing")


def encode_length(length: int) -> bytes:
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return bytes([length])
    size = (length.bit_length() + 7) // 8
    return bytes([0x80 | size]) + length.to_bytes(size, "big")


def encode_tlv(tag: int, value: bytes) -> bytes:
    tag_bytes = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    return tag_bytes + encode_length(len(value)) + value


def total_length(header: bytes) -> int:
    """Size of the whole TLV whose first bytes are ``header``: how much of a file to read."""
    offset = 1
    if not header:
        raise MalformedDataError("TLV header too short")
    if header[0] & 0x1F == 0x1F:
        while offset < len(header) and header[offset] & 0x80:
            offset += 1
        offset += 1
    if offset >= len(header):
        raise MalformedDataError("TLV header too short")
    first = header[offset]
    offset += 1
    if first < 0x80:
        return offset + first
    count = first & 0x7F
    if first == 0x80 or count > 4:
        raise MalformedDataError(f"TLV: unsupported length byte {first:#04x}")
    if offset + count > len(header):
        raise MalformedDataError("TLV header too short")
    return offset + count + int.from_bytes(header[offset : offset + count], "big")
