"""ISO/IEC 7816-4 command and response APDUs, short and extended length.

``CommandApdu.le`` is the number of response bytes asked for (1..65536) or ``None`` for none;
the encoding of "256" as ``00`` (short) and "65536" as ``0000`` (extended) happens only in
``to_bytes``/``parse``, so callers never juggle the wire quirks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import MalformedDataError

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than Le: end of file reached
SW_AUTHENTICATION_FAILED = 0x6300
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_METHOD_BLOCKED = 0x6983
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_SM_OBJECTS_MISSING = 0x6987
SW_SM_OBJECTS_INCORRECT = 0x6988
SW_WRONG_PARAMETERS = 0x6B00
SW_FILE_NOT_FOUND = 0x6A82
SW_INCORRECT_P1P2 = 0x6A86
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00

SHORT_MAX_DATA = 255
SHORT_MAX_LE = 256
EXTENDED_MAX_DATA = 65535
EXTENDED_MAX_LE = 65536

_SW_TEXT = {
    SW_OK: "success",
    SW_END_OF_FILE: "end of file before Le bytes",
    SW_AUTHENTICATION_FAILED: "authentication failed",
    SW_WRONG_LENGTH: "wrong length",
    SW_SECURITY_NOT_SATISFIED: "security status not satisfied",
    SW_AUTH_METHOD_BLOCKED: "authentication method blocked",
    SW_CONDITIONS_NOT_SATISFIED: "conditions of use not satisfied",
    SW_SM_OBJECTS_MISSING: "expected secure messaging objects missing",
    SW_SM_OBJECTS_INCORRECT: "secure messaging objects incorrect",
    SW_WRONG_PARAMETERS: "wrong parameters P1-P2",
    SW_FILE_NOT_FOUND: "file or application not found",
    SW_INCORRECT_P1P2: "incorrect parameters P1-P2",
    SW_INS_NOT_SUPPORTED: "instruction not supported",
    SW_CLA_NOT_SUPPORTED: "class not supported",
}


def sw_text(sw: int) -> str:
    """A log-friendly name of a status word (``6A82 file or application not found``)."""
    sw1 = sw >> 8
    if sw in _SW_TEXT:
        name = _SW_TEXT[sw]
    elif sw1 == 0x61:
        name = f"{sw & 0xFF} more bytes available"
    elif sw1 == 0x6C:
        name = f"wrong Le, {sw & 0xFF} bytes available"
    elif sw1 == 0x63 and sw & 0xF0 == 0xC0:
        name = f"verification failed, {sw & 0x0F} tries left"
    else:
        name = "unknown status"
    return f"{sw:04X} {name}"


def is_success(sw: int) -> bool:
    """9000, and the 62xx/63xx warnings that still carry data (ISO 7816-4, 5.1.3)."""
    return sw in (SW_OK, SW_END_OF_FILE)


@dataclass(frozen=True)
class CommandApdu:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            if not 0 <= getattr(self, name) <= 0xFF:
                raise ValueError(f"APDU {name} out of range")
        if len(self.data) > EXTENDED_MAX_DATA:
            raise ValueError("APDU data longer than 65535 bytes")
        if self.le is not None and not 1 <= self.le <= EXTENDED_MAX_LE:
            raise ValueError("APDU Le must be 1..65536")

    @property
    def header(self) -> bytes:
        return bytes((self.cla, self.ins, self.p1, self.p2))

    @property
    def needs_extended(self) -> bool:
        return len(self.data) > SHORT_MAX_DATA or (self.le or 0) > SHORT_MAX_LE

    def to_bytes(self, *, extended: bool | None = None) -> bytes:
        """Encode; ``extended=None`` picks short length unless the sizes need extended."""
        if extended is None:
            extended = self.needs_extended
        elif not extended and self.needs_extended:
            raise ValueError("APDU too long for short length encoding")
        out = bytearray(self.header)
        if not extended:
            if self.data:
                out.append(len(self.data))
                out += self.data
            if self.le is not None:
                out.append(self.le % SHORT_MAX_LE)
            return bytes(out)
        if not self.data and self.le is None:
            return bytes(out)
        out.append(0)
        if self.data:
            out += len(self.data).to_bytes(2, "big") + self.data
        if self.le is not None:
            out += (self.le % EXTENDED_MAX_LE).to_bytes(2, "big")
        return bytes(out)

    def __bytes__(self) -> bytes:
        return self.to_bytes()

    @classmethod
    def parse(cls, raw: bytes) -> CommandApdu:
        """Decode the four ISO 7816-4 cases in short or extended form."""
        if len(raw) < 4:
            raise MalformedDataError("command APDU shorter than its header")
        cla, ins, p1, p2 = raw[:4]
        data, le = _parse_body(bytes(raw[4:]))
        return cls(cla, ins, p1, p2, data, le)


def _parse_body(body: bytes) -> tuple[bytes, int | None]:
    if len(body) <= 1:
        return b"", (body[0] or SHORT_MAX_LE) if body else None
    if body[0] != 0:
        return _split_data_le(body[1:], body[0], 1, SHORT_MAX_LE)
    if len(body) == 3:
        return b"", int.from_bytes(body[1:], "big") or EXTENDED_MAX_LE
    return _split_data_le(body[3:], int.from_bytes(body[1:3], "big"), 2, EXTENDED_MAX_LE)


def _split_data_le(rest: bytes, lc: int, le_size: int, le_max: int) -> tuple[bytes, int | None]:
    if lc and len(rest) == lc:
        return rest, None
    if lc and len(rest) == lc + le_size:
        return rest[:lc], int.from_bytes(rest[lc:], "big") or le_max
    raise MalformedDataError("command APDU: Lc does not match the data")


@dataclass(frozen=True)
class ResponseApdu:
    data: bytes
    sw: int

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def to_bytes(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")

    def __bytes__(self) -> bytes:
        return self.to_bytes()

    @classmethod
    def parse(cls, raw: bytes) -> ResponseApdu:
        if len(raw) < 2:
            raise MalformedDataError("response APDU without a status word")
        return cls(bytes(raw[:-2]), int.from_bytes(raw[-2:], "big"))
