"""TLV and ASN.1 from the chip (EF.COM, DG1, DG2, EF.SOD): only ``EmrtdError`` subclasses.

The tests in tests/devices/emrtd feed random bytes and overwrite bytes of a valid SOD. Here the
valid files of a test document are damaged with insertions, deletions and cuts, and the SOD is
also damaged *inside* its DER structure with every length above the damage re-encoded, so the
damage gets past the outer parsing and reaches the nested CMS, certificate and LDS security
object. A damaged data group never passes passive authentication.
"""

from __future__ import annotations

import contextlib
from functools import cache
from types import MappingProxyType
from uuid import uuid4

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.devices.emrtd import lds
from app.devices.emrtd.errors import EmrtdError, MalformedDataError
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.passive_auth import (
    PassiveAuthError,
    PassiveAuthResult,
    verify_document,
)
from app.devices.emrtd.reader import ChipDocument
from app.devices.emrtd.tlv import encode_length, iter_tlv, read_tlv, total_length
from app.devices.emrtd.trust_store import (
    TrustStoreFileError,
    read_certificate_file,
    read_master_list,
)
from app.services.auth import Principal, Role
from app.services.identity import AuthenticityLevel, ChipMismatchError, IdentityService
from tests.devices.emrtd.test_passive_auth import NOW, _document, _pki, _trust
from tests.devices.emrtd.test_trust_store import master_list
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated

# The virtual passport and its PKI, as the passive-authentication tests build them.
document = _document


def _verify(sod: bytes, groups: dict[int, bytes]) -> PassiveAuthResult:
    return verify_document(sod, groups, _trust(), at=NOW)


def test_the_test_document_verifies() -> None:
    doc = document()
    assert _verify(doc.sod, doc.data_groups).verified_data_groups == (1, 2)


# --- DER tree surgery ------------------------------------------------------------------------


def _constructed(tag: int) -> bool:
    first = tag >> (8 * ((tag.bit_length() - 1) // 8)) if tag else 0
    return bool(first & 0x20)


def _tag_bytes(tag: int) -> bytes:
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def _children(value: bytes) -> list[tuple[int, bytes]] | None:
    """The TLVs ``value`` consists of, or None when it is not a sequence of TLVs."""
    try:
        items = [(item.tag, item.value) for item in iter_tlv(value)]
    except MalformedDataError:
        return None
    return items or None


def _paths(blob: bytes, prefix: tuple[int, ...] = (), depth: int = 0) -> list[tuple[int, ...]]:
    """Every node of the DER tree in ``blob`` (OCTET STRINGs holding DER count as nodes with
    children: the SOD's eContent is one)."""
    found: list[tuple[int, ...]] = []
    items = _children(blob)
    if items is None or depth > 12:
        return found
    for index, (tag, value) in enumerate(items):
        path = (*prefix, index)
        found.append(path)
        if _constructed(tag) or tag == 0x04:
            found.extend(_paths(value, path, depth + 1))
    return found


def _replace(blob: bytes, path: tuple[int, ...], new_value: bytes) -> bytes:
    """``blob`` with the value of the node at ``path`` replaced and every length re-encoded."""
    items = _children(blob)
    assert items is not None
    out = b""
    for index, (tag, old) in enumerate(items):
        value = old
        if index == path[0]:
            value = new_value if len(path) == 1 else _replace(old, path[1:], new_value)
        out += _tag_bytes(tag) + encode_length(len(value)) + value
    return out


def _node(blob: bytes, path: tuple[int, ...]) -> bytes:
    items = _children(blob)
    assert items is not None
    value = items[path[0]][1]
    return value if len(path) == 1 else _node(value, path[1:])


@cache
def _sod_paths() -> list[tuple[int, ...]]:
    return _paths(document().sod)


@st.composite
def deep_sod_damage(draw: st.DrawFn) -> bytes:
    sod = document().sod
    path = draw(st.sampled_from(_sod_paths()))
    value = _node(sod, path)
    new = draw(
        st.one_of(
            mutated(value, max_steps=3),
            st.binary(max_size=40),
            st.just(b""),
            st.just(value + value),
        )
    )
    return _replace(sod, path, new)


@settings(PARSER, max_examples=200)
@given(deep_sod_damage())
def test_sod_damaged_deep_inside_gives_only_passive_auth_errors(sod: bytes) -> None:
    tried("chip tlv/asn1")
    try:
        result = _verify(sod, document().data_groups)
    except PassiveAuthError:
        return
    # Only a change the signature does not cover may still verify (an unsigned attribute,
    # a second copy of the DS certificate ...): the data groups must be the same.
    assert result.verified_data_groups == (1, 2)


@settings(PARSER, max_examples=100)
@given(mutated(document().sod, max_steps=6))
def test_sod_with_bytes_inserted_or_cut_gives_only_emrtd_errors(sod: bytes) -> None:
    tried("chip tlv/asn1")
    with contextlib.suppress(EmrtdError):
        _verify(sod, document().data_groups)


@settings(PARSER, max_examples=100)
@given(
    st.sampled_from([1, 2]).flatmap(
        lambda n: st.tuples(st.just(n), mutated(document().data_groups[n]))
    )
)
def test_a_damaged_data_group_never_passes_passive_authentication(group: tuple[int, bytes]) -> None:
    tried("chip tlv/asn1")
    number, damaged = group
    groups = {**document().data_groups, number: damaged}
    if damaged == document().data_groups[number]:
        return
    with pytest.raises(PassiveAuthError):
        _verify(document().sod, groups)


# --- LDS files -------------------------------------------------------------------------------


def _parse_any(data: bytes) -> None:
    """Every parser a file from the chip goes through; only EmrtdError may come out."""
    for parse in (lds.parse_com, lds.parse_dg1, lds.parse_dg2):
        with contextlib.suppress(EmrtdError):
            parse(data)
    with contextlib.suppress(EmrtdError):
        size = total_length(data[:4])
        assert size >= 2
    with contextlib.suppress(EmrtdError):
        _, end = read_tlv(data)
        assert end <= len(data)


@settings(PARSER, max_examples=200)
@given(
    st.sampled_from(["com", "dg1", "dg2"]).flatmap(
        lambda name: mutated(
            {
                "com": document().files[0x011E],
                "dg1": document().data_groups[1],
                "dg2": document().data_groups[2],
            }[name]
        )
    )
)
@example(b"\x75\x84\xff\xff\xff\xff")  # a length of 4 GB announced: refused, not allocated
def test_damaged_lds_files_give_only_emrtd_errors(data: bytes) -> None:
    tried("chip tlv/asn1")
    _parse_any(data)


@settings(PARSER, max_examples=60)
@given(mutated(document().data_groups[2], max_steps=3))
def test_damaged_face_image_decodes_or_gives_malformed_data(data: bytes) -> None:
    tried("chip tlv/asn1")
    try:
        face = lds.parse_dg2(data)
    except EmrtdError:
        return
    with contextlib.suppress(MalformedDataError):
        assert lds.face_png(face).startswith(b"\x89PNG")


# --- CSCA trust store files (configured, downloaded from outside) -----------------------------


@cache
def _csca_der() -> bytes:
    return bytes(_pki().csca_cert.public_bytes(Encoding.DER))


@cache
def _master_list() -> bytes:
    return master_list(_csca_der())


@st.composite
def damaged_trust_file(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["certificate", "master list", "pem"]))
    if kind == "pem":
        pem_text = _pki().csca_pem
        return kind, draw(mutated(pem_text, max_steps=3))
    blob = _csca_der() if kind == "certificate" else _master_list()
    paths = _paths(blob)
    path = draw(st.sampled_from(paths))
    value = _node(blob, path)
    new = draw(st.one_of(mutated(value, max_steps=2), st.binary(max_size=20), st.just(value * 2)))
    return kind, draw(st.sampled_from([_replace(blob, path, new), blob[: len(blob) // 2]]))


@settings(PARSER, max_examples=200)
@given(damaged_trust_file())
def test_damaged_trust_store_files_give_only_trust_store_file_errors(
    file: tuple[str, bytes],
) -> None:
    tried("csca trust store")
    kind, data = file
    reader = read_master_list if kind == "master list" else read_certificate_file
    with contextlib.suppress(TrustStoreFileError):
        assert all(cert.dump() for cert in reader(data))


def test_a_ds_certificate_with_bytes_added_inside_an_extension_is_not_trusted() -> None:
    """Found by the deep SOD damage: asn1crypto re-encoded the DS certificate's TBS without
    the added fields, so the CSCA's signature still verified over bytes the chip never sent."""
    sod = document().sod
    # SignedData certificates [0] > Certificate > tbsCertificate > extensions [3] (field 7 of
    # the test DS certificate) > Extensions > the first Extension.
    first_extension = (0, 0, 1, 0, 3, 0, 0, 7, 0, 0)
    assert first_extension in _sod_paths()
    damaged = _replace(sod, first_extension, _node(sod, first_extension) * 2)
    with pytest.raises(PassiveAuthError):
        _verify(damaged, document().data_groups)


# --- the whole check at the counter and the kiosk: IdentityService.verify ---------------------


def _identity_service() -> IdentityService:
    # verify() reads no database and no BRP: only the clock and the trust store.
    return IdentityService(
        db=None,  # type: ignore[arg-type]
        clock=lambda: NOW,
        persons=None,  # type: ignore[arg-type]
        trust_store=_trust,
    )


STAFF = Principal(uuid4(), "fuzz", "Fuzz", frozenset({Role.MEDEWERKER}))


@settings(PARSER, max_examples=100)
@given(
    st.sampled_from([1, 2]).flatmap(
        lambda n: st.tuples(st.just(n), mutated(document().data_groups[n], max_steps=3))
    )
)
def test_a_damaged_chip_is_never_reported_as_verified(group: tuple[int, bytes]) -> None:
    """Damaged DG1 or DG2 next to a genuine SOD: the identity check refuses the chip or
    reports it read but not verified, never CHIP_VERIFIED and never another exception."""
    tried("chip tlv/asn1")
    number, damaged = group
    doc = document()
    if damaged == doc.data_groups[number]:
        return
    chip = ChipDocument(
        atr=b"\x3b\x00",
        ef_com=doc.files[0x011E],
        data_groups=MappingProxyType({**doc.data_groups, number: damaged}),
        sod=doc.sod,
    )
    scanned = parse_mrz(doc.mrz, today=NOW.date())
    try:
        identity = _identity_service().verify(STAFF, scanned, chip)
    except ChipMismatchError:
        return
    assert identity.level is not AuthenticityLevel.CHIP_VERIFIED
    assert isinstance(identity.problem, EmrtdError)


def test_the_genuine_chip_is_verified() -> None:
    doc = document()
    chip = ChipDocument(b"\x3b\x00", doc.files[0x011E], MappingProxyType(doc.data_groups), doc.sod)
    identity = _identity_service().verify(STAFF, parse_mrz(doc.mrz, today=NOW.date()), chip)
    assert identity.level is AuthenticityLevel.CHIP_VERIFIED
