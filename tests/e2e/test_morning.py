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
from bot.programme.changes import ChangeKind, SessionChange, Slot
from tests.e2e.harness import RunningBot, at, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

CHANNEL = -1001999888777
ORGANISER, ANNA, BRUNO = 4001, 4002, 4003
WORKSHOP = "d1-workshop-right-to-the-city"  # Alcazar, Thursday 12:45–14:45


def channel_photo(call: Call) -> bool:
    return call.method == "sendPhoto" and call.params.get("chat_id") == CHANNEL


def digest_to(user_id: int):
    return lambda c: (
        c.method == "sendMessage" and c.params.get("chat_id") == user_id and c.params["text"].startswith("☀️")
    )


async def settle(bot: RunningBot) -> None:
    """Let the sweeper and the sender take several turns."""
    for _ in range(5):
        await bot.services.sweep_now()
        if bot.services.sender is not None:
            await bot.services.sender.drain_once()


async def channel_photos(bot: RunningBot) -> list[Call]:
    await settle(bot)
    return [call for call in bot.api.calls("sendPhoto") if channel_photo(call)]


async def digests(bot: RunningBot, user_id: int) -> list[Call]:
    await settle(bot)
    return [call for call in bot.api.calls("sendMessage") if digest_to(user_id)(call)]


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
        [SessionChange(WORKSHOP, ChangeKind.MOVED, Slot.of(session), after)], by=1, now=svc.clock.now()
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


@pytest.fixture
async def morning_bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    config = make_config(api, tmp_path / "bot.sqlite3", refresh_minutes=0)
    running = RunningBot(api, config, FixedClock(at("2017-11-16T07:00:00+01:00")))
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def turn_digest_on(bot: RunningBot, user_id: int, data: str) -> Call:
    settings = await bot.command(user_id, "settings")
    assert [d for _, d in buttons(settings) if d.startswith("digest|")] == [
        "digest|off",
        "digest|0730",
        "digest|0800",
        "digest|0830",
        "digest|0900",
    ]
    assert "My day each morning: off." in settings.params["text"]
    return await bot.press(user_id, settings, data)


async def test_the_morning_digest_comes_once_at_its_time_with_the_days_changes(
    morning_bot: RunningBot,
) -> None:
    bot = morning_bot
    shown = await turn_digest_on(bot, ANNA, "digest|0830")
    assert ("✅ 08:30", "digest|0830") in buttons(shown)
    assert "My day each morning: at 08:30 on each conference day" in shown.params["text"]
    await bot.services.stars.star(ANNA, WORKSHOP, bot.clock.now())
    bot.clock.set(at("2017-11-16T07:10:00+01:00"))
    await move_workshop_to_scala(bot)
    bot.clock.set(at("2017-11-16T08:29:59+01:00"))
    assert await digests(bot, ANNA) == []

    bot.clock.set(at("2017-11-16T08:30:00+01:00"))
    digest = await bot.api.wait_for(digest_to(ANNA))
    text = digest.params["text"]
    assert text.startswith("☀️ Good morning! Here is your day.\n\n<b>Your day: Thursday 16 November</b>")
    assert "What changed for your sessions:" in text
    changes = text.split("What changed for your sessions:</b>\n")[1].splitlines()
    assert len(changes) == 1 and changes[0].startswith("📍 Room change: “")
    assert "is now in Scala" in changes[0] and "(was Alcazar)" in changes[0]

    bot.clock.set(at("2017-11-16T09:00:00+01:00"))
    assert len(await digests(bot, ANNA)) == 1
    await bot.restart()
    assert len(await digests(bot, ANNA)) == 1
    # Friday: nothing starred that day, no digest.
    bot.clock.set(at("2017-11-17T08:30:00+01:00"))
    assert len(await digests(bot, ANNA)) == 1


async def test_no_digest_when_off(morning_bot: RunningBot) -> None:
    bot = morning_bot
    await bot.command(BRUNO, "settings")  # off by default
    shown = await turn_digest_on(bot, ANNA, "digest|0800")
    await bot.press(ANNA, shown, "digest|off")
    for user_id in (ANNA, BRUNO):
        await bot.services.stars.star(user_id, WORKSHOP, bot.clock.now())
    bot.clock.set(at("2017-11-16T10:00:00+01:00"))
    assert await digests(bot, ANNA) == [] and await digests(bot, BRUNO) == []
