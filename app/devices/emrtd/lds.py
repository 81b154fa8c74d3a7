"""The LDS1 files the counter needs, parsed (ICAO 9303 Part 10): EF.COM, DG1 and DG2.

Chip bytes are untrusted input: anything that does not parse raises ``MalformedDataError``.
The face image is located by its magic number inside the ISO/IEC 19794-5 record rather than
by fully decoding the record, because issuers fill the record's optional fields differently
but the image always starts with a JPEG or JPEG 2000 signature. ``face_png`` turns it into a
PNG since Qt has no JPEG 2000 reader.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from .errors import MalformedDataError
from .tlv import find_tlv, iter_tlv

TAG_COM = 0x60
TAG_LDS_VERSION = 0x5F01
TAG_UNICODE_VERSION = 0x5F36
TAG_TAG_LIST = 0x5C
TAG_DG1 = 0x61
TAG_MRZ = 0x5F1F
TAG_DG2 = 0x75
TAG_BIOMETRIC_GROUP = 0x7F61
TAG_BIOMETRIC_TEMPLATE = 0x7F60
TAG_BIOMETRIC_DATA = 0x5F2E
TAG_BIOMETRIC_DATA_ENCIPHERED = 0x7F2E

# EF.COM's tag list names data groups by their file's outer tag (9303-10, table 34).
DATA_GROUP_TAGS = {
    0x61: 1,
    0x75: 2,
    0x63: 3,
    0x76: 4,
    0x65: 5,
    0x66: 6,
    0x67: 7,
    0x68: 8,
    0x69: 9,
    0x6A: 10,
    0x6B: 11,
    0x6C: 12,
    0x6D: 13,
    0x6E: 14,
    0x6F: 15,
    0x70: 16,
}

MRZ_LINE_LENGTHS = {90: 30, 72: 36, 88: 44}  # TD1 3x30, TD2 2x36, TD3 2x44
MRZ_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")

MIME_JPEG = "image/jpeg"
MIME_JP2 = "image/jp2"
MIME_J2K = "image/x-jp2-codestream"
_MAGICS = (
    (b"\xff\xd8\xff", MIME_JPEG),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", MIME_JP2),
    (b"\xff\x4f\xff\x51", MIME_J2K),
)
FACE_MAGIC = b"FAC\x00"
# 19794-5: 14-byte general header, 20-byte facial information, 8 per feature point, 12-byte
# image information; then the image.
_FAC_GENERAL_HEADER = 14
_FAC_FACIAL_INFORMATION = 20
_FAC_FEATURE_POINT = 8
_FAC_IMAGE_INFORMATION = 12
# A passport photo is about 500x650; anything far larger is not a face image but an attack.
MAX_FACE_PIXELS = 4096 * 4096


@dataclass(frozen=True)
class EfCom:
    lds_version: str  # "1.7"
    unicode_version: str  # "4.0.0"
    data_groups: tuple[int, ...]


@dataclass(frozen=True)
class Dg1:
    mrz: str  # the MRZ as stored, without line breaks

    @property
    def lines(self) -> tuple[str, ...]:
        width = MRZ_LINE_LENGTHS[len(self.mrz)]
        return tuple(self.mrz[i : i + width] for i in range(0, len(self.mrz), width))

    def __repr__(self) -> str:
        return f"Dg1(<{len(self.mrz)} MRZ characters>)"


@dataclass(frozen=True)
class FaceImage:
    mime: str
    data: bytes

    def __repr__(self) -> str:
        return f"FaceImage({self.mime}, {len(self.data)} bytes)"


def _outer(data: bytes, tag: int, name: str) -> bytes:
    items = list(iter_tlv(data))
    if len(items) != 1 or items[0].tag != tag:
        raise MalformedDataError(f"{name}: expected one TLV with tag {tag:X}")
    return items[0].value


def _digits_version(raw: bytes, name: str) -> str:
    """'0107' -> '1.7', '040000' -> '4.0.0': pairs of ASCII digits."""
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as exc:
        raise MalformedDataError(f"EF.COM {name} is not ASCII") from exc
    if not text or len(text) % 2 or not text.isdigit():
        raise MalformedDataError(f"EF.COM {name} is not pairs of digits")
    return ".".join(str(int(text[i : i + 2])) for i in range(0, len(text), 2))


def parse_com(data: bytes) -> EfCom:
    body = _outer(data, TAG_COM, "EF.COM")
    lds = _digits_version(find_tlv(body, TAG_LDS_VERSION), "LDS version")
    unicode = _digits_version(find_tlv(body, TAG_UNICODE_VERSION), "Unicode version")
    tags = find_tlv(body, TAG_TAG_LIST)
    # Tags the list may one day hold that we do not know are skipped, not fatal.
    groups = tuple(DATA_GROUP_TAGS[tag] for tag in tags if tag in DATA_GROUP_TAGS)
    return EfCom(lds, unicode, groups)


def parse_dg1(data: bytes) -> Dg1:
    raw = find_tlv(_outer(data, TAG_DG1, "DG1"), TAG_MRZ)
    try:
        mrz = raw.decode("ascii")
    except UnicodeDecodeError as exc:
        raise MalformedDataError("DG1: MRZ is not ASCII") from exc
    if len(mrz) not in MRZ_LINE_LENGTHS:
        raise MalformedDataError(f"DG1: MRZ of {len(mrz)} characters is no TD1/TD2/TD3")
    if not set(mrz) <= MRZ_ALPHABET:
        raise MalformedDataError("DG1: characters outside the MRZ alphabet")
    return Dg1(mrz)


def _face_block(data: bytes) -> bytes:
    group = find_tlv(_outer(data, TAG_DG2, "DG2"), TAG_BIOMETRIC_GROUP)
    for item in iter_tlv(group):
        if item.tag != TAG_BIOMETRIC_TEMPLATE:
            continue  # 02: number of instances
        for inner in iter_tlv(item.value):
            if inner.tag in (TAG_BIOMETRIC_DATA, TAG_BIOMETRIC_DATA_ENCIPHERED):
                return inner.value
    raise MalformedDataError("DG2: no biometric data block")


def _image_start(block: bytes) -> int:
    """Where the image begins: from the 19794-5 header if consistent, else by magic search."""
    if block.startswith(FACE_MAGIC) and len(block) >= _FAC_GENERAL_HEADER + 20:
        points = int.from_bytes(block[18:20], "big")
        start = (
            _FAC_GENERAL_HEADER
            + _FAC_FACIAL_INFORMATION
            + points * _FAC_FEATURE_POINT
            + _FAC_IMAGE_INFORMATION
        )
        if any(block.startswith(magic, start) for magic, _ in _MAGICS):
            return start
    found = [i for i in (block.find(magic) for magic, _ in _MAGICS) if i >= 0]
    if not found:
        raise MalformedDataError("DG2: no JPEG or JPEG 2000 image in the biometric block")
    return min(found)


def parse_dg2(data: bytes) -> FaceImage:
    """The first face image of DG2."""
    block = _face_block(data)
    start = _image_start(block)
    image = block[start:]
    for magic, mime in _MAGICS:
        if image.startswith(magic):
            return FaceImage(mime, image)
    raise MalformedDataError("DG2: image signature lost")  # pragma: no cover - by construction


def face_png(face: FaceImage) -> bytes:
    """Decode the face (JPEG or JPEG 2000) into PNG bytes a Qt widget can show."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(face.data)) as image:
                width, height = image.size
                if width * height > MAX_FACE_PIXELS:
                    raise MalformedDataError(f"face image of {width}x{height} pixels")
                image.load()
                converted = image.convert("L" if image.mode in ("L", "I;16", "1") else "RGB")
        out = io.BytesIO()
        converted.save(out, format="PNG")
    except MalformedDataError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Warning) as exc:
        raise MalformedDataError(f"face image does not decode: {exc}") from exc
    return out.getvalue()
