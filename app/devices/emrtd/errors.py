"""Typed errors of the identification stack (MRZ, card reader, chip, passive authentication).

Every failure the kiosk or counter can meet has its own class, so the UI can tell the visitor
what to do (put the card back, check the MRZ, ask a host) and the operator log names the step
that failed. As with the printer errors, ``message`` is an English template in Qt Linguist's
``errors`` context with ``params`` filled in by the UI (``app/ui/i18n.error_text``); params
never hold personal data. ``detail`` is for the log only.
"""

from __future__ import annotations

from typing import ClassVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


class EmrtdError(Exception):
    """Base of every identification error raised on purpose."""

    code: ClassVar[str] = "error"
    message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors", "The document could not be read. Try again or ask a colleague for help."
    )

    def __init__(self, detail: str = "", **params: object) -> None:
        self.detail = detail
        self.params = params
        super().__init__(f"{self.text()} ({detail})" if detail else self.text())

    def text(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message


class MalformedDataError(EmrtdError):
    """Bytes from the chip (TLV, ASN.1, APDU) that do not parse: never trusted, never a crash."""

    code = "malformed"
    message = QT_TRANSLATE_NOOP(
        "errors", "The chip of the document sent data that could not be read. Try again."
    )
