"""Render the main screens to PNG so a person can look at them (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots [--lang nl|en] [out_dir]

Uses a throw-away demo database (``seed_demo``), a hand-made BRP household
(``tests.ui.people``), the real windows and the real theme, and writes to ``screenshots/``
(gitignored) by default: the login dialog; the counter's person screen with a person who has
a partner, children, an expiring passport, contacts and open hand-offs, the pick list of a
household found by postcode, and the back-office task list (each at 1920x1080 and 1366x768);
a form error, a deceased person and the complete-task dialog; the kennisbank beside the form
(an article with its fees, a question funnel half-way and at a hand-off answer used in the
contact) and the beheerder's catalogue editor (each at 1920x1080 and 1366x768), with a
refused fee; and the kiosk screens in landscape 1920x1080 and portrait 1080x1920.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal
from app.services import Services
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.seed import seed_demo
from app.ui import i18n, ops
from app.ui.theme import Variant, apply_theme
from tests.ui import people

ROOT = Path(__file__).resolve().parents[2]


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if ops.active_count() == 0 and until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


@dataclass
class MovableClock:
    """Wall-clock time, set back while seeding so some hand-offs are due or late today."""

    offset: timedelta = field(default_factory=timedelta)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


def seed_hand_offs(services: Services, clock: MovableClock) -> None:
    """Hand-offs of several ages, so the task list shows every traffic-light colour."""
    anna = services.auth.login("anna", "balie-demo")
    cases = (
        (people.SUZANNE, "Paspoort kwijt", "Terugbellen over vermissing", 9),
        (people.PIETER, "Uittreksel voor notaris", "Uittreksel opsturen", 7),
        (people.EMMA, "Identiteitskaart kind", "Afspraak maken voor aanvraag", 5),
        (None, "Vraag over rijbewijs (anoniem)", "Terugbellen op 06-12345678", 0),
    )
    for bsn, subject, action, days_ago in cases:
        clock.offset = -timedelta(days=days_ago)
        services.contacts.register(
            anna,
            ContactDraft(
                uuid=uuid4(),
                kanaal=Kanaal.TELEFOON,
                onderwerp=subject,
                inhoud="Demogegevens",
                bsn=bsn,
                product_code="paspoort",
                hand_off=HandOffRequest(action),
            ),
        )
    clock.offset = timedelta()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def counter_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    from PySide6.QtCore import Qt

    from app.counter.login import LoginDialog
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    login = LoginDialog(services)
    login.show()
    login.username.setText("anna")
    grab(app, login, out / f"login_{lang}.png")
    login.password.setText("wrong")
    login.on_login_requested()
    settle(app, lambda: not login.password.text() and login.password.isEnabled())
    grab(app, login, out / f"login_error_{lang}.png")
    login.close()

    principal = services.auth.login("anna", "balie-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        screen = window.person_screen
        form = screen.form
        settle(app, lambda f=form: f.product.isEnabled())
        grab(app, window, out / f"counter_start_{size}_{lang}.png")

        # A household found by postcode: the pick list.
        screen.search.postcode.setText("3074 sn")
        screen.search.house_number.setText("7a")
        screen.search.on_return_pressed("house_number")
        settle(app, lambda s=screen: s.stack.currentWidget() is s.pick_list)
        grab(app, window, out / f"counter_picklist_{size}_{lang}.png")

        # The person opened from the list, with the form filled in for a hand-off.
        screen.pick_list.table.selectRow(
            next(
                row
                for row in range(screen.pick_list.model.rowCount())
                if screen.pick_list.model.view(row).person.bsn == people.SUZANNE
            )
        )
        screen.pick_list.on_activated(screen.pick_list.table.currentIndex())
        settle(app, lambda s=screen: s.open_bsn == people.SUZANNE)
        form.kanaal.setCurrentIndex(form.kanaal.findData(Kanaal.TELEFOON))
        form.product.setCurrentIndex(form.product.findData("paspoort"))
        form.onderwerp.setText("Paspoort verloopt, nieuwe aanvragen")
        form.inhoud.setPlainText("Uitgelegd welke documenten mee te nemen.")
        form.hand_off.setChecked(True)
        form.handeling.setText("Terugbellen over spoedaanvraag")
        form.onderwerp.setFocus(Qt.FocusReason.OtherFocusReason)
        grab(app, window, out / f"counter_person_{size}_{lang}.png")
        if width == 1920:
            form.onderwerp.clear()
            form.on_register_requested()
            settle(app, lambda f=form: f.register_button.isEnabled())
            grab(app, window, out / f"counter_error_{lang}.png")
            screen.search.clear()
            screen.search.bsn.setText(people.HENDRIK)
            screen.search.on_return_pressed("bsn")
            settle(app, lambda s=screen: s.open_bsn == people.HENDRIK)
            grab(app, window, out / f"counter_deceased_{lang}.png")
            screen.search.clear()
            screen.search.bsn.setText("123456789")
            screen.search.on_return_pressed("bsn")
            settle(app, lambda s=screen: s.search.banner.isVisible())
            settle(app, lambda s=screen: s.search.bsn.property("invalid") is True)
            grab(app, window, out / f"counter_invalid_bsn_{lang}.png")

        # The back-office task list of Burgerzaken.
        window.show_tasks()
        tasks = window.tasks
        settle(app, lambda t=tasks: t.unit.count() > 0)
        tasks.unit.setCurrentIndex(tasks.unit.findData("BO-BURGERZAKEN"))
        settle(app, lambda t=tasks: t.model.rowCount() > 0)
        grab(app, window, out / f"counter_tasks_{size}_{lang}.png")
        if width == 1920:
            tasks.on_complete_requested()
            dialog = tasks.dialog
            assert dialog is not None
            dialog.on_complete_requested()  # without a note: refused, with a message
            grab(app, dialog, out / f"counter_complete_{lang}.png")
            dialog.reject()
        window.close()
        settle(app)


def knowledge_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The kennisbank next to the form: an article, a funnel half-way and at its answer."""
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    principal = services.auth.login("anna", "balie-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        screen = window.person_screen
        settle(app, lambda s=screen: s.form.product.isEnabled())
        screen.search.bsn.setText(people.SUZANNE)
        screen.search.on_return_pressed("bsn")
        settle(app, lambda s=screen: s.open_bsn == people.SUZANNE)
        window.on_knowledge_requested()
        panel = screen.knowledge
        for text, code in (
            ("paspoort", "paspoort-aanvragen"),
            ("parkeervergunning tweede auto", "parkeervergunning-aanvragen"),
        ):
            panel.search_edit.setText(text)
            panel.search.search_now(text)
            settle(
                app,
                lambda p=panel, c=code: (
                    p.article.article is not None and p.article.article.code == c
                ),
            )
            if code == "paspoort-aanvragen":
                grab(app, window, out / f"counter_knowledge_{size}_{lang}.png")
                panel.article.funnel.choose(0)  # "Eerste aanvraag": the age question next
                grab(app, window, out / f"counter_funnel_{size}_{lang}.png")
        walker = panel.article.funnel
        walker.choose(0)  # "Bewoner"
        walker.choose(1)  # "Nee, een tweede auto": hand off to Parkeren
        panel.article.ensureWidgetVisible(walker.use_button)
        walker.on_use()
        grab(app, window, out / f"counter_funnel_answer_{size}_{lang}.png")
        window.close()
        settle(app)


def catalogue_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The beheerder's catalogue: the passport's fees, what to bring, norm and kiosk."""
    from app.counter.main_window import CounterWindow

    apply_theme(app, Variant.COUNTER)
    principal = services.auth.login("bea", "beheer-demo")
    for width, height in ((1920, 1080), (1366, 768)):
        size = f"{width}x{height}"
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        window.show_catalogue()
        catalogue = window.catalogue
        assert catalogue is not None
        settle(app, lambda c=catalogue: c.editor.detail is not None)
        row = catalogue.model.row_of("paspoort")
        catalogue.table.setCurrentIndex(
            catalogue.proxy.mapFromSource(catalogue.model.index(row, 0))
        )
        settle(
            app,
            lambda c=catalogue: c.editor.detail is not None and c.editor.detail.code == "paspoort",
        )
        catalogue.editor.fees.table.selectRow(0)
        grab(app, window, out / f"counter_catalogue_{size}_{lang}.png")
        if width == 1920:
            catalogue.editor.fees.amount.setText("12,345")
            catalogue.editor.on_save_requested()
            grab(app, window, out / f"counter_catalogue_error_{lang}.png")
        window.close()
        settle(app)


def kiosk_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    from dataclasses import replace

    from app.kiosk.message import MessageKind
    from app.kiosk.window import KioskWindow

    apply_theme(app, Variant.KIOSK)
    settings = replace(services.settings, language=lang)
    for width, height in ((1920, 1080), (1080, 1920)):
        window = KioskWindow(services, settings)
        window.resize(width, height)
        window.show()
        settle(app, lambda w=window: w.principal is not None)
        size = f"{width}x{height}"
        grab(app, window, out / f"kiosk_attract_{size}_{lang}.png")
        window.on_start_requested()
        grab(app, window, out / f"kiosk_choice_{size}_{lang}.png")
        window.on_staff_visit_chosen()
        settle(app, lambda w=window: w.message.kind == MessageKind.THANKS)
        grab(app, window, out / f"kiosk_thanks_{size}_{lang}.png")
        window.on_help_requested()
        grab(app, window, out / f"kiosk_help_{size}_{lang}.png")
        window.close()
        settle(app)
    window = KioskWindow(services, replace(settings, kiosk_id="KIOSK-99"))
    window.resize(1080, 1920)
    window.show()
    settle(app, lambda w=window: w.message.kind == MessageKind.OUT_OF_ORDER)
    grab(app, window, out / f"kiosk_out_of_order_{lang}.png")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument(
        "--only", choices=["counter", "knowledge", "catalogue", "kiosk"], help="one group of shots"
    )
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    i18n.set_language(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'shots.db'}"
        db = Database(url)
        migrate.upgrade(db)
        clock = MovableClock(offset=-timedelta(days=12))
        services = Services(
            db,
            Settings(database_url=url, log_dir=Path(tmp)),
            clock=clock,
            person_source=people.household_source(datetime.now(UTC).date()),
        )
        seed_demo(services)
        seed_hand_offs(services, clock)
        try:
            groups = {
                "counter": counter_shots,
                "knowledge": knowledge_shots,
                "catalogue": catalogue_shots,
                "kiosk": kiosk_shots,
            }
            for name, shots in groups.items():
                if args.only in (None, name):
                    shots(app, services, out, args.lang)
        finally:
            ops.shutdown()
            services.close()


if __name__ == "__main__":
    main()
