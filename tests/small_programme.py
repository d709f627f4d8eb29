"""Small programmes written in a test, in English: talks with a start, an end, a title and, if
given, a room, a description, speakers and a kind; the conference's days are theirs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.programme.kinds import SessionKind
from bot.programme.model import Conference, Person, Programme, Role, Room, Session, Text


def talk(
    id_: str,
    start: datetime,
    end: datetime,
    title: str,
    *,
    room: str | None = None,
    description: str = "",
    speakers: Iterable[str] = (),
    kind: SessionKind = SessionKind.TALK,
) -> Session:
    return Session(
        id=id_,
        kind=kind,
        start=start,
        end=end,
        room_id=room,
        title=Text.of(title, "en"),
        description=Text.of(description, "en") if description else Text(),
        roles=tuple(Role(person, "speaker") for person in speakers),
    )


def small_programme(
    zone: ZoneInfo,
    sessions: list[Session],
    *,
    rooms: Iterable[Room] = (),
    people: Iterable[Person] = (),
    days: Iterable[date] = (),
    name: str = "C",
    conference_id: str = "c",
) -> Programme:
    """A conference in `zone`, on `days`, else on the days its sessions start."""
    on = tuple(days) or tuple(sorted({session.start.astimezone(zone).date() for session in sessions}))
    conference = Conference(
        id=conference_id, name=Text.of(name, "en"), timezone=zone, default_language="en", days=on
    )
    return Programme(conference, list(rooms), list(people), sessions)
