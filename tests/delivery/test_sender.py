"""The outbox sender with a transport that fails as Telegram can: parts of a long message are
not sent again, a slow send holds no other, an unanswered send goes once more at most."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest

from bot.clock import FixedClock
from bot.delivery.limits import SendLimits
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.sender import Rendered, Sender, Transient, Uncertain
from bot.store.database import open_database

NOW = datetime.fromisoformat("2017-11-16T12:40:00+01:00")
LONG = "\n".join(f"line {n} " + "x" * 90 for n in range(80))  # about 8,000 characters: two parts


class Transport:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.fail: list[Exception | None] = []  # what each next send does (None: delivered)
        self.slow: dict[int, float] = {}  # chat → seconds its sends take

    async def send(self, chat_id: int, message: Rendered) -> None:
        await asyncio.sleep(self.slow.get(chat_id, 0))
        outcome = self.fail.pop(0) if self.fail else None
        if isinstance(outcome, Uncertain):
            self.sent.append((chat_id, message.text))  # delivered, but no answer came
        if outcome is not None:
            raise outcome
        self.sent.append((chat_id, message.text))

    async def edit(self, chat_id: int, message_id: int, text: str) -> None:
        return None


@pytest.fixture
async def outbox() -> AsyncIterator[Outbox]:
    database = await open_database(":memory:")
    try:
        yield Outbox(database)
    finally:
        await database.close()


def sender(outbox: Outbox, transport: Transport, clock: FixedClock, text: str = "hello") -> Sender:
    async def render(envelope: object) -> Rendered:
        return Rendered(text)

    return Sender(outbox, transport, render, clock, limits=SendLimits(overall=1000, per_chat=1000))


async def test_a_long_message_resumes_after_the_part_that_went_out(outbox: Outbox) -> None:
    clock = FixedClock(NOW)
    transport = Transport()
    transport.fail = [None, Transient("connection reset")]  # the first part goes, the second fails
    await outbox.enqueue([NewMessage("job", 42, "test", {})], NOW)
    send = sender(outbox, transport, clock, LONG)
    await send.drain_once()
    assert len(transport.sent) == 1
    clock.advance(timedelta(minutes=1))
    await send.drain_once()
    assert len(transport.sent) == 2  # the second part only, not the first again
    assert "".join(text for _, text in transport.sent).count("line ") == 80
    assert await outbox.counts() == {"sent": 1}


async def test_a_slow_send_holds_no_other(outbox: Outbox) -> None:
    transport = Transport()
    transport.slow = {1: 0.5}
    await outbox.enqueue([NewMessage("job", chat, "test", {}) for chat in range(1, 11)], NOW)
    task = asyncio.create_task(sender(outbox, transport, FixedClock(NOW)).drain_once())
    await asyncio.sleep(0.2)
    assert sorted(chat for chat, _ in transport.sent) == list(range(2, 11))
    await task
    assert len(transport.sent) == 10


async def test_an_unanswered_send_goes_once_more_at_most(outbox: Outbox) -> None:
    clock = FixedClock(NOW)
    transport = Transport()
    transport.fail = [Uncertain("timed out"), Uncertain("timed out")]
    await outbox.enqueue([NewMessage("job", 42, "test", {})], NOW)
    send = sender(outbox, transport, clock)
    for _ in range(4):
        await send.drain_once()
        clock.advance(timedelta(minutes=1))
    assert transport.sent == [(42, "hello"), (42, "hello")]
    assert await outbox.counts() == {"sent": 1}
