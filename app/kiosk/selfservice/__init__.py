"""Self-service products at the kiosk: the uittreksel BRP from document to print.

``SelfServiceView`` is one page of the kiosk window's stack; ``flow`` is its Qt-free state
machine; one module per screen.
"""

from __future__ import annotations

from .flow import SelfServiceResult
from .view import SelfServiceView

__all__ = ["SelfServiceResult", "SelfServiceView"]
