"""One reading of the hall: kiosks, help requests, devices and queues, taken on the DB worker.

The four panels are filled from one snapshot so they agree with each other (a kiosk with open
help has that help listed), and one refresh is one queued operation: a slow database delays the
next reading instead of piling readings up behind it. ``at`` is the services' clock at the
reading; the window counts on from it between readings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.services import Services
from app.services.auth import Principal
from app.services.device_status import DeviceStatusInfo
from app.services.kiosk_hall import HelpRequestInfo, KioskStationInfo
from app.services.queue import DeskInfo, QueueInfo

#: How far back resolved help requests stay in the list ("recently resolved").
RESOLVED_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class HallSnapshot:
    at: datetime
    kiosks: tuple[KioskStationInfo, ...]
    #: Open ones oldest first, then those resolved within ``RESOLVED_WINDOW``.
    help_requests: tuple[HelpRequestInfo, ...]
    devices: tuple[DeviceStatusInfo, ...]
    queues: tuple[QueueInfo, ...]
    desks: tuple[DeskInfo, ...]


def load_snapshot(services: Services, principal: Principal) -> HallSnapshot:
    now = services.clock()
    hall = services.kiosk_hall
    return HallSnapshot(
        at=now,
        kiosks=tuple(hall.kiosks(principal)),
        help_requests=tuple(hall.help_requests(principal, resolved_since=now - RESOLVED_WINDOW)),
        devices=tuple(services.device_status.current(principal)),
        queues=tuple(services.queue.list_queues()),
        desks=tuple(services.queue.list_desks()),
    )
