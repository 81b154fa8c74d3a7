"""The one thing the chip code needs from a reader: send an APDU, get the answer.

PC/SC (``pcsc.py``), the in-process virtual card and secure messaging (``SecureTransport``)
all look the same to ``ChipReader``. A transport raises the typed errors of ``errors.py``
(``CardRemovedError``, ``ReaderUnavailableError``) instead of its library's own.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class CardTransport(Protocol):
    @property
    def atr(self) -> bytes:
        """The answer to reset of the card now in the reader."""
        ...

    def transmit(self, apdu: bytes) -> bytes:
        """Send a command APDU; return the response data followed by SW1 SW2."""
        ...

    def close(self) -> None: ...
