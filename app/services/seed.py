"""Reference and demo data: back-office units, products with service norms, kiosks, staff.

``seed_reference`` is what every installation starts with (idempotent, safe to re-run).
``seed_demo`` adds demo staff with known passwords and a few contacts; never run it on
production data: the CLI only offers it for a fresh demo database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from uuid import uuid4

from sqlalchemy import select

from app.registry.models import Actor, Kanaal, Product, Role, SoortActor, StaffUser
from app.services import Services
from app.services.contacts import ContactDraft, HandOffRequest

UNITS = (
    ("BO-BURGERZAKEN", "Backoffice Burgerzaken"),
    ("BO-PARKEREN", "Backoffice Parkeren"),
    ("BO-BELASTINGEN", "Backoffice Belastingen"),
    ("BO-WIJK", "Wijkteam / Wmo"),
)

#: (code, naam, service norm in working days, unit). Names after the Uniforme Productnamenlijst.
PRODUCTS = (
    ("uittreksel-brp", "Uittreksel BRP", 1, "BO-BURGERZAKEN"),
    ("paspoort", "Paspoort", 5, "BO-BURGERZAKEN"),
    ("identiteitskaart", "Identiteitskaart", 5, "BO-BURGERZAKEN"),
    ("rijbewijs", "Rijbewijs", 5, "BO-BURGERZAKEN"),
    ("verhuizing", "Verhuizing doorgeven", 5, "BO-BURGERZAKEN"),
    ("parkeervergunning", "Parkeervergunning", 10, "BO-PARKEREN"),
    ("kwijtschelding", "Kwijtschelding gemeentelijke belastingen", 40, "BO-BELASTINGEN"),
    ("wmo-melding", "Melding Wmo-ondersteuning", 5, "BO-WIJK"),
)


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
)

#: Valid BSNs from the RvIG GBA-V test set, so the demo history matches BRP test persons.
DEMO_BSNS = ("999993653", "999990019", "999991772")


def seed_reference(services: Services, kiosk_ids: tuple[str, ...] = ("KIOSK-01",)) -> None:
    with services.db.write() as session:
        known = set(session.scalars(select(Actor.code)))
        for code, naam in UNITS:
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
        existing_products = set(session.scalars(select(Product.code)))
        for code, naam, norm, unit in PRODUCTS:
            if code not in existing_products:
                session.add(
                    Product(
                        code=code, naam=naam, service_norm_days=norm, unit_actor_uuid=units[unit]
                    )
                )


def seed_demo(services: Services) -> None:
    seed_reference(services, (services.settings.kiosk_id,))
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
