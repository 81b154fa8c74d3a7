"""Settings of the payment-terminal driver: defined in ``app/config.py`` with the other
sections (so reading the configuration does not import the OPI driver), re-exported here."""

from __future__ import annotations

from app.config import DEFAULT_MAX_FRAME, OpiSettings

__all__ = ["DEFAULT_MAX_FRAME", "OpiSettings"]
