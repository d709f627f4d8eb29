"""Chats in parallel, each chat in order: python-telegram-bot's update processor for this bot.

python-telegram-bot handles one update at a time unless told otherwise; with ~40 ms per Bot API
call that caps the bot at ~25 updates/s, and anything that waits inside a handler (a chat's
one-message-a-second pace, an upload) holds every other chat. Here each chat (or, without one,
each user) has a lane: its updates run one after the other in arrival order, so a star pressed
twice ends as pressed; different lanes run at once, at most `running` of them. A lane waiting for
its turn holds no running slot, so one busy chat cannot fill them.

A chat that sends faster than it can be answered is throttled: past `backlog` updates waiting in
its lane, further ones are dropped (told once to slow down; a dropped button press is answered all
the same, or its button would spin), so it costs the others nothing and memory stays bounded.

Stopping (SIGTERM): `stop_within(seconds)` lets what runs finish and starts what waits until the
time is up; updates that have not started by then are left in the inbox for the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.updates.inbox import Inbox

log = logging.getLogger(__name__)

RUNNING = 48  # lanes running at once
BACKLOG = 8  # updates one lane may hold (running + waiting) before it is throttled
# Updates admitted at once, waiting included; past this PTB's fetcher waits (memory stays bounded).
ADMITTED = 4096

# Told of each update dropped from a flooding chat, and whether it is the first of the burst.
FloodNotice = Callable[[Update, bool], Awaitable[None]]


@dataclass(slots=True)
class _Lane:
    lock: asyncio.Lock
    held: int = 0  # updates of this lane running or waiting
    told_to_slow_down: bool = False


def lane_of(update: object) -> int | None:
    """The chat an update belongs to (a user's, when it has no chat); None for neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatLanes(BaseUpdateProcessor):
    def __init__(
        self,
        *,
        running: int = RUNNING,
        backlog: int = BACKLOG,
        on_flood: FloodNotice | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates=ADMITTED)
        self.running = running
        self.backlog = backlog
        self.on_flood = on_flood
        self.inbox: Inbox | None = None  # set once the database is open
        # In webhook mode no getUpdates keeps the updates: they are kept here, as they arrive.
        self.keep_arrivals = False
        self.dropped = 0
        self._slots: asyncio.Semaphore | None = None
        self._lanes: dict[int, _Lane] = {}
        self._stop_at: float | None = None

    async def initialize(self) -> None:
        self._slots = asyncio.Semaphore(self.running)
        self._stop_at = None

    async def shutdown(self) -> None:
        self._lanes.clear()

    def stop_within(self, seconds: float) -> None:
        """From now on, updates not started within `seconds` stay in the inbox for the next start."""
        self._stop_at = asyncio.get_running_loop().time() + seconds

    @property
    def lanes(self) -> int:
        return len(self._lanes)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self.keep_arrivals and self.inbox is not None and isinstance(update, Update):
            await self.inbox.keep([update.to_dict()])
        key = lane_of(update)
        if key is None:
            await self._run(update, coroutine)
            return
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane(asyncio.Lock())
        if lane.held >= self.backlog:
            await self._drop(update, coroutine, lane)
            return
        lane.held += 1
        try:
            async with lane.lock:
                await self._run(update, coroutine)
        finally:
            lane.held -= 1
            if lane.held == 0 and self._lanes.get(key) is lane:
                del self._lanes[key]  # idle chats cost nothing

    async def _run(self, update: object, coroutine: Awaitable[Any]) -> None:
        assert self._slots is not None, "ChatLanes used before initialize()"
        async with self._slots:
            if self._stop_at is not None and asyncio.get_running_loop().time() > self._stop_at:
                _close(coroutine)  # left in the inbox: handled after the restart
                return
            if self.inbox is not None and isinstance(update, Update):
                await self.inbox.started(update.update_id)
            await coroutine

    async def _drop(self, update: object, coroutine: Awaitable[Any], lane: _Lane) -> None:
        _close(coroutine)
        self.dropped += 1
        if self.inbox is not None and isinstance(update, Update):
            await self.inbox.started(update.update_id)
        if not isinstance(update, Update):
            return
        first = not lane.told_to_slow_down
        if first:
            lane.told_to_slow_down = True
            log.warning("chat %s sends faster than it can be answered: updates dropped", lane_of(update))
        if self.on_flood is not None:
            try:
                await self.on_flood(update, first)
            except Exception:  # telling them is a courtesy; the others must not suffer
                log.exception("could not ask chat %s to slow down", lane_of(update))


def _close(coroutine: Awaitable[Any]) -> None:
    """A coroutine that will never run is closed, so that Python does not warn it was forgotten."""
    close = getattr(coroutine, "close", None)
    if close is not None:
        close()
