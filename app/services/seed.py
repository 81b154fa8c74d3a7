"""Reference and demo data: back-office units, the product catalogue, kiosks, the kennisbank,
staff.

``seed_reference`` is what every installation starts with (idempotent, safe to re-run): units,
kiosks and the product catalogue from ``resources/catalogue/products.toml`` (fees there are
example values). ``seed_kennisbank`` adds the example knowledge articles and question funnels
from ``resources/catalogue/kennisbank.toml``. ``seed_demo`` does both and adds demo staff with
known passwords and a few contacts; never run it on production data: the CLI only offers it
for a fresh demo database.

Re-running never overwrites: a product, fee, list or article that exists is left as the
beheerder made it; only what is missing is added (so an installation seeded before the
catalogue existed gets its fees and requirements on the next run).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.registry.models import Actor, Kanaal, Product, Role, SoortActor, StaffUser
from app.registry.models_catalogue import (
    Audience,
    Doelgroep,
    ProductChannel,
    ProductDoelgroep,
    ProductFee,
    ProductRequirement,
    ProductThema,
    Thema,
)
from app.services import Services, funnels
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.kennisbank import ArticleDraft, KennisbankService
from app.services.seed_queue import seed_queues

CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalogue"


@dataclass(frozen=True)
class SeedFee:
    year: int
    variant: str
    amount_cents: int


@dataclass(frozen=True)
class SeedProduct:
    code: str
    naam: str
    summary: str
    themas: tuple[Thema, ...]
    doelgroepen: tuple[Doelgroep, ...]
    kanalen: tuple[Kanaal, ...]
    service_norm_days: int
    unit: str
    fee_note: str
    requirements: tuple[str, ...]
    fees: tuple[SeedFee, ...]


@dataclass(frozen=True)
class SeedCatalogue:
    units: tuple[tuple[str, str], ...]
    products: tuple[SeedProduct, ...]


@lru_cache(maxsize=4)
def load_catalogue(path: Path = CATALOGUE_DIR / "products.toml") -> SeedCatalogue:
    """The seed catalogue, checked: a typo in the file fails here with the product's code."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    default_note = str(data.get("example_fee_note", ""))
    units = tuple((str(u["code"]), str(u["naam"])) for u in data["unit"])
    products = tuple(_seed_product(raw, default_note) for raw in data["product"])
    unit_codes = {code for code, _ in units}
    for product in products:
        if product.unit not in unit_codes:
            raise ValueError(f"{path}: product {product.code} names unknown unit {product.unit}")
    return SeedCatalogue(units, products)


def _seed_product(raw: Mapping[str, Any], default_note: str) -> SeedProduct:
    code = str(raw["code"])
    try:
        fees = tuple(
            SeedFee(int(f["year"]), str(f.get("variant", "")), int(f["amount_cents"]))
            for f in raw.get("fees", ())
        )
        if any(type(f["amount_cents"]) is not int or f["amount_cents"] < 0 for f in raw["fees"]):
            raise ValueError("fees are whole, non-negative cents")
        return SeedProduct(
            code=code,
            naam=str(raw["naam"]),
            summary=str(raw.get("summary", "")),
            themas=tuple(Thema(t) for t in raw["thema"]),
            doelgroepen=tuple(Doelgroep(d) for d in raw["doelgroep"]),
            kanalen=tuple(Kanaal(k) for k in raw["kanalen"]),
            service_norm_days=int(raw["service_norm_days"]),
            unit=str(raw["unit"]),
            fee_note=str(raw.get("fee_note", default_note)),
            requirements=tuple(str(r) for r in raw.get("requirements", ())),
            fees=fees,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"seed product {code}: {exc}") from exc


def load_kennisbank(
    path: Path = CATALOGUE_DIR / "kennisbank.toml",
) -> list[tuple[ArticleDraft, funnels.Funnel | None]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    entries = []
    for raw in data["article"]:
        reviewed = raw.get("last_reviewed")
        draft = ArticleDraft(
            code=str(raw["code"]),
            title=str(raw["title"]),
            answer=str(raw["answer"]),
            body=str(raw.get("body", "")),
            keywords=tuple(str(k) for k in raw.get("keywords", ())),
            audience=Audience(raw.get("audience", Audience.INTERN.value)),
            product_codes=tuple(str(p) for p in raw.get("products", ())),
            last_reviewed=reviewed if isinstance(reviewed, date) else None,
        )
        funnel = funnels.from_mapping(raw["funnel"]) if "funnel" in raw else None
        entries.append((draft, funnel))
    return entries


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    display_name: str
    roles: tuple[Role, ...]
    unit: str | None = None


DEMO_USERS = (
    DemoUser("anna", "balie-demo", "Anna de Vries", (Role.MEDEWERKER,)),
    DemoUser("tom", "team-demo", "Tom Jansen", (Role.TEAMLEIDER,)),
    DemoUser("bea", "beheer-demo", "Bea Bakker", (Role.BEHEERDER,)),
    DemoUser("bob", "backoffice-demo", "Bob Smit", (Role.MEDEWERKER,), "BO-BURGERZAKEN"),
    DemoUser("gina", "gast-demo", "Gina Visser", (Role.HOST,)),
)

#: Valid BSNs from the RvIG GBA-V test set, so the demo history matches BRP test persons.
DEMO_BSNS = ("999993653", "999990019", "999991772")


def seed_reference(services: Services, kiosk_ids: tuple[str, ...] = ("KIOSK-01",)) -> None:
    catalogue = load_catalogue()
    with services.db.write() as session:
        known = set(session.scalars(select(Actor.code)))
        for code, naam in catalogue.units:
            if code not in known:
                session.add(
                    Actor(soort_actor=SoortActor.ORGANISATORISCHE_EENHEID, code=code, naam=naam)
                )
        for kiosk_id in kiosk_ids:
            if kiosk_id not in known:
                session.add(
                    Actor(
                        soort_actor=SoortActor.GEAUTOMATISEERDE_ACTOR,
                        code=kiosk_id,
                        naam=f"Zuil {kiosk_id}",
                    )
                )
        session.flush()
        units = {a.code: a.uuid for a in session.scalars(select(Actor))}
        _seed_products(session, catalogue.products, units)
        seed_queues(session, services.settings.location)


def _seed_products(
    session: Session, products: tuple[SeedProduct, ...], units: Mapping[str, UUID]
) -> None:
    """Add missing products, then fill each list that is still empty (fees: each missing key).

    Set-based (a handful of statements whatever the catalogue's size): every test starts
    from this seed.
    """
    existing = {p.code: p for p in session.scalars(select(Product))}
    for seed in products:
        product = existing.get(seed.code)
        if product is None:
            session.add(
                Product(
                    code=seed.code,
                    naam=seed.naam,
                    service_norm_days=seed.service_norm_days,
                    unit_actor_uuid=units[seed.unit],
                    summary=seed.summary,
                    fee_note=seed.fee_note,
                )
            )
        else:  # seeded before the catalogue existed: complete the texts only
            product.summary = product.summary or seed.summary
            product.fee_note = product.fee_note or seed.fee_note
    session.flush()

    def codes_with(model: type[ProductThema | ProductDoelgroep | ProductChannel]) -> set[str]:
        return set(session.scalars(select(model.product_code).distinct()))

    def add(model: type[Any], rows: Iterable[dict[str, object]]) -> None:
        batch = list(rows)
        if batch:
            session.execute(insert(model), batch)

    # Facets: a product that has none of a kind yet gets the seed's (a beheerder's own
    # choices for a product are never added to).
    facets: tuple[tuple[type[ProductThema | ProductDoelgroep | ProductChannel], str, str], ...] = (
        (ProductThema, "thema", "themas"),
        (ProductDoelgroep, "doelgroep", "doelgroepen"),
        (ProductChannel, "kanaal", "kanalen"),
    )
    for model, column, attribute in facets:
        have = codes_with(model)
        add(
            model,
            (
                {"product_code": p.code, column: value}
                for p in products
                if p.code not in have
                for value in getattr(p, attribute)
            ),
        )
    have = set(session.scalars(select(ProductRequirement.product_code).distinct()))
    add(
        ProductRequirement,
        (
            {"product_code": p.code, "position": i, "text": text}
            for p in products
            if p.code not in have
            for i, text in enumerate(p.requirements)
        ),
    )
    fee_keys = {
        (code, year, variant)
        for code, year, variant in session.execute(
            select(ProductFee.product_code, ProductFee.year, ProductFee.variant)
        )
    }
    add(
        ProductFee,
        (
            {
                "product_code": p.code,
                "year": f.year,
                "variant": f.variant,
                "amount_cents": f.amount_cents,
            }
            for p in products
            for f in p.fees
            if (p.code, f.year, f.variant) not in fee_keys
        ),
    )


def seed_kennisbank(services: Services) -> int:
    """The example articles and funnels; returns how many were added (0 on a re-run)."""
    kennisbank = KennisbankService(services.db, services.clock)
    return kennisbank.import_articles(None, load_kennisbank())


def seed_demo(services: Services) -> None:
    seed_reference(services, (services.settings.kiosk_id,))
    seed_kennisbank(services)
    with services.db.read() as session:
        existing = set(session.scalars(select(StaffUser.username)))
    for user in DEMO_USERS:
        if user.username not in existing:
            services.auth.create_user(
                None,
                username=user.username,
                password=user.password,
                display_name=user.display_name,
                roles=user.roles,
                unit_code=user.unit,
            )
    if existing:
        return
    anna = services.auth.login("anna", "balie-demo")
    now = services.clock()
    history = (
        (DEMO_BSNS[0], Kanaal.TELEFOON, "Vraag over paspoort aanvragen", "paspoort", None, 20),
        (DEMO_BSNS[0], Kanaal.BALIE, "Uittreksel BRP opgehaald", "uittreksel-brp", None, 6),
        (
            DEMO_BSNS[0],
            Kanaal.EMAIL,
            "Verhuizing naar Delft",
            "verhuizing",
            "Adresonderzoek: nieuwe huurovereenkomst nog niet ontvangen",
            2,
        ),
        (
            DEMO_BSNS[1],
            Kanaal.BALIE,
            "Parkeervergunning tweede auto",
            "parkeervergunning",
            "Aanvraag beoordelen, bewonersvergunning tweede auto",
            1,
        ),
        (DEMO_BSNS[2], Kanaal.INTERNET, "Kwijtschelding aangevraagd", "kwijtschelding", None, 3),
    )
    for bsn, kanaal, onderwerp, product, handoff, days_ago in history:
        services.contacts.register(
            anna,
            ContactDraft(
                uuid=uuid4(),
                kanaal=kanaal,
                onderwerp=onderwerp,
                inhoud="Demogegevens",
                bsn=bsn,
                product_code=product,
                plaatsgevonden_op=now - timedelta(days=days_ago),
                location=services.settings.location,
                desk="Balie 2" if kanaal == Kanaal.BALIE else None,
                duration_seconds=240,
                hand_off=HandOffRequest(handoff) if handoff else None,
            ),
        )
