"""Render the host view to PNG so a person can look at it (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.host_screens [--lang nl|en] [out_dir]

``host_screenshots(outdir)`` makes its own throw-away demo database; ``host_shots(app,
services, out, lang)`` has the signature of the groups in ``tests/ui/screenshots.py`` (which
can add it as ``--only host``). The hall it seeds: three kiosks (one mid self-service with a
new help request, one offline, one whose help a host is answering), device alerts of both
colours, and queues with open desks. Shots: the window at 1280x800 and 1920x1080, the "done"
dialog with its contact box, and the question before ending a kiosk session.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.services import Services
from app.services.device_status import DeviceKind
from app.services.kiosk_hall import HelpReason
from app.services.seed import seed_demo, seed_reference
from app.ui import i18n, ops
from app.ui.theme import Variant, apply_theme
from tests.ui.screenshots import (
    ROOT,
    MovableClock,
    grab,
    movable_clock,
    office_hours,
    settle,
    take_tickets,
)

KIOSKS = ("KIOSK-01", "KIOSK-02", "KIOSK-03")


def seed_hall(services: Services, clock: MovableClock) -> None:
    """Kiosks in three states, help requests, device alerts, desks open and people waiting."""
    seed_reference(services, KIOSKS)
    hall, devices = services.kiosk_hall, services.device_status
    anna = services.auth.login("anna", "balie-demo")
    gina = services.auth.login("gina", "gast-demo")
    services.queue.open_desk(anna, "BALIE-1")
    services.queue.open_desk(services.auth.login("tom", "team-demo"), "BALIE-2")
    take_tickets(
        services, clock, tuple(("BURGERZAKEN", "AFHALEN", "INFORMATIE")[i % 3] for i in range(9))
    )
    now = clock()
    k1, k2, k3 = (services.auth.kiosk_principal(k) for k in KIOSKS)

    # KIOSK-02 went quiet four minutes ago with a visitor choosing; its terminal is offline.
    clock.set(now - timedelta(minutes=6))
    started2 = clock()
    hall.report_state(k2, "KIOSK-02", step="choose", language="nl", session_started_at=started2)
    devices.report(k2, "KIOSK-02", DeviceKind.PAYMENT_TERMINAL, "offline", "no answer on 20002")
    clock.set(now - timedelta(minutes=4))
    hall.report_state(k2, "KIOSK-02", step="choose", language="nl", session_started_at=started2)

    # KIOSK-03: the print failed after payment ten minutes ago; Gina is on her way.
    clock.set(now - timedelta(minutes=3))
    started = clock() - timedelta(minutes=2)
    hall.report_state(
        k3, "KIOSK-03", step="self.problem", language="en", session_started_at=started
    )
    devices.report(k3, "KIOSK-03", DeviceKind.PRINTER, "paper_out", "paper end sensor")
    help3 = hall.request_help(
        k3, "KIOSK-03", step="self.printing", waited_seconds=140, reason=HelpReason.PRINT_FAILED
    )
    clock.set(now - timedelta(minutes=2, seconds=15))
    hall.acknowledge(gina, help3.uuid)

    # Earlier help at KIOSK-01, resolved and registered as a contact.
    clock.set(now - timedelta(minutes=40))
    earlier = hall.request_help(k1, "KIOSK-01", step="bsn", waited_seconds=75)
    clock.set(now - timedelta(minutes=39, seconds=10))
    hall.acknowledge(gina, earlier.uuid)
    clock.set(now - timedelta(minutes=35))
    hall.resolve(gina, earlier.uuid, note="BSN uitgelegd", register_contact=True)

    # KIOSK-01: mid self-service, paper low, the visitor asks for help 50 s ago.
    clock.set(now - timedelta(seconds=50))
    hall.report_state(
        k1,
        "KIOSK-01",
        step="self.paying",
        language="nl",
        session_started_at=now - timedelta(minutes=3),
    )
    devices.report(k1, "KIOSK-01", DeviceKind.PRINTER, "paper_low", "")
    hall.request_help(k1, "KIOSK-01", step="self.paying", waited_seconds=130)
    clock.set(now)
    for kiosk, principal, step in (
        ("KIOSK-01", k1, "self.paying"),
        ("KIOSK-03", k3, "self.problem"),
    ):
        hall.report_state(
            principal,
            kiosk,
            step=step,
            language="nl" if kiosk == "KIOSK-01" else "en",
            session_started_at=now - timedelta(minutes=3),
        )


def host_shots(app: QApplication, services: Services, out: Path, lang: str) -> None:
    """The host window at a tablet's and a desk PC's size, its dialog and its question."""
    from app.host.window import HostWindow

    apply_theme(app, Variant.COUNTER)
    clock = movable_clock(services)
    office_hours(clock)
    seed_hall(services, clock)
    gina = services.auth.login("gina", "gast-demo")
    out.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (1920, 1080)):
        size = f"{width}x{height}"
        window = HostWindow(services, gina, services.settings, sound=False)
        window.resize(width, height)
        window.show()
        window.start()
        settle(app, window.has_read_the_hall)
        grab(app, window, out / f"host_{size}_{lang}.png")
        if width == 1280:
            help_row = window.help.open_list.rows()[0]
            help_row.resolve_button.click()
            settle(app)
            dialog = window.help.dialog
            assert dialog is not None
            dialog.note.setPlainText("Pinpas werkte niet; contant betalen aan de balie uitgelegd.")
            dialog.register.setChecked(True)
            grab(app, dialog, out / f"host_resolve_{lang}.png")
            dialog.reject()
            kiosk_row = window.kiosks.row("KIOSK-01")
            assert kiosk_row is not None
            kiosk_row.end_button.click()
            settle(app)
            box = window.kiosks.confirm
            assert box is not None
            grab(app, box, out / f"host_end_session_{lang}.png")
            box.reject()
        window.stop()
        window.close()
        settle(app)


def host_screenshots(outdir: Path, lang: str = "nl") -> None:
    """Seed a demo database in a temporary folder and render the host view into ``outdir``."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.set_language(lang)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'host.db'}"
        db = Database(url)
        migrate.upgrade(db)
        services = Services(db, Settings(database_url=url, log_dir=Path(tmp)), clock=MovableClock())
        seed_demo(services)
        try:
            host_shots(app, services, outdir, lang)
        finally:
            ops.shutdown()
            services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots" / "host")
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    host_screenshots(args.out, args.lang)


if __name__ == "__main__":
    main()
