"""Organisers' words: counts that agree with their number, and a busy room that is not a dead end
(the rooms free at that time are offered instead)."""

from __future__ import annotations

import pytest

from tests.e2e.harness import RunningBot, button_data, buttons, make_config
from tests.fakes import FakeBotApi

ORGANISER, ATTENDEE, OTHER = 7001, 7002, 7003
FREE_THEN = ["Auditoire", "Alcazar", "Mechelen-Centraal"]  # Friday 13:30–14:30, besides Scala


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def youth_card(bot: RunningBot, user_id: int, room: str = "Scala"):
    answer = await bot.ask(user_id, f"what's next in {room}")
    return await bot.press(user_id, answer, button_data(answer, "Youth"))


async def test_one_person_told_is_singular_and_two_plural(bot: RunningBot) -> None:
    card = await youth_card(bot, ATTENDEE)
    await bot.press(ATTENDEE, card, button_data(card, "st|"))
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    assert "1 person starred it, 0 speakers" in preview.params["text"]
    done = await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert done.params["text"].endswith("changed; 1 person is being told.")
    card = await youth_card(bot, OTHER, "Alcazar")
    await bot.press(OTHER, card, button_data(card, "st|"))
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Auditoire")
    done = await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert done.params["text"].endswith("changed; 2 people are being told.")


async def test_a_busy_room_picked_on_a_card_offers_the_rooms_free_then(bot: RunningBot) -> None:
    card = await youth_card(bot, ORGANISER)
    rooms = await bot.press(ORGANISER, card, button_data(card, "omv|"))
    assert "Move “Youth migration: why the silence?” to which room?" in rooms.params["text"]
    offer = await bot.press(ORGANISER, rooms, button_data(rooms, "Dijlezaal"))
    text = offer.params["text"]
    assert "Dijlezaal is already used then by “The European perspective”" in text
    assert "Rooms free at that time:" in text
    assert [label for label, _ in buttons(offer)] == FREE_THEN
    preview = await bot.press(ORGANISER, offer, button_data(offer, "Alcazar"))
    assert "from Scala to Alcazar" in preview.params["text"]
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    session = bot.services.programme.snapshot.session("d2-workshop-youth-migration")
    assert session is not None and session.room_id == "alcazar"
