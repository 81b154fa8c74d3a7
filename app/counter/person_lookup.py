"""The person search's service calls and which answer is still wanted.

Searching and opening are separate BRP questions (a search by name, then the overview of the
one chosen), and an employee types faster than the BRP answers. Answers come back in the order
the calls started, but a search that finds one person opens that person with a second call,
which may arrive after a newer search by BSN: every request therefore carries a generation
number, and only answers of the newest request reach the screen.

Widgets show; this object asks. It keeps the BSN of the opened person, which is the person the
contact form registers for, so the two can never disagree.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.services import Services
from app.services.auth import Principal
from app.services.persons import PersonOverview, PersonView
from app.ui.ops import run_op

from .search_query import AddressQuery, BsnQuery, NameQuery, Query

log = logging.getLogger(__name__)


class PersonLookup(QObject):
    """Runs searches and overviews for the person screen, newest request wins.

    Signals:
        started: a request went out; carries True for a search, False for opening a person.
        found: a search by name or address found nobody or several people; carries the list
            of ``PersonView`` (one hit opens that person at once instead).
        opened: a person's overview arrived; carries the ``PersonOverview`` and True when it
            was a refresh of the person already open (after a registration).
        failed: the newest request failed; carries the exception and True when it was a
            refresh (the open person stays on screen).
    """

    started = Signal(bool)
    found = Signal(object)
    opened = Signal(object, bool)
    failed = Signal(object, bool)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        purpose: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._persons = services.persons
        self._principal = principal
        self._purpose = purpose
        self._generation = 0
        self._open_bsn: str | None = None

    @property
    def open_bsn(self) -> str | None:
        """The BSN of the person on screen (full, also when the screen shows it masked)."""
        return self._open_bsn

    def search(self, query: Query) -> None:
        if isinstance(query, BsnQuery):
            self.open(query.bsn)
            return
        generation = self._next()
        persons, principal, purpose = self._persons, self._principal, self._purpose()
        self.started.emit(True)
        if isinstance(query, NameQuery):
            name = query

            def call() -> list[PersonView]:
                return persons.search_by_name(
                    principal,
                    name.surname,
                    name.birth_date,
                    purpose=purpose,
                    given_names=name.given_names,
                )
        else:
            address: AddressQuery = query

            def call() -> list[PersonView]:
                return persons.search_by_address(
                    principal,
                    address.postcode,
                    address.house_number,
                    purpose=purpose,
                    house_letter=address.house_letter,
                    addition=address.addition,
                )

        run_op(
            self,
            call,
            on_success=lambda views: self._on_found(generation, views),
            on_failure=lambda error: self._on_failed(generation, error, refresh=False),
        )

    def open(self, bsn: str) -> None:
        """Ask for the overview of ``bsn`` (a BSN search, or a pick from the list)."""
        self._request_overview(bsn, self._next(), refresh=False)

    def refresh(self) -> None:
        """Ask again for the open person, e.g. after a contact was registered for them."""
        if self._open_bsn is not None:
            self._request_overview(self._open_bsn, self._next(), refresh=True)

    def close(self) -> None:
        """Forget the open person; answers still on their way are dropped."""
        self._next()
        self._open_bsn = None

    def _next(self) -> int:
        self._generation += 1
        return self._generation

    def _request_overview(self, bsn: str, generation: int, *, refresh: bool) -> None:
        persons, principal, purpose = self._persons, self._principal, self._purpose()
        if not refresh:
            self.started.emit(False)
        run_op(
            self,
            lambda: persons.overview(principal, bsn, purpose=purpose),
            on_success=lambda overview: self._on_opened(generation, overview, refresh),
            on_failure=lambda error: self._on_failed(generation, error, refresh=refresh),
        )

    def _on_found(self, generation: int, views: list[PersonView]) -> None:
        if generation != self._generation:
            return
        if len(views) == 1:
            # One hit: open it within the same request, so a newer search still wins.
            self._request_overview(views[0].person.bsn, generation, refresh=False)
            return
        if views:
            self._open_bsn = None  # the screen shows the list now, not the person
        self.found.emit(views)

    def _on_opened(self, generation: int, overview: PersonOverview, refresh: bool) -> None:
        if generation != self._generation:
            return
        self._open_bsn = overview.view.person.bsn
        self.opened.emit(overview, refresh)

    def _on_failed(self, generation: int, error: Exception, *, refresh: bool) -> None:
        if generation != self._generation:
            log.debug("a superseded person request failed: %s", type(error).__name__)
            return
        self.failed.emit(error, refresh)
