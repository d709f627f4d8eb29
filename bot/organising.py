"""An organiser's changes, planned without Telegram: which sessions a few words name, what a
new room or time would change, and why a change is refused (pure: the programme in, a
`SessionChange` or a `Refusal` out).

The handlers (handlers/organisers.py) parse a command or a button, plan here, render the plan
(bot/answers/organising.py) and send; the door (bot/door.py) applies a confirmed change. A
change is planned twice: for its preview, and again on Confirm, when the slot may be taken since.
The organisers' /help shows an example of each command, named from the programme in force so
that it works there (`example_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.answers.answer import answer
from bot.programme.changes import ChangeKind, SessionChange, Slot
from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import Programme, Session
from bot.understand.index import index_for
from bot.understand.parse import parse
from bot.understand.text import fold
from bot.understand.when import find_when

# '15:30-16:30', '15h30 to 16h30', '15:30 à 16:30': the end is the last time, after a dash or word.
_UNTIL = re.compile(r"\s*(?:–|-|to|à|a)\s*(?=\d{1,2}[:h.]?\d{0,2}\s*$)")


@dataclass(frozen=True, slots=True)
class EndBeforeStart:
    """The new end does not come after the new start."""


@dataclass(frozen=True, slots=True)
class OutsideDays:
    """The new slot starts on no day of the conference."""


@dataclass(frozen=True, slots=True)
class RoomTaken:
    """Another session, not cancelled, holds the room during the new slot."""

    room_id: str
    other: Session


@dataclass(frozen=True, slots=True)
class AlreadyThere:
    """A move to the room the session is already in."""


@dataclass(frozen=True, slots=True)
class AlreadyCancelled:
    pass


@dataclass(frozen=True, slots=True)
class NotCancelled:
    """A restore of a session that is not cancelled."""


@dataclass(frozen=True, slots=True)
class UnknownRoom:
    """No room of the programme is called (or has the id) `text`."""

    text: str


@dataclass(frozen=True, slots=True)
class UnreadableTime:
    text: str


Refusal = (
    EndBeforeStart
    | OutsideDays
    | RoomTaken
    | AlreadyThere
    | AlreadyCancelled
    | NotCancelled
    | UnknownRoom
    | UnreadableTime
)
# Refusals that only say the session is already as asked: a Confirm pressed twice says so quietly.
UNCHANGED = (AlreadyThere, AlreadyCancelled, NotCancelled)


def lookup_sessions(programme: Programme, words: str, now: datetime) -> list[Session]:
    """The sessions a few words name: an exact session id, else the sessions the question
    understanding finds for them (as if asked at `now`), without writing any reply."""
    words = words.strip()
    exact = programme.session(words)
    if exact is not None:
        return [exact]
    asked = now.replace(second=0, microsecond=0)
    return list(answer(parse(words, asked, programme), programme).sessions)


def changeable(session: Session) -> bool:
    """Whether an organiser may change a session: a break or lunch held everywhere (no room) is
    part of the frame of the days, not a session."""
    return session.room_id is not None or session.kind not in PAUSE_KINDS


def sessions_to_change(programme: Programme, words: str, now: datetime) -> list[Session]:
    """The sessions a few words name (`lookup_sessions`) that an organiser may change (`changeable`)."""
    return [x for x in lookup_sessions(programme, words, now) if changeable(x)]


def room_named(programme: Programme, text: str) -> str | None:
    """The id of the room a few words name ('alcazar', 'salle Alcazar'), or None."""
    found = index_for(programme).find_room(" ".join(fold(text).split()))
    return found.room_id if found else None


def read_day_and_time(programme: Programme, text: str, reference: datetime) -> datetime | None:
    """'15:30', 'friday 15:30', 'jeudi 9h': an instant in the conference's zone, on the programme
    day of `reference` when no day is given; an hour before the day change is that day's night
    ('friday 01:00' is Saturday 01:00, as answers read it); None when no time can be read."""
    conference = programme.conference
    when, _ = find_when(fold(text).strip(), "en", reference, conference)
    if when.clock is None:
        return None
    return conference.on_programme_day(when.day or conference.programme_day(reference), when.clock)


def read_new_time(programme: Programme, session: Session, text: str) -> tuple[datetime, datetime] | None:
    """'15:30', 'friday 15:30', '15:30-16:30': a new start and end for `session`, keeping its
    duration when no end is given and its day when no day is; None when no time can be read."""
    pieces = _UNTIL.split(fold(text).strip(), maxsplit=1)
    conference = programme.conference
    start = read_day_and_time(programme, pieces[0], session.start)
    if start is None:
        return None
    day = conference.programme_day(start)
    end = start + session.duration
    if len(pieces) == 2:
        until, _ = find_when(pieces[1], "en", start, conference)
        if until.clock is None:
            return None
        end = conference.on_programme_day(day, until.clock)  # '23:00-01:00' ends after midnight
    return start, end


def clash(programme: Programme, session: Session, slot: Slot) -> Refusal | None:
    """Why `session` cannot take `slot`: an end before the start, a day outside the conference,
    its room used then by another session that is not cancelled; None when it can."""
    if slot.end <= slot.start:
        return EndBeforeStart()
    conference = programme.conference
    if conference.programme_day(slot.start) not in conference.days:
        return OutsideDays()
    if slot.room_id is None:
        return None
    for other in programme.sessions_in_room(slot.room_id):
        if (
            other.id != session.id
            and not other.cancelled
            and other.start < slot.end
            and slot.start < other.end
        ):
            return RoomTaken(slot.room_id, other)
    return None


def _checked(
    programme: Programme, session: Session, kind: ChangeKind, after: Slot
) -> SessionChange | Refusal:
    return clash(programme, session, after) or SessionChange(session.id, kind, Slot.of(session), after)


def plan_move(programme: Programme, session: Session, room_id: str) -> SessionChange | Refusal:
    """`session` in the room `room_id`, at the same time."""
    if room_id not in programme.rooms:
        return UnknownRoom(room_id)
    if room_id == session.room_id:
        return AlreadyThere()
    after = Slot(session.start, session.end, room_id, session.cancelled)
    return _checked(programme, session, ChangeKind.MOVED, after)


def free_rooms(programme: Programme, session: Session) -> list[str]:
    """The ids of the rooms `session` could move to at its time (in the programme's order)."""
    return [
        room_id
        for room_id in programme.rooms
        if room_id != session.room_id and isinstance(plan_move(programme, session, room_id), SessionChange)
    ]


def plan_retime(
    programme: Programme, session: Session, start: datetime, end: datetime
) -> SessionChange | Refusal:
    """`session` from `start` to `end`, in the same room."""
    after = Slot(start, end, session.room_id, session.cancelled)
    return _checked(programme, session, ChangeKind.RETIMED, after)


def plan_shift(programme: Programme, session: Session, minutes: int) -> SessionChange | Refusal:
    """`session` earlier or later by `minutes`, keeping its duration."""
    shift = timedelta(minutes=minutes)
    return plan_retime(programme, session, session.start + shift, session.end + shift)


def plan_cancel(programme: Programme, session: Session) -> SessionChange | Refusal:
    """`session` cancelled (its slot stays: nothing can clash with a cancelled session)."""
    if session.cancelled:
        return AlreadyCancelled()
    after = Slot(session.start, session.end, session.room_id, cancelled=True)
    return SessionChange(session.id, ChangeKind.CANCELLED, Slot.of(session), after)


def plan_restore(programme: Programme, session: Session) -> SessionChange | Refusal:
    """A cancelled `session` held again, if its room is still free then."""
    if not session.cancelled:
        return NotCancelled()
    after = Slot(session.start, session.end, session.room_id, cancelled=False)
    return _checked(programme, session, ChangeKind.RESTORED, after)


@dataclass(frozen=True, slots=True)
class Example:
    """What an example command names, taken from the programme in force so that it works there."""

    session: str  # a session id
    room: str  # a room free at that session's time
    time: str  # a later time its room is free at, HH:MM in the conference's zone
    person: str  # a person's name


# What the examples name when the programme has nothing to name.
NO_EXAMPLE = Example("SESSION", "ROOM", "15:30", "NAME")


def example_of(programme: Programme, now: datetime) -> Example:
    """Names from the programme for the organisers' examples: a session in a room (the first
    still to come at `now`, else the first), a room free then (else another room), a later time
    the same day its room is free at (else an hour later), a named person."""
    sessions = [s for s in programme.sessions if s.room_id and changeable(s) and s.kind not in PAUSE_KINDS]
    coming = [s for s in sessions if s.start > now] or sessions
    if not coming:
        return NO_EXAMPLE
    session = coming[0]
    free = free_rooms(programme, session)
    others = free or [r for r in programme.rooms if r != session.room_id]
    room = programme.rooms[others[0]].name if others else NO_EXAMPLE.room
    # A time its room is free at, the same day: the example's preview is a change, not a refusal.
    later = next(
        (
            start
            for hours in range(1, 6)
            if isinstance(
                plan_retime(
                    programme,
                    session,
                    start := session.start + timedelta(hours=hours),
                    start + session.duration,
                ),
                SessionChange,
            )
        ),
        session.start + timedelta(hours=1),
    ).astimezone(programme.timezone)
    people = [p.name for p in programme.people.values() if not p.unnamed]
    return Example(session.id, room, later.strftime("%H:%M"), people[0] if people else NO_EXAMPLE.person)
