"""Small talk gets one friendly line in its language, never the help or "I don't know"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.config import default_programme_path
from bot.programme.loading import load_programme
from bot.understand.parse import parse
from tests.small_programme import small_programme, talk

AT = datetime.fromisoformat("2017-11-16T10:00:00+01:00")


@pytest.mark.parametrize(
    ("text", "hint", "rule", "starts"),
    [
        ("thanks", "fr", "small-talk-thanks", "You're welcome!"),
        ("merci !", "en", "small-talk-thanks", "Avec plaisir !"),
        ("muchas gracias 🙏", None, "small-talk-thanks", "¡De nada!"),
        ("ok", "es", "small-talk-ok", "👍"),
        ("👍", "fr", "small-talk-ok", "👍"),
        ("lol", "en", "small-talk-laugh", "😄"),
        ("hi", "en", "small-talk-greeting", "Hello! Ask me about the programme"),
        ("bonjour", None, "small-talk-greeting", "Bonjour ! Posez-moi"),
        ("ok merci", None, "small-talk-thanks", "Avec plaisir"),
        ("adiós", None, "small-talk-bye", "¡Que disfrute"),
    ],
)
def test_small_talk_is_one_line(text: str, hint: str | None, rule: str, starts: str) -> None:
    programme = load_programme(default_programme_path()).programme
    reply = respond(text, AT, programme, hint)
    assert reply.answer.question.rule == rule
    assert reply.html.startswith(starts)
    assert "\n" not in reply.html


@pytest.mark.parametrize(
    "text", ["hola, ¿qué puedes hacer?", "thanks, what's next in Alcazar?", "wifi password?", "help"]
)
def test_a_question_is_no_small_talk(text: str) -> None:
    programme = load_programme(default_programme_path()).programme
    assert not respond(text, AT, programme).answer.question.rule.startswith("small-talk")


def test_a_word_for_what_the_bot_does_beside_a_topic_asks_about_the_topic() -> None:
    """ "new kotlin features?", "donde hablan de funciones hash" ask about sessions; "what features
    do you have?", "¿qué funciones tienes?" ask what the bot can do."""
    zone = ZoneInfo("Europe/Copenhagen")
    start = datetime(2025, 5, 22, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("kotlin", start, start.replace(hour=11), "What's new in Kotlin: language features"),
            talk("hash", start, start.replace(hour=11), "Hash functions and their cryptanalysis"),
        ],
    )
    assert parse("new kotlin features?", start, programme).intent == "search"
    assert parse("donde hablan de funciones hash", start, programme).intent == "search"
    assert parse("what features do you have", start, programme).intent == "help"
    assert parse("¿qué funciones tienes?", start, programme).intent == "help"
