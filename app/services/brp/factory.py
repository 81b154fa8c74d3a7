"""The configured person source, loaded on first use.

Loading the GBA-V test set takes a moment and an API client opens connections; neither should
happen at start-up on the GUI thread. ``LazyPersonSource`` builds the real source on the first
question, which the UI asks from its worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from app.config import BrpSettings
from app.services.brp.model import Person
from app.services.brp.source import PersonSource


class LazyPersonSource:
    def __init__(self, build: Callable[[], PersonSource]) -> None:
        self._build = build
        self._source: PersonSource | None = None
        self._lock = threading.Lock()

    def _get(self) -> PersonSource:
        with self._lock:
            if self._source is None:
                self._source = self._build()
            return self._source

    def get(self, bsn: str) -> Person | None:
        return self._get().get(bsn)

    def search_by_name(
        self, surname: str, birth_date: date, *, given_names: str = "", prefix: str = ""
    ) -> list[Person]:
        return self._get().search_by_name(
            surname, birth_date, given_names=given_names, prefix=prefix
        )

    def search_by_address(
        self, postcode: str, house_number: int, *, house_letter: str = "", addition: str = ""
    ) -> list[Person]:
        return self._get().search_by_address(
            postcode, house_number, house_letter=house_letter, addition=addition
        )


def create_person_source(settings: BrpSettings) -> PersonSource:
    def build() -> PersonSource:
        if settings.source == "haal-centraal":
            from app.services.brp.haal_centraal import HaalCentraalPersonSource

            return HaalCentraalPersonSource(
                settings.api_url, api_key=settings.api_key, timeout=settings.timeout_seconds
            )
        from app.services.brp.gba_csv import GbaCsvPersonSource

        return GbaCsvPersonSource(settings.csv_path)

    return LazyPersonSource(build)
