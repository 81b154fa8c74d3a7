"""The BAC primitives against ICAO 9303-11 Appendix D (D.2 key derivation, D.3 E_IFD/M_IFD)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.emrtd.crypto import (
    KDF_ENC,
    KDF_MAC,
    decrypt,
    derive_key,
    encrypt,
    key_seed,
    pad,
    retail_mac,
    unpad,
)
from app.devices.emrtd.errors import MalformedDataError

H = bytes.fromhex
K_SEED = H("239AB9CB282DAF66231DC5A4DF6BFBAE")
K_ENC = H("AB94FDECF2674FDFB9B391F85D7F76F2")
K_MAC = H("7962D9ECE03D1ACD4C76089DCE131543")
S = H("781723860C06C2264608F919887022120B795240CB7049B01C19B33E32804F0B")
E_IFD = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2")


def test_key_derivation_d2() -> None:
    assert key_seed("L898902C<369080619406236") == K_SEED
    assert derive_key(K_SEED, KDF_ENC) == K_ENC
    assert derive_key(K_SEED, KDF_MAC) == K_MAC


def test_derived_keys_have_odd_parity() -> None:
    for key in (K_ENC, K_MAC, derive_key(bytes(16), KDF_ENC)):
        assert all(bin(byte).count("1") % 2 == 1 for byte in key)


def test_encrypt_and_mac_d3() -> None:
    assert encrypt(K_ENC, S) == E_IFD
    assert decrypt(K_ENC, E_IFD) == S
    assert retail_mac(K_MAC, pad(E_IFD)) == H("5F1448EEA8AD90A7")


def test_padding() -> None:
    assert pad(b"") == H("8000000000000000")
    assert pad(H("011E")) == H("011E800000000000")
    assert pad(bytes(8)) == bytes(8) + H("8000000000000000")
    assert unpad(H("60145F0180000000")) == H("60145F01")


@pytest.mark.parametrize(
    "data",
    [
        "0000000000000000",  # no 80
        "4180000000000001",  # something after the 80
        "41800000",  # not a whole block
        "41800000000000000000000000000000",  # more than one block of padding
    ],
)
def test_bad_padding_is_malformed(data: str) -> None:
    with pytest.raises(MalformedDataError):
        unpad(H(data))


def test_decrypt_of_partial_blocks_is_malformed() -> None:
    with pytest.raises(MalformedDataError):
        decrypt(K_ENC, bytes(7))


@given(st.binary(max_size=100))
def test_pad_round_trip(data: bytes) -> None:
    padded = pad(data)
    assert len(padded) % 8 == 0 and 1 <= len(padded) - len(data) <= 8
    assert unpad(padded) == data
    assert decrypt(K_ENC, encrypt(K_ENC, padded)) == padded
