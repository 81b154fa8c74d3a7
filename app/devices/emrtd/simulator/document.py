"""The files of a test passport or identity card chip (ICAO 9303 Part 10): EF.COM, DG1, DG2
and an EF.SOD signed by a test PKI. For the virtual card, the tests and the demo.

DG1 holds the MRZ from ``mrz.compose_td3``/``compose_td1`` (the same composer the tests check
the parser against), so chip and printed MRZ cannot disagree. DG2 is a real ISO/IEC 19794-5
face record around a small JPEG; unless a face is given, it is a neutral placeholder
silhouette, never a photo of a real person.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from ..mrz import compose_td1, compose_td3, parse_mrz
from ..tlv import encode_tlv
from .pki import TestPki, build_sod

DocumentKind = Literal["passport", "id_card"]

# File identifiers in the eMRTD application (9303-10, table 35).
FID_COM = 0x011E
FID_DG1 = 0x0101
FID_DG2 = 0x0102
FID_SOD = 0x011D

LDS_VERSION = b"0107"  # LDS 1.7
UNICODE_VERSION = b"040000"  # Unicode 4.0.0
FACE_SIZE = (120, 160)


@dataclass(frozen=True)
class TestDocument:
    """A built document: its printed MRZ (lines joined by newlines), the BAC key input and the
    chip files by file identifier."""

    __test__ = False  # not a pytest test class

    mrz: str
    mrz_information: str
    files: dict[int, bytes]
    kind: DocumentKind

    @property
    def data_groups(self) -> dict[int, bytes]:
        """DG number -> contents, as passive authentication takes them."""
        return {1: self.files[FID_DG1], 2: self.files[FID_DG2]}

    @property
    def sod(self) -> bytes:
        return self.files[FID_SOD]

    def __repr__(self) -> str:  # the MRZ is personal data: keep it out of logs
        return f"TestDocument({self.kind}, files={sorted(hex(f) for f in self.files)})"


@lru_cache(maxsize=1)
def placeholder_face() -> bytes:
    """A 120x160 grey silhouette as JPEG (deterministic, a few kB)."""
    from PIL import Image, ImageDraw

    width, height = FACE_SIZE
    image = Image.new("RGB", FACE_SIZE, (214, 219, 224))
    draw = ImageDraw.Draw(image)
    figure = (128, 136, 146)
    draw.ellipse((width * 0.30, height * 0.16, width * 0.70, height * 0.58), fill=figure)
    draw.rectangle((width * 0.43, height * 0.54, width * 0.57, height * 0.66), fill=figure)
    draw.ellipse((width * 0.08, height * 0.62, width * 0.92, height * 1.25), fill=figure)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def _image_size(jpeg: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(jpeg)) as image:
        width, height = image.size
    return width, height


def face_record(jpeg: bytes, *, sex: str = "X") -> bytes:
    """An ISO/IEC 19794-5:2005 facial record with one full-frontal JPEG image."""
    width, height = _image_size(jpeg)
    gender = {"M": 1, "F": 2}.get(sex, 0)
    facial_information = (
        b"\x00\x00"  # number of feature points
        + bytes([gender, 0, 0])  # gender, eye colour, hair colour: unspecified where 0
        + bytes(3)  # feature mask
        + b"\x00\x01"  # expression: neutral
        + bytes(3)  # pose angle yaw, pitch, roll
        + bytes(3)  # pose angle uncertainty
    )
    image_information = (
        b"\x01"  # face image type: full frontal
        + b"\x00"  # image data type: JPEG
        + width.to_bytes(2, "big")
        + height.to_bytes(2, "big")
        + b"\x01"  # colour space: 24-bit RGB
        + b"\x02"  # source type: static photo from a digital still camera
        + b"\x00\x00"  # device type
        + b"\x00\x00"  # quality
    )
    block_length = 4 + len(facial_information) + len(image_information) + len(jpeg)
    facial_data = block_length.to_bytes(4, "big") + facial_information + image_information + jpeg
    header_length = 14
    return (
        b"FAC\x00"
        + b"010\x00"
        + (header_length + len(facial_data)).to_bytes(4, "big")
        + b"\x00\x01"  # number of facial images
        + facial_data
    )


def build_dg1(mrz: str) -> bytes:
    return encode_tlv(0x61, encode_tlv(0x5F1F, mrz.replace("\n", "").encode("ascii")))


def build_dg2(jpeg: bytes, *, sex: str = "X") -> bytes:
    """DG2: one biometric information template with a CBEFF header for a 19794-5 face."""
    header = (
        encode_tlv(0x80, b"\x01\x01")  # ICAO header version 1.1
        + encode_tlv(0x81, b"\x02")  # biometric type: facial features
        + encode_tlv(0x82, b"\x00")  # biometric subtype: none
        + encode_tlv(0x87, b"\x01\x01")  # format owner: ISO/IEC JTC 1/SC 37
        + encode_tlv(0x88, b"\x00\x08")  # format type: face image
    )
    template = encode_tlv(0xA1, header) + encode_tlv(0x5F2E, face_record(jpeg, sex=sex))
    group = encode_tlv(0x02, b"\x01") + encode_tlv(0x7F60, template)
    return encode_tlv(0x75, encode_tlv(0x7F61, group))


def build_com(data_group_tags: bytes = b"\x61\x75") -> bytes:
    return encode_tlv(
        0x60,
        encode_tlv(0x5F01, LDS_VERSION)
        + encode_tlv(0x5F36, UNICODE_VERSION)
        + encode_tlv(0x5C, data_group_tags),
    )


def build_test_document(
    *,
    surname: str,
    given_names: str,
    birth_date: date,
    sex: str,
    nationality: str = "NLD",
    document_number: str,
    expiry_date: date,
    bsn: str | None = None,
    kind: DocumentKind = "passport",
    face: bytes | None = None,
    pki: TestPki,
    issuing_state: str = "NLD",
) -> TestDocument:
    """A Dutch-style passport (TD3, BSN as personal number) or identity card (TD1, BSN in the
    optional data), its chip files and an SOD signed by ``pki``'s document signer."""
    if kind == "passport":
        mrz = compose_td3(
            document_type="P",
            issuing_state=issuing_state,
            surname=surname,
            given_names=given_names,
            document_number=document_number,
            nationality=nationality,
            birth_date=birth_date,
            sex=sex,
            expiry_date=expiry_date,
            personal_number=bsn or "",
        )
    elif kind == "id_card":
        mrz = compose_td1(
            document_type="I",
            issuing_state=issuing_state,
            surname=surname,
            given_names=given_names,
            document_number=document_number,
            nationality=nationality,
            birth_date=birth_date,
            sex=sex,
            expiry_date=expiry_date,
            optional_data=bsn or "",
        )
    else:
        raise ValueError(f"unknown document kind {kind!r}")
    mrz_information = parse_mrz(mrz).bac_key_information()
    dg1 = build_dg1(mrz)
    dg2 = build_dg2(face if face is not None else placeholder_face(), sex=sex)
    sod = build_sod({1: dg1, 2: dg2}, pki.ds_key, pki.ds_cert)
    files = {FID_COM: build_com(), FID_DG1: dg1, FID_DG2: dg2, FID_SOD: sod}
    return TestDocument(mrz=mrz, mrz_information=mrz_information, files=files, kind=kind)
