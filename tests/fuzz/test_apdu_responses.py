"""Response APDUs from a chip or a reader gone wrong: ``ChipReader`` (SELECT, BAC, secure
messaging, READ BINARY) ends with a ``ChipDocument`` or an ``EmrtdError``, never another
exception and never a loop; and a document it does return holds exactly the chip's files.

The chip is the simulator's virtual passport; between it and the reader sits a transport that
damages chosen responses (status word replaced, data cut, bytes flipped or added, the MAC or a
whole answer replaced by random bytes). tests/devices/emrtd feed ``SecureMessaging.unwrap``
random responses directly; here every step of a whole read is hit.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.emrtd.errors import CardRemovedError, EmrtdError
from app.devices.emrtd.reader import ChipDocument, ChipReader
from app.devices.emrtd.simulator import InProcessTransport, VirtualPassport
from app.devices.emrtd.simulator.document import (
    build_com,
    build_dg1,
    build_dg2,
    placeholder_face,
)
from app.devices.emrtd.tlv import encode_tlv
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated

MRZ_INFORMATION = "L898902C<369080619406236"  # ICAO 9303-11 Appendix D
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C<3UTO6908061F9406236ZE184226B<<<<<14"
#: More status words than a chip should give, and the ones it should.
STATUS_WORDS = st.sampled_from(
    [
        0x9000,
        0x6282,
        0x6300,
        0x63C2,
        0x6700,
        0x6982,
        0x6985,
        0x6987,
        0x6988,
        0x6A82,
        0x6B00,
        0x6C10,
        0x6100,
        0x6D00,
        0x6E00,
        0x6F00,
        0x0000,
        0xFFFF,
    ]
) | st.integers(min_value=0, max_value=0xFFFF)


@cache
def files() -> dict[int, bytes]:
    # The placeholder face: DG2 of about 2 KB, ten READ BINARY chunks.
    face = placeholder_face()
    sod = encode_tlv(0x77, b"\x30\x03\x02\x01\x00")
    return {0x011E: build_com(), 0x0101: build_dg1(TD3), 0x0102: build_dg2(face), 0x011D: sod}


def _passport() -> VirtualPassport:
    return VirtualPassport(files(), MRZ_INFORMATION)


def _check(document: ChipDocument) -> None:
    """What a successful read returns is what the chip holds, byte for byte."""
    wanted = files()
    assert document.ef_com == wanted[0x011E]
    assert document.data_groups[1] == wanted[0x0101]
    assert document.data_groups[2] == wanted[0x0102]
    assert document.sod == wanted[0x011D]


def test_an_undamaged_read_gives_the_files() -> None:
    with InProcessTransport(_passport()) as transport:
        _check(ChipReader(transport).read_document(MRZ_INFORMATION))


@st.composite
def _damage(draw: st.DrawFn, response: bytes) -> bytes:  # noqa: PLR0911 - one per kind
    data, sw = response[:-2], response[-2:]
    kind = draw(
        st.sampled_from(["sw", "cut", "bytes", "append", "mac", "random", "empty", "plain"])
    )
    if kind == "sw":
        return data + draw(STATUS_WORDS).to_bytes(2, "big")
    if kind == "cut":
        return response[: draw(st.integers(min_value=0, max_value=max(len(response) - 1, 0)))]
    if kind == "bytes":
        return draw(mutated(data)) + sw
    if kind == "append":
        return data + draw(st.binary(min_size=1, max_size=300)) + sw
    if kind == "mac" and len(data) >= 8:
        return data[:-8] + draw(st.binary(min_size=8, max_size=8)) + sw
    if kind == "random":
        return draw(st.binary(max_size=300))
    if kind == "empty":
        return sw
    return draw(STATUS_WORDS).to_bytes(2, "big")  # a plain error answer in the middle of SM


class DamagingTransport:
    """Passes commands to the virtual chip and damages the answers numbered in ``targets``."""

    def __init__(self, inner: InProcessTransport, data: st.DataObject, targets: set[int]) -> None:
        self.inner = inner
        self.data = data
        self.targets = targets
        self.count = 0

    @property
    def atr(self) -> bytes:
        return self.inner.atr

    def transmit(self, apdu: bytes) -> bytes:
        index = self.count
        self.count += 1
        assert self.count < 200, "the reader keeps asking: a loop on bad answers"
        answer = self.inner.transmit(apdu)
        if index in self.targets:
            return self.data.draw(_damage(answer), label=f"response {index}")
        return answer

    def close(self) -> None:
        self.inner.close()


@settings(PARSER, max_examples=150)
@given(st.data(), st.sets(st.integers(min_value=0, max_value=30), min_size=1, max_size=3))
def test_damaged_answers_give_the_files_or_an_emrtd_error(
    data: st.DataObject, targets: set[int]
) -> None:
    tried("apdu responses")
    with InProcessTransport(_passport()) as inner:
        transport = DamagingTransport(inner, data, targets)
        try:
            document = ChipReader(transport).read_document(MRZ_INFORMATION)
        except EmrtdError:
            return
    _check(document)


class RandomTransport:
    """A 'chip' that answers anything at all; after ``limit`` answers it is taken away."""

    def __init__(self, data: st.DataObject, limit: int = 40) -> None:
        self.data = data
        self.limit = limit
        self.count = 0

    @property
    def atr(self) -> bytes:
        return b"\x3b\x00"

    def transmit(self, apdu: bytes) -> bytes:
        self.count += 1
        if self.count > self.limit:
            raise CardRemovedError("fuzz transport exhausted")
        shaped = st.tuples(st.binary(max_size=64), STATUS_WORDS).map(
            lambda pair: pair[0] + pair[1].to_bytes(2, "big")
        )
        return self.data.draw(st.binary(max_size=80) | shaped)

    def close(self) -> None:
        return None


@settings(PARSER, max_examples=120)
@given(st.data(), st.integers(min_value=1, max_value=0xFF))
def test_a_chip_answering_anything_gives_only_emrtd_errors(
    data: st.DataObject, max_read: int
) -> None:
    tried("apdu responses")
    try:
        ChipReader(RandomTransport(data), max_read=max_read).read_document(MRZ_INFORMATION)
    except EmrtdError:
        return
    raise AssertionError("random answers passed BAC and secure messaging")
