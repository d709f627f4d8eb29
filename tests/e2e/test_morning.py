"""Each conference morning through the real bot and the local Bot API server, the clock moved by
the test and never slept on: the channel's day picture (once at CHANNEL_PICTURE_TIME, not again
after a restart, again only when an organiser asks with /postgrid) and an attendee's morning
digest (turned on in /settings, at its time, with the day's changes, once)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import time
from pathlib import Path

import pytest
from PIL import Image

from bot.clock import FixedClock
from bot.programme.changes import MOVED, SessionChange, Slot
from tests.e2e.harness import RunningBot, at, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

CHANNEL = -1001999888777
ORGANISER, ANNA = 4001, 4002
WORKSHOP = "d1-workshop-right-to-the-city"  # Alcazar, Thursday 12:45–14:45


def channel_photo(call: Call) -> bool:
    return call.method == "sendPhoto" and call.params.get("chat_id") == CHANNEL


async def settle(bot: RunningBot) -> None:
    """Let the sweeper and the sender take several turns."""
    for _ in range(5):
        await bot.services.sweep_now()
        if bot.services.sender is not None:
            await bot.services.sender.drain_once()


async def channel_photos(bot: RunningBot) -> list[Call]:
    await settle(bot)
    return [call for call in bot.api.calls("sendPhoto") if channel_photo(call)]


@pytest.fixture
async def channel_bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    config = make_config(
        api,
        tmp_path / "bot.sqlite3",
        announce_chat_id=CHANNEL,
        channel_picture_time=time(8, 0),
        organiser_ids=frozenset({ORGANISER}),
        refresh_minutes=0,
    )
    running = RunningBot(api, config, FixedClock(at("2017-11-16T07:59:00+01:00")))
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def test_the_channel_gets_the_day_picture_once_at_its_time(channel_bot: RunningBot) -> None:
    bot = channel_bot
    assert await channel_photos(bot) == []
    bot.clock.set(at("2017-11-16T08:00:00+01:00"))
    photo = await bot.api.wait_for(channel_photo)
    assert photo.ok
    # The conference's language (French) when ANNOUNCE_LANGUAGES is not set.
    assert photo.params["caption"] == "🗓 <b>Jeudi 16 novembre</b>"
    image = Image.open(io.BytesIO(next(iter(photo.files.values())).data))
    assert image.format == "JPEG"
    bot.clock.set(at("2017-11-16T11:00:00+01:00"))
    assert len(await channel_photos(bot)) == 1
    await bot.restart()
    assert len(await channel_photos(bot)) == 1
    # The next conference day at its time, and no day after the conference.
    bot.clock.set(at("2017-11-17T07:59:00+01:00"))
    assert len(await channel_photos(bot)) == 1
    bot.clock.set(at("2017-11-17T08:00:00+01:00"))
    posts = await channel_photos(bot)
    assert [post.params["caption"] for post in posts] == [
        "🗓 <b>Jeudi 16 novembre</b>",
        "🗓 <b>Vendredi 17 novembre</b>",
    ]
    bot.clock.set(at("2017-11-18T09:00:00+01:00"))
    assert len(await channel_photos(bot)) == 2


async def test_a_restart_after_the_time_still_posts_the_day_not_once_it_is_over(
    channel_bot: RunningBot,
) -> None:
    bot = channel_bot
    await bot.stop()  # down over the picture's time
    bot.clock.set(at("2017-11-16T10:30:00+01:00"))
    await bot.start()
    assert [post.params["caption"] for post in await channel_photos(bot)] == ["🗓 <b>Jeudi 16 novembre</b>"]
    await bot.stop()  # down over the whole of the next morning and day
    bot.clock.set(at("2017-11-18T00:30:00+01:00"))
    await bot.start()
    assert len(await channel_photos(bot)) == 1


async def test_one_picture_per_channel_language(api: FakeBotApi, tmp_path: Path) -> None:
    config = make_config(
        api,
        tmp_path / "bot.sqlite3",
        announce_chat_id=CHANNEL,
        announce_languages=("en", "es"),
        channel_picture_time=time(8, 30),
    )
    bot = await RunningBot(api, config, FixedClock(at("2017-11-17T08:30:00+01:00"))).start()
    try:
        posts = await channel_photos(bot)
        assert [post.params["caption"] for post in posts] == [
            "🗓 <b>Friday 17 November</b>",
            "🗓 <b>Viernes, 17 de noviembre</b>",
        ]
    finally:
        await bot.stop()


async def test_no_picture_time_no_picture(api: FakeBotApi, tmp_path: Path) -> None:
    config = make_config(api, tmp_path / "bot.sqlite3", announce_chat_id=CHANNEL)
    bot = await RunningBot(api, config, FixedClock(at("2017-11-16T10:00:00+01:00"))).start()
    try:
        assert await channel_photos(bot) == []
    finally:
        await bot.stop()


async def move_workshop_to_scala(bot: RunningBot) -> None:
    """An organiser's room change, through the one door (as /move does)."""
    svc = bot.services
    session = svc.programme.snapshot.session(WORKSHOP)
    assert session is not None
    after = Slot(session.start, session.end, "scala")
    await svc.door.apply_changes(
        [SessionChange(WORKSHOP, MOVED, Slot.of(session), after)], by=1, now=svc.clock.now()
    )


async def test_postgrid_is_for_organisers_and_posts_the_picture_as_it_is_now(channel_bot: RunningBot) -> None:
    bot = channel_bot
    bot.clock.set(at("2017-11-16T08:00:00+01:00"))
    morning = await bot.api.wait_for(channel_photo)
    refused = await bot.command(ANNA, "postgrid")
    assert refused.params["text"] == "Only the conference organisers can do that."
    assert len(await channel_photos(bot)) == 1

    # Asked again with nothing changed: the same picture, by the file id Telegram gave it.
    since = len(bot.api.calls())
    answer = await bot.command(ORGANISER, "postgrid")
    assert answer.params["text"] == "The picture of Thursday 16 November goes to the channel."
    again = await bot.api.wait_for(channel_photo, since=since)
    assert again.files == {} and again.params["photo"] == morning.result["photo"][-1]["file_id"]

    # A change is not posted by itself; asked for, the new picture is drawn and uploaded (the
    # workshop's new room makes seven rooms on Thursday: two pages).
    await move_workshop_to_scala(bot)
    assert len(await channel_photos(bot)) == 2
    since = len(bot.api.calls())
    await bot.command(ORGANISER, "postgrid", "2017-11-16")
    await bot.api.wait_for(lambda c: channel_photo(c) and "page 1" in c.params["caption"], since=since)
    await bot.api.wait_for(lambda c: channel_photo(c) and "page 2" in c.params["caption"], since=since)
    changed = (await channel_photos(bot))[2:]
    assert all(post.files for post in changed)
    assert sorted(post.params["caption"] for post in changed) == [
        "🗓 <b>Jeudi 16 novembre</b> · page 1 sur 2",
        "🗓 <b>Jeudi 16 novembre</b> · page 2 sur 2",
    ]

    # Another day, named.
    since = len(bot.api.calls())
    await bot.command(ORGANISER, "postgrid", "2")
    friday = await bot.api.wait_for(channel_photo, since=since)
    assert friday.params["caption"] == "🗓 <b>Vendredi 17 novembre</b>"


async def test_postgrid_without_a_channel_says_so(api: FakeBotApi, tmp_path: Path) -> None:
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    bot = await RunningBot(api, config, FixedClock(at("2017-11-16T08:00:00+01:00"))).start()
    try:
        answer = await bot.command(ORGANISER, "postgrid")
        assert answer.params["text"] == (
            "No conference channel is set (ANNOUNCE_CHAT_ID): there is nowhere to post."
        )
        assert bot.api.calls("sendPhoto") == []
    finally:
        await bot.stop()
