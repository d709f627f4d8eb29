"""The JSON the pretalx schedule widget loads (`/<event>/widgets/schedule.json`).

    {"talks": [{"code", "id", "title", "abstract", "speakers": ["CODE", ...], "start", "end",
                "room": <room id>, "duration", "content_locale", ...}],
     "rooms": [{"id", "name"}], "speakers": [{"code", "name"}],
     "timezone", "event_start", "event_end", "version"}

Talks refer to rooms and speakers by id. Breaks are talks without a code, whose title is a
per-language dict ({"en": "Coffee", "de": "Kaffee"}); room names may be such dicts too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, timedelta
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
    first_text,
    json_has_key,
    looks_like_json,
    map_kind,
    map_language,
    most_common,
    parse_date,
    parse_datetime,
    parse_duration,
    pick,
    plain_text,
    slugify,
)
from bot.programme.kinds import SessionKind
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "pretalx-widget"
_CLOCK_ONLY = re.compile(r"\d{1,2}[:h.]\d{2}")


def sniff(head: bytes) -> bool:
    return looks_like_json(head) and json_has_key(head, "talks")


def matches(data: object) -> bool:
    """A list of talks (the widget's start at a full date and time); a site's "talks" that start
    at a clock time, their date apart (EASIAM 2026's), or that have no start at all (SWAT4HCLS
    2026's accepted papers, beside its programme of days), are read by their structure."""
    talks = as_dict(data).get("talks")
    if not isinstance(talks, list):
        return False
    starts = [as_dict(talk).get("start") for talk in talks[:20]]
    if all(start is None for start in starts):
        return False
    return not any(isinstance(start, str) and _CLOCK_ONLY.fullmatch(start.strip()) for start in starts)


def read(content: bytes, path: Path, tz: ZoneInfo | None = None, first_day: date | None = None) -> Loaded:
    return own.read_json_told_by_keys(content, path, tz, first_day, matches=matches, read_data=read_data)


def read_data(data: Any, path: Path, tz: ZoneInfo | None) -> Loaded:
    talks = [as_dict(talk) for talk in data["talks"]]
    # Room names may be per-language dicts: name them in the language most talks are in.
    language = most_common(map_language(talk.get("content_locale")) for talk in talks) or "en"
    rooms = {
        as_dict(room).get("id"): first_text(as_dict(room).get("name"), language)
        for room in as_list(data.get("rooms"))
    }
    speakers = {
        clean(as_dict(speaker).get("code")): first_text(as_dict(speaker).get("name"), language)
        for speaker in as_list(data.get("speakers"))
    }
    tracks = {
        as_dict(track).get("id"): first_text(as_dict(track).get("name"), language)
        for track in as_list(data.get("tracks"))
    }
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=data.get("title") or data.get("event_name"),
        language=language,
        zone_name=clean(data.get("timezone")) or None,
        rooms=[name for name in rooms.values() if name],
    )
    first, last = parse_date(data.get("event_start")), parse_date(data.get("event_end"))
    if first is not None and last is not None and 0 <= (last - first).days < 366:
        raw.days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    for number, talk in enumerate(talks):
        raw.events.append(_event(talk, number, rooms, speakers, tracks, raw, path))
    return build_programme(raw, path, tz)


def _event(
    talk: Mapping[str, Any],
    number: int,
    rooms: Mapping[object, str],
    speakers: Mapping[str, str],
    tracks: Mapping[object, str],
    raw: RawSchedule,
    path: Path,
) -> RawEvent:
    code = clean(talk.get("code"))
    where = f"talks[{number}] {code!r}" if code else f"talks[{number}]"
    start, end = parse_datetime(talk.get("start")), parse_datetime(talk.get("end"))
    if start is None:
        raise ProgrammeError(path, f"start {talk.get('start')!r} is not a date and time", where=where)
    room_key = talk.get("room")
    room = rooms.get(room_key, "") if room_key is not None else ""
    if room_key is not None and room_key not in rooms:
        room = str(room_key)
        raw.warnings.append(f"{path}: {where}: room id {room_key!r} is not in rooms; named {room!r}")
    if code:
        ref, kind = code, SessionKind.TALK
    else:
        # A break: pretalx gives it only the slot's id, which changes with every schedule
        # version; its time and room identify it across versions instead.
        moment = start.astimezone(UTC) if start.utcoffset() is not None else start
        ref = f"break-{moment:%Y%m%d-%H%M}" + (f"-{slugify(room, 'room')}" if room else "")
        kind = map_kind(first_text(talk.get("title"), "en"), default=SessionKind.BREAK)
    people = []
    for speaker in as_list(talk.get("speakers")):
        name = speakers.get(clean(speaker))
        if name is None:
            raw.warnings.append(f"{path}: {where}: speaker {speaker!r} is not in speakers; left out")
            continue
        people.append(RawPerson(name=name, key=clean(speaker)))
    return RawEvent(
        ref=ref,
        where=where,
        title=talk.get("title"),
        start=start,
        end=end,
        duration=parse_duration(talk.get("duration")) if end is None else None,
        room=room,
        kind=kind,
        description=plain_text(pick(talk.get("abstract"), raw.language or "en")),
        people=people,
        language=clean(talk.get("content_locale")) or None,
        track=tracks.get(talk.get("track"), ""),
    )


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read, read_undated=read)
