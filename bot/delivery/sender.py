"""The one paced sender: drains the outbox at Telegram's pace and marks each row as it goes.

About 30 messages a second overall and one a second per chat (both configurable); a 429 makes it
wait `retry_after`; 403 marks the user blocked; 400 is recorded as failed; network errors are
retried with a growing delay. After a crash it resumes from the rows still pending: at most the
one message in flight is sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from bot.clock import Clock
from bot.delivery.outbox import BLOCKED, FAILED, OBSOLETE, SENT, Envelope, Outbox

log = logging.getLogger(__name__)

Button = tuple[str, str]  # (label, callback data)


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()


class Blocked(Exception):
    """The recipient blocked the bot (403)."""


class RetryAfter(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Rejected(Exception):
    """The message itself was refused (400): sending it again would not help."""


class Transient(Exception):
    """A network error or time-out: try again later."""


class Transport(Protocol):
    """Sends one message, waiting on the shared RateLimiter and recording the send in it."""

    async def send(self, chat_id: int, message: Rendered) -> None: ...


# Renders an envelope in its recipient's language, or None when it no longer applies.
Renderer = Callable[[Envelope], Awaitable[Rendered | None]]


class RateLimiter:
    """Sliding one-second windows: at most `overall` sends in any second, `per_chat` per chat.

    A send is recorded when Telegram has answered it: the request reached Telegram before that,
    so a window measured from our records never holds more sends than Telegram saw."""

    # Telegram's one-second windows, plus a hair for clocks that disagree.
    WINDOW = 1.005

    def __init__(
        self,
        overall: float = 30,
        per_chat: float = 1,
        *,
        window: float = WINDOW,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.overall = max(1, int(overall))
        self.window = window
        self.chat_interval = window / per_chat
        self._clock = monotonic
        self._recent: deque[float] = deque()
        self._last_by_chat: dict[int, float] = {}

    def chat_ready_in(self, chat_id: int) -> float:
        last = self._last_by_chat.get(chat_id)
        return 0.0 if last is None else max(0.0, last + self.chat_interval - self._clock())

    def overall_ready_in(self) -> float:
        now = self._clock()
        while self._recent and self._recent[0] <= now - self.window:
            self._recent.popleft()
        if len(self._recent) < self.overall:
            return 0.0
        return self._recent[0] + self.window - now

    async def wait(self, chat_id: int) -> None:
        """Until one more send to this chat keeps within both limits."""
        while (delay := max(self.overall_ready_in(), self.chat_ready_in(chat_id))) > 0:
            await asyncio.sleep(delay)

    def record(self, chat_id: int) -> None:
        now = self._clock()
        self._recent.append(now)
        self._last_by_chat[chat_id] = now
        if len(self._last_by_chat) > 50_000:
            horizon = now - self.chat_interval
            self._last_by_chat = {c: t for c, t in self._last_by_chat.items() if t > horizon}


class Sender:
    def __init__(
        self,
        outbox: Outbox,
        transport: Transport,
        render: Renderer,
        clock: Clock,
        *,
        limiter: RateLimiter,
        on_blocked: Callable[[int], Awaitable[None]] | None = None,
        idle_poll: float = 0.5,
        max_attempts: int = 5,
    ) -> None:
        self.outbox = outbox
        self.transport = transport
        self.render = render
        self.clock = clock
        self.on_blocked = on_blocked
        # Shared with every other send of the bot (replies too): the transport waits on it and
        # records each send; here it only decides which chat may go next.
        self.limiter = limiter
        self.idle_poll = idle_poll
        self.max_attempts = max_attempts
        self.sent = 0
        self._wake = asyncio.Event()
        self._stopping = False
        self._stopped = asyncio.Event()

    async def _stopped_early(self) -> None:
        while not self._stopping:
            await asyncio.sleep(0.05)

    def wake(self) -> None:
        """New rows were written: look at once rather than at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        """Finish the message in flight, then stop; pending rows wait for the next start."""
        self._stopping = True
        self._stopped.set()
        self._wake.set()

    async def run(self) -> None:
        self._stopping = False
        # A run that just ended (a restart, a crash) may have sent in the last second: wait one
        # window before sending, so that neither limit is exceeded across the restart.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped_early(), self.limiter.window)
        self._stopped.clear()
        while not self._stopping:
            try:
                worked = await self.drain_once()
            except Exception:  # the sender must outlive any one bad row or database hiccup
                log.exception("outbox sender: unexpected error")
                worked = False
            if not worked and not self._stopping:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.idle_poll)

    async def drain_once(self) -> bool:
        """Send what is pending and due now, as fast as the limits allow. True if it sent anything."""
        batch = await self.outbox.pending(self.clock.now())
        worked = False
        waiting: list[Envelope] = []
        for envelope in batch:
            if self._stopping:
                return worked
            if self.limiter.chat_ready_in(envelope.recipient) > 0:
                waiting.append(envelope)  # another chat may go first
                continue
            await self._send(envelope)
            worked = True
        if waiting and not worked and not self._stopping:
            # Only chats that must wait their second: wait for the earliest, then go again.
            await asyncio.sleep(min(self.limiter.chat_ready_in(e.recipient) for e in waiting))
            return True
        return worked

    async def _send(self, envelope: Envelope) -> None:
        delay = self.limiter.overall_ready_in()
        if delay > 0:
            await asyncio.sleep(delay)
        rendered = await self.render(envelope)
        now = self.clock.now()
        if rendered is None:
            await self.outbox.mark(envelope.id, OBSOLETE, now)
            return
        while True:
            try:
                await self.transport.send(envelope.recipient, rendered)
            except RetryAfter as error:
                log.warning("429 from Telegram: waiting %.1f s", error.seconds)
                if await self._stopped_within(error.seconds):
                    return  # stopping: the row stays pending and goes at the next start
                continue
            except Blocked:
                await self.outbox.mark(envelope.id, BLOCKED, self.clock.now(), "blocked by the user")
                if self.on_blocked is not None:
                    await self.on_blocked(envelope.recipient)
                return
            except Rejected as error:
                log.warning("message %s to %s refused: %s", envelope.id, envelope.recipient, error)
                await self.outbox.mark(envelope.id, FAILED, self.clock.now(), str(error))
                return
            except Transient as error:
                if envelope.attempts + 1 >= self.max_attempts:
                    await self.outbox.mark(envelope.id, FAILED, self.clock.now(), str(error))
                else:
                    backoff = 2 ** (envelope.attempts + 1)
                    await self.outbox.retry_later(
                        envelope.id, self.clock.now().timestamp() + backoff, str(error)
                    )
                return
            await self.outbox.mark(envelope.id, SENT, self.clock.now())
            self.sent += 1
            return

    async def _stopped_within(self, seconds: float) -> bool:
        """Wait `seconds`, unless stop() comes first (a long retry_after must not hold up SIGTERM)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped.wait(), seconds)
        return self._stopped.is_set()
