"""Calendar links: one secret token per user, the same until a new link replaces it, kept across restarts."""

from __future__ import annotations

import re
from datetime import datetime

import aiosqlite

from bot.store.calendar_links import CalendarLinks

NOW = datetime.fromisoformat("2017-11-16T12:10:00+01:00")


async def test_a_token_is_made_once_and_opens_its_users_link_only(database: aiosqlite.Connection) -> None:
    links = CalendarLinks(database)
    await links.load()
    assert (links.token_of(1), links.user_of("anything")) == (None, None)
    token = await links.issue(1, NOW)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)  # 32 random bytes
    assert await links.issue(1, NOW) == token
    other = await links.issue(2, NOW)
    assert other != token
    assert (links.user_of(token), links.user_of(other), links.token_of(1)) == (1, 2, token)


async def test_a_new_link_closes_the_old_one(database: aiosqlite.Connection) -> None:
    links = CalendarLinks(database)
    old = await links.issue(1, NOW)
    new = await links.reset(1, NOW)
    assert new != old
    assert (links.user_of(old), links.user_of(new), links.token_of(1)) == (None, 1, new)
    assert await links.issue(1, NOW) == new


async def test_links_survive_a_restart(database: aiosqlite.Connection) -> None:
    links = CalendarLinks(database)
    old = await links.issue(1, NOW)
    new = await links.reset(1, NOW)
    kept = await links.issue(2, NOW)
    again = CalendarLinks(database)
    await again.load()
    assert (again.user_of(new), again.user_of(kept), again.user_of(old)) == (1, 2, None)
    async with database.execute("SELECT user_id, token FROM calendar_links ORDER BY user_id") as cursor:
        assert [tuple(row) async for row in cursor] == [(1, new), (2, kept)]
