"""Telegram's budget shared by replies and the outbox: replies first, each chat at its pace, and a
slow answer does not hold the budget for longer than a window. Windows of 0.1 s keep it quick."""

from __future__ import annotations

import asyncio
import itertools
import time

from bot.delivery.limits import Priority, SendLimits

WINDOW = 0.1


async def send(
    limits: SendLimits, chat: int, priority: Priority, log: list[tuple[int, float]], answer: float = 0
):
    async with limits.slot(chat, priority):
        log.append((chat, time.monotonic()))
        await asyncio.sleep(answer)


async def test_replies_waiting_go_before_the_outbox() -> None:
    limits = SendLimits(overall=3, per_chat=1, window=WINDOW)
    log: list[tuple[int, float]] = []
    await asyncio.gather(*(send(limits, chat, Priority.OUTBOX, log) for chat in (1, 2, 3)))  # budget full
    waiting = [send(limits, chat, Priority.OUTBOX, log) for chat in (11, 12, 13)]
    waiting += [send(limits, chat, Priority.REPLY, log) for chat in (21, 22, 23)]
    await asyncio.gather(*waiting)
    assert [chat for chat, _ in log[3:6]] == [21, 22, 23]
    assert sorted(chat for chat, _ in log[6:]) == [11, 12, 13]


async def test_never_more_than_the_budget_in_any_window() -> None:
    limits = SendLimits(overall=5, per_chat=100, window=WINDOW)
    log: list[tuple[int, float]] = []
    await asyncio.gather(*(send(limits, chat, Priority.OUTBOX, log) for chat in range(20)))
    times = sorted(at for _, at in log)
    for index, start in enumerate(times):
        assert sum(1 for at in times[index:] if at < start + WINDOW * 0.99) <= 5


async def test_one_chat_at_its_pace_while_others_go() -> None:
    limits = SendLimits(overall=100, per_chat=1, window=WINDOW)
    log: list[tuple[int, float]] = []
    await asyncio.gather(
        *(send(limits, 7, Priority.REPLY, log) for _ in range(3)), send(limits, 8, Priority.REPLY, log)
    )
    mine = [at for chat, at in log if chat == 7]
    assert all(later - earlier >= WINDOW * 0.99 for earlier, later in itertools.pairwise(mine))
    other = next(at for chat, at in log if chat == 8)
    assert other - mine[0] < WINDOW / 2  # chat 8 did not wait behind chat 7


async def test_a_slow_answer_holds_the_budget_one_window_only() -> None:
    limits = SendLimits(overall=2, per_chat=100, window=WINDOW)
    log: list[tuple[int, float]] = []
    started = time.monotonic()
    slow = [asyncio.create_task(send(limits, chat, Priority.OUTBOX, log, answer=1.0)) for chat in (1, 2)]
    await asyncio.sleep(0.01)
    await send(limits, 3, Priority.REPLY, log)
    assert log[-1][1] - started < 3 * WINDOW  # not the 1 s the slow ones take to be answered
    for task in slow:
        task.cancel()
    await asyncio.gather(*slow, return_exceptions=True)


async def test_a_pause_holds_its_priority_only() -> None:
    limits = SendLimits(overall=100, per_chat=100, window=WINDOW)
    log: list[tuple[int, float]] = []
    started = time.monotonic()
    limits.pause(Priority.OUTBOX, 0.2)
    await asyncio.gather(send(limits, 1, Priority.OUTBOX, log), send(limits, 2, Priority.REPLY, log))
    at = dict(log)
    assert at[2] - started < 0.05
    assert at[1] - started >= 0.19
