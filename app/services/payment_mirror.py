"""The kiosk's local mirror of the payment journal: the terminal's answer survives a dead database.

The journal lives in the registry database. Between "the terminal approved" and "the journal
says approved" that database can be unreachable (network cut, server restart); the answer is
then only in memory, and a crash would leave the payment ``sent``, to be recovered from a
terminal that may since have forgotten it. So the answer is appended here first, flushed and
fsynced, and replayed into the journal by ``Checkout.recover``.

One JSON object per line, appended; a torn last line (power cut mid-write) is skipped. It holds
what the journal holds and nothing more: no names, no BSN, only the receipt's card data.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict
from pathlib import Path
from uuid import UUID

from app.registry.models_payment import PaymentState
from app.services.payments import TerminalOutcome

log = logging.getLogger(__name__)


class PaymentMirror:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, payment_uuid: UUID, outcome: TerminalOutcome) -> None:
        """Append the terminal's answer durably before the database is told."""
        line = json.dumps(
            {"payment": str(payment_uuid), **asdict(outcome), "state": outcome.state.value},
            ensure_ascii=False,
        )
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, (line + "\n").encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)

    def pending(self) -> dict[UUID, TerminalOutcome]:
        """The last answer recorded per payment."""
        with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return {}
        found: dict[UUID, TerminalOutcome] = {}
        for number, line in enumerate(text.splitlines(), 1):
            try:
                data = json.loads(line)
                payment = UUID(data.pop("payment"))
                data["state"] = PaymentState(data["state"])
                found[payment] = TerminalOutcome(**data)
            except (ValueError, KeyError, TypeError) as error:
                log.warning("payment mirror line %d skipped: %s", number, type(error).__name__)
        return found

    def forget(self, settled: set[UUID]) -> None:
        """Drop the answers the journal now has (rewritten atomically)."""
        with self._lock:
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                return
            keep = [line for line in lines if not _is_about(line, settled)]
            temporary = self.path.with_suffix(".tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, "".join(f"{line}\n" for line in keep).encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, self.path)


def _is_about(line: str, payments: set[UUID]) -> bool:
    try:
        return UUID(json.loads(line)["payment"]) in payments
    except (ValueError, KeyError, TypeError):
        return True  # a torn line is of no use to anyone
