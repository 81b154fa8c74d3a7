"""Identity documents of GBA-V test persons, for tests that build a virtual passport.

One definition, so the identity, self-service and kiosk tests present the same card and agree
with the bundled BRP test set on name, birth date and BSN.
"""

from __future__ import annotations

from datetime import date
from typing import Any

#: Lukas Klamer in the GBA-V test set: identity card IX34JH673. Keyword arguments for
#: ``app.devices.emrtd.simulator.document.build_test_document``.
LUKAS: dict[str, Any] = {
    "surname": "Klamer",
    "given_names": "Lukas",
    "birth_date": date(1995, 5, 15),
    "sex": "M",
    "document_number": "IX34JH673",
    "expiry_date": date(2031, 5, 26),
    "bsn": "999991723",
    "kind": "id_card",
}
