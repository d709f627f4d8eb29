"""A Move's Confirm carries the room it previewed, by id: a programme reloaded between the preview
and the press that reorders its rooms does not send the session anywhere else."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.config import default_programme_path
from tests.e2e.harness import RunningBot, button_data, make_config
from tests.fakes import FakeBotApi

ORGANISER = 1
YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 13:30–14:30


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


async def reload_with_rooms_rotated(bot: RunningBot) -> None:
    """The programme file again, its first room moved last (nothing else changed): every room's
    position in the list changes, none its id."""
    before = list(bot.services.programme.snapshot.rooms)
    path = Path(bot.config.programme)
    text = path.read_text(encoding="utf-8")
    first, sessions = text.index("\n[[rooms]]\n") + 1, text.index("\n[[sessions]]\n") + 1
    blocks = ["[[rooms]]\n" + block for block in text[first:sessions].split("[[rooms]]\n")[1:]]
    blocks[-1], blocks[0] = blocks[-1].rstrip("\n") + "\n\n", blocks[0].rstrip("\n") + "\n\n"
    path.write_text(text[:first] + "".join(blocks[1:] + blocks[:1]) + text[sessions:], encoding="utf-8")
    await bot.command(ORGANISER, "reload")
    assert list(bot.services.programme.snapshot.rooms) == before[1:] + before[:1]


async def test_a_move_confirmed_after_rooms_are_reordered_lands_in_the_previewed_room(
    bot: RunningBot,
) -> None:
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    assert "from Scala to Alcazar" in preview.params["text"]
    await reload_with_rooms_rotated(bot)
    done = await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert "Done" in done.params["text"]
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "alcazar"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_a_room_picked_on_a_card_after_rooms_are_reordered_is_the_room_shown(bot: RunningBot) -> None:
    answer = await bot.ask(ORGANISER, "what's next in Scala")
    card = await bot.press(ORGANISER, answer, button_data(answer, "Youth"))
    picker = await bot.press(ORGANISER, card, button_data(card, "Move"))
    await reload_with_rooms_rotated(bot)
    preview = await bot.press(ORGANISER, picker, button_data(picker, "Alcazar"))
    assert "from Scala to Alcazar" in preview.params["text"]
    await reload_with_rooms_rotated(bot)
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "alcazar"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_a_move_to_a_room_whose_id_is_too_long_for_a_button_is_refused(bot: RunningBot) -> None:
    path = Path(bot.config.programme)
    long_id = "alcazar-" + "x" * 50  # Confirm's data would pass Telegram's 64 bytes
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"alcazar"', f'"{long_id}"'), encoding="utf-8")
    await bot.command(ORGANISER, "reload")
    assert long_id in bot.services.programme.snapshot.rooms
    refusal = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    assert refusal.params["text"] == (
        "⚠️ The id of this room is too long for a button: shorten it in the programme file."
    )
    assert "reply_markup" not in refusal.params
