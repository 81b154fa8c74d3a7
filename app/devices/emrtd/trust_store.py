"""The CSCA certificates passive authentication trusts (ICAO 9303 Part 12).

A chip's document signer (DS) certificate is only worth something if a country signing CA
(CSCA) we trust issued it. The trust store is configured, not built in: a directory with the
CSCA certificates of the countries we accept (PEM or DER, as the countries publish them) and/or
ICAO master lists (``.ml``), which bundle many CSCAs in one signed CMS file.

A master list's own signature (by a master list signer under some CSCA) is NOT verified here:
whoever puts a master list in the trust directory vouches for it, exactly as for a loose
certificate. Files that do not parse are logged and skipped, so one bad download does not stop
every identification at the kiosk; ``skipped`` lists them for the device status page.

Certificates are kept as ``asn1crypto`` objects because its name comparison follows RFC 5280
(case and whitespace insensitive), which real DS certificates need to find their CSCA.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeAlias

from asn1crypto import cms, core, pem, x509
from cryptography import x509 as cx509
from cryptography.hazmat.primitives.serialization import Encoding

log = logging.getLogger(__name__)

# id-icao-cscaMasterList (9303-12, 9): the eContentType of a master list.
OID_CSCA_MASTER_LIST = "2.23.136.1.1.2"
CERTIFICATE_SUFFIXES = frozenset({".pem", ".cer", ".crt", ".der"})
MASTER_LIST_SUFFIX = ".ml"


class CscaCertificates(core.SetOf):  # type: ignore[misc]
    _child_spec = x509.Certificate


class CscaMasterList(core.Sequence):  # type: ignore[misc]
    """``CscaMasterList ::= SEQUENCE { version CscaMasterListVersion, certList SET OF
    Certificate }`` (9303-12, 9), version v0 = 0."""

    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("version", core.Integer),
        ("cert_list", CscaCertificates),
    ]


# asn1crypto is untyped, so its Certificate is Any to mypy; the alias documents the intent.
CertificateInput: TypeAlias = "bytes | x509.Certificate | cx509.Certificate"


class TrustStoreFileError(ValueError):
    """A trust-store file that cannot be read; caught and logged by ``from_directory``."""


def _as_asn1(certificate: CertificateInput) -> x509.Certificate:
    if isinstance(certificate, x509.Certificate):
        return certificate
    if isinstance(certificate, cx509.Certificate):
        return x509.Certificate.load(certificate.public_bytes(Encoding.DER))
    data = bytes(certificate)
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    return _parse_certificate(data)


def _parse_certificate(der: bytes) -> x509.Certificate:
    """Parse and touch every field now: asn1crypto parses lazily, errors must surface here."""
    try:
        cert = x509.Certificate.load(der, strict=True)
        cert.native  # noqa: B018 - forces the full parse
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise TrustStoreFileError(f"not an X.509 certificate: {exc}") from exc
    return cert


def read_certificate_file(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM (one or more blocks) or DER file."""
    if pem.detect(data):
        try:
            blocks = [
                der for kind, _, der in pem.unarmor(data, multiple=True) if kind == "CERTIFICATE"
            ]
        except ValueError as exc:
            raise TrustStoreFileError(f"bad PEM: {exc}") from exc
        if not blocks:
            raise TrustStoreFileError("PEM file without a CERTIFICATE block")
        return [_parse_certificate(der) for der in blocks]
    return [_parse_certificate(data)]


def read_master_list(data: bytes) -> list[x509.Certificate]:
    """The CSCA certificates in an ICAO master list (CMS SignedData around a CscaMasterList).

    The signer of the list is not checked (see the module docstring); the certificates in the
    SignedData's ``certificates`` field (the list signer and its CSCA) are not taken over.
    """
    if pem.detect(data):
        try:
            _, _, data = pem.unarmor(data)
        except ValueError as exc:
            raise TrustStoreFileError(f"bad PEM: {exc}") from exc
    try:
        info = cms.ContentInfo.load(data, strict=True)
        if info["content_type"].native != "signed_data":
            raise TrustStoreFileError("master list is not CMS SignedData")
        encap = info["content"]["encap_content_info"]
        if encap["content_type"].dotted != OID_CSCA_MASTER_LIST:
            raise TrustStoreFileError(
                f"eContentType {encap['content_type'].dotted} is not a CSCA master list"
            )
        content = encap["content"].native
        if not isinstance(content, bytes):
            raise TrustStoreFileError("master list without content")
        master_list = CscaMasterList.load(content, strict=True)
        if master_list["version"].native != 0:
            raise TrustStoreFileError(f"master list version {master_list['version'].native}")
        ders = [cert.dump() for cert in master_list["cert_list"]]
    except TrustStoreFileError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise TrustStoreFileError(f"not a master list: {exc}") from exc
    return [_parse_certificate(der) for der in ders]


def _key_identifier(cert: x509.Certificate) -> bytes | None:
    value = cert.key_identifier
    return bytes(value) if value is not None else None


def _authority_key_identifier(cert: x509.Certificate) -> bytes | None:
    value = cert.authority_key_identifier
    return bytes(value) if value is not None else None


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


class CscaTrustStore:
    """CSCA certificates indexed by subject name; immutable once built, so threads may share it."""

    def __init__(
        self, certificates: Iterable[x509.Certificate], skipped: Iterable[SkippedFile] = ()
    ) -> None:
        unique: dict[bytes, x509.Certificate] = {}
        for cert in certificates:
            unique.setdefault(cert.dump(), cert)
        self._certificates = tuple(unique.values())
        self._by_subject: dict[str, list[x509.Certificate]] = {}
        for cert in self._certificates:
            self._by_subject.setdefault(cert.subject.hashable, []).append(cert)
        self.skipped = tuple(skipped)

    @classmethod
    def from_certificates(cls, certificates: Iterable[CertificateInput]) -> CscaTrustStore:
        """From certificates in memory: DER or PEM bytes, asn1crypto or cryptography objects."""
        return cls(_as_asn1(cert) for cert in certificates)

    @classmethod
    def from_directory(cls, path: Path | str) -> CscaTrustStore:
        """Every certificate and master list directly in ``path`` (sorted, not recursive).

        A missing directory is an empty store, logged: passive authentication then reports
        every document as untrusted instead of the app failing to start.
        """
        directory = Path(path)
        certificates: list[x509.Certificate] = []
        skipped: list[SkippedFile] = []
        if not directory.is_dir():
            log.warning("CSCA trust store %s is not a directory; no CSCA is trusted", directory)
            return cls((), ())
        for file in sorted(directory.iterdir()):
            suffix = file.suffix.lower()
            if not file.is_file() or suffix not in CERTIFICATE_SUFFIXES | {MASTER_LIST_SUFFIX}:
                continue
            try:
                data = file.read_bytes()
                found = (
                    read_master_list(data)
                    if suffix == MASTER_LIST_SUFFIX
                    else read_certificate_file(data)
                )
            except (OSError, TrustStoreFileError) as exc:
                log.warning("CSCA trust store: skipped %s: %s", file, exc)
                skipped.append(SkippedFile(str(file), str(exc)))
                continue
            log.debug("CSCA trust store: %d certificate(s) from %s", len(found), file)
            certificates.extend(found)
        store = cls(certificates, skipped)
        log.info(
            "CSCA trust store %s: %d certificate(s), %d file(s) skipped",
            directory,
            len(store),
            len(skipped),
        )
        return store

    @property
    def certificates(self) -> tuple[x509.Certificate, ...]:
        return self._certificates

    def __len__(self) -> int:
        return len(self._certificates)

    def find_issuers(self, certificate: CertificateInput) -> list[x509.Certificate]:
        """The trusted CSCAs that may have issued ``certificate``: same subject as its issuer
        and, when both carry key identifiers, the same key. Several come back around a key
        rollover (old CSCA, new CSCA, link certificate); the caller checks the signature.
        """
        cert = _as_asn1(certificate)
        candidates = self._by_subject.get(cert.issuer.hashable, [])
        authority = _authority_key_identifier(cert)
        if authority is None:
            return list(candidates)
        return [ca for ca in candidates if _key_identifier(ca) in (None, authority)]
