"""Settings of the payment-terminal driver, with defaults that fit a CCV terminal on the LAN.

``app/config.py`` owns the configuration file; it builds ``OpiSettings`` from the
``[payment]`` table with ``OpiSettings.from_mapping`` (unknown keys are refused, so a typo
does not silently fall back to a default).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

DEFAULT_MAX_FRAME = 64 * 1024


@dataclass(frozen=True)
class OpiSettings:
    """Where the terminal is and how long to wait for it.

    ``port`` is channel 0 (the ECR connects to the terminal); ``device_port`` is channel 1,
    where the ECR listens and the terminal connects for display, receipt and DeliveryBox
    requests (0 lets the OS choose, for tests). ``customer_timeout`` is how long a card may
    take to appear before the ECR aborts; ``response_timeout`` bounds every other wait.
    Whether DeliveryBox is asked (unattended) is the terminal's profile, not ours to set.
    """

    host: str = "127.0.0.1"
    port: int = 4100
    device_host: str = "127.0.0.1"
    device_port: int = 4102
    workstation_id: str = "StadsPunt"
    pop_id: str = "001"
    language: str = "nl"
    connect_timeout: float = 5.0
    response_timeout: float = 15.0
    customer_timeout: float = 120.0
    max_frame: int = DEFAULT_MAX_FRAME

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> OpiSettings:
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise ValueError(f"unknown [payment] keys: {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, value in raw.items():
            default = getattr(cls(), name)
            if isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValueError(f"[payment] {name} must be a whole number >= 0")
            elif isinstance(default, float):
                if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                    raise ValueError(f"[payment] {name} must be a number of seconds > 0")
                values[name] = float(value)
                continue
            elif not isinstance(value, str) or not value:
                raise ValueError(f"[payment] {name} must be a non-empty string")
            values[name] = value
        return cls(**values)
