"""Why the counter reads a person's data: the purpose (doelbinding) written to the audit trail.

The law asks for a purpose on every read of person data. At the counter that purpose follows
from the contact being handled, so it is taken from the contact form's channel instead of
being asked for on every lookup: a phone employee who set the channel to "telefoon" once has
every lookup recorded as a phone contact. Purposes are audit data in Dutch, not screen text,
so they are not translated.
"""

from __future__ import annotations

from app.registry.models import Kanaal

DEFAULT_PURPOSE = "contactregistratie balie"

_PURPOSES: dict[Kanaal, str] = {
    Kanaal.BALIE: DEFAULT_PURPOSE,
    Kanaal.TELEFOON: "telefonisch contact",
    Kanaal.EMAIL: "beantwoorden e-mail",
    Kanaal.POST: "beantwoorden brief",
    Kanaal.INTERNET: "contactregistratie internet",
}


def purpose_for(kanaal: Kanaal | str | None) -> str:
    """The audit purpose for a lookup made while handling a contact on ``kanaal``."""
    if kanaal is None:
        return DEFAULT_PURPOSE
    try:
        return _PURPOSES.get(Kanaal(kanaal), DEFAULT_PURPOSE)
    except ValueError:
        return DEFAULT_PURPOSE
