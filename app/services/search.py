"""Dutch text analysis and query parsing for kennisbank search, the same for both databases.

Why our own analysis: SQLite's FTS5 has only an English stemmer ('porter'), so "paspoorten" would
not find "paspoort" nor "verhuizen" find "verhuizing". On SQLite the kennisbank therefore stems
with the Snowball Dutch stemmer (``snowballstemmer``, pure Python) and FTS5 indexes the stems;
PostgreSQL does the same server-side with its ``dutch`` text-search configuration. Both drop the
same Dutch stop words (the Snowball list PostgreSQL ships as ``dutch.stop``).

Why our own query parser: user input goes to two different query languages, and FTS5's raises
on a stray quote or ``AND``. ``parse_query`` reads any string (it never raises) with the rules of
PostgreSQL's ``websearch_to_tsquery``: words must all occur, ``"quoted words"`` form a phrase,
``or`` between words means either, ``-word`` excludes. The parsed query is then written out for
FTS5 (stems, every term quoted) or back as a clean websearch string for PostgreSQL, so one query
means the same on both. Typos are not corrected and ``*`` is not a prefix operator (PostgreSQL's
websearch syntax has none): it is punctuation.

Snippets are cut and highlighted here too, from the stems, so they look the same whichever
database found the article.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import snowballstemmer  # type: ignore[import-untyped, unused-ignore]

#: The Snowball Dutch stop list, as in PostgreSQL's ``tsearch_data/dutch.stop`` (BSD licence),
#: kept as text in that file's order so the two can be compared.
_STOPWORD_TEXT = """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
    hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
    naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

#: Snowball's current Dutch algorithm (Snowball 3). PostgreSQL 15 ships the older one, which
#: ``dutch_porter`` reproduces exactly; the current one is kept because it also joins forms the
#: old one splits ("rijbewijzen"/"rijbewijs", "aangevraagd"/"aanvragen"), so on such words
#: SQLite finds a little more than PostgreSQL. Switch to ``dutch_porter`` for identical stems.
STEMMER = "dutch"

#: Longer input is cut: a search box is not a document, and FTS5 cost grows with the terms.
MAX_QUERY_CHARS = 200
MAX_TERMS = 12
#: Snippets are cut from the start of long texts only: a reader wants the passage near the top.
MAX_SNIPPET_SOURCE = 10_000

_WORD = re.compile(r"[^\W_]+")
# A quoted phrase (the closing quote may be missing) or a run of anything but space and quotes;
# either may start with '-' (exclude).
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
_SPACE = re.compile(r"\s+")
_local = threading.local()


def normalise(text: str) -> str:
    """Case, width and accents folded: "Café", "CAFE" and "café" are the same word."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def _stemmer() -> Any:
    # Snowball stemmer objects keep state between calls: one per thread (services run on
    # worker threads).
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(STEMMER)
        _local.stemmer = stemmer
    return stemmer


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball Dutch stem of one normalised word."""
    return str(_stemmer().stemWord(word))


def analyse(text: str) -> list[str]:
    """The stems of a text without stop words, in order: what FTS5 indexes on SQLite."""
    return [stem(word) for word in words(text) if word not in STOPWORDS]


def index_text(*parts: str) -> str:
    return " ".join(stem_ for part in parts for stem_ in analyse(part))


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of several words that must stand next to each other."""

    words: tuple[str, ...]

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(w) for w in self.words if w not in STOPWORDS)

    def websearch(self) -> str:
        # Quoted unless a plain word: a phrase, or the word "or" (an operator when bare).
        if len(self.words) == 1 and self.words[0] != "or":
            return self.words[0]
        return '"' + " ".join(self.words) + '"'

    def fts5(self) -> str:
        return '"' + " ".join(self.stems).replace('"', '""') + '"'


@dataclass(frozen=True)
class Query:
    """A parsed search: every clause must match; a clause matches if any of its terms does."""

    clauses: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing to look for (empty input, punctuation, only stop words or only exclusions)."""
        return not self.clauses

    @property
    def stems(self) -> frozenset[str]:
        """The stems of the wanted terms, for highlighting."""
        return frozenset(s for clause in self.clauses for term in clause for s in term.stems)

    @property
    def term_count(self) -> int:
        return sum(len(clause) for clause in self.clauses)

    def loosened(self) -> Query:
        """Any of the wanted terms instead of all: the fallback when all of them find nothing."""
        return Query((tuple(t for clause in self.clauses for t in clause),), self.excluded)

    def fts5(self) -> str:
        """An FTS5 MATCH expression: stems only, every term quoted, so input cannot inject
        FTS5 syntax."""
        wanted = " AND ".join(
            "(" + " OR ".join(term.fts5() for term in clause) + ")" for clause in self.clauses
        )
        if not self.excluded:
            return wanted
        unwanted = " OR ".join(term.fts5() for term in self.excluded)
        return f"({wanted}) NOT ({unwanted})"

    def websearch(self) -> str:
        """The same query as clean input for PostgreSQL's ``websearch_to_tsquery``."""
        wanted = " ".join(" or ".join(t.websearch() for t in clause) for clause in self.clauses)
        unwanted = " ".join("-" + t.websearch() for t in self.excluded)
        return f"{wanted} {unwanted}".strip()


def parse_query(text: str) -> Query:
    """Read a search box; never raises. See the module docstring for the rules."""
    text = "".join(ch for ch in text[:MAX_QUERY_CHARS] if ch.isprintable() or ch.isspace())
    clauses: list[tuple[Term, ...]] = []
    excluded: list[Term] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        phrase_minus, phrase, word_minus, run = match.groups()
        if run is not None and not word_minus and run.casefold() == "or":
            join_next = bool(clauses)
            continue
        found = words(phrase if phrase is not None else run)
        term = Term(tuple(found))
        if not term.stems:  # punctuation, or only stop words: PostgreSQL drops these too
            continue
        if phrase_minus or word_minus:
            excluded.append(term)
        elif join_next and clauses:
            clauses[-1] = (*clauses[-1], term)
        else:
            clauses.append((term,))
        join_next = False
        if len(clauses) + len(excluded) >= MAX_TERMS:
            break
    return Query(tuple(clauses), tuple(excluded))


@dataclass(frozen=True)
class Fragment:
    """A piece of a snippet; ``match`` pieces are the words the search found."""

    text: str
    match: bool = False


def snippet(text: str, stems: Iterable[str], *, width: int = 28) -> tuple[Fragment, ...]:
    """The passage of ``text`` (``width`` words) with the most distinct matching words.

    Built from the stems rather than by the database (FTS5 ``snippet()``, ``ts_headline``) so
    both backends show the same passage, and FTS5 could only mark the stemmed column anyway.
    """
    wanted = frozenset(stems)
    text = text[:MAX_SNIPPET_SOURCE]
    found = _WORD.findall(text)
    if not found:
        return (Fragment(text.strip()),) if text.strip() else ()
    hits = [_stem_of(word) in wanted for word in found]
    first = _best_window(hits, width)
    window = [
        (m.start(), m.end(), hit)
        for m, hit in zip(
            itertools.islice(_WORD.finditer(text), first, first + width),
            hits[first : first + width],
            strict=True,
        )
    ]
    fragments: list[Fragment] = []
    if first > 0:
        fragments.append(Fragment("… "))
    at_end = first + width >= len(found)
    cursor = 0 if first == 0 else window[0][0]
    for start, end, hit in window:
        if hit:
            if start > cursor:
                fragments.append(Fragment(text[cursor:start]))
            fragments.append(Fragment(text[start:end], match=True))
            cursor = end
    end_of_window = len(text) if at_end else window[-1][1]
    if end_of_window > cursor:
        fragments.append(Fragment(text[cursor:end_of_window]))
    if not at_end:
        fragments.append(Fragment(" …"))
    return _strip_ends(_collapse_space(fragments))


@functools.lru_cache(maxsize=50_000)
def _stem_of(word: str) -> str | None:
    """The stem of a word as it stands in a text (None for a stop word), cached: snippets
    look at every word of every hit."""
    normal = normalise(word)
    return None if normal in STOPWORDS else stem(normal)


def _best_window(hits: list[bool], width: int) -> int:
    """Start of the (earliest) window with the most matching words, moved to begin a few words
    before its first match so the reader sees what leads up to it."""
    if len(hits) <= width:
        return 0
    prefix = list(itertools.accumulate(hits, initial=0))
    counts = [prefix[i + width] - prefix[i] for i in range(len(hits) - width + 1)]
    best = counts.index(max(counts))
    first_hit = next((j for j in range(best, best + width) if hits[j]), best)
    return max(0, min(first_hit - 4, len(hits) - width))


def _collapse_space(fragments: list[Fragment]) -> list[Fragment]:
    return [Fragment(_SPACE.sub(" ", f.text), f.match) for f in fragments]


def _strip_ends(fragments: list[Fragment]) -> tuple[Fragment, ...]:
    if fragments:
        fragments[0] = Fragment(fragments[0].text.lstrip(), fragments[0].match)
        fragments[-1] = Fragment(fragments[-1].text.rstrip(), fragments[-1].match)
    return tuple(f for f in fragments if f.text)


def marked(fragments: Iterable[Fragment], before: str = "[", after: str = "]") -> str:
    """A snippet as one string with matches between markers (logs, CLI, tests)."""
    return "".join(f"{before}{f.text}{after}" if f.match else f.text for f in fragments)
