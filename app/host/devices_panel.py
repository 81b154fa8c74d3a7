"""Device alerts: every printer, card reader and terminal in the building that needs someone.

Only what is not working is listed (a wall of green rows hides the one red one): paper low in
amber, anything that stops the device in red, with since when, worst first. The state is
written out, never shown by colour alone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from app.services.device_status import DeviceStatusInfo

from .labels import (
    clock_text,
    device_label,
    device_state_label,
    duration_text,
    is_alert,
    is_warning,
)
from .rows import KeyedRows, label, restyle


def device_alerts(devices: tuple[DeviceStatusInfo, ...]) -> list[DeviceStatusInfo]:
    """The devices that are not ok: red before amber, the longest-standing first."""
    alerts = [d for d in devices if is_alert(d.state)]
    return sorted(alerts, key=lambda d: (is_warning(d.state), d.changed_at, d.station_id))


class DeviceRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "hostRow")
        self.info: DeviceStatusInfo | None = None
        self.station = label("", "rowTitle")
        self.state = label("", "pill")
        self.device = label("", "rowText")
        self.detail = label("", "rowMuted")
        self.detail.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 12, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.station, 0, 0)
        grid.addWidget(self.device, 0, 1)
        grid.addWidget(self.state, 0, 2)
        grid.addWidget(self.detail, 1, 0, 1, 4)
        grid.setColumnStretch(3, 1)

    def set_info(self, info: DeviceStatusInfo, now: datetime) -> None:
        self.info = info
        kind = "warning" if is_warning(info.state) else "alert"
        restyle(self, kind=kind)
        restyle(self.state, kind=kind)
        self.setObjectName(f"device-{info.station_id}-{info.device}")
        self.station.setText(info.station_id)
        self.device.setText(device_label(info.device))
        self.state.setText(device_state_label(info.state))
        self.state.setToolTip(info.state)
        self.tick(now)

    def tick(self, now: datetime) -> None:
        info = self.info
        if info is None:
            return
        since = self.tr("since {time} ({ago})").format(
            time=clock_text(info.changed_at),
            ago=duration_text((now - info.changed_at).total_seconds()),
        )
        self.detail.setText(" · ".join(p for p in (since, info.message) if p))
        self.setAccessibleName(
            f"{info.station_id}, {self.device.text()}: {self.state.text()}, {self.detail.text()}"
        )


class DevicesPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPanel")
        self.list: KeyedRows[tuple[str, str], DeviceRow] = KeyedRows(label("", "allClear"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addWidget(self.list, 1)
        self._count = 0
        self.retranslate()

    def retranslate(self) -> None:
        self._set_title()
        self.list.empty.setText(self.tr("All devices are working."))

    def _set_title(self) -> None:
        self.setTitle(self.tr("Device alerts (%n)", "", self._count))

    def show_devices(self, devices: tuple[DeviceStatusInfo, ...], now: datetime) -> None:
        alerts = device_alerts(devices)
        self._count = len(alerts)
        self._set_title()
        self.list.sync(
            alerts,
            key=lambda d: (d.station_id, d.device),
            make=lambda _d: DeviceRow(),
            update=lambda row, info: row.set_info(info, now),
        )

    def tick(self, now: datetime) -> None:
        for row in self.list.rows():
            row.tick(now)

    def row(self, station_id: str, device: str) -> DeviceRow | None:
        return self.list.row((station_id, device))
