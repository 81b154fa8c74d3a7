"""Read document (Ctrl+D): identify the visitor from their passport or identity card.

The MRZ comes first, because it is the key to the chip: a keyboard-wedge scanner types its
lines into the field (each ending with Enter), or staff type them. It is parsed as soon as a
complete MRZ is there, with ``KeyboardWedgeMrzBuffer``'s rules (blank and stray lines are
skipped, a new scan after an old one wins); a bad one names the field that is wrong.

With a card reader the dialog then waits for the document on the reader (polling the reader
on the devices worker, never the GUI thread), reads the chip there with a progress bar, and
has the identity service verify it on the database worker. Without one, the MRZ alone is
verified, and says so. The result shows the chip's face next to the data and the level as a
coloured badge with words, never colour alone.

Failures keep a way forward and never leave half a result on screen: a BAC refusal means the
MRZ was misread (scan again), a document taken away is waited for again, anything else has
"Try again". "Open person" links the identity to the BRP person (audited, purpose
"Identificatie balie") and hands the BSN to the person screen's own search; a document without
a BSN hands over name and birth date instead.

With the simulated reader a demo row builds a test person's document off the GUI thread,
lays it on the reader and types its MRZ into the field as a scanner would; "Forged document"
does the same with DG1 changed after signing, to show a failed passive authentication.

The identity lives in this dialog only: it is deleted when it closes, and the simulated
reader is emptied with it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.emrtd.device import CardReader, SimulatedCardReader
from app.devices.emrtd.errors import BacFailedError, CardRemovedError
from app.devices.emrtd.mrz import MrzData, MrzError
from app.devices.emrtd.mrz_source import KeyboardWedgeMrzBuffer, ManualMrzEntry, MrzResult
from app.devices.emrtd.reader import ChipDocument, ReadProgress
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import TestDocument
from app.services import Services
from app.services.auth import Principal
from app.services.brp.model import BrpDate
from app.services.demo_documents import DemoDocuments
from app.services.identity import AuthenticityLevel, IdentityMatch, VerifiedIdentity
from app.ui import i18n
from app.ui.banner import Banner, BannerKind
from app.ui.ops import Worker, run_op
from app.ui.theme import (
    ERROR,
    MUTED,
    SUCCESS,
    SUCCESS_BG,
    WARNING,
    WARNING_BG,
    WARNING_BORDER,
    set_invalid,
    set_role,
)

from .brp_text import format_brp_date

log = logging.getLogger(__name__)

#: The audit purpose of linking a document to the BRP person at the counter.
PURPOSE = "Identificatie balie"
#: How often the reader is asked whether a document lies on it, while the dialog waits.
POLL_MS = 400
FACE_SIZE = (120, 160)
PROGRESS_STEPS = 1000
NEUTRAL_BG = "#eceff3"


class _ProgressRelay(QObject):
    """Carries ``ReadProgress`` from the devices worker to the GUI thread (queued signal).

    Signals:
        progressed: a chunk of the chip was read; carries the ``ReadProgress``.
    """

    progressed = Signal(object)


def _fraction(progress: ReadProgress) -> float:
    """Bytes of this file and whole files before it: DG2 is most of the read."""
    within = progress.file_bytes_read / progress.file_size if progress.file_size else 1.0
    return min(1.0, (progress.files_done + within) / max(1, progress.files_total))


class IdentifyDialog(QDialog):
    """MRZ field, the reader's progress and the verified identity.

    Signals:
        open_requested: open this person; carries the BSN and the face PNG (or None).
        search_requested: a document without BSN; carries surname, birth date and given
            names for the person search.
    """

    open_requested = Signal(str, object)
    search_requested = Signal(str, object, str)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        reader: CardReader | None,
        demo: DemoDocuments | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identifyDialog")
        self.setWindowTitle(self.tr("Read document"))
        self._services = services
        self._principal = principal
        self._reader = reader
        self._demo = demo if isinstance(reader, SimulatedCardReader) else None
        self._mrz: MrzData | None = None
        self._generation = 0  # results of an older MRZ are dropped when they arrive
        self._waiting = False
        self._mrz_problem = False  # the banner complains about the MRZ in the field
        self.identity: VerifiedIdentity | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self.on_progress)

        self.heading = QLabel(self.tr("Read document"))
        set_role(self.heading, "heading")
        self.hint = QLabel(self._hint_text())
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        self.mrz_edit = self._build_mrz_field()
        self.banner = Banner()
        self.banner.setObjectName("identifyMessage")
        self.progress = QProgressBar()
        self.progress.setObjectName("identifyProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Reading the chip"))
        self.progress.hide()
        self.result_box = self._build_result_box()

        buttons = self._build_buttons()
        self._build_layout(buttons)

        self.mrz_edit.textChanged.connect(self.on_mrz_changed)
        self.mrz_edit.installEventFilter(self)
        self.mrz_only_button.clicked.connect(self.on_mrz_only)
        self.retry_button.clicked.connect(self.on_retry)
        self.open_button.clicked.connect(self.on_open)
        self.close_button.clicked.connect(self.close)
        self.mrz_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -------------------------------------------------------------------------------

    def _build_buttons(self) -> QHBoxLayout:
        self.mrz_only_button = QPushButton(self.tr("Without chip"))
        self.mrz_only_button.setObjectName("identifyMrzOnly")
        self.mrz_only_button.setToolTip(
            self.tr("Use the MRZ only, for a document without a chip or a chip that will not read")
        )
        self.mrz_only_button.setAutoDefault(False)
        self.mrz_only_button.hide()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("identifyRetry")
        self.retry_button.setAutoDefault(False)
        self.retry_button.hide()
        self.open_button = QPushButton(self.tr("Open person"))
        self.open_button.setObjectName("identifyOpen")
        self.open_button.setProperty("primary", True)
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mrz_only_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _build_layout(self, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        self.demo_box: QGroupBox | None = None
        if self._demo is not None:
            self.demo_box = self._build_demo_row(self._demo)
            layout.addWidget(self.demo_box)
        caption = QLabel(self.tr("&Machine-readable zone"))
        caption.setBuddy(self.mrz_edit)
        set_role(caption, "caption")
        layout.addWidget(caption)
        layout.addWidget(self.mrz_edit)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(660)

    def _hint_text(self) -> str:
        if self._reader is None:
            return self.tr(
                "Scan the machine-readable zone (the lines at the bottom of the passport's photo "
                "page or on the back of the identity card), or type it. There is no card reader "
                "here: only the MRZ is checked."
            )
        return self.tr(
            "Scan the machine-readable zone (the lines at the bottom of the passport's photo "
            "page or on the back of the identity card), or type it. Then put the document on "
            "the reader."
        )

    def _build_mrz_field(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName("mrzField")
        edit.setAccessibleName(self.tr("Machine-readable zone"))
        edit.setPlaceholderText(self.tr("Scan or type the 2 or 3 lines; Ctrl+Enter checks them"))
        edit.setTabChangesFocus(True)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(11)
        edit.setFont(font)
        metrics = edit.fontMetrics()
        frame = 2 * edit.frameWidth() + 2 * int(edit.document().documentMargin())
        # Room for a fourth, empty line: the scanner's last Enter must not scroll line 1 away.
        edit.setFixedHeight(metrics.lineSpacing() * 4 + frame + 10)
        edit.setMinimumWidth(metrics.horizontalAdvance("M" * 44) + frame + 8)
        return edit

    def _build_demo_row(self, demo: DemoDocuments) -> QGroupBox:
        box = QGroupBox(self.tr("Demo: simulated reader"))
        box.setObjectName("identifyDemo")
        self.demo_person = QComboBox()
        self.demo_person.setObjectName("demoPerson")
        self.demo_person.setAccessibleName(self.tr("Test person"))
        for bsn, label in demo.candidates():
            self.demo_person.addItem(label, bsn)
        self.present_button = QPushButton(self.tr("Put on reader"))
        self.present_button.setObjectName("demoPresent")
        self.present_button.setToolTip(
            self.tr("Build this test person's document, put it on the reader and scan its MRZ")
        )
        self.present_button.setAutoDefault(False)
        self.forged_button = QPushButton(self.tr("Forged document"))
        self.forged_button.setObjectName("demoForged")
        self.forged_button.setToolTip(
            self.tr("The same document with its chip data changed after signing")
        )
        self.forged_button.setAutoDefault(False)
        row = QHBoxLayout(box)
        row.addWidget(self.demo_person, 1)
        row.addWidget(self.present_button)
        row.addWidget(self.forged_button)
        self.present_button.clicked.connect(lambda: self.on_demo_present(forged=False))
        self.forged_button.clicked.connect(lambda: self.on_demo_present(forged=True))
        return box

    def _build_result_box(self) -> QFrame:
        """Face on the left; the level badge, its reason and the document's data beside it."""
        self.face = QLabel()
        self.face.setObjectName("identifyFace")
        self.face.setFixedSize(*FACE_SIZE)
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face.setAccessibleName(self.tr("Photo from the chip"))
        self.badge = QLabel()
        self.badge.setObjectName("identifyLevel")
        self.badge.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("identifyProblem")
        self.problem.setWordWrap(True)
        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(4)
        form.setHorizontalSpacing(16)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("name", self.tr("Name")),
            ("birth_date", self.tr("Born")),
            ("document", self.tr("Document")),
            ("expiry", self.tr("Valid until")),
            ("bsn", self.tr("BSN")),
        ):
            value = QLabel()
            value.setObjectName(f"identify_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            caption = QLabel(text)
            set_role(caption, "caption")
            form.addRow(caption, value)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.badge)
        column.addWidget(self.problem)
        column.addWidget(details)
        column.addStretch(1)
        box = QFrame()
        box.setObjectName("identifyResult")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.face, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        box.hide()
        return box

    # -- MRZ ------------------------------------------------------------------------------------

    def on_mrz_changed(self) -> None:
        """Parse when a complete MRZ is there; the newest complete one counts."""
        text = self.mrz_edit.toPlainText()
        buffer = KeyboardWedgeMrzBuffer(timeout=float("inf"))
        # The text's end ends its last line: staff do not always press Enter after it.
        results = buffer.feed(text + "\n")
        if not results:
            if self._mrz is not None:  # the MRZ is being changed: what it gave is void
                self._generation += 1
                self._mrz = None
                self._waiting = False
                self._reset_result()
            if self._mrz_problem:  # the complaint was about the text now being changed
                self._mrz_problem = False
                self.banner.clear_message()
            set_invalid(self.mrz_edit, None)
            return
        self._take(results[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the MRZ field checks it (plain Enter is the scanner's line end).

        The field claims the key in ``ShortcutOverride``, so the contact form's Ctrl+Enter
        (register) in the window behind never fires from here.
        """
        if (
            watched is self.mrz_edit
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.on_check_requested()
                return True
        return super().eventFilter(watched, event)

    def on_check_requested(self) -> None:
        """Ctrl+Enter: parse what is there as it stands, so a short line is named too."""
        [result] = ManualMrzEntry().feed(self.mrz_edit.toPlainText())
        self._mrz = None  # checked on request: start again even when it is the same MRZ
        self._take(result)

    def _take(self, result: MrzResult) -> None:
        if isinstance(result, MrzError):
            self._show_mrz_error(result)
            return
        if self._mrz is not None and self._mrz.lines == result.lines:
            return  # the scanner's final Enter, or a retyped filler: same document
        set_invalid(self.mrz_edit, None)
        self._start(result)

    def _show_mrz_error(self, error: MrzError) -> None:
        self._generation += 1
        self._mrz = None
        self._reset_result()
        message = i18n.error_text(error)
        set_invalid(self.mrz_edit, message)
        self.banner.show_message(BannerKind.ERROR, message)
        self._mrz_problem = True

    # -- the read -------------------------------------------------------------------------------

    def _start(self, mrz: MrzData) -> None:
        self._mrz_problem = False
        self._generation += 1
        self._mrz = mrz
        self._reset_result()
        if self._reader is None:
            self._verify(None)
        else:
            self._await_card()

    def _await_card(self, message: str | None = None) -> None:
        """Ask the reader whether the document is on it; again every ``POLL_MS`` until it is.

        After a removal (``message``) the first question waits too: a simulated reader keeps
        the pulled card, and asking at once would only read it and fail again.
        """
        if self._reader is None or self._mrz is None:
            return
        self._waiting = True
        if message is not None:
            self.banner.show_message(BannerKind.ERROR, message)
        else:
            self.banner.show_message(
                BannerKind.INFO, self.tr("Put the document on the reader and keep it still.")
            )
        self.mrz_only_button.show()
        generation = self._generation
        if message is not None:
            QTimer.singleShot(POLL_MS, self, lambda: self._poll(generation))
        else:
            self._poll(generation)

    def _on_card_checked(self, generation: int, present: bool) -> None:
        if generation != self._generation or not self._waiting:
            return
        if present:
            self._read()
            return
        QTimer.singleShot(POLL_MS, self, lambda: self._poll(generation))

    def _poll(self, generation: int) -> None:
        if generation != self._generation or not self._waiting:
            return
        reader = self._reader
        assert reader is not None
        run_op(
            self,
            reader.card_present,
            on_success=lambda present: self._on_card_checked(generation, present),
            on_failure=lambda error: self._on_failed(generation, error),
            worker=Worker.DEVICES,
        )

    def _read(self) -> None:
        reader, mrz = self._reader, self._mrz
        assert reader is not None and mrz is not None
        self._waiting = False
        self.mrz_only_button.hide()
        self.banner.show_message(
            BannerKind.INFO, self.tr("Reading the chip… keep the document on the reader.")
        )
        self.progress.setValue(0)
        self.progress.show()
        generation = self._generation
        emit = self._relay.progressed.emit
        information = mrz.bac_key_information()
        run_op(
            self,
            lambda: reader.read(information, progress=emit),
            on_success=lambda chip: self._on_read(generation, chip),
            on_failure=lambda error: self._on_failed(generation, error),
            worker=Worker.DEVICES,
        )

    def on_progress(self, progress: ReadProgress) -> None:
        self.progress.setValue(round(_fraction(progress) * PROGRESS_STEPS))

    def _on_read(self, generation: int, chip: ChipDocument) -> None:
        if generation != self._generation:
            return
        self.progress.setValue(PROGRESS_STEPS)
        self._verify(chip)

    def on_mrz_only(self) -> None:
        """No chip (or one that will not read): verify the MRZ alone, at its lower level."""
        if self._mrz is None:
            return
        self._generation += 1
        self._waiting = False
        self.mrz_only_button.hide()
        self._verify(None)

    def _verify(self, chip: ChipDocument | None) -> None:
        mrz = self._mrz
        assert mrz is not None
        self.banner.show_message(BannerKind.INFO, self.tr("Checking the document…"))
        services, principal = self._services, self._principal
        generation = self._generation
        run_op(
            self,
            lambda: services.identity.verify(principal, mrz, chip),
            on_success=lambda identity: self._on_verified(generation, identity),
            on_failure=lambda error: self._on_failed(generation, error),
            worker=Worker.DATABASE,
        )

    def _on_verified(self, generation: int, identity: VerifiedIdentity) -> None:
        if generation != self._generation:
            return
        self.progress.hide()
        self.banner.clear_message()
        self.show_identity(identity)

    def _on_failed(self, generation: int, error: Exception) -> None:
        """Nothing half-shown; the message says what to do, and there is a way to do it."""
        if generation != self._generation:
            return
        self._waiting = False
        self._reset_result()
        if isinstance(error, BacFailedError):
            # The MRZ was misread or mistyped: the next scan replaces it.
            self._mrz = None
            message = self.tr("The MRZ does not match the chip: scan it again.")
            set_invalid(self.mrz_edit, message)
            self.banner.show_message(BannerKind.ERROR, message)
            self._mrz_problem = True
            self.mrz_edit.selectAll()
            self.mrz_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(error, CardRemovedError):
            self._await_card(self.tr("The document was taken away: put it back on the reader."))
            return
        log.info("document not identified: %s", type(error).__name__)
        self.banner.show_message(BannerKind.ERROR, i18n.error_text(error))
        self.retry_button.setVisible(self._mrz is not None)

    def on_retry(self) -> None:
        mrz = self._mrz
        if mrz is not None:
            self._start(mrz)

    # -- the result -----------------------------------------------------------------------------

    def show_identity(self, identity: VerifiedIdentity) -> None:
        self.identity = identity
        self._show_face(identity.face_png)
        self._show_level(identity)
        name = " ".join(part for part in (identity.given_names, identity.surname) if part)
        self.fields["name"].setText(name)
        self.fields["birth_date"].setText(format_brp_date(BrpDate.of(identity.birth_date)))
        self.fields["document"].setText(
            self.tr("{kind} {number} ({state})").format(
                kind=self._kind_text(identity.document_type),
                number=identity.document_number,
                state=identity.issuing_state,
            )
        )
        expiry = self.fields["expiry"]
        expiry_text = format_brp_date(BrpDate.of(identity.expiry_date))
        if identity.expired:
            expiry.setText(self.tr("{date}: expired").format(date=expiry_text))
            expiry.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
        else:
            expiry.setText(expiry_text)
            expiry.setStyleSheet("")
        self.fields["bsn"].setText(identity.bsn or self.tr("not on the document"))
        self.open_button.setText(
            self.tr("Open person") if identity.bsn else self.tr("Search person")
        )
        self.open_button.setEnabled(True)
        self.result_box.show()
        self._grow_to_fit()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _grow_to_fit(self) -> None:
        """Grow (never shrink: a jumping dialog loses the eye) to what the content needs.

        Asked per width, because the wrapped reason text's height depends on it and a
        window's minimum size does not account for that: without this the MRZ field would be
        squeezed to one line under an orange result.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = max(layout.totalHeightForWidth(self.width()), layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _kind_text(self, document_type: str) -> str:
        if document_type.startswith("P"):
            return self.tr("Passport")
        if document_type.startswith(("I", "A", "C")):
            return self.tr("Identity card")
        return document_type

    def _show_face(self, png: bytes | None) -> None:
        image = QImage.fromData(png) if png else QImage()
        if image.isNull():
            self.face.setPixmap(QPixmap())
            self.face.setText(self.tr("No photo"))
            self.face.setStyleSheet(f"background: {NEUTRAL_BG}; color: {MUTED};")
            return
        self.face.setText("")
        self.face.setStyleSheet("")
        self.face.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.face.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_level(self, identity: VerifiedIdentity) -> None:
        if identity.level is AuthenticityLevel.CHIP_VERIFIED:
            text = "✔ " + self.tr("Genuine: chip checked")
            colour, background, border = SUCCESS, SUCCESS_BG, SUCCESS
            problem = ""
        elif identity.level is AuthenticityLevel.CHIP_ONLY:
            text = "⚠ " + self.tr("Chip read, authenticity not established")
            colour, background, border = WARNING, WARNING_BG, WARNING_BORDER
            problem = i18n.error_text(identity.problem) if identity.problem else ""
        else:
            text = self.tr("MRZ only")
            colour, background, border = MUTED, NEUTRAL_BG, MUTED
            problem = self.tr("Nothing proves this document is genuine: check the document itself.")
        self.badge.setText(text)
        self.badge.setAccessibleName(text)
        self.badge.setStyleSheet(
            f"color: {colour}; background: {background}; border: 2px solid {border};"
            " border-radius: 4px; padding: 6px 10px; font-size: 13pt; font-weight: bold;"
        )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _reset_result(self) -> None:
        """Drop what was shown: a new MRZ, an error or closing starts from nothing."""
        self.identity = None
        self.result_box.hide()
        self.face.setPixmap(QPixmap())
        for value in self.fields.values():
            value.setText("")
        self.badge.setText("")
        self.problem.setText("")
        self.open_button.setEnabled(False)
        self.retry_button.hide()
        self.mrz_only_button.hide()
        self.progress.hide()
        self.banner.clear_message()

    # -- open the person ------------------------------------------------------------------------

    def on_open(self) -> None:
        identity = self.identity
        if identity is None:
            return
        if identity.bsn is None:
            self.search_requested.emit(identity.surname, identity.birth_date, identity.given_names)
            self.close()
            return
        self.open_button.setEnabled(False)
        self.banner.show_message(BannerKind.INFO, self.tr("Looking up the person…"))
        services, principal = self._services, self._principal
        generation = self._generation
        run_op(
            self,
            lambda: services.identity.link(principal, identity, purpose=PURPOSE),
            on_success=lambda match: self._on_linked(generation, match, identity),
            on_failure=lambda error: self._on_link_failed(generation, error),
            worker=Worker.DATABASE,
        )

    def _on_linked(self, generation: int, match: IdentityMatch, identity: VerifiedIdentity) -> None:
        if generation != self._generation:
            return
        self.open_requested.emit(match.view.person.bsn, identity.face_png)
        self.close()

    def _on_link_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        # The identity stays on screen: staff compare it with the document and the visitor.
        self.open_button.setEnabled(True)
        self.banner.show_message(BannerKind.ERROR, i18n.error_text(error))

    # -- demo -----------------------------------------------------------------------------------

    def on_demo_present(self, *, forged: bool) -> None:
        demo, reader = self._demo, self._reader
        if demo is None or not isinstance(reader, SimulatedCardReader):
            return
        bsn = str(self.demo_person.currentData())
        principal = self._principal
        for button in (self.present_button, self.forged_button):
            button.setEnabled(False)
        self.banner.show_message(BannerKind.INFO, self.tr("Making the test document…"))

        def build() -> tuple[TestDocument, VirtualPassport]:
            document = (
                demo.tampered_document_for(principal, bsn)
                if forged
                else demo.document_for(principal, bsn)
            )
            return document, VirtualPassport.from_document(document)

        run_op(
            self,
            build,
            on_success=self._on_demo_built,
            on_failure=self._on_demo_failed,
            worker=Worker.DATABASE,
        )

    def _on_demo_built(self, built: tuple[TestDocument, VirtualPassport]) -> None:
        document, card = built
        reader = self._reader
        assert isinstance(reader, SimulatedCardReader)
        for button in (self.present_button, self.forged_button):
            button.setEnabled(True)
        reader.present(card)
        # As a scanner would: the lines, each with its Enter; a rescan of the same MRZ reads again.
        self._mrz = None
        self.mrz_edit.setPlainText(document.mrz + "\n")

    def _on_demo_failed(self, error: Exception) -> None:
        for button in (self.present_button, self.forged_button):
            button.setEnabled(True)
        self.banner.show_message(BannerKind.ERROR, i18n.error_text(error))

    # -- closing --------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the document: results on their way are dropped, the reader emptied."""
        self._generation += 1
        self._waiting = False
        self._mrz = None
        self._reset_result()
        self.mrz_edit.blockSignals(True)
        self.mrz_edit.clear()
        self.mrz_edit.blockSignals(False)
        set_invalid(self.mrz_edit, None)
        if isinstance(self._reader, SimulatedCardReader):
            self._reader.take_away()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
