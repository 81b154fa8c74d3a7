"""The chip side of an eMRTD: eMRTD application, BAC and 3DES secure messaging (ICAO 9303-11).

The virtual passport answers APDUs the way a BAC-protected chip does, so the reader code meets
the same refusals in tests and in the demo as at the counter: files of the application are
read only through secure messaging after BAC; a wrong MRZ key gets 6300 and no session; a
plain command, a missing or wrong MAC ends the session (6987/6988), as do power-off and reset.
Status words inside the session are protected (DO99 + MAC) so the terminal's send sequence
counter stays in step; secure-messaging faults are answered in plain, because the chip can no
longer trust the session keys.

Lengths follow ISO 7816-4: an APDU whose protected answer would not fit the outer Le is
refused with 6700 (a terminal reading 256 bytes with short APDUs fails on real chips too);
READ BINARY past the end returns what there is, with 6282 when a definite Le was not met.
The symmetric crypto is ``crypto.py``'s, shared with the terminal side.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from .. import crypto
from ..apdu import (
    SW_AUTHENTICATION_FAILED,
    SW_CLA_NOT_SUPPORTED,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_INCORRECT_P1P2,
    SW_INS_NOT_SUPPORTED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_OBJECTS_INCORRECT,
    SW_SM_OBJECTS_MISSING,
    SW_WRONG_LENGTH,
    SW_WRONG_PARAMETERS,
    CommandApdu,
)
from ..errors import CardRemovedError, MalformedDataError
from ..tlv import encode_tlv, read_tlv

log = logging.getLogger(__name__)

EMRTD_AID = bytes.fromhex("A0000002471001")
FID_EF_COM = 0x011E
FID_DG1 = 0x0101
FID_DG2 = 0x0102
FID_EF_SOD = 0x011D
FID_EF_CARD_ACCESS = 0x011C
FID_EF_ATR_INFO = 0x2F01
# Files of the master file: readable without BAC (PACE parameters, reader hints).
FREE_FILES = frozenset({FID_EF_CARD_ACCESS, FID_EF_ATR_INFO})

SW_NO_CURRENT_EF = 0x6986

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_CHALLENGE = 0x84
INS_EXTERNAL_AUTHENTICATE = 0x82

CLA_SM = 0x0C
TAG_CRYPTOGRAM = 0x87
TAG_LE = 0x97
TAG_STATUS = 0x99
TAG_MAC = 0x8E
MAC_SIZE = 8
LOG_SIZE = 4096


def make_atr(*, extended_length: bool = True) -> bytes:
    """An ATR of a contactless chip behind a PC/SC reader (T=1), with ISO 7816-4 card
    capabilities in its historical bytes, so a reader can see whether extended Lc/Le works."""
    historical = bytes([0x80, 0x73, 0x80, 0x21, 0x40 if extended_length else 0x00])
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


@dataclass(frozen=True)
class ApduRecord:
    """One command the card answered: what the benchmark counts and the tests look at."""

    ins: int
    secure: bool
    sw: int


@dataclass
class _Session:
    ks_enc: bytes
    ks_mac: bytes
    ssc: int

    def next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) & 0xFFFFFFFFFFFFFFFF
        return self.ssc.to_bytes(8, "big")


class _StatusError(Exception):
    """A command refused with a bare status word (no data)."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"{sw:04X}")
        self.sw = sw


class _SmFaultError(Exception):
    """A secure-messaging fault: answer ``sw`` in plain and drop the session."""

    def __init__(self, sw: int, reason: str) -> None:
        super().__init__(reason)
        self.sw = sw


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")


class BuiltDocument(Protocol):
    """What the card needs of a built test document (``simulator.document.TestDocument``)."""

    @property
    def files(self) -> Mapping[int, bytes]: ...

    @property
    def mrz_information(self) -> str: ...


class VirtualPassport:
    """A passport or identity card chip holding ``files`` (FID -> contents) behind BAC with
    the keys of ``mrz_information`` (document number, birth date, expiry, each with check digit).

    ``rng`` draws RND.IC and K.IC; tests give it the ICAO Appendix D values. Thread-safe: the
    vpcd bridge answers on its own thread while a test pulls the card out.
    """

    def __init__(
        self,
        files: Mapping[int, bytes],
        mrz_information: str,
        *,
        atr: bytes | None = None,
        rng: Callable[[int], bytes] = os.urandom,
        extended_length: bool = True,
    ) -> None:
        seed = crypto.key_seed(mrz_information)
        self._k_enc = crypto.derive_key(seed, crypto.KDF_ENC)
        self._k_mac = crypto.derive_key(seed, crypto.KDF_MAC)
        self._files = dict(files)
        self._rng = rng
        self.extended_length = extended_length
        self._atr = atr if atr is not None else make_atr(extended_length=extended_length)
        self._lock = threading.RLock()
        self._present = True
        self._removal_countdown: int | None = None
        self._reject_sw: int | None = None
        self._corrupt_macs = 0
        self._secure_reply = False
        self._applet = False
        self._challenge: bytes | None = None
        self._session: _Session | None = None
        self._current: int | None = None
        # The latest commands (a demo runs for days); ``apdu_count`` counts them all.
        self.log: deque[ApduRecord] = deque(maxlen=LOG_SIZE)
        self._count = 0

    @classmethod
    def from_document(
        cls,
        document: BuiltDocument,
        *,
        rng: Callable[[int], bytes] = os.urandom,
        extended_length: bool = True,
    ) -> VirtualPassport:
        """The chip of a test document: its files behind the BAC keys of its MRZ."""
        return cls(
            document.files, document.mrz_information, rng=rng, extended_length=extended_length
        )

    # -- what a reader sees -------------------------------------------------------------------

    @property
    def atr(self) -> bytes:
        return self._atr

    @property
    def files(self) -> Mapping[int, bytes]:
        with self._lock:
            return MappingProxyType(dict(self._files))

    @property
    def present(self) -> bool:
        with self._lock:
            return self._present

    @property
    def authenticated(self) -> bool:
        """Whether a BAC session is open (for tests: the session must end when it should)."""
        with self._lock:
            return self._session is not None

    @property
    def apdu_count(self) -> int:
        with self._lock:
            return self._count

    def power_on(self) -> bytes:
        """Power up (or warm reset): every session and selection is gone; returns the ATR."""
        with self._lock:
            self._require_present()
            self._forget()
            return self._atr

    def reset(self) -> bytes:
        return self.power_on()

    def power_off(self) -> None:
        with self._lock:
            self._forget()

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with response data + SW1 SW2.

        Raises ``CardRemovedError`` when the card is not (or no longer) in the field.
        """
        with self._lock:
            self._require_present()
            response = self._answer(apdu)
            if self._corrupt_macs and len(response) >= 2 + MAC_SIZE and self._secure_reply:
                self._corrupt_macs -= 1
                flipped = response[-3] ^ 0xFF
                response = response[:-3] + bytes([flipped]) + response[-2:]
            if self._removal_countdown is not None:
                self._removal_countdown -= 1
                if self._removal_countdown <= 0:
                    self._removal_countdown = None
                    self._present = False
                    self._forget()
            return response

    # -- fault injection ----------------------------------------------------------------------

    def remove(self) -> None:
        """Take the card out of the field: the next command raises ``CardRemovedError``."""
        with self._lock:
            self._present = False
            self._removal_countdown = None
            self._forget()

    def insert(self) -> None:
        """Put the card (back) in the field, powered down and without a session."""
        with self._lock:
            self._present = True
            self._removal_countdown = None
            self._forget()

    def remove_after(self, n_apdus: int) -> None:
        """Answer ``n_apdus`` more commands, then leave the field (0: at once)."""
        if n_apdus < 0:
            raise ValueError("n_apdus must be >= 0")
        if n_apdus == 0:
            self.remove()
            return
        with self._lock:
            self._removal_countdown = n_apdus

    def reject_all(self, sw: int = SW_FILE_NOT_FOUND) -> None:
        """Answer every command with ``sw`` in plain: a card without the eMRTD application
        (default 6A82 on SELECT, as a bank card answers) or a chip that has gone bad."""
        with self._lock:
            self._reject_sw = sw

    def corrupt_response_macs(self, count: int = 1) -> None:
        """Send a wrong MAC in the next ``count`` protected answers: the reader must refuse them."""
        with self._lock:
            self._corrupt_macs = count

    def heal(self) -> None:
        """Switch off every injected fault (the card stays where it is)."""
        with self._lock:
            self._reject_sw = None
            self._corrupt_macs = 0
            self._removal_countdown = None

    def replace_file(self, fid: int, contents: bytes) -> None:
        """Change a file in place, e.g. a tampered DG1 for a passive-authentication test."""
        with self._lock:
            self._files[fid] = bytes(contents)

    # -- internals ------------------------------------------------------------------------------

    def _require_present(self) -> None:
        if not self._present:
            raise CardRemovedError("virtual card is not in the field")

    def _forget(self) -> None:
        self._applet = False
        self._challenge = None
        self._session = None
        self._current = None

    def _answer(self, raw: bytes) -> bytes:
        self._secure_reply = False
        try:
            command = CommandApdu.parse(raw)
        except MalformedDataError:
            self._record(raw[1] if len(raw) > 1 else 0, False, SW_WRONG_LENGTH)
            return _sw(SW_WRONG_LENGTH)
        secure = command.cla & CLA_SM == CLA_SM
        refusal = self._refusal(command, raw)
        if refusal is not None:
            return self._plain(command, refusal)
        if self._session is not None:
            if secure:
                return self._secure(command)
            log.debug("plain %02X during BAC session: session ends", command.ins)
            self._session = None
            return self._plain(command, SW_SM_OBJECTS_MISSING)
        if secure:
            return self._plain(command, SW_SM_OBJECTS_INCORRECT)
        try:
            data, sw = self._unprotected(command)
        except _StatusError as status:
            data, sw = b"", status.sw
        return self._plain(command, sw, data)

    def _refusal(self, command: CommandApdu, raw: bytes) -> int | None:
        """The status word for a command refused before any processing, if it is."""
        if self._reject_sw is not None:
            return self._reject_sw
        if len(raw) > 5 and raw[4] == 0 and not self.extended_length:
            return SW_WRONG_LENGTH
        if command.cla & ~CLA_SM & 0xFF:
            return SW_CLA_NOT_SUPPORTED
        return None

    def _record(self, ins: int, secure: bool, sw: int) -> None:
        self._count += 1
        self.log.append(ApduRecord(ins, secure, sw))

    def _plain(self, command: CommandApdu, sw: int, data: bytes = b"") -> bytes:
        self._record(command.ins, bool(command.cla & CLA_SM == CLA_SM), sw)
        return data + _sw(sw)

    # Before BAC: SELECT, GET CHALLENGE, EXTERNAL AUTHENTICATE, and the master file's free files.
    # Handlers return (data, SW) or raise _StatusError for a bare status word.

    def _unprotected(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.ins == INS_SELECT:
            return self._select(command, command.data, secure=False)
        if command.ins == INS_GET_CHALLENGE:
            return self._get_challenge(command)
        if command.ins == INS_EXTERNAL_AUTHENTICATE:
            return self._external_authenticate(command)
        if command.ins == INS_READ_BINARY:
            return self._read_binary(command, command.le, secure=False)
        raise _StatusError(SW_INS_NOT_SUPPORTED)

    def _get_challenge(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.p1 or command.p2:
            raise _StatusError(SW_WRONG_PARAMETERS)
        if command.le != 8 or command.data:
            raise _StatusError(SW_WRONG_LENGTH)
        if not self._applet:
            raise _StatusError(SW_CONDITIONS_NOT_SATISFIED)
        self._challenge = self._rng(8)
        return self._challenge, SW_OK

    def _external_authenticate(self, command: CommandApdu) -> tuple[bytes, int]:
        """Card side of BAC mutual authentication (9303-11, 4.3.3 and 9.7.3)."""
        if command.p1 or command.p2:
            raise _StatusError(SW_WRONG_PARAMETERS)
        if len(command.data) != 40:
            raise _StatusError(SW_WRONG_LENGTH)
        rnd_ic, self._challenge = self._challenge, None  # one try per challenge
        if rnd_ic is None or not self._applet:
            raise _StatusError(SW_CONDITIONS_NOT_SATISFIED)
        e_ifd, m_ifd = command.data[:32], command.data[32:]
        if crypto.retail_mac(self._k_mac, crypto.pad(e_ifd)) != m_ifd:
            log.debug("BAC: M_IFD does not verify (wrong MRZ key)")
            raise _StatusError(SW_AUTHENTICATION_FAILED)
        s = crypto.decrypt(self._k_enc, e_ifd)
        rnd_ifd, echoed, k_ifd = s[:8], s[8:16], s[16:]
        if echoed != rnd_ic:
            log.debug("BAC: RND.IC not echoed")
            raise _StatusError(SW_AUTHENTICATION_FAILED)
        k_ic = self._rng(16)
        e_ic = crypto.encrypt(self._k_enc, rnd_ic + rnd_ifd + k_ic)
        m_ic = crypto.retail_mac(self._k_mac, crypto.pad(e_ic))
        seed = bytes(a ^ b for a, b in zip(k_ic, k_ifd, strict=True))
        self._session = _Session(
            ks_enc=crypto.derive_key(seed, crypto.KDF_ENC),
            ks_mac=crypto.derive_key(seed, crypto.KDF_MAC),
            ssc=int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"),
        )
        self._current = None
        return e_ic + m_ic, SW_OK

    def _select(self, command: CommandApdu, data: bytes, *, secure: bool) -> tuple[bytes, int]:
        if command.p1 == 0x04:  # by DF name
            if data != EMRTD_AID:
                raise _StatusError(SW_FILE_NOT_FOUND)
            self._applet = True
            self._current = None
        elif command.p1 == 0x00 and data in (b"", b"\x3f\x00"):  # the master file
            self._applet = False
            self._current = None
        elif command.p1 in (0x00, 0x02):  # EF by file identifier
            if command.p2 != 0x0C:
                raise _StatusError(SW_INCORRECT_P1P2)
            if len(data) != 2:
                raise _StatusError(SW_WRONG_LENGTH)
            self._current = self._accessible(int.from_bytes(data, "big"), secure=secure)
        else:
            raise _StatusError(SW_INCORRECT_P1P2)
        return b"", SW_OK

    def _accessible(self, fid: int, *, secure: bool) -> int:
        """``fid`` if it can be selected now: application files need the applet and BAC."""
        if fid not in self._files or not (self._applet or fid in FREE_FILES):
            raise _StatusError(SW_FILE_NOT_FOUND)
        if not secure and fid not in FREE_FILES:
            raise _StatusError(SW_SECURITY_NOT_SATISFIED)
        return fid

    def _read_binary(
        self, command: CommandApdu, le: int | None, *, secure: bool
    ) -> tuple[bytes, int]:
        if command.p1 & 0x80:  # short EF identifier in P1, offset in P2
            self._current = self._accessible(0x0100 | (command.p1 & 0x1F), secure=secure)
            offset = command.p2
        elif self._current is None:
            raise _StatusError(SW_NO_CURRENT_EF)
        else:
            offset = (command.p1 << 8) | command.p2
        if le is None:
            raise _StatusError(SW_WRONG_LENGTH)
        contents = self._files[self._current]
        if offset > len(contents):
            raise _StatusError(SW_WRONG_PARAMETERS)
        chunk = contents[offset : offset + le]
        # Le 00/0000 asks for "all, up to 256/65536": a short answer is no warning then.
        if len(chunk) < le and le not in (256, 65536):
            return chunk, SW_END_OF_FILE
        return chunk, SW_OK

    # After BAC: secure messaging only.

    def _secure(self, command: CommandApdu) -> bytes:
        session = self._session
        assert session is not None
        try:
            data, le = self._unwrap(session, command)
        except _SmFaultError as fault:
            log.debug("secure messaging fault (%s): session ends", fault)
            self._session = None
            return self._plain(command, fault.sw)
        try:
            if command.ins == INS_SELECT:
                answer, sw = self._select(command, data, secure=True)
            elif command.ins != INS_READ_BINARY:
                raise _StatusError(SW_INS_NOT_SUPPORTED)
            elif data:
                raise _StatusError(SW_WRONG_LENGTH)
            else:
                answer, sw = self._read_binary(command, le, secure=True)
        except _StatusError as status:
            answer, sw = b"", status.sw
        outer_le = command.le if command.le is not None else 256
        protected = self._wrap(session, answer, sw)
        if len(protected) > outer_le:
            # A real chip cannot send this much for the Le it was given: refuse, in step.
            session.ssc -= 1
            protected = self._wrap(session, b"", SW_WRONG_LENGTH)
            sw = SW_WRONG_LENGTH
        self._record(command.ins, True, sw)
        self._secure_reply = True
        return protected + _sw(sw)

    def _unwrap(self, session: _Session, command: CommandApdu) -> tuple[bytes, int | None]:
        """Check the MAC and decrypt; return the plain command data and Le (9303-11, 9.8)."""
        objects: dict[int, bytes] = {}
        offset = mac_at = 0
        try:
            while offset < len(command.data):
                item, next_offset = read_tlv(command.data, offset)
                if item.tag in objects or item.tag not in (TAG_CRYPTOGRAM, TAG_LE, TAG_MAC):
                    raise _SmFaultError(SW_SM_OBJECTS_INCORRECT, f"unexpected DO{item.tag:X}")
                objects[item.tag] = item.value
                offset, mac_at = next_offset, offset
        except MalformedDataError as exc:
            raise _SmFaultError(SW_SM_OBJECTS_INCORRECT, f"bad TLV: {exc}") from exc
        if TAG_MAC not in objects or offset != len(command.data) or list(objects)[-1] != TAG_MAC:
            raise _SmFaultError(SW_SM_OBJECTS_MISSING, "no DO8E at the end")
        ssc = session.next_ssc()
        header = crypto.pad(bytes((command.cla, command.ins, command.p1, command.p2)))
        macced = ssc + header + command.data[:mac_at]  # the objects as sent
        if objects[TAG_MAC] != crypto.retail_mac(session.ks_mac, crypto.pad(macced)):
            raise _SmFaultError(SW_SM_OBJECTS_INCORRECT, "wrong MAC")
        data = b""
        if TAG_CRYPTOGRAM in objects:
            data = _decrypt_cryptogram(session, objects[TAG_CRYPTOGRAM])
        return data, _decode_le(objects[TAG_LE]) if TAG_LE in objects else None

    def _wrap(self, session: _Session, data: bytes, sw: int) -> bytes:
        body = b""
        if data:
            cryptogram = crypto.encrypt(session.ks_enc, crypto.pad(data))
            body += encode_tlv(TAG_CRYPTOGRAM, b"\x01" + cryptogram)
        body += encode_tlv(TAG_STATUS, _sw(sw))
        ssc = session.next_ssc()
        mac = crypto.retail_mac(session.ks_mac, crypto.pad(ssc + body))
        return body + encode_tlv(TAG_MAC, mac)


def _decrypt_cryptogram(session: _Session, value: bytes) -> bytes:
    if not value or value[0] != 0x01:
        raise _SmFaultError(SW_SM_OBJECTS_INCORRECT, "DO87 without padding indicator 01")
    try:
        return crypto.unpad(crypto.decrypt(session.ks_enc, value[1:]))
    except MalformedDataError as exc:
        raise _SmFaultError(SW_SM_OBJECTS_INCORRECT, f"DO87: {exc}") from exc


def _decode_le(value: bytes) -> int:
    if len(value) == 1:
        return value[0] or 256
    if len(value) == 2:
        return int.from_bytes(value, "big") or 65536
    raise _SmFaultError(SW_SM_OBJECTS_INCORRECT, "DO97 of wrong length")
