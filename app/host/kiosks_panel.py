"""The kiosks in the hall: online or not, what the visitor is doing, and remote end of a session.

A kiosk that has not reported for a while is offline: its row turns red and says since when,
because a kiosk that hangs with a visitor in front of it is the host's first job. "End session"
asks first (the visitor may still be busy) and then sets the flag the kiosk's next heartbeat
collects; the kiosk itself wipes the screen and records the session.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.kiosk_hall import KioskStationInfo
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op

from .labels import clock_text, duration_text, step_label
from .rows import KeyedRows, label, restyle


class KioskRow(QFrame):
    """One kiosk: name and state pill, step and session age, open help, and End session."""

    def __init__(self, kiosk_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk_id = kiosk_id
        self.info: KioskStationInfo | None = None
        self.setProperty("role", "hostRow")
        self.setObjectName(f"kiosk-{kiosk_id}")
        self.name = label(kiosk_id, "rowTitle")
        self.state = label("", "pill")
        self.help = label("", "pill")
        self.help.setProperty("kind", "alert")
        self.step = label("", "rowText")
        self.step.setWordWrap(True)
        self.detail = label("", "rowMuted")
        self.detail.setWordWrap(True)
        self.end_button = QPushButton()
        self.end_button.setObjectName("endSession")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 4, 12, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.help, 0, 2)
        grid.addWidget(self.step, 1, 0, 1, 4)
        grid.addWidget(self.detail, 2, 0, 1, 4)
        grid.addWidget(self.end_button, 0, 4, 3, 1)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.end_button.setText(self.tr("End session"))
        self.end_button.setAccessibleName(
            self.tr("End the session on {kiosk}").format(kiosk=self.kiosk_id)
        )
        self.end_button.setToolTip(
            self.tr("Stops what the visitor is doing and returns the kiosk to its start screen")
        )

    @property
    def in_session(self) -> bool:
        return self.info is not None and self.info.session_started_at is not None

    def set_info(self, info: KioskStationInfo, now: datetime) -> None:
        self.info = info
        restyle(self, kind="" if info.online else "alert")
        restyle(self.state, kind="online" if info.online else "offline")
        self.state.setText(self.tr("Online") if info.online else self.tr("Offline"))
        self.help.setVisible(info.open_help > 0)
        self.help.setText(self.tr("%n open help request(s)", "", info.open_help))
        self.step.setText(step_label(info.step))
        self.step.setToolTip(info.step)
        # Ending a session on a kiosk that does not answer would hit the next visitor when it
        # comes back; without a session there is nothing to end.
        self.end_button.setEnabled(info.online and info.session_started_at is not None)
        self.tick(now)

    def tick(self, now: datetime) -> None:
        info = self.info
        if info is None:
            return
        parts = []
        if info.session_started_at is not None:
            age = (now - info.session_started_at).total_seconds()
            parts.append(self.tr("Session {age}").format(age=duration_text(age)))
        else:
            parts.append(self.tr("No visitor"))
        parts.append(info.language.upper())
        if not info.online:
            parts.append(
                self.tr("last seen {time} ({ago} ago)").format(
                    time=clock_text(info.seen_at),
                    ago=duration_text((now - info.seen_at).total_seconds()),
                )
            )
        if info.location:
            parts.append(info.location)
        self.detail.setText(" · ".join(parts))
        self.setAccessibleName(
            f"{info.kiosk_id}, {self.state.text()}, {self.step.text()}, {self.detail.text()}"
        )


class KiosksPanel(QGroupBox):
    """Live list of kiosks (filled by the window's refresh) with remote end of a session.

    Signals:
        changed: a session end was requested; the window reads the hall again.
    """

    changed = Signal()

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosksPanel")
        self._services = services
        self._principal = principal
        self.confirm: QMessageBox | None = None
        self.banner = Banner()
        self.list: KeyedRows[str, KioskRow] = KeyedRows(label("", "rowMuted"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 1)
        self._count = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Kiosks ({count})").format(count=self._count))
        self.list.empty.setText(self.tr("No kiosk has reported yet."))
        for row in self.list.rows():
            row.retranslate()

    def show_kiosks(self, kiosks: tuple[KioskStationInfo, ...], now: datetime) -> None:
        self._count = len(kiosks)
        self.setTitle(self.tr("Kiosks ({count})").format(count=self._count))
        self.list.sync(
            kiosks,
            key=lambda k: k.kiosk_id,
            make=self._make_row,
            update=lambda row, info: row.set_info(info, now),
        )

    def tick(self, now: datetime) -> None:
        for row in self.list.rows():
            row.tick(now)

    def row(self, kiosk_id: str) -> KioskRow | None:
        return self.list.row(kiosk_id)

    def _make_row(self, info: KioskStationInfo) -> KioskRow:
        row = KioskRow(info.kiosk_id)
        row.end_button.clicked.connect(lambda: self.on_end_requested(row.kiosk_id))
        return row

    # -- ending a session -------------------------------------------------------------------

    def on_end_requested(self, kiosk_id: str) -> None:
        """Ask first, without blocking: the lists go on refreshing while the box is open."""
        row = self.list.row(kiosk_id)
        box = QMessageBox(self)
        box.setObjectName("confirmEndSession")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("End session"))
        box.setText(self.tr("End the session on {kiosk}?").format(kiosk=kiosk_id))
        step = step_label(row.info.step) if row is not None and row.info is not None else ""
        box.setInformativeText(
            self.tr(
                "The visitor is at: {step}. What they entered is wiped and the kiosk returns "
                "to its start screen. A payment in progress is settled by the kiosk."
            ).format(step=step)
        )
        yes = box.addButton(self.tr("End session"), QMessageBox.ButtonRole.YesRole)
        yes.setObjectName("confirmYes")
        keep = box.addButton(self.tr("Keep it running"), QMessageBox.ButtonRole.NoRole)
        keep.setObjectName("confirmNo")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(
            lambda button: self._on_confirmed(kiosk_id) if button is yes else None
        )
        box.finished.connect(lambda _result: self._forget(box))
        self.confirm = box
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if self.confirm is box:
            self.confirm = None
        box.deleteLater()

    def _on_confirmed(self, kiosk_id: str) -> None:
        hall, principal = self._services.kiosk_hall, self._principal
        self.banner.show_message(BannerKind.INFO, self.tr("Ending the session…"))
        run_op(
            self,
            lambda: hall.cancel_session(principal, kiosk_id),
            on_success=lambda _none: self._on_ended(kiosk_id),
            on_failure=self._on_failed,
        )

    def _on_ended(self, kiosk_id: str) -> None:
        self.banner.show_message(
            BannerKind.SUCCESS,
            self.tr("{kiosk} ends the session at its next check-in (within seconds).").format(
                kiosk=kiosk_id
            ),
        )
        self.changed.emit()

    def _on_failed(self, error: Exception) -> None:
        self.banner.show_message(BannerKind.ERROR, error_text(error))
        self.changed.emit()
