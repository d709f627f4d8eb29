"""The README's promise, end to end: a reminder follows its session when an organiser moves or
re-times it, and when a new version of the programme file is reloaded. Nothing is swapped behind
the bot's back: every change goes through the commands and the door, as in production."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.config import default_programme_path
from tests.e2e.harness import RunningBot, at, button_data, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ANNA = 1, 2101
YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 13:30–14:30
OLD_START = "2017-11-17T13:30"


def is_reminder(call: Call) -> bool:
    return call.method == "sendMessage" and call.params.get("chat_id") == ANNA and "⏰" in call.params["text"]


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    programme = tmp_path / "programme.toml"
    shutil.copy(default_programme_path(), programme)
    config = make_config(
        api,
        tmp_path / "bot.sqlite3",
        organiser_ids=frozenset({ORGANISER}),
        programme=str(programme),
        refresh_minutes=0.0,  # only /reload reads the file again
    )
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def star_youth(bot: RunningBot) -> None:
    answer = await bot.ask(ANNA, "what's next in Scala")
    card = await bot.press(ANNA, answer, button_data(answer, "Youth"))
    await bot.press(ANNA, card, button_data(card, "st|"))


async def no_reminder_until(bot: RunningBot, instant: datetime) -> None:
    bot.clock.set(instant)
    await bot.services.sweep_now()
    assert bot.services.sender is not None
    await bot.services.sender.drain_once()
    assert [c for c in bot.api.calls() if is_reminder(c)] == []


async def test_a_retimed_session_is_reminded_at_its_new_time(bot: RunningBot) -> None:
    await star_youth(bot)
    preview = await bot.command(ORGANISER, "retime", YOUTH, "->", "16:45")
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    # Its old reminder time passes without a reminder…
    await no_reminder_until(bot, at("2017-11-17T13:25:00+01:00"))
    # …and the new one comes ten minutes before 16:45, once.
    bot.clock.set(at("2017-11-17T16:35:00+01:00"))
    reminder = await bot.api.wait_for(is_reminder)
    assert "4:45" in reminder.params["text"] and "Youth migration" in reminder.params["text"]


async def test_a_moved_session_is_reminded_in_its_new_room(bot: RunningBot) -> None:
    await star_youth(bot)
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    bot.clock.set(at("2017-11-17T13:20:00+01:00"))
    reminder = await bot.api.wait_for(is_reminder)
    assert "Alcazar" in reminder.params["text"] and "Scala" not in reminder.params["text"]


async def test_a_reloaded_programme_file_moves_the_reminder(bot: RunningBot) -> None:
    await star_youth(bot)
    programme = Path(bot.config.programme)
    text = programme.read_text(encoding="utf-8")
    block = text.index(f'id = "{YOUTH}"')
    changed = text[:block] + text[block:].replace(
        f'start = "{OLD_START}"\nend = "2017-11-17T14:30"',
        'start = "2017-11-17T15:00"\nend = "2017-11-17T16:00"',
        1,
    )
    assert changed != text
    programme.write_text(changed, encoding="utf-8")
    reloaded = await bot.command(ORGANISER, "reload")
    assert "Programme reloaded: 1 change." in reloaded.params["text"]
    await no_reminder_until(bot, at("2017-11-17T13:25:00+01:00"))
    bot.clock.set(at("2017-11-17T14:50:00+01:00"))
    reminder = await bot.api.wait_for(is_reminder)
    assert "3:00" in reminder.params["text"]
