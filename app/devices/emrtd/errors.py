"""Typed errors of the identification stack (MRZ, card reader, chip, passive authentication).

Every failure the kiosk or counter can meet has its own class, so the UI can tell the visitor
what to do (put the card back, check the MRZ, ask a host) and the operator log names the step
that failed. As with the printer errors, ``message`` is an English template in Qt Linguist's
``errors`` context with ``params`` filled in by the UI (``app/ui/i18n.error_text``); params
never hold personal data. ``detail`` is for the log only.
"""

from __future__ import annotations

from typing import ClassVar

from app.devices.errors import QT_TRANSLATE_NOOP, DeviceError


class EmrtdError(DeviceError):
    """Base of every identification error raised on purpose."""

    message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors", "The document could not be read. Try again or ask a colleague for help."
    )


class MalformedDataError(EmrtdError):
    """Bytes from the chip (TLV, ASN.1, APDU) that do not parse: never trusted, never a crash."""

    code = "malformed"
    message = QT_TRANSLATE_NOOP(
        "errors", "The chip of the document sent data that could not be read. Try again."
    )


class CardRemovedError(EmrtdError):
    """The card left the reader (or was reset) before the read finished: nothing is kept."""

    code = "card_removed"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The document was taken off the reader too soon. Put it back and keep it still "
        "until reading has finished.",
    )


class ReaderUnavailableError(EmrtdError):
    """No PC/SC service, or the reader is unplugged or unknown: a host has to look at it."""

    code = "reader_unavailable"
    message = QT_TRANSLATE_NOOP(
        "errors", "The document reader is not available. Ask a colleague for help."
    )


class UnsupportedCardError(EmrtdError):
    """A card without the eMRTD application (a bank card, a library card) or one that is mute."""

    code = "unsupported_card"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This card has no passport or identity card chip that can be read here. "
        "Use a passport or Dutch identity card.",
    )


class BacFailedError(EmrtdError):
    """The chip refused the keys from the MRZ: usually a misread or mistyped MRZ."""

    code = "bac_failed"
    message = QT_TRANSLATE_NOOP(
        "errors", "The document number, date of birth or expiry date does not match the chip."
    )


class SecureMessagingError(EmrtdError):
    """A wrong MAC or a send sequence counter out of step: the session cannot be trusted."""

    code = "secure_messaging"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The connection with the chip was interrupted. Put the document back on the reader "
        "and try again.",
    )


class ChipFileError(EmrtdError):
    """A file the reader asked for is missing, protected or could not be read to the end.

    ``params`` holds ``file`` (e.g. "DG2") and, where the chip answered, ``sw`` (hex status).
    """

    code = "chip_file"
    message = QT_TRANSLATE_NOOP(
        "errors", "Part of the chip could not be read. Try again or ask a colleague for help."
    )
