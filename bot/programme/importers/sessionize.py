"""Sessionize JSON: the "All" view (`https://sessionize.com/api/v2/<id>/view/All`) and the
"GridSmart" view (`…/view/GridSmart`), which hold the same sessions in two shapes.

    All:       {"sessions": [{"id", "title", "description", "startsAt", "endsAt",
                              "isServiceSession", "isPlenumSession",
                              "speakers": ["<speaker id>", ...], "categoryItems": [<id>],
                              "roomId", "status"}],
                "speakers": [{"id", "firstName", "lastName", "fullName"}],
                "categories": [{"id", "title", "items": [{"id", "name"}]}],
                "rooms": [{"id", "name"}]}
    GridSmart: [{"date", "rooms": [{"id", "name", "sessions": [<session>]}],
                 "timeSlots": [{"slotStart", "rooms": [{"id", "name", "session": <session>}]}]}]
               a list of days; each session is in its room's list and again in its time slot,
               with its speakers and categories inline: "speakers": [{"id", "name"}],
               "categories": [{"name", "categoryItems": [{"id", "name"}]}], "room".

Each session is read once, by its id, from the rooms' lists and then from the time slots (a
session the rooms do not list). Times are local with no zone (Sessionize keeps the zone in the
event's settings, not in the export), so --tz is always needed. Sessions not scheduled yet (no
startsAt) are left out, with a warning each; a session with no end lasts until the next time
slot (at most an hour, said in a warning). The "Sessions" view's inline speakers and room name
are read too, and the same shape under other names, as KotlinConf's app keeps it: a session's
"speakerIds" and its room's name as "location".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers import own
from bot.programme.importers.build import RawEvent, RawPerson, RawSchedule, build_programme
from bot.programme.importers.common import (
    as_dict,
    as_list,
    clean,
    json_has_key,
    looks_like_json,
    map_kind,
    map_language,
    parse_datetime,
    plain_text,
)
from bot.programme.kinds import SessionKind
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "sessionize"
# Category titles organisers use for the session's format and its language.
_FORMAT_CATEGORY = re.compile(r"format|type|kind|formato|tipo", re.IGNORECASE)
_LANGUAGE_CATEGORY = re.compile(r"language|langue|idioma|lengua", re.IGNORECASE)
_TRACK_CATEGORY = re.compile(r"track|stream|piste|parcours|th[eè]me|topic|ruta|tem[aá]tica", re.IGNORECASE)


def sniff(head: bytes) -> bool:
    return looks_like_json(head) and json_has_key(
        head, "startsAt", "isServiceSession", "isPlenumSession", "categoryItems"
    )


_SESSION_KEYS = {"startsAt", "endsAt", "isServiceSession", "isPlenumSession", "categoryItems"}


def _is_session(value: object) -> bool:
    return bool(_SESSION_KEYS & as_dict(value).keys())


def matches(data: object) -> bool:
    """The "All" view: sessions and speakers or rooms, the sessions with Sessionize's own keys
    (a conference's own {"sessions", "speakers"} is read by `own` instead). Or the "GridSmart"
    view: a list of days whose rooms list such sessions."""
    if isinstance(data, list):
        return any(_is_session(session) for _, session in _grid_sessions(data))
    data = as_dict(data)
    sessions = data.get("sessions")
    return (
        isinstance(sessions, list)
        and (isinstance(data.get("speakers"), list) or isinstance(data.get("rooms"), list))
        and any(_is_session(session) for session in sessions)
    )


def read(content: bytes, path: Path, tz: ZoneInfo | None = None, first_day: date | None = None) -> Loaded:
    return own.read_json_told_by_keys(content, path, tz, first_day, matches=matches, read_data=read_data)


def read_data(data: Any, path: Path, tz: ZoneInfo | None) -> Loaded:
    if isinstance(data, list):
        return _read_grid(data, path, tz)
    rooms = {
        clean(as_dict(room).get("id")): clean(as_dict(room).get("name"))
        for room in as_list(data.get("rooms"))
    }
    speakers = {clean(as_dict(s).get("id")): _speaker_name(as_dict(s)) for s in as_list(data.get("speakers"))}
    # Category item id → (category title, item name): the format and language of a session.
    items: dict[str, tuple[str, str]] = {}
    for category in as_list(data.get("categories")):
        category = as_dict(category)
        for item in as_list(category.get("items")):
            item = as_dict(item)
            items[clean(item.get("id"))] = (clean(category.get("title")), clean(item.get("name")))
    raw = RawSchedule(format=FORMAT_NAME, rooms=[name for name in rooms.values() if name])
    sessions = (
        (f"sessions[{number}]", as_dict(session))
        for number, session in enumerate(as_list(data.get("sessions")))
    )
    _add_events(raw, sessions, rooms, speakers, items, path)
    own.close_open_ended(raw, path, by_slot=True)
    return build_programme(raw, path, tz)


def _read_grid(days: list[Any], path: Path, tz: ZoneInfo | None) -> Loaded:
    """The GridSmart view: rooms from every day, each session once by its id."""
    rooms: dict[str, str] = {}
    for day in days:
        for room in as_list(as_dict(day).get("rooms")):
            room = as_dict(room)
            rooms.setdefault(clean(room.get("id")), clean(room.get("name")))
    raw = RawSchedule(format=FORMAT_NAME, rooms=[name for name in rooms.values() if name])
    seen: set[str] = set()
    sessions = []
    for where, session in _grid_sessions(days):
        ref = clean(session.get("id"))
        if ref and ref in seen:
            continue  # listed in its room and again in its time slot
        seen.add(ref)
        sessions.append((where, session))
    _add_events(raw, sessions, rooms, {}, {}, path)
    own.close_open_ended(raw, path, by_slot=True)
    return build_programme(raw, path, tz)


def _grid_sessions(days: list[Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every session of a GridSmart list of days, with where it is: the rooms' lists first,
    then the time slots."""
    for day_number, day in enumerate(days):
        day = as_dict(day)
        for room_number, room in enumerate(as_list(day.get("rooms"))):
            name = as_dict(room).get("name")
            for number, session in enumerate(as_list(as_dict(room).get("sessions"))):
                session = as_dict(session)
                if name and not session.get("room") and not session.get("roomId"):
                    # A session of no room listed in a room's column (DDD Perth 2019's keynote,
                    # breaks and lunch under its 'Theatre'): held there.
                    session = {**session, "room": name}
                yield f"[{day_number}].rooms[{room_number}].sessions[{number}]", session
        for slot_number, slot in enumerate(as_list(day.get("timeSlots"))):
            for room_number, room in enumerate(as_list(as_dict(slot).get("rooms"))):
                session = as_dict(room).get("session")
                if session is not None:
                    yield (
                        f"[{day_number}].timeSlots[{slot_number}].rooms[{room_number}].session",
                        as_dict(session),
                    )


def _add_events(
    raw: RawSchedule,
    sessions: Iterable[tuple[str, Mapping[str, Any]]],
    rooms: Mapping[str, str],
    speakers: Mapping[str, str],
    items: Mapping[str, tuple[str, str]],
    path: Path,
) -> None:
    for place, session in sessions:
        where = f"{place} {clean(session.get('id'))!r}"
        if not session.get("startsAt"):
            raw.warnings.append(f"{path}: {where}: not scheduled yet (no startsAt); left out")
            continue
        raw.events.append(_event(session, where, rooms, speakers, items, raw, path))


def _speaker_name(speaker: Mapping[str, Any]) -> str:
    full = clean(speaker.get("fullName") or speaker.get("name"))
    return full or clean(f"{speaker.get('firstName') or ''} {speaker.get('lastName') or ''}")


def _categories(session: Mapping[str, Any], items: Mapping[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """A session's (category, item) pairs: by item id from the file's categories ("All"), or
    inline ("GridSmart", "Sessions": [{"name", "categoryItems": [{"id", "name"}]}])."""
    pairs = [items.get(clean(item_id), ("", "")) for item_id in as_list(session.get("categoryItems"))]
    for category in as_list(session.get("categories")):
        category = as_dict(category)
        title = clean(category.get("name") or category.get("title"))
        pairs += [
            (title, clean(as_dict(item).get("name"))) for item in as_list(category.get("categoryItems"))
        ]
    return pairs


def _event(
    session: Mapping[str, Any],
    where: str,
    rooms: Mapping[str, str],
    speakers: Mapping[str, str],
    items: Mapping[str, tuple[str, str]],
    raw: RawSchedule,
    path: Path,
) -> RawEvent:
    start = parse_datetime(session.get("startsAt"))
    end = parse_datetime(session.get("endsAt"))
    if start is None:
        raise ProgrammeError(
            path, f"startsAt {session.get('startsAt')!r} is not a date and time", where=where
        )
    kind: SessionKind | None = None
    language = None
    track = ""
    for category, name in _categories(session, items):
        if kind is None and _FORMAT_CATEGORY.search(category):
            kind = map_kind(name)
        if language is None and _LANGUAGE_CATEGORY.search(category):
            language = map_language(name)
        if not track and _TRACK_CATEGORY.search(category):
            track = name
    if session.get("isServiceSession"):
        # Service sessions are registration, breaks, lunch: never "talk" unless named so.
        kind = map_kind(session.get("title"), default=SessionKind.OTHER)
    elif kind is None:
        kind = SessionKind.PLENARY if session.get("isPlenumSession") else SessionKind.TALK
    people = []
    # KotlinConf's app data (the Sessionize shape under other names): "speakerIds", "location".
    for speaker in as_list(session.get("speakers") or session.get("speakerIds")):
        if isinstance(speaker, Mapping):  # GridSmart and "Sessions" list {"id", "name"} inline
            people.append(RawPerson(name=_speaker_name(speaker), key=clean(speaker.get("id")) or None))
            continue
        speaker_name = speakers.get(clean(speaker))
        if speaker_name is None:
            raw.warnings.append(f"{path}: {where}: speaker {speaker!r} is not in speakers; left out")
            continue
        people.append(RawPerson(name=speaker_name, key=clean(speaker)))
    room_id = clean(session.get("roomId"))
    return RawEvent(
        ref=clean(session.get("id")),
        where=where,
        title=session.get("title"),
        start=start,
        end=end,
        room=rooms.get(room_id)
        or clean(session.get("room"))
        or clean(session.get("location"))
        or (f"room {room_id}" if room_id else ""),
        kind=kind,
        description=plain_text(session.get("description")),
        people=people,
        language=language,
        cancelled=clean(session.get("status")).lower() in {"cancelled", "canceled"},
        track=track,
    )


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read, read_undated=read)
