"""A question as the parser understood it: what is asked, about which room, person, time or topic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.understand.when import When


class Intent(StrEnum):
    """What a question asks; the parser picks one, `answers` has one answer and one renderer each."""

    NEXT = "next"
    NOW = "now"
    AT_TIME = "at_time"
    PERSON = "person"
    SEARCH = "search"
    ROOM_INFO = "room_info"
    INFO = "info"
    PEOPLE = "people"  # who is in a session: its people by role
    ROOMS = "rooms"  # rooms described by their interpretation ("the room with Spanish")
    HELP = "help"
    UNKNOWN = "unknown"


# What an `info` question asks about the conference (see ConferenceInfo).
INFO_TOPICS = (
    "about",
    "organisers",
    "venue",
    "languages",
    "registration",
    "contact",
    "website",
    "highlights",
    "faq",
)


@dataclass(frozen=True, slots=True)
class Question:
    intent: Intent
    language: str
    at: datetime
    text: str = ""
    room_id: str | None = None
    when: When = field(default_factory=When)
    person_ids: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    # for `search`: the topic's alternatives when it is "X or Y" ("educación o enseñanza"), each
    # searched alone and the sessions of any of them found
    either: tuple[tuple[str, ...], ...] = ()
    interpretation: str | None = None  # a language asked about: "is there English in room 3?"
    unmatched: str = ""  # what looked like a name or a room but matched nothing
    kinds: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()  # the programme's tracks asked for, as the file names them
    info: tuple[str, ...] = ()  # for `info`: the topics asked, in INFO_TOPICS order
    faq: tuple[int, ...] = ()  # for `info`: the conference's FAQ entries the message asks
    documents: bool = False  # for `search`: the documents of the sessions found are asked for
    # for `person`: several people described together ("les Grecs"), answered for all of them
    together: bool = False
    last: bool = False  # for `search`: the last session(s) of the day or the conference are asked for
    # For `search`: the first session(s) of a day in the room asked about; on a `next`, that the
    # first of a day was asked (a room pointed back at makes it that room's, bot/answers/reply.py).
    first: bool = False
    rule: str = ""  # the parser's reading that gave this question (ask --json prints it)
    after: datetime | None = None  # for `next`: after this instant ("and after that?")
    # for `people`: the sessions whose people are asked for; for documents, the sessions named by
    # their number ("table ronde 3.1"), `unmatched` the number when none has it
    session_ids: tuple[str, ...] = ()
    lacking: bool = False  # for `rooms`: the rooms without interpretation are asked for
    # for `at_time`: a second time asked with the first ("y a quoi demain à 9h et à 10h ?")
    also: When | None = None
