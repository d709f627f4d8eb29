"""Hostile messages through the real bot and the local Bot API server (a sample of the core's 10,000).

Every message gets an answer that Telegram accepts (each part at most 4,096 UTF-16 units, valid
HTML, no error), nothing reaches the error handler, and the bot still answers normally afterwards.
"""

from __future__ import annotations

import logging
import random
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import LANGUAGES, speaker
from tests.e2e.harness import RunningBot, sent_to
from tests.fakes.bot_api import Call
from tests.test_hostile_input import (
    TELEGRAM_LIMIT,
    assert_sendable,
    hostile_samples,
    utf16_length,
)

SEED = 20171116
SAMPLE_SIZE = 40
INLINE_SAMPLE_SIZE = 10
INLINE_QUERY_LIMIT = 256  # Telegram cuts inline queries at 256 characters
FIRST_USER = 50_000
CHECKER = 49_999
# language_code as Telegram clients send it, including one no locale database knows.
LANGUAGE_CODES = ("en", "fr", "es", "de", "pt-br", "es-419", "zz", None)
# What the error handler says, in each language.
SORRY = frozenset(
    speaker(language, ZoneInfo("UTC"))._("Sorry, something went wrong. Please try again.")
    for language in LANGUAGES
)


def telegram_sized(text: str, limit: int = TELEGRAM_LIMIT) -> str:
    """The longest prefix of `text` a Telegram client sends in one message (UTF-16 units)."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return text[:index]
    return text


def hostile_messages(count: int, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Deterministic hostile messages; empty ones are left out (Telegram sends no empty text)."""
    texts = (telegram_sized(text, limit) for text in hostile_samples(SEED, count * 3, limit * 2))
    return [text for text in texts if text.strip()][:count]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


def test_the_sample_is_hostile() -> None:
    sample = hostile_messages(SAMPLE_SIZE)
    assert len(sample) == SAMPLE_SIZE
    assert sample == hostile_messages(SAMPLE_SIZE)
    assert all(0 < utf16_length(text) <= TELEGRAM_LIMIT for text in sample)
    assert any(utf16_length(text) > 2_000 for text in sample)
    assert any(char in text for text in sample for char in "<&")
    assert any(ord(char) > 0xFFFF for text in sample for char in text)
    assert any(ord(char) < 0x20 and char not in "\n\t" for text in sample for char in text)


async def test_hostile_messages_get_sendable_replies(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    rng = random.Random(SEED)
    sample = hostile_messages(SAMPLE_SIZE)
    since = len(bot.api.calls())
    for offset, text in enumerate(sample):
        user = FIRST_USER + offset
        bot.api.send_text(user, text, language_code=rng.choice(LANGUAGE_CODES))
        first = await bot.api.wait_for(sent_to(user), since=since, timeout=10)
        assert first.ok, (text[:200], first.description)
    # Updates are handled one after the other: once this is answered, every reply above is complete.
    check = await bot.ask(CHECKER, "what's next in Alcazar")
    assert check.params["text"].startswith("Next in Alcazar"), check.params["text"]

    calls = bot.api.calls()[since:]
    for offset, text in enumerate(sample):
        user = FIRST_USER + offset
        replies: list[Call] = [call for call in calls if sent_to(user)(call)]
        assert replies, f"no reply to {text[:200]!r}"
        for call in replies:
            assert call.ok, (text[:200], call.description)
            reply = call.params["text"]
            assert reply not in SORRY, f"{text[:200]!r} broke the handler"
            assert call.params.get("parse_mode") == "HTML"
            assert_sendable(reply)
    assert [call for call in calls if not call.ok] == []
    assert _errors(caplog) == []
    assert bot.api.internal_errors == []


async def test_hostile_inline_queries_get_sendable_cards(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    sample = hostile_messages(INLINE_SAMPLE_SIZE, INLINE_QUERY_LIMIT)
    for offset, text in enumerate(["", *sample, "alcazar"]):
        since = len(bot.api.calls())
        bot.api.send_inline_query(FIRST_USER + offset, text)
        call = await bot.api.wait_for("answerInlineQuery", since=since, timeout=10)
        assert call.ok, (text[:200], call.description)
        for result in call.params["results"]:
            content = result["input_message_content"]
            assert content["parse_mode"] == "HTML"
            assert_sendable(content["message_text"])
            assert 0 < len(result["title"]) <= 200
    titles = [result["title"] for result in call.params["results"]]
    assert titles[0] == "Human mobility and the right to the city"
    assert _errors(caplog) == []
    assert bot.api.internal_errors == []


async def test_an_unknown_telegram_language_code_is_not_fatal(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    answer = await bot.ask(CHECKER, "what's next in Alcazar", language_code="zz")
    assert answer.params["text"].startswith("Next in Alcazar"), answer.params["text"]
    assert _errors(caplog) == []
