"""Announcing a call: a chime, then the number and desk spoken in the visitor's language.

Someone reading a magazine in the stadshal does not watch the screen; the chime makes them look
up, and the spoken call reaches people who cannot read the screen from where they sit.

Sound is optional hardware and optional software: QtMultimedia and QtTextToSpeech come with
PySide6-Addons, not with the PySide6-Essentials the project depends on, and a display PC may have
no speech engine or no voice for Dutch. Each missing piece is logged once and skipped; the board
itself never depends on it. The ``Announcer`` takes its chime and voice as objects, so tests
(where there is no audio) record what would have been said.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl

from app.services.queue import CallInfo

from .chime import chime_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

#: What is said, per ticket language. Kept out of Qt Linguist on purpose: the words follow the
#: language the visitor chose at the kiosk, not the language the display's screen is set to.
SPEECH_TEMPLATES = {
    "nl": "Nummer {number}, naar {desk}",
    "en": "Number {number}, please go to {desk}",
}
#: Desk names are domain data ("Balie 3"); English speech says "desk 3".
_BALIE = re.compile(r"^\s*balie\s+(\S.*)$", re.IGNORECASE)
_CODE = re.compile(r"^([A-Za-z]+)0*(\d+)$")
#: Speech starts after the chime has (nearly) faded, so the two do not talk over each other.
SPEECH_DELAY_MS = 1200


def spoken_number(code: str) -> str:
    """ "A012" as a speech engine should read it: "A 12", each letter on its own.

    Without the space engines read "A012" as a word or "a zero twelve"; separate letters are
    spelled, and the number without leading zeros is read as a number.
    """
    match = _CODE.match(code.strip())
    if match is None:
        return code
    letters, number = match.groups()
    return " ".join([*letters.upper(), str(int(number))])


def spoken_desk(desk_naam: str, language: str) -> str:
    match = _BALIE.match(desk_naam)
    if match is None:
        return desk_naam
    word = "desk" if language == "en" else "balie"
    return f"{word} {match.group(1)}"


def speech_text(call: CallInfo) -> str:
    """The sentence for a call, in the ticket's language (Dutch when it is unknown)."""
    language = call.language if call.language in SPEECH_TEMPLATES else "nl"
    return SPEECH_TEMPLATES[language].format(
        number=spoken_number(call.ticket_code), desk=spoken_desk(call.desk_naam, language)
    )


class Chime(Protocol):
    def play(self) -> None: ...


class Voice(Protocol):
    def say(self, text: str, language: str) -> None:
        """Speak ``text`` after whatever is being spoken now (never cut a call off)."""
        ...


class Announcer:
    """Chime plus speech for each new call; ``chime`` and ``voice`` may each be absent.

    ``schedule`` runs the speech later (after the chime); tests pass one that runs at once.
    By default a Qt timer does, tied to ``context`` so a closed window is not spoken for.
    """

    def __init__(
        self,
        chime: Chime | None = None,
        voice: Voice | None = None,
        *,
        schedule: Callable[[int, Callable[[], None]], None] | None = None,
        context: QObject | None = None,
    ) -> None:
        self.chime = chime
        self.voice = voice
        self._context = context
        self._schedule = schedule or self._single_shot

    def announce(self, calls: list[CallInfo]) -> None:
        """Announce calls in the order given (oldest first); one chime for a burst of calls."""
        if not calls:
            return
        if self.chime is not None:
            self.chime.play()
        voice = self.voice
        if voice is None:
            return
        sentences = [(speech_text(call), call.language) for call in calls]
        delay = SPEECH_DELAY_MS if self.chime is not None else 0

        def speak() -> None:
            for text, language in sentences:
                voice.say(text, language)

        self._schedule(delay, speak)

    def _single_shot(self, delay_ms: int, fn: Callable[[], None]) -> None:
        if self._context is None:
            QTimer.singleShot(delay_ms, fn)
        else:
            QTimer.singleShot(delay_ms, self._context, fn)


class QtChime:
    """The chime through QSoundEffect (low latency, for short uncompressed sounds)."""

    def __init__(self, effect: QSoundEffect) -> None:
        self._effect = effect

    @classmethod
    def create(cls, parent: QObject) -> QtChime | None:
        path = chime_path()
        if path is None:
            return None
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            log.info("no QtMultimedia (install PySide6-Addons for sound): the display is silent")
            return None
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(1.0)
        return cls(effect)

    def play(self) -> None:
        self._effect.play()


class QtVoice:
    """Speech through QTextToSpeech, switching its locale to the ticket's language.

    A language without a voice on this machine is not spoken at all: Dutch words read by an
    English voice are harder to understand than the chime and the screen alone.
    """

    LOCALES: ClassVar[dict[str, QLocale]] = {
        "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
        "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    }

    def __init__(self, engine: QTextToSpeech) -> None:
        self._engine = engine
        self._missing_logged: set[str] = set()

    @classmethod
    def create(cls, parent: QObject) -> QtVoice | None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            log.info("no QtTextToSpeech (install PySide6-Addons): calls are not spoken")
            return None
        engines = QTextToSpeech.availableEngines()
        if not engines:
            log.info("no text-to-speech engine on this machine: calls are not spoken")
            return None
        log.info("speaking calls with the %r text-to-speech engine", engines[0])
        return cls(QTextToSpeech(engines[0], parent))

    def _locale_for(self, language: str) -> QLocale | None:
        wanted = self.LOCALES.get(language, self.LOCALES["nl"])
        available = self._engine.availableLocales()
        for locale in available:
            if locale == wanted:
                return locale
        for locale in available:
            if locale.language() == wanted.language():
                return locale
        return None

    def say(self, text: str, language: str) -> None:
        locale = self._locale_for(language)
        if locale is None:
            if language not in self._missing_logged:
                self._missing_logged.add(language)
                log.warning("no %s voice for text-to-speech: those calls are not spoken", language)
            return
        engine = self._engine
        if engine.locale() != locale:
            engine.setLocale(locale)
        engine.enqueue(text)


def create_announcer(parent: QObject) -> Announcer:
    """The chime and voice this machine has; without either, an announcer that stays silent."""
    return Announcer(QtChime.create(parent), QtVoice.create(parent), context=parent)
