"""Stopping the sender (SIGTERM) while Telegram asks it to wait: it stops at once, nothing is lost."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime

import pytest

from bot.clock import FixedClock
from bot.delivery.limits import SendLimits
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.sender import Rendered, RetryAfter, Sender
from bot.store.database import open_database

NOW = datetime.fromisoformat("2017-11-16T12:40:00+01:00")


class Transport:
    def __init__(self, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        self.sent: list[tuple[int, str]] = []
        self.called = asyncio.Event()

    async def send(self, chat_id: int, message: Rendered) -> None:
        self.called.set()
        if self.retry_after is not None:
            raise RetryAfter(self.retry_after)
        self.sent.append((chat_id, message.text))

    async def edit(self, chat_id: int, message_id: int, text: str) -> None:
        raise AssertionError("nothing is edited here")


async def render(envelope: object) -> Rendered:
    return Rendered("hello")


@pytest.fixture
async def outbox() -> AsyncIterator[Outbox]:
    database = await open_database(":memory:")
    try:
        yield Outbox(database)
    finally:
        await database.close()


async def test_stop_during_a_long_retry_after_keeps_the_row_pending(outbox: Outbox) -> None:
    await outbox.enqueue([NewMessage("job", 42, "test", {})], NOW)
    throttled = Transport(retry_after=600)
    sender = Sender(outbox, throttled, render, FixedClock(NOW), limits=SendLimits(), idle_poll=0.01)
    task = asyncio.create_task(sender.run())
    await asyncio.wait_for(throttled.called.wait(), 5)
    sender.stop()
    await asyncio.wait_for(task, 2)  # not the 600 s Telegram asked for
    assert await outbox.counts() == {"pending": 1}
    assert [e.attempts for e in await outbox.pending(NOW)] == [0]

    fine = Transport()
    again = Sender(outbox, fine, render, FixedClock(NOW), limits=SendLimits(), idle_poll=0.01)
    assert await again.drain_once() is True
    assert fine.sent == [(42, "hello")]
    assert await outbox.counts() == {"sent": 1}
