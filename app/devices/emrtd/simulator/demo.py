"""The demo's test PKI: one CSCA and document signer per process, for the simulated reader.

The simulated reader's documents must pass passive authentication, or the demo could never
show the green "chip checked" level; so they are signed under a CSCA made here, at first use,
and trusted only while the station's reader is the simulator (``app.services.demo_documents``).
It is never written to the trust-store folder: a real reader must not trust a key that lives
in a demo process. ECDSA, because a key pair takes milliseconds where RSA takes a second.
"""

from __future__ import annotations

import threading

from .pki import TestPki, make_test_pki

_lock = threading.Lock()
_made: list[TestPki] = []  # one at most; a list, so no ``global`` statement is needed


def demo_pki() -> TestPki:
    """The process's demo PKI, made on the first call (thread-safe: the device and database
    workers may both ask first)."""
    with _lock:
        if not _made:
            # Backdated like every test certificate (``pki.BACKDATE``), so a clock set back in a
            # test or a demo still finds them valid.
            _made.append(make_test_pki(algorithm="ecdsa"))
        return _made[0]
