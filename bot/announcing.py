"""An organiser's announcement read without Telegram: what /announce's words say (when, to whom,
what) and which session or room they name (pure: the words and the programme in, the parts out).

handlers/announcements.py reads the command here, renders with bot/answers/announcements.py and
hands the confirmed announcement to the outbox, or to bot/delivery/scheduled.py when it has a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.organising import lookup_sessions, room_named
from bot.programme.model import Programme


class Audience(StrEnum):
    """Whom an announcement reaches (bot/delivery/audience.py finds their chats)."""

    EVERYONE = "everyone"
    SPEAKERS = "speakers"
    SESSION = "session"  # target: a session id
    ROOM = "room"  # target: a room id


AUDIENCES = {
    **dict.fromkeys(("everyone", "all", "tous", "tout", "todos", "todo"), Audience.EVERYONE),
    **dict.fromkeys(("speakers", "intervenants", "ponentes"), Audience.SPEAKERS),
    **dict.fromkeys(("session", "seance", "séance", "sesion", "sesión"), Audience.SESSION),
    **dict.fromkeys(("room", "salle", "sala"), Audience.ROOM),
}
SYNTAX = re.compile(r"^\s*(?P<audience>\S+)(?P<target>[^:]*):\s*(?P<text>.+)$", re.DOTALL)
# '/announce at friday 15:30 room Alcazar: …' (also 'à' and 'a'): the time is what comes before
# the first word naming an audience.
AT_WORDS = ("at", "à", "a")


@dataclass(frozen=True, slots=True)
class Announcement:
    """'room Alcazar: the session starts late' read: to whom, the words naming the session or room
    ('' for everyone and the speakers), what to say."""

    audience: Audience
    target: str
    text: str


def split_time(body: str) -> tuple[str, str] | None:
    """'at friday 15:30 room Alcazar: …' → ('friday 15:30', 'room Alcazar: …'); None when the
    body does not start with 'at' or names no audience after it."""
    words = body.split(" ")
    if not words or words[0].lower() not in AT_WORDS:
        return None
    for index, word in enumerate(words[1:], start=1):
        if word.split(":")[0].lower() in AUDIENCES:
            # 'a todos: …' names no time: it is an announcement for now.
            return (" ".join(words[1:index]), " ".join(words[index:])) if index > 1 else None
    return None


def read_announcement(body: str) -> Announcement | None:
    """'AUDIENCE [TARGET]: TEXT' read, or None when it names no audience we know or has no text."""
    match = SYNTAX.match(body)
    audience = AUDIENCES.get(match.group("audience").lower()) if match else None
    text = match.group("text").strip() if match else ""
    if match is None or audience is None or not text:
        return None
    return Announcement(audience, match.group("target").strip(), text)


def find_target(programme: Programme, audience: Audience, words: str, now: datetime) -> str | None:
    """The session or room id an announcement's target names ('' when it needs none), or None."""
    if audience == Audience.SESSION:
        sessions = lookup_sessions(programme, words, now)
        return sessions[0].id if len(sessions) == 1 else None
    if audience == Audience.ROOM:
        return room_named(programme, words)
    return ""


def has_passed(due: datetime, now: datetime) -> bool:
    """Whether an announcement's time has come already: one for a time not after now cannot be
    scheduled (said when it is written, and again on Confirm, when that time may have come since)."""
    return due <= now
