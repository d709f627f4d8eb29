"""conf.researchr.org's programme export, the XML of the ACM conferences it runs (SPLASH, ICSE,
POPL, PLDI, ECOOP…):

    <event>
      <event_details> title acronym start_date end_date location(facility_name city country) </event_details>
      <subevent> title room date subevent_type[@type] tracks/track
        <timeslot [is_mirror]> slot_id event_id? title room date start_time end_date? end_time
          description? persons/person(role first_name middle_name? last_name affiliation person_id?)
        </timeslot>
      </subevent>
      <timezone_id>America/Chicago</timezone_id>
    </event>

Dates are written 2021/10/17 and clocks are local to `timezone_id` (older exports name no zone:
--tz). A timeslot with an event_id is an item (a paper, a keynote, a reception); one without,
titled "Session: OOPSLA - Types", is the session that holds the items at its times, read only
when it holds none, its chairs moderating the items it holds (an older export gives no event_id:
its items are the slots not so titled). A slot shown under two subevents (`is_mirror`) is read
once. The tool writes "undefined" for a field it has no value for.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers.build import RawEvent, RawPerson, RawSchedule, build_programme
from bot.programme.importers.common import (
    clean,
    direct_children,
    element_text,
    local_name,
    map_kind,
    parse_clock,
    parse_xml,
    plain_text,
    xml_root,
)
from bot.programme.kinds import SessionKind
from bot.programme.model import MODERATOR
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "researchr-xml"
SESSION_PREFIX = "Session: "


def sniff(head: bytes) -> bool:
    return xml_root(head) == "event" and b"event_details" in head


def read(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    root = parse_xml(content, path)
    top = direct_children(root)
    if local_name(root.tag) != "event" or "event_details" not in top:
        raise ProgrammeError(path, "XML with root <event> but no <event_details>: not a researchr export")
    details = direct_children(top["event_details"])
    location = direct_children(details["location"]) if "location" in details else {}
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=_text(details.get("title")),
        acronym=_text(details.get("acronym")),
        zone_name=_text(top.get("timezone_id")) or None,
        city=_text(location.get("city")),
        venue=_text(location.get("facility_name")),
    )
    seen: set[tuple[str, datetime, str]] = set()
    for number, subevent in enumerate(child for child in root if local_name(child.tag) == "subevent"):
        for event in _subevent_events(subevent, number, path):
            key = (clean(str(event.title)), event.start, event.room or "")
            if key not in seen:
                seen.add(key)
                raw.events.append(event)
    raw.rooms = list(dict.fromkeys(event.room for event in raw.events if event.room))
    # "Swissotel Chicago | Zurich A": the room is also "Zurich A", as people say it.
    raw.room_aliases = {room: [room.rsplit("|", 1)[1].strip()] for room in raw.rooms if "|" in room}
    return build_programme(raw, path, tz)


@dataclass(frozen=True, slots=True)
class _Slot:
    event: RawEvent
    item: bool  # an event_id: a paper, a talk; else a session holding items
    end: datetime
    chairs: tuple[RawPerson, ...]


def _subevent_events(subevent: ET.Element, number: int, path: Path) -> list[RawEvent]:
    fields = direct_children(subevent)
    type_ = fields["subevent_type"].get("type", "") if "subevent_type" in fields else ""
    tracks = [_text(track) for track in subevent.iter() if local_name(track.tag) == "track"]
    # A subevent's kind by its type and tracks ("Keynote Talks", "workshop"), never by a paper's
    # title ("Opening the black box…", "Social network analysis").
    kind = map_kind(" ".join([type_, *tracks]))
    slots = [
        _slot(timeslot, kind, f"subevent[{number}].timeslot[{index}]", path)
        for index, timeslot in enumerate(child for child in subevent if local_name(child.tag) == "timeslot")
    ]
    items = [slot for slot in slots if slot.item]
    events = []
    for slot in slots:
        if slot.item:
            chairs = [
                chair for other in slots if not other.item and _holds(other, slot) for chair in other.chairs
            ]
            slot.event.people = [*slot.event.people, *chairs]
            events.append(slot.event)
        elif not any(_holds(slot, item) for item in items):
            events.append(slot.event)
    return events


def _holds(session: _Slot, item: _Slot) -> bool:
    return (
        not session.item
        and session.event.room == item.event.room
        and session.event.start <= item.event.start < session.end
    )


def _slot(timeslot: ET.Element, kind: SessionKind, where: str, path: Path) -> _Slot:
    fields = direct_children(timeslot)
    day = _date(_text(fields.get("date")))
    start = parse_clock(_text(fields.get("start_time")))
    end = parse_clock(_text(fields.get("end_time")))
    if day is None or start is None or end is None:
        raise ProgrammeError(
            path, "no start or end (expected <date>YYYY/MM/DD, <start_time> and <end_time>HH:MM)", where=where
        )
    end_day = _date(_text(fields.get("end_date"))) or day
    began = datetime.combine(day, time()) + start
    ended = datetime.combine(end_day, time()) + end
    title = _text(fields.get("title"))
    # Older exports (POPL 2019's) give no event_id: a session is then known by its title alone.
    item = bool(_text(fields.get("event_id"))) or not title.startswith(SESSION_PREFIX)
    people = [_person(person) for person in timeslot.iter() if local_name(person.tag) == "person"]
    speakers = [person for person in people if person.role != MODERATOR]
    event = RawEvent(
        ref=_text(fields.get("event_id")) or _text(fields.get("slot_id")),
        where=where,
        title=title if item else title.removeprefix(SESSION_PREFIX),
        start=began,
        end=ended,
        room=_text(fields.get("room")) or None,
        kind=kind,
        description=plain_text(_text(fields.get("description"))),
        people=people if item else speakers,
    )
    chairs = tuple(person for person in people if person.role == MODERATOR)
    return _Slot(event=event, item=item, end=ended, chairs=chairs)


def _person(person: ET.Element) -> RawPerson:
    fields = direct_children(person)
    name = " ".join(
        part
        for part in (_text(fields.get(key)) for key in ("first_name", "middle_name", "last_name"))
        if part
    )
    role = _text(fields.get("role")).lower()
    return RawPerson(
        name=name,
        key=_text(fields.get("person_id")) or None,
        role=MODERATOR if "chair" in role else "speaker",
    )


def _text(element: ET.Element | None) -> str:
    text = clean(element_text(element))
    return "" if text == "undefined" else text


def _date(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%Y/%m/%d").date()
    except ValueError:
        return None


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read)
