"""The one base of every device error: printer, card reader, payment terminal.

The devices layer sits below the services, so it cannot use ``app.services.text``; the marker
below has the same name, which is all Qt Linguist's ``lupdate`` looks for. ``message`` is an
English template in the ``errors`` context that the UI translates (``app/ui/i18n.error_text``)
and fills in from ``params``, which never hold personal or card data; ``detail`` is for the
operator's log only; ``code`` names the failure for the device status and the tests.
"""

from __future__ import annotations

from typing import ClassVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


class DeviceError(Exception):
    code: ClassVar[str] = "error"
    message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors", "A device reported a problem. Ask a colleague for help."
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
