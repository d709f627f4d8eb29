"""Sessions as an iCalendar file, for the attendee's own calendar (pure: no Telegram, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from icalendar import Calendar, Event, vDuration

from bot.answers.render import role_label
from bot.i18n import Speaker
from bot.programme.model import Programme, Session


def session_uid(programme: Programme, session: Session) -> str:
    """Stable across exports and programme changes: calendars update the event instead of adding one."""
    return f"{session.id}@{programme.conference.id}.conference-bot"


def starred_sessions(programme: Programme, session_ids: Iterable[str]) -> list[Session]:
    """The sessions of these ids that the programme still has, in the order they start."""
    found = (programme.session(session_id) for session_id in session_ids)
    return sorted((session for session in found if session is not None), key=lambda x: (x.start, x.id))


def calendar_file(
    programme: Programme,
    sessions: Iterable[Session],
    s: Speaker,
    *,
    now: datetime,
    refresh: timedelta | None = None,
) -> bytes:
    """The sessions as an iCalendar object; `refresh` is how often a subscribed calendar app
    should fetch it again (RFC 7986 REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL)."""
    default = programme.conference.default_language
    calendar = Calendar()
    calendar.add("prodid", "-//conference-bot//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", programme.conference.name.get(s.language, default))
    if refresh is not None:
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", vDuration(refresh))
    for session in sessions:
        event = Event()
        event.add("uid", session_uid(programme, session))
        event.add("dtstamp", now)
        # Local times with the conference's zone (a VTIMEZONE is added below), as organisers see them.
        event.add("dtstart", session.start.astimezone(programme.timezone))
        event.add("dtend", session.end.astimezone(programme.timezone))
        event.add("summary", session.title.get(s.language, default))
        room = programme.room(session.room_id)
        if room is not None:
            location = room.name
            if room.directions:
                location += f" ({room.directions.get(s.language, default)})"
            event.add("location", location)
        lines = [f"{person.name} — {role_label(role, s)}" for person, role in programme.people_of(session)]
        if session.organiser:
            lines.append(s._("Organised by {organiser}", organiser=session.organiser))
        description = session.description.get(s.language, default)
        if description:
            lines += ["", description]
        if lines:
            event.add("description", "\n".join(lines))
        if session.cancelled:
            event.add("status", "CANCELLED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
