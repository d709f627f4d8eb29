"""The one clock: real, fixed (tests) or simulated (rehearsals and demos). Nothing else asks the time."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """Stands still until a test moves it."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        self._now = instant

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        self._now = instant

    def advance(self, delta: timedelta) -> None:
        self._now += delta


class SimulatedClock:
    """Starts at an instant and runs forward at `speed` times real time."""

    def __init__(self, start: datetime, speed: float = 1.0) -> None:
        if start.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        self._start = start
        self._speed = speed
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=(time.monotonic() - self._origin) * self._speed)

    @property
    def speed(self) -> float:
        return self._speed


def real_seconds(clock: Clock, seconds: float, *, floor: float = 0.05) -> float:
    """How long to really wait for `seconds` to pass on the clock: a rehearsal at SIMULATED_SPEED
    60 sweeps 60 times as often, so that nothing falls between two sweeps (but not under `floor`)."""
    speed = clock.speed if isinstance(clock, SimulatedClock) else 1.0
    return max(min(seconds, floor), seconds / speed)
