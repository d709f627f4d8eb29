"""Delivery's parts on their own: the loop that outlives a failing step, the organisers' notice of
a refused programme, once per reason, and when a star makes the sweep look at once."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timedelta

from bot.delivery.outbox import Outbox
from bot.delivery.refused import tell_organisers_refused
from bot.delivery.reminders import LONGEST_LEAD, may_be_due
from bot.delivery.running import every
from bot.programme.kinds import SessionKind
from bot.programme.model import Session, Text
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


def test_a_star_sweeps_at_once_only_for_a_session_within_the_longest_lead() -> None:
    def starting_in(delay: timedelta) -> Session:
        start = NOW + delay
        return Session("s", SessionKind.TALK, start, start + timedelta(hours=1), None, Text.of("S", "en"))

    assert may_be_due(starting_in(timedelta(minutes=5)), NOW)
    assert may_be_due(starting_in(LONGEST_LEAD), NOW)
    assert not may_be_due(starting_in(LONGEST_LEAD + timedelta(minutes=1)), NOW)
    assert not may_be_due(starting_in(-timedelta(minutes=1)), NOW)  # begun: no reminder any more
