"""The symmetric primitives of BAC and 3DES secure messaging (ICAO 9303 Part 11, 9.7 and 9.8).

Shared by the reader (terminal side) and the virtual card (chip side) so both speak the same
protocol; the ICAO 9303 Part 11 Appendix D worked example pins them down in the tests. The
ciphers come from ``cryptography`` (3DES lives in its ``decrepit`` module since 43: it is only
here because ICAO BAC still requires it).
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

from .errors import MalformedDataError

BLOCK = 8
ZERO_IV = bytes(BLOCK)
KDF_ENC = 1
KDF_MAC = 2


def _adjust_parity(key: bytes) -> bytes:
    """DES keys carry odd parity in the lowest bit of each byte (9303-11, 9.7.1.2)."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | ((bin(high).count("1") + 1) & 1))
    return bytes(out)


def key_seed(mrz_information: str) -> bytes:
    """K_seed: the first 16 bytes of SHA-1 over document number, birth and expiry (with checks)."""
    return hashlib.sha1(mrz_information.encode("ascii")).digest()[:16]  # noqa: S324 - ICAO KDF


def derive_key(seed: bytes, counter: int) -> bytes:
    """The 2-key 3DES key for ``counter`` (1 = encryption, 2 = MAC) from a 16-byte seed."""
    digest = hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()  # noqa: S324 - ICAO KDF
    return _adjust_parity(digest[:16])


def pad(data: bytes) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80, then zeros to a whole block."""
    padded = data + b"\x80"
    return padded + bytes(-len(padded) % BLOCK)


def unpad(data: bytes) -> bytes:
    """Undo ``pad``; the padding is 1..8 bytes (one block at most) or the data is malformed."""
    stripped = data.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80 or len(data) % BLOCK:
        raise MalformedDataError("bad padding")
    if len(data) - len(stripped) >= BLOCK:
        raise MalformedDataError("padding longer than a block")
    return stripped[:-1]


def _three_keys(key: bytes) -> bytes:
    """K1|K2|K1 or K|K|K: the 24-byte form ``cryptography`` keeps supporting."""
    if len(key) == 8:
        return key * 3
    if len(key) == 16:
        return key + key[:8]
    if len(key) == 24:
        return key
    raise ValueError("3DES keys are 8, 16 or 24 bytes")


def _cipher(key: bytes, iv: bytes | None) -> Cipher[modes.CBC] | Cipher[modes.ECB]:
    key = _three_keys(key)
    if iv is None:
        return Cipher(TripleDES(key), modes.ECB())  # noqa: S305 - single blocks of the MAC
    return Cipher(TripleDES(key), modes.CBC(iv))


def encrypt(key: bytes, data: bytes, iv: bytes = ZERO_IV) -> bytes:
    """3DES-CBC over whole blocks (the caller pads)."""
    if len(data) % BLOCK:
        raise ValueError("3DES input must be whole blocks")
    encryptor = _cipher(key, iv).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def decrypt(key: bytes, data: bytes, iv: bytes = ZERO_IV) -> bytes:
    if len(data) % BLOCK:
        raise MalformedDataError("cryptogram is not whole 3DES blocks")
    decryptor = _cipher(key, iv).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES ("retail MAC") over already padded ``data``.

    Single DES with the first key half over every block, then decrypt with the second half
    and encrypt with the first on the last block.
    """
    if len(key) != 16 or len(data) % BLOCK or not data:
        raise ValueError("retail MAC needs a 16-byte key and whole blocks")
    key_a, key_b = key[:8], key[8:]
    chained = _cipher(key_a, ZERO_IV).encryptor()
    last = (chained.update(data) + chained.finalize())[-BLOCK:]
    step_b = _cipher(key_b, None).decryptor()
    last = step_b.update(last) + step_b.finalize()
    step_a = _cipher(key_a, None).encryptor()
    return step_a.update(last) + step_a.finalize()
