"""The call chime: a soft two-tone "ding-dong", synthesised, so no audio file of unknown licence
ships with the application.

The two tones (E5 then C5, a falling major third) are the interval most public-address gongs use:
people recognise it as "attention, a call" without it sounding like an alarm. Each tone has a
short attack (no click), a few quiet overtones (a bell rather than a beep) and an exponential
decay. No Qt here: ``scripts/make-chime`` writes the committed file with it, and the display
writes it to the cache directory when a checkout lacks it.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

import platformdirs

from app.config import APP_NAME

log = logging.getLogger(__name__)

SAMPLE_RATE = 22_050
#: (frequency Hz, start s, length s) of each tone.
TONES = ((659.25, 0.0, 0.9), (523.25, 0.45, 1.1))
#: Overtones of a small bell: (frequency ratio, relative amplitude).
PARTIALS = ((1.0, 1.0), (2.0, 0.28), (3.0, 0.08), (4.2, 0.04))
ATTACK_SECONDS = 0.012
DECAY_PER_SECOND = 4.0
PEAK = 0.6  # of full scale: loud enough for a hall speaker, headroom against clipping

RESOURCE_PATH = Path(__file__).resolve().parents[2] / "resources" / "sounds" / "chime.wav"


def chime_samples(sample_rate: int = SAMPLE_RATE) -> list[float]:
    """The chime as floats in [-1, 1]."""
    length = max(start + duration for _freq, start, duration in TONES)
    samples = [0.0] * int(length * sample_rate)
    for freq, start, duration in TONES:
        first = int(start * sample_rate)
        for i in range(int(duration * sample_rate)):
            t = i / sample_rate
            envelope = min(1.0, t / ATTACK_SECONDS) * math.exp(-DECAY_PER_SECOND * t)
            # Fade the tail to zero so the tone does not end in a click.
            envelope *= min(1.0, (duration - t) / 0.05)
            value = sum(a * math.sin(2 * math.pi * freq * r * t) for r, a in PARTIALS)
            samples[first + i] += envelope * value
    peak = max(abs(s) for s in samples) or 1.0
    return [s / peak * PEAK for s in samples]


def write_chime(path: Path, sample_rate: int = SAMPLE_RATE) -> Path:
    """Write the chime as a 16-bit mono WAV file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", round(s * 32767)) for s in chime_samples(sample_rate))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(frames)
    return path


def chime_path() -> Path | None:
    """The chime file: the one in ``resources/sounds``, else one made in the cache directory."""
    if RESOURCE_PATH.is_file():
        return RESOURCE_PATH
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "chime.wav"
    if cached.is_file():
        return cached
    try:
        return write_chime(cached)
    except OSError as exc:
        log.warning("cannot write the chime to %s: %s", cached, exc.strerror)
        return None
