"""What the catalogue editor's Save sends, and the sending: Qt-free, so it reads on its own.

The catalogue service has one call per part (fee, requirements, norm, kiosk, active), each its
own transaction with its audit row. Save sends only the parts that changed, the one the
service is most likely to refuse first (the fee: its range is the service's to judge) and the
switches last. Everything the editor can check is checked before (``EditError``), so a
typing mistake saves nothing; a refusal by the service itself after an earlier part was
stored leaves that part stored, and the editor shows the refusal on its field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.auth import Principal
from app.services.catalogue import CatalogueService, ProductDetail


class EditError(ValueError):
    """Input the editor refuses before any service call; ``field`` as in ``ValidationError``."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class ProductChanges:
    """What Save sends, checked; None: that part is unchanged."""

    code: str
    fee: tuple[int, str, int] | None  # year, variant, cents
    requirements: tuple[str, ...] | None
    norm_days: int | None
    kiosk: bool | None
    active: bool | None

    @property
    def empty(self) -> bool:
        return (
            self.fee is None
            and self.requirements is None
            and self.norm_days is None
            and self.kiosk is None
            and self.active is None
        )


def save_changes(
    catalogue: CatalogueService, principal: Principal, changes: ProductChanges, on: date
) -> ProductDetail:
    """Send the changed parts (on the worker thread); the product as stored afterwards, with
    the fees of the year of ``on``."""
    code = changes.code
    if changes.fee is not None:
        year, variant, cents = changes.fee
        catalogue.set_fee(principal, code, year=year, amount_cents=cents, variant=variant)
    if changes.requirements is not None:
        catalogue.set_requirements(principal, code, changes.requirements)
    if changes.norm_days is not None:
        catalogue.set_service_norm(principal, code, changes.norm_days)
    if changes.kiosk is not None:
        catalogue.set_kiosk_available(principal, code, changes.kiosk)
    if changes.active is not None:
        catalogue.set_active(principal, code, changes.active)
    return catalogue.get_product(principal, code, on=on)
