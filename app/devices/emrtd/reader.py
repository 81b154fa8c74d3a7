"""Reading an eMRTD's files over any ``CardTransport`` (ICAO 9303 Part 10 and 11).

``ChipReader.read_document`` selects the eMRTD application, runs BAC, and reads each file under
secure messaging: SELECT by file id, READ BINARY of the first four bytes to learn the TLV's
size, then chunks of ``max_read`` bytes. The document is put together only when every file is
in, so a card pulled away mid-read (``CardRemovedError``) leaves nothing half read behind.

Offsets are limited to 15 bits with READ BINARY B0; files longer than 32 KB would need the
odd instruction B1 with an offset object. Face images in passports and Dutch identity cards
stay well under 32 KB, so B1 is not implemented: such a file raises ``ChipFileError`` with a
detail saying so.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType

from .apdu import (
    SW_FILE_NOT_FOUND,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_OBJECTS_INCORRECT,
    SW_SM_OBJECTS_MISSING,
    CommandApdu,
    ResponseApdu,
    is_success,
    sw_text,
)
from .bac import RandomSource, authenticate
from .errors import ChipFileError, UnsupportedCardError
from .secure_messaging import SecureMessaging, SecureTransport
from .tlv import total_length
from .transport import CardTransport

EMRTD_AID = bytes.fromhex("A0000002471001")
INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
HEADER_READ = 4
MAX_SHORT_OFFSET = 0x7FFF
# Under 3DES SM a short-Le answer carries DO'87' (cryptogram up to 0xE0 bytes), DO'99' and
# DO'8E' in 256 bytes: 0xDF plaintext bytes is the most every card accepts.
SAFE_MAX_READ = 0xDF


class ChipFile(IntEnum):
    """Elementary files of the LDS1 eMRTD application and their file ids (9303-10, 4.6)."""

    COM = 0x011E
    SOD = 0x011D
    DG1 = 0x0101
    DG2 = 0x0102
    DG3 = 0x0103
    DG4 = 0x0104
    DG5 = 0x0105
    DG6 = 0x0106
    DG7 = 0x0107
    DG8 = 0x0108
    DG9 = 0x0109
    DG10 = 0x010A
    DG11 = 0x010B
    DG12 = 0x010C
    DG13 = 0x010D
    DG14 = 0x010E
    DG15 = 0x010F
    DG16 = 0x0110

    @property
    def data_group(self) -> int | None:
        """1..16 for a data group, None for EF.COM and EF.SOD."""
        if self in (ChipFile.COM, ChipFile.SOD):
            return None
        return self.value - 0x0100


DEFAULT_FILES = (ChipFile.COM, ChipFile.DG1, ChipFile.DG2, ChipFile.SOD)


@dataclass(frozen=True)
class ReadProgress:
    """Where a read stands, for a progress bar: bytes are a better measure than files (DG2)."""

    file: ChipFile
    file_bytes_read: int
    file_size: int
    files_done: int
    files_total: int


ProgressCallback = Callable[[ReadProgress], None]


@dataclass(frozen=True)
class ChipDocument:
    """The raw files as read; passive authentication and ``lds`` parsing work on these bytes."""

    atr: bytes
    ef_com: bytes
    data_groups: Mapping[int, bytes] = field(default_factory=lambda: MappingProxyType({}))
    sod: bytes = b""

    def __repr__(self) -> str:
        groups = ", ".join(f"DG{n}: {len(v)} B" for n, v in sorted(self.data_groups.items()))
        return f"ChipDocument(COM: {len(self.ef_com)} B, {groups}, SOD: {len(self.sod)} B)"


def _check(response: ResponseApdu, file: ChipFile, step: str) -> None:
    if is_success(response.sw):
        return
    if response.sw == SW_FILE_NOT_FOUND:
        reason = "missing"
    elif response.sw == SW_SECURITY_NOT_SATISFIED:
        reason = "protected (needs EAC)"
    else:
        reason = "refused"
    raise ChipFileError(
        f"{step} {file.name}: {reason}, {sw_text(response.sw)}",
        file=file.name,
        sw=f"{response.sw:04X}",
    )


class ChipReader:
    def __init__(
        self,
        transport: CardTransport,
        *,
        max_read: int = SAFE_MAX_READ,
        random: RandomSource = os.urandom,
    ) -> None:
        if not 1 <= max_read <= 0xFFFF:
            raise ValueError("max_read must be 1..65535")
        self.transport = transport
        self.max_read = max_read
        self._random = random
        self.apdu_count = 0

    def _send(self, transport: CardTransport, command: CommandApdu) -> ResponseApdu:
        self.apdu_count += 1
        return ResponseApdu.parse(transport.transmit(command.to_bytes()))

    def select_application(self) -> None:
        """SELECT the eMRTD application in plain.

        A chip still in a secure-messaging session from an earlier read answers a plain
        command with 6987/6988 and drops that session: the second SELECT then succeeds.
        """
        select = CommandApdu(0x00, INS_SELECT, 0x04, 0x0C, EMRTD_AID)
        answer = self._send(self.transport, select)
        if answer.sw in (SW_SM_OBJECTS_MISSING, SW_SM_OBJECTS_INCORRECT):
            answer = self._send(self.transport, select)
        if answer.sw != SW_OK:
            raise UnsupportedCardError(
                f"SELECT eMRTD application: {sw_text(answer.sw)}", sw=f"{answer.sw:04X}"
            )

    def open_session(self, mrz_information: str) -> SecureTransport:
        """SELECT the application and run BAC: a transport that protects what it sends."""
        self.select_application()
        counting = _CountingTransport(self.transport, self)
        keys = authenticate(counting, mrz_information, self._random)
        return SecureTransport(self.transport, SecureMessaging(keys.ks_enc, keys.ks_mac, keys.ssc))

    def read_document(
        self,
        mrz_information: str,
        files: Iterable[ChipFile] = DEFAULT_FILES,
        progress: ProgressCallback | None = None,
    ) -> ChipDocument:
        wanted = list(dict.fromkeys(files))
        secure = self.open_session(mrz_information)
        contents: dict[ChipFile, bytes] = {}
        for index, file in enumerate(wanted):
            contents[file] = self.read_file(secure, file, index, len(wanted), progress)
        groups = {
            file.data_group: data for file, data in contents.items() if file.data_group is not None
        }
        return ChipDocument(
            atr=self.transport.atr,
            ef_com=contents.get(ChipFile.COM, b""),
            data_groups=MappingProxyType(groups),
            sod=contents.get(ChipFile.SOD, b""),
        )

    def read_file(
        self,
        transport: CardTransport,
        file: ChipFile,
        index: int = 0,
        count: int = 1,
        progress: ProgressCallback | None = None,
    ) -> bytes:
        """SELECT one EF (P1=02: by file id under the current DF, P2=0C: no FCI) and read it."""
        select = CommandApdu(0x00, INS_SELECT, 0x02, 0x0C, file.value.to_bytes(2, "big"))
        _check(self._send(transport, select), file, "SELECT")
        head = self._read_binary(transport, file, 0, HEADER_READ)
        size = total_length(head)
        if size > MAX_SHORT_OFFSET + 1:  # every chunk must start at a 15-bit offset
            raise ChipFileError(
                f"{file.name} is {size} bytes: offsets beyond 0x7FFF need READ BINARY B1",
                file=file.name,
            )
        content = bytearray(head[:size])
        while len(content) < size:
            chunk = self._read_binary(
                transport, file, len(content), min(self.max_read, size - len(content))
            )
            content += chunk[: size - len(content)]
            if progress is not None:
                progress(ReadProgress(file, len(content), size, index, count))
        if progress is not None and size <= len(head):
            progress(ReadProgress(file, size, size, index, count))
        return bytes(content)

    def _read_binary(self, transport: CardTransport, file: ChipFile, offset: int, le: int) -> bytes:
        if offset > MAX_SHORT_OFFSET:  # P1 bit 8 would turn the offset into a short EF id
            raise ChipFileError(
                f"{file.name}: offset {offset} needs READ BINARY B1", file=file.name
            )
        command = CommandApdu(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=le)
        answer = self._send(transport, command)
        _check(answer, file, f"READ BINARY at {offset}")
        if not answer.data:
            raise ChipFileError(f"READ BINARY {file.name} at {offset}: no data", file=file.name)
        return answer.data


class _CountingTransport:
    """Counts BAC's APDUs into the reader's total (the benchmark compares it to the minimum)."""

    def __init__(self, inner: CardTransport, reader: ChipReader) -> None:
        self._inner = inner
        self._reader = reader

    @property
    def atr(self) -> bytes:
        return self._inner.atr

    def transmit(self, apdu: bytes) -> bytes:
        self._reader.apdu_count += 1
        return self._inner.transmit(apdu)

    def close(self) -> None:
        self._inner.close()
