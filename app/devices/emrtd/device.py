"""The card reader as the kiosk and the counter see it: one small interface, two drivers.

After Electrum's hardware plugins: the screens ask "is a reader there", "is a card on it" and
"read this document with this MRZ"; whether that is a PC/SC reader through pcscd or the demo's
simulated reader (a test person's virtual passport, chosen on screen) is configuration
(``[devices] card_reader = "pcsc" | "simulator" | "none"``). Every call blocks: the UI runs
them on its device worker, never on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

from app.config import CardReaderSettings, Settings

from .errors import CardRemovedError, ReaderUnavailableError
from .pcsc import PcscTransport, choose_reader, list_readers
from .pcsc import card_present as pcsc_card_present
from .reader import ChipDocument, ChipReader, ProgressCallback
from .simulator.card import VirtualPassport
from .simulator.transport import InProcessTransport

log = logging.getLogger(__name__)


class CardReader(Protocol):
    """One document reader."""

    @property
    def name(self) -> str: ...

    def available(self) -> bool:
        """Whether the reader is there and usable (for the device checks); never raises."""
        ...

    def card_present(self) -> bool:
        """Whether a document lies on the reader now."""
        ...

    def read(self, mrz_information: str, progress: ProgressCallback | None = None) -> ChipDocument:
        """BAC with the MRZ, then EF.COM, DG1, DG2 and EF.SOD; typed errors on failure."""
        ...


class PcscCardReader:
    """A contactless reader through pcscd (pyscard)."""

    def __init__(self, settings: CardReaderSettings) -> None:
        self.settings = settings
        self.apdu_count = 0

    @property
    def name(self) -> str:
        try:
            return choose_reader(self.settings)
        except ReaderUnavailableError:
            return self.settings.reader or "PC/SC"

    def available(self) -> bool:
        try:
            choose_reader(self.settings, list_readers())
        except ReaderUnavailableError as error:
            log.warning("card reader unavailable: %s", error.detail or error)
            return False
        return True

    def card_present(self) -> bool:
        return pcsc_card_present(choose_reader(self.settings))

    def read(self, mrz_information: str, progress: ProgressCallback | None = None) -> ChipDocument:
        with PcscTransport(
            choose_reader(self.settings), exclusive=self.settings.exclusive
        ) as transport:
            reader = ChipReader(transport, max_read=self.settings.max_read)
            try:
                return reader.read_document(mrz_information, progress=progress)
            finally:
                self.apdu_count = reader.apdu_count


class SimulatedCardReader:
    """The demo's reader: a virtual passport is "laid on it" from the screen.

    The same ``VirtualPassport`` the tests put into pcscd, read in-process, so the demo
    exercises BAC, secure messaging and passive authentication without hardware.
    """

    def __init__(self, max_read: int = 0xDF) -> None:
        self._lock = threading.Lock()
        self._card: VirtualPassport | None = None
        self._max_read = max_read
        self.apdu_count = 0

    @property
    def name(self) -> str:
        return "Simulated reader"

    def present(self, card: VirtualPassport) -> None:
        with self._lock:
            self._card = card

    def take_away(self) -> None:
        with self._lock:
            self._card = None

    def available(self) -> bool:
        return True

    def card_present(self) -> bool:
        with self._lock:
            return self._card is not None

    def read(self, mrz_information: str, progress: ProgressCallback | None = None) -> ChipDocument:
        with self._lock:
            card = self._card
        if card is None:
            raise CardRemovedError("no document on the simulated reader")
        with InProcessTransport(card) as transport:
            reader = ChipReader(transport, max_read=self._max_read)
            try:
                return reader.read_document(mrz_information, progress=progress)
            finally:
                self.apdu_count = reader.apdu_count


def create_card_reader(settings: Settings) -> CardReader | None:
    """The configured reader; ``None`` when the station has none (features are hidden)."""
    kind = settings.devices.get("card_reader", "none")
    if kind == "pcsc":
        return PcscCardReader(settings.card_reader)
    if kind == "simulator":
        return SimulatedCardReader(settings.card_reader.max_read)
    if kind in ("none", ""):
        return None
    raise ValueError(f"unknown card reader {kind!r}: use pcsc, simulator or none")
