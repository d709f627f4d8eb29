"""When the bot offers to ask a human, and how a help-desk message names its question."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.answers.answer import Answer, answer
from bot.answers.helpdesk import asks_a_human, for_organisers, question_number
from bot.i18n import speaker
from bot.programme.model import Programme
from bot.store.helpdesk import HelpQuestion
from bot.understand.parse import parse
from bot.understand.question import Intent, Question

AT = datetime.fromisoformat("2017-11-16T12:10:00+01:00")


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("what is the wifi password", True),
        ("où est le vestiaire ?", True),
        ("perdí mi acreditación", True),
        ("how do I register?", True),  # the conference information does not say
        ("sessions about blockchain", True),
        ("what's next in Alcazar", False),
        ("who organises the conference?", False),
        ("help", False),
    ],
)
def test_a_human_is_offered_when_the_bot_cannot_answer(mechelen: Programme, text: str, offered: bool) -> None:
    assert asks_a_human(answer(parse(text, AT, mechelen), mechelen)) is offered


def test_a_message_with_nothing_to_pass_on_offers_no_human() -> None:
    nothing = Question(intent=Intent.UNKNOWN, language="en", at=AT, text="?!")
    assert asks_a_human(Answer(nothing)) is False
    words = Question(intent=Intent.UNKNOWN, language="en", at=AT, text="wifi?", unmatched="wifi")
    assert asks_a_human(Answer(words)) is True


def test_a_help_desk_message_names_its_question_in_any_language(mechelen: Programme) -> None:
    question = HelpQuestion(12, 7, "Zoë <3", "es", "🛎 #99 where?", AT)
    for language in ("fr", "en", "es"):
        text = for_organisers(question, speaker(language, mechelen.timezone))
        assert question_number(text) == 12
        assert "Zoë &lt;3" in text
    assert question_number("🛎 #12a") is None
    assert question_number("see 🛎 #12") is None
    assert question_number(None) is None
