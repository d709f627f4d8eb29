"""xCal: iCalendar written as XML, in the two shapes found in the wild.

Pentabarf/frab/pretalx (`schedule.xcal`): <iCalendar><vcalendar><vevent> with one element per
property (<uid>, <dtstart>20260306T100000</dtstart>, <summary>, <location>, <attendee>Name<...>,
<category>, pentabarf:*), times floating (so --tz is needed unless the calendar names a zone).
RFC 6321: <icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar><components>
<vevent><properties><dtstart><parameters><tzid><text>..</text></tzid></parameters>
<date-time>2026-03-06T10:00:00</date-time></dtstart>...
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers.build import (
    DAY_CHANGE_DEFAULT,
    RawEvent,
    RawPerson,
    RawSchedule,
    build_programme,
)
from bot.programme.importers.common import (
    XML_NOT_OURS,
    clean,
    element_text,
    local_name,
    map_kind,
    parse_duration,
    parse_xml,
    plain_text,
    xml_root,
)
from bot.programme.reader import Loaded, Reader

FORMAT_NAME = "xcal"
_ROOTS = {"icalendar", "vcalendar"}


@dataclass(slots=True)
class _Property:
    value: str
    params: dict[str, str] = field(default_factory=dict)


def sniff(head: bytes) -> bool:
    return xml_root(head) in _ROOTS


def read(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    return read_tree(parse_xml(content, path), path, tz)


def read_tree(root: ET.Element, path: Path, tz: ZoneInfo | None) -> Loaded:
    if local_name(root.tag) not in _ROOTS:
        raise ProgrammeError(path, f"XML with root <{local_name(root.tag)}>: {XML_NOT_OURS}")
    calendars = (
        [root]
        if local_name(root.tag) == "vcalendar"
        else [child for child in root if local_name(child.tag) == "vcalendar"]
    )
    raw = RawSchedule(format=FORMAT_NAME)
    number = 0
    for calendar in calendars:
        properties = _properties(calendar)
        raw.title = raw.title or _value(properties, "x-wr-calname")
        raw.zone_name = raw.zone_name or _value(properties, "x-wr-timezone") or None
        for vevent in calendar.iter():
            if local_name(vevent.tag) == "vevent":
                number += 1
                raw.events.append(_event(_properties(vevent), number, raw, path))
    return build_programme(raw, path, tz)


def _properties(component: ET.Element) -> dict[str, list[_Property]]:
    """A component's properties by name, from either shape (see the module's docstring)."""
    found: dict[str, list[_Property]] = {}
    children = list(component)
    holder = next((c for c in children if local_name(c.tag) == "properties"), None)
    if holder is not None:  # RFC 6321: <properties><name><parameters/><type>value</type></name>
        for prop in holder:
            params: dict[str, str] = {}
            values = []
            for part in prop:
                if local_name(part.tag) == "parameters":
                    params = {local_name(p.tag): clean(element_text(p)) for p in part}
                else:
                    values.append(element_text(part))
            found.setdefault(local_name(prop.tag), []).append(_Property(",".join(values), params))
        return found
    for child in children:  # Pentabarf: <name attr=...>value</name>
        if local_name(child.tag) in {"vevent", "components", "vtimezone"}:
            continue
        params = {local_name(key): value for key, value in child.attrib.items()}
        found.setdefault(local_name(child.tag), []).append(_Property(element_text(child), params))
    return found


def _value(properties: dict[str, list[_Property]], name: str) -> str:
    values = properties.get(name)
    return clean(values[0].value) if values else ""


def _event(properties: dict[str, list[_Property]], number: int, raw: RawSchedule, path: Path) -> RawEvent:
    uid = _value(properties, "uid")
    where = f"vevent {uid!r}" if uid else f"vevent #{number}"
    if "dtstart" not in properties:
        raise ProgrammeError(path, "no <dtstart>: the event has no time", where=where)
    start = _datetime(properties["dtstart"][0], path, where)
    end = _datetime(properties["dtend"][0], path, where) if "dtend" in properties else None
    duration = parse_duration(_value(properties, "duration")) if "duration" in properties else None
    if isinstance(start, date) and not isinstance(start, datetime):
        # An all-day event: it lasts its programme day(s), from one day change to the next.
        start = datetime.combine(start, datetime.min.time()) + DAY_CHANGE_DEFAULT
        if isinstance(end, date) and not isinstance(end, datetime):
            end = datetime.combine(end, datetime.min.time()) + DAY_CHANGE_DEFAULT
        elif end is None:
            duration = duration or timedelta(days=1)
        raw.warnings.append(f"{path}: {where}: an all-day event: placed from 04:00 to 04:00")
    people = [_person(prop) for prop in properties.get("attendee", [])]
    if not people and "organizer" in properties:
        # As in .ics: an organiser without attendees is the one person named, so the speaker.
        people = [_person(properties["organizer"][0])]
    kinds = [clean(p.value) for name in ("category", "categories") for p in properties.get(name, [])]
    return RawEvent(
        ref=uid,
        where=where,
        title=_value(properties, "summary") or _value(properties, "title"),
        start=start,
        end=end if isinstance(end, datetime) else None,
        duration=duration,
        room=_value(properties, "location"),
        kind=map_kind(kinds[0].split(",")[0] if kinds else ""),
        description=plain_text(properties["description"][0].value) if "description" in properties else "",
        people=[person for person in people if person.name],
        language=_value(properties, "language") or None,
        cancelled=_value(properties, "status").upper() == "CANCELLED",
    )


def _datetime(prop: _Property, path: Path, where: str) -> datetime | date:
    """ "20260306T100000", "20260306T100000Z", "2026-03-06T10:00:00", or a date; a TZID
    parameter that names a real zone is applied, otherwise the time stays floating."""
    text = clean(prop.value)
    compact = text.replace("-", "").replace(":", "")
    match = re.fullmatch(r"(\d{8})(?:T(\d{6})(Z?))?", compact)
    if not match:
        raise ProgrammeError(path, f"{text!r} is not an iCalendar date or time", where=where)
    try:
        day = date(int(compact[:4]), int(compact[4:6]), int(compact[6:8]))
        if match.group(2) is None:
            return day
        clock = match.group(2)
        value = datetime.combine(day, time(int(clock[:2]), int(clock[2:4]), int(clock[4:])))
    except ValueError as error:
        raise ProgrammeError(path, f"{text!r} is not a valid date or time", where=where) from error
    if match.group(3):
        return value.replace(tzinfo=ZoneInfo("UTC"))
    zone_name = prop.params.get("tzid", "")
    if zone_name:
        try:
            return value.replace(tzinfo=ZoneInfo(zone_name))
        except (ValueError, KeyError):
            pass  # a private TZID: leave the time floating, --tz or the calendar's zone applies
    return value


def _person(prop: _Property) -> RawPerson:
    """An attendee: Pentabarf writes the name as the value; RFC 6321 a mailto: and a CN."""
    value = clean(prop.value)
    if value.lower().startswith("mailto:"):
        email = value[7:]
        return RawPerson(name=prop.params.get("cn") or email.split("@")[0], key=email.lower())
    return RawPerson(name=prop.params.get("cn") or value)


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read)
