"""Delivery's parts on their own: the loop that outlives a failing step, and the organisers' notice
of a refused programme, once per reason."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime

from bot.delivery.outbox import Outbox
from bot.delivery.refused import tell_organisers_refused
from bot.delivery.running import every
from bot.store.database import open_database
from bot.store.safety import DatabaseGone

NOW = datetime.fromisoformat("2017-11-16T12:36:00+01:00")


async def test_a_step_that_fails_does_not_stop_the_next_ones() -> None:
    steps: list[int] = []
    third = asyncio.Event()

    async def step() -> None:
        steps.append(len(steps))
        if len(steps) == 1:
            raise RuntimeError("one bad sweep")
        if len(steps) == 2:
            raise DatabaseGone("the disk went away for a moment")
        third.set()

    loop = asyncio.create_task(every(lambda: 0, step, "test step"))
    await asyncio.wait_for(third.wait(), timeout=5)
    loop.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await loop
    assert steps[:3] == [0, 1, 2]


async def test_organisers_hear_of_a_refused_programme_once_per_reason() -> None:
    database = await open_database(":memory:")
    try:
        outbox = Outbox(database)
        reason = "programme.toml, line 12: 'start' is not a time"
        assert await tell_organisers_refused(outbox, [1, 2], reason, NOW) == 2
        assert await tell_organisers_refused(outbox, [1, 2], reason, NOW) == 0  # the next check, same file
        assert await tell_organisers_refused(outbox, [1, 2], "another reason", NOW) == 2
        assert await tell_organisers_refused(outbox, [], "nobody to tell", NOW) == 0
    finally:
        await database.close()
