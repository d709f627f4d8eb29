"""Organisers' own menu and words (issue 21): each organiser's chat has its own command menu in
their language (Telegram's chat scope), attendees keep everyone's, and an organiser's /help
lists their commands with an example each that works on the programme in force."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.organising import example_of
from handlers.menus import ORGANISER_COMMANDS
from tests.e2e.harness import RunningBot, make_config
from tests.fakes import FakeBotApi

ORGANISER, ATTENDEE, OTHER = 3201, 3202, 3203


def chat(user_id: int) -> dict[str, object]:
    return {"type": "chat", "chat_id": user_id}


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def commands(api: FakeBotApi, user_id: int) -> list[str]:
    return [c["command"] for c in api.commands(scope=chat(user_id))]


async def test_an_organiser_has_their_own_menu_and_attendees_keep_everyones(bot: RunningBot) -> None:
    own = commands(bot.api, ORGANISER)
    assert own[: len(ORGANISER_COMMANDS)] == list(ORGANISER_COMMANDS)
    assert own[0] == "popular" and "move" in own and "help" in own and "now" in own
    assert len(own) == len(set(own))
    everyone = [c["command"] for c in bot.api.commands()]
    assert "now" in everyone and not set(ORGANISER_COMMANDS) & set(everyone)
    await bot.command(ATTENDEE, "start")
    assert commands(bot.api, ATTENDEE) == []


async def test_an_organisers_menu_follows_their_language(bot: RunningBot) -> None:
    welcome = await bot.command(ORGANISER, "start")
    popular = bot.api.commands(scope=chat(ORGANISER))[0]
    assert popular == {
        "command": "popular",
        "description": "Sessions by followers, and how full their rooms are",
    }
    await bot.press(ORGANISER, welcome, "lang|fr")
    popular = bot.api.commands(scope=chat(ORGANISER))[0]
    assert popular == {
        "command": "popular",
        "description": "Les séances par nombre de personnes qui les suivent, et le remplissage de leur salle",
    }


async def test_someone_made_an_organiser_gets_the_menu_and_loses_it_when_removed(bot: RunningBot) -> None:
    await bot.command(OTHER, "start")
    assert commands(bot.api, OTHER) == []
    await bot.command(ORGANISER, "organisers", "add", str(OTHER))
    assert commands(bot.api, OTHER)[0] == "popular"
    await bot.command(ORGANISER, "organisers", "remove", str(OTHER))
    assert commands(bot.api, OTHER) == []


async def test_an_organisers_help_lists_their_commands_with_a_working_example_each(bot: RunningBot) -> None:
    await bot.command(ORGANISER, "start")
    text = (await bot.command(ORGANISER, "help")).params["text"]
    part = text[text.index("<b>Your commands as an organiser</b>") :]
    example = example_of(bot.services.programme.snapshot, bot.clock.now())
    assert part.count("\n    e.g. <code>/") == len(ORGANISER_COMMANDS)
    move = f"/move {example.session} -&gt; {example.room}"
    assert f"/move — Move a session to another room\n    e.g. <code>{move}</code>" in part
    assert (
        "/popular — Sessions by followers, and how full their rooms are\n    e.g. <code>/popular</code>"
        in part
    )
    # The examples work: /move's is previewed as a move, /retime's as a new time.
    session = bot.services.programme.snapshot.session(example.session)
    assert session is not None
    preview = await bot.command(ORGANISER, "move", example.session, "->", example.room)
    assert f"to {example.room}" in preview.params["text"] and "Confirm" in str(preview.params["reply_markup"])
    preview = await bot.command(ORGANISER, "retime", example.session, "->", example.time)
    assert "Confirm" in str(preview.params["reply_markup"])
    # An attendee's help has none of it.
    await bot.command(ATTENDEE, "start")
    assert "Your commands as an organiser" not in (await bot.command(ATTENDEE, "help")).params["text"]


async def test_those_who_lose_the_role_with_their_granter_lose_the_menu_at_start_up(bot: RunningBot) -> None:
    await bot.command(OTHER, "start")
    await bot.command(ORGANISER, "organisers", "add", str(OTHER))
    assert commands(bot.api, OTHER)[0] == "popular"
    # ORGANISER leaves ORGANISER_IDS: OTHER, whom they added, is no organiser after the restart.
    await bot.stop()
    bot.config = replace(bot.config, organiser_ids=frozenset({ATTENDEE}))
    await bot.start()
    assert commands(bot.api, OTHER) == []
    assert commands(bot.api, ATTENDEE)[0] == "popular"
