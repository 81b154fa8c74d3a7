"""Names of domain values (kanaal, resolution, norm state, role, BRP codes, theme, funnel
action) as people read them.

The registry stores stable codes; these are the words on screen. Marked with
``QT_TRANSLATE_NOOP`` so lupdate collects them, and translated at display time so a live
language switch shows the new words.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.registry.models import Kanaal, Resolution, Role
from app.registry.models_catalogue import FunnelAction, Thema
from app.services.auth import ROLE_LABELS
from app.services.brp.codes import DOCUMENT_KIND_LABELS, DUTCH, GENDER_LABELS
from app.services.catalogue import THEMA_LABELS
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import NormState
from app.ui.i18n import translate

KANAAL_LABELS: dict[Kanaal, str] = {
    Kanaal.BALIE: QT_TRANSLATE_NOOP("kanaal", "Counter"),
    Kanaal.TELEFOON: QT_TRANSLATE_NOOP("kanaal", "Telephone"),
    Kanaal.EMAIL: QT_TRANSLATE_NOOP("kanaal", "E-mail"),
    Kanaal.POST: QT_TRANSLATE_NOOP("kanaal", "Letter"),
    Kanaal.INTERNET: QT_TRANSLATE_NOOP("kanaal", "Internet"),
    Kanaal.KIOSK: QT_TRANSLATE_NOOP("kanaal", "Kiosk"),
}

RESOLUTION_LABELS: dict[Resolution, str] = {
    Resolution.FIRST_LINE: QT_TRANSLATE_NOOP("resolution", "Answered first-line"),
    Resolution.HANDED_OFF: QT_TRANSLATE_NOOP("resolution", "Handed off"),
    Resolution.NOT_RESOLVED: QT_TRANSLATE_NOOP("resolution", "Not resolved"),
}

NORM_STATE_LABELS: dict[NormState, str] = {
    NormState.ON_TIME: QT_TRANSLATE_NOOP("norm_state", "on time"),
    NormState.DUE: QT_TRANSLATE_NOOP("norm_state", "due today"),
    NormState.LATE: QT_TRANSLATE_NOOP("norm_state", "late"),
}


def kanaal_label(kanaal: Kanaal) -> str:
    return translate("kanaal", KANAAL_LABELS[kanaal])


def resolution_label(resolution: Resolution) -> str:
    return translate("resolution", RESOLUTION_LABELS[resolution])


def norm_state_label(state: NormState) -> str:
    return translate("norm_state", NORM_STATE_LABELS[state])


def roles_label(roles: Iterable[Role]) -> str:
    return ", ".join(sorted(translate("roles", ROLE_LABELS[role]) for role in roles))


def thema_label(thema: Thema) -> str:
    return translate("thema", THEMA_LABELS[thema])


#: What the end of a question funnel tells the employee to do next, as an instruction.
FUNNEL_ACTION_LABELS: dict[FunnelAction, str] = {
    FunnelAction.INFORM: QT_TRANSLATE_NOOP("funnel_action", "Answered: nothing else to do"),
    FunnelAction.KIOSK: QT_TRANSLATE_NOOP("funnel_action", "The kiosk can do this"),
    FunnelAction.APPOINTMENT: QT_TRANSLATE_NOOP(
        "funnel_action", "Needs an appointment at the counter"
    ),
    FunnelAction.HAND_OFF: QT_TRANSLATE_NOOP("funnel_action", "Hand off to {unit}"),
    FunnelAction.ONLINE: QT_TRANSLATE_NOOP("funnel_action", "Online, with DigiD"),
}
_SOME_UNIT = QT_TRANSLATE_NOOP("funnel_action", "the back office")


def funnel_action_label(action: FunnelAction, unit: str | None = None) -> str:
    """'Hand off to Backoffice Parkeren'; ``unit`` is only used by a hand-off."""
    text = translate("funnel_action", FUNNEL_ACTION_LABELS[action])
    if action == FunnelAction.HAND_OFF:
        return text.format(unit=unit or translate("funnel_action", _SOME_UNIT))
    return text


#: BRP table 32. Only the nationality the counter meets all day gets a name; any other is
#: shown as its code, which staff can look up, rather than a half-maintained copy of the table.
NATIONALITY_LABELS: dict[str, str] = {
    DUTCH: QT_TRANSLATE_NOOP("nationality", "Dutch"),
}
_NATIONALITY_CODE = QT_TRANSLATE_NOOP("nationality", "code {code}")


def gender_label(code: str) -> str:
    """'man' / 'vrouw' for the BRP code; an unexpected code is shown as it is."""
    text = GENDER_LABELS.get(code.upper())
    return translate("brp", text) if text else code


def nationality_label(code: str) -> str:
    text = NATIONALITY_LABELS.get(code)
    if text:
        return translate("nationality", text)
    return translate("nationality", _NATIONALITY_CODE).format(code=code)


def document_kind_label(kind: str) -> str:
    """'Passport' for PN; a kind this table does not name is shown as its code."""
    text = DOCUMENT_KIND_LABELS.get(kind.upper())
    if not text:
        return kind
    label = translate("brp", text)
    return label[:1].upper() + label[1:]
