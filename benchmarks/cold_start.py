"""Cold start to first window: the counter's login against a bare PySide6 dialog, same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.cold_start [--runs 7]

Each run is a new interpreter that prints one line once its first window has been shown and
the event loop has turned; the parent times process start to that line. The baseline process
only creates a QApplication and shows an empty QDialog, so the ratio is what StadsPunt adds
(imports of SQLAlchemy and the services, theme, translations, the login dialog). Target from
docs: < 1.5 s to first window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication(sys.argv[:1])
dialog = QDialog()
dialog.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# The same steps as app.counter.app.run_counter, plus the "shown" report.
COUNTER = """
from PySide6.QtCore import QTimer
from app.config import load_settings
from app.counter.app import CounterStartup
from app.services import Services
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant
settings = load_settings()
app = create_application(settings, "StadsPunt", Variant.COUNTER)
services = Services.from_settings(settings)
CounterStartup(services, settings).start()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
exec_until_quit(app, services)
"""


def _time_once(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError("the child did not show its window")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "STADSPUNT_DATABASE_URL": f"sqlite:///{tmp}/cold.db",
            "STADSPUNT_LOG_DIR": tmp,
        }
        results = {}
        for label, code in (("baseline", BASELINE), ("counter", COUNTER)):
            _time_once(code, env)  # warm the OS file cache
            results[label] = [_time_once(code, env) for _ in range(args.runs)]
    base = statistics.median(results["baseline"])
    counter = statistics.median(results["counter"])
    print(
        f"cold start to first window (median of {args.runs}): counter {counter * 1000:.0f} ms, "
        f"bare PySide6 dialog {base * 1000:.0f} ms, ratio {counter / base:.2f}x"
    )


if __name__ == "__main__":
    main()
