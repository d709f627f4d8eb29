"""Follow-ups through Telegram (the local Bot API server): in a private chat, and in a group where
two people's conversations do not mix."""

from __future__ import annotations

from tests.e2e.harness import RunningBot
from tests.fakes import Call

ELENA, FARID = 1020, 1021
GROUP = -1001000000002


async def test_a_follow_up_in_a_private_chat(bot: RunningBot) -> None:
    first = await bot.ask(ELENA, "what's next in Scala")
    assert "Scala" in first.params["text"]
    follow = await bot.ask(ELENA, "and tomorrow?")
    assert "Scala" in follow.params["text"]
    assert "Friday 17 November" in follow.params["text"]


async def in_group(bot: RunningBot, user_id: int, text: str) -> Call:
    since = bot.api.call_count
    bot.api.send_text(user_id, "@mechelen_bot " + text, chat_id=GROUP, chat_type="supergroup")
    return await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.params.get("chat_id") == GROUP, since=since
    )


async def test_two_people_in_a_group_keep_their_own_conversations(bot: RunningBot) -> None:
    await in_group(bot, ELENA, "what's next in Scala")
    await in_group(bot, FARID, "what's next in Alcazar")
    elena = await in_group(bot, ELENA, "and tomorrow?")
    farid = await in_group(bot, FARID, "and tomorrow?")
    assert "Scala" in elena.params["text"] and "Alcazar" not in elena.params["text"]
    assert "Alcazar" in farid.params["text"] and "Scala" not in farid.params["text"]


async def test_nothing_to_follow_asks_back(bot: RunningBot) -> None:
    answer = await bot.ask(FARID, "et après ?")
    assert answer.params["text"].startswith("Après quoi ?")
