"""Delivery while the bot runs: the paced sender and the loops that feed it, started together and
stopped together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from bot.delivery.sender import Sender
from bot.store.safety import DatabaseGone

log = logging.getLogger(__name__)


async def every(seconds: Callable[[], float], step: Callable[[], Awaitable[object]], what: str) -> None:
    """`step` again and again, `seconds()` apart, until cancelled; one that fails does not stop
    the next ones."""
    while True:
        try:
            await step()
        except DatabaseGone:  # logged once where it was noticed
            pass
        except Exception:
            log.exception("%s failed", what)
        await asyncio.sleep(seconds())


class Delivery:
    """The sender and the loops beside it: built whole by `start`, ended by `stop`."""

    def __init__(self, sender: Sender, sending: asyncio.Task[None], loops: list[asyncio.Task[None]]) -> None:
        self.sender = sender
        self._sending = sending
        self._loops = loops

    @classmethod
    def start(cls, sender: Sender, loops: dict[str, Coroutine[Any, Any, None]]) -> Delivery:
        """`sender` sending, and each of `loops` (by name) running beside it."""
        sending = asyncio.create_task(sender.run(), name="outbox-sender")
        return cls(sender, sending, [asyncio.create_task(loop, name=name) for name, loop in loops.items()])

    def wake(self) -> None:
        self.sender.wake()

    async def stop(self) -> None:
        """Let the message in flight finish and be marked; what is pending waits for the next start."""
        self.sender.stop()
        for task in self._loops:
            task.cancel()
        for task in (self._sending, *self._loops):
            with contextlib.suppress(asyncio.CancelledError):
                await task
