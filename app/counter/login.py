"""The counter's login dialog is the shared staff login (``app.ui.login``)."""

from __future__ import annotations

from app.ui.login import LoginDialog

__all__ = ["LoginDialog"]
