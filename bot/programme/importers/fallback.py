"""The last readers tried: they catch the files whose first bytes did not say which format they
are, read them by their whole structure, or refuse them with one clear line.

    TEMPLATE_READER a web template ({% load %}, {{ }}): refused as a template, not as bad JSON
    XML_READER      any XML: a <schedule> or an xCal root is read, else the conference's own
                    XML when its structure is clear (`own`), anything else refused
    JSON_READER     any JSON: schedule.json, widget or Sessionize by its keys, else the
                    conference's own JSON when its structure is clear (`own`), else refused
    UNKNOWN_READER  everything else: a `.yml` or `.csv` file of the conference's own sessions
                    (`own`), else empty files, PDF, archives, LFS pointers, unknown text refused
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers import frab_xml, own, pretalx_widget, schedule_json, sessionize, xcal
from bot.programme.importers.common import (
    field_key,
    head_start,
    local_name,
    looks_like_json,
    looks_like_xml,
    parse_json,
    parse_xml,
    xml_prolog_end,
    xml_root,
)
from bot.programme.importers.js_literal import is_module
from bot.programme.reader import Loaded, Reader

EXPECTED = (
    "expected our TOML, frab/Pentabarf schedule.xml, pretalx/c3voc schedule.json, "
    "pretalx widget JSON, Sessionize JSON, iCalendar (.ics), xCal, "
    "or a conference's own XML, JSON or YAML of sessions"
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
    return own.read_xml_tree(root, path, tz, refusal=f"XML with root <{name}>, not a schedule we read")


def read_json(
    content: bytes, path: Path, tz: ZoneInfo | None = None, first_day: date | None = None
) -> Loaded:
    data = parse_json(content, path)
    for module in (schedule_json, pretalx_widget, sessionize):
        if module.matches(data):
            return module.read_data(data, path, tz)
    return own.read_json_data(data, path, tz, first_day=first_day)


# What a file is, told by its first bytes, when it is no programme: (start, what it is).
_KNOWN_STARTS = (
    (b"%PDF", "a PDF document, not a programme export"),
    (b"PK\x03\x04", "a ZIP archive (a spreadsheet, or files packed together), not a programme export"),
    (b"\x1f\x8b", "gzip-compressed data: uncompress it first"),
    (
        b"version https://git-lfs.github.com/spec/",
        "a Git LFS pointer, not the file itself: fetch it with git lfs",
    ),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document, not a programme export"),
)


def read_unknown(
    content: bytes, path: Path, tz: ZoneInfo | None = None, first_day: date | None = None
) -> Loaded:
    start = head_start(content[:4096])
    if not start:
        raise ProgrammeError(path, f"the file is empty ({EXPECTED})")
    for magic, what in _KNOWN_STARTS:
        if start.startswith(magic):
            raise ProgrammeError(path, f"{what} ({EXPECTED})")
    if path.suffix.lower() in YAML_SUFFIXES:
        data = _yaml_data(content, path)
        return own.read_json_data(data, path, tz, format_name=own.YAML_FORMAT, first_day=first_day)
    if path.suffix.lower() in CSV_SUFFIXES:
        return _read_csv(content, path, tz, first_day)
    raise ProgrammeError(path, f"not a programme file in a format we read ({EXPECTED})")


YAML_SUFFIXES = frozenset({".yml", ".yaml"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})


def _read_csv(content: bytes, path: Path, tz: ZoneInfo | None, first_day: date | None) -> Loaded:
    """A spreadsheet's rows of sessions, a header naming the columns (Google Calendar's import
    CSV: "Subject", "Start Date", "Start Time", "End Date", "End Time", "Location", "Description";
    a scheduling tool's export), each row a session's fields as the conference's own JSON gives
    them; what is wrong is said at the row's line (a cell may hold several)."""
    rows, lines = _csv_rows(content, path)
    _carried_down(rows)
    # A call for papers' export: each talk's "name" is its speaker's, in the rows that leave the
    # speaker's bio and photo empty too (PyConES 2018's keynotes), as their columns say.
    columns = {key for row in rows for key in row}
    if own.names_its_speaker(columns):
        for row in rows:
            row.update({key: "" for key in columns - row.keys() if own.speaker_detail(key)})
    else:
        _name_as_speaker(rows, columns)

    def at_line(text: str) -> str:
        return _ROW.sub(lambda found: f"line {lines[int(found.group(1))]}", text)

    try:
        loaded = own.read_json_data(
            {"sessions": rows}, path, tz, format_name=own.CSV_FORMAT, first_day=first_day
        )
    except ProgrammeError as error:
        raise ProgrammeError(
            path, at_line(error.reason), line=error.line, where=at_line(error.where or "") or None
        ) from error
    return replace(loaded, warnings=tuple(at_line(warning) for warning in loaded.warnings))


_ROW = re.compile(r"\bsessions\[(\d+)\]")


def _name_as_speaker(rows: list[dict[str, str]], columns: set[str]) -> None:
    """A spreadsheet of sessions with a "title" column and a "name" column, and none for people:
    the name is who gives the session (PyCon JP 2022's timetable.csv: "code, room, start, end,
    title, name, language…")."""
    keys = {field_key(key): key for key in columns}
    if "title" not in keys or "name" not in keys or not own.PEOPLE_FIELDS.isdisjoint(keys):
        return
    name = keys["name"]
    for row in rows:
        if name in row:
            row["speaker"] = row.pop(name)


def _carried_down(rows: list[dict[str, str]]) -> None:
    """A day's date (and room) written on its first row only, the rows below left blank (NBIS
    courses' schedule template): each blank one is the last written above it. Only in a file
    whose date column is so written, since a session has a date where a break may have no room."""
    columns = {key for row in rows for key in row}
    days = [key for key in columns if field_key(key) in own.DAY_FIELDS]
    dated = [any(key in row for key in days) for row in rows]
    if not days or all(dated) or not dated[0]:
        return
    places = [key for key in columns if field_key(key) in own.ROOM_FIELDS]
    last: dict[str, str] = {}
    for row in rows:
        for key in (*days, *places):
            if key in row:
                last[key] = row[key]
            elif key in last:
                row[key] = last[key]


def _csv_rows(content: bytes, path: Path) -> tuple[list[dict[str, str]], list[int]]:
    """The rows as their filled cells by column, and the line each starts at."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProgrammeError(path, f"not UTF-8 text (byte {error.start})") from error
    # The separator as sniffed, the quoting as RFC 4180 writes it: a quote inside a quoted cell is
    # written twice ('Polars is the ""relatively"" new…', EuroSciPy 2023's pretalx export), which
    # the sniffer may miss on the first lines and so cut such rows at the wrong commas.
    try:
        delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter)
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    start = 2  # the line after the header
    try:
        for row in reader:
            rows.append(
                {key: value for key, value in row.items() if key and isinstance(value, str) and value}
            )
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as error:
        raise ProgrammeError(path, f"not well-formed CSV: {error}", line=reader.line_num) from error
    if not rows:
        raise ProgrammeError(path, "a CSV file with no row under its header")
    return rows, lines


def _yaml_data(content: bytes, path: Path) -> object:
    """A conference site's YAML (Jekyll's `_data/program.yml`), every value as text: YAML 1.1
    would read an unquoted 09:30 as the number 570 and 2025-06-02 as a date."""
    import yaml  # only for a YAML file: the other formats do not pay its import

    try:
        loader = _text_loader()(content.decode("utf-8-sig"))
        try:
            root = loader.get_single_node()
            if root is None:
                return None
            _refuse_alias_bombs(root, path)
            return loader.construct_document(root)
        finally:
            loader.dispose()
    except UnicodeDecodeError as error:
        raise ProgrammeError(path, f"not UTF-8 text (byte {error.start})") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ProgrammeError(
            path, f"not well-formed YAML: {getattr(error, 'problem', error)}", line=line
        ) from error


# Aliases are how YAML bombs work (an alias of an alias… read a billion times). A site's data
# repeats a block with them (`- <<: *workshop_session` with another time), a few times over:
# the document they spell out may be this many times larger than the file's own values.
_ALIAS_GROWTH = 50


def _refuse_alias_bombs(root: Any, path: Path) -> None:
    """Refuse a document whose aliases, spelt out, hold far more values than the file writes, or
    that holds itself (an anchor used inside its own value)."""
    import yaml

    spelt_out: dict[int, int] = {}
    open_nodes: set[int] = set()
    written = 0
    first_repeated: list[yaml.Node] = []

    def size(node: yaml.Node) -> int:
        nonlocal written
        if id(node) in spelt_out:
            first_repeated[:] = first_repeated or [node]
            return spelt_out[id(node)]
        if id(node) in open_nodes:
            _refuse(node, path, "an anchor used inside its own value")
        written += 1
        total = 1
        if not isinstance(node, yaml.ScalarNode):
            open_nodes.add(id(node))
            children: list[yaml.Node] = (
                [part for pair in node.value for part in pair]
                if isinstance(node, yaml.MappingNode)
                else list(node.value)
            )
            total += sum(size(child) for child in children)
            open_nodes.discard(id(node))
        spelt_out[id(node)] = total
        return total

    if size(root) > _ALIAS_GROWTH * written + 1000:
        anchored = first_repeated[0] if first_repeated else root
        _refuse(anchored, path, f"aliases that spell out {spelt_out[id(root)]:,} values")


def _refuse(node: object, path: Path, reason: str) -> NoReturn:
    mark = getattr(node, "start_mark", None)
    line = mark.line + 1 if mark is not None else None
    raise ProgrammeError(path, f"YAML with {reason} is not read, for safety", line=line)


# YAML's words for no value, written unquoted: "description: null" is no description.
_NULLS = frozenset(("null", "Null", "NULL", "~"))


@cache
def _text_loader() -> type:
    """YAML's BaseLoader (every value as text) with an unquoted null read as no value."""
    import yaml

    class TextLoader(yaml.BaseLoader):
        def construct_scalar(self, node: yaml.ScalarNode) -> str | None:  # type: ignore[override]
            if node.style is None and node.value in _NULLS:
                return None
            return super().construct_scalar(node)

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
            node.value = _merged_pairs(node)
            return super().construct_mapping(node, deep=deep)

    return TextLoader


def _merged_pairs(node: Any) -> list[tuple[Any, Any]]:
    """A mapping's pairs with YAML's merge keys spelt out (`<<: *base`, `<<: [*a, *b]`): the
    merged mappings' pairs first, the first merged last, then the mapping's own, so that its own
    keys, then the first merged mapping's, win. BaseLoader reads "<<" as a plain key."""
    import yaml

    merged: list[tuple[Any, Any]] = []
    own: list[tuple[Any, Any]] = []
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.style is None and key.value == "<<":
            sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for source in reversed(sources):
                if not isinstance(source, yaml.MappingNode):
                    raise yaml.constructor.ConstructorError(
                        None, None, "a merge key (<<) takes a mapping", source.start_mark
                    )
                merged.extend(_merged_pairs(source))
        else:
            own.append((key, value))
    return merged + own


_TEMPLATE_TAG = re.compile(rb"\{%-?\s*[a-z_]+\b[^%]{0,200}?%\}|\{\{[^{}]{1,200}\}\}|<%=?\s[^%]{0,200}%>")
_TEMPLATE_START = (b"{%", b"{{", b"{#", b"<%")


def template_tag(content: bytes) -> str | None:
    """The template tag a file starts with (after an XML declaration, if any): `{% load %}`,
    `{{ value }}`, `{# … #}`, `<% … %>`, as Django, Jinja or ERB write them; else None."""
    start = head_start(content[:4096])
    prolog = xml_prolog_end(start)
    if start[prolog : prolog + 2] not in _TEMPLATE_START:
        return None
    found = _TEMPLATE_TAG.match(start, prolog)
    tag = found.group(0) if found else start[prolog : prolog + 2]
    return " ".join(tag.decode("utf-8", "replace").split())[:60]


def is_template(content: bytes) -> bool:
    """Whether a file that could not be read is a template: it starts with a template tag, or
    holds several of them ({% for %} … {{ x }} …), which no export writes outside its texts."""
    if template_tag(content) is not None:
        return True
    if is_module(content[:4096].decode("utf-8", "replace")):
        return False  # a script's type comments ("@type {{[key: string]: Room}}") are no template
    return len(_TEMPLATE_TAG.findall(content[:100_000], 0)) >= 3


def template_refusal(content: bytes, path: Path) -> ProgrammeError:
    tag = template_tag(content)
    if tag is None:
        found = _TEMPLATE_TAG.search(content[:100_000])
        tag = " ".join(found.group(0).decode("utf-8", "replace").split())[:60] if found else "{% … %}"
        said = f"it holds template tags ({tag}) that a web site fills in"
    else:
        said = f"it starts with a template tag ({tag}) that a web site fills in"
    return ProgrammeError(path, f"a template, not a schedule: {said}; give the file the site serves from it")


def read_template(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    raise template_refusal(content, path)


def looks_like_template(head: bytes) -> bool:
    return template_tag(head) is not None


TEMPLATE_READER = Reader(name="template", sniff=looks_like_template, read=read_template)
XML_READER = Reader(name="xml", sniff=looks_like_xml, read=read_xml)
JSON_READER = Reader(name="json", sniff=looks_like_json, read=read_json, read_undated=read_json)
UNKNOWN_READER = Reader(name="unknown", sniff=lambda head: True, read=read_unknown, read_undated=read_unknown)
