"""Euro amounts as a beheerder types them, to whole cents, without floating point.

The catalogue keeps fees in cents (``int``) and refuses floats; "12,34" must become exactly
1234, and float("12.34") * 100 is 1233.9999999999998. So the text is read as digits: euros,
and at most two digits of cents. Dutch notation first ("1.234,56", "12,5", "€ 12"); a
single point followed by one or two digits is read as a decimal point too ("12.34"), as an
English keyboard types it. Anything else (three decimals, a sign, letters) is refused with a
reason the editor can show, rather than rounded or guessed.
"""

from __future__ import annotations

import enum
import re

from app.services.catalogue import MAX_FEE_CENTS

_THOUSANDS = r"\d{1,3}(?:\.\d{3})+"
_DUTCH = re.compile(rf"^(?P<euros>{_THOUSANDS}|\d+)(?:,(?P<cents>\d*))?$")
_POINT = re.compile(r"^(?P<euros>\d+)\.(?P<cents>\d{1,2})$")


class AmountProblem(enum.StrEnum):
    EMPTY = "empty"
    NEGATIVE = "negative"
    TOO_PRECISE = "too_precise"
    NOT_A_NUMBER = "not_a_number"
    TOO_HIGH = "too_high"


class AmountError(ValueError):
    """Why a text is not an amount; the editor turns ``problem`` into a sentence."""

    def __init__(self, problem: AmountProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def parse_euro_cents(text: str) -> int:
    """'12,34' → 1234, '1.234,5' → 123450, '€ 0' → 0; raises ``AmountError``."""
    cleaned = "".join(text.replace("€", "").replace("EUR", "").split())
    if not cleaned:
        raise AmountError(AmountProblem.EMPTY)
    if cleaned.startswith("-") or cleaned.startswith("−"):
        raise AmountError(AmountProblem.NEGATIVE)
    match = _DUTCH.match(cleaned) or _POINT.match(cleaned)
    if match is None:
        raise AmountError(AmountProblem.NOT_A_NUMBER)
    euros = int(match.group("euros").replace(".", ""))
    cents_text = match.group("cents") or ""
    if len(cents_text) > 2:
        raise AmountError(AmountProblem.TOO_PRECISE)
    cents = int(cents_text.ljust(2, "0"))
    amount = euros * 100 + cents
    if amount > MAX_FEE_CENTS:
        raise AmountError(AmountProblem.TOO_HIGH)
    return amount


def edit_text(cents: int) -> str:
    """An amount as the editor shows it to change: 8445 → '84,45', 123456 → '1234,56'."""
    euros, rest = divmod(cents, 100)
    return f"{euros},{rest:02d}"
