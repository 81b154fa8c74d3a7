"""A test PKI made in the test run: a CSCA "NL" and a document signer (DS) under it, and the
EF.SOD they sign (ICAO 9303 Parts 10 and 12). For the tests and the demo, never production.

Keys are generated fresh, never stored in the repository, so no test depends on a key that
could leak or expire. ECDSA P-256 is the default because it takes milliseconds; RSA 2048
(PKCS#1 v1.5 or PSS signatures) is there to exercise the RSA paths of passive authentication.
The names say "TEST" so a certificate that ends up somewhere it should not is recognisable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from asn1crypto import algos, cms, core, x509
from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from ..passive_auth import (
    HASHES,
    OID_LDS_SECURITY_OBJECT,
    TAG_SOD,
    DataGroupHash,
    DataGroupHashValues,
    LdsSecurityObject,
)
from ..tlv import encode_tlv

KeyAlgorithm = Literal["ecdsa", "rsa"]
RsaPadding = Literal["pkcs1v15", "pss"]
PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

CSCA_VALIDITY = timedelta(days=15 * 365)
DS_VALIDITY = timedelta(days=11 * 365)  # key usage period plus the documents' lifetime
#: How long before "now" a test certificate starts to be valid. Tests check documents at a
#: fixed FakeClock moment; a certificate that starts a day before the wall clock is not yet
#: valid at that moment from the day after the clock's date on (found when that day came).
BACKDATE = timedelta(days=3 * 365)


def _new_key(algorithm: KeyAlgorithm) -> PrivateKey:
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def _name(country: str, common_name: str) -> cx509.Name:
    return cx509.Name(
        [
            cx509.NameAttribute(NameOID.COUNTRY_NAME, country),
            cx509.NameAttribute(NameOID.ORGANIZATION_NAME, "StadsPunt TEST"),
            cx509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_csca(
    *,
    algorithm: KeyAlgorithm = "ecdsa",
    country: str = "NL",
    common_name: str = "CSCA NL TEST",
    not_before: datetime | None = None,
    not_after: datetime | None = None,
) -> tuple[PrivateKey, cx509.Certificate]:
    """A self-signed CSCA certificate (CA, path length 0, keyCertSign + cRLSign)."""
    start = not_before or datetime.now(UTC) - BACKDATE
    end = not_after or start + CSCA_VALIDITY
    key = _new_key(algorithm)
    name = _name(country, common_name)
    public = key.public_key()
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(cx509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(cx509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            cx509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(cx509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def issue_document_signer(
    csca_key: PrivateKey,
    csca_cert: cx509.Certificate,
    *,
    algorithm: KeyAlgorithm = "ecdsa",
    common_name: str = "DS NL TEST",
    not_before: datetime | None = None,
    not_after: datetime | None = None,
) -> tuple[PrivateKey, cx509.Certificate]:
    """A DS certificate signed by the CSCA (digitalSignature only, with key identifiers)."""
    start = not_before or datetime.now(UTC) - BACKDATE
    end = not_after or start + DS_VALIDITY
    key = _new_key(algorithm)
    public = key.public_key()
    country = csca_cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value
    ski = csca_cert.extensions.get_extension_for_class(cx509.SubjectKeyIdentifier).value
    cert = (
        cx509.CertificateBuilder()
        .subject_name(_name(str(country), common_name))
        .issuer_name(csca_cert.subject)
        .public_key(public)
        .serial_number(cx509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            cx509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            cx509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .add_extension(cx509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(csca_key, hashes.SHA256())
    )
    return key, cert


@dataclass(frozen=True)
class TestPki:
    """One CSCA and one DS under it."""

    __test__ = False  # not a pytest test class

    csca_key: PrivateKey
    csca_cert: cx509.Certificate
    ds_key: PrivateKey
    ds_cert: cx509.Certificate

    @property
    def csca_pem(self) -> bytes:
        return self.csca_cert.public_bytes(serialization.Encoding.PEM)

    def write_csca(self, directory: Path | str, name: str = "csca-nl-test.pem") -> Path:
        """Write the CSCA certificate (PEM) into ``directory``: a trust store for the demo."""
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        target = path / name
        target.write_bytes(self.csca_pem)
        return target

    def sod(self, data_groups: Mapping[int, bytes], hash_name: str = "sha256") -> bytes:
        return build_sod(data_groups, self.ds_key, self.ds_cert, hash_name)


def make_test_pki(
    *,
    algorithm: KeyAlgorithm = "ecdsa",
    country: str = "NL",
    now: datetime | None = None,
    ds_not_before: datetime | None = None,
    ds_not_after: datetime | None = None,
) -> TestPki:
    """A fresh CSCA and DS, valid from ``BACKDATE`` before ``now`` (default: the wall clock);
    the CSCA also covers a DS period set to start earlier (an expired DS for the tests)."""
    start = (now or datetime.now(UTC)) - BACKDATE
    csca_start = min(start, ds_not_before) if ds_not_before else start
    csca_key, csca_cert = make_csca(algorithm=algorithm, country=country, not_before=csca_start)
    ds_key, ds_cert = issue_document_signer(
        csca_key,
        csca_cert,
        algorithm=algorithm,
        not_before=ds_not_before or start,
        not_after=ds_not_after,
    )
    return TestPki(csca_key, csca_cert, ds_key, ds_cert)


def _signature_algorithm(
    key: PrivateKey, hash_name: str, rsa_padding: RsaPadding
) -> algos.SignedDigestAlgorithm:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return algos.SignedDigestAlgorithm({"algorithm": f"{hash_name}_ecdsa"})
    if rsa_padding == "pss":
        digest = algos.DigestAlgorithm({"algorithm": hash_name})
        return algos.SignedDigestAlgorithm(
            {
                "algorithm": "rsassa_pss",
                "parameters": algos.RSASSAPSSParams(
                    {
                        "hash_algorithm": digest,
                        "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": digest},
                        "salt_length": HASHES[hash_name]().digest_size,
                        "trailer_field": "trailer_field_bc",
                    }
                ),
            }
        )
    return algos.SignedDigestAlgorithm({"algorithm": f"{hash_name}_rsa"})


def _sign(key: PrivateKey, data: bytes, hash_name: str, rsa_padding: RsaPadding) -> bytes:
    algorithm = HASHES[hash_name]()
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(algorithm))
    if rsa_padding == "pss":
        pss = padding.PSS(mgf=padding.MGF1(algorithm), salt_length=algorithm.digest_size)
        return key.sign(data, pss, algorithm)
    return key.sign(data, padding.PKCS1v15(), algorithm)


def build_lds_security_object(
    data_groups: Mapping[int, bytes],
    hash_name: str = "sha256",
    *,
    lds_version: tuple[str, str] | None = None,
) -> bytes:
    """LDSSecurityObject: the hash of each data group (file contents as stored); version 0,
    or version 1 with ldsVersionInfo when ``lds_version`` is (LDS, Unicode), e.g.
    ("0108", "040000") for LDS 1.8."""
    if hash_name not in HASHES:
        raise ValueError(f"unsupported hash {hash_name}")
    values = DataGroupHashValues(
        [
            DataGroupHash(
                {
                    "data_group_number": number,
                    "data_group_hash_value": hashlib.new(hash_name, data_groups[number]).digest(),
                }
            )
            for number in sorted(data_groups)
        ]
    )
    fields: dict[str, object] = {
        "version": 0 if lds_version is None else 1,
        "hash_algorithm": algos.DigestAlgorithm({"algorithm": hash_name}),
        "data_group_hash_values": values,
    }
    if lds_version is not None:
        fields["lds_version_info"] = {
            "lds_version": lds_version[0],
            "unicode_version": lds_version[1],
        }
    return bytes(LdsSecurityObject(fields).dump())


def build_sod(
    data_groups: Mapping[int, bytes],
    ds_key: PrivateKey,
    ds_cert: cx509.Certificate,
    hash_name: str = "sha256",
    *,
    rsa_padding: RsaPadding = "pkcs1v15",
    lds_version: tuple[str, str] | None = None,
) -> bytes:
    """EF.SOD as on the chip: tag 77 around a CMS SignedData (version 3) whose content is the
    LDSSecurityObject, with signed attributes contentType + messageDigest and the DS
    certificate in ``certificates`` (9303-10, 4.6.2)."""
    content = build_lds_security_object(data_groups, hash_name, lds_version=lds_version)
    asn1_cert = x509.Certificate.load(ds_cert.public_bytes(serialization.Encoding.DER))
    attributes = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": [OID_LDS_SECURITY_OBJECT]}),
            cms.CMSAttribute(
                {"type": "message_digest", "values": [hashlib.new(hash_name, content).digest()]}
            ),
        ]
    )
    to_sign = b"\x31" + attributes.dump()[1:]
    digest = algos.DigestAlgorithm({"algorithm": hash_name})
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                "issuer_and_serial_number",
                cms.IssuerAndSerialNumber(
                    {"issuer": asn1_cert.issuer, "serial_number": asn1_cert.serial_number}
                ),
            ),
            "digest_algorithm": digest,
            "signed_attrs": attributes,
            "signature_algorithm": _signature_algorithm(ds_key, hash_name, rsa_padding),
            "signature": _sign(ds_key, to_sign, hash_name, rsa_padding),
        }
    )
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [digest],
            "encap_content_info": {
                "content_type": OID_LDS_SECURITY_OBJECT,
                "content": core.ParsableOctetString(content),
            },
            "certificates": [cms.CertificateChoices("certificate", asn1_cert)],
            "signer_infos": [signer],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed})
    return encode_tlv(TAG_SOD, info.dump())
