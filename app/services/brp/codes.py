"""Small BRP code tables: the few values StadsPunt shows or needs to read a source.

Two kinds of table live here, kept apart on purpose:

* Labels for the screen (gender, kind of travel document) are English templates marked with
  ``QT_TRANSLATE_NOOP`` in the ``brp`` context, like every other label the UI translates.
* Values from the national tables (landelijke tabellen 32 nationaliteiten, 33 gemeenten,
  34 landen) are the official Dutch descriptions, the same words the BRP API puts in
  ``omschrijving``. The offline GBA-V source uses them so that both sources fill ``Person``
  with the same text. Only codes we are sure of are listed: a wrong country name on a
  screen is worse than a code, so unknown codes are shown as the code itself.
"""

from __future__ import annotations

from app.services.text import QT_TRANSLATE_NOOP

#: 01.04.10 geslachtsaanduiding.
GENDER_LABELS: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("brp", "male"),
    "V": QT_TRANSLATE_NOOP("brp", "female"),
    "O": QT_TRANSLATE_NOOP("brp", "unknown"),
}

#: 12.35.10 soort Nederlands reisdocument (table 48), the kinds a counter sees.
DOCUMENT_KIND_LABELS: dict[str, str] = {
    "PN": QT_TRANSLATE_NOOP("brp", "passport"),
    "NI": QT_TRANSLATE_NOOP("brp", "identity card"),
    "ZN": QT_TRANSLATE_NOOP("brp", "business passport"),
    "PD": QT_TRANSLATE_NOOP("brp", "diplomatic passport"),
    "PZ": QT_TRANSLATE_NOOP("brp", "service passport"),
}

#: Table 32 nationaliteiten (a few). 0000 and 0499 also stand for the API's
#: ``NationaliteitOnbekend`` and ``Staatloos``, which carry no code of their own.
DUTCH = "0001"
NATIONALITY_UNKNOWN = "0000"
STATELESS = "0499"
NATIONALITIES: dict[str, str] = {
    NATIONALITY_UNKNOWN: "Onbekend",
    DUTCH: "Nederlandse",
    STATELESS: "Staatloos",
}

#: Table 34 landen (a few).
NETHERLANDS = "6030"
COUNTRY_UNKNOWN = "0000"
COUNTRIES: dict[str, str] = {
    COUNTRY_UNKNOWN: "Onbekend",
    "5001": "Canada",
    "5002": "Frankrijk",
    "5010": "België",
    "5022": "Marokko",
    NETHERLANDS: "Nederland",
    "6037": "Spanje",
    "6039": "Verenigd Koninkrijk",
    "6043": "Turkije",
    "7044": "Italië",
}

#: Table 33 gemeenten (the largest; 1999 is the RNI, for people living abroad).
MUNICIPALITIES: dict[str, str] = {
    "0344": "Utrecht",
    "0363": "Amsterdam",
    "0518": "'s-Gravenhage",
    "0599": "Rotterdam",
    "1999": "Registratie Niet Ingezetenen (RNI)",
}

#: 07.70.10 indicatie geheim: 0 none, 1-7 restricted disclosure to third parties.
SECRECY_LEVELS = range(8)
#: The BRP API only says yes or no; read a yes as the strictest level, so that nothing is
#: given to a third party that a lower level might have allowed.
SECRECY_UNSPECIFIED = 7


def country_name(code: str) -> str:
    """The description from table 34, or the code when this table does not know it."""
    return COUNTRIES.get(code, code)


def place_name(value: str) -> str:
    """A birth or marriage place: a municipality code (table 33) in the Netherlands, or the
    foreign place written out, which is returned as it is."""
    return MUNICIPALITIES.get(value, value)
