"""Concurrent resends and first contacts: real threads against each database."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from app.registry.models import Betrokkene, Kanaal, Klantcontact, Partij
from app.services import Services
from app.services.contacts import ContactDraft, RegistrationResult
from tests.conftest import make_user

THREADS = 8


def _all_at_once(services: Services, drafts: list[ContactDraft]) -> list[RegistrationResult]:
    principal = make_user(services, "anna", "medewerker")
    barrier = threading.Barrier(len(drafts))

    def go(draft: ContactDraft) -> RegistrationResult:
        barrier.wait()
        return services.contacts.register(principal, draft)

    with ThreadPoolExecutor(len(drafts)) as pool:
        return list(pool.map(go, drafts))


def _count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_same_contact_sent_by_many_threads_is_stored_once(services: Services) -> None:
    draft = ContactDraft(kanaal=Kanaal.KIOSK, onderwerp="Bezoek", bsn="999993653")
    results = _all_at_once(services, [draft] * THREADS)
    assert sum(r.created for r in results) == 1
    assert {r.contact_uuid for r in results} == {draft.uuid}
    assert _count(services, Klantcontact) == 1
    assert _count(services, Betrokkene) == 1


def test_first_contacts_of_one_new_person_make_one_partij(services: Services) -> None:
    drafts = [
        ContactDraft(kanaal=Kanaal.BALIE, onderwerp=f"vraag {i}", bsn="999990019")
        for i in range(THREADS)
    ]
    results = _all_at_once(services, drafts)
    assert all(r.created for r in results)
    assert _count(services, Klantcontact) == THREADS
    assert _count(services, Partij) == 1
    with services.db.read() as session:
        linked = session.scalar(select(func.count(func.distinct(Betrokkene.partij_uuid))))
    assert linked == 1
