"""Search-as-you-type for the kennisbank: wait for a pause, ask once, show the newest answer.

An employee on the phone types "paspoort kw" while the caller talks; a search per keystroke
would queue a dozen database calls on the one worker and show their answers one after the
other. So a search goes out only after a short pause in typing (``DEBOUNCE_MS``), at most one
is on its way at a time (newer text waits and is sent when it returns, older waiting text is
forgotten), and an answer for text that is no longer in the field is dropped. Enter searches
at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import Services
from app.services.auth import Principal
from app.services.kennisbank import ArticleHit
from app.ui.ops import run_op

log = logging.getLogger(__name__)

#: Long enough to skip the keystrokes of a word typed in one go, short enough to feel instant.
DEBOUNCE_MS = 180
#: Hits shown: a counter employee reads the first few; more is a sign to type another word.
MAX_HITS = 20


class KnowledgeSearch(QObject):
    """Debounced, coalesced kennisbank searches; only the newest text's answer is delivered.

    Signals:
        found: the search for the text now wanted answered; carries the text and the list
            of ``ArticleHit`` (empty text gives an empty list without a service call).
        failed: the search for the text now wanted failed; carries the exception.
    """

    found = Signal(str, object)
    failed = Signal(object)

    def __init__(
        self, services: Services, principal: Principal, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._kennisbank = services.kennisbank
        self._principal = principal
        self._wanted = ""
        self._in_flight: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.on_pause)

    @property
    def wanted(self) -> str:
        """The text whose answer the screen waits for."""
        return self._wanted

    @property
    def busy(self) -> bool:
        """A search is on its way or waiting for the typing pause."""
        return self._in_flight is not None or self._timer.isActive()

    def request(self, text: str) -> None:
        """The field changed: search after the typing pause."""
        self._wanted = text
        self._timer.start()

    def search_now(self, text: str) -> None:
        """Enter: search without waiting for the pause."""
        self._wanted = text
        self._timer.stop()
        self.on_pause()

    def on_pause(self) -> None:
        text = self._wanted
        if not text.strip():
            self.found.emit(text, [])
            return
        if self._in_flight is not None:
            return  # sent when the search on its way returns, if still wanted
        self._send(text)

    def _send(self, text: str) -> None:
        self._in_flight = text
        kennisbank, principal = self._kennisbank, self._principal
        run_op(
            self,
            lambda: kennisbank.search(principal, text, limit=MAX_HITS),
            on_success=lambda hits: self._on_answer(text, hits, None),
            on_failure=lambda error: self._on_answer(text, [], error),
        )

    def _on_answer(self, text: str, hits: list[ArticleHit], error: Exception | None) -> None:
        self._in_flight = None
        if text != self._wanted:
            log.debug("kennisbank answer for older text dropped")
            if not self._timer.isActive():
                self.on_pause()  # the newest text was typed while this one was on its way
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.found.emit(text, hits)
