"""LDS parsing: EF.COM (Appendix D bytes), DG1 in the three MRZ formats, DG2 face images."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from app.devices.emrtd.errors import EmrtdError, MalformedDataError
from app.devices.emrtd.lds import (
    MIME_J2K,
    MIME_JP2,
    MIME_JPEG,
    FaceImage,
    face_png,
    parse_com,
    parse_dg1,
    parse_dg2,
)
from app.devices.emrtd.tlv import encode_tlv

H = bytes.fromhex
EF_COM_D4 = H("60145F0104303130365F36063034303030305C026175")
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<"
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<D231458907UTO7408122F1204159<<<<<<<6"


def image_bytes(fmt: str, size: tuple[int, int] = (24, 32)) -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    for x in range(size[0]):
        image.putpixel((x, x % size[1]), (0, 0, 255))
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


def j2k_codestream(size: tuple[int, int] = (24, 32)) -> bytes:
    out = io.BytesIO()
    Image.new("L", size, 90).save(out, format="JPEG2000", no_jp2=True)
    return out.getvalue()


def facial_record(image: bytes, *, feature_points: int = 0, image_type: int = 0) -> bytes:
    """An ISO/IEC 19794-5 record: general header, facial information, points, image info."""
    facial = (
        (20 + 8 * feature_points + 12 + len(image)).to_bytes(4, "big")
        + feature_points.to_bytes(2, "big")
        + bytes(14)
    )
    points = bytes(8 * feature_points)
    info = bytes([1, image_type]) + (240).to_bytes(2, "big") + (320).to_bytes(2, "big") + bytes(6)
    body = facial + points + info + image
    return b"FAC\x00" + b"010\x00" + (14 + len(body)).to_bytes(4, "big") + b"\x00\x01" + body


def dg2(block: bytes, tag: int = 0x5F2E) -> bytes:
    header = encode_tlv(0xA1, encode_tlv(0x80, b"\x01\x01") + encode_tlv(0x87, b"\x01\x01"))
    template = encode_tlv(0x7F60, header + encode_tlv(tag, block))
    return encode_tlv(0x75, encode_tlv(0x7F61, encode_tlv(0x02, b"\x01") + template))


def dg1(mrz: str) -> bytes:
    return encode_tlv(0x61, encode_tlv(0x5F1F, mrz.encode("ascii")))


def test_ef_com_of_appendix_d() -> None:
    com = parse_com(EF_COM_D4)
    assert com.lds_version == "1.6"
    assert com.unicode_version == "4.0.0"
    assert com.data_groups == (1, 2)


def test_ef_com_skips_unknown_tags_in_the_list() -> None:
    body = (
        encode_tlv(0x5F01, b"0108")
        + encode_tlv(0x5F36, b"040000")
        + encode_tlv(0x5C, bytes([0x61, 0x75, 0x6E, 0x7E, 0x6F]))
    )
    assert parse_com(encode_tlv(0x60, body)).data_groups == (1, 2, 14, 15)


@pytest.mark.parametrize(
    ("mrz", "lines"), [(TD3, 2), (TD1, 3), (TD2, 2)], ids=["TD3", "TD1", "TD2"]
)
def test_dg1_mrz_split_into_lines(mrz: str, lines: int) -> None:
    parsed = parse_dg1(dg1(mrz))
    assert parsed.mrz == mrz
    assert len(parsed.lines) == lines
    assert "".join(parsed.lines) == mrz
    assert len({len(line) for line in parsed.lines}) == 1
    assert "ERIKSSON" not in repr(parsed)


@pytest.mark.parametrize("mrz", [TD3[:-1], TD3.lower(), TD3[:-1] + "é"])
def test_dg1_rejects_what_is_no_mrz(mrz: str) -> None:
    with pytest.raises(MalformedDataError):
        parse_dg1(encode_tlv(0x61, encode_tlv(0x5F1F, mrz.encode("utf-8"))))


def test_dg2_jpeg_via_the_19794_header() -> None:
    jpeg = image_bytes("JPEG")
    face = parse_dg2(dg2(facial_record(jpeg, feature_points=3)))
    assert face == FaceImage(MIME_JPEG, jpeg)


def test_dg2_jpeg2000_file_and_codestream() -> None:
    jp2 = image_bytes("JPEG2000")
    assert parse_dg2(dg2(facial_record(jp2, image_type=1))) == FaceImage(MIME_JP2, jp2)
    j2k = j2k_codestream()
    assert parse_dg2(dg2(facial_record(j2k, image_type=1), tag=0x7F2E)).mime == MIME_J2K


def test_dg2_found_by_magic_when_the_header_is_off() -> None:
    jpeg = image_bytes("JPEG")
    record = bytearray(facial_record(jpeg))
    record[19] = 7  # claims 7 feature points that are not there
    assert parse_dg2(dg2(bytes(record))).data == jpeg


def test_dg2_without_image_is_malformed() -> None:
    with pytest.raises(MalformedDataError, match="no JPEG"):
        parse_dg2(dg2(facial_record(b"GIF89a" + bytes(40))))


@pytest.mark.parametrize("face", ["jpeg", "jp2", "j2k"])
def test_face_png_decodes_for_display(face: str) -> None:
    data = {"jpeg": image_bytes("JPEG"), "jp2": image_bytes("JPEG2000"), "j2k": j2k_codestream()}
    png = face_png(parse_dg2(dg2(facial_record(data[face]))))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (24, 32)


def test_face_png_refuses_garbage_and_giants() -> None:
    with pytest.raises(MalformedDataError):
        face_png(FaceImage(MIME_JPEG, b"\xff\xd8\xff" + bytes(100)))
    giant = image_bytes("JPEG", (5000, 4000))
    with pytest.raises(MalformedDataError, match="5000x4000"):
        face_png(FaceImage(MIME_JPEG, giant))


@given(st.binary(max_size=300))
def test_random_bytes_raise_only_emrtd_errors(data: bytes) -> None:
    parsers = (parse_com, parse_dg1, parse_dg2)
    for parse in parsers:
        try:
            result = parse(data)
        except EmrtdError:
            continue
        # Accepting is allowed only for input that really has the structure.
        assert data[:1] in (b"\x60", b"\x61", b"\x75"), result


@given(st.binary(max_size=200))
def test_random_dg2_blocks_raise_only_emrtd_errors(block: bytes) -> None:
    try:
        face = parse_dg2(dg2(block))
    except EmrtdError:
        return
    assert face.data and block.endswith(face.data)
    try:
        face_png(face)
    except EmrtdError:
        return


@given(st.text(alphabet="ABC<0123", min_size=88, max_size=88))
def test_any_td3_shaped_mrz_round_trips(mrz: str) -> None:
    assert "".join(parse_dg1(dg1(mrz)).lines) == mrz


def test_parses_the_virtual_passports_files() -> None:
    """Cross-check with the simulator's document builder, written independently."""
    document = pytest.importorskip("app.devices.emrtd.simulator.document")
    assert parse_com(document.build_com()).data_groups == (1, 2)
    assert parse_dg1(document.build_dg1(TD3[:44] + "\n" + TD3[44:])).lines == (TD3[:44], TD3[44:])
    face = parse_dg2(document.build_dg2(document.placeholder_face()))
    assert face.mime == MIME_JPEG
    with Image.open(io.BytesIO(face_png(face))) as image:
        assert image.size == document.FACE_SIZE
