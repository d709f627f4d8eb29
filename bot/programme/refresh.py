"""Re-reading the programme from its source, periodically and on demand, and turning a new version
into session changes; a version that fails to load is refused and the last good one keeps serving.

Pure logic: what to do with a new version (swap the base, send the changes through the one door)
and how to tell organisers of a refusal are callbacks given by the composition root.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.programme.changes import SessionChange, diff
from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme
from bot.programme.reader import Loaded
from bot.programme.source import ProgrammeSource

logger = logging.getLogger(__name__)

UNCHANGED, UPDATED, REFUSED = "unchanged", "updated", "refused"

OnChanges = Callable[[Loaded, list[SessionChange]], Awaitable[None]]
OnRefused = Callable[[str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class RefreshOutcome:
    """What one check found: `unchanged`, `updated` (with the session changes, possibly none when
    only descriptions or people changed) or `refused` (with the one-line reason)."""

    status: str
    changes: list[SessionChange] = field(default_factory=list)
    message: str | None = None


class Refresher:
    """Checks the source for a new programme version and hands it over, or refuses it.

    `current` returns the base programme in force (the file's, without organisers' overrides): the
    new version is diffed against it. `on_changes(loaded, changes)` must swap the base and send the
    changes through the one door; `on_refused(message)` tells organisers why a version was refused,
    once per reason rather than at every check while the same reason stands.
    """

    def __init__(
        self,
        source: ProgrammeSource,
        current: Callable[[], Programme],
        on_changes: OnChanges,
        on_refused: OnRefused,
        clock: Clock,
        interval: timedelta = timedelta(minutes=5),
    ) -> None:
        self.source = source
        self.interval = interval
        self.last_checked: datetime | None = None
        self.last_updated: datetime | None = None
        self._current = current
        self._on_changes = on_changes
        self._on_refused = on_refused
        self._clock = clock
        # Whoever calls check_once (the loop, /reload) waits for a check under way: one version
        # must never be diffed and applied twice.
        self._lock = asyncio.Lock()
        self._stopped = asyncio.Event()
        self._broken: str | None = None  # why the version the source serves was refused
        self._told: str | None = None  # the last reason given to on_refused

    async def check_once(self) -> RefreshOutcome:
        """Fetch; if the programme changed, load it, diff it and hand it to on_changes, else refuse it."""
        async with self._lock:
            self.last_checked = self._clock.now()
            return await self._check()

    async def run(self) -> None:
        """Check every `interval` until stop(); returns at once when the interval is zero (no refresh)."""
        seconds = self.interval.total_seconds()
        if seconds <= 0:
            return
        while not self._stopped.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(seconds):
                    await self._stopped.wait()
            if self._stopped.is_set():
                return
            try:
                await self.check_once()
            except Exception:  # the bot goes on with the programme it has; the next check may work
                logger.exception("the programme refresh failed")

    def stop(self) -> None:
        """Make run() return (at once if it is waiting, else after the check under way)."""
        self._stopped.set()

    async def _check(self) -> RefreshOutcome:
        try:
            fetched = await self.source.fetch()
        except ProgrammeError as error:
            return await self._refuse(str(error))
        if fetched is None:
            if self._broken is not None:  # the source still serves the version refused before
                return await self._refuse(self._broken)
            self._told = None
            return RefreshOutcome(UNCHANGED)
        try:
            loaded = self.source.load(fetched.content)
        except ProgrammeError as error:
            self._broken = str(error)
            return await self._refuse(self._broken)
        except Exception as error:  # a reader's bug must not take the bot's programme down with it
            logger.exception("reading %s failed unexpectedly", self.source.name)
            self._broken = f"{self.source.name}: cannot be read ({type(error).__name__}: {error})"
            return await self._refuse(self._broken)
        self._broken = self._told = None
        changes = diff(self._current(), loaded.programme)
        try:
            await self._on_changes(loaded, changes)
        except BaseException:
            # Not applied: forget the version so that the next check fetches and tries it again.
            self.source.forget()
            raise
        self.last_updated = self.last_checked
        logger.info("programme updated from %s: %d session change(s)", self.source.name, len(changes))
        return RefreshOutcome(UPDATED, changes)

    async def _refuse(self, message: str) -> RefreshOutcome:
        message = " ".join(part.strip() for part in message.splitlines() if part.strip())
        if message != self._told:
            logger.warning("programme version refused, the last good one stays: %s", message)
            await self._on_refused(message)
            self._told = message  # only once told: if telling failed, the next check tries again
        return RefreshOutcome(REFUSED, [], message)
