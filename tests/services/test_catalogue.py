"""Product catalogue on both databases: filters, fees per year, beheer with audit and roles."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.registry.models import AuditRecord, Kanaal
from app.registry.models_catalogue import Doelgroep, ProductFee, Thema
from app.services import Services
from app.services.auth import Principal
from app.services.catalogue import CatalogueService, format_euro, matrix
from app.services.errors import PermissionDeniedError, UnknownProductError, ValidationError
from app.services.seed import load_catalogue, seed_reference
from tests.conftest import FakeClock, make_user

#: The product codes the rest of the application (contacts, demo, UI) relies on.
CORE_PRODUCTS = {
    "uittreksel-brp",
    "paspoort",
    "identiteitskaart",
    "rijbewijs",
    "verhuizing",
    "parkeervergunning",
    "kwijtschelding",
    "wmo-melding",
}


@pytest.fixture
def catalogue(services: Services, clock: FakeClock) -> CatalogueService:
    return CatalogueService(services.db, clock)


@pytest.fixture
def anna(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


@pytest.fixture
def bea(services: Services) -> Principal:
    return make_user(services, "bea", "beheerder")


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def _audit(services: Services, action: str) -> list[AuditRecord]:
    with services.db.read() as session:
        return list(
            session.scalars(
                select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.id)
            )
        )


# -- reading ------------------------------------------------------------------------------


def test_lists_the_seeded_catalogue_by_name(catalogue: CatalogueService, anna: Principal) -> None:
    products = catalogue.list_products(anna)
    codes = {p.code for p in products}
    assert codes >= CORE_PRODUCTS
    assert len(products) == len(load_catalogue().products) >= 18
    assert [p.naam for p in products] == sorted(p.naam for p in products)
    verhuizing = next(p for p in products if p.code == "verhuizing")
    assert verhuizing.naam == "Verhuizing doorgeven"
    assert verhuizing.unit_code == "BO-BURGERZAKEN"
    assert verhuizing.kiosk and Kanaal.INTERNET in verhuizing.kanalen


def test_filters_on_thema_doelgroep_channel_and_name(
    catalogue: CatalogueService, anna: Principal
) -> None:
    def codes(**filters: object) -> set[str]:
        return {p.code for p in catalogue.list_products(anna, **filters)}  # type: ignore[arg-type]

    assert codes(thema=Thema.PARKEREN) == {"parkeervergunning", "gehandicaptenparkeerkaart"}
    # A product in two themes shows under both.
    assert "gehandicaptenparkeerkaart" in codes(thema=Thema.ZORG)
    ondernemer = codes(doelgroep=Doelgroep.ONDERNEMER)
    assert {"terrasvergunning", "parkeervergunning"} <= ondernemer
    assert "paspoort" not in ondernemer
    assert codes(kanaal=Kanaal.EMAIL) >= {"wmo-melding", "evenementenvergunning"}
    assert "paspoort" not in codes(kanaal=Kanaal.INTERNET)
    # Every filter must hold.
    assert codes(thema=Thema.AFVAL, kiosk=True) == {"afvalcontainer", "grofvuil"}
    assert codes(text="VERGUNNING") >= {"parkeervergunning", "terrasvergunning"}
    assert codes(text="100%_") == set()  # LIKE wildcards are plain text


def test_kiosk_availability_filter(catalogue: CatalogueService, anna: Principal) -> None:
    at_kiosk = {p.code for p in catalogue.list_products(anna, kiosk=True)}
    not_at_kiosk = {p.code for p in catalogue.list_products(anna, kiosk=False)}
    assert {"uittreksel-brp", "verhuizing", "parkeervergunning"} <= at_kiosk
    assert {"paspoort", "identiteitskaart", "rijbewijs"} <= not_at_kiosk
    assert not at_kiosk & not_at_kiosk
    assert at_kiosk | not_at_kiosk == {p.code for p in catalogue.list_products(anna)}


def test_kiosk_sees_only_what_it_offers(
    catalogue: CatalogueService, kiosk: Principal, anna: Principal
) -> None:
    offered = {p.code for p in catalogue.list_products(kiosk)}
    assert offered == {p.code for p in catalogue.list_products(anna, kiosk=True)}
    # Asking for the rest does not widen it.
    assert {p.code for p in catalogue.list_products(kiosk, kiosk=False)} == offered
    assert catalogue.get_product(kiosk, "uittreksel-brp").kiosk
    with pytest.raises(UnknownProductError):
        catalogue.get_product(kiosk, "paspoort")


def test_product_detail_has_requirements_unit_and_fees(
    catalogue: CatalogueService, anna: Principal
) -> None:
    paspoort = catalogue.get_product(anna, "paspoort", on=date(2026, 3, 1))
    assert paspoort.unit_name == "Backoffice Burgerzaken"
    assert paspoort.service_norm_days == 5
    assert any("pasfoto" in r for r in paspoort.requirements)
    assert paspoort.requested_year == paspoort.fee_year == 2026 and paspoort.fee_is_current
    standard = paspoort.fee()
    assert standard is not None and standard.amount_cents == 8700 and standard.text == "€ 87,00"
    minor = paspoort.fee("jonger dan 18")
    assert minor is not None and isinstance(minor.amount_cents, int)
    assert "oorbeeld" in paspoort.fee_note  # the seed marks its fees as example values
    with pytest.raises(UnknownProductError):
        catalogue.get_product(anna, "bestaat-niet")


@pytest.mark.parametrize(
    ("on", "year", "cents"),
    [
        (date(2025, 12, 31), 2025, 8445),
        (date(2026, 1, 1), 2026, 8700),
        # Europe/Amsterdam: 22:59 UTC on 31 December is still 2025 there ...
        (datetime(2025, 12, 31, 22, 59, tzinfo=UTC), 2025, 8445),
        # ... and 23:30 UTC is 00:30 on 1 January: the new year's fee.
        (datetime(2025, 12, 31, 23, 30, tzinfo=UTC), 2026, 8700),
    ],
)
def test_fee_of_the_year_of_the_moment_asked(
    catalogue: CatalogueService, anna: Principal, on: date, year: int, cents: int
) -> None:
    detail = catalogue.get_product(anna, "paspoort", on=on)
    fee = detail.fee()
    assert detail.fee_year == year and fee is not None and fee.amount_cents == cents


def test_default_fee_year_follows_the_clock(
    catalogue: CatalogueService, anna: Principal, clock: FakeClock
) -> None:
    clock.now = datetime(2025, 12, 31, 22, 0, tzinfo=UTC)
    assert catalogue.get_product(anna, "paspoort").requested_year == 2025
    clock.now = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    assert catalogue.get_product(anna, "paspoort").requested_year == 2026


def test_year_without_fees_shows_the_latest_earlier_year(
    catalogue: CatalogueService, anna: Principal
) -> None:
    later = catalogue.get_product(anna, "paspoort", on=date(2027, 2, 1))
    assert later.requested_year == 2027 and later.fee_year == 2026
    assert not later.fee_is_current
    earlier = catalogue.get_product(anna, "paspoort", on=date(2024, 2, 1))
    assert earlier.fees == () and earlier.fee_year is None


def test_fees_for_many_products(catalogue: CatalogueService, anna: Principal) -> None:
    fees = catalogue.fees_for(anna, ["paspoort", "verhuizing", "onbekend"], on=date(2025, 5, 1))
    assert set(fees) == {"paspoort", "verhuizing"}
    assert {f.variant for f in fees["paspoort"]} == {"", "jonger dan 18", "spoedtoeslag"}
    assert [f.amount_cents for f in fees["verhuizing"]] == [0]


def test_matrix_groups_codes_by_thema_and_doelgroep(
    catalogue: CatalogueService, anna: Principal
) -> None:
    cells = matrix(catalogue.list_products(anna))
    assert "paspoort" in cells[Thema.BURGERZAKEN][Doelgroep.INWONER]
    assert "terrasvergunning" in cells[Thema.ONDERNEMEN][Doelgroep.ONDERNEMER]
    assert Doelgroep.ONDERNEMER not in cells[Thema.ZORG]


def test_format_euro() -> None:
    assert format_euro(0) == "€ 0,00"
    assert format_euro(8445) == "€ 84,45"
    assert format_euro(123456789) == "€ 1.234.567,89"
    assert format_euro(-5) == "-€ 0,05"


# -- beheer -------------------------------------------------------------------------------


def test_beheerder_sets_next_years_fee_with_audit(
    services: Services, catalogue: CatalogueService, bea: Principal, anna: Principal
) -> None:
    detail = catalogue.set_fee(bea, "paspoort", year=2027, amount_cents=9015)
    assert detail.fee_year == 2027 and detail.fees == (detail.fees[0],)
    assert detail.fees[0].amount_cents == 9015
    # Today's fee is untouched; January 2027 gets the new one.
    assert (
        catalogue.get_product(anna, "paspoort").fee()
        == catalogue.get_product(anna, "paspoort", on=date(2026, 12, 31)).fee()
    )
    fee_2027 = catalogue.get_product(anna, "paspoort", on=date(2027, 1, 1)).fee()
    assert fee_2027 is not None and fee_2027.amount_cents == 9015

    catalogue.set_fee(bea, "paspoort", year=2027, amount_cents=9100)
    rows = _audit(services, "update_fee")
    assert [(r.subject_type, r.subject_id, r.actor_uuid) for r in rows] == [
        ("product", "paspoort", bea.actor_uuid)
    ] * 2
    assert "None -> 9015" in rows[0].detail and "9015 -> 9100" in rows[1].detail


def test_fee_variants_and_removal(
    services: Services, catalogue: CatalogueService, bea: Principal
) -> None:
    detail = catalogue.set_fee(bea, "rijbewijs", year=2026, amount_cents=0, variant="  gratis  ")
    assert detail.fee("gratis") is not None
    catalogue.remove_fee(bea, "rijbewijs", year=2026, variant="gratis")
    detail = catalogue.get_product(bea, "rijbewijs", on=date(2026, 6, 1))
    assert detail.fee("gratis") is None and detail.fee() is not None
    assert len(_audit(services, "remove_fee")) == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"year": 2026, "amount_cents": -1}, "amount_cents"),
        ({"year": 2026, "amount_cents": 84.45}, "amount_cents"),
        ({"year": 2026, "amount_cents": True}, "amount_cents"),
        ({"year": 2026, "amount_cents": 10_000_001}, "amount_cents"),
        ({"year": 1999, "amount_cents": 100}, "year"),
        ({"year": 2026, "amount_cents": 100, "variant": "x" * 61}, "variant"),
    ],
)
def test_invalid_fees_are_refused_with_the_field(
    catalogue: CatalogueService, bea: Principal, kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        catalogue.set_fee(bea, "paspoort", **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert catalogue.get_product(bea, "paspoort").fee() is not None  # nothing changed


def test_database_refuses_a_negative_fee_too(services: Services) -> None:
    """Defence in depth: a script that skips the service still cannot store a negative fee."""
    with pytest.raises(IntegrityError), services.db.write() as session:
        session.execute(
            insert(ProductFee),
            [{"product_code": "paspoort", "year": 2030, "variant": "", "amount_cents": -1}],
        )


EDITS = {
    "set_fee": lambda c, p: c.set_fee(p, "paspoort", year=2026, amount_cents=1),
    "remove_fee": lambda c, p: c.remove_fee(p, "paspoort", year=2026),
    "set_requirements": lambda c, p: c.set_requirements(p, "paspoort", ["Niets"]),
    "set_service_norm": lambda c, p: c.set_service_norm(p, "paspoort", 1),
    "set_kiosk_available": lambda c, p: c.set_kiosk_available(p, "paspoort", True),
    "set_active": lambda c, p: c.set_active(p, "paspoort", False),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_medewerker_and_kiosk_cannot_edit(
    catalogue: CatalogueService, anna: Principal, kiosk: Principal, edit: str
) -> None:
    for principal in (anna, kiosk):
        with pytest.raises(PermissionDeniedError):
            EDITS[edit](catalogue, principal)
    paspoort = catalogue.get_product(anna, "paspoort")
    assert paspoort.active and not paspoort.kiosk and paspoort.service_norm_days == 5


def test_beheerder_edits_requirements_norm_and_kiosk_availability(
    services: Services, catalogue: CatalogueService, bea: Principal, anna: Principal
) -> None:
    detail = catalogue.set_requirements(bea, "rijbewijs", ["  Oud   rijbewijs ", "", "Pasfoto"])
    assert detail.requirements == ("Oud rijbewijs", "Pasfoto")
    assert catalogue.set_service_norm(bea, "rijbewijs", 3).service_norm_days == 3
    assert catalogue.set_kiosk_available(bea, "rijbewijs", True).kiosk
    assert "rijbewijs" in {p.code for p in catalogue.list_products(anna, kiosk=True)}
    assert not catalogue.set_kiosk_available(bea, "uittreksel-brp", False).kiosk
    assert "uittreksel-brp" not in {p.code for p in catalogue.list_products(anna, kiosk=True)}
    actions = {
        r.action
        for r in _audit(services, "update_requirements")
        + _audit(services, "update_service_norm")
        + _audit(services, "update_kiosk_available")
    }
    assert actions == {"update_requirements", "update_service_norm", "update_kiosk_available"}


@pytest.mark.parametrize("days", [-1, 261, 2.5, True])
def test_invalid_service_norm(catalogue: CatalogueService, bea: Principal, days: object) -> None:
    with pytest.raises(ValidationError) as caught:
        catalogue.set_service_norm(bea, "paspoort", days)  # type: ignore[arg-type]
    assert caught.value.field == "service_norm_days"


def test_too_many_or_too_long_requirements(catalogue: CatalogueService, bea: Principal) -> None:
    for lines in (["x"] * 31, ["x" * 301]):
        with pytest.raises(ValidationError) as caught:
            catalogue.set_requirements(bea, "paspoort", lines)
        assert caught.value.field == "requirements"


def test_withdrawn_product_is_hidden_except_for_the_beheerder(
    catalogue: CatalogueService, bea: Principal, anna: Principal
) -> None:
    catalogue.set_active(bea, "attestatie-de-vita", False)
    assert "attestatie-de-vita" not in {p.code for p in catalogue.list_products(anna)}
    with pytest.raises(UnknownProductError):
        catalogue.get_product(anna, "attestatie-de-vita")
    assert not catalogue.get_product(bea, "attestatie-de-vita").active
    everything = catalogue.list_products(bea, include_inactive=True)
    assert "attestatie-de-vita" in {p.code for p in everything}
    with pytest.raises(PermissionDeniedError):
        catalogue.list_products(anna, include_inactive=True)


def test_edit_of_unknown_product(catalogue: CatalogueService, bea: Principal) -> None:
    with pytest.raises(UnknownProductError):
        catalogue.set_fee(bea, "bestaat-niet", year=2026, amount_cents=100)


def test_reseeding_keeps_the_beheerders_changes(
    services: Services, catalogue: CatalogueService, bea: Principal
) -> None:
    catalogue.set_fee(bea, "paspoort", year=2026, amount_cents=9999)
    catalogue.set_requirements(bea, "paspoort", ["Alleen dit"])
    catalogue.set_kiosk_available(bea, "verhuizing", False)
    seed_reference(services, ("KIOSK-01",))
    detail = catalogue.get_product(bea, "paspoort", on=date(2026, 5, 1))
    fee = detail.fee()
    assert fee is not None and fee.amount_cents == 9999
    assert detail.requirements == ("Alleen dit",)
    assert not catalogue.get_product(bea, "verhuizing").kiosk
