"""Speakers claim their identity with a one-time link, see their slots and hear about changes."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.e2e.harness import RunningBot, at, button_data, make_config
from tests.fakes import FakeBotApi

ORGANISER, SPEAKER, IMPOSTOR, STRANGER = 4001, 4002, 4003, 4004


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    running = RunningBot(
        api, make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER})), clock
    )
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def invite(bot: RunningBot, name: str) -> str:
    answer = await bot.command(ORGANISER, "invite", *name.split())
    match = re.search(r"https://t\.me/mechelen_bot\?start=(c-[A-Za-z0-9_-]+)", answer.params["text"])
    assert match, answer.params["text"]
    return match.group(1)


async def claim(bot: RunningBot, user_id: int, payload: str) -> str:
    question = await bot.command(user_id, "start", payload)
    if "Are you" not in question.params["text"]:
        return question.params["text"]
    done = await bot.press(user_id, question, button_data(question, "claim|"))
    return done.params["text"]


async def test_invite_claim_and_myslots(bot: RunningBot) -> None:
    payload = await invite(bot, "Boubacar Bah")
    assert len(payload) >= 2 + 22  # 128 bits in URL-safe base64
    question = await bot.command(SPEAKER, "start", payload)
    assert "Are you Boubacar Bah, Maire de la Commune V de Bamako" in question.params["text"]
    assert "Thank you" in (await bot.press(SPEAKER, question, button_data(question, "claim|"))).params["text"]
    slots = await bot.command(SPEAKER, "myslots")
    text = slots.params["text"]
    assert text.count("Auditoire") == 2
    assert "Mohamed Boussraoui (moderator)" in text  # who is with them, and the moderator
    assert "English, French, Spanish, and Turkish" in text


async def test_used_expired_and_wrong_codes_get_the_same_refusal(bot: RunningBot) -> None:
    payload = await invite(bot, "Sarah Turine")
    assert "Thank you" in await claim(bot, SPEAKER, payload)
    refusal = "This invitation link cannot be used. Ask the organisers for a new one."
    assert await claim(bot, IMPOSTOR, payload) == refusal  # used
    assert await claim(bot, IMPOSTOR, "c-" + "A" * 22) == refusal  # wrong
    late = await invite(bot, "Joan Clos")
    bot.clock.advance(timedelta(days=15))
    assert await claim(bot, IMPOSTOR, late) == refusal  # expired


async def test_wrong_codes_are_throttled(bot: RunningBot) -> None:
    good = await invite(bot, "Joan Clos")
    for attempt in range(5):
        await claim(bot, IMPOSTOR, f"c-wrong{attempt}")
    # Even a good code is now refused for this user, with the same words.
    assert "cannot be used" in await claim(bot, IMPOSTOR, good)
    assert "Thank you" in await claim(bot, SPEAKER, good)


async def test_speaker_is_told_of_a_move_and_reminded_in_the_new_room(bot: RunningBot) -> None:
    assert "Thank you" in await claim(bot, SPEAKER, await invite(bot, "Teymour Ashkan"))
    # Session 3 (Auditoire, Friday 11:15): move it to Scala, which is free then.
    preview = await bot.command(ORGANISER, "move", "d2-session-3-social-integration", "->", "Scala")
    assert "1 speaker" in preview.params["text"]
    since = len(bot.api.calls())
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    notice = await bot.api.wait_for(
        lambda c: (
            c.method == "sendMessage" and c.params["chat_id"] == SPEAKER and "Room change" in c.params["text"]
        ),
        since=since,
    )
    assert "is now in Scala" in notice.params["text"]
    bot.clock.set(at("2017-11-17T11:00:00+01:00"))  # 15 minutes before
    reminder = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.params["chat_id"] == SPEAKER and "🎤" in c.params["text"]
    )
    assert "Scala" in reminder.params["text"] and "Auditoire" not in reminder.params["text"]
    assert "You are on in 15 minutes" in reminder.params["text"]


async def test_only_organisers_invite_list_and_reset(bot: RunningBot) -> None:
    for command, args in (
        ("invite", ("Joan", "Clos")),
        ("speakers", ()),
        ("speakers", ("reset", "Joan", "Clos")),
    ):
        refusal = await bot.command(STRANGER, command, *args)
        assert refusal.params["text"] == "Only the conference organisers can do that."
    assert await bot.services.speakers.invited() == set()


async def test_organiser_sees_claims_and_resets_one(bot: RunningBot) -> None:
    assert "Thank you" in await claim(bot, SPEAKER, await invite(bot, "Joan Clos"))
    await invite(bot, "Sarah Turine")
    listing = (await bot.command(ORGANISER, "speakers")).params["text"]
    assert "Claimed</b> (1): Joan Clos" in listing
    assert "Invited</b> (1): Sarah Turine" in listing
    await bot.command(ORGANISER, "speakers", "reset", "Joan", "Clos")
    assert bot.services.speakers.user_of("joan-clos") is None
    assert "Thank you" in await claim(bot, IMPOSTOR, await invite(bot, "Joan Clos"))
