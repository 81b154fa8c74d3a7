"""A person source over persons held in memory, with the indexes the three queries need.

The GBA-V CSV source loads into one of these; tests build one from hand-made persons to pin
down dates (a passport that expires next month, an 18th birthday next week).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from app.services.brp.model import Person


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class InMemoryPersonSource:
    def __init__(self, persons: Iterable[Person]) -> None:
        self._by_bsn: dict[str, Person] = {}
        self._by_name: dict[tuple[str, date], list[Person]] = defaultdict(list)
        self._by_address: dict[tuple[str, int], list[Person]] = defaultdict(list)
        for person in persons:
            self.add(person)

    def add(self, person: Person) -> None:
        self._by_bsn[person.bsn] = person
        birth = person.birth_date.as_date() if person.birth_date else None
        if birth is not None:
            self._by_name[(_fold(person.name.surname), birth)].append(person)
        address = person.address
        if address and address.postcode and address.house_number is not None:
            self._by_address[(address.postcode.upper(), address.house_number)].append(person)

    def __len__(self) -> int:
        return len(self._by_bsn)

    def bsns(self) -> list[str]:
        return sorted(self._by_bsn)

    def get(self, bsn: str) -> Person | None:
        return self._by_bsn.get(bsn)

    def search_by_name(
        self, surname: str, birth_date: date, *, given_names: str = "", prefix: str = ""
    ) -> list[Person]:
        found = self._by_name.get((_fold(surname), birth_date), [])
        if given_names:
            wanted = _fold(given_names)
            found = [p for p in found if _fold(p.name.given_names).startswith(wanted)]
        if prefix:
            found = [p for p in found if _fold(p.name.prefix) == _fold(prefix)]
        return list(found)

    def search_by_address(
        self, postcode: str, house_number: int, *, house_letter: str = "", addition: str = ""
    ) -> list[Person]:
        found = self._by_address.get((postcode.replace(" ", "").upper(), house_number), [])
        if house_letter:
            found = [
                p
                for p in found
                if p.address and p.address.house_letter.upper() == house_letter.upper()
            ]
        if addition:
            found = [
                p
                for p in found
                if p.address and _fold(p.address.house_number_addition) == _fold(addition)
            ]
        return list(found)
