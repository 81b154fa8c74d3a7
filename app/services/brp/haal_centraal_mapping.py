"""From the JSON of the BRP API Personen 2.x to a ``Person``.

The mapper trusts nothing: a property of the wrong JSON type, a date that is not a date, an
unknown ``type`` in a discriminated object all raise ``BrpResponseError`` naming the place
in the answer (``personen[0].geboorte.datum``), never the value. Missing properties are
simply empty: the API leaves out what is unknown or was not asked for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from app.services.brp.codes import (
    COUNTRIES,
    COUNTRY_UNKNOWN,
    NATIONALITY_UNKNOWN,
    NETHERLANDS,
    SECRECY_UNSPECIFIED,
    STATELESS,
)
from app.services.brp.model import Address, BrpDate, Name, Person, Relative
from app.services.brp.source import PersonSourceError
from app.services.text import QT_TRANSLATE_NOOP

Json = Mapping[str, object]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Adresregel2 of a Dutch address: "3077 AW  ROTTERDAM".
_DUTCH_LINE2 = re.compile(r"([1-9][0-9]{3}) ?([A-Za-z]{2})\s+(\S.*)")
MAX_YEAR = 9999


class BrpResponseError(PersonSourceError):
    """The API answered, but not in the form its contract promises; ``params['where']`` is
    the place in the answer (a path, never a value)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The BRP answered in a form StadsPunt cannot read. Try again; if it keeps happening, "
        "tell the administrator.",
    )


def _obj(value: object, path: str) -> Json:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise BrpResponseError(where=path)
    return value


def _child(data: Json, key: str, path: str) -> Json:
    return _obj(data.get(key), f"{path}.{key}")


def _text(data: Json, key: str, path: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BrpResponseError(where=f"{path}.{key}")
    return value.strip()


def _int(data: Json, key: str, path: str, low: int, high: int) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BrpResponseError(where=f"{path}.{key}")
    return value


def _items(data: Json, key: str, path: str) -> list[tuple[Json, str]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise BrpResponseError(where=f"{path}.{key}")
    found = []
    for index, item in enumerate(value):
        where = f"{path}.{key}[{index}]"
        found.append((_obj(item, where), where))
    return found


def _code(data: Json, key: str, path: str) -> str:
    """The ``code`` of a Waardetabel property."""
    return _text(_child(data, key, path), "code", f"{path}.{key}")


def _description(data: Json, key: str, path: str) -> str:
    """The ``omschrijving`` of a Waardetabel property, or its code when there is none."""
    table = _child(data, key, path)
    return _text(table, "omschrijving", f"{path}.{key}") or _text(table, "code", f"{path}.{key}")


def date_from_api(value: object, path: str) -> BrpDate | None:
    """An AbstractDatum (Datum, DatumOnbekend, JaarDatum, JaarMaandDatum) as a ``BrpDate``."""
    data = _obj(value, path)
    if not data:
        return None
    kind = data.get("type")
    if kind == "Datum":
        text = _text(data, "datum", path)
        if not _ISO_DATE.fullmatch(text):
            raise BrpResponseError(where=f"{path}.datum")
        try:
            return BrpDate.of(date.fromisoformat(text))
        except ValueError:
            raise BrpResponseError(where=f"{path}.datum") from None
    if kind == "DatumOnbekend":
        return BrpDate(None)
    if kind in ("JaarDatum", "JaarMaandDatum"):
        year = _int(data, "jaar", path, 1, MAX_YEAR)
        month = _int(data, "maand", path, 1, 12) if kind == "JaarMaandDatum" else None
        if year is None or (kind == "JaarMaandDatum" and month is None):
            raise BrpResponseError(where=path)
        return BrpDate(year, month)
    raise BrpResponseError(where=f"{path}.type")


def _name(data: Json, path: str) -> Name:
    naam = _child(data, "naam", path)
    path = f"{path}.naam"
    return Name(
        given_names=_text(naam, "voornamen", path),
        prefix=_text(naam, "voorvoegsel", path),
        surname=_text(naam, "geslachtsnaam", path),
        title=_code(naam, "adellijkeTitelPredicaat", path),
    )


def _bsn(data: Json, path: str) -> str:
    return _text(data, "burgerservicenummer", path)


def _birth_date(data: Json, path: str) -> BrpDate | None:
    return date_from_api(_child(data, "geboorte", path).get("datum"), f"{path}.geboorte.datum")


def _relative(data: Json, path: str) -> Relative:
    return Relative(
        name=_name(data, path),
        bsn=_bsn(data, path) or None,
        birth_date=_birth_date(data, path),
    )


def _partner(data: Json, path: str) -> Relative:
    start = _child(data, "aangaanHuwelijkPartnerschap", path)
    end = _child(data, "ontbindingHuwelijkPartnerschap", path)
    return Relative(
        name=_name(data, path),
        bsn=_bsn(data, path) or None,
        birth_date=_birth_date(data, path),
        since=date_from_api(start.get("datum"), f"{path}.aangaanHuwelijkPartnerschap.datum"),
        until=date_from_api(end.get("datum"), f"{path}.ontbindingHuwelijkPartnerschap.datum"),
    )


def _nationalities(data: Json, path: str, extra: dict[str, str]) -> tuple[str, ...]:
    codes: list[str] = []
    for item, where in _items(data, "nationaliteiten", path):
        kind = item.get("type")
        if kind == "Nationaliteit":
            code = _code(item, "nationaliteit", where)
            if code:
                codes.append(code)
        elif kind == "Staatloos":
            codes.append(STATELESS)
        elif kind == "NationaliteitOnbekend":
            codes.append(NATIONALITY_UNKNOWN)
        elif kind == "BehandeldAlsNederlander":  # bijzonder Nederlanderschap (04.65.10 B)
            extra["special_dutch_status"] = "B"
        elif kind == "VastgesteldNietNederlander":  # 04.65.10 V
            extra["special_dutch_status"] = "V"
        else:
            raise BrpResponseError(where=f"{where}.type")
    return tuple(codes)


def _address(data: Json, path: str, extra: dict[str, str]) -> Address | None:
    municipality = _code(data, "gemeenteVanInschrijving", path)
    if data.get("verblijfplaats") is None:
        return _address_lines(data, path, municipality)
    place = _child(data, "verblijfplaats", path)
    path = f"{path}.verblijfplaats"
    kind = place.get("type")
    since = date_from_api(place.get("datumVan"), f"{path}.datumVan")
    function = _code(place, "functieAdres", path)
    if function:
        extra["address_function"] = function  # W woonadres, B briefadres
    found = _child(place, "verblijfadres", path)
    where = f"{path}.verblijfadres"
    if kind == "Adres":
        return Address(
            street=_text(found, "korteStraatnaam", where)
            or _text(found, "officieleStraatnaam", where),
            house_number=_int(found, "huisnummer", where, 1, 99999),
            house_letter=_text(found, "huisletter", where),
            house_number_addition=_text(found, "huisnummertoevoeging", where),
            postcode=_text(found, "postcode", where).replace(" ", "").upper(),
            city=_text(found, "woonplaats", where),
            municipality_code=municipality,
            since=since,
        )
    if kind == "Locatie":  # a houseboat or caravan site: a description, no house number
        street = _text(found, "locatiebeschrijving", where)
        return Address(street=street, municipality_code=municipality, since=since)
    if kind == "VerblijfplaatsBuitenland":
        lines = tuple(
            line for key in ("regel1", "regel2", "regel3") if (line := _text(found, key, where))
        )
        return Address(
            municipality_code=municipality,
            since=since,
            country=_description(found, "land", where),
            lines_abroad=lines,
        )
    if kind == "VerblijfplaatsOnbekend":  # the GBA's land adres buitenland 0000
        return Address(
            municipality_code=municipality, since=since, country=COUNTRIES[COUNTRY_UNKNOWN]
        )
    raise BrpResponseError(where=f"{path}.type")


def _address_lines(data: Json, path: str, municipality: str) -> Address | None:
    """A search answer has no ``verblijfplaats``, only ``adressering``: the lines as they go
    on an envelope. They are kept as lines (``Address.line1/line2`` show them); postcode and
    town are read back from a Dutch second line."""
    lines_data = _child(data, "adressering", path)
    where = f"{path}.adressering"
    lines = tuple(
        line
        for key in ("adresregel1", "adresregel2", "adresregel3")
        if (line := _text(lines_data, key, where))
    )
    if not lines:
        return None
    land = _child(lines_data, "land", where)
    abroad = _text(land, "code", f"{where}.land") not in ("", NETHERLANDS)
    postcode = city = ""
    dutch = _DUTCH_LINE2.fullmatch(lines[1]) if len(lines) > 1 and not abroad else None
    if dutch:
        postcode = f"{dutch.group(1)}{dutch.group(2).upper()}"
        city = dutch.group(3).strip()
    return Address(
        postcode=postcode,
        city=city,
        municipality_code=municipality,
        country=_description(lines_data, "land", where) if abroad else "",
        lines_abroad=lines,
    )


def _secrecy(data: Json, path: str) -> int:
    value = data.get("geheimhoudingPersoonsgegevens")
    if value is None:
        return 0
    if not isinstance(value, bool):
        raise BrpResponseError(where=f"{path}.geheimhoudingPersoonsgegevens")
    # The API says only yes or no; yes is read as the strictest level (see codes).
    return SECRECY_UNSPECIFIED if value else 0


def person_from_api(value: object, path: str = "personen[0]") -> Person:
    """A Persoon or PersoonBeperkt object as a ``Person``; ``BrpResponseError`` if unreadable.

    Travel documents stay empty: the BRP API Personen does not give them (that is the
    separate Reisdocumenten API).
    """
    data = _obj(value, path)
    extra: dict[str, str] = {}
    if a_number := _text(data, "aNummer", path):
        extra["a_number"] = a_number
    suspension = _child(data, "opschortingBijhouding", path)
    if reason := _code(suspension, "reden", f"{path}.opschortingBijhouding"):
        extra["suspension_reason"] = reason  # O overlijden, E emigratie, ...
        suspended = date_from_api(suspension.get("datum"), f"{path}.opschortingBijhouding.datum")
        if suspended is not None:
            extra["suspended_on"] = suspended.iso()
    birth = _child(data, "geboorte", path)
    death = _child(data, "overlijden", path)
    return Person(
        bsn=_bsn(data, path),
        name=_name(data, path),
        gender=_code(data, "geslacht", path),
        birth_date=_birth_date(data, path),
        birth_place=_description(birth, "plaats", f"{path}.geboorte"),
        birth_country=_description(birth, "land", f"{path}.geboorte"),
        nationalities=_nationalities(data, path, extra),
        address=_address(data, path, extra),
        partners=tuple(_partner(item, where) for item, where in _items(data, "partners", path)),
        children=tuple(_relative(item, where) for item, where in _items(data, "kinderen", path)),
        parents=tuple(_relative(item, where) for item, where in _items(data, "ouders", path)),
        travel_documents=(),
        death_date=date_from_api(death.get("datum"), f"{path}.overlijden.datum"),
        secrecy=_secrecy(data, path),
        extra=extra,
    )


def persons_from_answer(value: object) -> list[Person]:
    """The ``personen`` of a PersonenQueryResponse."""
    if not isinstance(value, Mapping):
        raise BrpResponseError(where="answer")
    answer = _obj(value, "answer")
    return [person_from_api(item, where) for item, where in _items(answer, "personen", "answer")]
