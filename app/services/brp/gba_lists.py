"""Cutting the RvIG GBA-V test set (CSV) into persoonslijsten and category occurrences.

The layout, worked out from the file itself (there is no description beside it):

* The header names one column per LO GBA element (``05.02.40``: category 05, group 02,
  element 40) for categories 01-13, plus one ``XX.H`` column per category. The first column
  has no name: it holds the persoonslijst's label (``Lg01_716``) on the first row of each
  person and is empty on the rows that follow, until the next label.
* The rows of one person are not "one row per category". Each category is a stack of its
  own, read downwards through the person's rows: the first row with cells of category 05
  is the current category 05; the ``05.H`` cell of a row tells what the next row of the
  stack is: ``55`` its history (the older version of the same partnership) or ``05``
  another current occurrence (a second partner). Several categories share a row.
* A row whose cells of a category are all empty is skipped in that category's stack.

Rows the layout cannot explain (cells not linked from the row above, a link to a category
that is neither current nor history) are not guessed at: they are reported as a
``LoadProblem`` and left out, so that history can never pass for current data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

LINK = "H"
LABEL_COLUMN = 0


class GbaFormatError(ValueError):
    """The file is not laid out like the GBA-V test set; nothing sensible can be read."""


@dataclass(frozen=True)
class LoadProblem:
    """A cell or row that could not be used as it stands; the person is loaded without it.

    The text names the place (label, line, column), never the value: the value can be a
    name or a birth date, and these problems are logged.
    """

    label: str  # the persoonslijst's label, e.g. "Lg01_716"
    line: int  # line in the file; the header is line 1
    column: str  # LO GBA element ("01.03.10") or category ("05")
    problem: str

    def __str__(self) -> str:
        return f"{self.label} line {self.line} {self.column}: {self.problem}"


@dataclass(frozen=True)
class Occurrence:
    """The cells of one category in one row: a category occurrence (categorievoorkomen)."""

    kind: str  # LO GBA category: "05" (current) or "55" (its history)
    line: int
    values: Mapping[str, str]  # element without the category ("02.40") -> non-empty value

    def get(self, element: str) -> str:
        return self.values.get(element, "")


@dataclass
class PersonList:
    """One persoonslijst: per category its occurrences, newest first, history after its
    current occurrence (as the stack lists them)."""

    label: str
    line: int
    stacks: dict[str, list[Occurrence]] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)

    def current(self, category: str) -> list[Occurrence]:
        return [occ for occ in self.stacks.get(category, ()) if occ.kind == category]

    def with_history(self, category: str) -> list[tuple[Occurrence, list[Occurrence]]]:
        """Each current occurrence with the history rows that follow it."""
        groups: list[tuple[Occurrence, list[Occurrence]]] = []
        for occ in self.stacks.get(category, ()):
            if occ.kind == category:
                groups.append((occ, []))
            elif groups:
                groups[-1][1].append(occ)
        return groups


@dataclass(frozen=True)
class Header:
    #: column index -> (category, element), for the data columns
    elements: dict[int, tuple[str, str]]
    #: category -> index of its ``XX.H`` column
    links: dict[str, int]
    #: column index of a repeated element name -> index of its first column
    duplicates: dict[int, int]

    @classmethod
    def parse(cls, names: list[str]) -> Header:
        if not names or names[LABEL_COLUMN].strip():
            raise GbaFormatError("the first column must be the unnamed label column")
        elements: dict[int, tuple[str, str]] = {}
        links: dict[str, int] = {}
        duplicates: dict[int, int] = {}
        seen: dict[str, int] = {}
        for index, raw in enumerate(names[1:], start=1):
            name = raw.strip()
            if not name:
                continue  # the file ends every line with ';'
            category, _, element = name.partition(".")
            # isascii: str.isdigit() also takes '²' and '١', which int() refuses.
            if len(category) != 2 or not (category.isascii() and category.isdigit()) or not element:
                raise GbaFormatError(f"column {index + 1} is not an LO GBA element")
            if element == LINK:
                links[category] = index
            elif name in seen:
                duplicates[index] = seen[name]
            else:
                seen[name] = index
                elements[index] = (category, element)
        if "01.01.20" not in seen:
            raise GbaFormatError("there is no column 01.01.20 (burgerservicenummer)")
        return cls(elements, links, duplicates)


@dataclass
class _StackRow:
    line: int
    values: dict[str, str]
    link: str


class _ListBuilder:
    """Collects the rows of one persoonslijst, per category, then stacks them."""

    def __init__(self, header: Header, label: str, line: int) -> None:
        self.header = header
        self.label = label
        self.line = line
        self.pending: dict[str, list[_StackRow]] = {}
        self.problems: list[LoadProblem] = []

    def add(self, line: int, cells: list[str]) -> None:
        header = self.header
        by_category: dict[str, dict[str, str]] = {}
        for index, cell in enumerate(cells):
            if index == LABEL_COLUMN or not cell:
                continue
            value = cell.strip()
            if not value:
                continue
            spot = header.elements.get(index)
            if spot is not None:
                by_category.setdefault(spot[0], {})[spot[1]] = value
            elif index in header.duplicates:
                first = header.duplicates[index]
                if cells[first].strip() != value:
                    category, element = header.elements[first]
                    self.problem(line, f"{category}.{element}", "repeated column; ignored")
        for category, values in by_category.items():
            link_index = header.links.get(category)
            link = ""
            if link_index is not None and link_index < len(cells):
                link = cells[link_index].strip()
            self.pending.setdefault(category, []).append(_StackRow(line, values, link))

    def problem(self, line: int, column: str, text: str) -> None:
        self.problems.append(LoadProblem(self.label, line, column, text))

    def finish(self) -> PersonList:
        person_list = PersonList(self.label, self.line, problems=self.problems)
        for category, stack_rows in self.pending.items():
            person_list.stacks[category] = self._stack(category, stack_rows)
        return person_list

    def _stack(self, category: str, stack_rows: list[_StackRow]) -> list[Occurrence]:
        history = f"{int(category) + 50:02d}"
        occurrences: list[Occurrence] = []
        link: str | None = None  # None: no occurrence yet, so the next one is the current one
        for row in stack_rows:
            kind = category if link is None else link
            link = row.link
            if kind in (category, history):
                occurrences.append(Occurrence(kind, row.line, row.values))
            elif not kind:
                why = f"not linked from the row above ({category}.H is empty); not used"
                self.problem(row.line, category, why)
            else:
                why = f"linked from the row above as neither {category} nor {history}; not used"
                self.problem(row.line, category, why)
        return occurrences


def read_person_lists(
    header: Header, rows: Iterable[tuple[int, list[str]]]
) -> Iterator[PersonList]:
    """The persoonslijsten in ``rows`` (line number, cells), in file order."""
    width = max([*header.elements, *header.links.values(), 0]) + 1
    builder: _ListBuilder | None = None
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        label = cells[LABEL_COLUMN].strip()
        if label:
            if builder is not None:
                yield builder.finish()
            builder = _ListBuilder(header, label, line)
        elif builder is None:
            raise GbaFormatError(f"line {line} has data but no persoonslijst label above it")
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            builder.problem(line, "-", "more cells than columns; ignored")
        builder.add(line, cells)
    if builder is not None:
        yield builder.finish()
