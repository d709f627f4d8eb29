"""frab / Pentabarf `schedule.xml`, as written by frab, pretalx, c3voc tools and Pentabarf.

    <schedule>
      <conference> title acronym time_zone_name? day_change? venue? city? </conference>
      <day index date [start end]>
        <room name>
          <event [guid] [id] [code]> date? start duration room title subtitle type language
                                     abstract description persons/person[@id] links ... </event>

New variant (frab ≥ 2018, pretalx, c3voc): each event has a <date> with its offset, days have
start/end, the conference names its time zone. Old variant (Pentabarf, FOSDEM): only the day's
date, a local <start>HH:MM and the conference's <day_change>; no zone, so --tz is needed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
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
    XML_NOT_OURS,
    clean,
    direct_children,
    element_text,
    join_paragraphs,
    local_name,
    map_kind,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_xml,
    plain_text,
    xml_root,
)
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "frab-xml"


def sniff(head: bytes) -> bool:
    return xml_root(head) == "schedule"


def read(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    return read_tree(parse_xml(content, path), path, tz)


def read_tree(root: ET.Element, path: Path, tz: ZoneInfo | None) -> Loaded:
    """The programme of a parsed schedule.xml (also used when only the content said XML)."""
    if local_name(root.tag) != "schedule":
        raise ProgrammeError(path, f"XML with root <{local_name(root.tag)}>: {XML_NOT_OURS}")
    top = direct_children(root)
    conference = direct_children(top["conference"]) if "conference" in top else {}

    def info(name: str) -> str:
        return clean(element_text(conference.get(name)))

    raw = RawSchedule(
        format=FORMAT_NAME,
        title=info("title"),
        acronym=info("acronym"),
        zone_name=info("time_zone_name") or info("timezone") or None,
        language=info("language") or None,
        day_change=parse_clock(info("day_change")),
        city=info("city"),
        venue=info("venue"),
    )
    day_change = min(raw.day_change or DAY_CHANGE_DEFAULT, DAY_CHANGE_LATEST)
    # A file that names its zone knows what its UTC times mean; --tz alone does not tell a
    # Z written by a tool that knows zones from one stamped on local clocks.
    at = _Where(path, day_change, None if raw.zone_name else tz)
    days = [child for child in root if local_name(child.tag) == "day"]
    for day_number, day in enumerate(days, start=1):
        day_date = parse_date(day.get("date"))
        if day_date is not None:
            raw.days.append(day_date)
        bounds = parse_datetime(day.get("start")), parse_datetime(day.get("end"))
        if bounds[0] is not None and bounds[1] is not None:
            raw.day_bounds.append((bounds[0], bounds[1]))
        for child in day:
            name = local_name(child.tag)
            if name == "room":
                room_name = clean(child.get("name"))
                raw.rooms.append(room_name)
                for event in child:
                    if local_name(event.tag) == "event":
                        raw.events.append(_event(event, room_name, day_date, day_number, at))
            elif name == "event":
                raw.events.append(_event(child, "", day_date, day_number, at))
    if at.local_marked_utc and at.zone is not None:
        raw.warnings.append(
            f"{path}: <date>: {len(at.local_marked_utc)} times marked UTC (Z) give their <start>'s "
            f"clock: read as local time in {at.zone.key} (first: {at.local_marked_utc[0]})"
        )
    if not raw.events and not _frab_shaped(top, days):
        # Not an empty frab file: another <schedule> (a conference's own, like EuroPython's
        # <day><entry>), read by its structure if it is clear, else refused for what it is.
        return own.read_xml_tree(root, path, tz, refusal=NOT_FRAB)
    return build_programme(raw, path, tz)


NOT_FRAB = "XML, but not frab/Pentabarf: root <schedule> without <day><room><event>"


def _frab_shaped(top: dict[str, ET.Element], days: list[ET.Element]) -> bool:
    """Whether a schedule with no events is frab's own (empty: a <conference>, days that hold
    rooms or nothing), rather than another format that also calls its root <schedule>."""
    if any(local_name(child.tag) not in {"room", "event"} for day in days for child in day):
        return False
    return "conference" in top or bool(days)


@dataclass(slots=True)
class _Where:
    """What every event of the file is read with, and the events whose <date> was relabelled."""

    path: Path
    day_change: timedelta
    zone: ZoneInfo | None
    local_marked_utc: list[str] = field(default_factory=list)


def _local_marked_utc(start: datetime, clock: timedelta | None, zone: ZoneInfo | None) -> bool:
    """LSWT 2019's <date>2019-05-22T09:00:00Z with <start>09:00, in Leipzig: the site wrote its
    local clock and marked it UTC. frab's <start> is the local clock; when it is also <date>'s
    clock in UTC while the zone given for a file that names none is not UTC then, the clock is
    the local one."""
    return (
        zone is not None
        and clock is not None
        and start.utcoffset() == timedelta(0)
        and timedelta(hours=start.hour, minutes=start.minute) == clock
        and start.replace(tzinfo=zone).utcoffset() != timedelta(0)
    )


def _event(event: ET.Element, room_name: str, day_date: date | None, day_number: int, at: _Where) -> RawEvent:
    fields = direct_children(event)

    def text(name: str) -> str:
        return element_text(fields.get(name))

    ref = clean(event.get("code") or event.get("guid") or event.get("id") or text("guid"))
    where = f"day {day_number} event {ref!r}" if ref else f"day {day_number} event {text('title')!r}"
    start = parse_datetime(text("date"))
    clock = parse_clock(text("start"))
    if start is not None and _local_marked_utc(start, clock, at.zone):
        at.local_marked_utc.append(where)
        start = start.replace(tzinfo=None)
    if start is None:
        if clock is None or day_date is None:
            raise ProgrammeError(
                at.path, "no start time (expected <date> or a day date and <start>HH:MM)", where=where
            )
        if clock < at.day_change:
            clock += timedelta(days=1)  # after midnight: still this programme day, next date
        start = datetime.combine(day_date, datetime.min.time()) + clock
    duration_text = clean(text("duration"))
    duration = parse_duration(duration_text) if duration_text else None
    if duration_text and duration is None:
        raise ProgrammeError(
            at.path, f"duration {duration_text!r} is not HH:MM, D:HH:MM or minutes", where=where
        )
    return RawEvent(
        ref=ref,
        where=where,
        title=text("title"),
        start=start,
        duration=duration,
        room=clean(text("room")) or room_name,
        kind=map_kind(text("type")),
        description=join_paragraphs(
            plain_text(text("subtitle")),
            plain_text(text("abstract")),
            plain_text(text("description")),
        ),
        people=_people(event, fields.get("persons")),
        language=clean(text("language")) or None,
        track=clean(text("track")),
    )


def _people(event: ET.Element, persons: ET.Element | None) -> list[RawPerson]:
    """<persons><person id>…</person></persons>, or (a site's own frab, LSWT 2019's) one <person>
    holding every name, "Dr. Sebastian Tramp, Andreas Heinecke", split later like any list of
    names; an empty one there is no speaker, not a person with no name."""
    if persons is None:
        direct = (element_text(child) for child in event if local_name(child.tag) == "person")
        return [RawPerson(name=name) for name in direct if clean(name)]
    return [
        RawPerson(name=element_text(person), key=person.get("guid") or person.get("code") or person.get("id"))
        for person in persons
        if local_name(person.tag) == "person"
    ]


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read)
