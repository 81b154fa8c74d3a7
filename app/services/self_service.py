"""Self-service products at the kiosk (stub: the helper building issue 9 fills it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.registry.db import Database
from app.services.catalogue import CatalogueService
from app.services.persons import PersonService


class SelfService:
    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        persons: PersonService,
        catalogue: CatalogueService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._persons = persons
        self._catalogue = catalogue
