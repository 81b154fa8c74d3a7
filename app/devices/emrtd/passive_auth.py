"""Passive authentication (ICAO 9303 Part 11, 5.1; structures from Part 10, 4.6.2 and Part 12).

EF.SOD is a CMS SignedData (RFC 5652) whose content is the LDSSecurityObject: the hash of every
data group, signed by the issuing state's document signer (DS), whose certificate a country
signing CA (CSCA) issued. ``verify_document`` checks, in this order, and stops at the first
failure with an error class of its own, so the log and the operator see which step failed:

1. the SOD parses (CMS SignedData, eContentType id-icao-mrtd-security-ldsSecurityObject);
2. every data group read hashes to the value in the SOD, and is listed in it at all;
3. the signed attributes' messageDigest is the hash of the LDSSecurityObject;
4. the DS signature over the signed attributes verifies with the DS certificate's key;
5. a trusted CSCA issued the DS certificate (issuer name and signature);
6. the DS and CSCA certificates are valid at ``at``.

Chip bytes are untrusted: whatever they hold, only ``EmrtdError`` subclasses come out. Parsing
uses asn1crypto, the cryptography library verifies; no primitive is written here. Explicitly
encoded EC domain parameters (some CSCAs use them) are not loaded by ``cryptography``: such a
key fails at step 4 or 5 with that said in ``detail``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from asn1crypto import algos, cms, core, x509
from cryptography import x509 as cx509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from app.devices.errors import QT_TRANSLATE_NOOP

from .errors import EmrtdError
from .tlv import read_tlv
from .trust_store import CscaTrustStore

# id-icao-mrtd-security-ldsSecurityObject (9303-10, 4.6.2.1)
OID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1"
TAG_SOD = 0x77
# What asn1crypto raises on bytes that do not parse (it parses lazily, on first access).
_ASN1_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    AttributeError,
    NotImplementedError,
    RecursionError,
)

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
# BSI TR-03111 ecdsa-plain-SHA* (signature as r || s), used by German and other documents.
_ECDSA_PLAIN = {
    "0.4.0.127.0.7.1.1.4.1.1": "sha1",
    "0.4.0.127.0.7.1.1.4.1.2": "sha224",
    "0.4.0.127.0.7.1.1.4.1.3": "sha256",
    "0.4.0.127.0.7.1.1.4.1.4": "sha384",
    "0.4.0.127.0.7.1.1.4.1.5": "sha512",
}


# --- ASN.1 of the LDS security object (9303-10, 4.6.2.2) -------------------------------------


class DataGroupHash(core.Sequence):  # type: ignore[misc]
    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class DataGroupHashValues(core.SequenceOf):  # type: ignore[misc]
    _child_spec = DataGroupHash


class LdsVersionInfo(core.Sequence):  # type: ignore[misc]
    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("lds_version", core.PrintableString),
        ("unicode_version", core.PrintableString),
    ]


class LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    """Version 0 (LDS 1.7) or 1 (with ldsVersionInfo, LDS 1.8)."""

    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]


# --- errors ----------------------------------------------------------------------------------


class PassiveAuthError(EmrtdError):
    """Passive authentication failed; ``step`` names the check (see the module docstring)."""

    step: ClassVar[str] = "passive_auth"
    code = "passive_auth"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The chip of the document could not be verified as genuine. Check the document by hand.",
    )


class SodMalformedError(PassiveAuthError):
    """EF.SOD is no CMS SignedData around an LDSSecurityObject, or lacks what ICAO requires."""

    step = "sod"
    code = "pa_sod_malformed"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The security data on the chip could not be read, so the document cannot be verified. "
        "Check the document by hand.",
    )


class DataGroupHashMismatchError(PassiveAuthError):
    """A data group does not hash to its value in the SOD: it was altered. ``data_group``."""

    step = "data_group_hash"
    code = "pa_hash_mismatch"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Data group {data_group} on the chip has been changed after the document was issued. "
        "Do not accept the document; ask a colleague.",
    )


class DataGroupNotInSodError(PassiveAuthError):
    """A data group was read that the SOD has no hash for: it cannot be vouched for."""

    step = "data_group_listed"
    code = "pa_data_group_missing"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Data group {data_group} on the chip is not covered by its security data. "
        "Do not accept the document; ask a colleague.",
    )


class MessageDigestMismatchError(PassiveAuthError):
    """The signed messageDigest is not the hash of the LDSSecurityObject: the SOD was edited."""

    step = "message_digest"
    code = "pa_message_digest"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The security data on the chip has been changed after the document was issued. "
        "Do not accept the document; ask a colleague.",
    )


class SignatureInvalidError(PassiveAuthError):
    """The document signer's signature does not verify (or uses an algorithm we lack)."""

    step = "ds_signature"
    code = "pa_signature"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The signature on the chip's data is not valid. Do not accept the document; "
        "ask a colleague.",
    )


class UntrustedSignerError(PassiveAuthError):
    """No trusted CSCA issued the DS certificate: unknown country key, or a forgery."""

    step = "csca_trust"
    code = "pa_untrusted"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The document was signed by an authority that is not on our list of trusted issuers. "
        "Check the document by hand and ask a colleague.",
    )


class CertificateNotValidError(PassiveAuthError):
    """The DS or CSCA certificate is not valid at the time of the check. ``certificate``
    is "DS" or "CSCA"."""

    step = "validity"
    code = "pa_certificate_validity"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate the document was signed with is not valid today. "
        "Check the document by hand and ask a colleague.",
    )


# --- result ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassiveAuthResult:
    verified_data_groups: tuple[int, ...]  # the data groups given, all hashes checked
    sod_data_groups: tuple[int, ...]  # every data group the SOD lists (some may not be read)
    hash_algorithm: str  # of the data-group hashes, e.g. "sha256"
    signature_algorithm: str  # of the DS signature, e.g. "sha256_ecdsa"
    ds_subject: str  # RFC 4514
    ds_serial_number: int
    csca_subject: str  # RFC 4514
    lds_version: str | None  # from ldsVersionInfo (LDS 1.8), else None


# --- parsing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sod:
    lds_content: bytes
    hash_algorithm: str
    data_group_hashes: dict[int, bytes]
    lds_version: str | None
    digest_algorithm: str
    message_digest: bytes
    signed_attributes: bytes  # DER, as signed (SET OF tag)
    signature_algorithm: algos.SignedDigestAlgorithm
    signature: bytes
    ds_certificate: x509.Certificate


def _unwrap(sod: bytes) -> bytes:
    """EF.SOD as on the chip is tag 77 around the ContentInfo; accept the bare one too."""
    if sod[:1] == bytes([TAG_SOD]):
        item, end = read_tlv(sod)
        if end != len(sod):
            raise SodMalformedError(f"{len(sod) - end} bytes after the SOD")
        return item.value
    return sod


def _attribute(attributes: cms.CMSAttributes, name: str) -> core.Asn1Value:
    found = [attr for attr in attributes if attr["type"].native == name]
    if len(found) != 1:
        raise SodMalformedError(f"{len(found)} signed attributes {name}, expected 1")
    values = found[0]["values"]
    if len(values) != 1:
        raise SodMalformedError(f"signed attribute {name} has {len(values)} values")
    return values[0]


def _matches(cert: x509.Certificate, sid: cms.SignerIdentifier) -> bool:
    if sid.name == "issuer_and_serial_number":
        wanted = sid.chosen
        return bool(
            cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native
        )
    return bool(cert.key_identifier == sid.chosen.native)


def _parse_lds(content: bytes) -> tuple[str, dict[int, bytes], str | None]:
    """Hash algorithm, DG number -> hash, and LDS version of an LDSSecurityObject."""
    lds = LdsSecurityObject.load(content, strict=True)
    version = lds["version"].native
    if version not in (0, 1):
        raise SodMalformedError(f"LDSSecurityObject version {version}")
    hash_algorithm = lds["hash_algorithm"]["algorithm"].native
    if hash_algorithm not in HASHES:
        raise SodMalformedError(f"unsupported data-group hash {hash_algorithm}")
    size = HASHES[hash_algorithm]().digest_size
    hashes_by_group: dict[int, bytes] = {}
    for entry in lds["data_group_hash_values"]:
        number = entry["data_group_number"].native
        value = entry["data_group_hash_value"].native
        if not 1 <= number <= 16 or number in hashes_by_group:
            raise SodMalformedError(f"data group number {number} invalid or repeated")
        if len(value) != size:
            raise SodMalformedError(f"DG{number} hash of {len(value)} bytes for {hash_algorithm}")
        hashes_by_group[number] = value
    version_info = lds["lds_version_info"]
    lds_version = None if version_info.native is None else version_info["lds_version"].native
    return hash_algorithm, hashes_by_group, lds_version


def _signed_attributes(signer: cms.SignerInfo) -> tuple[bytes, bytes]:
    """The messageDigest and the DER the DS signed (the attributes as SET OF, RFC 5652 5.4)."""
    attributes = signer["signed_attrs"]
    if attributes.native is None:
        raise SodMalformedError("no signed attributes (ICAO requires them)")
    content_type = _attribute(attributes, "content_type")
    if content_type.dotted != OID_LDS_SECURITY_OBJECT:
        raise SodMalformedError(f"signed contentType {content_type.dotted} != eContentType")
    message_digest = _attribute(attributes, "message_digest").native
    return message_digest, b"\x31" + attributes.dump()[1:]  # [0] IMPLICIT -> SET OF


def _ds_certificate(signed: cms.SignedData, signer: cms.SignerInfo) -> x509.Certificate:
    certificates = [
        choice.chosen for choice in signed["certificates"] if choice.name == "certificate"
    ]
    matching = [cert for cert in certificates if _matches(cert, signer["sid"])]
    if not matching:
        raise SodMalformedError(f"the DS certificate is not in the SOD ({len(certificates)})")
    ds_certificate = matching[0]
    ds_certificate.native  # noqa: B018 - parse it fully now, inside the caller's try
    return ds_certificate


def _parse_sod(sod: bytes) -> _Sod:
    try:
        info = cms.ContentInfo.load(_unwrap(sod), strict=True)
        if info["content_type"].native != "signed_data":
            raise SodMalformedError(f"content type {info['content_type'].dotted}, not signedData")
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].dotted != OID_LDS_SECURITY_OBJECT:
            raise SodMalformedError(
                f"eContentType {encap['content_type'].dotted}, not an LDSSecurityObject"
            )
        content = encap["content"].native
        if not isinstance(content, bytes):
            raise SodMalformedError("SignedData without encapsulated content")
        hash_algorithm, hashes_by_group, lds_version = _parse_lds(content)
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise SodMalformedError(f"{len(signer_infos)} signer infos, expected 1")
        signer = signer_infos[0]
        digest_algorithm = signer["digest_algorithm"]["algorithm"].native
        if digest_algorithm not in HASHES:
            raise SodMalformedError(f"unsupported signer digest {digest_algorithm}")
        message_digest, signed_attributes = _signed_attributes(signer)
        signature_algorithm = signer["signature_algorithm"]
        signature_algorithm.native  # noqa: B018 - parse it fully now
        return _Sod(
            lds_content=content,
            hash_algorithm=hash_algorithm,
            data_group_hashes=hashes_by_group,
            lds_version=lds_version,
            digest_algorithm=digest_algorithm,
            message_digest=message_digest,
            signed_attributes=signed_attributes,
            signature_algorithm=signature_algorithm,
            signature=signer["signature"].native,
            ds_certificate=_ds_certificate(signed, signer),
        )
    except EmrtdError:
        raise
    except _ASN1_ERRORS as exc:
        raise SodMalformedError(f"SOD does not parse: {type(exc).__name__}: {exc}") from exc


# --- signatures ------------------------------------------------------------------------------


class UnsupportedSignatureError(Exception):
    """An algorithm or key this module cannot verify with."""


def _public_key(cert: x509.Certificate) -> object:
    try:
        return serialization.load_der_public_key(
            cert["tbs_certificate"]["subject_public_key_info"].dump()
        )
    except (ValueError, UnsupportedAlgorithm, TypeError) as exc:
        raise UnsupportedSignatureError(
            f"public key cannot be loaded (explicit EC parameters?): {exc}"
        ) from exc


def _hash(name: str) -> hashes.HashAlgorithm:
    if name not in HASHES:
        raise UnsupportedSignatureError(f"hash {name}")
    return HASHES[name]()


def verify_signature(
    cert: x509.Certificate,
    algorithm: algos.SignedDigestAlgorithm,
    data: bytes,
    signature: bytes,
    *,
    digest_algorithm: str | None = None,
) -> None:
    """Verify ``signature`` over ``data`` with ``cert``'s key; raises ``InvalidSignature`` or
    ``UnsupportedSignatureError``. ``digest_algorithm`` is the hash where the algorithm OID
    names none (rsaEncryption, id-ecPublicKey in a SignerInfo)."""
    key = _public_key(cert)
    try:
        oid = algorithm["algorithm"].dotted
        if oid in _ECDSA_PLAIN:
            if (
                not isinstance(key, ec.EllipticCurvePublicKey)
                or not signature
                or len(signature) % 2
            ):
                raise InvalidSignature
            half = len(signature) // 2
            der = encode_dss_signature(
                int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
            )
            key.verify(der, data, ec.ECDSA(_hash(_ECDSA_PLAIN[oid])))
            return
        kind = algorithm.signature_algo
        if kind == "rsassa_pss":
            params = algorithm["parameters"]
            mgf = params["mask_gen_algorithm"]
            if (
                mgf["algorithm"].native != "mgf1"
                or params["trailer_field"].native != "trailer_field_bc"
            ):
                raise UnsupportedSignatureError("PSS with other than MGF1 / trailer BC")
            if not isinstance(key, rsa.RSAPublicKey):
                raise InvalidSignature
            pss = padding.PSS(
                mgf=padding.MGF1(_hash(mgf["parameters"]["algorithm"].native)),
                salt_length=params["salt_length"].native,
            )
            key.verify(signature, data, pss, _hash(params["hash_algorithm"]["algorithm"].native))
            return
        try:
            hash_name = algorithm.hash_algo
        except ValueError:
            if digest_algorithm is None:
                raise
            hash_name = digest_algorithm
        if kind == "rsassa_pkcs1v15":
            if not isinstance(key, rsa.RSAPublicKey):
                raise InvalidSignature
            key.verify(signature, data, padding.PKCS1v15(), _hash(hash_name))
            return
        if kind == "ecdsa":
            if not isinstance(key, ec.EllipticCurvePublicKey):
                raise InvalidSignature
            key.verify(signature, data, ec.ECDSA(_hash(hash_name)))
            return
        raise UnsupportedSignatureError(f"signature algorithm {kind}")
    except (ValueError, TypeError, KeyError, UnsupportedAlgorithm) as exc:
        raise UnsupportedSignatureError(
            f"signature algorithm {algorithm['algorithm'].dotted}: {exc}"
        ) from exc


def _subject(cert: x509.Certificate) -> str:
    """RFC 4514 for the log and the result; any certificate cryptography refuses to load
    (bad version, odd encoding: it raises several unrelated types) falls back to asn1crypto."""
    try:
        return cx509.load_der_x509_certificate(cert.dump()).subject.rfc4514_string()
    except Exception:  # a display string must never fail the check
        return str(cert.subject.human_friendly)


def _valid_at(cert: x509.Certificate, at: datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    try:
        return bool(validity["not_before"].native <= at <= validity["not_after"].native)
    except TypeError:  # asn1crypto's extended_datetime for year 0 does not compare
        return False


# --- the check -------------------------------------------------------------------------------


def _check_data_groups(parsed: _Sod, data_groups: Mapping[int, bytes]) -> None:
    for number in sorted(data_groups):
        if number not in parsed.data_group_hashes:
            raise DataGroupNotInSodError(
                f"DG{number} read but the SOD lists {sorted(parsed.data_group_hashes)}",
                data_group=number,
            )
        actual = hashlib.new(parsed.hash_algorithm, bytes(data_groups[number])).digest()
        if actual != parsed.data_group_hashes[number]:
            raise DataGroupHashMismatchError(
                f"DG{number} {parsed.hash_algorithm} {actual.hex()} != SOD "
                f"{parsed.data_group_hashes[number].hex()}",
                data_group=number,
            )


def _check_message_digest(parsed: _Sod) -> None:
    digest = hashlib.new(parsed.digest_algorithm, parsed.lds_content).digest()
    if digest != parsed.message_digest:
        raise MessageDigestMismatchError(
            f"{parsed.digest_algorithm} of the LDSSecurityObject {digest.hex()} != "
            f"messageDigest {parsed.message_digest.hex()}"
        )


def _check_ds_signature(parsed: _Sod) -> None:
    ds = parsed.ds_certificate
    try:
        verify_signature(
            ds,
            parsed.signature_algorithm,
            parsed.signed_attributes,
            parsed.signature,
            digest_algorithm=parsed.digest_algorithm,
        )
    except InvalidSignature as exc:
        raise SignatureInvalidError(
            f"DS signature ({parsed.signature_algorithm['algorithm'].native}) does not verify; "
            f"DS {_subject(ds)} serial {ds.serial_number}"
        ) from exc
    except UnsupportedSignatureError as exc:
        raise SignatureInvalidError(f"DS signature cannot be checked: {exc}") from exc


def _received_tbs(cert: x509.Certificate) -> bytes:
    """The tbsCertificate exactly as the chip sent it, for the CSCA's signature.

    Not ``cert["tbs_certificate"].dump()``: asn1crypto re-encodes a TBS whose extensions hold
    fields it does not expect, dropping them, so a DS certificate with bytes added inside an
    extension verified (found by tests/fuzz/test_chip_data.py). The certificate's own
    ``dump()`` keeps the bytes as received.
    """
    outer, _ = read_tlv(cert.dump())
    _, end = read_tlv(outer.value)
    return outer.value[:end]


def _trusted_issuers(ds: x509.Certificate, trust: CscaTrustStore) -> list[x509.Certificate]:
    """The trusted CSCAs whose key verifies the DS certificate's signature (at least one)."""
    issuers = trust.find_issuers(ds)
    if not issuers:
        raise UntrustedSignerError(
            f"no trusted CSCA named {ds.issuer.human_friendly} "
            f"(trust store has {len(trust)} certificates)"
        )
    if ds["tbs_certificate"]["signature"].dump() != ds["signature_algorithm"].dump():
        raise UntrustedSignerError("DS certificate: inner and outer signature algorithms differ")
    signers: list[x509.Certificate] = []
    problems: list[str] = []
    for csca in issuers:
        try:
            verify_signature(
                csca,
                ds["signature_algorithm"],
                _received_tbs(ds),
                ds["signature_value"].native,
            )
        except InvalidSignature:
            problems.append(f"{_subject(csca)} serial {csca.serial_number}: bad signature")
        except UnsupportedSignatureError as exc:
            problems.append(f"{_subject(csca)} serial {csca.serial_number}: {exc}")
        else:
            signers.append(csca)
    if not signers:
        raise UntrustedSignerError(
            f"DS certificate {_subject(ds)} not signed by any trusted CSCA: " + "; ".join(problems)
        )
    return signers


def _valid_signer(
    ds: x509.Certificate, signers: list[x509.Certificate], at: datetime
) -> x509.Certificate:
    if not _valid_at(ds, at):
        validity = ds["tbs_certificate"]["validity"]
        raise CertificateNotValidError(
            f"DS certificate valid {validity['not_before'].native} .. "
            f"{validity['not_after'].native}, checked at {at.isoformat()}",
            certificate="DS",
        )
    for csca in signers:
        if _valid_at(csca, at):
            return csca
    raise CertificateNotValidError(
        f"CSCA {_subject(signers[0])} not valid at {at.isoformat()}", certificate="CSCA"
    )


def verify_document(
    sod: bytes,
    data_groups: Mapping[int, bytes],
    trust: CscaTrustStore,
    *,
    at: datetime,
) -> PassiveAuthResult:
    """Passive authentication of the data groups read (number -> file contents as read,
    outer tag included) against EF.SOD (``sod``, with or without its 77 tag). Raises the
    ``PassiveAuthError`` of the first step that fails (see the module docstring)."""
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    parsed = _parse_sod(bytes(sod))
    _check_data_groups(parsed, data_groups)
    _check_message_digest(parsed)
    _check_ds_signature(parsed)
    ds = parsed.ds_certificate
    csca = _valid_signer(ds, _trusted_issuers(ds, trust), at)
    return PassiveAuthResult(
        verified_data_groups=tuple(sorted(data_groups)),
        sod_data_groups=tuple(sorted(parsed.data_group_hashes)),
        hash_algorithm=parsed.hash_algorithm,
        signature_algorithm=str(parsed.signature_algorithm["algorithm"].native),
        ds_subject=_subject(ds),
        ds_serial_number=int(ds.serial_number),
        csca_subject=_subject(csca),
        lds_version=parsed.lds_version,
    )
