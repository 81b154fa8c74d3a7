"""Render the main screens to PNG so a person can look at them (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots [--lang nl|en] [out_dir]

Uses a throw-away demo database (``seed_demo``), the real windows and the real theme, and
writes to ``screenshots/`` (gitignored) by default: the login dialog, the counter with a
person's history (1920x1080 and 1366x768), a form error, and the kiosk screens in landscape
1920x1080 and portrait 1080x1920.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.services import Services
from app.services.seed import DEMO_BSNS, seed_demo
from app.ui import i18n, ops
from app.ui.theme import Variant, apply_theme

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
        window = CounterWindow(services, principal, services.settings)
        window.resize(width, height)
        window.show()
        settle(app, lambda w=window: w.form.product.isEnabled())
        window.person.bsn.setText(DEMO_BSNS[0])
        window.person.on_lookup_requested()
        settle(app, lambda w=window: w.person.loaded_bsn is not None)
        window.form.kanaal.setCurrentIndex(1)
        window.form.product.setCurrentIndex(window.form.product.findData("paspoort"))
        window.form.onderwerp.setText("Paspoort verlopen, nieuwe aanvragen")
        window.form.inhoud.setPlainText("Uitgelegd welke documenten mee te nemen.")
        window.form.hand_off.setChecked(True)
        window.form.handeling.setText("Terugbellen over spoedaanvraag")
        window.person.table.selectRow(0)
        window.form.onderwerp.setFocus(Qt.FocusReason.OtherFocusReason)
        grab(app, window, out / f"counter_{width}x{height}_{lang}.png")
        if width == 1920:
            window.form.onderwerp.clear()
            window.form.on_register_requested()
            settle(app, lambda w=window: w.form.register_button.isEnabled())
            grab(app, window, out / f"counter_error_{lang}.png")
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
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    i18n.set_language(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'shots.db'}"
        db = Database(url)
        migrate.upgrade(db)
        services = Services(db, Settings(database_url=url, log_dir=Path(tmp)))
        seed_demo(services)
        try:
            counter_shots(app, services, out, args.lang)
            kiosk_shots(app, services, out, args.lang)
        finally:
            ops.shutdown()
            services.close()


if __name__ == "__main__":
    main()
