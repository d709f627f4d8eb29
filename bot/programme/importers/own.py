"""A conference's own schedule file, XML or JSON, when its structure says what it holds.

Many conferences publish their programme in a shape of their own (EuroPython's
`<schedule><day date><entry><start>0930</start><duration>30</duration><room>…`, a site's
`sessions.json`). Such a file is read when it holds records that each have a title and a start
("title"/"name" and "start"/"starts_at"/"start_time"/"time"…), with an end or a duration, and
optionally a room, speakers, a description, a type and an id, by the usual names (ConClár's and
KonOpas's short ones too: "datetime" or "date" and "time", "mins", "loc", "desc"; Open Event's
"microlocation" and "long-abstract"). A start that
is only a clock time ("0930", "9:30", "2pm") takes its date from the record's "date" or from the
nearest enclosing element or object that has one (a `<day date>`); a start or end given both
as a clock time and as a full date and time ("start_time": "19:30" and "start_date":
"2022-06-04 19:30:00") is read by the full one. A record whose times are in its "slots"
(pretalx's API, as PyConFR's site keeps it) is one event per slot, each read once however often
the file lists it. A record may keep its texts in one record per language (OPass's
session.json of COSCUP and SITCON: "zh": {"title", "description"}, "en": {…}), its talk in a
nested record (Conference Hall's "proposal"), its room by an id of the file's own list, or, when
no record of the file has a room, in its "track". A record given by its start alone is a session
only in a list that also holds whole records, or in a file that has none (an app's news posts,
beside its sessions, are not). A file of tables joined by ids (EventBoard's: sessions with a time
slot's id, join rows of a session's and a speaker's ids) is first made whole records. The file
as a whole is never a record (an app's
list of conferences has titles and dates too), and a start must name a time of day. Nothing else
is guessed: a file with no such records is refused, saying what it holds instead.

XML is first turned into the same plain data as JSON: an element with children or attributes
becomes a dict (attributes and children by name, a repeated child a list, its own text under
"#text"), a leaf its text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.importers import hoverboard
from bot.programme.importers.afternoon_hours import with_afternoon_hours
from bot.programme.importers.build import RawEvent, RawPerson, RawSchedule, build_programme, is_degree
from bot.programme.importers.common import (
    BY_LINE,
    JSON_EXPECTED,
    XML_EXPECTED,
    as_list,
    clean,
    field_key,
    join_paragraphs,
    local_name,
    map_kind,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_json,
    pick,
    plain_text,
)
from bot.programme.importers.dotnet_dates import with_dotnet_dates
from bot.programme.importers.slashed_dates import with_iso_dates
from bot.programme.importers.written_dates import (
    DATE_FIELDS,
    counted_from_one,
    with_written_dates,
    written_date,
)
from bot.programme.importers.yearless_dates import with_years
from bot.programme.importers.zoned_dates import with_zoned_dates
from bot.programme.model import MODERATOR
from bot.programme.reader import Loaded
from bot.understand.patterns import kept
from bot.understand.text import dense

XML_FORMAT = "own-xml"
JSON_FORMAT = "own-json"
YAML_FORMAT = "own-yaml"
CSV_FORMAT = "own-csv"
TEXT = "#text"

# Field names, compared without case, "_", "-" or spaces ("startsAt" = "starts_at").
# "summary", "dtstart", "dtend": an iCalendar turned into JSON (PyConES 2014's Google Calendar export).
# "display": HKOSCon's data API; "topic": DevConf.cz's app data (where a "topic" is a flag, a
# title is never a true or false).
_TITLE = (
    "title", "name", "talktitle", "sessiontitle", "papertitle", "subject", "summary", "eventname",
    "display", "topic",
    "note",  # the Devoxx CFP's registration and breaks: {"note": "Registration", "kind": …}
    # A Spanish or French site's own fields ({"titulo", "horario", "dia"}, {"titre", "debut"}).
    "titulo", "titre", "nombre", "nom", "intitule",
    "proposaltitle",  # pretalx's sessions export as CSV ("Proposal title", "Speaker names", "Room")
)  # fmt: skip
_START = (
    "start",
    "starts",
    "eventstart",
    "timespan",
    "startsat",
    "starttime",
    "startdatetime",
    "startat",
    "begin",
    "begins",
    "beginsat",  # Swapcard's plannings ("beginsAt", "endsAt": Web à Québec 2021's)
    "from",
    "time",
    "startdate",
    "startson",  # Mapas Culturais' events (Emergências 2015's app): the date beside "startsAt"
    "datestart",  # the Geneva book fair's 2019 programme ("date_start", "date_end")
    "datetime",
    "dtstart",
    "startiso",
    "sessionstart",  # a talk with no time of its own: its session's (IMRF 2026's)
    "timestart",  # NICAR 2019's scraper: "date", "time_start", "time_end"
    "starttimestamp",  # Google I/O's app data: milliseconds since 1970
    "fromtime",  # the Devoxx CFP's schedule (Devoxx France 2012's)
    "scheduledat",  # Sessionize's export of accepted sessions ("Scheduled At")
    "scheduleat",
    # Spanish and French sites' own: "inicio", "hora", "horario": "09:30 - 10:15", "début";
    # "Desde", "Hasta" (AWS Community Day Ecuador 2025's).
    *("inicio", "horainicio", "comienzo", "debut", "heuredebut", "hora", "heure", "horario", "desde"),
)
_END = (
    "end",
    "ends",
    "eventend",
    "endsat",
    "endtime",
    "enddatetime",
    "endat",
    "finish",
    "until",
    "to",
    "enddate",
    "dtend",
    "endiso",
    "sessionend",
    "timeend",
    "endtimestamp",
    "totime",
    "dateend",
    "calendarendtime",  # Evolang XV's proceedings site, beside its "time" ("calendar_endTime")
    *("fin", "final", "horafin", "heurefin", "termino", "hasta"),
)
_TIME_FIELDS = frozenset((*_START, *_END))  # what a time slot gives what it holds
# "length_min": fortee's timetable API (iOSDC Japan's).
# "duration_min": a hand-made YAML of Killer Nashville 2026's pages.
_DURATION = (
    "duration", "length", "durationminutes", "minutes", "mins", "lengthmin", "scheduledduration",
    "durationmin", "durationmins", "durationinminutes", "lengthminutes",
    "duracion", "duree", "minutos",
)  # fmt: skip
# "microlocation": FOSSASIA's Open Event ({"id": 1, "name": "Theatre 1"}).
# "session_location_name": Philly ETE 2016's app data.
_ROOM = (
    "room", "roomname", "location", "venue", "hall", "stage", "place", "loc", "microlocation",
    "sessionlocationname", "locationname",
    "sala", "salle", "lugar", "lieu", "aula", "ubicacion", "emplacement", "espacio", "scene", "escenario",
)  # fmt: skip
# "authors": a scientific programme's presenters are its papers' authors (NIPS 2015's);
# "panelists": a convention's (PonyFest's, one string of names); "instructors": Selenium Conf 2012's.
_PEOPLE = (
    "speakers", "speaker", "persons", "person", "presenters", "presenter", "people", "hosts",
    "host",  # who holds a festival's session, a person or an organisation (WueWW 2022's)
    "mc", "emcee",  # who hosts a plenary (FedGeoDay 2021's "mc": [name, title, organisation])
    "authors", "author", "aut", "panelists", "panelist", "instructors", "instructor",
    "primaryauthors",  # Indico's, when its "speakers" are not given
    "participants", "participant",  # a roundtable's (MPSA 2026's)
    "speakernames",  # Microsoft's session catalogue (Ignite The Tour's), beside its "speakerIds"
    "speakername", "speakerfullname", "presentername", "authorname",  # NewCrafts 2019's "speakerName"
    "speakerids",  # ids of the file's own list of speakers (Philly ETE 2016's "speaker_ids")
    "guestname", "guests", "guest",  # a convention's guests (LibertyCon 2019's "guestName")
    "contributors",  # a session's people on SIGGRAPH 2026's schedule site ({"name", "url"})
    "teacher", "teachers", "lecturer", "lecturers", "tutor", "tutors", "trainer", "trainers",  # courses'
    "facilitators", "facilitator", "cofacilitator", "cofacilitators",  # a session's hosts (SRCCON's)
    "ponentes", "ponente", "oradores", "orador", "conferenciantes", "conferenciante", "conferencistas",
    "conferencista", "presentadores", "presentador", "autores", "autor", "intervenants", "intervenant",
    "orateurs", "orateur", "conferenciers", "conferencier", "auteurs", "auteur", "animateurs", "animateur",
)  # fmt: skip
# Who comments on a panel's papers (a scientific programme's discussants): they speak there too.
_DISCUSSANTS = ("discussants", "discussant", "respondents", "respondent")
# Beside the speaker: CloudLand 2023's "coSpeaker", Indico's "coauthors".
_CO_SPEAKERS = ("cospeaker", "cospeakers", "coauthors")
# "speaker": EHFG's people ({"speaker": "Rendi-Wagner, Pamela", "speakerid": "668"}).
_PERSON_NAME = (
    "name", "fullname", "publicname", "displayname", "speaker", "nombre", "nom", "nombrecompleto",
    "nomcomplet", TEXT,
)  # fmt: skip
_PERSON_ID = ("speakerid", "personid")
# {"room": {"room_name": …}}; a label in English (AltConf 2014's {"location": {"label_en": …}}).
_ROOM_NAME = ("roomname", "name", "label", "title", "displayname", "labelen", "nameen", TEXT)
# A room given by the id of the file's own list of rooms: {"room_id": "main-hall"} and
# {"rooms": [{"id": "main-hall", "label": "Main Hall"}]} (MIE 2026's programme.json).
_ROOM_REF = ("roomid", "locationid", "venueid", "spaceid")  # "spaceId": Mapas Culturais' events
_HOLDING_ROOM = ("room", "roomname")  # a room's entry holding its sessions
# "spaces": a day's {"spaces": [{"name": "Techarenan", "sessions": […]}]} (Goatmire 2026's site);
# "place_areas": a venue's {"place_areas": [{"title": "Hall A", "time_slots": […]}]} (iRubyKaigi's).
_ROOM_LIST = (
    "rooms", "locations", "venues", "halls", "spaces", "stages", "salas", "salles", "lugares", "lieux",
    "espacios", "espaces", "escenarios", "scenes", "placeareas",
)  # fmt: skip
_TRACK_LIST = ("tracks",)  # rooms, where the sessions give no room but their track
_ROOM_ALIAS = ("nickname", "alias", "aliases", "shortname")
# "fist_name": the Geneva book fair's 2019 programme writes it so, beside its "last_name".
_FIRST_NAME = ("firstname", "first", "givenname", "prenom", "fistname")
_LAST_NAME = ("lastname", "last", "familyname", "surname", "apellido", "apellidos", "nomdefamille")
_DESCRIPTION = (
    "subtitle", "abstract", "description", "desc", "details", "content", "shortabstract", "longabstract",
    "descripcion", "resumen", "resume", "sinopsis", "contenido", "detalles", "soustitre", "subtitulo",
    # A site's own words for it: WeAreDevelopers 2022's agenda has its abstracts under "info".
    "info", "infos", "information", "blurb", "synopsis", "overview", "teaser", "longdescription",
    "shortdescription",
)  # fmt: skip
_KIND = (
    "type", "category", "kind", "format", "sessiontype", "submissiontype", "eventtype", "eventcategory",
    "tipo", "categoria", "formato", "modalidad", "categorie",
)  # fmt: skip
# pretalx's API: a submission with its scheduled slot(s); NICAR's sessions with their "start_end"
# (a workshop given twice is two slots).
# IGARSS 2025's program: a session's "schedule" ({"date", "start", "end"}).
_SLOTS = ("slots", "slot", "startend", "occurrences", "schedule")
# Conference Hall's schedule: a slot holding its talk as a record ({"proposal": {"abstract",
# "speakers"}}), whose texts and people are the session's.
_SUBMISSION = ("proposal", "submission", "talk")
# A track read as the room when no session of the file has a room (Conference Hall's "track" is
# where the talk is: "Observatoire").
_TRACK = ("track", "trackname", "tracktitle", "eje", "tematica", "piste", "thematique")
_LANGUAGE = ("language", "lang", "locale", "contentlocale", "idioma", "langue")
_LANGUAGE_KEY = kept(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")
# "sessionCode": Microsoft's catalogue prints its sessions' codes ("BRK30191"), which attendees type.
_ID = (
    "id", "code", "sessioncode", "guid", "uid", "uuid", "presentationid", "talkid", "eventid", "slug",
    "sessionid",
)  # fmt: skip
# A session's ids, its own or the one a tool imported it with.
_OWN_IDS = frozenset((*_ID, "importid"))
_NOT_FROM_SLOT = frozenset((*_ID, *_TITLE, *_DESCRIPTION, *_PEOPLE))
_DATE = DATE_FIELDS
# The fields a row says its day and its room in (a spreadsheet may write them once a day), and
# its people in.
DAY_FIELDS, ROOM_FIELDS, PEOPLE_FIELDS = _DATE, _ROOM, frozenset(_PEOPLE)
_CHAIRS = (
    "chairs", "chair", "sessionchairs", "sessionchair", "moderators", "moderator", "cochairs", "cochair",
    "chairspresenters",
)  # fmt: skip
# The role written before chairs' names (the IACR program editor's "Chair: Bart Preneel",
# "Moderators: Yilei Chen and Romain Gay", "Crypto 2016 General Chair, Brian LaMacchia"): not
# part of a name.
_ROLE_LABEL = kept(
    r"^\s*(?:chairs?|moderators?|modérat(?:eur|rice)s?|moderador(?:a|es|as)?|présidente?s?"
    r"|president[ea]s?)\s*:\s*|^[^,:]*\bchairs?\s*[,:]\s*",
    re.IGNORECASE,
)
# How long a session given by its start alone is taken to last, at most.
OPEN_ENDED_LENGTH = timedelta(hours=1)
# The longest a session given by clock times may run past midnight (an evening party to 4 a.m.):
# an end earlier still is a slip of the file.
_LONGEST_NIGHT = timedelta(hours=12)
_HALF_DAY = timedelta(hours=12)
# The longest session whose end a file writes on a twelve-hour clock after a start on a 24-hour one.
_LONGEST_SLIP = timedelta(hours=4)
_CANCELLED = ("cancelled", "canceled", "iscancelled", "iscanceled")
_STATUS = ("status", "state")
_ZONE = ("timezone", "timezonename", "tz", "xwrtimezone", "venuetimezone", "eventtimezone")  # fmt: skip
_CONFERENCE_TITLE = ("conference", "conferencetitle", "eventname", "title", "name")
_EVENT_NAME = ("event", "evento", "evenement", "congreso", "congres")

_CLOCK = kept(r"^(\d{1,2})(?:[:.h;]?(\d{2}))?(?::(\d{2}))?\s*([ap])?(?:\.?m\.?)?$", re.IGNORECASE)
_RANGE = kept(r"^\s*(.+?)\s*(?:-|–|—|to)\s*(.+?)\s*$")


@dataclass(frozen=True, slots=True)
class _Found:
    record: Mapping[str, Any]
    where: str
    day: date | None
    # The conference around the record, when the file holds it as a record of its own (Indico's
    # event, with its contributions inside): what the file says of itself.
    within: Mapping[str, Any] | None = None
    # The name of the entry whose list holds it ({"name": "Techarenan", "sessions": […]}).
    holder: str = ""


# -- entry points ------------------------------------------------------------------------------


def read_xml_tree(root: ET.Element, path: Path, tz: ZoneInfo | None, *, refusal: str) -> Loaded:
    """The programme of an XML file of the conference's own; else refused with `refusal` (what
    the file is not) and what it holds."""
    try:
        # SQLSaturday's GuidebookXML writes "5/18/2019 9:15:00 AM".
        data = with_iso_dates(_plain(root))
        found = list(_records(data, f"<{local_name(root.tag)}>", None))
    except RecursionError as error:
        raise ProgrammeError(path, f"{refusal}: its elements nest too deeply for a schedule") from error
    if not found:
        raise ProgrammeError(
            path,
            f"{refusal}: it holds {_xml_shape(root)}, and no element in it has a title, a start "
            f"time and an end or duration ({XML_EXPECTED})",
        )
    return _build(XML_FORMAT, data if isinstance(data, Mapping) else {}, found, path, tz)


def read_json_data(
    data: Any,
    path: Path,
    tz: ZoneInfo | None,
    *,
    format_name: str = JSON_FORMAT,
    first_day: date | None = None,
) -> Loaded:
    """The programme of a JSON (or YAML) file of the conference's own, or the refusal with what it
    holds. Given the conference's `first_day`, days given without their dates ("Day 2", "Tuesday",
    "24 november") are dated from it, and a clock time with no day around it is on it."""
    language = "YAML" if format_name == YAML_FORMAT else "JSON"
    # A Hoverboard site's data, whatever reader its first keys led to.
    if hoverboard.matches(data):
        return hoverboard.read_data(data, path, tz)
    first_day = first_day or _declared_first_day(data)
    try:
        data = _with_attributes_in_place(_django_tables(data))
        data = _with_references(with_dotnet_dates(with_zoned_dates(_speaker_rows_joined(data))))
        data = _with_rooms_of_their_sessions(_with_parts_by_key(_with_siblings_joined(data)))
        data = with_written_dates(
            counted_from_one(with_iso_dates(_edition_of(data, first_day))), first_day=first_day
        )
        data = _by_language(with_afternoon_hours(with_years(data)))
        found = list(_records(data, "", first_day))
    except RecursionError as error:
        raise ProgrammeError(path, f"{language} but not a schedule we read: nested too deeply") from error
    if not found:
        raise ProgrammeError(
            path,
            f"{language} but not a schedule we read: {_json_shape(data)}, and no object inside it has "
            f"a title, a start time and an end or duration ({JSON_EXPECTED})",
        )
    loaded = _build(format_name, data if isinstance(data, Mapping) else {}, found, path, tz)
    missed = _unread(data, found)
    if missed:
        where, entry = missed[0]
        said = ", ".join(f"{key}: {value!r}" for key, value in list(entry.items())[:4])
        warning = (
            f"{path}: {len(missed)} entries beside the sessions were not read: no title, or no start and "
            f"end we read (first: {where}, {said})"
        )
        loaded = replace(loaded, warnings=(*loaded.warnings, warning))
    return loaded


def read_json_told_by_keys(
    content: bytes,
    path: Path,
    tz: ZoneInfo | None,
    first_day: date | None,
    *,
    matches: Callable[[Any], bool],
    read_data: Callable[[Any, Path, ZoneInfo | None], Loaded],
) -> Loaded:
    """A JSON format its keys tell (pretalx's, Sessionize's): read as that format when they say
    it is; when the keys misled, by its structure, as a conference's own JSON (dated from
    `first_day` where its days have no dates)."""
    data = parse_json(content, path)
    if not matches(data):
        return read_json_data(data, path, tz, first_day=first_day)
    return read_data(data, path, tz)


# The day a file says its conference starts on, at its top or in its record of the event.
_FIRST_DAY = (
    "startdate",
    "fechainicio",
    "fechadeinicio",
    "datedebut",
    "datededebut",
    "firstday",
    "begindate",
)


def _with_attributes_in_place(data: Any) -> Any:
    """Records whose fields sit in their "attributes" ({"id": 3, "attributes": {"title": …}}, as
    the Strapi CMS serves them, and Camping des Speakers 2023's sessions and speakers) with those
    fields as their own (a field of the record itself wins)."""
    if isinstance(data, list):
        return [_with_attributes_in_place(item) for item in data]
    if not isinstance(data, Mapping):
        return data
    inner = next((value for key, value in data.items() if field_key(key) == "attributes"), None)
    own = {
        key: _with_attributes_in_place(value) for key, value in data.items() if field_key(key) != "attributes"
    }
    if isinstance(inner, Mapping):
        return {**_with_attributes_in_place(inner), **own}
    return own if inner is None else {**own, "attributes": inner}


def _declared_first_day(data: Any) -> date | None:
    """The conference's first day as the file states it ({"evento": {"fechaInicio": "2026-09-23"}},
    ICEA 2026's), for its days given by number or weekday alone ("dia": 2, "Miércoles 23")."""
    if not isinstance(data, Mapping):
        return None
    for record in (data, *(value for value in data.values() if isinstance(value, Mapping))):
        day = parse_date(_text(_field(record, _FIRST_DAY)))
        if day is not None:
            return day
    return None


def _edition_of(data: Any, first_day: date | None) -> Any:
    """Of a file keeping several editions under their years ({"2019": {…}, "2018": {…}}, Agile Day
    Riga's sessions.yml), the one of the first day's year; the whole file otherwise."""
    if first_day is None or not isinstance(data, Mapping):
        return data
    years = [key for key in data if re.fullmatch(r"(?:19|20)\d\d", str(key).strip())]
    if len(years) < 2:
        return data
    return next((data[key] for key in years if str(key).strip() == str(first_day.year)), data)


def _speaker_rows_joined(data: Any) -> Any:
    """Rows of sessions a speaker a row, the session's fields on its first row only and its id on
    each (Sessionize's export of accepted sessions: "Session Id", "Title", …, "FirstName",
    "LastName"): one record a session, with every row's speaker as its speakers."""
    if isinstance(data, Mapping):
        return {key: _speaker_rows_joined(value) for key, value in data.items()}
    if not isinstance(data, list):
        return data
    rows = [_speaker_rows_joined(item) for item in data]
    if not all(isinstance(row, Mapping) for row in rows):
        return rows
    titled: dict[str, dict[str, Any]] = {}
    joined: list[Any] = []
    for row in rows:
        ref = _text(_field(row, _ID))
        person = {key: row[key] for key in row if field_key(key) in (*_FIRST_NAME, *_LAST_NAME)}
        speaker = any(_text(value) for value in person.values())
        if _text(_title(row)):
            record = dict(row)
            if ref and speaker and _fields(row, _START) and not _field(row, _PEOPLE):
                record["speakers"] = [person]
                titled[ref] = record
            joined.append(record)
        elif ref in titled and speaker:
            titled[ref]["speakers"].append(person)
        else:
            joined.append(row)
    return joined


def _unread(data: Any, found: list[_Found]) -> list[tuple[str, Mapping[str, Any]]]:
    """The entries of the lists that hold sessions that were not read as sessions nor hold any
    (a row whose time says "17:40 -->", FEBS Retina in a Dish 2026's): said, never dropped silently."""
    read = {item.where for item in found}
    lists = {item.where.rsplit("[", 1)[0] for item in found if item.where.endswith("]")}
    holding = {where[: end + 1] for where in read for end in range(len(where)) if where[end] == "]"}
    missed: list[tuple[str, Mapping[str, Any]]] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, list):
            for number, item in enumerate(value):
                place = f"{where}[{number}]"
                if where in lists and isinstance(item, Mapping) and place not in holding:
                    missed.append((place, item))
                walk(item, place)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                walk(item, f"{where}.{key}" if where else str(key))

    walk(data, "")
    return missed


# -- finding the records -----------------------------------------------------------------------


def _roomless(record: Mapping[str, Any], within: Mapping[str, Any] | None) -> bool:
    """A record whose room is written empty ("room": ""), in a conference that gives its own room
    (Indico's event room around its timetable, ESSC 2026's walking tour): in no room, not that one."""
    return within is not None and any(
        field_key(key) == "room" and isinstance(item, str) and not item.strip()
        for key, item in record.items()
    )


def _field(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    return next(iter(_fields(record, names)), None)


def _fields(record: Mapping[str, Any], names: tuple[str, ...]) -> list[Any]:
    """The record's values under any of `names`, in their order, the empty ones left out."""
    keys = _keys_by_field(tuple(record))
    values = (record[keys[name]] for name in names if name in keys)
    return [value for value in values if value not in (None, "", [], {})]


@lru_cache(maxsize=1024)
def _keys_by_field(keys: tuple[Any, ...]) -> dict[str, Any]:
    """A record's keys by their field names: a file's records share a few sets of keys, and a large
    one's are asked for a hundred thousand times (DEF CON 32's 1,272 events: 2 s of 3)."""
    return {field_key(key): key for key in keys}


def _fields_named(record: Mapping[str, Any], names: tuple[str, ...]) -> bool:
    """Whether the record has any of `names`, even empty."""
    return not _keys_by_field(tuple(record)).keys().isdisjoint(names)


def _title(record: Mapping[str, Any]) -> Any:
    """The record's title: the first of its title fields that is no flag ("topic": false); where it
    has none, its type written for readers in their languages ({"time": "10:00 - 10:40", "type":
    {"en": "Coffee break", "it": "Coffee break"}}, AIUCD 2025's), not a code ("type": "session")."""
    titles = _fields(record, _TITLE)
    if not titles:
        kinds = _fields(record, _KIND)
        return next((value for value in kinds if isinstance(value, Mapping) and _in_languages(value)), None)
    return next((value for value in titles if not isinstance(value, bool)), None)


def _text(value: Any) -> str:
    """A field's text: a leaf's, an element's own text, the first of a list, a name."""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    if isinstance(value, Mapping):
        if value and _in_languages(value):
            return clean(pick(value, "en"))  # {"en": "Hall B", "fr": "Salle B"}
        return _text(_field(value, _PERSON_NAME))
    return clean(value)


def _in_languages(value: Mapping[Any, Any]) -> bool:
    """Whether every key of a record is a language's code: {"en": "Hall B", "fr": "Salle B"}."""
    return all(isinstance(key, str) and _LANGUAGE_KEY.match(key) for key in value)


def _by_language(value: Any) -> Any:
    """Records that keep their texts in one record per language, as OPass's session.json does
    (COSCUP, SITCON: {"id", "start", "zh": {"title", "description"}, "en": {"title", …}}), with
    each text as one record of its languages: {"title": {"zh": …, "en": …}, …}."""
    if isinstance(value, list):
        return [_by_language(item) for item in value]
    if not isinstance(value, Mapping):
        return value
    record = {key: _by_language(item) for key, item in value.items()}
    languages = {
        key: item
        for key, item in value.items()
        if isinstance(key, str) and _LANGUAGE_KEY.match(key) and isinstance(item, Mapping)
    }
    if not languages or len(languages) == len(value):
        return record  # none, or a record of languages itself ({"en": …, "fr": …})
    texts: dict[str, dict[str, Any]] = {}
    for language, fields in languages.items():
        for name, text in fields.items():
            if isinstance(text, str) and text.strip():
                texts.setdefault(name, {})[language] = text
    for name, by_language in texts.items():
        record.setdefault(name, by_language)
    return record


def _with_rooms_of_their_sessions(data: Any) -> Any:
    """Talks that name the session holding them and no room ("session": "10B" beside "sessions":
    {"10B": {"room": "K2", …}}, Tablå's): each is held in its session's room."""
    if not isinstance(data, Mapping):
        return data
    sessions = next(
        (value for key, value in data.items() if field_key(key) == "sessions" and isinstance(value, Mapping)),
        None,
    )
    if not sessions or not all(isinstance(session, Mapping) for session in sessions.values()):
        return data
    rooms = {
        str(key): room for key, session in sessions.items() if (room := _field(session, _ROOM)) is not None
    }

    def placed(row: Any) -> Any:
        held_in = _text(_field(row, ("session",))) if isinstance(row, Mapping) else ""
        if not held_in or held_in not in rooms or _field(row, _ROOM) is not None:
            return row
        return {**row, "room": rooms[held_in]}

    return {
        key: [placed(row) for row in value] if isinstance(value, list) else value
        for key, value in data.items()
    }


def _with_siblings_joined(data: Any) -> Any:
    """Entries that keep a talk beside the session block holding it and its speakers ({"talk":
    {title, start, end}, "session": {title, room, start, end}, "speakers": […]}, rstudio::conf
    2022's program.json): the talk, in the block's room and track, with those speakers; the block
    is no session of its own."""
    if isinstance(data, list):
        return [_with_siblings_joined(item) for item in data]
    if not isinstance(data, Mapping):
        return data
    records = [value for value in data.values() if _is_record(value)]
    placed = [record for record in records if _field(record, _ROOM) is not None]
    if len(records) == 2 and len(placed) == 1:
        outer = placed[0]
        inner = records[0] if records[1] is outer else records[1]
        if _holds(outer, inner):
            joined = {**inner, "room": _field(outer, _ROOM)}
            if _field(inner, _TRACK) is None:
                joined["track"] = _title(outer)
            people = _field(data, _PEOPLE)
            if people is not None and _field(inner, _PEOPLE) is None:
                joined["speakers"] = people
            return joined
    return {key: _with_siblings_joined(value) for key, value in data.items()}


def _holds(outer: Mapping[str, Any], inner: Mapping[str, Any]) -> bool:
    """Whether one record's times hold another's, as a session block holds its talks."""
    starts = [_moment(_time_text(record, _START)) for record in (outer, inner)]
    ends = [_moment(_text(_field(record, _END))) for record in (outer, inner)]
    match starts, ends:
        case [float() as outer_start, float() as inner_start], [float() as outer_end, float() as inner_end]:
            return outer_start <= inner_start and inner_end <= outer_end
    return False


def _moment(text: str) -> float | None:
    """A start or end as a number to compare with another of the same file's."""
    parsed = (parse_datetime(text) or _zoned_instant(text)) if len(text) > 10 else None
    if parsed is not None:
        return parsed.replace(tzinfo=None).timestamp()
    clock = _clock(text)
    return clock.total_seconds() if clock is not None else None


def _with_parts_by_key(data: Any) -> Any:
    """A file whose sessions list their papers by key, and papers their authors so (Confero, the
    export of conf.researchr.org: "Sessions" with "Items": ["msr-2020-papers/3"], "Items" with
    "Authors": ["tomaskulik"], "People" with "Key" and "Name"): the papers and the people in the
    records, as a file of whole records has them, so that a session's papers are its parts."""
    if not isinstance(data, Mapping):
        return data
    keyed: dict[str, Mapping[str, Any]] = {
        key: row
        for rows in data.values()
        if isinstance(rows, list)
        for row in rows
        if isinstance(row, Mapping) and (key := _text(_field(row, ("key",))))
    }
    if not keyed:
        return data

    def whole(row: Mapping[str, Any], depth: int) -> Mapping[str, Any]:
        if depth == 0:
            return row
        return {
            name: (
                [whole(keyed[key], depth - 1) for key in value]
                if isinstance(value, list)
                and value
                and all(isinstance(key, str) and key in keyed for key in value)
                else value
            )
            for name, value in row.items()
        }

    return {
        name: [whole(row, 2) if isinstance(row, Mapping) else row for row in rows]
        if isinstance(rows, list)
        else rows
        for name, rows in data.items()
    }


def _django_tables(data: Any) -> Any:
    """A Django fixture (`manage.py dumpdata`: a list of {"model": "sked.session", "pk": 7,
    "fields": {…}}, Sunlight Labs' TransparencyCamp 2012) as the tables of a file kept so: its
    records by model ("sessions", "locations"), each with its id, so that a session's "location":
    24 is the location of id 24."""

    def a_record(row: Any) -> bool:
        return isinstance(row, Mapping) and isinstance(row.get("fields"), Mapping) and "model" in row

    if not (isinstance(data, list) and data and all(map(a_record, data))):
        return data
    tables: dict[str, list[dict[str, Any]]] = {}
    for row in data:
        model = str(row["model"]).rsplit(".", 1)[-1]
        tables.setdefault(model + "s", []).append({"id": row.get("pk"), **row["fields"]})
    return tables


def _with_references(data: Any) -> Any:
    """A file kept as tables that refer to each other by ids (EventBoard's exports: "Sessions"
    with a "TimeSlotID" into "Timeslots", "SessionSpeakers" rows joining a "SessionID" to a
    "SpeakerID"), with each record's time slot's times and its speakers' ids in the record, as
    a file of whole records has them. Rooms by id are read as any file's ("LocationID" into
    "Rooms")."""
    if not isinstance(data, Mapping):
        return data
    tables = {
        field_key(name): rows
        for name, rows in data.items()
        if isinstance(rows, list) and rows and all(isinstance(row, Mapping) for row in rows)
    }
    by_id = {
        name: {_text(_field(row, ("id",))): row for row in rows if _field(row, ("id",)) is not None}
        for name, rows in tables.items()
    }
    # Join tables: rows of two ids and nothing else of note ({"SessionID", "SpeakerID"}; the
    # row's own id too: dotnet Cologne's "sessionSpeakerMaps").
    people: dict[str, list[str]] = {}
    for rows in tables.values():
        ids = [key for key in rows[0] if field_key(key).endswith("id") and field_key(key) != "id"]
        if len(ids) == 2 and all(field_key(key) in _ROW_FIELDS or key in ids for key in rows[0]):
            first, second = sorted(ids, key=lambda key: field_key(key) in _PERSON_ID)
            if field_key(second) in _PERSON_ID and field_key(first) == "sessionid":
                for row in rows:
                    people.setdefault(_text(row.get(first)), []).append(_text(row.get(second)))
    if not people and not any(_slot_table(tables, key) for rows in tables.values() for key in rows[0]):
        return data
    sessions = next((name for name in tables if name in ("sessions", "session")), None)

    def whole(name: str, row: Mapping[str, Any]) -> Mapping[str, Any]:
        row = dict(row)
        for key, value in list(row.items()):
            slots = _slot_table(tables, key)
            slot = by_id[slots].get(_text(value)) if slots else None
            if slot is not None:
                row.update({k: v for k, v in slot.items() if field_key(k) in _TIME_FIELDS and k not in row})
        if name == sessions and _text(_field(row, ("id",))) in people:
            row.setdefault("speakers", people[_text(_field(row, ("id",)))])
        return row

    return {
        key: [whole(field_key(key), row) for row in rows] if field_key(key) in tables else rows
        for key, rows in data.items()
    }


# What a join table's rows have besides their two ids (EventBoard's "ModifiedOn", their own id).
_ROW_FIELDS = frozenset(("id", "modifiedon", "createdon", "ukey"))


def _slot_table(tables: Mapping[str, list[Mapping[str, Any]]], key: str) -> str | None:
    """The table of time slots a field refers to by id ("TimeSlotID" → "Timeslots"), if any."""
    name = field_key(key)
    if not name.endswith("id") or name == "id":
        return None
    stem = name[:-2]
    table = next((t for t in (stem + "s", stem) if t in tables), None)
    if table is None or not tables[table] or not _fields(tables[table][0], _START):
        return None
    return table


def _is_record(value: Any) -> bool:
    """A mapping with a title, a start that names a time of day (a date alone is a span's), and
    an end or a duration (a list of times of day, like prayer times, is no programme)."""
    if not isinstance(value, Mapping):
        return False
    title = _title(value)
    if not (_text(title) or isinstance(title, Mapping)):
        return False
    if _slots(value):
        return True
    start = _time_text(value, _START) or _text(_field(value, _DATE))
    if not _names_a_time(start):
        return False
    if _field(value, _END) is not None or _field(value, _DURATION) is not None:
        return True
    pair = _RANGE.match(start)  # "time": "09:30 - 10:15"
    return pair is not None and parse_datetime(start) is None and _clock(pair.group(2)) is not None


def _opens(value: Any, *, alone: bool = False) -> bool:
    """A mapping with a title and a start that names a time of day, and no end or duration: a
    session given by its start alone (the India AI Impact Summit's "time": "9:30 AM"), with a
    room, people or a text, or `alone` among others that are."""
    if not isinstance(value, Mapping) or not _text(_title(value)):
        return False
    if _field(value, _END) is not None or _field(value, _DURATION) is not None:
        return False
    if not (alone or _field(value, _ROOM) or _field(value, _PEOPLE) or _field(value, _DESCRIPTION)):
        return False  # a list of times of day (prayer times) is no programme
    start = _time_text(value, _START)
    a_range = _RANGE.match(start) is not None and parse_datetime(start) is None  # "09:30 - 10:15"
    return bool(start) and _names_a_time(start) and not a_range


def _slots(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The scheduled slots a record lists (pretalx's API), those with a start time; not slots
    that hold sessions of their own (a track's {"name": "Track 1", "slots": [{"start", "end",
    "contents": {"title", "authors"}}]}, Koliseo's agenda, Codemotion Madrid 2017's)."""
    value = _field(record, _SLOTS)
    items = [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, Mapping)]
    # (A slot's room may have a "name": {"room": {"name": "B003"}}, pretalx's API; a talk a "title".)
    held = [inner for item in items for inner in item.values() if isinstance(inner, Mapping)]
    if any(_field(inner, ("title",)) for inner in held):
        return []
    return [item for item in items if _names_a_time(_time_text(item, _START))]


def _time_text(record: Mapping[str, Any], names: tuple[str, ...]) -> str:
    """The text of the first of `names` that holds a full date and time, else of the first
    given: a record may say both ("start_time": "19:30", "start_date": "2022-06-04 19:30:00"),
    and the clock time alone would have to take its date from elsewhere."""
    texts = [text for value in _fields(record, names) if (text := _instant_of_parts(value) or _text(value))]
    return next(
        (text for text in texts if len(text) > 10 and parse_datetime(text) is not None),
        texts[0] if texts else "",
    )


def _date_only(record: Mapping[str, Any], names: tuple[str, ...]) -> date | None:
    """The date one of `names` gives alone, beside a clock time another gives ("Start Date"
    beside "Start Time")."""
    return next(
        (
            day
            for value in _fields(record, names)
            if len(_text(value)) == 10 and (day := parse_date(_text(value)))
        ),
        None,
    )


def _instant_of_parts(value: Any) -> str:
    """An instant given as its parts in UTC, as JavaScript's Date.UTC takes them ("startTime":
    [2019, 6, 18, 8, 50], Tablå's, months from 1 as its "date" beside shows): ISO 8601; "" for
    anything else."""
    if not (isinstance(value, list) and 5 <= len(value) <= 6 and all(type(part) is int for part in value)):
        return ""
    year, month, day, hour, minute = value[:5]
    try:
        return datetime(year, month, day, hour, minute, tzinfo=UTC).isoformat()
    except ValueError:
        return ""


def _names_a_time(text: str) -> bool:
    if _EPOCH.fullmatch(text) or _clock(text) is not None:
        return True
    readers = (parse_datetime, _written_instant, _zoned_instant)
    if len(text) > 10 and any(read(text) is not None for read in readers):
        return True
    return _clock_range(text) is not None


def _records(
    value: Any,
    where: str,
    day: date | None,
    *,
    top: bool = True,
    room: str = "",
    slot: Mapping[str, Any] | None = None,
    within: Mapping[str, Any] | None = None,
    loose: bool = False,
    holder: str = "",
) -> Iterator[_Found]:
    """Every record in `value`, with where it is and the date of its nearest enclosing day. The
    file as a whole is never one: an object with a title and a start is a conference's summary
    (an app's list of conferences), not its programme. Under rooms by name ({"rooms": {"Art
    Theater": [sessions]}}, PonyFest's), a record that names no room is in the one it is under;
    in a time slot ({"start", "end", "sessions": [...]}, US-RSE'26's), one that has no time is
    at the slot's. A record that lasts days and holds records is the conference around them
    (Indico's event with its contributions), not a session."""
    if isinstance(value, list):
        # A row that only says a day ({"type": "day", "time": "Monday, August 21, 2017"},
        # SIGCOMM 2017's program.yml): the rows after it are on that day.
        days = [_day_row(item) for item in value]
        if any(days):
            value, days = _gathered(value, days)
        # Sessions given by their start alone beside others: a title and a start is enough for
        # one among them ("Welcome Remarks" with no speaker nor text, FedGeoDay 2021's).
        loose = sum(1 for item in value if _opens(item)) >= 2
        for number, item in enumerate(value):
            day = days[number] or day
            yield from _records(
                item,
                f"{where}[{number}]",
                day,
                top=False,
                room=room,
                slot=slot,
                within=within,
                loose=loose,
                holder=holder,
            )
        return
    if not isinstance(value, Mapping):
        return
    if not top and slot and not _fields(value, _START) and _is_record({**slot, **value}):
        value = {**slot, **value}
    opens = _opens(value, alone=loose)
    if not top and (_is_record(value) or opens) and not _holds_parallel_sessions(value):
        if not _is_conference(value):
            value = (
                {**value, "room": room}
                if room and not _field(value, _ROOM) and not _roomless(value, within)
                else value
            )
            yield _Found(value, where, day, within, holder)
            return
        within = value
    # A room holding its sessions ({"room": "Arena", "sessions": […]}, a track of DIPS Exchange
    # 2024's schedule.yaml): what it holds is there. Only a "room": a venue's "location" around a
    # whole programme is no session's room.
    if not top and any(isinstance(item, list) for item in value.values()):
        room = _room_name(_field(value, _HOLDING_ROOM)) or room
        # Whatever its list is called, a named entry holding sessions may be their room: kept,
        # and made their room when the file gives none and the entries behave as rooms
        # (`_rooms_from_holders`). Not a day's ({"date", "label": "Workshops", …}).
        label = _field(value, _ROOM_NAME)
        if isinstance(label, str) and label.strip() and _field(value, _DATE) is None:
            holder = clean(label)
    # A day named by its date in words ({"name": "Mon 2 June 2025", "events": […]}, NetSci 2025's).
    named = _text(_title(value))
    own_day = parse_date(_text(_field(value, _DATE))) or parse_date(written_date(named) if named else None)
    times = {key: item for key, item in value.items() if field_key(key) in _TIME_FIELDS and item}
    if _fields(times, _START) and (not named or _holds_parallel_sessions(value)):
        slot = times  # a time slot: what it holds is at its times
    for key, item in value.items():
        if key != TEXT:
            name = f"{where}.{key}" if where else str(key)
            # A day kept under its date ({"2018-09-15": {…}}, PyCon UK 2018's), or its date in words
            # ({"Monday, March 23, 2026": […]}, IEEE SaTML 2026's).
            keyed_day = (
                parse_date(key)
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(key))
                else parse_date(written_date(str(key)))
                if isinstance(item, list | Mapping) and _has_year(str(key))
                else None
            )
            if keyed_day is not None:
                yield from _records(
                    item, name, keyed_day, top=False, room=room, slot=slot, within=within, holder=holder
                )
            elif field_key(key) in (*_ROOM_LIST, *_TRACK_LIST) and _rooms_holding(item):
                # Rooms each with their sessions ({"rooms": [{"name": "Schultz Theatre", "talks":
                # [...]}]}, jekyll-theme-conference's program.yml, CMPD6 2023's).
                for number, held in enumerate(item):
                    yield from _records(
                        held,
                        f"{name}[{number}]",
                        own_day or day,
                        top=False,
                        room=_text(_field(held, _ROOM_NAME)),
                        slot=slot,
                        within=within,
                        holder=holder,
                    )
            elif field_key(key) in _ROOM_LIST and isinstance(item, Mapping) and _by_name(item):
                for room_name, held in item.items():
                    yield from _records(
                        held,
                        f"{name}.{room_name}",
                        own_day or day,
                        top=False,
                        room=room_name,
                        slot=slot,
                        within=within,
                        holder=holder,
                    )
            else:
                yield from _records(
                    item, name, own_day or day, top=False, room=room, slot=slot, within=within, holder=holder
                )


def _holds_parallel_sessions(value: Mapping[str, Any]) -> bool:
    """A time slot that holds sessions in rooms of their own: {"time": "10:40 - 12:30", "type":
    "Oral Presentations", "psessions": [{"title": "1.A", "room": "Aula Magna", "papers": […]},
    {"title": "1.B", "room": "Aula SPA", …}]} (AIUCD 2025's program.yaml): those are the sessions,
    at the slot's times, not talks of one."""
    for key, held in value.items():
        # Not the other sessions it points to (Microsoft's "siblingModules", `_parts`), nor its
        # people, who may say where they are from (iRubyKaigi's speakers' "location": "Belgium").
        if (
            isinstance(held, list)
            and not field_key(key).startswith(_REFERENCES)
            and field_key(key) not in _PEOPLE
        ):
            rooms = {
                _text(_field(item, _ROOM))
                for item in held
                if isinstance(item, Mapping) and _text(_title(item)) and _field(item, _ROOM) is not None
            }
            if len(rooms - {""}) >= 2:
                return True
    return False


def _gathered(items: list[Any], days: list[date | None]) -> tuple[list[Any], list[date | None]]:
    """A list laid out as a printed programme, rows that say a day (`days`) among its rows, whose
    rows with a title and no time follow the timed row they belong to (SIGCOMM 2017's program.yml:
    a day, a session, then its papers and their authors): each such row one of that row's talks.
    Rows that say nothing but a text are left out with them. The rows kept, with their days."""
    gathered: list[Any] = []
    kept_days: list[date | None] = []
    holder: dict[str, Any] | None = None
    for item, day in zip(items, days, strict=True):
        if isinstance(item, Mapping) and holder is not None and day is None and not _time_text(item, _START):
            if _text(_title(item)):
                held = holder.get(_GATHERED)
                holder[_GATHERED] = [*(held if isinstance(held, list) else []), item]
            continue
        if isinstance(item, Mapping) and (_is_record(item) or _opens(item)):
            holder = item = dict(item)
        elif isinstance(item, Mapping):
            holder = None
        gathered.append(item)
        kept_days.append(day)
    return gathered, kept_days


_GATHERED = "talks"  # where the rows gathered under a timed row are kept


def _day_row(item: Any) -> date | None:
    """The day a row of a list says, when it says nothing else: no title, its time a date."""
    if not isinstance(item, Mapping) or _text(_title(item)):
        return None
    said = _text(_field(item, _START)) or _text(_field(item, _DATE))
    if not said or _clock(said) is not None:
        return None
    return parse_date(said) or parse_date(written_date(said))


def _has_year(key: str) -> bool:
    """Whether a key may be a date in words: it has a year ("Monday, March 23, 2026")."""
    return re.search(r"\b(?:19|20)\d{2}\b", key) is not None


def _is_conference(record: Mapping[str, Any]) -> bool:
    """Whether a record lasts more than a day and holds records in its lists: a conference
    around its sessions, where a session holding its talks lasts hours."""
    start = parse_datetime(_time_text(record, _START))
    end = parse_datetime(_time_text(record, _END))
    if start is None or end is None or (start.tzinfo is None) != (end.tzinfo is None):
        return False
    if end - start <= timedelta(days=1):
        return False
    return any(isinstance(held, list) and any(_is_record(item) for item in held) for held in record.values())


def _rooms_holding(value: Any) -> bool:
    """A list of rooms, each named and holding a list of sessions, none a session itself."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(
            isinstance(room, Mapping) and not _is_record(room) and _field(room, _ROOM_NAME) for room in value
        )
        and any(isinstance(held, list) for room in value for held in room.values())
    )


def _by_name(rooms: Mapping[str, Any]) -> bool:
    """Whether an object of rooms holds each room's sessions under its name."""
    return bool(rooms) and all(isinstance(held, list) for held in rooms.values())


def _plain(element: ET.Element) -> Any:
    """An element as plain data (see the module's docstring)."""
    children = list(element)
    if not children and not element.attrib:
        return element.text or ""
    data: dict[str, Any] = {local_name(key): value for key, value in element.attrib.items()}
    repeated: set[str] = set()
    for child in children:
        name, value = local_name(child.tag), _plain(child)
        if name in repeated:
            data[name].append(value)
        elif name in data:
            data[name] = [data[name], value]
            repeated.add(name)
        else:
            data[name] = value
    text = clean(element.text if children else "".join(element.itertext()))
    if text:
        data[TEXT] = text
    return data


# -- one record, one event ---------------------------------------------------------------------


def _build(
    format_name: str, top: Mapping[str, Any], found: list[_Found], path: Path, tz: ZoneInfo | None
) -> Loaded:
    found = _without_strays(found)
    if len(top) == 1 and isinstance(only := next(iter(top.values())), Mapping):
        top = only  # what the file says of itself, inside its one wrapper ({"VCALENDAR": {…}})
    conferences = {id(item.within): item.within for item in found if item.within is not None}
    if len(conferences) == 1 and not (_field(top, _ZONE) or _field(top, _CONFERENCE_TITLE)):
        top = next(iter(conferences.values()))  # the one event the file exports (Indico's)
    # The zone the file names, or the one every record names (Hacker Tracker's events.json).
    zones = {_text(_field(item.record, _ZONE)) for item in found}
    shared = zones.pop() if len(zones) == 1 else ""
    raw = RawSchedule(format=format_name, zone_name=_text(_field(top, _ZONE)) or shared or None)
    title = _field(top, _CONFERENCE_TITLE)
    # Or the name under "event" ({"event": "Goatmire Elixir & NervesConf EU 2026", "days": …},
    # {"evento": {"nombre": …}}).
    raw.title = _text(title) or _text(_field(top, _EVENT_NAME))
    speakers = _speakers(top)
    rooms, raw.room_aliases = _rooms(top)
    # A room the sessions give by the id of the file's list ({"room": "516"} beside {"id": "516",
    # "label": "Room 516"}) is named by its label; the id, which the file uses as a name, is one
    # of its names too ("la 516").
    for item in found:
        said = _room_name(_field(item.record, _ROOM))
        if said in rooms and said != rooms[said] and said not in raw.room_aliases.get(rooms[said], []):
            raw.room_aliases.setdefault(rooms[said], []).append(said)
    found = _with_unnamed_people(_with_unnamed_descriptions([_with_submission(item) for item in found]))
    # Speakers kept apart, under each session's id ({"presenters": {"9": [{"name": …}]}}, the
    # FISL companion app's).
    by_session = _people_of_sessions(top)
    if by_session:
        found = [_with_people(item, by_session) for item in found]
    # A file with no rooms may give them in a field of another name whose every value is a room's
    # code (a Drupal export's "name": "CC-114"), or as tracks; one whose records say they have
    # none ("room": "", Indico's online event) has none.
    if not any(_fields_named(item.record, (*_ROOM, *_ROOM_REF)) for item in found):
        coded = _field_of_room_codes(found)
        if coded:
            found = [
                _Found({**item.record, "room": item.record.get(coded)}, item.where, item.day, item.within)
                for item in found
            ]
    if not any(_fields_named(item.record, (*_ROOM, *_ROOM_REF)) for item in found):
        found = [_with_track_as_room(item) for item in found]
        # Tracks by the id of the file's own list ("track": "A" beside {"tracks": [{"id": "A",
        # "name": "Track A"}]}, JAWS DAYS 2026's): named as the list names them.
        rooms = {**_rooms(top, _TRACK_LIST)[0], **rooms}
    seen: set[tuple[str, datetime]] = set()
    placed: set[tuple[str, str, datetime, str | None]] = set()
    held: list[tuple[RawEvent, str]] = []  # each session with the name of the entry holding it
    for item in found:
        slots = _slots(item.record)
        if not slots:
            event = _event(item, path, speakers, rooms, raw.warnings)
            held.append((event, item.holder))
            # A grid repeats an event in each slot it spans (PyCon UK 2018's "spanned" cells):
            # the same event at the same time in the same room is read once.
            # (Not events of one id that a file gives to all: re:publica's every "id" is 0.)
            repeat = (event.ref, str(event.title), event.start, event.room)
            if not event.ref or repeat not in placed:
                placed.add(repeat)
                raw.events.append(event)
            continue
        # One event per slot; a file that lists a submission under each of its slots (by time,
        # by room) lists the same slots more than once: each is read once.
        for number, slot in enumerate(slots):
            # The slot's time and room; the record's own id, texts and people.
            fields = {key: value for key, value in slot.items() if field_key(key) not in _NOT_FROM_SLOT}
            where = f"{item.where}.slots[{number}]" if len(slots) > 1 else item.where
            in_slot = _Found({**item.record, **fields}, where, item.day)
            event = _event(in_slot, path, speakers, rooms, raw.warnings)
            # Without an id, a session is its title in its room (IGARSS 2025's sessions, each with
            # its "schedule", many at one time).
            same = (event.ref or f"{event.title}|{event.room}", event.start)
            if same not in seen:
                seen.add(same)
                raw.events.append(event)
    if not any(event.room for event in raw.events):
        _rooms_from_holders(held)
    close_open_ended(raw, path)
    return build_programme(raw, path, tz)


# A description's length, on average, in a field no reader knows by name.
_DESCRIPTION_LENGTH = 80


def _with_unnamed_descriptions(found: list[_Found]) -> list[_Found]:
    """Sessions whose file names their abstracts with a word no reader knows ({"notes": "In this
    talk…"}, as WeAreDevelopers 2022's "info" was): where no session has a known description,
    the field of long texts most sessions have is theirs (not a link, nor a speaker's bio)."""
    if any(_field(item.record, _DESCRIPTION) for item in found):
        return found
    texts: dict[str, list[str]] = defaultdict(list)
    titled: Counter[str] = Counter()  # how often a field holds its record's title
    rich: dict[int, dict[str, str]] = {}  # a record's rich-text trees, as text
    for number, item in enumerate(found):
        title = _text(_title(item.record))
        for key, value in item.record.items():
            name = field_key(key)
            tree = _rich_text(value) if isinstance(value, list) else None
            if tree:
                rich.setdefault(number, {})[key] = tree
                value = tree
            if (
                isinstance(value, str)
                and name not in _NAMED
                and "bio" not in name
                and not _LINK.match(value.strip())
            ):
                texts[key].append(value)
                titled[key] += bool(title) and title in value
    # Each session's own text: not what many share (the session a paper is in), nor a blob of
    # all its fields for a site's search (FSE 2026's "searchText" holds its title and room).
    long_texts = [
        (sum(map(len, values)), key)
        for key, values in texts.items()
        if len(values) >= max(2, len(found) // 4)
        and sum(map(len, values)) / len(values) >= _DESCRIPTION_LENGTH
        and len(set(values)) >= 0.5 * len(values)
        and titled[key] < len(values) / 2
    ]
    if not long_texts:
        return found
    _, key = max(long_texts)
    return [
        replace(item, record={**item.record, "description": rich.get(number, {}).get(key, item.record[key])})
        if item.record.get(key)
        else item
        for number, item in enumerate(found)
    ]


def _rich_text(value: Any) -> str | None:
    """The text of a rich-text tree ([{"tag": "p", "children": ["PHP, ça peut…"]}, "\n", …],
    Camping des Speakers 2023's abstracts), paragraphs apart; None for any other list."""
    paragraphs: list[str] = []

    def walk(node: Any) -> bool:
        if isinstance(node, str):
            if paragraphs:
                paragraphs[-1] += node
            else:
                paragraphs.append(node)
            return True
        if isinstance(node, Mapping) and isinstance(node.get("children"), list):
            paragraphs.append("")
            return all(walk(child) for child in node["children"])
        return False

    # (a tree: a list of strings alone is a list of titles or names, APS Summit 2026's "talkTitles")
    if not any(isinstance(node, Mapping) for node in value) or not all(walk(node) for node in value):
        return None
    text = "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip())
    return text or None


# What a field for people is called, inside a longer name: "presenterFullName", "speaker_display".
_PEOPLE_WORDS = (
    "speaker",
    "presenter",
    "author",
    "moderator",
    "instructor",
    "panelist",
    "intervenant",
    "ponente",
)
# … and what such a field may hold besides names: their ids, pictures, links, bios, jobs, employers.
_NOT_NAMES = (
    "id", "photo", "image", "img", "picture", "avatar", "url", "link", "bio", "twitter", "title", "company",
    "affiliation", "organization", "organisation", "job", "role", "email", "slug",
)  # fmt: skip
_NAME_LENGTH = 80  # a name, or a few, written in one field


def _with_unnamed_people(found: list[_Found]) -> list[_Found]:
    """Speakers under a field name no reader knows ({"speakerDisplayName": "Mathias Verraes"}):
    where no session has a known field for people, the field whose name says people and whose
    values are short texts is theirs (not their ids, pictures, links, bios or jobs)."""
    if any(_field(item.record, _PEOPLE) for item in found):
        return found
    counts: Counter[str] = Counter()
    for item in found:
        for key, value in item.record.items():
            name = field_key(key)
            if (
                isinstance(value, str)
                and 0 < len(value.strip()) <= _NAME_LENGTH
                and name not in _NAMED  # a session's "moderator" moderates it (PKC 2020's)
                and any(word in name for word in _PEOPLE_WORDS)
                and not any(word in name for word in _NOT_NAMES)
                and not _LINK.match(value.strip())
            ):
                counts[key] += 1
    if not counts:
        return found
    key, _ = counts.most_common(1)[0]
    return _read_as(found, key, "speakers")


def _read_as(found: list[_Found], key: str, field: str) -> list[_Found]:
    """The records with what they hold under `key` given as their `field` too."""
    return [
        replace(item, record={**item.record, field: item.record[key]}) if item.record.get(key) else item
        for item in found
    ]


def _rooms_from_holders(held: list[tuple[RawEvent, str]]) -> None:
    """Sessions the file gives no room, held in named entries under a name no reader knows
    ({"areas": [{"name": "Techarenan", "sessions": […]}]}): those entries are their rooms when
    they behave as rooms, each holding one session at a time while they run side by side.
    (Entries of a kind of session, "Talks" and "Workshops", hold sessions at the same time; a
    single track's blocks never run side by side.)"""
    by_holder: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for event, holder in held:
        if not holder:
            return
        by_holder[holder].append((event.start, event.end or event.start + (event.duration or timedelta(0))))
    if len(by_holder) < 2:
        return
    try:
        spans = {holder: sorted(times) for holder, times in by_holder.items()}
        if any(end > start for times in spans.values() for (_, end), (start, _) in pairwise(times)):
            return
        flat = sorted((start, end, holder) for holder, times in spans.items() for start, end in times)
    except TypeError:
        return  # naive times beside zoned ones: not compared
    latest, latest_holder = flat[0][1], flat[0][2]
    side_by_side = False
    for start, end, holder in flat[1:]:
        if start < latest and holder != latest_holder:
            side_by_side = True
            break
        if end > latest:
            latest, latest_holder = end, holder
    if side_by_side:
        for event, holder in held:
            event.room = holder


def _without_strays(found: list[_Found]) -> list[_Found]:
    """Records given by their start alone are sessions beside whole ones only in the lists that
    hold whole ones: elsewhere they are the file's other news (DevConf.cz's app data keeps its
    "rss" posts, a title, a time and a text, beside its "sessions")."""
    whole = {_list_of(item) for item in found if _is_record(item.record)}
    if not whole:
        return found
    return [item for item in found if _is_record(item.record) or _list_of(item) in whole]


def _list_of(item: _Found) -> str:
    """Where a record is, without its place in its lists: "days[].timeslots[].events[]"."""
    return re.sub(r"\[\d+\]", "[]", item.where)


def close_open_ended(raw: RawSchedule, path: Path, *, by_slot: bool = False) -> None:
    """The end of each session given by its start alone: the next start in its room that day, at
    most OPEN_ENDED_LENGTH later (said in one warning: the file does not say). `by_slot`: the next
    start in any room, as a grid of time slots is read (a talk lasts until the next slot, the
    break after it included)."""
    open_ended = [event for event in raw.events if event.end is None and event.duration is None]
    if not open_ended:
        return

    def slot_of(event: RawEvent) -> tuple[str | None, date]:
        return (None if by_slot else event.room, event.start.date())

    starts: dict[tuple[str | None, date], list[datetime]] = {}
    for event in raw.events:
        starts.setdefault(slot_of(event), []).append(event.start)
    for event in open_ended:
        later = [start for start in starts[slot_of(event)] if start > event.start]
        longest = event.start + OPEN_ENDED_LENGTH
        event.end = min([*later, longest])
    until = "the next time slot" if by_slot else "the next one in its room"
    raw.warnings.append(
        f"{path}: {len(open_ended)} sessions give a start and no end: each is taken to last until "
        f"{until}, at most {OPEN_ENDED_LENGTH.seconds // 60} minutes (first: {open_ended[0].where})"
    )


def _with_submission(item: _Found) -> _Found:
    """The record with what its nested talk says and it does not: its abstract, its speakers."""
    nested = _field(item.record, _SUBMISSION)
    if not isinstance(nested, Mapping):
        return item
    merged = {**nested, **{k: v for k, v in item.record.items() if v not in (None, "", [])}}
    return replace(item, record=merged, within=None)


def _people_of_sessions(top: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The file's speakers listed under each session's id, when it lists them so."""
    for key, value in top.items():
        by_id = isinstance(value, Mapping) and value and all(isinstance(one, list) for one in value.values())
        if field_key(key) in _PEOPLE and by_id:
            return {str(session): people for session, people in value.items()}
    return {}


def _with_people(item: _Found, by_session: Mapping[str, list[Any]]) -> _Found:
    ref = _text(_field(item.record, _ID))
    if _fields_named(item.record, _PEOPLE) or ref not in by_session:
        return item
    return replace(item, record={**item.record, "speakers": by_session[ref]})


def _field_of_room_codes(found: list[_Found]) -> str | None:
    """The field of no name we know whose every value, in nine records of ten or more, is a room's
    code ("CC-114", "HC-108", "G-103"), two codes at least; not its title (a "name" beside a
    "title" is something else)."""
    counts: dict[str, int] = {}
    values: dict[str, set[str]] = {}
    for item in found:
        title = _title(item.record)
        for key, value in item.record.items():
            if isinstance(value, str) and value != title and _ROOM_CODE.fullmatch(value.strip()):
                counts[key] = counts.get(key, 0) + 1
                values.setdefault(key, set()).add(value.strip())
    for key, count in counts.items():
        if count * 10 >= len(found) * 9 and len(values[key]) >= 2 and field_key(key) not in _KNOWN_FIELDS:
            return key
    return None


_ROOM_CODE = kept(r"[A-Z]{1,4}[-. ]?\d{1,4}[A-Z]?")
# Fields read as something else: a session's code ("code": "B12") is no room.
_KNOWN_FIELDS = frozenset((*_ID, *_TIME_FIELDS, *_DURATION, *_KIND, *_TRACK, *_LANGUAGE, *_DATE))


def _with_track_as_room(item: _Found) -> _Found:
    track = _field(item.record, _TRACK)
    return _Found({**item.record, "room": track}, item.where, item.day) if track else item


def _event(
    found: _Found, path: Path, speakers: Mapping[str, str], rooms: Mapping[str, str], warnings: list[str]
) -> RawEvent:
    record = found.record
    ref = _text(_field(record, _ID))
    where = f"{found.where} {ref!r}" if ref else found.where
    # A start's date and clock time in two fields ("Start Date", "Start Time": Google Calendar's
    # import CSV): the date is the day.
    day = parse_date(_text(_field(record, _DATE))) or _date_only(record, _START) or found.day
    start_text = _time_text(record, _START) or _text(_field(record, _DATE))
    end_text = _time_text(record, _END)
    pair = _clock_range(start_text) if not end_text and parse_datetime(start_text) is None else None
    if pair:
        start_text, end_text = pair  # "time": "09:30 - 10:15"
    start = _instant(start_text, day, path, where, "start")
    end_day = _date_only(record, _END) or start.date()
    end = _instant(end_text, end_day, path, where, "end") if end_text else None
    if end is not None and end < start and _clock(end_text) is not None:
        if start.hour >= 12 and end.hour < 12 and timedelta(0) < end + _HALF_DAY - start <= _LONGEST_SLIP:
            end += _HALF_DAY  # "12:50-01:00": the end on a twelve-hour clock
        elif end + timedelta(days=1) - start <= _LONGEST_NIGHT:
            end += timedelta(days=1)  # a clock time past midnight
        else:
            # "14:00"–"13:50" is a slip, not a session of 23 hours 50: its end is not known.
            warnings.append(f"{path}: {where}: ends at {end_text}, before it starts: its end is not known")
            end = None
    duration = None
    if end is None:
        duration_value = _field(record, _DURATION)
        duration = (
            parse_duration(_text(duration_value), hours_alone=True) if duration_value is not None else None
        )
        if duration is None and duration_value is not None:
            reason = f"duration {_text(duration_value)!r} is not minutes or HH:MM"
            raise ProgrammeError(path, reason, where=where)
        # Neither: its end is found once every session is read (close_open_ended).
    title = _title(record)
    # The talks a session holds ("talks": [{"title", "start", "presenter"}…]): their presenters
    # are the session's people, their titles part of what it is about.
    parts = _parts(record)
    people = _presenters(record, speakers) + _people(_field(record, _CO_SPEAKERS), speakers)
    people += [person for part in parts for person in _presenters(part, speakers)]
    people += _people(_field(record, _DISCUSSANTS), speakers)
    people += [
        replace(person, role=MODERATOR)
        for value in _fields(record, _CHAIRS)
        for person in _people(_ROLE_LABEL.sub("", value) if isinstance(value, str) else value, speakers)
    ]
    # A speaker whose id is the session's own (SQLSaturday's GuidebookXML gives each session's
    # speaker its <importID>) is known by name: the same person across their sessions.
    own_ids = {_text(value) for key, value in record.items() if field_key(key) in _OWN_IDS} - {""}
    people = [replace(person, key=None) if person.key in own_ids else person for person in people]
    return RawEvent(
        ref=ref,
        where=where,
        title=title if isinstance(title, Mapping) and TEXT not in title else _text(title),
        start=start,
        end=end,
        duration=duration,
        room=_room_of(record, rooms),
        kind=map_kind(_text(_field(record, _KIND))),
        description=join_paragraphs(
            *(plain_text(_text_block(record, name)) for name in _DESCRIPTION),
            # A summary beside a title says what the session is about (MiXiT 2023's talks).
            *(
                plain_text(_text_block(record, name))
                for name in _SUMMARY
                if _field(record, (name,)) is not title
            ),
            *(_text(_title(part)) for part in parts),
            # … or given by their titles alone ("talkTitles": [...], the APS summit's planner's).
            *_part_titles(record),
            # and their abstracts (EDAS's papers'): a session is about what its papers are.
            *(plain_text(_text_block(part, name)) for part in parts for name in _DESCRIPTION),
            # and what a field for people says that is no one ("Join other attendees in the
            # social hour", the abstracts DISCAN 2018's schedule gives as its talks' "speakers").
            *(
                clean(value)
                for held in (record, *parts)
                for value in _fields(held, (*_PEOPLE, *_CHAIRS))
                if isinstance(value, str) and _prose(clean(value))
            ),
        ),
        people=people,
        language=_text(_field(record, _LANGUAGE)) or None,
        track=_text(_field(record, _TRACK)),
        cancelled=_cancelled(record),
    )


def _cancelled(record: Mapping[str, Any]) -> bool:
    """ "canceled": true (NICAR 2020's), "cancelled": "yes", "status": "cancelled"."""
    flag = _field(record, _CANCELLED)
    if flag is not None:
        return flag is True or _text(flag).lower() in {"true", "yes", "1"}
    return _text(_field(record, _STATUS)).lower() in {"cancelled", "canceled", "withdrawn"}


def _parts(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The records nested in a record's lists: the talks of a session, with their times, or its
    presentations, each a title and its presenter (MIE 2026's); or the one talk it holds as a
    record ({"title": "Keynote 1", "keynote": {"title", "speaker"}}, IEEE SaTML 2026's)."""

    def part(item: Any) -> bool:
        return isinstance(item, Mapping) and (
            _is_record(item) or (_title(item) is not None and _field(item, _PEOPLE) is not None)
        )

    return [
        item
        for key, value in record.items()
        # Not the other sessions it points to: Microsoft's catalogue lists a module's
        # "siblingModules", sessions of their own with their own speakers.
        if not field_key(key).startswith(_REFERENCES)
        # A list, or an element's repeated children (EDAS's <papers><paper>…</paper>…</papers>).
        for held in ([value] if part(value) else value.values() if isinstance(value, Mapping) else [value])
        for item in (held if isinstance(held, list) else [held] if part(held) and held is value else [])
        if part(item)
    ]


_REFERENCES = ("sibling", "related", "similar", "recommended")


_PART_TITLES = ("talktitles", "papertitles", "talks", "papers", "presentations")


def _part_titles(record: Mapping[str, Any]) -> list[str]:
    """The titles of the talks a session holds, where it lists them as plain texts."""
    held = _field(record, _PART_TITLES)
    if not isinstance(held, list) or not all(isinstance(item, str) for item in held):
        return []
    return [clean(item) for item in held if clean(item)]


def _text_block(record: Mapping[str, Any], name: str) -> str:
    value = _field(record, (name,))
    if isinstance(value, Mapping):
        if value and _in_languages(value):  # (TEXT is no language's code)
            return pick(value, "en")  # {"zh": …, "en": …}
        return str(value.get(TEXT) or "")
    return "" if value is None or isinstance(value, list) else str(value)


# Seconds since 1970, or milliseconds (Google I/O's "startTimestamp": 1557277200000), UTC.
_EPOCH = kept(r"\d{10}(?:\d{3})?")


def _instant(text: str, day: date | None, path: Path, where: str, name: str) -> datetime:
    if _EPOCH.fullmatch(text):
        return datetime.fromtimestamp(int(text) / (1000 if len(text) == 13 else 1), UTC)
    parsed = parse_datetime(text) or _written_instant(text) or _zoned_instant(text)
    if parsed is not None and len(text) > 10:
        return parsed
    zoned = _zoned_clock(text)
    if zoned is not None and day is not None:
        return datetime.combine(day, datetime.min.time(), tzinfo=zoned[1]) + zoned[0]
    clock = _clock(text)
    if clock is not None and day is not None:
        return datetime.combine(day, datetime.min.time()) + clock
    reason = f"{name} {text!r} is not a date and time"
    if clock is not None:
        reason = (
            f"{name} {text!r} is a time with no date (no date in the entry nor around it): give the "
            "conference's first day (--first-day, PROGRAMME_FIRST_DAY)"
        )
    raise ProgrammeError(path, reason, where=where)


def _written_instant(text: str) -> datetime | None:
    """A date in words and a clock time: "13 Apr 2023 10:40 AM" (Sessionize's export of accepted
    sessions), "April 13, 2023 2:30 PM"."""
    found = _DATE_THEN_CLOCK.match(text.strip())
    if found is None:
        return None
    day, clock = written_date(found.group(1)), _clock(found.group(2))
    if day is None or clock is None:
        return None
    return datetime.combine(date.fromisoformat(day), datetime.min.time()) + clock


_DATE_THEN_CLOCK = kept(r"^(.*?)\s+(\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)$", re.IGNORECASE)


def _clock_range(text: str) -> tuple[str, str] | None:
    """The start and end of a range of clock times ("09:30 - 10:15", "1-2:30pm"), else None."""
    pair = _RANGE.match(text)
    if pair is None:
        return None
    first, second = _shared_meridiem(pair.group(1), pair.group(2))
    return (first, second) if _clock(first) is not None and _clock(second) is not None else None


def _shared_meridiem(first: str, second: str) -> tuple[str, str]:
    """A range whose "am" or "pm" is written once, at its end ("12-1pm", "1:30-2:15pm",
    "10:30-11:30am", SRCCON 2016's): the start's too, unless that puts it after the end
    ("11-1pm" starts at 11 in the morning)."""
    end = _CLOCK.match(second.strip())
    if end is None or not end.group(4) or _MERIDIEM.search(first):
        return first, second
    for meridiem in (end.group(4), "p" if end.group(4).lower() == "a" else "a"):
        start, finish = _clock(f"{first.strip()}{meridiem}m"), _clock(second)
        if start is not None and finish is not None and start < finish:
            return f"{first.strip()}{meridiem}m", second
    return first, second


_MERIDIEM = kept(r"[ap]\.?m\.?\s*$", re.IGNORECASE)


# An hour written the French way with no minutes: "12h", "9 h" (EISS's programmes).
_HOUR_ALONE = kept(r"^(\d{1,2})\s*h$", re.IGNORECASE)


# A clock time with its zone's abbreviation ("10:00 EDT", "07:30 IST", R/Pharma GenAI Day's
# schedule.yml): the offsets of the abbreviations conference sites write (IST is India's).
_ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "IST": 330, "SGT": 480, "HKT": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
    "NZST": 720, "NZDT": 780, "BRT": -180, "ART": -180,
}  # fmt: skip
_ZONED = kept(r"^(.*\d(?:\s*[ap]\.?m\.?)?)\s+(" + "|".join(_ZONE_OFFSETS) + r")$", re.IGNORECASE)


# A date and time, then its zone's abbreviation, a "Z" before it or not: rstudio::conf 2022's
# "2022-07-28T15:20:00ZEDT" (its "start_local" says 03:20 PM: the abbreviation names the zone).
_ZONED_INSTANT = kept(
    r"^(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?)Z?\s*(" + "|".join(_ZONE_OFFSETS) + r")$", re.IGNORECASE
)


def _zoned_instant(text: str) -> datetime | None:
    zoned = _ZONED_INSTANT.match(text.strip())
    if zoned is None:
        return None
    written = datetime.fromisoformat(zoned.group(1).replace(" ", "T"))
    return written.replace(tzinfo=_zone_named(zoned.group(2)))


def _zoned_clock(text: str) -> tuple[timedelta, timezone] | None:
    """A clock time and the fixed zone its abbreviation names, else None."""
    zoned = _ZONED.match(text.strip())
    clock = _clock(zoned.group(1)) if zoned else None
    if zoned is None or clock is None:
        return None
    return clock, _zone_named(zoned.group(2))


def _zone_named(abbreviation: str) -> timezone:
    """The fixed zone a zone's abbreviation names ("EDT": UTC−4)."""
    return timezone(timedelta(minutes=_ZONE_OFFSETS[abbreviation.upper()]))


def _clock(text: str) -> timedelta | None:
    zoned = _ZONED.match(text.strip())
    if zoned is not None:
        text = zoned.group(1)
    match = _CLOCK.match(_HOUR_ALONE.sub(r"\1:00", text.strip()))
    if not match:
        return None
    hours, minutes, seconds = (int(group or 0) for group in match.groups()[:3])
    meridiem = (match.group(4) or "").lower()
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem == "p" else 0)
    elif match.group(2) is None:
        return None  # a bare number is not a time
    if hours > 30 or minutes >= 60 or seconds >= 60:
        return None
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _people(value: Any, speakers: Mapping[str, str]) -> list[RawPerson]:
    """Speakers as a list of names or of people (a dict with a name, an element with an id), or
    of ids of the file's own list of speakers."""
    if value is None:
        return []
    inner = [item for key, item in value.items() if key != TEXT] if isinstance(value, Mapping) else []
    if inner and all(isinstance(item, Mapping | list) for item in inner):
        # A container: <speakers><speaker id="1"><name>…</name></speaker></speakers>. A person
        # whose name is empty is a person still, left out, not a container of names.
        return [person for item in inner for person in _people(item, speakers)]
    items = value if isinstance(value, list) else [value]
    lines = [line for line in value.splitlines() if line.strip()] if isinstance(value, str) else []
    # One a line, each with where they work: "Sandrine ROUDAUT, Co Founder @Alternité\n" (Web2Day
    # 2018's CSV); not a name broken in two ("Santiago\nSuarez Ordonez", Selenium Conf 2012's).
    lined = "\n" in str(value).rstrip(" ") and bool(lines) and all("," in line for line in lines)
    if lined:
        items = lines
    # A list of people each written "Name, where they work" (the India AI Impact Summit's).
    affiliated = (len(items) >= 2 or lined) and all(isinstance(item, str) and "," in item for item in items)
    people: list[RawPerson] = []
    for item in items:
        if isinstance(item, bool):
            continue  # "presenter": true is whether a paper's author presents it, not a name
        if isinstance(item, Mapping):
            key = _person_key(item)
            name = _person_name(item) or speakers.get(key or "", "")
            named = _names(name) if name else []
            if len(named) > 1 and all(_PLAIN_NAME.fullmatch(one) for one in named):
                # One entry for two people ("Valter Minute & Stefan Eichenberger", Qt World Summit
                # 2019's): each is a person, found by their own name.
                people.extend(
                    RawPerson(name=one, key=f"{key}-{n}" if key else None) for n, one in enumerate(named)
                )
            else:
                people.append(RawPerson(name=name, key=key))
        elif _prose(clean(item)):
            continue  # a sentence in a field for people: what the session is about (`_event`)
        elif clean(item) in speakers:
            people.append(RawPerson(name=speakers[clean(item)], key=clean(item)))
        elif not re.fullmatch(r"[\d\W_]*", clean(item)):  # an id we cannot name is no name
            people.extend(RawPerson(name=name) for name in _names(clean(item), affiliated=affiliated))
    return [person for person in people if person.name]


def _presenters(record: Mapping[str, Any], speakers: Mapping[str, str]) -> list[RawPerson]:
    """Who gives a session: its people's field, else the people its subtitle says it is by ("by
    Antonio Orvieto (ELLIS Institute Tübingen)", ML in PL 2025's agenda)."""
    said = _field(record, _PEOPLE)
    people = _people(said, speakers)
    if people:
        # "Session Chair: Kathryn Cunningham (Northwestern University, USA)" among a session's
        # presenters (SIGCSE 2022's): that person, chairing.
        return [
            replace(person, name=_ROLE_LABEL.sub("", person.name), role=MODERATOR)
            if _ROLE_LABEL.match(person.name)
            else person
            for person in people
        ]
    # A talk's row of a call for papers' export, its speaker's details beside it: "name", "bio",
    # "avatar", "twitter" and "title" (PyConES 2018's talks.csv): the name is the speaker's.
    if names_its_speaker(record):
        return _people(_field(record, ("name",)), speakers)
    by = BY_LINE.fullmatch(_text(_field(record, _SUBTITLE)))
    if by:
        return _people(by.group("names"), speakers)
    # Its speaker written as its title, its abstract as its speakers ("title": "Martin Kleppmann:
    # University of Cambridge, UK", "speakers": "Abstract: This talk…", DISCAN 2018's): the
    # file's two fields swapped.
    named = _NAME_BEFORE_WHERE.fullmatch(_text(_title(record)))
    if isinstance(said, str) and _prose(clean(said)) and named:
        return [RawPerson(name=named.group("name"), affiliation=clean(named.group("where") or ""))]
    return []


# "Martin Kleppmann: University of Cambridge, UK", "Mahmoud Ismail, Logical Clocks & KTH": two to
# four words of a name, then where they work.
_NAME_BEFORE_WHERE = kept(
    r"(?P<name>[A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+){1,3})(?:\s*[:,]\s*(?P<where>.+))?"
)
_SUBTITLE = ("subtitle",)
_SUMMARY = ("summary",)  # a title where there is no other (_TITLE), else a description
# Every field a reader knows by name, for what the file writes elsewhere.
_NAMED = frozenset(
    (*_KNOWN_FIELDS, *_TITLE, *_ROOM, *_ROOM_REF, *_PEOPLE, *_DESCRIPTION, *_SUMMARY, *_CHAIRS, *_SLOTS)
)
_SPEAKER_DETAILS = frozenset(("bio", "biography", "avatar", "twitter", "photo", "headshot", "speakerbio"))


def names_its_speaker(fields: Iterable[str]) -> bool:
    """Whether a record's (or a spreadsheet's columns') "name" is its speaker's: beside a "title"
    and details only a person has."""
    keys = {field_key(key) for key in fields}
    return "name" in keys and "title" in keys and not keys.isdisjoint(_SPEAKER_DETAILS)


def speaker_detail(key: str) -> bool:
    return field_key(key) in _SPEAKER_DETAILS


def _prose(text: str) -> bool:
    """A sentence, not names: eight words or more, most of them in lower case, the particles of
    names aside ("María de la Cruz y de los Santos" is a name)."""
    said = text.split()
    lowered = [word for word in said if word[:1].islower() and word not in _NAME_PARTICLES]
    return len(said) >= 8 and len(lowered) > 0.6 * len(said)


_NAME_PARTICLES = frozenset(
    ("de", "del", "la", "las", "los", "y", "e", "van", "der", "den", "von", "zu", "da", "di", "du", "le",
     "des", "dos", "do", "bin", "al", "el", "ter", "ten", "and", "et", "und")
)  # fmt: skip


# A person's name as plainly written: two words or more of letters ("JPMorgan Chase & Co. (Sponsor)"
# is one entry, a sponsor's).
_PLAIN_NAME = kept(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)+")


def _person_key(item: Mapping[str, Any]) -> str | None:
    return _text(_field(item, _ID)) or _text(_field(item, _PERSON_ID)) or None


def _person_name(item: Mapping[str, Any]) -> str:
    """A person's name, or their first and last names ({"first": "Diana", "last": "Fuentes"}), also
    inside their name (EDAS's <name><givenname/><surname/></name>)."""
    named = _field(item, _PERSON_NAME)
    if isinstance(named, Mapping) and (_field(named, _FIRST_NAME) or _field(named, _LAST_NAME)):
        return _person_name(named)
    first = _text(_field(item, _FIRST_NAME))
    last = _text(_field(item, _LAST_NAME))
    name = _text(named)
    if first and last and name == f"{last}, {first}":
        return f"{first} {last}"  # Indico's "fullName": "Peres, Martin", as people say it
    # A French "nom" beside its "prénom" is the family name; a Spanish "nombre" beside its
    # "apellidos" the given name.
    if name and first and not last and first not in name:
        return f"{first} {name}"
    if name and last and not first and last not in name:
        return f"{name} {last}"
    return name or clean(f"{first} {last}")


def _room_of(record: Mapping[str, Any], rooms: Mapping[str, str]) -> str:
    """A record's room: named, or by an id of the file's own list of rooms ({"room_id": "main"},
    or {"room": "AU"} where the list names "AU")."""
    named = _room_name(_field(record, _ROOM))
    return rooms.get(named, named) if named else rooms.get(_text(_field(record, _ROOM_REF)), "")


def _rooms(
    top: Mapping[str, Any], lists: tuple[str, ...] = _ROOM_LIST
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The file's own list of rooms: their names by id ({"rooms": [{"id", "label"}]}), and the
    other names it gives them ({"nickname": "Levante"}) by name."""
    found: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for key, value in top.items():
        if field_key(key) not in lists:
            continue
        # A list of rooms with their ids, or rooms keyed by their ids ({"530": {"name": …}}, CloudLand's).
        listed = value if isinstance(value, list) else []
        keys: list[str] = []  # the key each is kept under, beside the id it gives itself
        if isinstance(value, Mapping) and value and all(isinstance(item, Mapping) for item in value.values()):
            listed = [{"id": room_key, **item} for room_key, item in value.items()]
            keys = [str(room_key) for room_key in value]
        for number, item in enumerate(listed):
            if isinstance(item, Mapping):
                room_id, name = _text(_field(item, _ID)), _room_name(item)
                if room_id and name:
                    found[room_id] = name
                # {"petite_salle": {"id": 1, "name": "Petite Salle"}}: sessions say "petite_salle"
                # (Camping des Speakers 2023's).
                if keys and name:
                    found.setdefault(keys[number], name)
                # A name or a list of names.
                said = [one for alias in _fields(item, _ROOM_ALIAS) for one in as_list(alias) or [alias]]
                others = [text for text in map(_text, said) if text]
                if name and others:
                    aliases[name] = others
    return found, aliases


def _room_name(value: Any) -> str:
    """A room's name, given as text or as a record of the room; a link is none ("location":
    "/papers.html?session=1", MiniConf's calendar of ISMIR 2024)."""
    translated = isinstance(value, Mapping) and _in_languages(value)  # {"en": "Hall B", "fr": "Salle B"}
    if isinstance(value, Mapping) and not translated:
        return _room_name(_field(value, _ROOM_NAME))
    name = _text(value)
    return "" if _LINK.match(name) else name


_LINK = kept(r"(?:https?://|/)\S*$")


def _speakers(top: Mapping[str, Any]) -> dict[str, str]:
    """The file's own list of speakers by id ({"speakers": [{"id", "name"}]}), which sessions
    may refer to by id alone."""
    found: dict[str, str] = {}
    for key, value in top.items():
        if field_key(key) not in _PEOPLE:
            continue
        items = list(value.items()) if isinstance(value, Mapping) else list(enumerate(as_list(value)))
        for number, item in items:
            if isinstance(item, Mapping):
                person_id = _text(_field(item, _ID)) or (str(number) if isinstance(value, Mapping) else "")
                name = _person_name(item)
                if person_id and name:
                    found[person_id] = name
    return found


def _names(text: str, *, affiliated: bool = False) -> list[str]:
    """ "Ana Gil, Bo Li & Cy Wu" is three people; "Gil, Ana" is one. In a list whose people each
    follow their name with where they work (`affiliated`), "Narayanan Ramaswamy, KPMG" is one."""
    if ";" in text or " of " in re.sub(r"\([^()]*\)", "", text):
        # "Aaron Kessler of CNN; Olga Pierce of University of Nebraska" (NICAR 2019's scraper):
        # each one's name, where every one says where they work.
        listed = [part.strip() for part in text.split(";") if part.strip()]
        # (not "of" in brackets: "Scott J. Reckinger (University of Illinois Chicago)")
        bare = [re.sub(r"\([^()]*\)", "", part) for part in listed]
        if all(" of " in part and "," not in part.split(" of ", 1)[0] for part in bare):
            return [part.split(" of ", 1)[0].strip() for part in bare]
        if len(listed) > 1:
            return [name for part in listed for name in _names(part, affiliated=affiliated)]
    # (a degree after a name is no one: "Arkadiusz Trawiński, PhD, Joost Göbbels" is two people)
    parts = [part.strip() for part in _NAME_SEPARATORS.split(text) if part.strip() and not is_degree(part)]
    if not parts:
        return []
    if affiliated and len(parts[0].split()) >= 2:
        return [parts[0]]
    # (a name in Chinese or Japanese script has no space: "胡渊鸣&张爱玲" is two people)
    if len(parts) > 1 and all(" " in part or dense(part) for part in parts):
        return parts
    # User names, not "Surname, First": "bear454, BryanLunduke", "bdale, keithp" (LinuxFest
    # Northwest 2017's) are two people each.
    # ("Bobdude0 and friends" is one entry: "and" joins words too.)
    by_commas = "," in text or "&" in text
    if (
        by_commas
        and len(parts) > 1
        and all(" " not in part for part in parts)
        and any(map(_USER_NAME.fullmatch, parts))
    ):
        return parts
    return [text] if text else []


# Between names, not inside brackets: "Monika Henzinger (Institute of Science and Technology
# Austria)" is one.
# "Pablo Galindo y Victor Terrón" (PyConES 2018's): "y", "et", "und", "e" before a capital only,
# as "María de la Cruz y de los Santos" is one name.
# "李枫 / 吕绍刚 / 张晋涛" (PyCon China 2021's panels): a slash between spaces too.
_NAME_SEPARATORS = kept(r"(?:,|&| and | / | (?:y|et|und|e) (?=[A-ZÀ-ÖØ-Þ]))(?![^()]*\))")


# A user name: with a digit, all in lower case, or words run together ("BryanLunduke").
_USER_NAME = kept(r"\w*\d\w*|[a-z][a-z0-9_.]*|[A-Z][a-z]+(?:[A-Z][a-z]+)+")


# -- describing what a file holds, for refusals ------------------------------------------------


def _xml_shape(root: ET.Element) -> str:
    """The file's main branch: the most common child name at each level, e.g. <day><entry>."""
    names: list[str] = []
    level = [root]
    for _ in range(3):
        counts = Counter(local_name(child.tag) for element in level for child in element)
        if not counts:
            break
        name = counts.most_common(1)[0][0]
        names.append(f"<{name}>")
        level = [child for element in level for child in element if local_name(child.tag) == name]
    return "".join(names) if names else "nothing"


def _json_shape(data: Any) -> str:
    if isinstance(data, Mapping):
        keys = list(data)[:6]
        listed = ", ".join(repr(str(key)) for key in keys) + (", …" if len(data) > 6 else "")
        return f"an object with keys {listed}" if keys else "an empty object"
    if isinstance(data, list):
        return f"a list of {len(data)} item{'s' if len(data) > 1 else ''}" if data else "an empty list"
    return f"a single {type(data).__name__} value"
