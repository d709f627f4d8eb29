"""The last readers tried: they catch the files whose first bytes did not say which format they
are, read them by their whole structure, or refuse them with one clear line.

    XML_READER      any XML: a <schedule> or an xCal root is read, anything else refused
    JSON_READER     any JSON: schedule.json, widget or Sessionize by its keys, else refused
    UNKNOWN_READER  everything else: empty files, HTML, PDF, unknown text, refused
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers import frab_xml, pretalx_widget, schedule_json, sessionize, xcal
from bot.programme.importers.common import (
    JSON_NOT_OURS,
    XML_NOT_OURS,
    head_start,
    local_name,
    looks_like_json,
    looks_like_xml,
    parse_json,
    parse_xml,
    xml_root,
)
from bot.programme.reader import Loaded, Reader

EXPECTED = (
    "expected our TOML, frab/Pentabarf schedule.xml, pretalx/c3voc schedule.json, "
    "pretalx widget JSON, Sessionize JSON, iCalendar (.ics) or xCal"
)


def read_xml(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    if xml_root(content[:4096]) == "html":
        # What a web server sends instead of the export: a login page, an error page.
        raise ProgrammeError(path, f"an HTML page, not a programme export ({EXPECTED})")
    root = parse_xml(content, path)
    name = local_name(root.tag)
    if name == "schedule":
        return frab_xml.read_tree(root, path, tz)
    if name in {"icalendar", "vcalendar"}:
        return xcal.read_tree(root, path, tz)
    raise ProgrammeError(path, f"XML with root <{name}>: {XML_NOT_OURS}")


def read_json(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    data = parse_json(content, path)
    for module in (schedule_json, pretalx_widget, sessionize):
        if module.matches(data):
            return module.read_data(data, path, tz)
    raise ProgrammeError(path, JSON_NOT_OURS)


def read_unknown(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    start = head_start(content[:4096])
    if not start:
        raise ProgrammeError(path, f"the file is empty ({EXPECTED})")
    if start.startswith(b"%PDF"):
        raise ProgrammeError(path, f"a PDF document, not a programme export ({EXPECTED})")
    raise ProgrammeError(path, f"not a programme file in a format we read ({EXPECTED})")


XML_READER = Reader(name="xml", sniff=looks_like_xml, read=read_xml)
JSON_READER = Reader(name="json", sniff=looks_like_json, read=read_json)
UNKNOWN_READER = Reader(name="unknown", sniff=lambda head: True, read=read_unknown)
