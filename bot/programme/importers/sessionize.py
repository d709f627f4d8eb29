"""Sessionize "All" JSON (`https://sessionize.com/api/v2/<id>/view/All`).

    {"sessions": [{"id", "title", "description", "startsAt", "endsAt", "isServiceSession",
                   "isPlenumSession", "speakers": ["<speaker id>", ...], "categoryItems": [<id>],
                   "roomId", "status"}],
     "speakers": [{"id", "firstName", "lastName", "fullName"}],
     "categories": [{"id", "title", "items": [{"id", "name"}]}],
     "rooms": [{"id", "name"}]}

Times are local with no zone (Sessionize keeps the zone in the event's settings, not in the
export), so --tz is always needed. Sessions not scheduled yet (no startsAt) are left out, with
a warning each. The "Sessions" view's inline speakers ({"id", "name"}) and room name are read too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
    parse_json,
    plain_text,
)
from bot.programme.kinds import SessionKind
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "sessionize"
# Category titles organisers use for the session's format and its language.
_FORMAT_CATEGORY = re.compile(r"format|type|kind|formato|tipo", re.IGNORECASE)
_LANGUAGE_CATEGORY = re.compile(r"language|langue|idioma|lengua", re.IGNORECASE)


def sniff(head: bytes) -> bool:
    return looks_like_json(head) and json_has_key(
        head, "startsAt", "isServiceSession", "isPlenumSession", "categoryItems"
    )


_SESSION_KEYS = {"startsAt", "endsAt", "isServiceSession", "isPlenumSession", "categoryItems"}


def matches(data: object) -> bool:
    """Sessions and speakers or rooms, the sessions with Sessionize's own keys: a conference's
    own {"sessions", "speakers"} is read by `own` instead."""
    data = as_dict(data)
    sessions = data.get("sessions")
    return (
        isinstance(sessions, list)
        and (isinstance(data.get("speakers"), list) or isinstance(data.get("rooms"), list))
        and any(_SESSION_KEYS & as_dict(session).keys() for session in sessions)
    )


def read(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    data = parse_json(content, path)
    if not matches(data):
        return own.read_json_data(data, path, tz)  # the keys misled: read by structure
    return read_data(data, path, tz)


def read_data(data: Any, path: Path, tz: ZoneInfo | None) -> Loaded:
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
    for number, session in enumerate(as_list(data.get("sessions"))):
        session = as_dict(session)
        where = f"sessions[{number}] {clean(session.get('id'))!r}"
        if not session.get("startsAt"):
            raw.warnings.append(f"{path}: {where}: not scheduled yet (no startsAt); left out")
            continue
        raw.events.append(_event(session, where, rooms, speakers, items, raw, path))
    return build_programme(raw, path, tz)


def _speaker_name(speaker: Mapping[str, Any]) -> str:
    full = clean(speaker.get("fullName") or speaker.get("name"))
    return full or clean(f"{speaker.get('firstName') or ''} {speaker.get('lastName') or ''}")


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
    for item_id in as_list(session.get("categoryItems")):
        category, name = items.get(clean(item_id), ("", ""))
        if kind is None and _FORMAT_CATEGORY.search(category):
            kind = map_kind(name)
        if language is None and _LANGUAGE_CATEGORY.search(category):
            language = map_language(name)
    if session.get("isServiceSession"):
        # Service sessions are registration, breaks, lunch: never "talk" unless named so.
        kind = map_kind(session.get("title"), default=SessionKind.OTHER)
    elif kind is None:
        kind = SessionKind.PLENARY if session.get("isPlenumSession") else SessionKind.TALK
    people = []
    for speaker in as_list(session.get("speakers")):
        if isinstance(speaker, Mapping):  # the "Sessions" view lists {"id", "name"} inline
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
        room=rooms.get(room_id) or clean(session.get("room")) or (f"room {room_id}" if room_id else ""),
        kind=kind,
        description=plain_text(session.get("description")),
        people=people,
        language=language,
        cancelled=clean(session.get("status")).lower() in {"cancelled", "canceled"},
    )


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read)
