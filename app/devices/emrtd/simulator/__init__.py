"""A virtual eMRTD chip and its test document, for the tests and the demo (never production).

``VirtualPassport`` is the chip; ``InProcessTransport`` reaches it without pcscd and
``VpcdBridge`` puts it in pcscd's vsmartcard reader, so the real PC/SC stack reads it.
"""

from .card import EMRTD_AID, ApduRecord, VirtualPassport, make_atr
from .transport import InProcessTransport
from .vpcd import VpcdBridge, VpcdUnavailableError

__all__ = [
    "EMRTD_AID",
    "ApduRecord",
    "InProcessTransport",
    "VirtualPassport",
    "VpcdBridge",
    "VpcdUnavailableError",
    "make_atr",
]
