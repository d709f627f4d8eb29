"""Telegram's sending limits, shared by every message the bot sends, replies first.

Telegram allows about 30 messages a second overall and one a second per chat. Replies to people and
the outbox (reminders, notices, announcements) draw on the same budget: a reply waiting for a slot
goes before any outbox message waiting for one, so attendees asking during a broadcast are answered
at once, and the broadcast takes every slot nobody is asking for.

A send counts in the window from the moment it is let go, and again when Telegram answers (it is
recorded then): Telegram saw the request between the two, so a window measured from our records
never holds fewer sends than Telegram counted, however many requests are in flight. A send whose
answer is slow stops holding the budget once a window has passed since it left.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    """Who goes first when both wait for a slot (lower first)."""

    REPLY = 0
    OUTBOX = 1


@dataclass(order=True)
class _Waiter:
    priority: int
    sequence: int
    chat_id: int = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)


class SendLimits:
    """Sliding one-second windows: at most `overall` sends in any second, `per_chat` per chat."""

    # Telegram's one-second windows, plus a hair for clocks that disagree.
    WINDOW = 1.005
    # Past this many chats remembered, those whose last send is older than their interval (ready
    # anyway) are forgotten: memory follows the chats of the last second, not all chats ever.
    CHATS_KEPT = 4096

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
        self._chats_in_flight: dict[int, list[float]] = {}  # chat → when each of its sends left
        self._departures: deque[float] = deque()  # when sends in flight left, oldest first
        self._waiters: list[_Waiter] = []
        self._sequence = 0
        self._timer: asyncio.TimerHandle | None = None
        self._paused_until: dict[Priority, float] = {}

    # -- what callers may ask --------------------------------------------------------------

    def chat_ready_in(self, chat_id: int) -> float:
        """Seconds until this chat may receive one more message (a send in flight counts)."""
        if self._chats_in_flight.get(chat_id):
            return self.chat_interval
        last = self._last_by_chat.get(chat_id)
        return 0.0 if last is None else max(0.0, last + self.chat_interval - self._clock())

    def overall_ready_in(self) -> float:
        now = self._clock()
        self._forget_old(now)
        if self._used() < self.overall:
            return 0.0
        return self._oldest_use() + self.window - now

    def paused_for(self, priority: Priority) -> float:
        """Seconds left of a pause Telegram asked for (429) on sends of this priority."""
        return max(0.0, self._paused_until.get(priority, 0.0) - self._clock())

    @property
    def replies_waiting(self) -> int:
        return sum(1 for w in self._waiters if w.priority == Priority.REPLY)

    # -- taking and giving back a slot -----------------------------------------------------

    @asynccontextmanager
    async def slot(self, chat_id: int, priority: Priority = Priority.REPLY) -> AsyncIterator[None]:
        """Hold a slot for one send to `chat_id`; it is recorded when the block ends."""
        await self.acquire(chat_id, priority)
        try:
            yield
        finally:
            self.release(chat_id)

    async def acquire(self, chat_id: int, priority: Priority = Priority.REPLY) -> None:
        """Wait until one more send to this chat keeps within both limits, then take the slot."""
        loop = asyncio.get_running_loop()
        self._sequence += 1
        waiter = _Waiter(int(priority), self._sequence, chat_id, loop.create_future())
        self._waiters.append(waiter)
        self._dispatch()
        try:
            await waiter.granted
        except asyncio.CancelledError:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            elif waiter.granted.done() and not waiter.granted.cancelled():
                self._give_back(chat_id)  # granted just as we were cancelled: not used
            self._dispatch()
            raise

    def release(self, chat_id: int) -> None:
        """The send taken by acquire() was answered (or failed): count it in the windows."""
        now = self._clock()
        self._give_back(chat_id)
        self._recent.append(now)
        self._last_by_chat[chat_id] = now
        if len(self._last_by_chat) > self.CHATS_KEPT:
            horizon = now - self.chat_interval
            self._last_by_chat = {c: t for c, t in self._last_by_chat.items() if t > horizon}
        self._dispatch()

    def pause(self, priority: Priority, seconds: float) -> None:
        """Telegram said 429: nothing of this priority is let go for `seconds`."""
        until = self._clock() + seconds
        self._paused_until[priority] = max(until, self._paused_until.get(priority, 0.0))
        self._schedule(seconds)

    # -- inside ----------------------------------------------------------------------------

    def _take(self, chat_id: int) -> None:
        now = self._clock()
        self._departures.append(now)
        self._chats_in_flight.setdefault(chat_id, []).append(now)

    def _give_back(self, chat_id: int) -> None:
        departures = self._chats_in_flight.get(chat_id)
        if not departures:
            return
        left = departures.pop(0)
        if not departures:
            del self._chats_in_flight[chat_id]
        if left in self._departures:  # else it has already left the window
            self._departures.remove(left)

    def _forget_old(self, now: float) -> None:
        while self._recent and self._recent[0] <= now - self.window:
            self._recent.popleft()
        while self._departures and self._departures[0] <= now - self.window:
            self._departures.popleft()

    def _used(self) -> int:
        """Sends in the window: answered within it, or in flight and left within it."""
        return len(self._recent) + len(self._departures)

    def _oldest_use(self) -> float:
        return min(
            self._recent[0] if self._recent else float("inf"),
            self._departures[0] if self._departures else float("inf"),
        )

    def _dispatch(self) -> None:
        """Let go every waiter that may go now, replies first, then in arrival order."""
        if not self._waiters:
            return
        now = self._clock()
        self._forget_old(now)
        self._waiters.sort()
        soonest: float | None = None
        for waiter in list(self._waiters):
            if self._used() >= self.overall:
                soonest = self._oldest_use() + self.window - now
                break
            paused = self._paused_until.get(Priority(waiter.priority), 0.0) - now
            wait = max(paused, self.chat_ready_in(waiter.chat_id))
            if wait > 0:
                if not self._chats_in_flight.get(waiter.chat_id):  # a release will wake us
                    soonest = wait if soonest is None else min(soonest, wait)
                continue
            self._waiters.remove(waiter)
            if waiter.granted.done():  # cancelled while waiting
                continue
            self._take(waiter.chat_id)
            waiter.granted.set_result(None)
        if soonest is not None and self._waiters:
            self._schedule(soonest)

    def _schedule(self, delay: float) -> None:
        loop = asyncio.get_running_loop()
        when = loop.time() + max(delay, 0.001)
        if self._timer is not None and not self._timer.cancelled() and self._timer.when() <= when:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_at(when, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._dispatch()
