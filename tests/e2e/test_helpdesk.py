"""Ask a human: what the bot cannot answer goes to the organisers' help desk, and their reply back."""

from __future__ import annotations

import html
import itertools
import re
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FixedClock
from tests.e2e.harness import RunningBot, button_data, buttons, make_config, sent_to
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, OTHER_ORGANISER, ATTENDEE, STRANGER = 4001, 4002, 4003, 4004
HELPDESK = -1001234567001
_message_ids = itertools.count(50_000)
STICKER = {
    "file_id": "CAACAgIAAxkBAAE",
    "file_unique_id": "AgADAQAD",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    config = make_config(
        api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}), helpdesk_chat_id=HELPDESK
    )
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def as_telegram_shows(message: dict[str, Any]) -> dict[str, Any]:
    """The bot's message as a reply carries it: Telegram gives its text without the HTML."""
    text = html.unescape(re.sub(r"<[^>]+>", "", message["text"]))
    return {**message, "text": text}


def reply_to(
    bot: RunningBot, user_id: int, message: Call, text: str | None, *, first_name: str = "Olga"
) -> None:
    """`user_id` replies to one of the bot's messages in the chat it was sent to."""
    sent = message.result
    assert isinstance(sent, dict)
    chat = sent["chat"]
    bot.api.push_update(
        {
            "message": {
                "message_id": next(_message_ids),
                "from": {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"},
                "chat": chat,
                "date": int(time.time()),
                **({"text": text} if text is not None else {"sticker": STICKER}),
                "reply_to_message": as_telegram_shows(sent),
            }
        }
    )


def to_chat(chat_id: int, part: str = "") -> Any:
    return lambda c: c.method == "sendMessage" and c.params["chat_id"] == chat_id and part in c.params["text"]


async def ask_the_organisers(
    bot: RunningBot, user_id: int, text: str, *, first_name: str, language_code: str = "en"
) -> Call:
    """An attendee asks what the bot cannot answer and taps 🙋 Ask the organisers; returns the
    bot's message that follows the tap."""
    answer = await bot.ask(user_id, text, first_name=first_name, language_code=language_code)
    since = bot.api.call_count
    bot.api.press_button(
        user_id, answer, button_data(answer, "hd|"), first_name=first_name, language_code=language_code
    )
    return await bot.api.wait_for(to_chat(user_id), since=since)


async def test_the_round_trip_through_the_helpdesk_group(bot: RunningBot) -> None:
    answer = await bot.ask(
        ATTENDEE, "quel est le mot de passe du wifi", first_name="Marie", language_code="fr"
    )
    assert "wifi" in answer.params["text"]  # not known: neither the programme nor the information says
    assert ("🙋 Demander aux organisateurs", button_data(answer, "hd|")) in buttons(answer)
    since = bot.api.call_count
    bot.api.press_button(ATTENDEE, answer, button_data(answer, "hd|"), first_name="Marie", language_code="fr")
    sent = await bot.api.wait_for(to_chat(ATTENDEE), since=since)
    assert sent.params["text"].startswith("✅ Votre question est partie aux organisateurs")
    assert "<blockquote>quel est le mot de passe du wifi</blockquote>" in sent.params["text"]
    # The button went with the question: a second tap cannot ask it twice.
    edit = await bot.api.wait_for("editMessageReplyMarkup", since=since)
    assert edit.params["chat_id"] == ATTENDEE
    question = await bot.api.wait_for(to_chat(HELPDESK), since=since)
    text = question.params["text"]
    # In the conference's language (the group has no language of its own).
    assert text.startswith("🛎 #1 · <b>Marie</b> demande, en français :")
    assert "<blockquote>quel est le mot de passe du wifi</blockquote>" in text
    # The first name and the language, nothing else about the asker.
    assert str(ATTENDEE) not in text and "@" not in text
    since = bot.api.call_count
    reply_to(bot, ORGANISER, question, "C'est <mechelen2017> sur le réseau MECHELEN")
    confirmation = await bot.api.wait_for(to_chat(HELPDESK, "✅"), since=since)
    assert confirmation.params["text"] == "✅ Sent to <b>Marie</b>."
    relayed = await bot.api.wait_for(to_chat(ATTENDEE), since=since)
    assert relayed.params["text"] == (
        "💬 <b>Les organisateurs répondent à votre question</b>\n"
        "<blockquote>quel est le mot de passe du wifi</blockquote>"
        "C&#x27;est &lt;mechelen2017&gt; sur le réseau MECHELEN"
    )
    assert await bot.services.helpdesk.open_questions() == []


async def test_the_round_trip_with_each_organiser_privately(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock
) -> None:
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER, OTHER_ORGANISER}))
    bot = await RunningBot(api, config, clock).start()
    try:
        await bot.command(ORGANISER, "start")
        await bot.command(OTHER_ORGANISER, "start")
        await bot.press(OTHER_ORGANISER, await bot.api.wait_for(sent_to(OTHER_ORGANISER)), "lang|es")
        since = bot.api.call_count
        await ask_the_organisers(bot, ATTENDEE, "where is the cloakroom?", first_name="Ann")
        first = await bot.api.wait_for(to_chat(ORGANISER, "🛎 #1"), since=since)
        second = await bot.api.wait_for(to_chat(OTHER_ORGANISER, "🛎 #1"), since=since)
        assert "<b>Ann</b> asks, in English:" in first.params["text"]
        # Each organiser reads it in their own language.
        assert "<b>Ann</b> pregunta, en inglés:" in second.params["text"]
        since = bot.api.call_count
        reply_to(bot, OTHER_ORGANISER, second, "Ground floor, left of the entrance")
        confirmation = await bot.api.wait_for(to_chat(OTHER_ORGANISER, "✅"), since=since)
        assert confirmation.params["text"] == "✅ Enviado a <b>Ann</b>."
        relayed = await bot.api.wait_for(to_chat(ATTENDEE, "💬"), since=since)
        assert relayed.params["text"].endswith("</blockquote>Ground floor, left of the entrance")
        assert relayed.params["text"].startswith("💬 <b>The organisers answer your question</b>")
    finally:
        await bot.stop()


async def test_a_pending_question_survives_a_restart(bot: RunningBot) -> None:
    since = bot.api.call_count
    await ask_the_organisers(bot, ATTENDEE, "I lost my badge", first_name="Marie")
    question = await bot.api.wait_for(to_chat(HELPDESK, "🛎 #1"), since=since)
    await bot.restart()
    waiting = await bot.services.helpdesk.open_questions()
    assert [(q.id, q.first_name, q.text) for q in waiting] == [(1, "Marie", "I lost my badge")]
    since = bot.api.call_count
    reply_to(bot, ORGANISER, question, "Come to the desk at the entrance: we print a new one")
    relayed = await bot.api.wait_for(to_chat(ATTENDEE, "💬"), since=since)
    assert (
        "<blockquote>I lost my badge</blockquote>Come to the desk at the entrance" in relayed.params["text"]
    )


async def test_a_question_telegram_did_not_take_goes_out_after_a_restart(bot: RunningBot) -> None:
    """The help-desk group unreachable when the question is asked: the outbox keeps it."""
    bot.api.fail_for("sendMessage", 502, 60, chat_id=HELPDESK)
    since = bot.api.call_count
    confirmation = await ask_the_organisers(bot, ATTENDEE, "I lost my badge", first_name="Marie")
    assert confirmation.params["text"].startswith("✅")
    await bot.api.wait_for(lambda c: c.params.get("chat_id") == HELPDESK and not c.ok, since=since)
    await bot.stop()
    bot.api.clear_failures()
    since = bot.api.call_count
    bot.clock.advance(timedelta(minutes=1))  # past the pause after the failed try
    await bot.start()
    question = await bot.api.wait_for(to_chat(HELPDESK, "🛎 #1"), since=since)
    assert question.ok and "<blockquote>I lost my badge</blockquote>" in question.params["text"]


async def test_one_pending_question_per_attendee(bot: RunningBot) -> None:
    await ask_the_organisers(bot, ATTENDEE, "what is the wifi password", first_name="Marie")
    refusal = await ask_the_organisers(bot, ATTENDEE, "where is the cloakroom", first_name="Marie")
    assert refusal.params["text"] == (
        "You already have a question waiting for the organisers:\n"
        "<blockquote>what is the wifi password</blockquote>"
        "You can ask another once they have answered it."
    )
    waiting = await bot.services.helpdesk.open_questions()
    assert [q.text for q in waiting] == ["what is the wifi password"]
    await bot.api.wait_for(to_chat(HELPDESK, "🛎 #1"))
    assert len([c for c in bot.api.calls("sendMessage") if c.params["chat_id"] == HELPDESK]) == 1


async def test_a_reply_by_someone_else_in_the_helpdesk_group_is_ignored(bot: RunningBot) -> None:
    since = bot.api.call_count
    await ask_the_organisers(bot, ATTENDEE, "what is the wifi password", first_name="Marie")
    question = await bot.api.wait_for(to_chat(HELPDESK, "🛎 #1"), since=since)
    since = bot.api.call_count
    reply_to(bot, STRANGER, question, "no idea, try 1234")
    # An organiser's reply after it is the one that reaches the attendee, and the only one.
    reply_to(bot, ORGANISER, question, "The password is on your badge")
    relayed = await bot.api.wait_for(to_chat(ATTENDEE, "💬"), since=since)
    assert relayed.params["text"].endswith("The password is on your badge")
    await bot.api.wait_for(to_chat(HELPDESK, "✅"), since=since)
    sent = [c.params["text"] for c in bot.api.calls()[since:] if c.method == "sendMessage"]
    assert not any("1234" in text for text in sent)
    assert len([t for t in sent if "✅" in t]) == 1  # the stranger's reply got no answer
    assert bot.services.users.get(STRANGER) is None  # not even recorded


async def test_an_answer_without_words_is_not_passed_on(bot: RunningBot) -> None:
    since = bot.api.call_count
    await ask_the_organisers(bot, ATTENDEE, "I lost my badge", first_name="Marie")
    question = await bot.api.wait_for(to_chat(HELPDESK, "🛎 #1"), since=since)
    since = bot.api.call_count
    reply_to(bot, ORGANISER, question, None)
    refusal = await bot.api.wait_for(to_chat(HELPDESK), since=since)
    assert refusal.params["text"] == "Only words can be passed on: reply to the question with text."
    assert [q.id for q in await bot.services.helpdesk.open_questions()] == [1]


async def test_helpdesk_lists_open_questions_to_organisers_only(bot: RunningBot) -> None:
    await ask_the_organisers(
        bot, ATTENDEE, "¿cuál es la contraseña del wifi?", first_name="Marie", language_code="es"
    )
    refusal = await bot.command(STRANGER, "helpdesk")
    assert refusal.params["text"] == "Only the conference organisers can do that."
    listing = await bot.command(ORGANISER, "helpdesk")
    text = listing.params["text"]
    assert text.startswith("<b>1 question is waiting for an answer:</b>\n")
    assert "🛎 #1 · Marie, in Spanish · Thursday 16 November at 12:10 PM" in text.replace("\u202f", " ")
    assert "<blockquote>¿cuál es la contraseña del wifi?</blockquote>" in text


async def test_helpdesk_in_the_helpdesk_group_and_elsewhere(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.send_command(ORGANISER, "helpdesk", chat_id=HELPDESK, chat_type="supergroup")
    listing = await bot.api.wait_for(to_chat(HELPDESK), since=since)
    assert listing.params["text"] == "No question is waiting for an answer."
    since = bot.api.call_count
    bot.api.send_command(STRANGER, "helpdesk@mechelen_bot", chat_id=HELPDESK, chat_type="supergroup")
    refusal = await bot.api.wait_for(to_chat(HELPDESK), since=since)
    assert refusal.params["text"] == "Only the conference organisers can do that."
    since = bot.api.call_count
    bot.api.send_command(ORGANISER, "helpdesk", chat_id=-1009999, chat_type="supergroup")
    elsewhere = await bot.api.wait_for(to_chat(-1009999), since=since)
    assert elsewhere.params["text"] == "I answer that in our private chat."


async def test_no_button_without_helpdesk_or_organisers_and_a_stale_one_is_refused(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock
) -> None:
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    bot = await RunningBot(api, config, clock).start()
    try:
        answer = await bot.ask(ATTENDEE, "what is the wifi password")
        await bot.stop()
        bot.config = replace(config, organiser_ids=frozenset())
        await bot.start()
        assert not any(
            data.startswith("hd|") for _, data in buttons(await bot.ask(ATTENDEE, "wifi password?"))
        )
        since = bot.api.call_count
        bot.api.press_button(ATTENDEE, answer, button_data(answer, "hd|"))
        refusal = await bot.api.wait_for("answerCallbackQuery", since=since)
        assert refusal.params["text"] == "Sorry, the organisers cannot be reached through me."
        assert await bot.services.helpdesk.open_questions() == []
    finally:
        await bot.stop()


async def test_a_question_the_programme_answers_offers_no_helpdesk(bot: RunningBot) -> None:
    answer = await bot.ask(ATTENDEE, "what's next in Alcazar")
    assert not any(data.startswith("hd|") for _, data in buttons(answer))
