"""BRP values as the counter shows them: dates with unknown parts, relatives in one line.

BRP dates may lack a day, a month or everything (``BrpDate``); a birth date "00-00-1950" must
read as "1950", not as an error. Kept apart from the widgets so every panel writes a date and
a relative the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.services.brp.model import BrpDate, Relative
from app.ui.i18n import locale


def format_brp_date(value: BrpDate | None) -> str:
    """``01-12-1985`` (the UI language's short format), ``12-1985``, ``1985`` or 'unknown'."""
    if value is None or value.year is None:
        return QCoreApplication.translate("brp_text", "unknown")
    if value.month is None:
        return str(value.year)
    if value.day is None:
        return f"{value.month:02d}-{value.year}"
    day = QDate(value.year, value.month, value.day)
    return locale().toString(day, QLocale.FormatType.ShortFormat)


def relative_line(relative: Relative) -> str:
    """'Jan Pieter van der Berg, b. 02-01-1990'."""
    name = relative.name.full or QCoreApplication.translate("brp_text", "(name unknown)")
    if relative.birth_date is None:
        return name
    return QCoreApplication.translate("brp_text", "{name}, b. {date}").format(
        name=name, date=format_brp_date(relative.birth_date)
    )


def partner_line(partner: Relative) -> str:
    """The partner with the marriage or partnership dates; a dissolved one says until when."""
    line = relative_line(partner)
    if partner.until is not None:
        return QCoreApplication.translate("brp_text", "{person} (until {until})").format(
            person=line, until=format_brp_date(partner.until)
        )
    if partner.since is not None:
        return QCoreApplication.translate("brp_text", "{person} (since {since})").format(
            person=line, since=format_brp_date(partner.since)
        )
    return line
