"""MRZ text from a document scanner (keyboard wedge), an OCR or a person typing: only
``MrzData`` or ``MrzError``, never another exception, whatever arrives and however it is cut.

tests/devices/emrtd/test_mrz.py fuzzes ``parse_mrz`` with random text and single-character
corruption; here the damage is structural (lines cut, joined, swapped, characters inserted or
dropped, non-ASCII look-alikes) and the scanner buffer gets the keystrokes in random chunks.
"""

from __future__ import annotations

import contextlib
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.devices.emrtd.mrz import MrzData, MrzError, compose_td1, compose_td3, parse_mrz
from app.devices.emrtd.mrz_source import KeyboardWedgeMrzBuffer, ManualMrzEntry
from tests.fuzz.conftest import PARSER
from tests.fuzz.counter import tried
from tests.fuzz.mutations import mutated_text

TODAY = date(2026, 11, 25)
TD3 = compose_td3(
    document_type="P",
    issuing_state="NLD",
    surname="De Vries",
    given_names="Jan Pieter",
    document_number="NXC1234R5",
    nationality="NLD",
    birth_date=date(1980, 5, 17),
    sex="M",
    expiry_date=date(2030, 1, 1),
    personal_number="999993653",
)
TD1 = compose_td1(
    document_type="I",
    issuing_state="NLD",
    surname="Çelik",
    given_names="Ömer",
    document_number="IXR7R2PK1",
    nationality="NLD",
    birth_date=date(2001, 12, 31),
    sex="F",
    expiry_date=date(2031, 6, 30),
    optional_data="999993653",
)
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
SPECIMENS = (TD3, TD1, TD2)

#: What scanners and OCR put in an MRZ besides its own alphabet.
NOISE = st.one_of(
    st.sampled_from("ABCXYZ0123456789<<<\n\r\t «‹<>_-ÖØßıİﬀ０１٣K"),
    st.characters(),
)


def _outcome(text: str) -> MrzData | MrzError:
    try:
        return parse_mrz(text, today=TODAY)
    except MrzError as error:
        return error


def test_the_specimens_parse() -> None:
    for specimen in SPECIMENS:
        assert isinstance(_outcome(specimen), MrzData)


@PARSER
@given(st.sampled_from(SPECIMENS).flatmap(lambda s: mutated_text(s, NOISE, max_steps=4)))
def test_damaged_mrz_gives_data_or_mrz_error(text: str) -> None:
    tried("mrz")
    result = _outcome(text)
    if isinstance(result, MrzData):
        assert result.format in ("TD1", "TD2", "TD3")
        assert len(result.bac_key_information()) >= 24


@PARSER
@given(
    st.sampled_from(SPECIMENS),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n", " \n ", "\x0b", "\x1c", "\u2028", ""]),
    st.permutations([0, 1, 2]),
    st.booleans(),
)
def test_lines_joined_reordered_or_lower_case(
    specimen: str, separator: str, order: list[int], lower: bool
) -> None:
    tried("mrz")
    lines = specimen.split("\n")
    picked = [lines[i] for i in order if i < len(lines)]
    text = separator.join(picked)
    result = _outcome(text.lower() if lower else text)
    if order == [0, 1, 2] and separator.strip(" ") in ("\n", "\r\n", "\r", "\n\n"):
        assert isinstance(result, MrzData)  # only the spelling changed, not the MRZ


@PARSER
@given(
    st.lists(st.sampled_from(SPECIMENS).map(lambda s: s + "\n") | st.text(max_size=50), max_size=4),
    st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=12),
    st.lists(st.floats(min_value=0, max_value=3), min_size=1, max_size=12),
)
def test_scanner_keystrokes_in_chunks_give_only_results(
    pieces: list[str], cuts: list[int], gaps: list[float]
) -> None:
    """A keyboard-wedge scanner types in bursts with pauses; the buffer returns results,
    it never raises, and a complete scan in one burst gives exactly its MRZ."""
    tried("mrz")
    now = [0.0]
    buffer = KeyboardWedgeMrzBuffer(timeout=2.0, clock=lambda: now[0])
    stream = "".join(pieces)
    position = 0
    step = 0
    while position < len(stream):
        size = cuts[step % len(cuts)]
        now[0] += gaps[step % len(gaps)]
        for result in buffer.feed(stream[position : position + size]):
            assert isinstance(result, MrzData | MrzError)
        position += size
        step += 1
    buffer.reset()
    assert not buffer.pending
    now[0] += 10
    [whole] = [r for r in buffer.feed(TD3 + "\n") if isinstance(r, MrzData)]
    assert whole.document_number == "NXC1234R5"


@PARSER
@given(st.text(max_size=300))
def test_manual_entry_returns_a_result_for_any_text(text: str) -> None:
    tried("mrz")
    [result] = ManualMrzEntry().feed(text)
    assert isinstance(result, MrzData | MrzError)
    with contextlib.suppress(MrzError):
        parse_mrz(text)
