"""QR codes scanned at the kiosk and the counter: the appointment token and the uittreksel's
verification code. Anything scanned gives ``InvalidTokenError`` (a ``ValidationError``) or
``None`` as designed, never another exception; a damaged genuine code never verifies.

tests/services/test_appointments.py replaces single characters of a token and feeds random
text; here characters are also inserted, dropped, swapped and cut, look-alikes (Cyrillic,
full-width, ligatures) come in, and the uittreksel reader also gets bodies signed with the
right key that are not what ``issue_uittreksel`` signs.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.services.appointments import InvalidTokenError, make_token, parse_token
from app.services.documents.uittreksel import (
    PAYLOAD_PREFIX,
    UittrekselData,
    _b32,
    _mac,
    canonical,
    read_payload,
    sign_uittreksel,
)
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated_text

KEY = bytes(range(32))
APPOINTMENT = UUID("12345678-1234-5678-1234-567812345678")
NONCE = b"n" * 16
TOKEN = make_token(KEY, APPOINTMENT, NONCE)
DATA = UittrekselData(
    reference="UT-2026-000123",
    issued_on=date(2026, 11, 25),
    purpose="Aanvraag huurtoeslag",
    municipality="Gemeente Voorbeeld",
    bsn="999993653",
    name="Suzanne Moulin",
    birth_date="1985-12-01",
    birth_place="Rotterdam",
    birth_country="Nederland",
    address=("Kerkstraat 1", "3077 AW  ROTTERDAM"),
    nationalities=("0001",),
)
PAYLOAD = sign_uittreksel(DATA, KEY)

#: What a scanner or a phone's keyboard may produce instead of the code's own characters.
LOOKALIKES = st.one_of(
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz01890=-_ \t\nАВСЕОРХавсеорхＡＢ１ﬀß"),
    st.characters(),
)


def _same_code(original: str, scanned: str) -> bool:
    """Whether ``scanned`` differs from ``original`` only in what the readers forgive."""
    return "".join(scanned.split()).upper() == original.upper()


def test_the_genuine_codes_verify() -> None:
    assert parse_token(TOKEN, KEY) == (APPOINTMENT, NONCE)
    assert read_payload(PAYLOAD, KEY) == DATA


@settings(PARSER, max_examples=300)
@given(mutated_text(TOKEN, LOOKALIKES, max_steps=3))
@example(TOKEN + "A")
@example(TOKEN[:-1])
@example(TOKEN.lower().replace("a", "а"))  # Cyrillic a
def test_a_damaged_appointment_token_never_verifies(scanned: str) -> None:
    tried("qr tokens")
    try:
        result = parse_token(scanned, KEY)
    except InvalidTokenError:
        assert not _same_code(TOKEN, scanned)
        return
    assert _same_code(TOKEN, scanned)
    assert result == (APPOINTMENT, NONCE)


@settings(PARSER, max_examples=200)
@given(mutated_text(PAYLOAD, LOOKALIKES, max_steps=3) | st.text(max_size=300))
@example(PAYLOAD + "=")
@example(PAYLOAD_PREFIX + "A" * 3000)
def test_a_damaged_uittreksel_code_never_verifies(scanned: str) -> None:
    tried("qr tokens")
    result = read_payload(scanned, KEY)
    if result is None:
        assert not _same_code(PAYLOAD, scanned)
    else:
        assert _same_code(PAYLOAD, scanned) and result == DATA


def _signed(body: bytes) -> str:
    return PAYLOAD_PREFIX + _b32(body + _mac(KEY, body))


@settings(PARSER, max_examples=100)
@given(
    st.one_of(
        st.binary(max_size=100),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=8),
            lambda inner: (
                st.lists(inner, max_size=12) | st.dictionaries(st.text(max_size=3), inner)
            ),
            max_leaves=14,
        ).map(lambda v: __import__("json").dumps(v).encode()),
        st.integers(min_value=1, max_value=1150).map(lambda n: b"[" * n),
    )
)
@example(b"[" * 1150)  # nested past the JSON decoder's recursion limit
@example(b'{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11}')
def test_signed_bodies_of_any_shape_are_refused_or_read_back_exactly(body: bytes) -> None:
    """Only this installation signs; still, a signed body that is not an uittreksel the way
    ``canonical`` writes it is refused, and never by an exception."""
    tried("qr tokens")
    result = read_payload(_signed(body), KEY)
    if result is not None:
        assert canonical(result) == body


def test_a_signed_body_nested_past_the_recursion_limit_is_refused() -> None:
    """Found by this suite, kept as a plain test: hypothesis raises the recursion limit while
    it runs an example, so inside ``@given`` the nesting parsed and the crash did not show."""
    assert read_payload(_signed(b"[" * 1150), KEY) is None


@pytest.mark.parametrize("key", [b"", b"k", bytes(64)])
def test_any_key_length_just_refuses(key: bytes) -> None:
    with pytest.raises(InvalidTokenError):
        parse_token(TOKEN, key)
    assert read_payload(PAYLOAD, key) is None
