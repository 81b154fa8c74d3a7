"""Strategies that damage a valid encoding: the inputs a parser meets most (a bit flipped on
the wire, a frame cut short, a field pasted twice) and a random blob never reaches."""

from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def _mutate_bytes(draw: st.DrawFn, blob: bytes, max_steps: int) -> bytes:
    data = bytearray(blob)
    for _ in range(draw(st.integers(min_value=1, max_value=max_steps))):
        kind = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "repeat"]))
        if not data:
            kind = "insert"
        at = draw(st.integers(min_value=0, max_value=max(len(data) - 1, 0)))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif kind == "set":
            data[at] = draw(st.sampled_from([0x00, 0x7F, 0x80, 0x81, 0x82, 0x84, 0xFF]))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(min_value=1, max_value=8))]
        elif kind == "truncate":
            del data[at:]
        else:
            end = at + draw(st.integers(min_value=1, max_value=16))
            data[at:at] = data[at:end]
    return bytes(data)


def mutated(blob: bytes, *, max_steps: int = 4) -> st.SearchStrategy[bytes]:
    """``blob`` with 1..``max_steps`` flips, overwrites, insertions, deletions or cuts."""
    return _mutate_bytes(blob, max_steps)


@st.composite
def _mutate_text(draw: st.DrawFn, text: str, alphabet: st.SearchStrategy[str], steps: int) -> str:
    chars = list(text)
    for _ in range(draw(st.integers(min_value=1, max_value=steps))):
        kind = draw(st.sampled_from(["replace", "insert", "delete", "swap", "truncate"]))
        if not chars:
            kind = "insert"
        at = draw(st.integers(min_value=0, max_value=max(len(chars) - 1, 0)))
        if kind == "replace":
            chars[at] = draw(alphabet)
        elif kind == "insert":
            chars.insert(at, draw(alphabet))
        elif kind == "delete":
            del chars[at]
        elif kind == "swap" and at + 1 < len(chars):
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
        else:
            del chars[at:]
    return "".join(chars)


def mutated_text(
    text: str, alphabet: st.SearchStrategy[str] | None = None, *, max_steps: int = 3
) -> st.SearchStrategy[str]:
    """``text`` with characters replaced, inserted, deleted, swapped or cut off."""
    return _mutate_text(text, alphabet if alphabet is not None else st.characters(), max_steps)
