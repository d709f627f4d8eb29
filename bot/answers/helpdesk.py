"""The help desk's words: when the bot offers to ask a human, and every message of the round trip
(the question as organisers see it, the answer as the attendee reads it, /helpdesk's list).

A question shown to organisers begins with "🛎 #12", in no language: a reply to it names the
question by that number (handlers/helpdesk.py reads it back with `question_number`), whatever the
language the rest of the message is written in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Protocol

from bot.answers.answer import Answer
from bot.answers.clip import clip_html
from bot.i18n import Speaker
from bot.understand.question import Intent

MARK = "🛎"
_NUMBER = re.compile(rf"^{MARK} #(\d{{1,12}})\b")
# A question shown to organisers fits one message (a reply names it by its first part); the
# question quoted above an answer is a reminder, not the whole of it.
QUESTION_LIMIT = 3000
QUOTE_LIMIT = 300


class HelpQuestion(Protocol):
    """A question to the help desk, as bot/store/helpdesk.py keeps it."""

    @property
    def id(self) -> int: ...
    @property
    def first_name(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def asked_at(self) -> datetime: ...


def asks_a_human(result: Answer) -> bool:
    """Whether the answer leaves the question open: words the bot does not know (wifi, a lost
    badge), conference information that does not say, a search that found nothing."""
    if result.intent == Intent.UNKNOWN:
        # Words the bot does not know ("wifi", "badge"); not a message with nothing to pass on.
        return bool(result.question.unmatched.strip() or result.unknown_info)
    if result.intent == Intent.INFO:
        return bool(result.unknown_info)
    if result.intent == Intent.SEARCH:
        return not result.sessions and not result.question.documents
    return False


def question_number(text: str | None) -> int | None:
    """The number of the question a help-desk message shows ("🛎 #12 …"), else None."""
    found = _NUMBER.match(text or "")
    return int(found.group(1)) if found else None


def quoted(text: str, limit: int = QUESTION_LIMIT) -> str:
    return f"<blockquote>{clip_html(text, limit)}</blockquote>"


def for_organisers(question: HelpQuestion, s: Speaker) -> str:
    """The question as the help desk sees it: who asked (first name, language) and their words."""
    name = f"<b>{escape(question.first_name)}</b>"
    # Translators: the start of a question an attendee sent to the organisers' help desk.
    asked = s._("{name} asks, in {language}:", name=name, language=s.language_name(question.language))
    # Translators: under an attendee's question in the organisers' help desk.
    how = s._("Reply to this message to answer: your words go to {name}.", name=name)
    return f"{MARK} #{question.id} · {asked}\n{quoted(question.text)}\n<i>{how}</i>"


def sent_to_organisers(question: HelpQuestion, s: Speaker) -> str:
    return (
        "✅ "
        + s._("Your question went to the organisers:")
        + "\n"
        + quoted(question.text)
        + s._("Their answer will come here.")
    )


def already_waiting(question: HelpQuestion, s: Speaker) -> str:
    return (
        s._("You already have a question waiting for the organisers:")
        + "\n"
        + quoted(question.text)
        + s._("You can ask another once they have answered it.")
    )


def no_help_desk(s: Speaker) -> str:
    return s._("Sorry, the organisers cannot be reached through me.")


def answer_for_attendee(asked: str, answer: str, s: Speaker) -> str:
    """The organiser's own words, between labels in the attendee's language."""
    return (
        "💬 <b>"
        + s._("The organisers answer your question")
        + "</b>\n"
        + quoted(asked, QUOTE_LIMIT)
        + escape(answer)
    )


def waiting_list(questions: Sequence[HelpQuestion], s: Speaker) -> str:
    """/helpdesk: the questions waiting for an answer, oldest first."""
    if not questions:
        return s._("No question is waiting for an answer.")
    lines = [
        "<b>"
        + s.n_(
            "{count} question is waiting for an answer:",
            "{count} questions are waiting for an answer:",
            len(questions),
        )
        + "</b>"
    ]
    for question in questions:
        who = s._(
            "{name}, in {language}",
            name=escape(question.first_name),
            language=s.language_name(question.language),
        )
        lines.append(f"\n{MARK} #{question.id} · {who} · {s.day_and_time(question.asked_at)}")
        lines.append(quoted(question.text, QUOTE_LIMIT))
    lines.append("<i>" + s._("To answer, reply to the question's message.") + "</i>")
    return "\n".join(lines)
