"""Help requests from the kiosks: who asks, where they are stuck, how long they have waited.

Open requests come first, oldest first, each with a waiting time that counts on every second;
one nobody has answered yet is red and says "New" (the window also alerts). "I'm going" tells
the kiosk's screen that a host is coming (the kiosk reads it with its heartbeat); "Done" closes
the request, with an optional note and, when the help was real service, a contact in the
registry. Below them the ones resolved in the last hour, with the time it took to answer.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.kiosk_hall import HelpRequestInfo
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op

from .labels import clock_text, duration_text, reason_label, step_label
from .rows import KeyedRows, label, restyle

#: Height of the recently-resolved list at the reference size: two rows.
RESOLVED_ROWS_PX = 110


class HelpRow(QFrame):
    """An open help request: kiosk, reason, step, waiting time, and the two answers."""

    def __init__(self, uuid: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uuid = uuid
        self.info: HelpRequestInfo | None = None
        self.setProperty("role", "hostRow")
        self.kiosk = label("", "rowTitle")
        self.new = label("", "pill")
        self.new.setProperty("kind", "alert")
        self.reason = label("", "rowText")
        self.waiting_caption = label("", "rowMuted")
        self.waiting = label("", "bigCount")
        self.waiting.setObjectName("helpWaiting")
        waiting = QHBoxLayout()
        waiting.setSpacing(6)
        waiting.addStretch(1)
        waiting.addWidget(self.waiting_caption)
        waiting.addWidget(self.waiting)
        self.detail = label("", "rowMuted")
        self.detail.setWordWrap(True)
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("acknowledgeHelp")
        self.ack_button.setProperty("primary", True)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveHelp")
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.resolve_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.kiosk, 0, 0)
        grid.addWidget(self.new, 0, 1)
        grid.addWidget(self.reason, 0, 2)
        grid.addWidget(self.detail, 1, 0, 1, 4)
        grid.addLayout(waiting, 0, 4)
        grid.addLayout(buttons, 1, 4)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        kiosk = self.info.kiosk_id if self.info is not None else ""
        self.new.setText(self.tr("New"))
        self.waiting_caption.setText(self.tr("waiting"))
        self.ack_button.setText(self.tr("I'm going"))
        self.ack_button.setAccessibleName(
            self.tr("I'm going to {kiosk}: the kiosk shows that help is coming").format(kiosk=kiosk)
        )
        self.resolve_button.setText(self.tr("Done…"))
        self.resolve_button.setAccessibleName(
            self.tr("Help at {kiosk} is done; optionally register it as a contact").format(
                kiosk=kiosk
            )
        )

    @property
    def unanswered(self) -> bool:
        return self.info is not None and self.info.acknowledged_at is None

    def set_info(self, info: HelpRequestInfo, now: datetime) -> None:
        first = self.info is None
        self.info = info
        if first:
            self.setObjectName(f"help-{info.kiosk_id}-{info.reason}")
            self.retranslate()
        self.kiosk.setText(info.kiosk_id)
        self.reason.setText(reason_label(info.reason))
        restyle(self, kind="new" if self.unanswered else "coming")
        self.new.setVisible(self.unanswered)
        self.ack_button.setVisible(self.unanswered)
        self.tick(now)

    def tick(self, now: datetime) -> None:
        info = self.info
        if info is None:
            return
        waited = (now - info.requested_at).total_seconds()
        self.waiting.setText(duration_text(waited))
        self.waiting.setToolTip(
            self.tr("Waiting since {time}").format(time=clock_text(info.requested_at))
        )
        parts = [
            step_label(info.step),
            self.tr("asked at {time}").format(time=clock_text(info.requested_at)),
        ]
        if info.waited_seconds:
            parts.append(
                self.tr("busy {time} before asking").format(time=duration_text(info.waited_seconds))
            )
        if info.acknowledged_at is not None:
            parts.append(
                self.tr("{name} is going (answered after {time})").format(
                    name=info.acknowledged_by or "?",
                    time=duration_text(info.seconds_to_answer or 0),
                )
            )
        self.detail.setText(" · ".join(parts))
        self.setAccessibleName(
            self.tr("{kiosk}: {reason}, waiting {time}").format(
                kiosk=info.kiosk_id, reason=self.reason.text(), time=self.waiting.text()
            )
            + ". "
            + self.detail.text()
        )


class ResolvedRow(QFrame):
    """A help request resolved in the last hour: who, when, and how fast it was answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "hostRow")
        self.setProperty("kind", "done")
        self.text = label("", "rowMuted")
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.text)
        self.info: HelpRequestInfo | None = None

    def set_info(self, info: HelpRequestInfo) -> None:
        self.info = info
        parts = [
            info.kiosk_id,
            reason_label(info.reason),
            self.tr("resolved at {time} by {name}").format(
                time=clock_text(info.resolved_at or info.requested_at),
                name=info.resolved_by or "?",
            ),
        ]
        if info.seconds_to_answer is not None:
            parts.append(
                self.tr("answered after {time}").format(time=duration_text(info.seconds_to_answer))
            )
        if info.contact_uuid is not None:
            parts.append(self.tr("registered as a contact"))
        self.text.setText(" · ".join(parts))
        self.setAccessibleName(self.text.text())


class ResolveDialog(QDialog):
    """Close a help request: an optional note and whether it counts as a contact.

    Signals:
        resolved: the service stored it; carries the ``HelpRequestInfo``.
    """

    resolved = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        info: HelpRequestInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.info = info
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Help at {kiosk} done").format(kiosk=info.kiosk_id))
        self.setMinimumWidth(520)
        heading = label(
            f"{info.kiosk_id} · {reason_label(info.reason)} · {step_label(info.step)}", "caption"
        )
        heading.setWordWrap(True)
        note_label = label(self.tr("&Note (optional): what was the question, what did you do?"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("helpNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(120)
        note_label.setBuddy(self.note)
        self.register = QCheckBox(self.tr("&Register as a contact"))
        self.register.setObjectName("registerContact")
        self.register.setAccessibleName(self.tr("Register as a contact"))
        self.register.setToolTip(
            self.tr("Counts this help in the contact registry (kanaal kiosk), with your note")
        )
        self.banner = Banner()
        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(
            self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("resolveDone")
        self.done_button.setProperty("primary", True)
        self.done_button.setDefault(True)
        self.done_button.setAccessibleName(self.tr("Mark the help request as done"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.on_done)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.register)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.note.setFocus()

    def on_done(self) -> None:
        if not self.done_button.isEnabled():
            return
        # The service checks the length (the note is the contact's inhoud) and says so.
        note = self.note.toPlainText().strip()
        register = self.register.isChecked()
        hall, principal, uuid = self._services.kiosk_hall, self._principal, self.info.uuid
        self.done_button.setEnabled(False)
        self.banner.show_message(BannerKind.INFO, self.tr("Saving…"))
        run_op(
            self,
            lambda: hall.resolve(principal, uuid, note=note, register_contact=register),
            on_success=self.on_resolved,
            on_failure=self.on_failed,
        )

    def on_resolved(self, info: HelpRequestInfo) -> None:
        self.resolved.emit(info)
        self.accept()

    def on_failed(self, error: Exception) -> None:
        self.done_button.setEnabled(True)
        self.banner.show_message(BannerKind.ERROR, error_text(error))


class HelpPanel(QGroupBox):
    """Open help requests (live) and the recently resolved ones.

    Signals:
        changed: a request was acknowledged or resolved; the window reads the hall again.
    """

    changed = Signal()

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self._services = services
        self._principal = principal
        self.dialog: ResolveDialog | None = None
        self.banner = Banner()
        self.open_list: KeyedRows[UUID, HelpRow] = KeyedRows(label("", "allClear"))
        self.resolved_caption = label("", "caption")
        self.resolved_list: KeyedRows[UUID, ResolvedRow] = KeyedRows(label("", "rowMuted"))
        self.set_scale(1.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.open_list, 3)
        layout.addWidget(self.resolved_caption)
        layout.addWidget(self.resolved_list, 1)
        self._open_count = 0
        self.retranslate()

    def set_scale(self, scale: float) -> None:
        """Room for two resolved rows at the window's type size; the open ones get the rest."""
        self.resolved_list.setMaximumHeight(round(RESOLVED_ROWS_PX * scale))

    def retranslate(self) -> None:
        self._set_title()
        self.open_list.empty.setText(self.tr("Nobody is asking for help."))
        self.resolved_caption.setText(self.tr("Resolved in the last hour"))
        self.resolved_list.empty.setText(self.tr("None yet."))
        for row in self.open_list.rows():
            row.retranslate()

    def _set_title(self) -> None:
        self.setTitle(self.tr("Help requests (%n open)", "", self._open_count))

    def show_requests(self, requests: tuple[HelpRequestInfo, ...], now: datetime) -> None:
        open_ = [r for r in requests if r.open]
        done = [r for r in requests if not r.open]
        self._open_count = len(open_)
        self._set_title()
        self.open_list.sync(
            open_,
            key=lambda r: r.uuid,
            make=self._make_row,
            update=lambda row, info: row.set_info(info, now),
        )
        self.resolved_list.sync(
            done, key=lambda r: r.uuid, make=lambda _r: ResolvedRow(), update=ResolvedRow.set_info
        )

    def tick(self, now: datetime) -> None:
        for row in self.open_list.rows():
            row.tick(now)

    def row(self, uuid: UUID) -> HelpRow | None:
        return self.open_list.row(uuid)

    def _make_row(self, info: HelpRequestInfo) -> HelpRow:
        row = HelpRow(info.uuid)
        row.ack_button.clicked.connect(lambda: self.on_acknowledge(row.uuid))
        row.resolve_button.clicked.connect(lambda: self.on_resolve(row.uuid))
        return row

    def on_acknowledge(self, uuid: UUID) -> None:
        hall, principal = self._services.kiosk_hall, self._principal
        row = self.open_list.row(uuid)
        if row is not None:
            row.ack_button.setEnabled(False)
        run_op(
            self,
            lambda: hall.acknowledge(principal, uuid),
            on_success=self._on_acknowledged,
            on_failure=self._on_failed,
        )

    def _on_acknowledged(self, info: HelpRequestInfo) -> None:
        row = self.open_list.row(info.uuid)
        if row is not None:
            row.ack_button.setEnabled(True)
        self.banner.show_message(
            BannerKind.SUCCESS,
            self.tr("{kiosk} now shows that help is coming.").format(kiosk=info.kiosk_id),
        )
        self.changed.emit()

    def on_resolve(self, uuid: UUID) -> None:
        row = self.open_list.row(uuid)
        if row is None or row.info is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = ResolveDialog(self._services, self._principal, row.info, self)
        dialog.resolved.connect(self._on_resolved)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.setModal(True)
        self.dialog = dialog
        dialog.show()

    def _forget(self, dialog: ResolveDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_resolved(self, info: HelpRequestInfo) -> None:
        text = (
            self.tr("Help at {kiosk} done and registered as a contact.")
            if info.contact_uuid is not None
            else self.tr("Help at {kiosk} done.")
        )
        self.banner.show_message(BannerKind.SUCCESS, text.format(kiosk=info.kiosk_id))
        self.changed.emit()

    def _on_failed(self, error: Exception) -> None:
        for row in self.open_list.rows():
            row.ack_button.setEnabled(True)
        self.banner.show_message(BannerKind.ERROR, error_text(error))
        self.changed.emit()
