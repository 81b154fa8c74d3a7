"""The stadshal's kiosks as the host view sees them (stub: the helper building issue 9 fills it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.registry.db import Database


class KioskHallService:
    def __init__(self, db: Database, clock: Callable[[], datetime], location: str) -> None:
        self._db = db
        self._clock = clock
        self._location = location
