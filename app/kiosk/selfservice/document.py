"""Scan the document's MRZ, lay it on the reader, wait while the chip is read and checked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..screen import set_button_text, text_label
from .flow import Phase
from .page import SelfPage

PROGRESS_STEPS = 1000


class DocumentScreen(SelfPage):
    """One screen for the document phases (scan, place, reading, checking).

    Signals:
        demo_requested: the demo's "put a document on the reader"; carries the test person's
            BSN. Only on a station whose reader is the simulator (``enable_demo``).
    """

    demo_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfDocument", parent)
        self.phase = Phase.SCAN
        self.removed = False
        self.hint = text_label("hint")
        self.progress = QProgressBar()
        self.progress.setObjectName("selfReadProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.demo_person = QComboBox()
        self.demo_person.setObjectName("selfDemoPerson")
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("selfDemoPresent")
        self.demo_row = QWidget()
        # One above the other: side by side, a portrait screen cut the button's text off.
        row = QVBoxLayout(self.demo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.demo_person)
        row.addWidget(self.demo_button)
        self.demo_row.hide()
        self._demo = False
        self.demo_button.clicked.connect(self._on_demo)
        self.content.addWidget(self.hint)
        self.content.addWidget(self.progress)
        self.content.addStretch(1)
        self.content.addWidget(self.demo_row)
        self.retranslate_ui()

    def enable_demo(self, candidates: list[tuple[str, str]]) -> None:
        """A presenter's picker of test persons (simulated reader only; never on a real kiosk)."""
        self.demo_person.clear()
        for bsn, label in candidates:
            self.demo_person.addItem(label, bsn)
        self._demo = bool(candidates)
        self.demo_row.setVisible(self._demo and self.phase is Phase.SCAN)

    def _on_demo(self) -> None:
        bsn = self.demo_person.currentData()
        if isinstance(bsn, str):
            self.demo_requested.emit(bsn)

    def show_phase(self, phase: Phase, *, removed: bool = False) -> None:
        self.phase = phase
        self.removed = removed
        reading = phase in (Phase.READING, Phase.CHECKING)
        self.progress.setVisible(reading)
        if phase is Phase.READING:
            self.progress.setValue(0)
        elif phase is Phase.CHECKING:
            self.progress.setValue(PROGRESS_STEPS)
        self.back_button.setVisible(phase is Phase.PLACE)
        self.stop_button.setVisible(not reading)
        self.demo_row.setVisible(self._demo and phase is Phase.SCAN)
        self.retranslate_ui()

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * PROGRESS_STEPS))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        texts = {
            Phase.SCAN: (
                self.tr("Scan your document"),
                self.tr("Scan the bottom of your passport or the back of your identity card."),
                self.tr("Hold the lines of letters and <<< under the scanner."),
            ),
            Phase.PLACE: (
                self.tr("Place your document on the reader"),
                self.tr("Lay your passport or identity card flat on the card reader."),
                self.tr("Leave it there until the screen tells you to take it."),
            ),
            Phase.READING: (
                self.tr("Reading your document…"),
                self.tr("Leave your document on the reader."),
                "",
            ),
            Phase.CHECKING: (
                self.tr("Checking your document…"),
                self.tr("You can take your document from the reader."),
                "",
            ),
        }
        title, body, hint = texts.get(self.phase, texts[Phase.SCAN])
        self.title.setText(title)
        self.body.setText(body)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.set_note(
            self.tr("Leave your document on the reader: it was taken away too soon.")
            if self.removed and self.phase is Phase.PLACE
            else ""
        )
        self.progress.setAccessibleName(self.tr("Reading your document"))
        self.demo_person.setAccessibleName(self.tr("Demo: test person"))
        set_button_text(self.demo_button, self.tr("Demo: put document on reader"))
