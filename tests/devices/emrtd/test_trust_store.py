"""The CSCA trust store: certificate files in every format countries publish them in, ICAO
master lists, unreadable files skipped (not fatal), and issuer lookup by name and key id."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from asn1crypto import cms, x509
from cryptography.hazmat.primitives.serialization import Encoding

from app.devices.emrtd.passive_auth import verify_document
from app.devices.emrtd.simulator.document import build_test_document
from app.devices.emrtd.simulator.pki import TestPki, make_csca, make_test_pki
from app.devices.emrtd.trust_store import (
    OID_CSCA_MASTER_LIST,
    CscaMasterList,
    CscaTrustStore,
    read_master_list,
)

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def nl() -> TestPki:
    return make_test_pki(now=NOW)


@pytest.fixture(scope="module")
def be() -> TestPki:
    return make_test_pki(now=NOW, country="BE", algorithm="rsa")


def _der(pki: TestPki) -> bytes:
    return pki.csca_cert.public_bytes(Encoding.DER)


def master_list(*certificates: bytes, content_type: str = OID_CSCA_MASTER_LIST) -> bytes:
    """A master list as ICAO publishes one, minus the signer (which the store does not check)."""
    content = CscaMasterList(
        {"version": 0, "cert_list": [x509.Certificate.load(der) for der in certificates]}
    )
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": content_type, "content": content.dump()},
            "signer_infos": [],
        }
    )
    return bytes(cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump())


def test_master_list_round_trip(nl: TestPki, be: TestPki) -> None:
    data = master_list(_der(nl), _der(be))
    found = read_master_list(data)
    assert sorted(cert.dump() for cert in found) == sorted([_der(nl), _der(be)])


def test_a_directory_of_pem_der_and_master_lists(
    tmp_path: Path, nl: TestPki, be: TestPki, caplog: pytest.LogCaptureFixture
) -> None:
    de = make_test_pki(now=NOW, country="DE")
    fr = make_test_pki(now=NOW, country="FR")
    nl.write_csca(tmp_path)  # PEM
    (tmp_path / "be.cer").write_bytes(_der(be))  # DER under a .cer name
    (tmp_path / "two.crt").write_bytes(de.csca_pem + b"\n" + fr.csca_pem)  # two PEM blocks
    (tmp_path / "icao.ml").write_bytes(master_list(_der(nl), _der(be)))  # duplicates
    (tmp_path / "broken.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END")
    (tmp_path / "garbage.der").write_bytes(b"\x30\x03\x02\x01")
    (tmp_path / "wrong.ml").write_bytes(master_list(_der(nl), content_type="2.23.136.1.1.1"))
    (tmp_path / "readme.txt").write_text("not a certificate, ignored")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "nested.pem").write_bytes(de.csca_pem)

    with caplog.at_level(logging.WARNING, logger="app.devices.emrtd.trust_store"):
        store = CscaTrustStore.from_directory(tmp_path)

    assert len(store) == 4  # nl, be, de, fr once each
    assert sorted(Path(skip.path).name for skip in store.skipped) == [
        "broken.pem",
        "garbage.der",
        "wrong.ml",
    ]
    assert "not a CSCA master list" in next(s.reason for s in store.skipped if "wrong" in s.path)
    assert sum("skipped" in record.message for record in caplog.records) == 3
    for pki in (nl, be, de, fr):
        assert [c.dump() for c in store.find_issuers(pki.ds_cert)] == [_der(pki)]


def test_a_master_list_is_a_working_trust_store(tmp_path: Path, nl: TestPki, be: TestPki) -> None:
    (tmp_path / "icao.ml").write_bytes(master_list(_der(be), _der(nl)))
    document = build_test_document(
        surname="Jansen",
        given_names="Anna",
        birth_date=date(1990, 1, 2),
        sex="F",
        document_number="IZR12AB34",
        expiry_date=date(2031, 3, 4),
        kind="id_card",
        pki=nl,
    )
    result = verify_document(
        document.sod, document.data_groups, CscaTrustStore.from_directory(tmp_path), at=NOW
    )
    assert result.csca_subject == "CN=CSCA NL TEST,O=StadsPunt TEST,C=NL"


def test_a_missing_directory_is_an_empty_store(tmp_path: Path) -> None:
    store = CscaTrustStore.from_directory(tmp_path / "nowhere")
    assert len(store) == 0
    assert store.skipped == ()


def test_the_configured_directory_is_loaded(tmp_path: Path, nl: TestPki) -> None:
    nl.write_csca(tmp_path / "csca")
    store = CscaTrustStore.from_directory(tmp_path / "csca")
    assert [c.dump() for c in store.certificates] == [_der(nl)]


def test_from_certificates_takes_der_pem_and_objects(nl: TestPki, be: TestPki) -> None:
    other = make_test_pki(now=NOW, country="LU")
    store = CscaTrustStore.from_certificates(
        [_der(nl), be.csca_pem, x509.Certificate.load(_der(other)), nl.csca_cert]
    )
    assert len(store) == 3
    assert {c.dump() for c in store.certificates} == {_der(nl), _der(be), _der(other)}


def test_find_issuers_matches_name_and_key_identifier(nl: TestPki) -> None:
    # A second CSCA with the same name (a key rollover) but another key is not offered for a
    # DS whose authority key identifier names the first.
    _, rollover = make_csca(not_before=NOW)
    store = CscaTrustStore.from_certificates([nl.csca_cert, rollover])
    assert [c.dump() for c in store.find_issuers(nl.ds_cert)] == [_der(nl)]
    assert CscaTrustStore.from_certificates([]).find_issuers(nl.ds_cert) == []


def test_a_certificate_without_authority_key_identifier_gets_every_namesake(
    nl: TestPki,
) -> None:
    _, rollover = make_csca(not_before=NOW)
    store = CscaTrustStore.from_certificates([nl.csca_cert, rollover])
    # The self-signed CSCA has no AKI: its own name finds both namesakes.
    assert len(store.find_issuers(rollover)) == 2
