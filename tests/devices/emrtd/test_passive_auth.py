"""Passive authentication: a document built in the test run verifies against its CSCA, and each
way to break it fails at its own step with its own error; random or mutated SOD bytes give only
``EmrtdError`` subclasses."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta
from functools import cache

import pytest
from asn1crypto import algos, cms
from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.devices.emrtd.errors import EmrtdError
from app.devices.emrtd.passive_auth import (
    CertificateNotValidError,
    DataGroupHashMismatchError,
    DataGroupNotInSodError,
    MessageDigestMismatchError,
    PassiveAuthResult,
    SignatureInvalidError,
    SodMalformedError,
    UntrustedSignerError,
    verify_document,
)
from app.devices.emrtd.simulator.document import TestDocument, build_test_document
from app.devices.emrtd.simulator.pki import (
    BACKDATE,
    TestPki,
    build_lds_security_object,
    build_sod,
    issue_document_signer,
    make_csca,
    make_test_pki,
)
from app.devices.emrtd.tlv import encode_tlv, read_tlv
from app.devices.emrtd.trust_store import CscaTrustStore

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@cache
def _pki() -> TestPki:
    return make_test_pki(now=NOW)


@cache
def _document() -> TestDocument:
    return build_test_document(
        surname="De Vries",
        given_names="Jan Pieter",
        birth_date=date(1980, 5, 17),
        sex="M",
        document_number="NXC1234R5",
        expiry_date=date(2030, 1, 1),
        bsn="999993653",
        pki=_pki(),
    )


@cache
def _trust() -> CscaTrustStore:
    return CscaTrustStore.from_certificates([_pki().csca_cert])


def _verify(sod: bytes, groups: dict[int, bytes] | None = None, **kw: object) -> PassiveAuthResult:
    trust = kw.pop("trust", _trust())
    at = kw.pop("at", NOW)
    assert isinstance(trust, CscaTrustStore) and isinstance(at, datetime)
    return verify_document(sod, _document().data_groups if groups is None else groups, trust, at=at)


def _content_info(sod: bytes) -> cms.ContentInfo:
    return cms.ContentInfo.load(read_tlv(sod)[0].value)


def _wrap(info: cms.ContentInfo) -> bytes:
    return encode_tlv(0x77, info.dump(force=True))


def test_a_built_document_verifies_against_its_csca() -> None:
    result = _verify(_document().sod)
    assert result.verified_data_groups == (1, 2)
    assert result.sod_data_groups == (1, 2)
    assert result.hash_algorithm == "sha256"
    assert result.signature_algorithm == "sha256_ecdsa"
    assert result.ds_subject == "CN=DS NL TEST,O=StadsPunt TEST,C=NL"
    assert result.csca_subject == "CN=CSCA NL TEST,O=StadsPunt TEST,C=NL"
    assert result.ds_serial_number == _pki().ds_cert.serial_number
    assert result.lds_version is None


def test_reading_fewer_data_groups_verifies_only_those() -> None:
    result = _verify(_document().sod, {1: _document().data_groups[1]})
    assert result.verified_data_groups == (1,)
    assert result.sod_data_groups == (1, 2)


def test_an_lds_1_8_security_object_reports_its_version() -> None:
    pki = _pki()
    sod = build_sod(
        _document().data_groups, pki.ds_key, pki.ds_cert, lds_version=("0108", "040000")
    )
    assert _verify(sod).lds_version == "0108"


def test_the_bare_content_info_without_tag_77_is_accepted() -> None:
    bare = read_tlv(_document().sod)[0].value
    assert _verify(bare).verified_data_groups == (1, 2)


def test_a_tampered_dg1_fails_the_hash_check_naming_dg1() -> None:
    dg1 = bytearray(_document().data_groups[1])
    dg1[-3] = ord("X") if dg1[-3] != ord("X") else ord("Y")
    with pytest.raises(DataGroupHashMismatchError) as caught:
        _verify(_document().sod, {1: bytes(dg1), 2: _document().data_groups[2]})
    assert caught.value.params == {"data_group": 1}
    assert caught.value.step == "data_group_hash"
    assert "Data group 1 " in caught.value.text()


def test_a_data_group_the_sod_does_not_list_is_refused() -> None:
    groups = dict(_document().data_groups)
    groups[3] = encode_tlv(0x63, b"fingers")
    with pytest.raises(DataGroupNotInSodError) as caught:
        _verify(_document().sod, groups)
    assert caught.value.params == {"data_group": 3}


def test_an_edited_security_object_fails_the_message_digest() -> None:
    # Someone changes DG1 and puts its new hash in the SOD, but cannot re-sign it.
    groups = dict(_document().data_groups)
    groups[1] = groups[1].replace(b"VRIES", b"BRIES")
    info = _content_info(_document().sod)
    encap = info["content"]["encap_content_info"]
    encap["content"] = build_lds_security_object(groups)
    with pytest.raises(MessageDigestMismatchError) as caught:
        _verify(_wrap(info), groups)
    assert caught.value.step == "message_digest"


def test_a_changed_signature_fails_the_signature_check() -> None:
    info = _content_info(_document().sod)
    signer = info["content"]["signer_infos"][0]
    r, s = decode_dss_signature(signer["signature"].native)
    signer["signature"] = encode_dss_signature(r, s ^ 1)
    with pytest.raises(SignatureInvalidError) as caught:
        _verify(_wrap(info))
    assert caught.value.step == "ds_signature"


def test_a_signature_by_another_key_fails_the_signature_check() -> None:
    other = make_test_pki(now=NOW)
    sod = build_sod(_document().data_groups, other.ds_key, _pki().ds_cert)
    with pytest.raises(SignatureInvalidError):
        _verify(sod)


def test_a_document_under_another_csca_is_untrusted() -> None:
    other = CscaTrustStore.from_certificates([make_test_pki(now=NOW).csca_cert])
    with pytest.raises(UntrustedSignerError) as caught:
        _verify(_document().sod, trust=other)
    assert caught.value.step == "csca_trust"
    with pytest.raises(UntrustedSignerError):
        _verify(_document().sod, trust=CscaTrustStore([]))


def test_a_forged_csca_with_the_same_name_and_key_id_is_untrusted() -> None:
    """Name and key identifier are only a lookup: the DS certificate's signature decides."""
    real = _pki().csca_cert
    key = ec.generate_private_key(ec.SECP256R1())
    ski = real.extensions.get_extension_for_class(cx509.SubjectKeyIdentifier).value
    forged = (
        cx509.CertificateBuilder()
        .subject_name(real.subject)
        .issuer_name(real.subject)
        .public_key(key.public_key())
        .serial_number(real.serial_number)
        .not_valid_before(real.not_valid_before_utc)
        .not_valid_after(real.not_valid_after_utc)
        .add_extension(cx509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    store = CscaTrustStore.from_certificates([forged])
    assert len(store.find_issuers(_pki().ds_cert)) == 1
    with pytest.raises(UntrustedSignerError) as caught:
        _verify(_document().sod, trust=store)
    assert "bad signature" in caught.value.detail


def test_an_expired_ds_certificate_is_not_valid() -> None:
    pki = make_test_pki(
        now=NOW,
        ds_not_before=NOW - timedelta(days=3 * 365),
        ds_not_after=NOW - timedelta(days=1),
    )
    sod = pki.sod(_document().data_groups)
    trust = CscaTrustStore.from_certificates([pki.csca_cert])
    with pytest.raises(CertificateNotValidError) as caught:
        _verify(sod, trust=trust)
    assert caught.value.params == {"certificate": "DS"}
    assert caught.value.step == "validity"
    # Before it expired the same document was fine.
    assert _verify(sod, trust=trust, at=NOW - timedelta(days=30)).verified_data_groups == (1, 2)


def test_a_document_checked_before_its_ds_certificate_is_not_valid() -> None:
    with pytest.raises(CertificateNotValidError):
        _verify(_document().sod, at=NOW - BACKDATE - timedelta(days=1))


def test_an_expired_csca_is_not_valid() -> None:
    csca_key, csca = make_csca(not_before=NOW - timedelta(days=400), not_after=NOW)
    ds_key, ds = issue_document_signer(
        csca_key, csca, not_before=NOW - timedelta(days=10), not_after=NOW + timedelta(days=900)
    )
    sod = build_sod(_document().data_groups, ds_key, ds)
    trust = CscaTrustStore.from_certificates([csca])
    assert _verify(sod, trust=trust, at=NOW).csca_subject.startswith("CN=CSCA NL TEST")
    with pytest.raises(CertificateNotValidError) as caught:
        _verify(sod, trust=trust, at=NOW + timedelta(days=1))
    assert caught.value.params == {"certificate": "CSCA"}


@pytest.mark.parametrize(
    ("algorithm", "padding", "hash_name", "expected"),
    [
        ("rsa", "pkcs1v15", "sha256", "sha256_rsa"),
        ("rsa", "pss", "sha512", "rsassa_pss"),
        ("ecdsa", "pkcs1v15", "sha384", "sha384_ecdsa"),
        ("ecdsa", "pkcs1v15", "sha1", "sha1_ecdsa"),
    ],
)
def test_rsa_pkcs1_rsa_pss_and_ecdsa_signatures_verify(
    algorithm: str, padding: str, hash_name: str, expected: str
) -> None:
    pki = make_test_pki(algorithm=algorithm, now=NOW)  # type: ignore[arg-type]
    groups = _document().data_groups
    sod = build_sod(groups, pki.ds_key, pki.ds_cert, hash_name, rsa_padding=padding)  # type: ignore[arg-type]
    result = _verify(sod, trust=CscaTrustStore.from_certificates([pki.csca_cert]))
    assert (result.hash_algorithm, result.signature_algorithm) == (hash_name, expected)
    # and a PSS/PKCS#1 signature that is wrong fails too
    info = _content_info(sod)
    signer = info["content"]["signer_infos"][0]
    if algorithm == "rsa":
        signature = bytearray(signer["signature"].native)
        signature[10] ^= 0x01
        signer["signature"] = bytes(signature)
        with pytest.raises(SignatureInvalidError):
            _verify(_wrap(info), trust=CscaTrustStore.from_certificates([pki.csca_cert]))


def test_ecdsa_plain_signatures_verify() -> None:
    """BSI TR-03111 ecdsa-plain-SHA256 (r || s), as German documents sign."""
    info = _content_info(_document().sod)
    signer = info["content"]["signer_infos"][0]
    r, s = decode_dss_signature(signer["signature"].native)
    signer["signature"] = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    signer["signature_algorithm"] = algos.SignedDigestAlgorithm(
        {"algorithm": "0.4.0.127.0.7.1.1.4.1.3"}
    )
    assert _verify(_wrap(info)).verified_data_groups == (1, 2)
    signer["signature"] = r.to_bytes(32, "big") + (s ^ 1).to_bytes(32, "big")
    with pytest.raises(SignatureInvalidError):
        _verify(_wrap(info))


def test_a_signed_data_with_another_content_type_is_malformed() -> None:
    info = _content_info(_document().sod)
    info["content"]["encap_content_info"]["content_type"] = "1.2.840.113549.1.7.1"
    with pytest.raises(SodMalformedError) as caught:
        _verify(_wrap(info))
    assert "LDSSecurityObject" in caught.value.detail
    assert caught.value.step == "sod"


def test_a_sod_without_its_ds_certificate_is_malformed() -> None:
    info = _content_info(_document().sod)
    info["content"]["certificates"] = []
    with pytest.raises(SodMalformedError, match="DS certificate"):
        _verify(_wrap(info))


def test_bytes_after_the_sod_are_malformed() -> None:
    with pytest.raises(SodMalformedError):
        _verify(_document().sod + b"\x00")


def test_a_naive_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _verify(_document().sod, at=datetime(2026, 11, 25, 9, 30))  # noqa: DTZ001 - on purpose


def test_a_ds_certificate_cryptography_cannot_load_still_gives_a_typed_error() -> None:
    """Found by the mutation test: X.509 version 1 (v2) makes ``cryptography`` raise
    InvalidVersion, which is no ValueError, while formatting the DS subject for the log."""
    sod = bytearray(_document().sod)
    version = sod.index(bytes.fromhex("A003020102"))  # the DS certificate's [0] version v3
    sod[version + 4] = 1
    with pytest.raises(UntrustedSignerError) as caught:  # the CSCA signed version 3
        _verify(bytes(sod))
    assert "Common Name: DS NL TEST" in caught.value.detail


def _only_emrtd_errors(sod: bytes) -> None:
    with contextlib.suppress(EmrtdError):
        _verify(sod)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes_give_only_emrtd_errors(data: bytes) -> None:
    with pytest.raises(EmrtdError):
        _verify(data)
    with pytest.raises(EmrtdError):
        _verify(encode_tlv(0x77, data))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_sods_give_only_emrtd_errors(data: st.DataObject) -> None:
    sod = bytearray(_document().sod)
    cut = data.draw(st.integers(min_value=1, max_value=len(sod)))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        index = data.draw(st.integers(min_value=0, max_value=len(sod) - 1))
        sod[index] = data.draw(st.integers(min_value=0, max_value=255))
    _only_emrtd_errors(bytes(sod))
    _only_emrtd_errors(bytes(sod[:cut]))


# --- interoperability: an EF.SOD made by someone else --------------------------------------
# EF_SOD.bin and DG1 of the specimen document (ERIKA MUSTERMANN) in BSI TR-03105-5's
# ReferenceDataSet, as quoted in pymrtd's tests: RSA-PSS/SHA-256 by a DS under the test CSCA
# "HJP PB CS" (not in our store), DS certificate valid 2013-12-16 .. 2014-12-11.
BSI_SOD = bytes.fromhex(
    "7782078A3082078606092A864886F70D010702A082077730820773020103310F300D06096086480165030402"
    "0105003081E90606678108010101A081DE0481DB3081D8020100300D060960864801650304020105003081C3"
    "302502010104204170CA879FCE6A22FFEF1567FF88079F415C66EAD250AB5F23781AC2CDBF42B63025020102"
    "0420A9A1B09DFD598087AB3FCE4AE2EC65B1A1525BD258BFC27DF4419F8A65E5474530250201030420403E4D"
    "17C26EBC832411898161D8FD5D99C58EE865CB3759B529AA782C7EDE00302502010E0420CF5004FFCCD64E1A"
    "8BD3A42FD53814EC3D4481640BE1906D0ECFEB016EF6A6AE302502010404204C7A0F0DDAA473123834F1B071"
    "3ED9453D1D1D58BCE447FB1736D40A0761C17BA08204653082046130820295A00302010202060142FD5CF927"
    "304106092A864886F70D01010A3034A00F300D06096086480165030402010500A11C301A06092A864886F70D"
    "010108300D06096086480165030402010500A2030201203053310B3009060355040613024445311730150603"
    "55040A0C0E484A5020436F6E73756C74696E6731173015060355040B0C0E436F756E747279205369676E6572"
    "3112301006035504030C09484A50205042204353301E170D3133313231363231343331385A170D3134313231"
    "313231343331385A3054310B300906035504061302444531173015060355040A0C0E484A5020436F6E73756C"
    "74696E6731183016060355040B0C0F446F63756D656E74205369676E65723112301006035504030C09484A50"
    "20504220445330820122300D06092A864886F70D01010105000382010F003082010A02820101009E7CBB0653"
    "77041232915A044DD3ADC2199AD4C14BC8E58C24A899DBD62A984EEAE2A0006C1D53439246A67A9964D759BC"
    "7B9426CE6C4C078363306CF66645F12F39D950FE2C04100E6FF53C310B52F74CD1ED89931496F376D384AB60"
    "4A570129445F015FCC3595E161B7C591CB5206BC16477D8CDEC09480DBF6262696F62970DA0978807DBA330E"
    "E777BF54D471AE1EB257090F1379E198A2D1503344847347BE46764FA00C4E93BACD32143B2E04C6C369CECE"
    "7943FD414521849533F9CDB985E42767F1DD792E7EFED3651E3C75DF868FA2101DF45CD5D3D955B23A88DD30"
    "A752F4FB9F4E84B518E0CA0F8F2BACE65D61F98115A0EA88DD3A3416017CA30203010001A3523050301F0603"
    "551D230418301680141E4D57560C12902366A8FDE11408A37F70EB7D65301D0603551D0E04160414831C30BE"
    "878FDF57273010E5B38950E576F7B08A300E0603551D0F0101FF040403020780304106092A864886F70D0101"
    "0A3034A00F300D06096086480165030402010500A11C301A06092A864886F70D010108300D06096086480165"
    "030402010500A20302012003820181002984DC43028839BB24786A4C9C9C37E76368FF6264707970E5B00F79"
    "34840904ED90E34B018D5D634D7536E49AFE7B0E872F5D093E6D11BF31C910686A9106F9F773F59C57AEFF98"
    "3DE6335B5CB403E0FF7D3055F09948878F8BE1BC184F2A03C82C14097FC19DEDDCCF61A2EAE6F8BF1A64BE4C"
    "0253CE0BC35AD41E10D6FF08C1EE872349E8D02A722F48144CAB665D0FADF9DB3B36BFB2B15AE4A3B13DC4CF"
    "64133B599CDB3AF8A365AC6228096899FEA8D56A24F90DA72B3E95B97FD82C4B8EF9CBB499C3D9F09053A5FD"
    "DD51E94A13A004530D74F7DD1B0C88163F9BFA098923DC81D247D75E33CAC3C7E27AEAC627B99AB18E6B03D3"
    "8260E2DCCFA1D638D17614773BC13EBA0D53E2E3E9A202E0742C25DF471072CDA2A88BA2B25648970BC31132"
    "DE84F702ABBC98740B4FEE7C66CD149755A763B801DCF9DC1B52191A3ACC514244C51D297F35E5AEA328B864"
    "1B33D54DC7C50D2466F9DDDCE98A75F276D48D614B6C4FA675C2017824BED7CC27B46FCBE5B82CE4B433E34A"
    "AED2EBEE3182020630820202020101305D3053310B300906035504061302444531173015060355040A0C0E48"
    "4A5020436F6E73756C74696E6731173015060355040B0C0E436F756E747279205369676E6572311230100603"
    "5504030C09484A5020504220435302060142FD5CF927300D06096086480165030402010500A048301506092A"
    "864886F70D01090331080606678108010101302F06092A864886F70D01090431220420B46A0D05E280F398EF"
    "EEEBFF67E78C736ADD15E75670B1AD4C6C534E8187B9D6304106092A864886F70D01010A3034A00F300D0609"
    "6086480165030402010500A11C301A06092A864886F70D010108300D06096086480165030402010500A20302"
    "012004820100761106E9FBD2ED1B2F75027DAF13975A4C7ADFC54D675D2DD2BBA762BC073D9288AF4B1B87BA"
    "7987D53FA1D321D1943F58573F4913424E2BCDD080C2D8927A985BE2BDCAF6B8FE21EC99D8227F052ED118B7"
    "EAE6029F57889CA723912076916355068EBBCF46F19C3FBB49DCF1E9F3B10DF11E270FAC11BC6D1E3C5ADF68"
    "E0E46381A45F737E91EE9F889DB6D418AA2C6C3213C47FBC2787F0134384B343CC921A9A03878EBA79BA0090"
    "1115495942C3E7B0E4DA09E0916C172228AD28D9DBEC915F32E58D7431480443030C2C3D1DEF840223FED41A"
    "92C5B30AA2CE9ED346CBB8BB172A2EFF73E0B8CFEC89071A07DC62627421F808DA541A58A1A572E7583F"
)
BSI_DG1 = bytes.fromhex(
    "615B5F1F58503C443C3C4D55535445524D414E4E3C3C4552494B413C3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C"
    "3C3C3C3C3C433131543030324A4D34443C3C3936303831323246323331303331343C3C3C3C3C3C3C3C3C3C3C"
    "3C3C3C3C34"
)


def test_the_bsi_reference_sod_passes_every_step_up_to_the_trust_store() -> None:
    with pytest.raises(UntrustedSignerError, match="HJP PB CS"):
        verify_document(
            BSI_SOD, {1: BSI_DG1}, CscaTrustStore([]), at=datetime(2014, 1, 1, tzinfo=UTC)
        )


def test_the_bsi_reference_sod_catches_a_tampered_dg1_and_signature() -> None:
    at = datetime(2014, 1, 1, tzinfo=UTC)
    with pytest.raises(DataGroupHashMismatchError):
        verify_document(
            BSI_SOD, {1: BSI_DG1.replace(b"ERIKA", b"ERIKO")}, CscaTrustStore([]), at=at
        )
    tampered = bytearray(BSI_SOD)
    tampered[-5] ^= 0x01  # inside the DS signature, the last field of the SOD
    with pytest.raises(SignatureInvalidError):
        verify_document(bytes(tampered), {1: BSI_DG1}, CscaTrustStore([]), at=at)
