"""Proactive signals of the open person, as coloured bands above everything else.

The services decide what is worth saying (a passport that expires within six months, an 18th
birthday, a recent move); this shows it where it cannot be missed. A warning (act or take
care) is an amber band with a red edge, a notice (an opportunity) a blue one, and each band
starts with a word saying which, so the meaning never rests on colour. A deceased person gets
a dark band of its own at the very top.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.persons import Signal, SignalKind

log = logging.getLogger(__name__)


def signal_text(signal: Signal) -> str:
    """The signal's sentence in the UI language, filled in."""
    template = QCoreApplication.translate("signals", signal.message)
    try:
        return template.format(**signal.params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of signal %s does not fit its parameters", signal.kind.value)
        return signal.text()


class SignalList(QWidget):
    """One band per signal; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.bands: list[QLabel] = []
        self.hide()

    def set_signals(self, signals: tuple[Signal, ...]) -> None:
        for band in self.bands:
            self._layout.removeWidget(band)
            band.deleteLater()
        self.bands = []
        # Deceased first, then warnings, then notices: the most serious on top.
        ordered = sorted(signals, key=lambda s: (s.kind != SignalKind.DECEASED, not s.warning))
        for signal in ordered:
            band = self._band(signal)
            self._layout.addWidget(band)
            self.bands.append(band)
        self.setVisible(bool(self.bands))

    def texts(self) -> list[str]:
        """The bands as read: the word (Warning, Tip, †) and the sentence."""
        return [band.accessibleName() for band in self.bands]

    def _band(self, signal: Signal) -> QLabel:
        text = signal_text(signal)
        if signal.kind == SignalKind.DECEASED:
            kind, word = "deceased", "†"
        elif signal.warning:
            kind, word = "warning", self.tr("Warning:")
        else:
            kind, word = "notice", self.tr("Tip:")
        # The word in bold, the sentence plain; BRP data is escaped, never read as markup.
        band = QLabel(f"<b>{html.escape(word)}</b> {html.escape(text)}")
        band.setObjectName(f"signal_{signal.kind.value}")
        band.setProperty("role", "signal")
        band.setProperty("kind", kind)
        band.setWordWrap(True)
        band.setTextFormat(Qt.TextFormat.RichText)
        band.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        band.setAccessibleName(f"{word} {text}")
        return band
