"""Basic Access Control, terminal side (ICAO 9303 Part 11, 4.3 and 9.7).

The document keys come from the MRZ (document number, birth date, expiry date with their check
digits); GET CHALLENGE and EXTERNAL AUTHENTICATE prove both sides hold them and agree on the
session keys and the send sequence counter for secure messaging. The random source is a
parameter so the tests can replay the Appendix D worked example byte for byte.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

from .apdu import (
    SW_AUTHENTICATION_FAILED,
    SW_SECURITY_NOT_SATISFIED,
    CommandApdu,
    ResponseApdu,
    sw_text,
)
from .crypto import KDF_ENC, KDF_MAC, decrypt, derive_key, encrypt, key_seed, pad, retail_mac
from .errors import BacFailedError, UnsupportedCardError
from .transport import CardTransport

RandomSource = Callable[[int], bytes]

INS_GET_CHALLENGE = 0x84
INS_EXTERNAL_AUTHENTICATE = 0x82
# Status words a chip gives for a wrong MRZ key (implementations differ; 9303 names 6300).
_WRONG_KEY_SW = frozenset({SW_AUTHENTICATION_FAILED, SW_SECURITY_NOT_SATISFIED, 0x6988})


@dataclass(frozen=True)
class DocumentKeys:
    """K_enc and K_mac derived from the MRZ: they unlock the chip, never leave the reader."""

    k_enc: bytes
    k_mac: bytes

    def __repr__(self) -> str:
        return "DocumentKeys(<hidden>)"


@dataclass(frozen=True)
class SessionKeys:
    ks_enc: bytes
    ks_mac: bytes
    ssc: bytes

    def __repr__(self) -> str:
        return "SessionKeys(<hidden>)"


def document_keys(mrz_information: str) -> DocumentKeys:
    """Keys from the MRZ information (number + check, birth + check, expiry + check)."""
    if not mrz_information or not mrz_information.isascii():
        raise BacFailedError("MRZ information is empty or not ASCII")
    seed = key_seed(mrz_information)
    return DocumentKeys(derive_key(seed, KDF_ENC), derive_key(seed, KDF_MAC))


def _xor(left: bytes, right: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(left, right, strict=True))


def external_authenticate_data(
    keys: DocumentKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes
) -> bytes:
    """E_IFD || M_IFD: S = RND.IFD || RND.IC || K.IFD encrypted, then MACed."""
    e_ifd = encrypt(keys.k_enc, rnd_ifd + rnd_ic + k_ifd)
    return e_ifd + retail_mac(keys.k_mac, pad(e_ifd))


def session_keys(
    keys: DocumentKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes, answer: bytes
) -> SessionKeys:
    """Check the chip's answer E_IC || M_IC and derive KS_enc, KS_mac and the SSC."""
    if len(answer) != 40:
        raise BacFailedError(f"EXTERNAL AUTHENTICATE answer of {len(answer)} bytes, not 40")
    e_ic, m_ic = answer[:32], answer[32:]
    if not hmac.compare_digest(retail_mac(keys.k_mac, pad(e_ic)), m_ic):
        raise BacFailedError("the chip's M_IC does not match")
    r = decrypt(keys.k_enc, e_ic)
    if not hmac.compare_digest(r[:8], rnd_ic) or not hmac.compare_digest(r[8:16], rnd_ifd):
        raise BacFailedError("the chip did not echo RND.IC || RND.IFD")
    seed = _xor(k_ifd, r[16:32])
    return SessionKeys(
        ks_enc=derive_key(seed, KDF_ENC),
        ks_mac=derive_key(seed, KDF_MAC),
        ssc=rnd_ic[-4:] + rnd_ifd[-4:],
    )


def _exchange(transport: CardTransport, command: CommandApdu) -> ResponseApdu:
    return ResponseApdu.parse(transport.transmit(command.to_bytes()))


def authenticate(
    transport: CardTransport, mrz_information: str, random: RandomSource = os.urandom
) -> SessionKeys:
    """Run BAC over a plain (not yet protected) transport with the eMRTD application selected."""
    keys = document_keys(mrz_information)
    challenge = _exchange(transport, CommandApdu(0x00, INS_GET_CHALLENGE, 0, 0, le=8))
    if not challenge.ok or len(challenge.data) != 8:
        raise UnsupportedCardError(
            f"GET CHALLENGE: {sw_text(challenge.sw)}, {len(challenge.data)} bytes",
            sw=f"{challenge.sw:04X}",
        )
    rnd_ic = challenge.data
    rnd_ifd, k_ifd = random(8), random(16)
    if len(rnd_ifd) != 8 or len(k_ifd) != 16:
        raise ValueError("random source returned the wrong number of bytes")
    data = external_authenticate_data(keys, rnd_ic, rnd_ifd, k_ifd)
    answer = _exchange(transport, CommandApdu(0x00, INS_EXTERNAL_AUTHENTICATE, 0, 0, data, 40))
    if not answer.ok:
        if answer.sw in _WRONG_KEY_SW:
            raise BacFailedError(f"EXTERNAL AUTHENTICATE: {sw_text(answer.sw)}")
        # 6985 and the like: the chip will not do BAC here (PACE only, or out of order).
        raise UnsupportedCardError(
            f"EXTERNAL AUTHENTICATE: {sw_text(answer.sw)}", sw=f"{answer.sw:04X}"
        )
    return session_keys(keys, rnd_ic, rnd_ifd, k_ifd, answer.data)
