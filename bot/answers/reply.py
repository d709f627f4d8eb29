"""One question in, one reply out: the function the terminal chat, `ask --json` and Telegram share."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.answers.answer import Answer, answer
from bot.answers.pages import page_count, page_of
from bot.answers.render import render
from bot.i18n import speaker
from bot.programme.model import Programme, Session
from bot.understand.followup import (
    Conversations,
    Turn,
    follow_up,
    on_the_same_day,
    pointed_room,
    without_pointer,
)
from bot.understand.parse import parse
from bot.understand.question import Intent, Question
from bot.understand.smalltalk import small_talk


@dataclass(frozen=True, slots=True)
class Reply:
    answer: Answer  # every session found (ask --json lists them all)
    html: str  # one page of them (bot/answers/pages.py)
    page: int = 0
    pages: int = 1
    shown: tuple[Session, ...] = ()  # the sessions of the page, what is on now first

    @property
    def language(self) -> str:
        return self.answer.question.language

    def as_json(self, programme: Programme) -> dict[str, Any]:
        question = self.answer.question
        language = question.language
        room = programme.room(question.room_id)
        people = self.answer.candidates or self.answer.person_ids
        extra: dict[str, Any] = {}
        if question.intent == Intent.ROOMS:
            extra["rooms"] = [programme.rooms[room_id].name for room_id in self.answer.rooms]
        if question.intent == Intent.INFO or question.info:
            # The topics asked, and those the conference information does not answer (also of an
            # `unknown` answer to "is there a cloakroom?": info.unknown says what it lacks).
            extra["info"] = {"topics": list(question.info), "unknown": list(self.answer.unknown_info)}
        if question.tracks:
            extra["tracks"] = list(question.tracks)  # the programme's tracks asked for, as it names them
        if question.intent == Intent.ROOM_INFO and room is not None:
            # The way to the room as the programme gives it; null where it says nothing.
            default = programme.conference.default_language
            extra["way"] = {
                "building": room.building.get(language, default) or None,
                "floor": room.floor.get(language, default) or None,
                "directions": room.directions.get(language, default) or None,
                "map": room.map_file or None,
                "latitude": room.latitude,
                "longitude": room.longitude,
            }
        if question.documents:
            extra["documents"] = [
                {
                    "session": session.id,
                    "title": document.title.get(language, programme.conference.default_language),
                    "language": document.language,
                    "file": document.file or None,
                    "url": document.url or None,
                }
                for session in self.answer.sessions
                for document in session.documents
            ]
        return {
            "intent": question.intent,
            "lang": language,
            "room": room.name if room else None,
            "sessions": [
                {
                    "id": session.id,
                    "title": session.title.get(language, programme.conference.default_language),
                    "start": session.start.isoformat(),
                    "end": session.end.isoformat(),
                    "room": programme.rooms[session.room_id].name if session.room_id else None,
                }
                # `next` in a room lists what is on there now first, as the reply does.
                for session in self.answer.running + self.answer.sessions
            ],
            "people": [programme.people[p].name for p in people],
            "rule": question.rule,
            **extra,
            "reply": self.html,
        }


class MinuteCache:
    """Replies kept for the minute they were asked in, then dropped.

    At a conference many people ask the same thing in the same minute ("what's next?"); sessions
    start and end on whole minutes, so the answer within a minute is the same. Keeping only the
    current minute's bounds memory by what is asked in a minute, not by how long the bot runs."""

    LIMIT = 2048  # distinct questions kept within one minute

    def __init__(self) -> None:
        self._minute: int | None = None
        self._replies: dict[Hashable, Reply] = {}

    def get(self, minute: int, key: Hashable, make: Callable[[], Reply]) -> Reply:
        if minute != self._minute or len(self._replies) >= self.LIMIT:
            self._replies.clear()
            self._minute = minute
        reply = self._replies.get(key)
        if reply is None:
            reply = self._replies[key] = make()
        return reply


_typed = MinuteCache()
_built = MinuteCache()


def respond(text: str, at: datetime, programme: Programme, language_hint: str | None = None) -> Reply:
    """Understand a message asked at `at` and write the reply in the message's language (kept for
    its minute: see MinuteCache)."""
    minute = int(at.timestamp() // 60)

    def make() -> Reply:
        asked = datetime.fromtimestamp(minute * 60, programme.timezone)
        # "thanks", "ok", "👍": small talk gets a line, before anything is read as a question.
        chat = small_talk(text, asked, language_hint, programme.conference.default_language)
        return reply_to(chat or parse(text, asked, programme, language_hint), programme)

    return _typed.get(minute, (text, programme, language_hint), make)


def respond_in(
    conversations: Conversations,
    key: Hashable,
    text: str,
    at: datetime,
    programme: Programme,
    language_hint: str | None = None,
) -> Reply:
    """respond() within a conversation (a chat and a user): a follow-up ("and after that?",
    "et demain ?") continues its last question (bot/understand/followup.py)."""
    previous = conversations.last(key, at)
    question = follow_up(text, at, previous, programme)
    if question is None and (room_id := pointed_room(text, previous, programme)) is not None:
        # A question of its own about the room just asked about ("y a quoi là-bas à 16h30 ?").
        asked = parse(text, at, programme, language_hint)
        if asked.intent == Intent.UNKNOWN:  # "y mañana hay algo ahí?": "ahí" read as an unknown word
            rest = without_pointer(text)
            asked = replace(parse(rest, at, programme, language_hint or asked.language), text=text)
        # (or its last session: "c quoi le dernier truc là-bas aujourd'hui ?")
        last = asked.intent == Intent.SEARCH and asked.last and not asked.topic
        if asked.room_id is None and (asked.intent in (Intent.NOW, Intent.NEXT, Intent.AT_TIME) or last):
            question = replace(asked, room_id=room_id)
            if asked.intent == Intent.NEXT and asked.first:  # that room's first session that day
                question = replace(question, intent=Intent.SEARCH)
    if question is None:
        question = on_the_same_day(text, previous, lambda: parse(text, at, programme, language_hint))
    reply = (
        reply_to(question, programme) if question is not None else respond(text, at, programme, language_hint)
    )
    result = reply.answer
    shown = tuple(session.id for session in result.running + result.sessions)
    after: datetime | None
    if result.intent == Intent.NEXT and result.sessions:
        after = result.sessions[0].start
    else:
        after = max((session.start for session in result.running + result.sessions), default=None)
    went_on = previous is not None and result.question.rule == "after-that"
    base = (previous.base or previous.question) if went_on and previous is not None else None
    conversations.remember(key, Turn(result.question, shown, at, after, base))
    return reply


def reply_in_minute(question: Question, programme: Programme) -> Reply:
    """reply_to for a question built by a command (/now, /next, /help), kept for its minute as
    respond() keeps typed ones."""
    at = question.at.replace(second=0, microsecond=0)
    minute = int(at.timestamp() // 60)
    question = replace(question, at=at)
    return _built.get(minute, (question, programme), lambda: reply_to(question, programme))


def reply_to(question: Question, programme: Programme, page: int = 0) -> Reply:
    """Answer an already understood question (commands build theirs without parsing text), the
    reply showing one page of the sessions found."""
    result = answer(question, programme)
    pages = page_count(result)
    page = min(max(page, 0), pages - 1)
    shown = page_of(result, page)
    html = render(shown, programme, speaker(question.language, programme.timezone))
    return Reply(result, html, page, pages, shown.running + shown.sessions)
