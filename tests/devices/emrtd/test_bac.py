"""BAC against the ICAO 9303 Part 11 Appendix D worked example (D.2 keys, D.3 authentication).

The hex below is the spec's; several independent implementations print the same values, and
``crypto.py`` reproduces them (the E_IFD second block is ...ECC154AA56A8799F).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.devices.emrtd.bac import (
    authenticate,
    document_keys,
    external_authenticate_data,
    session_keys,
)
from app.devices.emrtd.crypto import KDF_ENC, KDF_MAC, derive_key, key_seed
from app.devices.emrtd.errors import BacFailedError, EmrtdError, UnsupportedCardError

H = bytes.fromhex
MRZ_INFORMATION = "L898902C<369080619406236"
K_SEED = H("239AB9CB282DAF66231DC5A4DF6BFBAE")
K_ENC = H("AB94FDECF2674FDFB9B391F85D7F76F2")
K_MAC = H("7962D9ECE03D1ACD4C76089DCE131543")
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
E_IFD = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2")
M_IFD = H("5F1448EEA8AD90A7")
E_IC = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F")
M_IC = H("2F2D235D074D7449")
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = H("887022120C06C226")


def appendix_d_random() -> Callable[[int], bytes]:
    values = {8: RND_IFD, 16: K_IFD}
    return lambda n: values[n]


class ScriptedTransport:
    def __init__(self, *answers: bytes) -> None:
        self.answers = list(answers)
        self.sent: list[bytes] = []

    @property
    def atr(self) -> bytes:
        return b""

    def transmit(self, apdu: bytes) -> bytes:
        self.sent.append(apdu)
        return self.answers.pop(0)

    def close(self) -> None:
        pass


def test_key_seed_and_document_keys() -> None:
    assert key_seed(MRZ_INFORMATION) == K_SEED
    assert derive_key(K_SEED, KDF_ENC) == K_ENC
    assert derive_key(K_SEED, KDF_MAC) == K_MAC
    keys = document_keys(MRZ_INFORMATION)
    assert (keys.k_enc, keys.k_mac) == (K_ENC, K_MAC)
    assert "AB94" not in repr(keys).upper()


def test_external_authenticate_data_is_e_ifd_and_m_ifd() -> None:
    data = external_authenticate_data(document_keys(MRZ_INFORMATION), RND_IC, RND_IFD, K_IFD)
    assert data == E_IFD + M_IFD


def test_session_keys_from_the_chip_answer() -> None:
    keys = session_keys(document_keys(MRZ_INFORMATION), RND_IC, RND_IFD, K_IFD, E_IC + M_IC)
    assert keys.ks_enc == KS_ENC
    assert keys.ks_mac == KS_MAC
    assert keys.ssc == SSC


def test_authenticate_sends_the_appendix_d_apdus() -> None:
    transport = ScriptedTransport(RND_IC + b"\x90\x00", E_IC + M_IC + b"\x90\x00")
    keys = authenticate(transport, MRZ_INFORMATION, random=appendix_d_random())
    assert transport.sent == [H("0084000008"), H("0082000028") + E_IFD + M_IFD + H("28")]
    assert (keys.ks_enc, keys.ks_mac, keys.ssc) == (KS_ENC, KS_MAC, SSC)


@pytest.mark.parametrize("sw", ["6300", "6982"])
def test_wrong_mrz_is_bac_failed(sw: str) -> None:
    transport = ScriptedTransport(RND_IC + b"\x90\x00", H(sw))
    with pytest.raises(BacFailedError) as raised:
        authenticate(transport, MRZ_INFORMATION, random=appendix_d_random())
    assert raised.value.code == "bac_failed"
    assert "does not match the chip" in raised.value.text()


def test_forged_chip_answer_is_rejected() -> None:
    bad_mac = E_IC + bytes(8)
    transport = ScriptedTransport(RND_IC + b"\x90\x00", bad_mac + b"\x90\x00")
    with pytest.raises(BacFailedError, match="M_IC"):
        authenticate(transport, MRZ_INFORMATION, random=appendix_d_random())


def test_chip_answer_for_another_challenge_is_rejected() -> None:
    other_rnd_ic = H("0000000000000001")
    transport = ScriptedTransport(other_rnd_ic + b"\x90\x00", E_IC + M_IC + b"\x90\x00")
    with pytest.raises(BacFailedError, match="echo"):
        authenticate(transport, MRZ_INFORMATION, random=appendix_d_random())


def test_short_chip_answer_is_rejected() -> None:
    transport = ScriptedTransport(RND_IC + b"\x90\x00", E_IC + b"\x90\x00")
    with pytest.raises(BacFailedError):
        authenticate(transport, MRZ_INFORMATION, random=appendix_d_random())


def test_card_without_get_challenge_is_unsupported() -> None:
    transport = ScriptedTransport(H("6D00"))
    with pytest.raises(UnsupportedCardError) as raised:
        authenticate(transport, MRZ_INFORMATION)
    assert raised.value.params == {"sw": "6D00"}


def test_non_ascii_mrz_information_is_refused() -> None:
    with pytest.raises(EmrtdError):
        document_keys("L898902C<3690806194062€")


def test_chip_refusing_bac_itself_is_unsupported_not_a_wrong_mrz() -> None:
    transport = ScriptedTransport(RND_IC + b"\x90\x00", H("6985"))
    with pytest.raises(UnsupportedCardError):
        authenticate(transport, MRZ_INFORMATION, random=appendix_d_random())
