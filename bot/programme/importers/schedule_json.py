"""c3voc / pretalx / frab `schedule.json`: the JSON twin of schedule.xml, and c3voc's v2.

{"schedule": {"version", "conference": {"acronym", "title", "time_zone_name", "rooms": [...],
  "days": [{"index", "date", "day_start", "day_end",
            "rooms": {"Room name": [{"guid", "code"?, "id", "date", "start", "end"?,
                                     "duration", "room", "title", "subtitle", "type",
                                     "language", "abstract", "description",
                                     "persons": [{"code"|"guid"|"id", "public_name"|"name"}]}]}}]}}}

c3voc's "schedule v2" (schema2.json in github.com/voc/schedule) lists the events once, apart
from the days and rooms, and refers to a room by its guid:

{"schedule": {"version", "conference": {..., "rooms": [{"name", "guid"}],
                                        "days": [{"index", "date", "start", "end"}]},
              "events": [{"guid", "code"?, "start", "end", "room": {"guid", "name"?},
                          "title", "subtitle", "type", "language", "abstract", "description",
                          "participants": [{"guid", "name", "role"}], "state"?}]}}
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers import own
from bot.programme.importers.build import (
    DAY_CHANGE_DEFAULT,
    DAY_CHANGE_LATEST,
    RawEvent,
    RawPerson,
    RawSchedule,
    build_programme,
)
from bot.programme.importers.common import (
    as_dict,
    as_list,
    clean,
    join_paragraphs,
    json_has_key,
    looks_like_json,
    map_kind,
    name_of,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_duration,
    pick,
    plain_text,
)
from bot.programme.kinds import SessionKind
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "schedule-json"


def sniff(head: bytes) -> bool:
    return looks_like_json(head) and json_has_key(head, "schedule")


def matches(data: object) -> bool:
    """Whether parsed JSON has the shape of a schedule.json, or of what it holds under
    "schedule" kept without it (re:publica 23's scraped {"version", "conference": {"days"}})."""
    schedule = _schedule(data)
    return isinstance(schedule.get("conference"), Mapping) and (
        "schedule" in as_dict(data) or isinstance(as_dict(schedule["conference"]).get("days"), list)
    )


def _schedule(data: object) -> Mapping[str, Any]:
    top = as_dict(data)
    return as_dict(top["schedule"]) if "schedule" in top else top


def read(content: bytes, path: Path, tz: ZoneInfo | None = None, first_day: date | None = None) -> Loaded:
    return own.read_json_told_by_keys(content, path, tz, first_day, matches=matches, read_data=read_data)


def read_data(data: Any, path: Path, tz: ZoneInfo | None) -> Loaded:
    schedule = _schedule(data)
    conference = as_dict(schedule["conference"])
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=conference.get("title"),
        acronym=clean(conference.get("acronym")),
        zone_name=clean(conference.get("time_zone_name")) or None,
        language=clean(conference.get("language")) or None,
        day_change=parse_clock(conference.get("day_change")),
        city=clean(conference.get("city")),
        venue=clean(conference.get("venue")),
    )
    day_change = min(raw.day_change or DAY_CHANGE_DEFAULT, DAY_CHANGE_LATEST)
    raw.rooms.extend(clean(as_dict(room).get("name")) for room in as_list(conference.get("rooms")))
    for day_number, day in enumerate(as_list(conference.get("days")), start=1):
        day = as_dict(day)
        day_date = parse_date(day.get("date"))
        if day_date is not None:
            raw.days.append(day_date)
        start = parse_datetime(day.get("day_start") or day.get("start"))
        end = parse_datetime(day.get("day_end") or day.get("end"))
        if start is not None and end is not None:
            raw.day_bounds.append((start, end))
        for room_name, events in as_dict(day.get("rooms")).items():
            raw.rooms.append(clean(room_name))
            for event in as_list(events):
                raw.events.append(
                    _event(as_dict(event), clean(room_name), day_date, day_change, day_number, path)
                )
    rooms = {
        clean(as_dict(room).get("guid")): clean(as_dict(room).get("name"))
        for room in as_list(conference.get("rooms"))
    }
    read = {event.ref for event in raw.events}
    for number, event in enumerate(as_list(schedule.get("events"))):
        found = _v2_event(as_dict(event), number, rooms, path)
        if found.ref not in read or not found.ref:  # a file may carry both shapes
            raw.events.append(found)
    return build_programme(raw, path, tz)


# Participants who take part on stage; a CONTRIBUTOR helped make the event but does not speak.
_ON_STAGE = {"", "SPEAKER", "MODERATOR", "HOST", "GUEST"}


def _v2_event(event: Mapping[str, Any], number: int, rooms: Mapping[str, str], path: Path) -> RawEvent:
    """One of the v2 file's `schedule.events` (see the module's docstring)."""
    ref = clean(event.get("code") or event.get("guid") or event.get("id"))
    where = f"events[{number}]" + (f" {ref!r}" if ref else "")
    start = parse_datetime(event.get("start"))
    if start is None:
        raise ProgrammeError(path, f"start {event.get('start')!r} is not a date and time", where=where)
    end = parse_datetime(event.get("end"))
    duration = None
    if end is None:
        duration = parse_duration(event.get("duration"))
        if duration is None:
            raise ProgrammeError(path, 'no end (expected "end" or "duration")', where=where)
    room = event.get("room")
    if isinstance(room, Mapping):
        room_name = clean(room.get("name")) or rooms.get(clean(room.get("guid")), "")
    else:
        room_name = rooms.get(clean(room)) or clean(room)
    language = clean(event.get("language")) or "en"
    people = [
        RawPerson(
            name=clean(person.get("name") or person.get("public_name")),
            key=clean(person.get("guid") or person.get("code") or person.get("id")) or None,
        )
        for person in (as_dict(item) for item in as_list(event.get("participants") or event.get("persons")))
        if clean(person.get("role")).upper() in _ON_STAGE
    ]
    kind = clean(event.get("type")).upper()
    return RawEvent(
        ref=ref,
        where=where,
        title=event.get("title"),
        start=start,
        end=end,
        duration=duration,
        room=room_name,
        kind=SessionKind.OTHER if kind == "META" else map_kind(kind.replace("_", " ")),
        description=join_paragraphs(
            plain_text(event.get("subtitle")),
            plain_text(pick(event.get("abstract"), language)),
            plain_text(pick(event.get("description"), language)),
        ),
        people=people,
        language=clean(event.get("language")) or None,
        track=name_of(event.get("track"), language),
        cancelled=clean(event.get("state")).upper() in {"CANCELED", "CANCELLED", "WITHDRAWN", "DELETED"},
    )


def _event(
    event: Mapping[str, Any],
    room_name: str,
    day_date: date | None,
    day_change: timedelta,
    day_number: int,
    path: Path,
) -> RawEvent:
    ref = clean(event.get("code") or event.get("guid") or event.get("id"))
    where = f"day {day_number} event {ref or clean(event.get('title'))!r}"
    # "date" with its offset; else "start" as a full date and time (re:publica's scraped file),
    # or a clock time on the day's date.
    start = parse_datetime(event.get("date")) or parse_datetime(event.get("start"))
    if start is None:
        clock = parse_clock(event.get("start"))
        if clock is None or day_date is None:
            raise ProgrammeError(
                path,
                'no start time (expected "date" or a day date and "start": "HH:MM")',
                where=where,
            )
        if clock < day_change:
            clock += timedelta(days=1)  # after midnight: still this programme day, next date
        start = datetime.combine(day_date, datetime.min.time()) + clock
    end = parse_datetime(event.get("end"))
    duration = None
    if end is None and event.get("duration") not in (None, ""):
        duration = parse_duration(event.get("duration"))
        if duration is None:
            raise ProgrammeError(
                path,
                f"duration {event.get('duration')!r} is not HH:MM, D:HH:MM or minutes",
                where=where,
            )
    people = []
    for person in as_list(event.get("persons")):
        if isinstance(person, str):
            people.append(RawPerson(name=person))
            continue
        person = as_dict(person)
        people.append(
            RawPerson(
                name=person.get("public_name") or person.get("name") or person.get("full_public_name") or "",
                key=clean(person.get("code") or person.get("guid") or person.get("id")) or None,
            )
        )
    return RawEvent(
        ref=ref,
        where=where,
        title=event.get("title"),
        start=start,
        end=end,
        duration=duration,
        room=clean(event.get("room")) or room_name,
        kind=map_kind(event.get("type")),
        description=join_paragraphs(
            plain_text(event.get("subtitle")),
            plain_text(event.get("abstract")),
            plain_text(event.get("description")),
        ),
        people=people,
        language=clean(event.get("language")) or None,
        track=name_of(event.get("track"), "en"),
    )


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read, read_undated=read)
