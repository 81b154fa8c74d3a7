"""The counter's KTO question: the visitor taps how satisfied they are with the visit.

Optional (``[counter] kto = true``): after the employee saves a balie contact, a large dialog
asks the visitor, on a second screen facing them when there is one, else on the employee's
screen turned towards them. One tap stores the score with the contact
(``services.kto.record``), thanks and closes after two seconds; "Skip" closes without one, and
nobody answering closes it after a minute, so the desk is never left blocked. The visitor sees
no name or number of theirs: only the question.
"""

from __future__ import annotations

import logging
from uuid import UUID

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_kto import KTO_MAX, KTO_MIN
from app.services import Services
from app.services.auth import Principal
from app.ui.i18n import error_text
from app.ui.kto import ScoreButton
from app.ui.ops import run_op
from app.ui.theme import BORDER, ERROR, PRIMARY, SURFACE, TEXT

log = logging.getLogger(__name__)

#: How long the thank-you stays before the dialog closes itself.
THANKS_MS = 2_000
#: Nobody answers: the dialog closes itself, so the next visitor does not find it.
TIMEOUT_MS = 60_000
#: Score buttons a visitor's finger cannot miss (15 mm at about 150 dpi), on any counter screen.
SCORE_BUTTON_PX = 120

KTO_DIALOG_SHEET = f"""
QDialog#ktoDialog {{ background: {SURFACE}; }}
QLabel#ktoDialogQuestion {{ font-size: 26pt; font-weight: bold; color: {PRIMARY}; }}
QLabel#ktoDialogThanks {{ font-size: 26pt; font-weight: bold; color: {PRIMARY}; }}
QLabel#ktoDialogError {{ font-size: 14pt; color: {ERROR}; }}
QPushButton[kto="true"] {{
    min-height: {SCORE_BUTTON_PX}px; min-width: {SCORE_BUTTON_PX}px; padding: 8px;
    border: 3px solid {PRIMARY}; border-radius: 12px; background: {SURFACE};
}}
QPushButton[kto="true"]:focus {{ border: 4px solid {TEXT}; }}
QPushButton[kto="true"]:disabled {{ border-color: {BORDER}; }}
QPushButton[kto="true"] QLabel {{ background: transparent; color: {PRIMARY}; }}
QLabel[role="ktoScore"] {{ font-size: 32pt; font-weight: bold; }}
QLabel[role="ktoWord"] {{ font-size: 14pt; }}
QPushButton#ktoSkip {{ font-size: 14pt; min-height: 56px; padding: 8px 32px; }}
"""


class KtoDialog(QDialog):
    """Asks the visitor for a 1-5 score of the contact ``contact_uuid`` and stores it.

    ``station`` is the desk's name, kept with the score (no person). The dialog deletes
    itself when it closes.
    """

    def __init__(
        self,
        services: Services,
        principal: Principal,
        contact_uuid: UUID,
        *,
        station: str,
        parent: QWidget | None = None,
        timeout_ms: int = TIMEOUT_MS,
        thanks_ms: int = THANKS_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ktoDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setStyleSheet(KTO_DIALOG_SHEET)
        self.setWindowTitle(self.tr("Your opinion"))
        self._kto = services.kto
        self._principal = principal
        self.contact_uuid = contact_uuid
        self._station = station
        #: The score tapped (None: not yet, or skipped); one per dialog.
        self.score: int | None = None
        #: The service stored it (False: the contact already had one; None: not answered yet).
        self.stored: bool | None = None

        self.question = QLabel(self.tr("How satisfied are you with your visit?"))
        self.question.setObjectName("ktoDialogQuestion")
        self.thanks = QLabel(self.tr("Thank you for your answer"))
        self.thanks.setObjectName("ktoDialogThanks")
        self.error = QLabel()
        self.error.setObjectName("ktoDialogError")
        for label in (self.question, self.thanks, self.error):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = [ScoreButton(score) for score in range(KTO_MIN, KTO_MAX + 1)]
        row = QHBoxLayout()
        row.setSpacing(16)
        for button in self.buttons:
            button.clicked.connect(lambda _checked=False, s=button.score: self.on_score(s))
            row.addWidget(button)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("ktoSkip")
        self.skip_button.setAccessibleName(self.tr("Skip"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(28)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.thanks)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.thanks.hide()
        self.error.hide()

        self.timeout_timer = QTimer(self)
        self.timeout_timer.setSingleShot(True)
        self.timeout_timer.setInterval(timeout_ms)
        self.timeout_timer.timeout.connect(self.reject)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.accept)

    def present(self) -> None:
        """Show the dialog: full screen on a screen of its own when the desk has two, else
        large and modal over the employee's window (they turn the screen to the visitor)."""
        visitor_screen = self._visitor_screen()
        self.timeout_timer.start()
        if visitor_screen is not None:
            self.setWindowModality(Qt.WindowModality.NonModal)
            self.setScreen(visitor_screen)
            self.setGeometry(visitor_screen.geometry())
            self.showFullScreen()
            self.skip_button.setFocus()
            return
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1000, 560)
        self.open()
        # Not on a score: a focus ring there would look like an answer already chosen.
        self.skip_button.setFocus()

    def _visitor_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        return next((screen for screen in screens if screen is not own), None)

    def on_score(self, score: int) -> None:
        if self.score is not None:
            return  # one answer: a second tap while the first is stored changes nothing
        self.score = score
        for button in self.buttons:
            button.setEnabled(False)
        self.skip_button.setEnabled(False)
        kto, principal, uuid, station = self._kto, self._principal, self.contact_uuid, self._station
        run_op(
            self,
            lambda: kto.record(principal, uuid, score, station=station),
            on_success=self.on_recorded,
            on_failure=self.on_record_failed,
        )

    def on_recorded(self, created: bool) -> None:
        self.stored = created
        self.timeout_timer.stop()
        self.question.hide()
        for button in self.buttons:
            button.hide()
        self.skip_button.hide()
        self.error.hide()
        self.thanks.show()
        self.thanks_timer.start()

    def on_record_failed(self, error: Exception) -> None:
        log.warning("kto score for contact %s not stored: %s", self.contact_uuid, error)
        self.stored = False
        self.error.setText(error_text(error))
        self.error.show()
        self.skip_button.setText(self.tr("Close"))
        self.skip_button.setAccessibleName(self.tr("Close"))
        self.skip_button.setEnabled(True)
