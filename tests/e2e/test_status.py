"""/status for organisers, refused to everyone else; the logs name users, never what they wrote."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.delivery.outbox import OutboxState
from bot.i18n import speaker
from tests.e2e.harness import RunningBot, at, button_data, make_config
from tests.fakes import FakeBotApi

ORGANISER, ANNA, BRUNO = 4001, 4002, 4003


@pytest.fixture
async def ops_bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def until_the_outbox_records_it_sent(bot: RunningBot, timeout: float = 5.0) -> None:
    """The Bot API sees a message before the sender marks it sent: wait for the mark (in real time)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while (await bot.services.outbox.counts()).get(OutboxState.SENT, 0) == 0:
        if asyncio.get_running_loop().time() >= deadline:
            raise TimeoutError("the outbox never recorded the reminder as sent")
        await asyncio.sleep(0.01)


def status_lines(text: str) -> list[str]:
    return text.replace("\u202f", " ").splitlines()


async def test_status_for_an_organiser(ops_bot: RunningBot) -> None:
    bot = ops_bot
    answer = await bot.ask(ANNA, "what's next in Alcazar")
    card = await bot.press(ANNA, answer, button_data(answer, "Human mobility"))
    await bot.press(ANNA, card, button_data(card, "st|"))
    bot.clock.set(at("2017-11-16T12:35:30+01:00"))  # ANNA's reminder is due and sent
    await bot.api.wait_for(lambda c: c.method == "sendMessage" and "⏰" in c.params.get("text", ""))
    await until_the_outbox_records_it_sent(bot)
    status = await bot.command(ORGANISER, "status")
    lines = status_lines(status.params["text"])
    assert lines[:4] == [
        "📊 <b>Bot status</b>",
        "👥 Users: 2 (2 active today)",
        "⭐ Stars: 1",
        "📤 Outbox: 0 waiting, 1 sent in the last minute",
    ]
    assert lines[4] == "📅 Programme loaded Thursday 16 November at 12:10 PM"
    warnings = bot.services.programme.loaded.warnings
    assert lines[5] == (f"{len(warnings)} warnings:" if warnings else "No warnings.")
    assert lines[-2].startswith("⏱ Running for 0:00:")
    assert lines[-1] == "🕒 Bot clock: Thursday 16 November at 12:35 PM"
    bot.clock.advance(timedelta(minutes=2))
    later = status_lines((await bot.command(ORGANISER, "status")).params["text"])
    assert later[3] == "📤 Outbox: 0 waiting, 0 sent in the last minute"


async def test_active_today_counts_only_todays_users(ops_bot: RunningBot) -> None:
    bot = ops_bot
    await bot.ask(ANNA, "what's on now")
    bot.clock.set(at("2017-11-17T09:00:00+01:00"))  # the next conference day
    await bot.ask(BRUNO, "what's on now")
    lines = status_lines((await bot.command(ORGANISER, "status")).params["text"])
    assert lines[1] == "👥 Users: 3 (2 active today)"  # BRUNO and the organiser
    await bot.restart()  # the last activity survives a restart
    lines = status_lines((await bot.command(ORGANISER, "status")).params["text"])
    assert lines[1] == "👥 Users: 3 (2 active today)"


async def test_status_is_refused_to_others_in_their_language(ops_bot: RunningBot) -> None:
    bot = ops_bot
    refusal = await bot.command(BRUNO, "status", language_code="fr")
    zone = bot.services.programme.snapshot.timezone
    assert refusal.params["text"] == speaker("fr", zone)._("Only the conference organisers can do that.")
    assert "Users" not in refusal.params["text"]


async def test_a_revoked_organiser_is_refused_at_once(ops_bot: RunningBot) -> None:
    bot = ops_bot
    svc = bot.services
    await bot.ask(ANNA, "hello")
    await svc.organisers.grant(ANNA, by=ORGANISER, now=svc.clock.now())
    granted = await bot.command(ANNA, "status")
    assert granted.params["text"].startswith("📊")
    await svc.organisers.revoke(ANNA, by=ORGANISER, now=svc.clock.now())
    refused = await bot.command(ANNA, "status")
    assert refused.params["text"] == "Only the conference organisers can do that."


async def test_logs_name_the_user_and_the_event_never_the_text(
    ops_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    bot = ops_bot
    caplog.set_level(logging.DEBUG)
    secret = "where does Joan Clos speak"
    await bot.ask(ANNA, secret)
    await bot.command(ANNA, "next", "Alcazar")
    events = [r.getMessage() for r in caplog.records if r.name == "handlers.events"]
    assert len(events) == 2
    assert events[0].endswith(f": text ({len(secret)} characters) from user {ANNA} in chat {ANNA}")
    assert events[1].endswith(f": command /next from user {ANNA} in chat {ANNA}")
    leaked = [r for r in caplog.records if r.levelno >= logging.INFO and "Joan Clos" in r.getMessage()]
    assert leaked == []
