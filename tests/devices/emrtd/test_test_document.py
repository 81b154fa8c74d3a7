"""The test document builder: chip files that the LDS parser, the MRZ parser and passive
authentication accept, for a passport (TD3) and an identity card (TD1), and a read through the
virtual chip that verifies end to end."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from app.devices.emrtd import lds
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.passive_auth import verify_document
from app.devices.emrtd.reader import ChipReader
from app.devices.emrtd.simulator import InProcessTransport, VirtualPassport
from app.devices.emrtd.simulator.document import (
    FID_COM,
    FID_DG1,
    FID_DG2,
    FID_SOD,
    TestDocument,
    build_test_document,
    face_record,
    placeholder_face,
)
from app.devices.emrtd.simulator.pki import TestPki, make_test_pki
from app.devices.emrtd.tlv import find_tlv
from app.devices.emrtd.trust_store import CscaTrustStore

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def pki() -> TestPki:
    return make_test_pki(now=NOW)


def passport(pki: TestPki, **overrides: object) -> TestDocument:
    fields: dict[str, object] = {
        "surname": "van der Berg",
        "given_names": "Jöran Willem",
        "birth_date": date(1975, 12, 31),
        "sex": "M",
        "document_number": "NP1234567",
        "expiry_date": date(2031, 6, 30),
        "bsn": "999993653",
        "pki": pki,
    }
    fields.update(overrides)
    return build_test_document(**fields)  # type: ignore[arg-type]


def test_a_passport_has_the_four_files_and_a_td3_mrz(pki: TestPki) -> None:
    document = passport(pki)
    assert set(document.files) == {FID_COM, FID_DG1, FID_DG2, FID_SOD}
    mrz = parse_mrz(document.mrz, today=TODAY)
    assert mrz.format == "TD3"
    assert (mrz.document_type, mrz.issuing_state, mrz.nationality) == ("P", "NLD", "NLD")
    assert (mrz.surname, mrz.given_names) == ("VAN DER BERG", "JORAN WILLEM")
    assert (mrz.birth_date, mrz.expiry_date, mrz.sex) == (
        date(1975, 12, 31),
        date(2031, 6, 30),
        "M",
    )
    assert mrz.bsn == "999993653"
    assert document.mrz_information == mrz.bac_key_information()
    assert document.mrz_information.startswith("NP1234567")


def test_an_id_card_has_a_td1_mrz_with_the_bsn(pki: TestPki) -> None:
    document = passport(pki, kind="id_card", document_number="IZR12AB34", sex="F")
    mrz = parse_mrz(document.mrz, today=TODAY)
    assert (mrz.format, mrz.document_type, mrz.bsn) == ("TD1", "I", "999993653")
    assert lds.parse_dg1(document.files[FID_DG1]).lines == tuple(document.mrz.split("\n"))


def test_without_a_bsn_none_is_in_the_mrz(pki: TestPki) -> None:
    assert parse_mrz(passport(pki, bsn=None).mrz, today=TODAY).bsn is None


def test_dg1_holds_the_mrz_without_line_breaks(pki: TestPki) -> None:
    document = passport(pki)
    dg1 = lds.parse_dg1(document.files[FID_DG1])
    assert dg1.mrz == document.mrz.replace("\n", "")
    assert len(dg1.mrz) == 88


def test_ef_com_lists_dg1_and_dg2(pki: TestPki) -> None:
    com = lds.parse_com(passport(pki).files[FID_COM])
    assert (com.lds_version, com.unicode_version, com.data_groups) == ("1.7", "4.0.0", (1, 2))


def test_dg2_holds_a_19794_5_record_with_the_placeholder_jpeg(pki: TestPki) -> None:
    dg2 = passport(pki).files[FID_DG2]
    face = lds.parse_dg2(dg2)
    assert face.mime == lds.MIME_JPEG
    assert face.data == placeholder_face()
    with Image.open(io.BytesIO(face.data)) as image:
        assert image.size == (120, 160)
    group = find_tlv(find_tlv(dg2, 0x75), 0x7F61)
    assert find_tlv(group, 0x02) == b"\x01"
    header = find_tlv(find_tlv(group, 0x7F60), 0xA1)
    assert find_tlv(header, 0x87) == b"\x01\x01"  # format owner ISO/IEC JTC 1/SC 37
    assert find_tlv(header, 0x88) == b"\x00\x08"  # format type: face


def test_the_face_record_lengths_are_consistent() -> None:
    jpeg = placeholder_face()
    record = face_record(jpeg, sex="F")
    assert record[:8] == b"FAC\x00010\x00"
    assert int.from_bytes(record[8:12], "big") == len(record)
    assert int.from_bytes(record[12:14], "big") == 1
    assert int.from_bytes(record[14:18], "big") == len(record) - 14
    assert record[20] == 2  # gender: female
    assert record.endswith(jpeg)


def test_a_given_face_is_stored(pki: TestPki) -> None:
    image = Image.new("RGB", (60, 80), (10, 200, 30))
    out = io.BytesIO()
    image.save(out, format="JPEG")
    document = passport(pki, face=out.getvalue())
    assert lds.parse_dg2(document.files[FID_DG2]).data == out.getvalue()


def test_an_unknown_kind_is_refused(pki: TestPki) -> None:
    with pytest.raises(ValueError, match="kind"):
        passport(pki, kind="visa")


def test_the_repr_keeps_the_mrz_out_of_logs(pki: TestPki) -> None:
    document = passport(pki)
    assert "BERG" not in repr(document)
    assert "NP1234567" not in repr(document)


def test_read_through_the_virtual_chip_verifies(pki: TestPki) -> None:
    document = passport(pki)
    card = VirtualPassport(document.files, document.mrz_information)
    transport = InProcessTransport(card)
    try:
        chip = ChipReader(transport).read_document(document.mrz_information)
    finally:
        transport.close()
    result = verify_document(
        chip.sod, chip.data_groups, CscaTrustStore.from_certificates([pki.csca_cert]), at=NOW
    )
    assert result.verified_data_groups == (1, 2)
    assert chip.data_groups[1] == document.files[FID_DG1]
