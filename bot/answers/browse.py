"""What /programme's views list, without Telegram: a day's rooms in use and its start times, the
sessions in a room or starting at a time that day (cancelled sessions left out: browsing shows
what is held). handlers/browse.py makes the buttons."""

from __future__ import annotations

from datetime import date, datetime

from bot.programme.model import Programme, Session


def held_on(programme: Programme, day: date) -> tuple[Session, ...]:
    """The sessions of a programme day that are not cancelled, in time order."""
    return tuple(s for s in programme.sessions_on(day) if not s.cancelled)


def rooms_in_use(programme: Programme, day: date) -> list[str]:
    """The ids of the rooms holding a session that day, in the programme's order of rooms."""
    used = {session.room_id for session in held_on(programme, day)}
    return [room_id for room_id in programme.rooms if room_id in used]


def start_times(programme: Programme, day: date) -> list[datetime]:
    """The instants a session starts at that day, each once, earliest first."""
    return sorted({session.start for session in held_on(programme, day)})


def clock_key(programme: Programme, instant: datetime) -> str:
    """'1430': an instant's time of day in the conference's zone, as a browsing button names it."""
    return instant.astimezone(programme.timezone).strftime("%H%M")


def in_room(programme: Programme, day: date, room_id: str) -> list[Session]:
    """The sessions held in a room that day, in time order."""
    return [s for s in held_on(programme, day) if s.room_id == room_id]


def starting_at(programme: Programme, day: date, hhmm: str) -> list[Session]:
    """The sessions held that day that start at `hhmm` ('1430', see `clock_key`), in time order."""
    return [s for s in held_on(programme, day) if clock_key(programme, s.start) == hhmm]
