"""Documents the counter could not print: the failure dialog, the status-bar count and the list.

An issued uittreksel has a reference and an audit row; printing it again must not mean
issuing it again. So a print that fails leaves the document in ``PrintService``'s list, and
the employee decides: print again once the paper is in, save it as a PDF (to print or send
from elsewhere), or later. Until the list is empty the status bar says "N not printed", a
click away from the list, so a document is not forgotten when the next visitor is called.

Printing and writing a file block, so they run on the devices worker (``Worker.DEVICES``),
never on the GUI thread; the list itself is in memory and quick to read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.printing import PendingDocument, PrintOutcome, PrintService, UnprintedDocument
from app.services.workingdays import AMSTERDAM
from app.ui import i18n
from app.ui.banner import Banner, BannerKind
from app.ui.ops import Worker, run_op
from app.ui.theme import WARNING, WARNING_BG, WARNING_BORDER, set_role

log = logging.getLogger(__name__)

T = TypeVar("T")


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file to save a PDF to, or "" when cancelled (a function, so tests can answer it)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CounterPrinting", "Save as PDF"),
        str(Path.home() / suggested),
        QCoreApplication.translate("CounterPrinting", "PDF documents (*.pdf)"),
    )
    return str(path)


def _write_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


class CounterPrinting(QObject):
    """The counter's printer for one session: prints off the GUI thread, keeps the count.

    Signals:
        changed: the unprinted list changed; carries how many documents it holds now.
    """

    changed = Signal(int)

    def __init__(self, service: PrintService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def count(self) -> int:
        return len(self.service.unprinted())

    def print_document(
        self, document: PendingDocument, on_done: Callable[[PrintOutcome], None]
    ) -> None:
        service = self.service
        run_op(
            self,
            lambda: service.print_document(document),
            on_success=lambda outcome: self._done(outcome, on_done),
            on_failure=self._unexpected,
            worker=Worker.DEVICES,
        )

    def reprint(self, unprinted_id: int, on_done: Callable[[PrintOutcome | None], None]) -> None:
        """``on_done`` gets None when the document left the list meanwhile (discarded)."""
        service = self.service

        def job() -> PrintOutcome | None:
            try:
                return service.reprint(unprinted_id)
            except KeyError:
                return None

        run_op(
            self,
            job,
            on_success=lambda outcome: self._done(outcome, on_done),
            on_failure=self._unexpected,
            worker=Worker.DEVICES,
        )

    def save_pdf(
        self,
        unprinted_id: int,
        path: Path,
        on_done: Callable[[Path | None, Exception | None], None],
    ) -> None:
        """Write the kept PDF to ``path``; once saved it has left the unprinted list."""
        entry = self.service.get(unprinted_id)
        if entry is None or entry.document.pdf is None:
            on_done(None, None)
            return
        pdf = entry.document.pdf

        def saved(written: Path) -> None:
            self.service.discard(unprinted_id)
            self.changed.emit(self.count())
            if _alive_callback(on_done):
                on_done(written, None)

        def failed(error: Exception) -> None:
            log.warning("could not save %s as PDF: %s", entry.document.reference, error)
            if _alive_callback(on_done):
                on_done(None, error)

        run_op(
            self,
            lambda: _write_file(path, pdf),
            on_success=saved,
            on_failure=failed,
            worker=Worker.DEVICES,
        )

    def discard(self, unprinted_id: int) -> None:
        if self.service.discard(unprinted_id):
            self.changed.emit(self.count())

    def clear(self) -> None:
        """Logout: the kept documents (personal data) go with the session."""
        if self.service.clear():
            self.changed.emit(0)

    def _done(self, outcome: T, on_done: Callable[[T], None]) -> None:
        self.changed.emit(self.count())
        if _alive_callback(on_done):
            on_done(outcome)

    def _unexpected(self, error: Exception) -> None:
        # PrintService never raises printer errors; anything here is a bug, logged by i18n.
        i18n.error_text(error)
        self.changed.emit(self.count())


def _alive_callback(callback: Callable[..., object]) -> bool:
    """False when the callback is a method of a widget that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or _alive(owner)


class PrintFailedDialog(QDialog):
    """ "Not printed": why, and the three ways on (print again, save as PDF, later).

    Signals:
        printed: the document came out after all; carries its reference.
        saved: the document was saved as a PDF; carries the path.
    """

    printed = Signal(str)
    saved = Signal(object)

    def __init__(
        self,
        printing: CounterPrinting,
        entry: UnprintedDocument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._printing = printing
        self.entry = entry
        self.setWindowTitle(self.tr("Not printed"))
        self.setObjectName("printFailedDialog")
        self.heading = QLabel(
            self.tr("{title} was not printed.").format(title=entry.document.title)
        )
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("printFailedReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(
            f"background: {WARNING_BG}; color: {WARNING}; border: 1px solid {WARNING_BORDER};"
            "border-radius: 4px; padding: 8px 12px;"
        )
        self.kept = QLabel(
            self.tr(
                "Nothing is lost: the document is kept in the list of unprinted documents "
                "(status bar) until it is printed, saved or discarded."
            )
        )
        self.kept.setWordWrap(True)
        set_role(self.kept, "muted")
        self.banner = Banner()
        self.reprint_button = QPushButton(self.tr("Print again"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setProperty("primary", True)
        self.reprint_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.setEnabled(entry.document.pdf is not None)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setObjectName("later")
        self.later_button.setToolTip(self.tr("Keep it in the list of unprinted documents"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reprint_button, self.save_button, self.later_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.kept)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self._show_reason(entry)
        self.reprint_button.clicked.connect(self.on_reprint)
        self.save_button.clicked.connect(self.on_save)
        self.later_button.clicked.connect(self.reject)

    def _show_reason(self, entry: UnprintedDocument) -> None:
        self.entry = entry
        self.reason.setText(i18n.error_text(entry.error))
        self.reason.setAccessibleName(self.reason.text())

    def _busy(self, busy: bool) -> None:
        for button in (self.reprint_button, self.save_button, self.later_button):
            button.setEnabled(not busy)
        if not busy:
            self.save_button.setEnabled(self.entry.document.pdf is not None)

    def on_reprint(self) -> None:
        self._busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Printing…"))
        self._printing.reprint(self.entry.id, self.on_reprinted)

    def on_reprinted(self, outcome: PrintOutcome | None) -> None:
        self._busy(False)
        if outcome is None:  # discarded from the list meanwhile
            self.reject()
            return
        if outcome.printed:
            self.banner.clear_message()
            self.printed.emit(outcome.document.reference)
            self.accept()
            return
        assert outcome.unprinted is not None
        self._show_reason(outcome.unprinted)
        self.banner.show_message(BannerKind.ERROR, self.tr("Still not printed."))

    def on_save(self) -> None:
        path = ask_save_path(self, f"{self.entry.document.reference}.pdf")
        if not path:
            return
        self._busy(True)
        self._printing.save_pdf(self.entry.id, Path(path), self.on_saved)

    def on_saved(self, path: Path | None, error: Exception | None) -> None:
        self._busy(False)
        if error is not None:
            self.banner.show_message(
                BannerKind.ERROR,
                self.tr("The PDF could not be saved there. Choose another folder."),
            )
            return
        if path is not None:
            self.saved.emit(path)
        self.accept()


class UnprintedIndicator(QPushButton):
    """ "N not printed" in the status bar; hidden while nothing waits. Opens the list."""

    def __init__(self, printing: CounterPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unprintedIndicator")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"QPushButton {{ background: {WARNING_BG}; color: {WARNING};"
            f" border: 1px solid {WARNING_BORDER}; border-radius: 3px; padding: 1px 10px;"
            " font-weight: bold; min-height: 0; }"
        )
        self.setToolTip(self.tr("Documents that did not print: print again, save or discard"))
        self._printing = printing
        self.dialog: UnprintedDialog | None = None
        printing.changed.connect(self.show_count)
        self.clicked.connect(self.open_list)
        self.show_count(printing.count())

    def show_count(self, count: int) -> None:
        self.setText(self.tr("%n not printed", "", count))
        self.setAccessibleName(self.text())
        self.setVisible(count > 0)

    def open_list(self) -> None:
        if self.dialog is None or not _alive(self.dialog):
            self.dialog = UnprintedDialog(self._printing, self.window())
        if self.dialog.isVisible():
            self.dialog.raise_()  # behind the window: bring it forward
        self.dialog.show()
        self.dialog.activateWindow()


class UnprintedDialog(QDialog):
    """The kept documents: what, which, when and why, with print again / save / discard."""

    COLUMNS = 4

    def __init__(self, printing: CounterPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unprintedDialog")
        self.setWindowTitle(self.tr("Unprinted documents"))
        self._printing = printing
        self._entries: list[UnprintedDocument] = []
        self.intro = QLabel(
            self.tr(
                "These documents did not print. They are kept until you print, save or "
                "discard them, and are removed when you log out."
            )
        )
        self.intro.setWordWrap(True)
        self.table = self._build_table()
        self.empty = QLabel(self.tr("Every document has been printed."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_role(self.empty, "muted")
        self.banner = Banner()
        self.reprint_button = QPushButton(self.tr("Print again"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setProperty("primary", True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdf")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discard")
        self.discard_button.setToolTip(
            self.tr("Remove it from the list: it came out after all, or is no longer needed")
        )
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.save_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.resize(820, 360)
        self._busy = False
        printing.changed.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reprint_button.clicked.connect(self.on_reprint)
        self.save_button.clicked.connect(self.on_save)
        self.discard_button.clicked.connect(self.on_discard)
        self.close_button.clicked.connect(self.close)
        self.refresh()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, self.COLUMNS)
        table.setObjectName("unprintedTable")
        table.setAccessibleName(self.tr("Unprinted documents"))
        table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Reference"), self.tr("Time"), self.tr("Reason")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self, _count: int | None = None) -> None:
        selected = self.selected()
        self._entries = self._printing.service.unprinted()
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            local = entry.failed_at.astimezone(AMSTERDAM)
            reason = i18n.error_text(entry.error)
            document = entry.document
            # The title names the reference too (for the printer's job list); once is enough.
            title = document.title.removesuffix(document.reference).strip() or document.title
            cells = (title, document.reference, f"{local:%H:%M}", reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self._entries)
        self.table.setVisible(bool(self._entries))
        ids = [entry.id for entry in self._entries]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif self._entries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> UnprintedDocument | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._entries):
            return None
        return self._entries[rows[0].row()]

    def _update_buttons(self) -> None:
        entry = self.selected()
        usable = entry is not None and not self._busy
        self.reprint_button.setEnabled(usable)
        self.discard_button.setEnabled(usable)
        self.save_button.setEnabled(usable and entry is not None and entry.document.pdf is not None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def on_reprint(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self._set_busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Printing…"))
        self._printing.reprint(entry.id, self.on_reprinted)

    def on_reprinted(self, outcome: PrintOutcome | None) -> None:
        self._set_busy(False)
        if outcome is None:
            self.banner.clear_message()
        elif outcome.printed:
            self.banner.show_message(
                BannerKind.SUCCESS,
                self.tr("{reference} printed.").format(reference=outcome.document.reference),
            )
        else:
            assert outcome.error is not None
            self.banner.show_message(BannerKind.ERROR, i18n.error_text(outcome.error))

    def on_save(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        path = ask_save_path(self, f"{entry.document.reference}.pdf")
        if not path:
            return
        self._set_busy(True)
        self._printing.save_pdf(entry.id, Path(path), self.on_saved)

    def on_saved(self, path: Path | None, error: Exception | None) -> None:
        self._set_busy(False)
        if error is not None:
            self.banner.show_message(
                BannerKind.ERROR,
                self.tr("The PDF could not be saved there. Choose another folder."),
            )
        elif path is not None:
            self.banner.show_message(
                BannerKind.SUCCESS, self.tr("Saved as {file}.").format(file=path.name)
            )

    def on_discard(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.banner.clear_message()
        self._printing.discard(entry.id)
