"""The update processor on its own: chats in parallel, each in order, floods cut, stops bounded."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from telegram import Chat, Message, Update, User

from bot.store.database import open_database
from bot.updates.inbox import Inbox
from bot.updates.processor import ChatLanes

WHEN = datetime.fromtimestamp(1510830000, UTC)  # a Unix time, as Telegram sends, read


def update(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "Ana", False)
    message = Message(update_id, WHEN, Chat(chat_id, "private"), from_user=user, text=f"question {update_id}")
    return Update(update_id, message=message)


@pytest.fixture
async def inbox() -> AsyncIterator[Inbox]:
    database = await open_database(":memory:")
    try:
        yield Inbox(database)
    finally:
        await database.close()


async def started_processor(**options: Any) -> ChatLanes:
    processor = ChatLanes(**options)
    await processor.initialize()
    return processor


async def test_each_chat_in_order_and_chats_at_once() -> None:
    processor = await started_processor()
    running = 0
    most_at_once = 0
    handled: dict[int, list[int]] = {}

    async def handle(item: Update, pause: float) -> None:
        nonlocal running, most_at_once
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(pause)
        handled.setdefault(item.effective_chat.id, []).append(item.update_id)  # type: ignore[union-attr]  # every update here is a message in a chat
        running -= 1

    items = [update(n, 100 + n % 5) for n in range(30)]
    # Later updates of a chat are quicker: only the lane keeps them in order.
    await asyncio.gather(
        *(processor.process_update(item, handle(item, 0.05 - n * 0.001)) for n, item in enumerate(items))
    )
    for chat, ids in handled.items():
        assert ids == sorted(ids), chat
    assert most_at_once == 5  # one per chat, the five chats together
    assert processor.lanes == 0  # idle chats are forgotten


async def test_a_flooding_chat_is_cut_and_told_once_while_others_go_on() -> None:
    told: list[int] = []

    async def on_flood(item: Update, first: bool) -> None:
        if first:
            told.append(item.update_id)

    processor = await started_processor(backlog=3, on_flood=on_flood)
    done: list[int] = []

    async def handle(item: Update) -> None:
        await asyncio.sleep(0.02)
        done.append(item.update_id)

    flood = [update(n, 7) for n in range(10)]
    other = update(99, 8)
    await asyncio.gather(*(processor.process_update(item, handle(item)) for item in [*flood, other]))
    assert done[:1] == [0] and 99 in done
    assert sorted(n for n in done if n != 99) == [0, 1, 2]
    assert processor.dropped == 7
    assert told == [3]


async def test_what_has_not_started_when_time_is_up_stays_in_the_inbox(inbox: Inbox) -> None:
    processor = await started_processor()
    processor.inbox = inbox
    items = [update(n, 7) for n in range(1, 6)]
    await inbox.keep([item.to_dict() for item in items])
    done: list[int] = []

    async def handle(item: Update) -> None:
        await asyncio.sleep(0.1)
        done.append(item.update_id)

    tasks = [asyncio.create_task(processor.process_update(item, handle(item))) for item in items]
    await asyncio.sleep(0.01)
    processor.stop_within(0.15)  # room for the first and the second, not more
    await asyncio.gather(*tasks)
    assert done == [1, 2]
    assert [left["update_id"] for left in await inbox.left()] == [3, 4, 5]


async def test_in_webhook_mode_updates_are_kept_as_they_arrive(inbox: Inbox) -> None:
    processor = await started_processor()
    processor.inbox = inbox
    processor.keep_arrivals = True
    gate = asyncio.Event()
    seen: list[list[int]] = []

    async def first() -> None:
        await gate.wait()

    async def second() -> None:
        seen.append([left["update_id"] for left in await inbox.left()])

    one = asyncio.create_task(processor.process_update(update(1, 7), first()))
    two = asyncio.create_task(processor.process_update(update(2, 7), second()))
    await asyncio.sleep(0.05)
    assert [left["update_id"] for left in await inbox.left()] == [2]  # 1 started, 2 waits its turn
    gate.set()
    await asyncio.gather(one, two)
    assert seen == [[]]
