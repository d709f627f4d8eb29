"""The bot added to a group: it answers commands, mentions and replies to itself, nothing else;
cards there star through a link to the private chat."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FixedClock
from bot.programme.current import short_id
from tests.e2e.harness import RunningBot, button_data, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

GROUP = -1001000000001
ANNA, BRUNO = 3001, 3002
WORKSHOP = "d1-workshop-right-to-the-city"
LINK = f"https://t.me/mechelen_bot?start=star-{short_id(WORKSHOP)}"


def in_group(call: Call) -> bool:
    return call.method == "sendMessage" and call.params.get("chat_id") == GROUP


def url_buttons(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [
        (button["text"], button["url"])
        for row in markup.get("inline_keyboard", [])
        for button in row
        if "url" in button
    ]


async def group_text(bot: RunningBot, user_id: int, text: str, **kwargs: Any) -> Call:
    since = bot.api.call_count
    bot.api.send_text(user_id, text, chat_id=GROUP, chat_type="supergroup", **kwargs)
    return await bot.api.wait_for(in_group, since=since)


async def group_command(bot: RunningBot, user_id: int, command: str) -> Call:
    since = bot.api.call_count
    bot.api.send_command(user_id, command, chat_id=GROUP, chat_type="supergroup")
    return await bot.api.wait_for(in_group, since=since)


async def test_plain_group_chatter_is_ignored_but_commands_are_answered(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.send_text(ANNA, "what's next in Alcazar", chat_id=GROUP, chat_type="supergroup")
    # Updates are handled one after the other: once the command is answered, the chatter was seen.
    answer = await group_command(bot, BRUNO, "next@mechelen_bot")
    assert answer.params["text"].startswith("Next")
    assert [c for c in bot.api.calls()[since:] if in_group(c)] == [answer]


async def test_a_mention_is_a_question_without_the_mention(bot: RunningBot) -> None:
    answer = await group_text(bot, ANNA, "@mechelen_bot what's next in Alcazar")
    assert answer.params["text"].startswith("Next in Alcazar:")
    assert "12:45" in answer.params["text"]
    assert answer.params["reply_parameters"]["message_id"] > 0  # a reply to the question


async def test_a_reply_to_the_bot_is_a_question(bot: RunningBot) -> None:
    first = await group_text(bot, ANNA, "@MECHELEN_BOT what's on now")
    since = bot.api.call_count
    bot.api.push_update(
        {
            "message": {
                "message_id": 9001,
                "from": {"id": BRUNO, "is_bot": False, "first_name": "Bruno", "language_code": "en"},
                "chat": {"id": GROUP, "type": "supergroup", "title": "Attendees"},
                "date": int(time.time()),
                "text": "what's next in Scala",
                "reply_to_message": first.result,
            }
        }
    )
    answer = await bot.api.wait_for(in_group, since=since)
    assert answer.params["text"].startswith("Next in Scala:")


async def test_a_mention_of_another_bot_is_ignored(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.send_text(ANNA, "@mechelen_bot_fan what's next in Alcazar", chat_id=GROUP, chat_type="supergroup")
    await group_command(bot, ANNA, "help")
    assert len([c for c in bot.api.calls()[since:] if in_group(c)]) == 1


async def test_a_card_in_a_group_stars_through_a_private_link(bot: RunningBot) -> None:
    answer = await group_text(bot, ANNA, "@mechelen_bot what's next in Alcazar")
    since = bot.api.call_count
    bot.api.press_button(BRUNO, answer, button_data(answer, "Human mobility"))
    card = await bot.api.wait_for(in_group, since=since)
    assert "Human mobility and the right to the city" in card.params["text"]
    assert url_buttons(card) == [("⭐ Star in private chat", LINK)]
    assert not any(data.startswith("st|") for _, data in buttons(card))
    more = await bot.press(BRUNO, card, button_data(card, "sd|"), method="editMessageText")
    assert url_buttons(more) == [("⭐ Star in private chat", LINK)]
    assert bot.services.stars.of(BRUNO) == frozenset()


async def test_the_link_stars_the_session_in_private_and_shows_its_card(bot: RunningBot) -> None:
    reply = await bot.command(BRUNO, "start", f"star-{short_id(WORKSHOP)}")
    assert reply.params["text"].startswith("⭐ Added to your sessions.")
    assert "Human mobility and the right to the city" in reply.params["text"]
    assert buttons(reply)[0][0] == "★ Unstar"
    assert bot.services.stars.of(BRUNO) == {WORKSHOP}
    again = await bot.command(BRUNO, "start", f"star-{short_id(WORKSHOP)}")
    assert again.params["text"].startswith("⭐ Added to your sessions.")
    assert bot.services.stars.count() == 1


async def test_a_stale_link_says_so(bot: RunningBot) -> None:
    reply = await bot.command(BRUNO, "start", "star-deadbeef")
    assert reply.params["text"] == "This session is no longer in the programme."
    assert bot.services.stars.of(BRUNO) == frozenset()


async def test_start_in_a_group_with_a_link_argument_stars_nothing(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.send_command(ANNA, "start", f"star-{short_id(WORKSHOP)}", chat_id=GROUP, chat_type="supergroup")
    welcome = await bot.api.wait_for(in_group, since=since)
    assert welcome.params["text"].startswith("Welcome!")
    assert bot.services.stars.of(ANNA) == frozenset()


async def test_posts_in_the_conference_channel_are_not_questions(bot: RunningBot) -> None:
    channel = {"id": -1001777666555, "type": "channel", "title": "Conference news"}
    since = bot.api.call_count
    bot.api.push_update(
        {
            "channel_post": {
                "message_id": 12,
                "sender_chat": channel,
                "chat": channel,
                "date": int(time.time()),
                "text": "@mechelen_bot what's next in Alcazar",
            }
        }
    )
    await bot.command(ANNA, "help")  # handled after the channel post
    assert [c for c in bot.api.calls()[since:] if c.params.get("chat_id") == channel["id"]] == []


# Personal answers and organisers' ones never go to a group: there the bot says it answers in
# private, with a link whose /start payload is the command's name, and the private chat answers it.
ORGANISER = 3003
PERSONAL = ("mine", "today", "myslots", "ics", "settings")
ORGANISERS_ONLY = ("status", "popular", "speakers", "organisers", "changes")
IN_PRIVATE = "I answer that in our private chat."


@pytest.fixture
async def org_bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def private_link(command: str) -> list[tuple[str, str]]:
    return [("💬 Open the private chat", f"https://t.me/mechelen_bot?start={command}")]


async def test_personal_and_organisers_commands_answer_in_private_from_a_group(org_bot: RunningBot) -> None:
    bot = org_bot
    await bot.command(ANNA, "start", f"star-{short_id(WORKSHOP)}")  # Anna follows a session
    await bot.command(ORGANISER, "organisers", "add", str(BRUNO))
    since = bot.api.call_count
    asked = [(ANNA, c) for c in PERSONAL] + [(ORGANISER, c) for c in ORGANISERS_ONLY]
    asked += [(BRUNO, c) for c in ORGANISERS_ONLY]  # an organiser added in the chat
    asked += [(ANNA, c) for c in (*ORGANISERS_ONLY, "invite")]  # not an organiser
    for user, command in asked:
        answer = await group_command(bot, user, command)
        assert (answer.params["text"], url_buttons(answer)) == (IN_PRIVATE, private_link(command)), command
        assert buttons(answer) == [("💬 Open the private chat", "")]
    last = await group_command(bot, ANNA, "help")  # handled after all of the above
    sent = [c for c in bot.api.calls()[since:] if c.method.startswith(("send", "edit"))]
    assert [c.params["chat_id"] for c in sent] == [GROUP] * (len(asked) + 1)
    assert [c.params["text"] for c in sent if c is not last] == [IN_PRIVATE] * len(asked)


async def test_the_private_link_answers_the_command_in_private(org_bot: RunningBot) -> None:
    bot = org_bot
    await bot.command(ANNA, "start", f"star-{short_id(WORKSHOP)}")
    mine = await bot.command(ANNA, "start", "mine")
    assert "Human mobility and the right to the city" in mine.params["text"]
    assert mine.params["text"] == (await bot.command(ANNA, "mine")).params["text"]
    today = await bot.command(ANNA, "start", "today")
    assert today.params["text"] == (await bot.command(ANNA, "today")).params["text"]
    assert "Human mobility and the right to the city" in today.params["text"]
    settings = await bot.command(ANNA, "start", "settings")
    assert settings.params["text"].startswith("Reminders come 10 minutes before each starred session.")
    status = await bot.command(ORGANISER, "start", "status")
    assert status.params["text"].startswith("📊")
    refused = await bot.command(ANNA, "start", "status")
    assert refused.params["text"] == "Only the conference organisers can do that."
    popular = await bot.command(ORGANISER, "start", "popular")
    assert popular.params["text"].startswith(
        "<b>Most followed sessions</b>\n• <b>1 follower</b> — Human mobility"
    )
    assert (await bot.command(ANNA, "start", "popular")).params["text"] == refused.params["text"]
    welcome = await bot.command(ANNA, "start", "invite")  # a command that needs more: the welcome
    assert welcome.params["text"].startswith("Welcome!")


async def test_the_days_picture_in_a_group_shows_nobodys_stars(bot: RunningBot) -> None:
    await bot.command(ANNA, "start", f"star-{short_id(WORKSHOP)}")  # Anna follows a session
    since = bot.api.call_count
    bot.api.send_command(ANNA, "grid", chat_id=GROUP, chat_type="supergroup")
    in_the_group = await bot.api.wait_for("sendPhoto", since=since)
    assert in_the_group.params["chat_id"] == GROUP and in_the_group.files
    # The file id is kept once the bot has read Telegram's answer, a moment after the call.
    deadline = time.monotonic() + 5
    while bot.services.pictures.file_ids_kept == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    since = bot.api.call_count
    bot.api.send_command(BRUNO, "grid")  # no stars, in private: the group's picture, by its file id
    shared = await bot.api.wait_for("sendPhoto", since=since)
    assert shared.files == {}
    assert shared.params["photo"] == in_the_group.result["photo"][-1]["file_id"]
