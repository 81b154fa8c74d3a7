"""3DES secure messaging after BAC (ICAO 9303 Part 11, 9.8; ISO/IEC 7816-4 SM objects).

Every command is sent as CLA|0x0C with its data encrypted in DO'87', its Le in DO'97' and a
retail MAC in DO'8E' over the send sequence counter, the padded header and those objects; every
response is checked the same way before a byte of it is believed. The counter moves once per
command and once per response, so a lost or forged message leaves both sides out of step: after
any failure this object refuses to go on, and the reader starts over with a fresh BAC.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from .apdu import (
    EXTENDED_MAX_LE,
    SHORT_MAX_LE,
    SW_SM_OBJECTS_INCORRECT,
    SW_SM_OBJECTS_MISSING,
    CommandApdu,
    ResponseApdu,
    sw_text,
)
from .crypto import decrypt, encrypt, pad, retail_mac, unpad
from .errors import EmrtdError, MalformedDataError, SecureMessagingError
from .tlv import encode_tlv, read_tlv
from .transport import CardTransport

CLA_SM = 0x0C
TAG_CRYPTOGRAM_PI = 0x87  # padding-content indicator + cryptogram (even INS)
TAG_CRYPTOGRAM = 0x85  # cryptogram without indicator (odd INS, BER-TLV data)
TAG_STATUS = 0x99
TAG_LE = 0x97
TAG_MAC = 0x8E
PADDING_INDICATOR = 0x01
MAC_LENGTH = 8


class SecureMessaging:
    def __init__(self, ks_enc: bytes, ks_mac: bytes, ssc: bytes) -> None:
        if len(ks_enc) != 16 or len(ks_mac) != 16 or len(ssc) != 8:
            raise ValueError("3DES SM needs 16-byte keys and an 8-byte SSC")
        self._ks_enc = ks_enc
        self._ks_mac = ks_mac
        self._ssc = int.from_bytes(ssc, "big")
        self._broken = False

    def __repr__(self) -> str:
        return f"SecureMessaging(ssc={self.ssc.hex()}, broken={self._broken})"

    @property
    def ssc(self) -> bytes:
        return self._ssc.to_bytes(8, "big")

    def _next_ssc(self) -> bytes:
        if self._broken:
            raise SecureMessagingError("session already failed; authenticate again")
        self._ssc = (self._ssc + 1) % (1 << 64)
        return self.ssc

    def _mac(self, ssc: bytes, data: bytes) -> bytes:
        return retail_mac(self._ks_mac, pad(ssc + data))

    def wrap(self, command: CommandApdu) -> CommandApdu:
        """The protected form of a plain command (ICAO 9303-11, 9.8.6.1)."""
        if command.cla & 0x0C:
            raise ValueError("command is already protected")
        ssc = self._next_ssc()
        cla = command.cla | CLA_SM
        header = bytes((cla, command.ins, command.p1, command.p2))
        objects = b""
        if command.data:
            cryptogram = encrypt(self._ks_enc, pad(command.data))
            if command.ins & 1:
                objects += encode_tlv(TAG_CRYPTOGRAM, cryptogram)
            else:
                objects += encode_tlv(TAG_CRYPTOGRAM_PI, bytes([PADDING_INDICATOR]) + cryptogram)
        extended = command.needs_extended
        if command.le is not None:
            if extended:
                le = (command.le % EXTENDED_MAX_LE).to_bytes(2, "big")
            else:
                le = bytes([command.le % SHORT_MAX_LE])
            objects += encode_tlv(TAG_LE, le)
        mac = self._mac(ssc, pad(header) + objects)
        body = objects + encode_tlv(TAG_MAC, mac)
        # Le of the protected command: "as much as there is" (00 / 0000).
        protected_le = EXTENDED_MAX_LE if extended or len(body) > 255 else SHORT_MAX_LE
        return CommandApdu(cla, command.ins, command.p1, command.p2, body, protected_le)

    def unwrap(self, response: ResponseApdu) -> ResponseApdu:
        """The plain response, after the MAC and the status in DO'99' check out (9.8.6.2)."""
        if self._broken:
            raise SecureMessagingError("session already failed; authenticate again")
        if not response.data:
            # A chip answers an SM error in plain, and drops the session (9303-11, 9.8.6.2).
            self._broken = True
            if response.sw in (SW_SM_OBJECTS_MISSING, SW_SM_OBJECTS_INCORRECT):
                raise SecureMessagingError(
                    f"chip rejected the protected command: {sw_text(response.sw)}"
                )
            if response.ok:
                raise SecureMessagingError("unprotected success answer to a protected command")
            return response
        try:
            return self._unwrap(response)
        except EmrtdError:
            self._broken = True
            raise

    def _unwrap(self, response: ResponseApdu) -> ResponseApdu:
        ssc = self._next_ssc()
        objects = _ResponseObjects.parse(response.data)
        if not hmac.compare_digest(self._mac(ssc, objects.mac_input), objects.mac):
            raise SecureMessagingError("MAC of the response does not match (SSC out of step?)")
        sw = int.from_bytes(objects.status, "big") if objects.status is not None else response.sw
        if objects.cryptogram is None:
            return ResponseApdu(b"", sw)
        return ResponseApdu(unpad(decrypt(self._ks_enc, objects.cryptogram)), sw)


@dataclass(frozen=True)
class _ResponseObjects:
    """DO'85'/'87', DO'99' and DO'8E' of a protected response, in the order 7816-4 puts them."""

    cryptogram: bytes | None
    status: bytes | None
    mac: bytes
    mac_input: bytes

    @classmethod
    def parse(cls, raw: bytes) -> _ResponseObjects:
        offset = 0
        cryptogram: bytes | None = None
        status: bytes | None = None
        while offset < len(raw):
            start = offset
            item, offset = read_tlv(raw, offset)
            if item.tag == TAG_MAC:
                if offset != len(raw) or len(item.value) != MAC_LENGTH:
                    raise SecureMessagingError("DO'8E' not last or not 8 bytes")
                return cls(cryptogram, status, item.value, raw[:start])
            if item.tag in (TAG_CRYPTOGRAM_PI, TAG_CRYPTOGRAM) and cryptogram is None:
                if status is not None:
                    raise SecureMessagingError("cryptogram after DO'99'")
                cryptogram = _cryptogram(item.tag, item.value)
            elif item.tag == TAG_STATUS and status is None and len(item.value) == 2:
                status = item.value
            else:
                raise SecureMessagingError(f"unexpected object {item.tag:X} in a response")
        raise SecureMessagingError("protected response without DO'8E'")


def _cryptogram(tag: int, value: bytes) -> bytes:
    if tag == TAG_CRYPTOGRAM_PI:
        if not value or value[0] != PADDING_INDICATOR:
            raise MalformedDataError("DO'87' without padding indicator 01")
        value = value[1:]
    if not value:
        raise MalformedDataError("empty cryptogram")
    return value


class SecureTransport:
    """A ``CardTransport`` that protects every APDU it passes on to the plain one below."""

    def __init__(self, inner: CardTransport, messaging: SecureMessaging) -> None:
        self.inner = inner
        self.messaging = messaging

    @property
    def atr(self) -> bytes:
        return self.inner.atr

    def transmit(self, apdu: bytes) -> bytes:
        protected = self.messaging.wrap(CommandApdu.parse(apdu))
        answer = ResponseApdu.parse(self.inner.transmit(protected.to_bytes()))
        return self.messaging.unwrap(answer).to_bytes()

    def close(self) -> None:
        self.inner.close()
