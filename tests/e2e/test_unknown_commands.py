"""A command the bot does not know gets one line pointing to /help, in the user's language."""

from __future__ import annotations

import pytest

from tests.e2e.harness import RunningBot, sent_to
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

GROUP = -1001234567002
ANNA, BRUNO = 5001, 5002


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Je ne connais pas la commande /foo. /help dit ce que je sais faire."),
        ("en", "I don't know the command /foo. /help lists what I can do."),
        ("es", "No conozco el comando /foo. /help muestra lo que puedo hacer."),
    ],
)
async def test_an_unknown_command_points_to_help(bot: RunningBot, language: str, line: str) -> None:
    answer = await bot.command(ANNA, "foo", "bar", language_code=language)
    assert answer.params["text"] == line


async def test_an_unknown_command_with_the_bots_name(bot: RunningBot) -> None:
    answer = await bot.command(ANNA, "Foo@mechelen_bot")
    assert answer.params["text"] == "I don't know the command /Foo. /help lists what I can do."


async def test_a_known_command_is_not_called_unknown(bot: RunningBot) -> None:
    since = bot.api.call_count
    refusal = await bot.command(ANNA, "move", "youth", "->", "Alcazar")
    assert refusal.params["text"] == "Only the conference organisers can do that."
    await bot.command(ANNA, "help")
    texts = [c.params["text"] for c in bot.api.calls()[since:] if sent_to(ANNA)(c)]
    assert len(texts) == 2 and not any("I don't know the command" in text for text in texts)


def in_group(call: Call) -> bool:
    return call.method == "sendMessage" and call.params.get("chat_id") == GROUP


async def test_in_a_group_only_commands_addressed_to_this_bot(bot: RunningBot, api: FakeBotApi) -> None:
    since = api.call_count
    api.send_command(ANNA, "foo", chat_id=GROUP, chat_type="supergroup")  # perhaps another bot's
    api.send_command(ANNA, "foo@other_bot", chat_id=GROUP, chat_type="supergroup")
    api.send_command(BRUNO, "bar@mechelen_bot", chat_id=GROUP, chat_type="supergroup", language_code="es")
    answer = await api.wait_for(in_group, since=since)
    assert answer.params["text"] == "No conozco el comando /bar. /help muestra lo que puedo hacer."
    # The updates are handled in order in the group's lane: the first two said nothing.
    assert [c for c in api.calls()[since:] if in_group(c)] == [answer]
