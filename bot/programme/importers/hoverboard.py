"""The data of a Hoverboard site (GDG's conference website template), its collections in one file.

    {"sessions": {"<id>": {"title", "description", "speakers": ["<id>"], "tags", "language"}},
     "speakers": {"<id>": {"name", "company", "bio"}},
     "schedule": {"2023-06-29": {"date", "tracks": [{"title"}],
                                 "timeslots": [{"startTime", "endTime",
                                                "sessions": [{"items": ["<id>"], "extend"}]}]}}}

The tracks of a day are its rooms: the n-th entry of a time slot is held in the n-th track. An
entry alone in a slot of a day of several tracks spans them all: a keynote, an opening, a closing
is held in the first track, the main room; a break (`isBreak`, or its title says so) is held
everywhere and names no room. An entry that `extend`s over several slots ends with the last of
them; several items in one entry share its time, one after the other. Clock times are the
venue's: give `--tz`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers.build import RawEvent, RawPerson, RawSchedule, build_programme
from bot.programme.importers.common import as_dict, as_list, clean, map_kind, parse_date, plain_text
from bot.programme.kinds import PAUSE_KINDS, SessionKind
from bot.programme.reader import Loaded

FORMAT_NAME = "hoverboard"


def matches(data: object) -> bool:
    """Sessions keyed by id beside a schedule of days, each with its tracks and time slots."""
    data = as_dict(data)
    schedule, sessions = data.get("schedule"), data.get("sessions")
    if not isinstance(schedule, Mapping) or not isinstance(sessions, Mapping) or not schedule:
        return False
    return all(isinstance(as_dict(day).get("timeslots"), list) for day in schedule.values())


def read_data(data: Any, path: Path, tz: ZoneInfo | None) -> Loaded:
    sessions = {str(key): as_dict(value) for key, value in data["sessions"].items()}
    speakers = {
        str(key): clean(as_dict(value).get("name")) for key, value in as_dict(data.get("speakers")).items()
    }
    raw = RawSchedule(format=FORMAT_NAME)
    for day_key, day_value in data["schedule"].items():
        day = as_dict(day_value)
        when = parse_date(clean(day.get("date")) or str(day_key))
        if when is None:
            raise ProgrammeError(path, f"day {day_key!r} is not a date", where=f"schedule.{day_key}")
        rooms = [clean(as_dict(track).get("title")) for track in as_list(day.get("tracks"))]
        raw.rooms.extend(room for room in rooms if room and room not in raw.rooms)
        slots = [as_dict(slot) for slot in day["timeslots"]]
        for number, slot in enumerate(slots):
            where = f"schedule.{day_key}.timeslots[{number}]"
            entries = [as_dict(entry) for entry in as_list(slot.get("sessions"))]
            for column, entry in enumerate(entries):
                last = slots[min(number + _extent(entry) - 1, len(slots) - 1)]
                start = _at(when, slot.get("startTime"), path, where)
                end = _at(when, last.get("endTime"), path, where)
                items = [str(item) for item in as_list(entry.get("items"))]
                if not items:
                    continue
                room = rooms[column] if column < len(rooms) else ""
                lone = len(entries) == 1 and len(rooms) > 1
                if column >= len(rooms):
                    raw.warnings.append(
                        f"{path}: {where}: entry {column + 1} has no track of the day; no room"
                    )
                share = (end - start) / len(items)
                for order, item in enumerate(items):
                    session = sessions.get(item)
                    if session is None:
                        raw.warnings.append(f"{path}: {where}: session {item!r} is not in sessions; left out")
                        continue
                    raw.events.append(
                        _event(
                            item,
                            session,
                            start + share * order,
                            start + share * (order + 1),
                            "" if lone and _is_pause(session) else room,
                            speakers,
                            where,
                        )
                    )
    return build_programme(raw, path, tz)


def _is_pause(session: Mapping[str, Any]) -> bool:
    return session.get("isBreak") is True or map_kind(session.get("title"), SessionKind.OTHER) in PAUSE_KINDS


def _extent(entry: Mapping[str, Any]) -> int:
    extend = entry.get("extend")
    return extend if isinstance(extend, int) and extend > 1 else 1


def _at(day: Any, clock: object, path: Path, where: str) -> datetime:
    text = clean(clock)
    try:
        hour, minute = (int(part) for part in text.split(":")[:2])
        return datetime(day.year, day.month, day.day, hour, minute)
    except ValueError as error:
        raise ProgrammeError(path, f"time {text!r} is not HH:MM", where=where) from error


def _event(
    ref: str,
    session: Mapping[str, Any],
    start: datetime,
    end: datetime,
    room: str,
    speakers: Mapping[str, str],
    where: str,
) -> RawEvent:
    people = [
        RawPerson(name=speakers[key], key=key)
        for key in map(str, as_list(session.get("speakers")))
        if speakers.get(key)
    ]
    tags = [clean(tag) for tag in as_list(session.get("tags")) if clean(tag)]
    return RawEvent(
        ref=ref,
        where=f"{where} {ref!r}",
        title=clean(session.get("title")),
        start=start,
        end=end,
        room=room,
        description=plain_text(clean(session.get("description"))),
        people=people,
        kind=SessionKind.BREAK if session.get("isBreak") is True else SessionKind.TALK,
        language=clean(session.get("language")) or None,
        track=tags[0] if tags else "",
    )
