"""The virtual card as a ``CardTransport`` without pcscd: fast tests and the demo's reader."""

from __future__ import annotations

from .card import VirtualPassport


class InProcessTransport:
    """A connection to ``card`` as if through a reader: opening powers the card up (fresh
    state, like a PC/SC connect after insertion), ``close`` powers it down.

    A card that leaves the field (``remove``, ``remove_after``) raises ``CardRemovedError``
    on the next ``transmit``, which is what the PC/SC transport raises for a real card.
    """

    def __init__(self, card: VirtualPassport) -> None:
        self._card = card
        self._closed = False
        self._atr = card.power_on()

    @property
    def card(self) -> VirtualPassport:
        return self._card

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit(self, apdu: bytes) -> bytes:
        if self._closed:
            raise RuntimeError("transmit on a closed transport")
        return self._card.process(apdu)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._card.power_off()

    def __enter__(self) -> InProcessTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
