"""Follow-ups: a short message that continues the chat's last question rather than asks a new one.

"and after that?", "et demain ?", "what about room 2?", "¿y a las 3?", "who speaks there?": the last
question of the conversation (a chat and a user) is remembered for a while, and such a message is
read as that question with one thing changed. A follow-up with nothing to follow gets a short
clarifying reply ("nothing-to-follow"), not a guess. The phrases are data
(bot/understand/lexicon/followups.toml).
"""

from __future__ import annotations

import re
import tomllib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from bot.programme.model import Programme
from bot.understand.features import has_phrase, numbered_room_first
from bot.understand.index import ProgrammeIndex, index_for
from bot.understand.language import detect_language
from bot.understand.lexicon import FOLDER
from bot.understand.question import Intent, Question
from bot.understand.text import blank, words
from bot.understand.vocabulary import (
    ARTICLES,
    FILLER_WORDS,
    HOUR_PREPOSITION_PHRASES,
    KIND_WORDS,
    NEXT_PHRASES,
    NOW_IN_ROOM_PHRASES,
    POLITENESS,
    ROOM_NOUNS,
    ROOM_WORDS,
    START_PHRASES,
    STOPWORDS,
)
from bot.understand.when import NUMBERS_IN_WORDS, When, find_when, hour_of, reference_day

MEMORY = timedelta(minutes=15)
# What a follow-up can continue: questions about sessions, rooms and people.
FOLLOWABLE = frozenset(
    (Intent.NEXT, Intent.NOW, Intent.AT_TIME, Intent.SEARCH, Intent.PERSON, Intent.ROOM_INFO, Intent.PEOPLE)
)
# Words: a longer message is a question of its own ("y en la sala grande a las 5 de la tarde?" is not).
_LONGEST = 14
EVENING = 18  # after a time from this hour on, a follow-up's hour without "am" is in the evening too
_LATE = 21  # asked from this hour on, a follow-up's hour of 1 to 7 alone is the night's
# The one-word names of kinds of session ("ateliers", "talks"), left in a follow-up that names a room.
KIND_NOUNS = frozenset(name for names in KIND_WORDS.values() for name in names if " " not in name)


@dataclass(frozen=True, slots=True)
class Turn:
    """A conversation's last question and the sessions its answer showed, in their order."""

    question: Question
    shown: tuple[str, ...]
    at: datetime
    # Where "and after that?" starts: after the next session a `next` answer names first, after
    # all of those a `now` or `at` answer shows (they start together).
    after: datetime | None = None
    # The question an "and after that?" went on from: a room said next asks that one there ("q hay
    # ahora en la 303", "y después?", "y en la 304?" is what is on now in 304).
    base: Question | None = None


class Conversations:
    """The last turn of each conversation, for MEMORY; the least recent forgotten beyond LIMIT.
    A restart forgets them all (the chat goes on with new questions)."""

    LIMIT = 20_000

    def __init__(self) -> None:
        self._turns: OrderedDict[Hashable, Turn] = OrderedDict()

    def last(self, key: Hashable, at: datetime) -> Turn | None:
        turn = self._turns.get(key)
        if turn is None or not timedelta(0) <= at - turn.at <= MEMORY:
            return None
        return turn

    def remember(self, key: Hashable, turn: Turn) -> None:
        if turn.question.intent not in FOLLOWABLE or turn.question.intent == Intent.PEOPLE:
            # "thanks" or "who speaks there?" between two questions does not change their subject.
            return
        self._turns[key] = turn
        self._turns.move_to_end(key)
        while len(self._turns) > self.LIMIT:
            self._turns.popitem(last=False)


@dataclass(frozen=True, slots=True)
class _Phrases:
    after: frozenset[str]
    day_after: frozenset[str]
    same_room: tuple[str, ...]  # longest first
    there: tuple[str, ...]
    who: frozenset[str]
    where: frozenset[str]
    linkers: tuple[str, ...]  # longest first
    linker_words: frozenset[str]
    linkers_of: dict[str, tuple[str, ...]]  # by language, longest first
    minutes: dict[str, int]  # "half past": 30, "quarter to": -15


@cache
def _phrases() -> _Phrases:
    data = tomllib.loads((FOLDER / "followups.toml").read_text(encoding="utf-8"))

    def folded(kind: str) -> list[str]:
        return [" ".join(words(phrase)) for phrases in data[kind].values() for phrase in phrases]

    def longest_first(phrases: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(phrases), key=lambda p: -len(p.split())))

    linkers = longest_first(folded("linkers"))
    # The words a change may have besides its day, time or room: the linkers' and "same time".
    linker_words = frozenset(word for phrase in (*linkers, *folded("same_time")) for word in phrase.split())
    linkers_of = {
        language: longest_first(" ".join(words(phrase)) for phrase in phrases)
        for language, phrases in data["linkers"].items()
    }
    return _Phrases(
        frozenset(folded("after")),
        frozenset(folded("day_after")),
        longest_first(folded("same_room")),
        tuple(folded("there")),
        frozenset(folded("who")),
        frozenset(folded("where")),
        linkers,
        linker_words,
        linkers_of,
        {
            " ".join(words(phrase)): minutes
            for table in data["minutes"].values()
            for phrase, minutes in table.items()
        },
    )


def follow_up(
    text: str,
    at: datetime,
    previous: Turn | None,
    programme: Programme,
    *,
    index: ProgrammeIndex | None = None,
) -> Question | None:
    """The question a follow-up asks, the clarifying "nothing-to-follow" when it has nothing to
    continue, or None when the message is no follow-up (a question of its own)."""
    # Politeness goes, not an article ("et dans la 12 ?": French "là" folds to the article "la") nor
    # a number ("¿y a la una y media?": Spanish "una" is also politeness's "a").
    tokens = [
        t
        for t in words(text)
        if t not in POLITENESS or t in ("a", "y", "et", "and") or t in ARTICLES or t in NUMBERS_IN_WORDS
    ]
    if not tokens or len(tokens) > _LONGEST:
        return None
    said = " ".join(tokens)
    phrases = _phrases()
    detected = detect_language(text, tokens)
    language = detected or (previous.question.language if previous else None)
    language = language or programme.conference.default_language

    # `details` are Question's other fields, each of its own type: the dataclass checks their names.
    def ask(rule: str, intent: Intent, **details: Any) -> Question:
        return Question(intent=intent, language=language, at=at, text=text.strip(), rule=rule, **details)

    def nothing() -> Question:
        return ask("nothing-to-follow", Intent.UNKNOWN)

    usable = previous if previous is not None and previous.question.intent in FOLLOWABLE else None
    here = next((p for p in phrases.same_room if said.endswith(" " + p)), None)
    if said in phrases.after or (here is not None and said[: -len(here) - 1] in phrases.after):
        if usable is None:
            return nothing()
        # The sessions after the ones just shown, in the same room if there was one ("what's first
        # tomorrow?" then "and what comes after it in the same room?": the room of what it showed).
        room_id = usable.question.room_id
        if room_id is None and here is not None:
            sessions = [programme.session(session_id) for session_id in usable.shown]
            rooms_shown = {session.room_id for session in sessions if session is not None}
            room_id = next(iter(rooms_shown)) if len(rooms_shown) == 1 else None
        return ask(
            "after-that",
            Intent.NEXT,
            room_id=room_id,
            kinds=usable.question.kinds,
            after=usable.after,
            tracks=usable.question.tracks,
        )
    if said in phrases.day_after:
        if usable is None:
            return nothing()
        # "what's first tomorrow?" then "and the day after?": the same, the day after that one.
        today = reference_day(programme.conference, at)
        day = (usable.question.when.day or today) + timedelta(days=1)
        return _changed(usable.question, When(day=day), None, ask, today)
    if said in phrases.who:
        if usable is None or not usable.shown:
            return nothing()
        return ask("who-is-in-it", Intent.PEOPLE, session_ids=usable.shown[:1])
    if said in phrases.where and usable is not None:
        # "where's that?": the room just asked about, or the room of the session just shown.
        shown = programme.session(usable.shown[0]) if usable.shown else None
        room_id = usable.question.room_id or (shown.room_id if shown else None)
        if room_id is not None:
            return ask("where-is-it", Intent.ROOM_INFO, room_id=room_id, when=usable.question.when)
    minutes = _minutes_alone(said, phrases)
    if minutes is not None and usable is not None and usable.question.when.clock is not None:
        # "what's in Fermi at 2pm?" then "and at half past?": 2:30.
        hour = usable.question.when.clock.hour - (1 if minutes < 0 else 0)
        clock = time(hour % 24, minutes % 60)
        today = reference_day(programme.conference, at)
        return _changed(usable.question, When(clock=clock), None, ask, today)
    # A language's own linkers when the message says which it is: French "y a quoi à 15h ?" is
    # "what is on at 3 pm", not Spanish "y a las 15?".
    linkers = phrases.linkers_of.get(detected, phrases.linkers) if detected else phrases.linkers
    linker = next((p for p in linkers if said == p or said.startswith(p + " ")), None)
    if linker is None and not usable:
        return None
    # The whole message is read ("and at 11": the "at" is the time's), the linker's words left.
    index = index or index_for(programme)
    if linker and usable and usable.question.intent == Intent.PERSON:
        # "when does the mayor of the host city speak?" then "and the head of the agency?":
        # someone described by office, as the question before asked for someone.
        rest = [word for word in said[len(linker) :].split() if word not in STOPWORDS]
        described = index.find_person_by_description(rest) if rest else None
        if described is not None and set(rest) <= described.matched_words:
            return ask("same-but", Intent.PERSON, person_ids=described.person_ids, together=True)
    if linker and usable and usable.question.room_id is not None:
        # "et demain à 11h30, même salle ?": the room just asked about, whatever a word for a room
        # names on its own ("salle" is a 'Zaal' translated).
        said = _without_same_room(said, phrases) or said
    sibling = _sibling_room(said, linker, usable, index) if linker and usable else None
    change = (
        (When(), sibling) if sibling else _change(said, phrases.linker_words, language, at, programme, index)
    )
    if change is None and linker and usable and usable.question.when.clock is not None:
        # "what's on at 2pm in Montcalm?", "and at 3?", then "and 4?": an hour, when no room has it.
        change = _hour_alone(said[len(linker) :], usable.question.when.clock)
    if change is None or (linker is None and not _alone(change, said, language, at, programme)):
        return None
    when, room_id = change
    if usable is None:
        # "et demain à 10h40 y a quoi ?" as a chat's first message asks what is on then: a time (or
        # "in ten minutes") with words that ask it is a question of its own; "et à 15h ?" alone
        # has nothing to go on.
        timed = when.clock is not None or when.delay is not None
        return None if timed and has_phrase(said, NOW_IN_ROOM_PHRASES) else nothing()
    # A room alone after "and after that?" asks the question that went on there; "y en la sala
    # corse que viene?" still asks what comes.
    again = usable.base is not None and room_id is not None and when.empty
    asked = usable.base if again and usable.base and not has_phrase(said, NEXT_PHRASES) else usable.question
    if room_id is not None:
        room_id = index.room_then(room_id, when.day or asked.when.day, at)
    if asked.intent == Intent.NOW and when.day is not None and when.clock is None and when.part is None:
        # "what's on now?" then "and tomorrow?": at this time tomorrow.
        clock = asked.at.astimezone(programme.conference.timezone).time().replace(second=0, microsecond=0)
        when = replace(when, clock=clock)
    asked_at = asked.at.astimezone(programme.conference.timezone)
    said_clock = when.clock
    if asked.intent == Intent.NOW and said_clock and when.day is None and asked_at.hour >= EVENING:
        if when.evening_too:
            # "what's on now?" at 19:16, then "and at 9:30?": tonight's, not the morning gone by.
            when = replace(when, clock=said_clock.replace(hour=said_clock.hour + 12))
        elif when.small_hour and asked_at.hour >= _LATE:
            # "what's on now?" at 22:40, then "y a la 1 y media?": the night's 01:30, not 13:30.
            when = replace(when, clock=said_clock.replace(hour=said_clock.hour - 12))
    return _changed(asked, when, room_id, ask, reference_day(programme.conference, at))


def _sibling_room(said: str, linker: str, previous: Turn, index: ProgrammeIndex) -> str | None:
    """ "qué hay en el track 1" then "¿y en el 2?": the room numbered so among the last room's
    kind ('Track 2', not 'Workshops 2')."""
    rest = [word for word in said[len(linker) :].split() if word not in ARTICLES]
    if len(rest) != 1 or previous.question.room_id is None:
        return None
    # "¿y a las 4?" after "a las 3 en el escenario 5" asks 4 o'clock there, not 'Stage 4'.
    before = f" {said[: said.rindex(rest[0])].strip()}"
    if any(before.endswith(f" {phrase}") for phrase in HOUR_PREPOSITION_PHRASES):
        return None
    number = str(NUMBERS_IN_WORDS[rest[0]]) if rest[0] in NUMBERS_IN_WORDS else rest[0]
    numbered = index.rooms.numbered
    last = previous.question.room_id
    words_of_last = {printed for held in numbered.values() for printed, room_id in held if room_id == last}
    siblings = {room_id for printed, room_id in numbered.get(number, ()) if printed in words_of_last}
    return siblings.pop() if number.isdigit() and len(siblings) == 1 else None


def _minutes_alone(said: str, phrases: _Phrases) -> int | None:
    """The minutes of a time said without its hour after a linker ("and at half past?", "et à la
    demie ?", "¿y menos cuarto?"): from the hour, negative before it; None for anything else."""
    linker = next((p for p in phrases.linkers if said.startswith(p + " ")), "")
    return phrases.minutes.get(said[len(linker) :].strip())


def _without_same_room(said: str, phrases: _Phrases) -> str | None:
    """The follow-up without the words saying it is about the same room with a word for a room
    ("même salle", "same room"), when it says so ("there" is read where it stands)."""
    padded = f" {said} "
    same = next(
        (
            phrase
            for phrase in phrases.same_room
            if f" {phrase} " in padded and not ROOM_NOUNS.isdisjoint(phrase.split())
        ),
        None,
    )
    return " ".join(padded.replace(f" {same} ", " ").split()) if same else None


def _hour_alone(rest: str, last: time) -> tuple[When, None] | None:
    """A number alone after a time just asked, as that hour: in the afternoon after one of the
    afternoon ("and 4?" after 3 p.m.), as a conference's small hours are ("and 2?" is 14:00)."""
    said = rest.split()
    if len(said) != 1 or not (said[0].isdigit() or said[0] in NUMBERS_IN_WORDS):
        return None
    hour = int(said[0]) if said[0].isdigit() else NUMBERS_IN_WORDS[said[0]]
    clock = hour_of(hour, 0, None, "afternoon" if last.hour >= 12 else None) if 0 < hour <= 23 else None
    return (When(clock=clock), None) if clock is not None else None


def on_the_same_day(text: str, previous: Turn | None, read: Callable[[], Question]) -> Question | None:
    """A search said as a follow-up keeps the day the question before asked about: "when's lunch
    today?" then "and the coffee breaks?" asks for today's; "¿qué hay mañana sobre salud?" then
    "¿y sobre vivienda?" for tomorrow's. None for any other message, which `read` (the message's
    own reading) is called for only when the turn before and the message's start could make it
    one."""
    if previous is None or previous.question.intent not in (Intent.SEARCH, Intent.AT_TIME):
        return None
    day = previous.question.when.day
    said = " ".join(words(text))
    linkers = _phrases().linkers
    if day is None or len(said.split()) > _LONGEST or not any(said.startswith(p + " ") for p in linkers):
        return None
    asked = read()
    if asked.intent != Intent.SEARCH or not asked.when.empty:
        return None
    return replace(asked, when=When(day=day))


def pointed_room(text: str, previous: Turn | None, programme: Programme) -> str | None:
    """The room of the last question when a question of its own points back at it ("y a quoi
    là-bas à 16h30 ?", "¿qué hay ahí a las 11?"), or the one room of the sessions its answer showed
    ("Ana Gil", then "what's next in that room?"), else None."""
    if previous is None or previous.question.intent not in FOLLOWABLE:
        return None
    room_id = previous.question.room_id
    if room_id is None:
        shown = {session.room_id for session in map(programme.session, previous.shown) if session is not None}
        room_id = next(iter(shown)) if len(shown) == 1 else None
    said = f" {' '.join(words(text))} "
    return room_id if room_id and any(f" {phrase} " in said for phrase in _phrases().there) else None


def without_pointer(text: str) -> str:
    """The text's words without what points back at a room ("y mañana hay algo ahí?" → "y mañana
    hay algo"): read alone, the rest asks what it asks there."""
    said = f" {' '.join(words(text))} "
    for phrase in sorted(_phrases().there, key=len, reverse=True):
        said = said.replace(f" {phrase} ", " ")
    return said.strip()


def _change(
    said: str,
    linker_words: frozenset[str],
    language: str,
    at: datetime,
    programme: Programme,
    index: ProgrammeIndex,
) -> tuple[When, str | None] | None:
    """The day or time and the room a follow-up names, when it names nothing else."""
    early, said = numbered_room_first(said, index)  # "and in 2.02?": a room, not 14:02
    when, left = find_when(said, language, at, programme.conference, default_day=False)
    room = (
        early
        or index.find_room(left)
        or index.find_room(_without_linker(left, linker_words))
        # a devroom by its track where rooms are named by codes: "y en la sala de seguridad?"
        or index.track_room(left, when.day or programme.conference.programme_day(at))
    )
    if room is not None and early is None:
        left = blank(left, room.span)
    # Besides the linker, only words for a room, or for the sessions one holds when a room is
    # named ("et dans la salle des ateliers en ligne ?").
    kind_words = KIND_NOUNS if room is not None else frozenset()
    others = [
        w
        for w in re.findall(r"[a-z0-9']+", left)
        if w not in STOPWORDS | FILLER_WORDS | ROOM_WORDS and w not in linker_words and w not in kind_words
    ]
    # "and tomorrow, when does it start on that stage?" asks when things start, a question of its own.
    if others or (when.empty and room is None) or has_phrase(said, START_PHRASES):
        return None
    return when, room.room_id if room else None


def _alone(
    change: tuple[When, str | None], said: str, language: str, at: datetime, programme: Programme
) -> bool:
    """Whether a message without a linker is a follow-up: a day, a time or a room and nothing else
    ("sunday?", "mañana", "à 15h30 ?", "empire?"): after a question, it asks that question again
    then or there, as "and on sunday?" does ("what's on sunday?" is a question of its own)."""
    when, left = find_when(said, language, at, programme.conference, default_day=False)
    room_id = change[1]
    if room_id is not None:
        names = {
            word
            for name in (programme.rooms[room_id].name, *programme.rooms[room_id].aliases)
            for word in words(name)
        }
        left = " ".join(word for word in words(left) if word not in names)
    rest = [
        word for word in re.findall(r"[a-z0-9']+", left) if word not in STOPWORDS and word not in ROOM_WORDS
    ]
    return (when.day is not None or when.clock is not None or room_id is not None) and not rest


def _without_linker(text: str, linker_words: frozenset[str]) -> str:
    """The text with the linker's words it starts with blanked, its length kept (spans stay
    true): "what about turing" names the hall "Saal Turing" as "turing" alone would."""
    words_ = text.split(" ")
    leading = 0
    while leading < len(words_) and (not words_[leading] or words_[leading] in linker_words):
        leading += 1
    return " ".join([" " * len(w) for w in words_[:leading]] + words_[leading:])


def _changed(
    previous: Question, new: When, room_id: str | None, ask: Callable[..., Question], today: date
) -> Question:
    """The last question with a new day, time or room: the day it was on unless another is named
    ("and tomorrow?" then "and at 4?" is tomorrow at 4), else `today` for a time."""
    old = previous.when
    clock = new.clock or (old.clock if new.part is None and new.delay is None else None)
    if new.clock and new.bare and old.clock and old.clock.hour >= EVENING and new.clock.hour < 12:
        # "q hay a las diez de la noche" then "¿y a las diez y media?": still the evening.
        clock = new.clock.replace(hour=new.clock.hour + 12)
    part = new.part or (old.part if new.clock is None else None)
    when = When(
        day=new.day or old.day or (today if clock is not None or part is not None else None),
        clock=clock,
        part=part,
        delay=new.delay,
        evening_too=new.evening_too if new.clock else old.evening_too,
    )
    room = room_id or previous.room_id
    intent = previous.intent
    if when.clock is not None or when.delay is not None or (intent == Intent.NOW and not new.empty):
        intent = Intent.AT_TIME
    elif intent == Intent.PEOPLE:
        intent = Intent.NEXT
    kept = replace(previous, when=when, room_id=room, intent=intent)
    return ask(
        "same-but",
        kept.intent,
        room_id=kept.room_id,
        when=kept.when,
        person_ids=kept.person_ids,
        topic=kept.topic,
        kinds=kept.kinds,
        interpretation=kept.interpretation,
        together=kept.together,
        last=kept.last,
        tracks=kept.tracks,
    )
