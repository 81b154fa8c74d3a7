"""Translations: the installed language, error texts, dates in the municipality's format.

Source strings in the code are English; Dutch is the default UI language. Translations come
from Qt Linguist files (``resources/translations/stadspunt_<lang>.ts``) compiled to ``.qm`` by
``scripts/build-translations``. A missing ``.qm`` is not fatal: the window shows the English
source and the log says why, because a counter that cannot open is worse than one in English.

The language is process-wide, like Qt's own translator list; the kiosk switches it live and
every widget that shows text retranslates itself on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

from app.devices.errors import DeviceError
from app.registry.db import DatabaseUnavailableError
from app.services.errors import DomainError, ServiceUnavailableError
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
CATALOGUE = "stadspunt"

_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

GENERIC_ERROR = QT_TRANSLATE_NOOP(
    "errors",
    "Something went wrong. Nothing was saved; your input is kept. Try again, and tell the "
    "application administrator if it happens again.",
)


def translations_dir() -> Path:
    """Where the ``.qm`` files are: ``resources/translations`` in a checkout."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


class _State:
    language: str = SOURCE_LANGUAGE
    translator: QTranslator | None = None


_state = _State()


def set_language(language: str, directory: Path | None = None) -> bool:
    """Install the translator for ``language`` ("nl", "en") and make it the formatting locale.

    Returns False when the catalogue could not be loaded; the UI then shows English source
    text. Installing sends ``LanguageChange`` to every widget.
    """
    if QCoreApplication.instance() is None:
        raise RuntimeError("create the QApplication before installing a translator")
    # Removing sends LanguageChange too, so a switch back to English redraws the widgets.
    reset_language()
    folder = directory or translations_dir()
    translator = QTranslator()
    if not translator.load(f"{CATALOGUE}_{language}", str(folder)):
        log.warning(
            "no translations for %r in %s (run scripts/build-translations); showing English",
            language,
            folder,
        )
        return False
    QCoreApplication.installTranslator(translator)
    _state.translator = translator
    _state.language = language if language in _LOCALES else SOURCE_LANGUAGE
    return True


def reset_language() -> None:
    """Back to the English source texts, with no translator installed."""
    if _state.translator is not None:
        QCoreApplication.removeTranslator(_state.translator)
        _state.translator = None
    _state.language = SOURCE_LANGUAGE


def language() -> str:
    """The language the UI currently shows ("nl" or "en")."""
    return _state.language


def iso639_2(lang: str | None = None) -> str:
    """The contact registry's language code (Klantinteracties ``taal``) for a UI language."""
    return {"nl": "nld", "en": "eng"}.get(lang or _state.language, "nld")


def locale() -> QLocale:
    return _LOCALES.get(_state.language, _LOCALES[SOURCE_LANGUAGE])


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: BaseException) -> str:
    """The sentence to show a person for a failed operation.

    Domain errors carry an English template and parameters; the template is translated and
    then filled in. Anything unexpected is logged with its traceback and shown as a generic
    message, since its own text is English developer speak and may contain data.
    """
    if isinstance(error, DatabaseUnavailableError):
        return translate("errors", ServiceUnavailableError.message)
    if isinstance(error, DomainError | DeviceError):
        template = translate("errors", error.message)
        try:
            return template.format(**error.params)
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its parameters", error.message)
            return error.text()
    log.error("unexpected error in an operation", exc_info=error)
    return translate("errors", GENERIC_ERROR)


def format_date(value: date) -> str:
    """A deadline as residents and staff read it: 'woensdag 2 december 2026'."""
    day = QDate(value.year, value.month, value.day)
    return locale().toString(day, QLocale.FormatType.LongFormat)


def format_datetime(value: datetime) -> str:
    """A moment in Europe/Amsterdam time, short: '02-12-2026 10:30'."""
    local = value.astimezone(AMSTERDAM)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale().toString(moment, QLocale.FormatType.ShortFormat)


def format_short_date(value: date) -> str:
    """A date in a table cell: 'wo 2 dec 2026'; the weekday matters for deadlines."""
    return locale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")
