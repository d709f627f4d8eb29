"""Slot posts in the conference channel through the real bot: the clock is moved, never slept on."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from html import escape
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.delivery.telegram import TelegramTransport
from bot.programme.changes import ChangeKind, SessionChange, Slot
from tests.e2e.harness import RunningBot, at, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

CHANNEL = -1001999888777


def to_channel(call: Call) -> bool:
    return call.method == "sendMessage" and call.params.get("chat_id") == CHANNEL


@pytest.fixture
async def channel_bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    config = make_config(api, tmp_path / "bot.sqlite3", announce_chat_id=CHANNEL)
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def settle(bot: RunningBot) -> list[Call]:
    """Let the sweeper and the sender take several turns, then list the channel's posts."""
    for _ in range(5):
        await bot.services.sweep_now()
        if bot.services.sender is not None:
            await bot.services.sender.drain_once()
    return [call for call in bot.api.calls("sendMessage") if to_channel(call)]


async def test_the_slot_post_comes_once_at_the_lead_time(channel_bot: RunningBot) -> None:
    bot = channel_bot
    bot.clock.set(at("2017-11-16T12:39:59+01:00"))
    assert await settle(bot) == []
    bot.clock.set(at("2017-11-16T12:40:00+01:00"))
    post = await bot.api.wait_for(to_channel)
    text = post.params["text"]
    # The conference's default language (French) when no language is set.
    assert text.startswith("🕒 <b>Début à 12:45</b>")
    programme = bot.services.programme.snapshot
    slot = [s for s in programme.sessions if s.start == at("2017-11-16T12:45:00+01:00")]
    assert [line for line in text.splitlines() if line.startswith("• ")] == [
        f"• <b>{escape(s.title.get('fr'))}</b>" for s in slot
    ]
    for room in ("Alcazar", "Dijlezaal", "Herten Aas"):
        assert f"📍 {room} · 🎧 interprétation : anglais" in text
    assert post.params["parse_mode"] == "HTML"
    bot.clock.set(at("2017-11-16T12:44:00+01:00"))
    assert len(await settle(bot)) == 1
    await bot.restart()
    assert len(await settle(bot)) == 1


async def test_one_post_per_announce_language(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> None:
    config = make_config(
        api, tmp_path / "bot.sqlite3", announce_chat_id=CHANNEL, announce_languages=("en", "es")
    )
    bot = await RunningBot(api, config, clock).start()
    try:
        bot.clock.set(at("2017-11-16T14:56:00+01:00"))
        posts = await settle(bot)
        assert [post.params["text"].splitlines()[0] for post in posts] == [
            "🕒 <b>Starting at 3:00\u202fPM</b>",
            "🕒 <b>Empieza a las 15:00</b>",
        ]
    finally:
        await bot.stop()


async def test_a_slot_emptied_before_its_post_is_sent_posts_nothing(channel_bot: RunningBot) -> None:
    bot = channel_bot
    svc = bot.services
    await svc.stop_delivery()  # rows are written, nothing is sent yet
    bot.clock.set(at("2017-11-16T14:56:00+01:00"))
    await svc.sweep_now()
    assert await svc.outbox.counts() == {"pending": 1}
    # Every session of the 15:00 slot moves to 17:45, through the door as organisers' changes do.
    later = Slot(at("2017-11-16T17:45:00+01:00"), at("2017-11-16T18:45:00+01:00"), None)
    changes = [
        SessionChange(s.id, ChangeKind.RETIMED, Slot.of(s), replace(later, room_id=s.room_id))
        for s in svc.programme.snapshot.sessions
        if s.start == at("2017-11-16T15:00:00+01:00")
    ]
    await svc.door.apply_changes(changes, by=1, now=svc.clock.now())
    assert bot.application is not None
    svc.start_delivery(TelegramTransport(bot.application.bot))
    posts = [call.params["text"] for call in await settle(bot)]
    # The channel hears of each change, and no slot post for 15:00 goes out.
    assert posts and all(text.startswith("🕒 Changement d'horaire") for text in posts)
    assert (await svc.outbox.counts()).get("obsolete") == 1
    bot.clock.set(at("2017-11-16T17:41:00+01:00"))
    post = await bot.api.wait_for(lambda c: to_channel(c) and "Début" in c.params["text"])
    assert post.params["text"].startswith("🕒 <b>Début à 17:45</b>")


async def test_no_channel_no_posts(bot: RunningBot) -> None:
    bot.clock.set(at("2017-11-16T12:41:00+01:00"))
    assert await settle(bot) == []
    assert await bot.services.outbox.counts() == {}
