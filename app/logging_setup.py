"""Operator logging: a rotating file in the log directory plus stderr.

Log lines name contacts by UUID and actors by code, never a BSN or a person's name (AVG);
the audit table is where person lookups are recorded. As a last line of defence the formatter
blanks out anything that is a BSN (nine digits passing the elfproef) in a message or a
traceback: an unexpected database error's text may quote a key value the database refused.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from stdnum.nl import bsn as stdnum_bsn

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
#: Nine digits on their own (not inside a UUID, a hex string or a longer number).
_NINE_DIGITS = re.compile(r"(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])")
REDACTED = "<bsn>"


def redact_bsns(text: str) -> str:
    """``text`` with every valid BSN replaced by ``REDACTED``; other numbers stay."""
    return _NINE_DIGITS.sub(
        lambda m: REDACTED if stdnum_bsn.is_valid(m.group()) else m.group(), text
    )


class RedactingFormatter(logging.Formatter):
    """The usual line, with BSNs blanked out of the message, the traceback and the stack."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_bsns(super().format(record))


def setup_logging(log_dir: Path, mode: str, *, verbose: bool = False) -> Path | None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    stream = logging.StreamHandler()
    stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stream.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(stream)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"{mode}.log"
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", log_dir, exc.strerror)
        return None
    file_handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(file_handler)
    return path
