"""Our own programme format: a TOML file an organiser can read and edit (see README).

Every refusal names the file, the line of the table where it can be found, the field path
(`sessions[12].room`) and the reason.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError

from bot.i18n import LANGUAGES
from bot.programme.errors import ProgrammeError
from bot.programme.kinds import SESSION_KINDS, SessionKind
from bot.programme.model import (
    Conference,
    ConferenceInfo,
    Contact,
    Document,
    FaqEntry,
    Glossary,
    Highlight,
    Organisation,
    Person,
    Programme,
    Registration,
    Role,
    Room,
    Session,
    Text,
    Venue,
)
from bot.programme.reader import Loaded, Reader, parse_zone
from bot.programme.validate import check_programme
from bot.understand.text import words as fold_words

FORMAT_NAME = "conference-bot"
FORMAT_VERSION = "conference-bot/1"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TOML_LINE = re.compile(r"at line (\d+)")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\s*\]\]?\s*(?:#.*)?$")
_SEGMENT = re.compile(r"(\w+)(?:\[(\d+)\])?")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Documents are sent through Telegram, which takes files of up to 50 MB from a bot.
DOCUMENT_MAX_BYTES = 50 * 1024 * 1024
DOCUMENTS_FOLDER = "docs"
# A room's map is sent as a photo: Telegram takes JPEG, PNG and WebP pictures of up to 10 MB.
MAP_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
MAP_MAX_BYTES = 10 * 1024 * 1024
# A room's seats: a stadium holds fewer than this; a larger number is a typing error.
MAX_CAPACITY = 1_000_000
ROOM_FIELDS = frozenset(
    {
        "id",
        "name",
        "aliases",
        "interpretation",
        "directions",
        "building",
        "floor",
        "map",
        "latitude",
        "longitude",
        "capacity",
    }
)
INFO_FIELDS = frozenset(
    {
        "about",
        "website",
        "working_languages",
        "venue",
        "registration",
        "contact",
        "organisers",
        "partners",
        "faq",
        "highlights_title",
        "highlights",
    }
)
T = TypeVar("T")


def sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "replace")
    return "[conference]" in text or FORMAT_VERSION in text or "[[sessions]]" in text


def read(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProgrammeError(path, f"not UTF-8 text (byte {error.start})") from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        reason = _TOML_LINE.sub("", str(error)).strip(" ()")
        raise ProgrammeError(path, f"TOML syntax error: {reason}", line=line) from error
    builder = _Builder(path, text, tz)
    programme = builder.build(data)
    warnings = [*builder.warnings, *check_programme(programme, builder.locate, path, strict=True)]
    return Loaded(programme=programme, format=FORMAT_NAME, warnings=tuple(warnings))


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read)


class _Builder:
    """Turns the parsed TOML into the model, checking each field on the way."""

    def __init__(self, path: Path, text: str, tz: ZoneInfo | None) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.tz_override = tz
        self.warnings: list[str] = []
        self._session_paths: dict[str, str] = {}

    # -- locating --------------------------------------------------------------------------

    def line_of(self, where: str) -> int | None:
        """The line of the deepest table a field path points into: `sessions[3].room` → the 4th
        [[sessions]]; `sessions[3].documents[1].url` → the 2nd [[sessions.documents]] after it;
        `info.venue.latitude` → [info.venue], else [info] when the venue is written inline."""
        names: list[str] = []
        start, stop = 0, len(self.lines)
        line = None
        for segment in where.split("."):
            match = _SEGMENT.fullmatch(segment)
            if not match:
                break
            names.append(match.group(1))
            index = match.group(2)
            found = self._header(".".join(names), index is not None, int(index or 0), start, stop)
            if found is None:
                break
            line, start = found + 1, found + 1
            stop = next(
                (
                    number
                    for number in range(start, len(self.lines))
                    if (header := _HEADER.match(self.lines[number]))
                    and not header.group(2).startswith(".".join(names) + ".")
                ),
                len(self.lines),
            )
        return line

    def _header(self, name: str, array: bool, wanted: int, start: int, stop: int) -> int | None:
        """The index of the `wanted`-th `[[name]]` (or the `[name]`) between two lines."""
        seen = 0
        for number in range(start, stop):
            header = _HEADER.match(self.lines[number])
            if header and header.group(2) == name and (header.group(1) == "[[") == array:
                if seen == wanted:
                    return number
                seen += 1
        return None

    def fail(self, where: str, reason: str) -> ProgrammeError:
        return ProgrammeError(self.path, reason, line=self.line_of(where), where=where)

    def locate(self, session: Session) -> tuple[int | None, str]:
        where = self._session_paths.get(session.id, f"sessions[id={session.id}]")
        return self.line_of(where), where

    # -- typed fields ----------------------------------------------------------------------

    def field(
        self, table: Mapping[str, Any], where: str, name: str, kind: type[T], required: bool = True
    ) -> T | None:
        if name not in table:
            if required:
                raise self.fail(f"{where}.{name}", "missing required field")
            return None
        value = table[name]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            expected = {str: "a string", list: "a list", dict: "a table", bool: "true or false"}
            raise self.fail(
                f"{where}.{name}",
                f"expected {expected.get(kind, kind.__name__)}, got {_describe(value)}",
            )
        return value

    def text_field(self, table: Mapping[str, Any], where: str, name: str, required: bool) -> str:
        value = self.field(table, where, name, str, required)
        if required and value is not None and not value.strip():
            raise self.fail(f"{where}.{name}", "must not be empty")
        return (value or "").strip()

    def strings(self, table: Mapping[str, Any], where: str, name: str) -> tuple[str, ...]:
        values = self.field(table, where, name, list, required=False) or []
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise self.fail(f"{where}.{name}[{index}]", f"expected a string, got {_describe(value)}")
        return tuple(value.strip() for value in values if value.strip())

    def localized(
        self, table: Mapping[str, Any], where: str, name: str, required: bool, language: str
    ) -> Text:
        if name not in table:
            if required:
                raise self.fail(f"{where}.{name}", "missing required field")
            return Text()
        value = table[name]
        if isinstance(value, str):
            if required and not value.strip():
                raise self.fail(f"{where}.{name}", "must not be empty")
            return Text.of(value, language)
        if not isinstance(value, dict):
            raise self.fail(
                f"{where}.{name}",
                f"expected a string or a table of languages, got {_describe(value)}",
            )
        for lang, text in value.items():
            if not isinstance(text, str):
                raise self.fail(f"{where}.{name}.{lang}", f"expected a string, got {_describe(text)}")
        result = Text.of(value, language)
        if required and not result:
            raise self.fail(f"{where}.{name}", "must not be empty")
        return result

    def local_datetime(self, table: Mapping[str, Any], where: str, name: str, zone: ZoneInfo) -> datetime:
        value = table.get(name)
        if value is None:
            raise self.fail(f"{where}.{name}", "missing required field")
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError as error:
                raise self.fail(
                    f"{where}.{name}", f"not a date and time like 2017-11-16T09:00: {value!r}"
                ) from error
        if not isinstance(value, datetime):
            raise self.fail(f"{where}.{name}", f"expected a date and time, got {_describe(value)}")
        if value.tzinfo is not None:
            return value.astimezone(zone)
        return value.replace(tzinfo=zone)

    # -- tables ----------------------------------------------------------------------------

    def build(self, data: Mapping[str, Any]) -> Programme:
        conference = self.conference(data)
        language = conference.default_language
        rooms = [
            self.room(table, f"rooms[{i}]", language) for i, table in enumerate(self.tables(data, "rooms"))
        ]
        people = [self.person(table, f"people[{i}]") for i, table in enumerate(self.tables(data, "people"))]
        self.unique(rooms, "rooms")
        self.unique(people, "people")
        room_ids = {room.id for room in rooms}
        person_ids = {person.id for person in people}
        # A conference may have only its information so far (an announcement): no sessions.
        has_info = isinstance(data.get("info"), dict)
        sessions = [
            self.session(table, f"sessions[{i}]", conference, room_ids, person_ids)
            for i, table in enumerate(self.tables(data, "sessions", required=not has_info))
        ]
        self.unique(sessions, "sessions")
        if "info" in data:
            info = self.info(data["info"], conference, {session.id for session in sessions})
            conference = replace(conference, info=info)
        if "glossary" in data:
            conference = replace(conference, glossary=self.glossary(data["glossary"]))
        return Programme(conference, rooms, people, sessions)

    def glossary(self, value: object) -> Glossary:
        """[glossary]: terms (lists of words meaning one thing, the programme's own first),
        expressions (phrase = the programme's word) and acronyms (name = [acronyms])."""
        where = "glossary"
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a table, got {_describe(value)}")
        self.only(value, where, {"terms", "expressions", "acronyms"})
        terms = []
        for index, term in enumerate(self.field(value, where, "terms", list, required=False) or []):
            at = f"{where}.terms[{index}]"
            if not isinstance(term, list) or len(term) < 2 or not all(isinstance(w, str) for w in term):
                raise self.fail(at, "expected a list of two or more words that mean one thing")
            terms.append(tuple(self.matchable(word, f"{at}") for word in term))
        expressions = tuple(
            (
                self.matchable(phrase, f"{where}.expressions"),
                self.matchable(word, f"{where}.expressions.{phrase}"),
            )
            for phrase, word in self.string_table(value, where, "expressions", str).items()
        )
        acronyms = tuple(
            (
                self.matchable(name, f"{where}.acronyms"),
                tuple(self.matchable(short, f"{where}.acronyms.{name}") for short in shorts),
            )
            for name, shorts in self.string_table(value, where, "acronyms", list).items()
        )
        return Glossary(terms=tuple(terms), expressions=expressions, acronyms=acronyms)

    def string_table(self, table: Mapping[str, Any], where: str, name: str, kind: type) -> dict[str, Any]:
        entries = self.field(table, where, name, dict, required=False) or {}
        for key, entry in entries.items():
            ok = (
                isinstance(entry, str)
                if kind is str
                else (isinstance(entry, list) and bool(entry) and all(isinstance(e, str) for e in entry))
            )
            if not ok:
                expected = "a string" if kind is str else "a list of strings"
                raise self.fail(f"{where}.{name}.{key}", f"expected {expected}, got {_describe(entry)}")
        return entries

    def matchable(self, word: str, where: str) -> str:
        """A glossary word as written, refused when no question could ever contain it."""
        if not fold_words(word):
            raise self.fail(where, f"{word!r} has no letters or digits: no question can contain it")
        return word.strip()

    def tables(self, data: Mapping[str, Any], name: str, required: bool = False) -> list[dict[str, Any]]:
        value = data.get(name)
        if value is None:
            if required:
                hint = " (a conference with only its information needs an [info] table)"
                raise self.fail(
                    name, f"missing: the file has no [[{name}]] table" + (hint if name == "sessions" else "")
                )
            return []
        if not isinstance(value, list):
            raise self.fail(name, f"expected [[{name}]] tables, got {_describe(value)}")
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{name}[{index}]", f"expected a table, got {_describe(item)}")
        return value

    def unique(self, items: Sequence[Room | Person | Session], table: str) -> None:
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            if item.id in seen:
                raise self.fail(
                    f"{table}[{index}].id",
                    f"duplicate id {item.id!r} (already used by {table}[{seen[item.id]}])",
                )
            seen[item.id] = index

    def slug(self, table: Mapping[str, Any], where: str) -> str:
        value = self.text_field(table, where, "id", required=True)
        if not _SLUG.match(value):
            raise self.fail(f"{where}.id", f"{value!r} is not a valid id (lower-case letters, digits, - _ .)")
        return value

    def conference(self, data: Mapping[str, Any]) -> Conference:
        table = data.get("conference")
        if not isinstance(table, dict):
            raise self.fail("conference", "missing [conference] table")
        where = "conference"
        language = self.text_field(table, where, "default_language", required=True)
        if language not in LANGUAGES:
            raise self.fail(
                f"{where}.default_language",
                f"{language!r} is not one of {', '.join(LANGUAGES)}",
            )
        # The file's own zone wins; --tz only fills in for a file that has none.
        zone_name = self.text_field(table, where, "timezone", required=self.tz_override is None)
        try:
            zone = parse_zone(zone_name, self.path) if zone_name else self.tz_override
        except ProgrammeError as error:
            raise self.fail(f"{where}.timezone", error.reason) from error
        assert zone is not None
        days = []
        for index, value in enumerate(self.field(table, where, "days", list) or []):
            try:
                day = value if isinstance(value, date) else date.fromisoformat(str(value))
            except ValueError as error:
                raise self.fail(f"{where}.days[{index}]", f"not a date like 2017-11-16: {value!r}") from error
            days.append(day)
        if not days:
            raise self.fail(f"{where}.days", "must list at least one day")
        day_change = time(4, 0)
        if "day_change" in table:
            raw = table["day_change"]
            try:
                day_change = raw if isinstance(raw, time) else time.fromisoformat(str(raw))
            except ValueError as error:
                raise self.fail(f"{where}.day_change", f"not a time like 04:00: {raw!r}") from error
        languages = self.strings(table, where, "languages") or LANGUAGES
        name = self.localized(table, where, "name", required=True, language=language)
        self.warn_missing_translations(name, languages, f"{where}.name")
        return Conference(
            id=self.slug(table, where),
            name=name,
            timezone=zone,
            default_language=language,
            days=tuple(sorted(days)),
            languages=tuple(languages),
            city=self.text_field(table, where, "city", required=False),
            venue=self.text_field(table, where, "venue", required=False),
            day_change=day_change,
            short_name=self.localized(table, where, "short_name", required=False, language=language),
            acronyms=self.strings(table, where, "acronyms"),
        )

    def room(self, table: Mapping[str, Any], where: str, language: str) -> Room:
        self.only(table, where, ROOM_FIELDS)  # a misspelt `flor` would otherwise vanish silently
        latitude = self.coordinate(table, where, "latitude", 90)
        longitude = self.coordinate(table, where, "longitude", 180)
        if (latitude is None) != (longitude is None):
            raise self.fail(
                f"{where}.{'longitude' if longitude is None else 'latitude'}",
                "give both latitude and longitude, or neither",
            )
        map_file = self.text_field(table, where, "map", required=False)
        return Room(
            id=self.slug(table, where),
            name=self.text_field(table, where, "name", required=True),
            aliases=self.strings(table, where, "aliases"),
            interpretation=self.strings(table, where, "interpretation"),
            directions=self.localized(table, where, "directions", required=False, language=language),
            floor=self.floor(table, where, language),
            building=self.localized(table, where, "building", required=False, language=language),
            map_file=map_file,
            map_path=self.map_path(map_file, f"{where}.map") if map_file else None,
            latitude=latitude,
            longitude=longitude,
            capacity=self.capacity(table, where),
        )

    def capacity(self, table: Mapping[str, Any], where: str) -> int | None:
        """`capacity = 120`: the room's seats, a whole number above 0 (/popular compares them
        with the followers of its sessions)."""
        if "capacity" not in table:
            return None
        value = table["capacity"]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{where}.capacity", f"expected a whole number of seats, got {_describe(value)}")
        if not 0 < value <= MAX_CAPACITY:
            raise self.fail(f"{where}.capacity", f"{value} is not between 1 and {MAX_CAPACITY} seats")
        return value

    def floor(self, table: Mapping[str, Any], where: str, language: str) -> Text:
        """`floor = 2`, `floor = "2"` or `floor = { fr = "2e étage", en = "2nd floor" }`."""
        value = table.get("floor")
        if isinstance(value, int) and not isinstance(value, bool):
            return Text.of(str(value), language)
        return self.localized(table, where, "floor", required=False, language=language)

    def map_path(self, file: str, where: str) -> Path:
        """A room's map: a picture in docs/, which Telegram takes as a photo (10 MB at most)."""
        path = self.document_path(file, where)
        if path.suffix.lower() not in MAP_SUFFIXES:
            raise self.fail(
                where, f"{file!r} is not a picture ({', '.join(sorted(MAP_SUFFIXES))}) that Telegram shows"
            )
        size = path.stat().st_size
        if size > MAP_MAX_BYTES:
            raise self.fail(where, f"{file!r} is {size} bytes: Telegram takes photos of up to 10 MB")
        return path

    def person(self, table: Mapping[str, Any], where: str) -> Person:
        return Person(
            id=self.slug(table, where),
            name=self.text_field(table, where, "name", required=True),
            aliases=self.strings(table, where, "aliases"),
            affiliation=self.text_field(table, where, "affiliation", required=False),
            country=self.text_field(table, where, "country", required=False),
            unnamed=bool(self.field(table, where, "unnamed", bool, required=False)),
        )

    def session(
        self,
        table: Mapping[str, Any],
        where: str,
        conference: Conference,
        room_ids: set[str],
        person_ids: set[str],
    ) -> Session:
        session_id = self.slug(table, where)
        self._session_paths.setdefault(session_id, where)
        kind = self.text_field(table, where, "kind", required=True)
        if kind not in SESSION_KINDS:
            raise self.fail(
                f"{where}.kind",
                f"unknown kind {kind!r} (one of: {', '.join(sorted(SESSION_KINDS))})",
            )
        room_id = self.text_field(table, where, "room", required=False) or None
        if room_id is not None and room_id not in room_ids:
            raise self.fail(f"{where}.room", f"unknown room {room_id!r} (not in [[rooms]])")
        roles = []
        for index, entry in enumerate(self.field(table, where, "people", list, required=False) or []):
            entry_where = f"{where}.people[{index}]"
            if not isinstance(entry, dict):
                raise self.fail(entry_where, f"expected a table, got {_describe(entry)}")
            person_id = self.text_field(entry, entry_where, "person", required=True)
            if person_id not in person_ids:
                raise self.fail(f"{entry_where}.person", f"unknown person {person_id!r} (not in [[people]])")
            roles.append(Role(person_id, self.text_field(entry, entry_where, "role", required=True)))
        zone = conference.timezone
        title = self.localized(table, where, "title", required=True, language=conference.default_language)
        self.warn_missing_translations(title, conference.languages, f"{where}.title")
        return Session(
            id=session_id,
            kind=SessionKind(kind),
            start=self.local_datetime(table, where, "start", zone),
            end=self.local_datetime(table, where, "end", zone),
            room_id=room_id,
            title=title,
            description=self.localized(
                table, where, "description", required=False, language=conference.default_language
            ),
            organiser=self.text_field(table, where, "organiser", required=False),
            track=self.text_field(table, where, "track", required=False),
            questions=self.strings(table, where, "questions"),
            roles=tuple(roles),
            tbc_roles=self.strings(table, where, "tbc_roles"),
            cancelled=bool(self.field(table, where, "cancelled", bool, required=False)),
            documents=tuple(
                self.document(entry, f"{where}.documents[{index}]", conference)
                for index, entry in enumerate(self.table_list(table, where, "documents"))
            ),
        )

    # -- documents -------------------------------------------------------------------------

    def table_list(self, table: Mapping[str, Any], where: str, name: str) -> list[dict[str, Any]]:
        """A list of tables: `[[where.name]]` or `name = [{...}, {...}]`."""
        values = self.field(table, where, name, list, required=False) or []
        for index, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.fail(f"{where}.{name}[{index}]", f"expected a table, got {_describe(value)}")
        return values

    def table_of(self, table: Mapping[str, Any], where: str, name: str) -> dict[str, Any]:
        return self.field(table, where, name, dict, required=False) or {}

    def only(self, table: Mapping[str, Any], where: str, known: frozenset[str] | set[str]) -> None:
        """Refuse a field we do not read: a misspelt `webiste` would otherwise vanish silently."""
        for name in table:
            if name not in known:
                raise self.fail(
                    f"{where}.{name}", f"unknown field (expected one of: {', '.join(sorted(known))})"
                )

    def language_code(self, table: Mapping[str, Any], where: str, name: str, value: str) -> str:
        code = value.strip().lower()
        try:
            valid = bool(_LANGUAGE_CODE.match(code)) and Locale.parse(code).language == code
        except (ValueError, UnknownLocaleError):
            valid = False
        if not valid:
            raise self.fail(f"{where}.{name}", f"{value!r} is not a language code like fr, en or es")
        return code

    def url_field(self, table: Mapping[str, Any], where: str, name: str) -> str:
        value = self.text_field(table, where, name, required=False)
        parts = urlsplit(value)
        if value and (parts.scheme not in ("http", "https") or not parts.netloc or " " in value):
            raise self.fail(f"{where}.{name}", f"not a web address starting with https:// : {value!r}")
        return value

    def document(self, table: Mapping[str, Any], where: str, conference: Conference) -> Document:
        self.only(table, where, {"title", "language", "file", "url"})
        title = self.localized(table, where, "title", required=True, language=conference.default_language)
        self.warn_missing_translations(title, conference.languages, f"{where}.title")
        language = self.text_field(table, where, "language", required=True)
        language = self.language_code(table, where, "language", language)
        file = self.text_field(table, where, "file", required=False)
        url = self.url_field(table, where, "url")
        if bool(file) == bool(url):
            raise self.fail(where, "a document needs either a file or a url (one of them, not both)")
        path = self.document_path(file, f"{where}.file") if file else None
        return Document(title=title, language=language, file=file, url=url, path=path)

    def document_path(self, file: str, where: str) -> Path:
        """The file, which must be in the docs/ folder next to the programme file: the bot sends
        it to anyone who asks, so nothing else on the machine may be named."""
        if Path(file).is_absolute() or "\\" in file:
            raise self.fail(
                where, f"{file!r}: write a path relative to the programme file, like docs/paper.pdf"
            )
        folder = (self.path.parent / DOCUMENTS_FOLDER).resolve()
        path = (self.path.parent / file).resolve()
        if not path.is_relative_to(folder) or path == folder:
            raise self.fail(
                where, f"{file!r} is not in the {DOCUMENTS_FOLDER}/ folder next to the programme file"
            )
        if not path.is_file():
            raise self.fail(where, f"{file!r}: no such file in {folder}")
        size = path.stat().st_size
        if size == 0 or size > DOCUMENT_MAX_BYTES:
            raise self.fail(where, f"{file!r} is {size} bytes: Telegram takes 1 byte to 50 MB from a bot")
        return path

    # -- conference information ------------------------------------------------------------

    def info(self, value: object, conference: Conference, session_ids: set[str]) -> ConferenceInfo:
        where = "info"
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an [info] table, got {_describe(value)}")
        self.only(value, where, INFO_FIELDS)
        c = conference
        working = tuple(
            self.language_code(value, where, f"working_languages[{index}]", code)
            for index, code in enumerate(self.strings(value, where, "working_languages"))
        )
        highlights = []
        for index, entry in enumerate(self.table_list(value, where, "highlights")):
            at = f"{where}.highlights[{index}]"
            self.only(entry, at, {"text", "session"})
            session_id = self.text_field(entry, at, "session", required=False) or None
            if session_id is not None and session_id not in session_ids:
                raise self.fail(f"{at}.session", f"unknown session {session_id!r} (not in [[sessions]])")
            highlights.append(Highlight(self.info_text(entry, at, "text", c, required=True), session_id))
        faq = []
        for index, entry in enumerate(self.table_list(value, where, "faq")):
            at = f"{where}.faq[{index}]"
            self.only(entry, at, {"question", "answer", "keywords"})
            faq.append(
                FaqEntry(
                    question=self.info_text(entry, at, "question", c, required=True),
                    answer=self.info_text(entry, at, "answer", c, required=True),
                    keywords=self.strings(entry, at, "keywords"),
                )
            )
        return ConferenceInfo(
            about=self.info_text(value, where, "about", c),
            organisers=self.organisations(value, where, "organisers", c),
            partners=self.organisations(value, where, "partners", c),
            venue=self.venue(self.table_of(value, where, "venue"), f"{where}.venue", c),
            working_languages=working,
            registration=self.registration(
                self.table_of(value, where, "registration"), f"{where}.registration", c
            ),
            contact=self.contact(self.table_of(value, where, "contact"), f"{where}.contact", c),
            website=self.url_field(value, where, "website"),
            faq=tuple(faq),
            highlights_title=self.info_text(value, where, "highlights_title", c),
            highlights=tuple(highlights),
        )

    def info_text(
        self, table: Mapping[str, Any], where: str, name: str, conference: Conference, required: bool = False
    ) -> Text:
        """A text of the conference information; a missing translation is a warning, as for titles."""
        result = self.localized(table, where, name, required=required, language=conference.default_language)
        if result:
            self.warn_missing_translations(result, conference.languages, f"{where}.{name}")
        return result

    def organisations(
        self, table: Mapping[str, Any], where: str, name: str, conference: Conference
    ) -> tuple[Organisation, ...]:
        found = []
        for index, entry in enumerate(self.table_list(table, where, name)):
            at = f"{where}.{name}[{index}]"
            self.only(entry, at, {"name", "role", "url"})
            found.append(
                Organisation(
                    name=self.info_text(entry, at, "name", conference, required=True),
                    role=self.info_text(entry, at, "role", conference),
                    url=self.url_field(entry, at, "url"),
                )
            )
        return tuple(found)

    def contact(
        self, table: Mapping[str, Any], where: str, conference: Conference, name: str = "name"
    ) -> Contact:
        if name == "name":
            self.only(table, where, {"name", "email", "phone", "url"})
        email = self.text_field(table, where, "email", required=False)
        if email and not _EMAIL.match(email):
            raise self.fail(f"{where}.email", f"not an e-mail address: {email!r}")
        return Contact(
            name=self.info_text(table, where, name, conference),
            email=email,
            phone=self.text_field(table, where, "phone", required=False),
            url=self.url_field(table, where, "url"),
        )

    def venue(self, table: Mapping[str, Any], where: str, conference: Conference) -> Venue:
        self.only(table, where, {"name", "address", "latitude", "longitude"})
        latitude = self.coordinate(table, where, "latitude", 90)
        longitude = self.coordinate(table, where, "longitude", 180)
        if (latitude is None) != (longitude is None):
            raise self.fail(where, "give both latitude and longitude, or neither")
        return Venue(
            name=self.info_text(table, where, "name", conference),
            address=self.info_text(table, where, "address", conference),
            latitude=latitude,
            longitude=longitude,
        )

    def coordinate(self, table: Mapping[str, Any], where: str, name: str, limit: int) -> float | None:
        if name not in table:
            return None
        value = table[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{where}.{name}", f"expected a number in degrees, got {_describe(value)}")
        if not -limit <= value <= limit:
            raise self.fail(f"{where}.{name}", f"{value} is not between -{limit} and {limit} degrees")
        return float(value)

    def registration(self, table: Mapping[str, Any], where: str, conference: Conference) -> Registration:
        """How to register; `contact` names whom to write to, `email` and `phone` how."""
        self.only(table, where, {"how", "url", "contact", "email", "phone"})
        return Registration(
            how=self.info_text(table, where, "how", conference),
            contact=self.contact(
                {key: value for key, value in table.items() if key != "url"}, where, conference, "contact"
            ),
            url=self.url_field(table, where, "url"),
        )

    def warn_missing_translations(
        self, text: Text, languages: tuple[str, ...] | list[str], where: str
    ) -> None:
        missing = [lang for lang in languages if not text.has(lang)]
        if missing:
            line = self.line_of(where)
            place = f"{self.path}:{line}" if line else str(self.path)
            self.warnings.append(f"{place}: {where}: no translation in {', '.join(missing)}")


def _describe(value: object) -> str:
    names = {
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
    }
    return f"{names.get(type(value), type(value).__name__)} ({value!r:.40})"
