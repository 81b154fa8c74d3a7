"""The offline BRP: the RvIG GBA-V test set (CSV), loaded into memory.

Used by the demo, the tests and any installation without an API key. The whole file is read
on construction (687 persons, well under a second) and indexed for the three questions a
``PersonSource`` answers; after that the object is read-only, so worker threads may share it.

Every persoonslijst in the file becomes a ``Person``; what could not be read is in
``load_report`` instead of being dropped without a word. How the file is laid out is
described in ``gba_lists``; how a persoonslijst becomes a person in ``gba_mapping``.
"""

from __future__ import annotations

import csv
import logging
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from app.config import BUNDLED_GBA_CSV
from app.services.brp.gba_lists import GbaFormatError, Header, LoadProblem, read_person_lists
from app.services.brp.gba_mapping import person_from_list
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import Person
from app.services.brp.source import PersonSourceError
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

__all__ = ["GbaCsvError", "GbaCsvPersonSource", "LoadProblem"]


class GbaCsvError(PersonSourceError):
    """The configured test set file is missing, unreadable or not a GBA-V test set."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The offline BRP file cannot be used ({reason}). Check brp.csv_path in the configuration.",
    )


class GbaCsvPersonSource:
    """A ``PersonSource`` over the GBA-V test set.

    ``include_deceased`` decides whether the two searches find people who have died, as the
    API's ``inclusiefOverledenPersonen`` does (default: no, like the API); ``get`` always
    finds them, as the API's raadpleeg does.
    """

    def __init__(self, path: Path | str, *, include_deceased: bool = False) -> None:
        self.path = Path(path)
        self.include_deceased = include_deceased
        started = time.perf_counter()
        persons: list[Person] = []
        labels: dict[str, Person] = {}
        lines: dict[str, int] = {}
        # Where each person was read, by identity: a label may (wrongly) occur twice.
        self._places: dict[int, tuple[str, int]] = {}
        problems: list[LoadProblem] = []
        for label, line, person, found in self._read():
            persons.append(person)
            self._places[id(person)] = (label, line)
            if label in labels:
                why = f"label also on line {lines[label]}; person_at gives that one"
                problems.append(LoadProblem(label, line, "-", why))
            else:
                labels[label] = person
                lines[label] = line
            problems.extend(found)
        self._persons = tuple(persons)
        self._labels = labels
        self._index = InMemoryPersonSource(persons, include_deceased=include_deceased)
        problems.extend(self._shared_bsns())
        self.load_report: tuple[LoadProblem, ...] = tuple(problems)
        self.load_seconds = time.perf_counter() - started
        log.info(
            "GBA-V test set loaded: %d persons, %d load problems, %.2f s",
            len(persons),
            len(problems),
            self.load_seconds,
        )
        for problem in problems:
            log.debug("GBA-V load problem: %s", problem)

    @classmethod
    def bundled(cls, *, include_deceased: bool = False) -> GbaCsvPersonSource:
        """The test set shipped in ``resources/brp``."""
        return cls(BUNDLED_GBA_CSV, include_deceased=include_deceased)

    def _read(self) -> Iterator[tuple[str, int, Person, list[LoadProblem]]]:
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.reader(fh, delimiter=";")
                header = Header.parse(next(reader, []))
                rows = ((reader.line_num, cells) for cells in reader)
                for person_list in read_person_lists(header, rows):
                    person, problems = person_from_list(person_list)
                    yield person_list.label, person_list.line, person, problems
        except OSError as exc:
            raise GbaCsvError(reason=f"{self.path}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise GbaCsvError(reason=f"{self.path}: not UTF-8 text") from exc
        except (csv.Error, GbaFormatError) as exc:
            raise GbaCsvError(reason=f"{self.path}: {exc}") from exc

    def _shared_bsns(self) -> list[LoadProblem]:
        problems = []
        for persons in self._index.shared_bsns().values():
            if persons:
                places = sorted(self._places[id(p)] for p in persons)
                for label, line in places:
                    others = ", ".join(
                        other for other, at in places if (other, at) != (label, line)
                    )
                    problems.append(
                        LoadProblem(
                            label, line, "01.01.20", f"BSN also on {others}; get refuses it"
                        )
                    )
        return problems

    # -- inspection ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._persons)

    @property
    def persons(self) -> tuple[Person, ...]:
        """Every person in file order, including those without a BSN."""
        return self._persons

    def person_at(self, label: str) -> Person:
        """The person of the persoonslijst labelled ``label`` (``Lg01_716``); KeyError if none."""
        return self._labels[label]

    # -- PersonSource -------------------------------------------------------------------

    def get(self, bsn: str) -> Person | None:
        return self._index.get(bsn)

    def search_by_name(
        self, surname: str, birth_date: date, *, given_names: str = "", prefix: str = ""
    ) -> list[Person]:
        return self._index.search_by_name(
            surname, birth_date, given_names=given_names, prefix=prefix
        )

    def search_by_address(
        self, postcode: str, house_number: int, *, house_letter: str = "", addition: str = ""
    ) -> list[Person]:
        return self._index.search_by_address(
            postcode, house_number, house_letter=house_letter, addition=addition
        )
