"""Persons as the BRP API Personen gives them (Persoon objects), for the fake server.

Written by hand after the contract and after persons of the GBA-V test set; the fake server
validates them against the contract on every answer, so a typo here fails the test.
"""

from __future__ import annotations

from typing import Any

SUZANNE = "999993653"
MATTHEUS = "999990639"
LUKAS = "999991723"
JAEL = "999992740"
UNKNOWN_BSN = "999998869"


def datum(iso: str, long: str) -> dict[str, Any]:
    return {"type": "Datum", "datum": iso, "langFormaat": long}


def table(code: str, description: str) -> dict[str, str]:
    return {"code": code, "omschrijving": description}


def suzanne() -> dict[str, Any]:
    """Address in the Netherlands, partner, parents (one birth date unknown), child, two
    nationalities, secrecy, the lot."""
    return {
        "aNummer": "8940402024",
        "burgerservicenummer": SUZANNE,
        "geheimhoudingPersoonsgegevens": True,
        "geslacht": table("V", "vrouw"),
        "naam": {
            "voornamen": "Suzanne",
            "geslachtsnaam": "Moulin",
            "voorletters": "S.",
            "volledigeNaam": "Suzanne Moulin",
            "aanduidingNaamgebruik": table("E", "eigen geslachtsnaam"),
        },
        "geboorte": {
            "datum": datum("1985-12-01", "1 december 1985"),
            "plaats": {"omschrijving": "Thann"},
            "land": table("5002", "Frankrijk"),
        },
        "nationaliteiten": [
            {
                "type": "Nationaliteit",
                "nationaliteit": table("0057", "Franse"),
                "redenOpname": table("301", "Vaststelling bezit vreemde nationaliteit"),
            },
            {"type": "BehandeldAlsNederlander"},
        ],
        "verblijfplaats": {
            "type": "Adres",
            "datumVan": datum("2015-08-08", "8 augustus 2015"),
            "functieAdres": table("W", "woonadres"),
            "verblijfadres": {
                "officieleStraatnaam": "Boterdiep",
                "korteStraatnaam": "Boterdiep",
                "huisnummer": 31,
                "postcode": "3077AW",
                "woonplaats": "Rotterdam",
            },
            "adresseerbaarObjectIdentificatie": "0599010000208579",
            "nummeraanduidingIdentificatie": "0599200000219678",
        },
        "gemeenteVanInschrijving": table("0599", "Rotterdam"),
        "adressering": {
            "adresregel1": "Boterdiep 31",
            "adresregel2": "3077 AW  ROTTERDAM",
            "land": table("6030", "Nederland"),
        },
        "partners": [
            {
                "burgerservicenummer": "999994773",
                "geslacht": table("M", "man"),
                "soortVerbintenis": table("H", "huwelijk"),
                "naam": {"voornamen": "Jean Marie", "geslachtsnaam": "Beaudelaire"},
                "geboorte": {
                    "datum": {
                        "type": "JaarMaandDatum",
                        "jaar": 1976,
                        "maand": 8,
                        "langFormaat": "augustus 1976",
                    },
                },
                "aangaanHuwelijkPartnerschap": {
                    "datum": datum("2008-12-01", "1 december 2008"),
                    "plaats": {"omschrijving": "Thann"},
                    "land": table("5002", "Frankrijk"),
                },
            }
        ],
        "ouders": [
            {
                "ouderAanduiding": "1",
                "naam": {"voornamen": "Lisette", "geslachtsnaam": "Béamont"},
                "geboorte": {
                    "datum": {"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}
                },
            },
            {
                "ouderAanduiding": "2",
                "naam": {"voornamen": "Guîllaumé", "geslachtsnaam": "Moulin"},
                "geboorte": {"datum": {"type": "JaarDatum", "jaar": 1955, "langFormaat": "1955"}},
            },
        ],
        "kinderen": [
            {
                "burgerservicenummer": "999995832",
                "naam": {
                    "voornamen": "Alexander",
                    "voorvoegsel": "de",
                    "geslachtsnaam": "Beaudelaire",
                },
                "geboorte": {"datum": datum("2009-05-29", "29 mei 2009")},
            }
        ],
    }


def mattheus() -> dict[str, Any]:
    """Deceased, suspended (opgeschort, O), last address abroad."""
    return {
        "burgerservicenummer": MATTHEUS,
        "geslacht": table("M", "man"),
        "naam": {"voornamen": "Mattheus", "voorvoegsel": "du", "geslachtsnaam": "Burck"},
        "geboorte": {"datum": datum("1922-09-25", "25 september 1922")},
        "overlijden": {
            "datum": {
                "type": "JaarMaandDatum",
                "jaar": 2020,
                "maand": 3,
                "langFormaat": "maart 2020",
            }
        },
        "opschortingBijhouding": {
            "reden": table("O", "overlijden"),
            "datum": datum("2020-03-31", "31 maart 2020"),
        },
        "verblijfplaats": {
            "type": "VerblijfplaatsBuitenland",
            "datumVan": datum("2014-07-02", "2 juli 2014"),
            "verblijfadres": {
                "regel1": "Rue du pomme 25",
                "regel2": "Bruxelles",
                "regel3": "postcode 1000",
                "land": table("5010", "België"),
            },
        },
        "gemeenteVanInschrijving": table("1999", "Registratie Niet Ingezetenen (RNI)"),
        "adressering": {
            "adresregel1": "Rue du pomme 25",
            "adresregel2": "Bruxelles",
            "adresregel3": "postcode 1000",
            "land": table("5010", "België"),
        },
    }


def lukas() -> dict[str, Any]:
    return {
        "burgerservicenummer": LUKAS,
        "geslacht": table("M", "man"),
        "naam": {"voornamen": "Lukas", "geslachtsnaam": "Klamer"},
        "geboorte": {"datum": datum("1995-05-15", "15 mei 1995")},
        "verblijfplaats": {
            "type": "Adres",
            "verblijfadres": {
                "korteStraatnaam": "Van Wijngaerdenstraat",
                "huisnummer": 1,
                "postcode": "2596TW",
                "woonplaats": "'s-Gravenhage",
            },
        },
        "gemeenteVanInschrijving": table("0518", "'s-Gravenhage"),
        "adressering": {
            "adresregel1": "Van Wijngaerdenstraat 1",
            "adresregel2": "2596 TW  'S-GRAVENHAGE",
            "land": table("6030", "Nederland"),
        },
    }


def jael() -> dict[str, Any]:
    """Same house number as Lukas, with a house letter."""
    return {
        "burgerservicenummer": JAEL,
        "geslacht": table("V", "vrouw"),
        "naam": {"voornamen": "Jael", "voorvoegsel": "de", "geslachtsnaam": "Jager"},
        "geboorte": {"datum": datum("2000-01-01", "1 januari 2000")},
        "verblijfplaats": {
            "type": "Adres",
            "functieAdres": table("B", "briefadres"),
            "verblijfadres": {
                "korteStraatnaam": "Van Wijngaerdenstraat",
                "huisnummer": 1,
                "huisletter": "A",
                "postcode": "2596TW",
                "woonplaats": "'s-Gravenhage",
            },
        },
        "gemeenteVanInschrijving": table("0518", "'s-Gravenhage"),
        "adressering": {
            "adresregel1": "Van Wijngaerdenstraat 1 A",
            "adresregel2": "2596 TW  'S-GRAVENHAGE",
            "land": table("6030", "Nederland"),
        },
    }


def everyone() -> list[dict[str, Any]]:
    return [suzanne(), mattheus(), lukas(), jael()]
