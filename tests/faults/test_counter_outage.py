"""The counter with its database gone: a clear message, the form kept, one contact after.

A private PostgreSQL cluster (tests/private_pg.py) is stopped with ``pg_ctl stop -m
immediate`` while a medewerker has a filled-in contact form, as when the server crashes or the
network is cut; the shared test server is never touched.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Settings
from app.counter.main_window import CounterWindow
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal, Klantcontact, Resolution
from app.services import Services
from app.services.seed import seed_reference
from app.ui import i18n
from app.ui.banner import BannerKind
from app.ui.theme import Variant, stylesheet
from tests.conftest import FAST_HASHER, FakeClock, make_user
from tests.private_pg import PrivateCluster, shared_private_cluster
from tests.ui import people
from tests.ui.conftest import _settled, qm_dir, wait_for_ops  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgres

UNREACHABLE_NL = (
    "De database is niet bereikbaar. Er is niets opgeslagen; uw invoer blijft staan. "
    "Probeer het opnieuw."
)
#: Time for a call that finds the server gone: its tries and pauses (app/registry/db.py).
OUTAGE_MS = 15_000


@pytest.fixture
def cluster(pytestconfig: pytest.Config) -> PrivateCluster:
    return shared_private_cluster(pytestconfig)


@pytest.fixture
def services(cluster: PrivateCluster, tmp_path: Path) -> Iterator[Services]:
    url = cluster.database(f"stadspunt_out_{uuid.uuid4().hex[:10]}")
    db = Database(url)
    migrate.upgrade(db)
    settings = Settings(database_url=url, log_dir=tmp_path / "logs")
    svc = Services(db, settings, clock=FakeClock(), password_hasher=FAST_HASHER)
    seed_reference(svc, ("KIOSK-01",))
    people.use_household(svc)
    yield svc
    db.dispose()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[CounterWindow]:
    assert i18n.set_language("nl")
    anna = make_user(services, "anna", "medewerker")
    win = CounterWindow(services, anna, services.settings)
    qtbot.addWidget(win)
    # The counter's stylesheet on this window only, so the screenshots look as at the desk
    # without changing the application for the tests that follow.
    win.setStyleSheet(stylesheet(Variant.COUNTER))
    win.resize(1366, 768)
    win.show()
    form = win.person_screen.form
    qtbot.waitUntil(lambda: form.product.isEnabled() and form.unit.count() > 1)
    yield win


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go: ``STADSPUNT_SHOTS`` to keep and look at them."""
    folder = Path(os.environ.get("STADSPUNT_SHOTS", str(tmp_path)))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shot(qtbot: QtBot, win: CounterWindow, path: Path) -> None:
    qtbot.wait(50)  # let the layout take the message's height first
    assert win.grab().save(str(path))


def _contacts(services: Services, contact_uuid: uuid.UUID) -> list[Klantcontact]:
    with services.db.read() as session:
        return list(session.scalars(select(Klantcontact).where(Klantcontact.uuid == contact_uuid)))


def _fill(qtbot: QtBot, win: CounterWindow) -> dict[str, object]:
    form = win.person_screen.form
    form.kanaal.setCurrentIndex(form.kanaal.findData(Kanaal.TELEFOON))
    form.product.setCurrentIndex(1)
    qtbot.keyClicks(form.onderwerp, "Verhuizing doorgeven")
    qtbot.keyClicks(form.inhoud, "Nieuw adres per 1 december; bewijs nog nodig.")
    form.not_resolved.setChecked(True)
    return _form_state(win)


def _form_state(win: CounterWindow) -> dict[str, object]:
    form = win.person_screen.form
    return {
        "kanaal": form.kanaal.currentData(),
        "product": form.product.currentData(),
        "onderwerp": form.onderwerp.text(),
        "inhoud": form.inhoud.toPlainText(),
        "outcome": form.outcome.checkedId(),
        "person": form.bsn,
        "uuid": form.contact_uuid,
    }


def test_saving_while_the_database_is_down_keeps_the_form_and_stores_once_after(
    qtbot: QtBot,
    window: CounterWindow,
    services: Services,
    cluster: PrivateCluster,
    shots: Path,
) -> None:
    screen = window.person_screen
    form = screen.form
    people.open_person(qtbot, screen, people.SUZANNE)
    filled = _fill(qtbot, window)

    cluster.stop()
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.banner.kind == BannerKind.ERROR, timeout=OUTAGE_MS)
    wait_for_ops(qtbot, OUTAGE_MS)
    assert form.banner.text() == UNREACHABLE_NL
    assert form.banner.isVisible()
    assert _form_state(window) == filled
    assert form.register_button.isEnabled()
    _shot(qtbot, window, shots / "counter_save_db_down.png")

    # A second press while still down: the same message, still nothing lost.
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, OUTAGE_MS)
    assert form.banner.text() == UNREACHABLE_NL
    assert _form_state(window) == filled

    cluster.start()
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.banner.kind == BannerKind.SUCCESS, timeout=OUTAGE_MS)
    wait_for_ops(qtbot, OUTAGE_MS)
    stored = _contacts(services, filled["uuid"])  # type: ignore[arg-type]
    assert len(stored) == 1
    contact = stored[0]
    assert contact.onderwerp == filled["onderwerp"]
    assert contact.inhoud == filled["inhoud"]
    assert contact.kanaal == Kanaal.TELEFOON
    assert contact.resolution == Resolution.NOT_RESOLVED
    assert form.onderwerp.text() == ""  # a fresh form for the next contact
    assert form.contact_uuid != filled["uuid"]


def test_a_lookup_while_the_database_is_down_says_so_and_the_screen_stays_usable(
    qtbot: QtBot,
    window: CounterWindow,
    services: Services,
    cluster: PrivateCluster,
    shots: Path,
) -> None:
    screen = window.person_screen
    form = screen.form
    people.open_person(qtbot, screen, people.SUZANNE)
    filled = _fill(qtbot, window)

    cluster.stop()
    try:
        screen.search.bsn.clear()
        qtbot.keyClicks(screen.search.bsn, people.PIETER)
        qtbot.keyClick(screen.search.bsn, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.search.banner.kind == BannerKind.ERROR, timeout=OUTAGE_MS)
        wait_for_ops(qtbot, OUTAGE_MS)
        assert screen.search.banner.text() == UNREACHABLE_NL
        assert screen.search.bsn.text() == people.PIETER  # the input stays for a retry
        assert _form_state(window) == filled  # the contact for Suzanne is untouched
        assert screen.search.bsn.isEnabled() and form.register_button.isEnabled()
        _shot(qtbot, window, shots / "counter_lookup_db_down.png")
    finally:
        cluster.start()

    # Usable again at once: the same lookup now opens the person.
    qtbot.keyClick(screen.search.bsn, Qt.Key.Key_Return)
    wait_for_ops(qtbot, OUTAGE_MS)
    qtbot.waitUntil(lambda: screen.open_bsn == people.PIETER, timeout=OUTAGE_MS)
    assert screen.search.banner.kind != BannerKind.ERROR
