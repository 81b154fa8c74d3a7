"""The translation catalogues: complete, in step with the code, and safe to format.

New user-facing text in the code must reach the .ts files (``scripts/build-translations
--update``) and be translated to Dutch before the tests pass again.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.conftest import TRANSLATIONS

ROOT = TRANSLATIONS.parents[1]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")

Message = tuple[str, str]  # (context, source)


def _messages(ts: Path) -> dict[Message, list[str]]:
    """(context, source) -> translations (several for plural forms); None when unfinished."""
    result: dict[Message, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            result[(name, source)] = texts
    return result


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"stadspunt_{language}.ts")
    assert messages
    untranslated = [
        f"{context}: {source!r}"
        for (context, source), texts in messages.items()
        if not texts or not all(t.strip() for t in texts)
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    wrong = []
    for (context, source), texts in _messages(TRANSLATIONS / f"stadspunt_{language}.ts").items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                wrong.append(f"{context}: {text!r} (placeholders {wanted})")
            if source.count("&") != text.count("&"):
                wrong.append(f"{context}: {text!r} (mnemonic '&' differs from {source!r})")
    assert wrong == []


def test_dutch_mnemonics_do_not_collide_per_window() -> None:
    """Alt+letter must reach one field; the counter's panels share a window."""
    messages = _messages(TRANSLATIONS / "stadspunt_nl.ts")
    windows = {
        "counter": ("PersonPanel", "ContactForm"),
        "login": ("LoginDialog",),
    }
    for contexts in windows.values():
        letters: dict[str, str] = {}
        for (context, _source), texts in messages.items():
            if context not in contexts:
                continue
            for text in texts:
                match = re.search(r"&(\w)", text)
                if match:
                    letter = match.group(1).lower()
                    assert letter not in letters, (text, letters.get(letter))
                    letters[letter] = text


def test_no_source_string_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if "migrations" not in p.parts
    )
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
    )
    in_code = set(_messages(fresh))
    assert in_code, "lupdate found no strings; is the source list right?"
    committed = set(_messages(TRANSLATIONS / "stadspunt_nl.ts"))
    missing = sorted(f"{context}: {source!r}" for context, source in in_code - committed)
    assert missing == [], "run scripts/build-translations --update and translate them"
