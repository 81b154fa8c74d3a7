"""MRZ input sources: the keystrokes of a keyboard-wedge scanner and manual entry."""

from __future__ import annotations

from datetime import date

import pytest

from app.devices.emrtd.mrz import MrzData, MrzError, compose_td1
from app.devices.emrtd.mrz_source import (
    KeyboardWedgeMrzBuffer,
    ManualMrzEntry,
    MrzResult,
    MrzSource,
)

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD3_BAD = TD3[:-1] + "9"  # composite check digit off
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
TD1 = compose_td1(
    issuing_state="NLD",
    surname="Jansen",
    given_names="Sem",
    document_number="IXR7R2PK1",
    nationality="NLD",
    birth_date=date(1990, 1, 1),
    sex="M",
    expiry_date=date(2030, 1, 1),
    optional_data="999993653",
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _typed(mrz: str, enter: str = "\r") -> str:
    return "".join(line + enter for line in mrz.split("\n"))


def _only(results: list[MrzResult]) -> MrzData:
    assert len(results) == 1
    result = results[0]
    assert isinstance(result, MrzData)
    return result


def test_sources_satisfy_the_protocol() -> None:
    sources: list[MrzSource] = [KeyboardWedgeMrzBuffer(clock=FakeClock()), ManualMrzEntry()]
    for source in sources:
        source.reset()
        assert _only(source.feed(TD3 + "\n")).document_number == "L898902C3"


@pytest.mark.parametrize(("mrz", "fmt"), [(TD3, "TD3"), (TD2, "TD2"), (TD1, "TD1")])
def test_wedge_assembles_a_block_typed_key_by_key(mrz: str, fmt: str) -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    results: list[MrzResult] = []
    for key in _typed(mrz):
        results += buffer.feed(key)
    data = _only(results)
    assert data.format == fmt
    assert "\n".join(data.lines) == mrz
    assert not buffer.pending


def test_wedge_whole_block_at_once_with_crlf_and_stray_enters() -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    assert buffer.feed("\r\n\r\n") == []
    first, second = TD3.split("\n")
    assert buffer.feed(first.lower() + "\r\n") == []
    assert buffer.pending
    assert buffer.feed("\n\n") == []
    data = _only(buffer.feed(second + "\r\n"))
    assert data.document_number == "L898902C3"


def test_wedge_returns_the_error_of_a_complete_but_invalid_block() -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    results = buffer.feed(_typed(TD3_BAD))
    assert len(results) == 1
    assert isinstance(results[0], MrzError)
    assert results[0].field == "composite"
    assert not buffer.pending


def test_wedge_resets_on_garbage_then_reads_the_next_scan() -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    first = TD3[:44]
    assert buffer.feed(first + "\r") == []
    assert buffer.feed("hello world\r") == []
    assert not buffer.pending
    assert _only(buffer.feed(_typed(TD3))).surname == "ERIKSSON"


def test_wedge_a_line_of_another_width_starts_a_new_block() -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    assert buffer.feed(TD1.split("\n")[0] + "\r") == []
    data = _only(buffer.feed(_typed(TD3)))
    assert data.format == "TD3"


def test_wedge_drops_endless_input_without_enter() -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    assert buffer.feed("A" * 500) == []
    assert _only(buffer.feed("\r" + _typed(TD3))).format == "TD3"


def test_wedge_forgets_half_a_scan_after_the_timeout() -> None:
    clock = FakeClock()
    buffer = KeyboardWedgeMrzBuffer(timeout=2.0, clock=clock)
    first, second = TD3.split("\n")
    assert buffer.feed(first + "\r") == []
    clock.now += 2.5
    assert buffer.feed(second + "\r") == []
    assert buffer.pending  # the second line now waits for a partner
    # A fresh scan completes normally.
    clock.now += 5
    assert _only(buffer.feed(_typed(TD3))).format == "TD3"


def test_wedge_within_the_timeout_keeps_the_lines() -> None:
    clock = FakeClock()
    buffer = KeyboardWedgeMrzBuffer(timeout=2.0, clock=clock)
    first, second = TD3.split("\n")
    buffer.feed(first + "\r")
    clock.now += 1.5
    assert _only(buffer.feed(second + "\r")).format == "TD3"


def test_wedge_two_scans_in_one_feed() -> None:
    buffer = KeyboardWedgeMrzBuffer(clock=FakeClock())
    results = buffer.feed(_typed(TD3) + _typed(TD1))
    assert [r.format for r in results if isinstance(r, MrzData)] == ["TD3", "TD1"]


def test_manual_entry_parses_once() -> None:
    entry = ManualMrzEntry()
    assert _only(entry.feed(TD2)).format == "TD2"
    results = entry.feed(TD3_BAD)
    assert len(results) == 1
    assert isinstance(results[0], MrzError)
