"""From what a reader found in a file to the programme model, the same way for every format.

A reader fills a `RawSchedule` with `RawEvent`s as the file gives them (times aware or naive,
names as written, the file's own ids); `build_programme` then settles the time zone, makes
stable ids for rooms, people and sessions, works out the programme days, and validates with
`check_programme(strict=False)`: oddities in another tool's export are warnings, not refusals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from rapidfuzz.distance import OSA

from bot.i18n import LANGUAGES
from bot.programme.errors import ProgrammeError
from bot.programme.importers.common import (
    clean,
    join_paragraphs,
    map_language,
    most_common,
    slugify,
    text_of,
    unique_ids,
)
from bot.programme.kinds import KIND_NAMES, SessionKind
from bot.programme.model import (
    MODERATOR,
    Conference,
    Person,
    Programme,
    Role,
    Room,
    Session,
    Text,
)
from bot.programme.reader import Loaded
from bot.programme.validate import check_programme
from bot.understand.language import written_in
from bot.understand.patterns import kept
from bot.understand.text import fold, words
from bot.understand.vocabulary import HONORIFICS

DAY_CHANGE_DEFAULT = timedelta(hours=4)
# Pentabarf files say <day_change>09:00:00</day_change> as a display hint; taken literally it
# would move an 08:30 breakfast to the next day, and make the bot think it is still yesterday
# at 08:00. No programme has sessions between 06:00 and 09:00 that belong to the night before.
DAY_CHANGE_LATEST = timedelta(hours=6)
UNTITLED = "(untitled)"
# From this many sessions, a file with no room or no speaker at all is worth a warning.
UNPLACED_AFTER = 10
# How far from the others a session's date may be before the check asks whether it is a slip.
FAR_DAYS = 60
# Abbreviations files give for a zone ("timezone": "JST") that name one zone only; the ambiguous
# ones (IST, CST, BST) are left out, as are those ZoneInfo knows itself (CET, EST).
ZONE_ABBREVIATIONS = {
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "CEST": "Europe/Paris",
    "EEST": "Europe/Athens",
    "WEST": "Europe/Lisbon",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "EDT": "America/New_York",
    "MDT": "America/Denver",
}


@dataclass(frozen=True, slots=True)
class RawPerson:
    """A person as an event lists them: the name as written and the file's id for them, if any
    (the id only tells two people with the same name apart, and one person across events)."""

    name: str
    key: str | None = None
    role: str = "speaker"
    affiliation: str = ""  # where they work, when the file writes it beside their name


@dataclass(slots=True)
class RawEvent:
    """One event as the file gives it. `start`/`end` may be naive: local time in the zone the
    programme turns out to have. Give `end` or `duration` (elapsed time, DST-proof)."""

    ref: str
    where: str
    title: object
    start: datetime
    end: datetime | None = None
    duration: timedelta | None = None
    room: str | None = None
    kind: SessionKind = SessionKind.TALK
    description: str = ""
    people: Sequence[RawPerson] = ()
    language: str | None = None
    cancelled: bool = False
    track: str = ""  # the track, stream or devroom, as the file names it


@dataclass(slots=True)
class RawSchedule:
    """Everything a reader found: events, and what the file says about the conference."""

    format: str
    events: list[RawEvent] = field(default_factory=list)
    title: object = None
    acronym: str = ""
    zone_name: str | None = None
    language: str | None = None
    days: list[date] = field(default_factory=list)
    day_bounds: list[tuple[datetime, datetime]] = field(default_factory=list)
    day_change: timedelta | None = None
    rooms: list[str] = field(default_factory=list)
    # A room's other names the file gives (MIE 2026's "nickname": Room 4 is "Levante").
    room_aliases: dict[str, list[str]] = field(default_factory=dict)
    city: str = ""
    venue: str = ""
    warnings: list[str] = field(default_factory=list)


WRITTEN_IN_EVENTS = 300  # the events whose texts say the programme's language: enough, and quick


def build_programme(raw: RawSchedule, path: Path, tz: ZoneInfo | None) -> Loaded:
    """The programme, with warnings; or ProgrammeError if the file cannot be one."""
    if not raw.events:
        raise ProgrammeError(path, f"no events in the file ({raw.format}): nothing to load")
    _read_people(raw.events)
    builder = _Builder(raw, path)
    zone = builder.zone(tz)
    language = (
        map_language(raw.language)
        or most_common(map_language(event.language) for event in raw.events)
        # A file that does not say: what its texts are written in (BDX I/O's French JSON).
        or written_in(
            text
            for event in raw.events[:WRITTEN_IN_EVENTS]
            for text in (event.title, event.description)
            if isinstance(text, str)
        )
        or "en"
    )
    day_change = builder.day_change(zone)
    rooms = builder.rooms()
    people = builder.people()
    sessions = builder.sessions(zone, language)
    days = builder.days({_programme_day(session.start, zone, day_change) for session in sessions}, zone)
    conference = Conference(
        id=slugify(clean(raw.acronym) or clean(_first(raw.title)) or path.stem, "conference"),
        name=text_of(raw.title, language) or Text.of(clean(raw.acronym) or path.stem, language),
        timezone=zone,
        default_language=language,
        days=tuple(days),
        languages=_languages(language, sessions),
        city=clean(raw.city),
        venue=clean(raw.venue),
        day_change=day_change,
    )
    programme = Programme(conference, rooms, people, sessions)
    wheres = builder.session_wheres

    def locate(session: Session) -> tuple[int | None, str]:
        return None, wheres.get(session.id, f"session[{session.id}]")

    builder.warn_if_unplaced(sessions, people)
    builder.warn_if_far(sessions, zone)
    warnings = [*builder.warnings, *check_programme(programme, locate, path, strict=False)]
    return Loaded(programme=programme, format=raw.format, warnings=tuple(warnings))


class _Builder:
    def __init__(self, raw: RawSchedule, path: Path) -> None:
        self.raw = raw
        self.path = path
        self.warnings = list(raw.warnings)
        self.session_wheres: dict[str, str] = {}
        self._room_ids: dict[str, str] = {}
        self._person_ids: dict[tuple[str, str], str] = {}

    @cached_property
    def _sessions_by_room_key(self) -> Counter[str]:
        """How many of the file's sessions each spelling of a room holds (by its key)."""
        return Counter(_room_key(room_name(event.room)) for event in self.raw.events)

    def warn(self, where: str, reason: str) -> None:
        self.warnings.append(f"{self.path}: {where}: {reason}")

    def _floating(self) -> RawEvent | None:
        """The first event with a time that carries no offset (a clock time alone), if any."""
        return next(
            (
                event
                for event in self.raw.events
                if event.start.utcoffset() is None
                or (event.end is not None and event.end.utcoffset() is None)
            ),
            None,
        )

    def warn_if_unplaced(self, sessions: Sequence[Session], people: Sequence[Person]) -> None:
        """A programme of many sessions with no room or no speaker at all: the file may name them
        where its reader does not look (IRE 2025's {"room": {"room_name": …}} was read as none)."""
        if len(sessions) < UNPLACED_AFTER:
            return
        if not any(session.room_id for session in sessions):
            self.warn("rooms", f"none of the {len(sessions)} sessions has a room: no room will be found")
        if not people:
            self.warn("people", f"none of the {len(sessions)} sessions names a speaker: no one will be found")

    def warn_if_far(self, sessions: Sequence[Session], zone: ZoneInfo) -> None:
        """A session dated far from all the others, a slip of its year or month ("0216-08-30" in
        the European Forum Alpbach 2016's data): loaded as written, and said."""
        dated = [(session.start.astimezone(zone).date(), session) for session in sessions]
        dates = sorted(day for day, _ in dated)
        middle = dates[len(dates) // 2]
        far = [(day, session) for day, session in dated if abs((day - middle).days) > FAR_DAYS]
        if far and len(far) * 10 < len(sessions):
            near = [day for day in dates if abs((day - middle).days) <= FAR_DAYS]
            first, session = far[0]
            self.warn(
                self.session_wheres.get(session.id, f"session[{session.id}]"),
                f"dated {first}, far from the others ({near[0]} to {near[-1]}): a slip in its date?"
                + (f" ({len(far)} such sessions)" if len(far) > 1 else ""),
            )

    # -- time ------------------------------------------------------------------------------

    def zone(self, tz: ZoneInfo | None) -> ZoneInfo:
        """The file's own zone wins (as in our TOML); --tz fills in for a file without one."""
        name = clean(self.raw.zone_name)
        if name:
            try:
                named = self._zone_of_offsets(ZoneInfo(ZONE_ABBREVIATIONS.get(name.upper(), name)))
            except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
                self.warn("time zone", f"{name!r} is not a time zone we know; ignored")
            else:
                if tz is None or named.key not in _UTC_NAMES or self._floating() is not None:
                    return named
                # An export that names UTC (Sched's iCalendar, X-WR-TIMEZONE:UTC) whose times are
                # all instants: the venue's zone, --tz, tells the clock attendees read.
                self.warn("time zone", f"the file names {name!r}; its times shown in {tz.key}, as --tz says")
                return tz
        if tz is not None:
            return tz
        floating = self._floating()
        if floating is not None:
            raise ProgrammeError(
                self.path,
                "times carry no time zone and the file names none: pass --tz ZONE "
                "(e.g. --tz Europe/Brussels)",
                where=floating.where,
            )
        offsets = {e.start.utcoffset() for e in self.raw.events}
        offsets |= {e.end.utcoffset() for e in self.raw.events if e.end is not None}
        if len(offsets) == 1:
            offset = next(iter(offsets))
            assert offset is not None
            fixed = _fixed_zone(offset)
            if fixed is not None:
                # Right for the conference's own dates unless they span a DST change.
                self.warn(
                    "time zone",
                    f"the file names no time zone, only the offset {_offset(offset)}: "
                    f"using {fixed.key}; pass --tz ZONE to give the real one",
                )
                return fixed
        labels = ", ".join(sorted(_offset(o) for o in offsets if o is not None))
        raise ProgrammeError(
            self.path,
            f"the file names no time zone and its times carry offsets ({labels}): "
            "pass --tz ZONE (e.g. --tz Europe/Brussels)",
        )

    def _zone_of_offsets(self, named: ZoneInfo) -> ZoneInfo:
        """The zone the file names, unless its times are written with another offset. A time
        with an offset is an instant whatever the zone says, so the offsets are followed; when
        every time (UTC ones aside: many tools write those) has one other offset, its local times
        are that offset's, and the programme is shown in a zone that has it. Said once."""
        written = [
            (event, instant)
            for event in self.raw.events
            for instant in (event.start, event.end)
            if instant is not None and instant.utcoffset() not in (None, timedelta(0))
        ]
        other = [(e, i) for e, i in written if i.utcoffset() != i.astimezone(named).utcoffset()]
        if not other:
            return named
        offsets = sorted({offset for _, i in other if (offset := i.utcoffset()) is not None})
        labels = ", ".join(_offset(offset) for offset in offsets)
        example = other[0][0].where
        zone = None
        if len(other) == len(written) and len(offsets) == 1:
            zone = _zone_with_offset(offsets[0], [instant for _, instant in written])
        self.warn(
            "time zone",
            f"the file names {named.key} but {len(other)} of its times are written with another "
            f"offset ({labels}; first: {example}): the times are read by their offsets, "
            f"shown in {(zone or named).key}",
        )
        return zone or named

    def days(self, event_days: set[date], zone: ZoneInfo) -> list[date]:
        """The programme days: the file's own list when its events fall on those days (it may
        list a day with no events); else the events' local days, with the file's days between
        them, and a warning. A file that writes each <day date> in UTC lists days one early
        for a conference east of Greenwich."""
        listed = set(self.raw.days)
        if not listed:
            return sorted(event_days)
        if event_days <= listed:
            return sorted(listed)
        first, last = min(event_days), max(event_days)
        days = sorted(event_days | {day for day in listed if first <= day <= last})
        self.warn(
            "days",
            f"the file's day dates ({_span(sorted(listed))}) are not the days its events fall on "
            f"in {zone.key} ({_span(sorted(event_days))}): days taken from the events' local times",
        )
        return days

    def day_change(self, zone: ZoneInfo) -> time:
        """When one programme day ends and the next begins: the file's own day_change, else
        the end of its days (pretalx ends a day at 03:59 for 04:00), else 04:00; never after
        the earliest day start, nor after 06:00."""
        change = self.raw.day_change
        if change is None and self.raw.day_bounds:
            starts = [_local(start, zone) for start, _ in self.raw.day_bounds]
            ends = [_local(end, zone) for _, end in self.raw.day_bounds]
            crossing = [
                _since_midnight(end)
                for start, end in zip(starts, ends, strict=True)
                if end.date() > start.date()
            ]
            earliest = min(_since_midnight(start) for start in starts)
            if crossing:
                latest = max(crossing)
                if latest.seconds // 60 % 60 == 59:
                    latest = timedelta(minutes=latest.seconds // 60 + 1)
                change = min(latest, earliest)
            else:
                change = min(DAY_CHANGE_DEFAULT, earliest)
        if change is None:
            # Nor after the conference's first session: one that opens at 01:38 (ISMIR 2024's
            # online registration) is on its own day, not the night of the day before.
            first = min(_in_zone(event.start, zone) for event in self.raw.events).replace(tzinfo=None)
            change = min(DAY_CHANGE_DEFAULT, _since_midnight(first), self._early_after_a_rest(zone))
        change = min(change, DAY_CHANGE_LATEST)
        return (datetime.min + change).time()

    def _early_after_a_rest(self, zone: ZoneInfo) -> timedelta:
        """The earliest start before 04:00 that follows hours with nothing on: a day of a virtual
        conference kept in UTC opening at 00:00 (ICSE 2020's) is that day's, not the night of the
        one before; a talk at 01:00 after one at 23:00 stays the night's."""
        spans = sorted(
            ((_in_zone(event.start, zone), event) for event in self.raw.events), key=lambda pair: pair[0]
        )
        earliest = DAY_CHANGE_DEFAULT
        latest_end: datetime | None = None
        for start, event in spans:
            end = _end_in_zone(event, start, zone)
            since = _since_midnight(start.replace(tzinfo=None))
            if since < earliest and latest_end is not None and start - latest_end >= _A_REST:
                earliest = since
            latest_end = end if latest_end is None else max(latest_end, end)
        return earliest

    # -- rooms and people ------------------------------------------------------------------

    def rooms(self) -> list[Room]:
        """Every room the file names, once: spellings that differ only in case, accents or spacing
        are one room ("Amphithéâtre" and "Amphithéatre"; the first spelling is its name, the others
        aliases)."""
        spellings: dict[str, list[str]] = {}
        for written in [*self.raw.rooms, *(event.room or "" for event in self.raw.events)]:
            name = room_name(written)
            if name:
                variants = spellings.setdefault(_room_key(name), [])
                # Its name as written with a label is one of its names ("room: 210 A-F").
                for spelling in dict.fromkeys((name, clean(written))):
                    if spelling not in variants:
                        variants.append(spelling)
        for variants in spellings.values():
            # The spelling with a stray bracket is no room's name while another is.
            variants.sort(key=lambda spelling: _without_stray_brackets(spelling) != spelling)
        merged_into = self._merge_floor_spellings(spellings)
        merged_into |= self._merge_slips(spellings)
        merged_into |= self._merge_building_names(spellings)
        merged_into |= self._merge_reordered(spellings)
        _without_the_venue(spellings)
        ids = unique_ids([slugify(variants[0], "room") for variants in spellings.values()])
        rooms = []
        for room_id, (key, variants) in zip(ids, spellings.items(), strict=True):
            self._room_ids[key] = room_id
            named = self.raw.room_aliases
            given = [clean(other) for variant in variants for other in named.get(variant, ())]
            spelt = (*variants[1:], *given)
            aliases = dict.fromkeys(other for other in spelt if other and other != variants[0])
            rooms.append(Room(id=room_id, name=variants[0], aliases=tuple(aliases)))
        for key, into in merged_into.items():
            self._room_ids[key] = self._room_ids[into]
        return rooms

    def _merge_slips(self, spellings: dict[str, list[str]]) -> dict[str, str]:
        """A room name a letter away from another's, used by a session or two where the other holds
        three times as many ("Showrom" beside 'Showroom', Volcamp 2025's; "Hell Red" beside 'Hall
        Red', Kaigi on Rails 2025's): a slip of the file, that room (said once). A letter or a number
        that tells rooms apart ("Hall A", "Room 2") never is one."""
        held = self._sessions_by_room_key
        merged_into: dict[str, str] = {}
        for small in list(spellings):
            for big in spellings:
                outnumbered = 0 < held[small] <= SLIP_SESSIONS and held[big] >= 3 * held[small]
                # A letter doubled or not ("Corwin Pavillion" beside 'Corwin Pavilion', CRYPTO
                # 2016's: five sessions beside ten) is a slip whatever the count, into the room
                # that holds more.
                doubled = 0 < held[small] < held[big] and _doubled_apart(small, big)
                # "room: 210" once beside 'room: 210 A-F' everywhere else (OHBM 2023's): the hall
                # written without its parts.
                unparted = outnumbered and _PARTS.sub("", big) == small
                if (
                    big != small
                    and big not in merged_into
                    and (((outnumbered or doubled) and _one_slip_apart(small, big)) or unparted)
                ):
                    merged_into[small] = big
                    break
        return self._merged(
            spellings,
            merged_into,
            "a room name a letter away from another's, or without its parts, taken as a slip",
        )

    def _merge_building_names(self, spellings: dict[str, list[str]]) -> dict[str, str]:
        """A room's name after its building's, where others write it alone: "University Center
        Corwin Pavilion" beside 'Corwin Pavilion' and 'University Center Lagoon Plaza' (CRYPTO
        2016's) is Corwin Pavilion. The words before must name a building, as two words or more
        that begin another room's name too do: "Plaza outside Campbell Hall" is not Campbell Hall,
        "Expo Hall A" not 'Hall A' (PyCon US 2024's)."""
        merged_into: dict[str, str] = {}
        for longer in list(spellings):
            for shorter in spellings:
                if shorter == longer or len(shorter.split()) < 2 or not longer.endswith(" " + shorter):
                    continue
                building = longer[: -len(shorter) - 1]
                if len(building.split()) < 2:  # "Expo Hall A" is not 'Hall A', "Outside …" not in it
                    continue
                elsewhere = any(
                    other.startswith(building + " ") for other in spellings if other not in (longer, shorter)
                )
                if elsewhere and shorter not in merged_into:
                    merged_into[longer] = shorter
                    break
        return self._merged(
            spellings, merged_into, "a room named after its building's name, taken as the room"
        )

    def _merge_reordered(self, spellings: dict[str, list[str]]) -> dict[str, str]:
        """A room's words written in another order ("Providence II/III Ballroom" beside
        'Providence Ballroom II/III', SIGCSE 2022's): one room, the spelling most sessions use."""
        held = self._sessions_by_room_key
        by_words: dict[tuple[str, ...], list[str]] = {}
        for key in spellings:
            by_words.setdefault(tuple(sorted(key.split())), []).append(key)
        merged_into = {
            other: into
            for keys in by_words.values()
            if len(keys) > 1
            for into in [max(keys, key=lambda key: held[key])]
            for other in keys
            if other != into
        }
        return self._merged(spellings, merged_into, "a room's words in another order, taken as that room")

    def _merged(
        self, spellings: dict[str, list[str]], merged_into: dict[str, str], what: str
    ) -> dict[str, str]:
        """Each spelling moved into the room it is taken for, said once."""
        for written, into in merged_into.items():
            spellings[into].extend(spellings.pop(written))
        if merged_into:
            said = "; ".join(f"{written!r} for {into!r}" for written, into in merged_into.items())
            self.warn("rooms", f"{what}: {said}")
        return merged_into

    def _merge_floor_spellings(self, spellings: dict[str, list[str]]) -> dict[str, str]:
        """ "Level 2 room 210 AB", "Room 210 AB" and "210 a,b Level 2" are one room written three
        ways (NIPS 2015's): names that are the same code once their floor and their word for a
        room are left out are one room, said once."""
        by_code: dict[str, list[str]] = {}
        for key in spellings:
            code = _room_code(key)
            if code:
                by_code.setdefault(code, []).append(key)
        merged_into: dict[str, str] = {}
        for keys in by_code.values():
            first, *others = keys
            for other in others:
                spellings[first].extend(spellings.pop(other))
                merged_into[other] = first
        if merged_into:
            groups = dict.fromkeys(merged_into.values())
            said = "; ".join(" = ".join(repr(name) for name in spellings[key]) for key in groups)
            self.warn("rooms", f"one room written several ways, taken as one: {said}")
        return merged_into

    def people(self) -> list[Person]:
        """Everyone named in an event, once; ids come from names so that two exports of one
        event agree. A person is the file's id and the name agreeing (case and accents aside):
        an id given to different names (id="0" for everyone, one placeholder address for all)
        tells nobody apart, so each name stays its own person, said once. Without an id, the
        same name is one person (the person with that name and an id, if only one has it); the
        same name with two ids, two namesakes."""
        names: dict[_Identity, list[str]] = {}
        affiliations: dict[_Identity, str] = {}
        for event in self.raw.events:
            for person in event.people:
                name = person_name(person.name)
                if not name:
                    self.warn(event.where, f"a person with no name (id {person.key!r}) left out")
                    continue
                identity = _identity(person, name)
                variants = names.setdefault(identity, [])
                if name not in variants:
                    variants.append(name)
                affiliation = clean(person.affiliation)
                if affiliation:
                    affiliations.setdefault(identity, affiliation)
                    # As written, it names them still: "the Laboratory of Insurrectionary Imagination
                    # folks" for "Isa, The Laboratory of Insurrectionary Imagination" (Klimacamp 2015's).
                    written = f"{name}, {affiliation}"
                    if written not in variants:
                        variants.append(written)
        by_key: dict[str, list[str]] = {}
        for (key, _), variants in names.items():
            if key:
                by_key.setdefault(key, []).append(variants[0])
        shared = {key: named for key, named in by_key.items() if len(named) > 1}
        if shared:
            self.warn("persons", _shared_ids(shared))
        # A name given once without its id is the one person the file names so with an id.
        keyed: dict[str, list[_Identity]] = {}
        for identity in names:
            if identity[0]:
                keyed.setdefault(identity[1], []).append(identity)
        same: dict[_Identity, _Identity] = {}
        for identity in list(names):
            matches = keyed.get(identity[1], []) if not identity[0] else []
            if len(matches) == 1:
                same[identity] = matches[0]
                for variant in names.pop(identity):
                    if variant not in names[matches[0]]:
                        names[matches[0]].append(variant)
        bases: list[str] = []
        seen: set[str] = set()
        for (key, _), variants in names.items():
            base = slugify(variants[0], "person")
            if base in seen and key and key not in shared:
                # A namesake: tell them apart by the file's id, not by order of appearance.
                base = f"{base}-{slugify(key, 'id')}"
            seen.add(base)
            bases.append(base)
        # A file that names people by their pages' slugs ("rebecca-miller-webster", Write/Speak/Code
        # 2018's): shown as names, the slug one of them. Not a few handles among names ("e-punc").
        slugs = sum(1 for variants in names.values() if _SLUG_WORDS.fullmatch(variants[0]))
        unslug = slugs >= SLUG_SHARE * len(names)
        people = []
        for person_id, (identity, variants) in zip(unique_ids(bases), names.items(), strict=True):
            self._person_ids[identity] = person_id
            if unslug and _SLUG_WORDS.fullmatch(variants[0]):  # "pivotal", a sponsor's, too
                variants = [" ".join(part.capitalize() for part in variants[0].split("-")), *variants]
            people.append(
                Person(
                    id=person_id,
                    name=variants[0],
                    aliases=tuple(variants[1:]),
                    affiliation=affiliations.get(identity, ""),
                )
            )
        for identity, keyed_identity in same.items():
            self._person_ids[identity] = self._person_ids[keyed_identity]
        return people

    # -- sessions --------------------------------------------------------------------------

    def sessions(self, zone: ZoneInfo, language: str) -> list[Session]:
        events = self.raw.events
        bases = [self._base_id(event) for event in events]
        ids = unique_ids(bases)
        sessions = []
        for event, base, session_id in zip(events, bases, ids, strict=True):
            if session_id != base:
                self.warn(event.where, f"id {base!r} is used by another event too: kept as {session_id!r}")
            self.session_wheres[session_id] = event.where
            sessions.append(self._session(event, session_id, zone, language))
        return sessions

    def _base_id(self, event: RawEvent) -> str:
        ref = clean(event.ref)
        if ref:
            return slugify(ref, "session")
        # No id in the file: one made from what identifies the event, stable across versions.
        stamp = event.start.strftime("%Y%m%d-%H%M")
        return slugify(f"{stamp}-{clean(_first(event.title))[:40]}", "session")

    def _session(self, event: RawEvent, session_id: str, zone: ZoneInfo, language: str) -> Session:
        start = _in_zone(event.start, zone)
        end = _end_in_zone(event, start, zone)
        title = text_of(event.title, language)
        if not title:
            self.warn(event.where, f"no title: shown as {UNTITLED!r}")
            title = Text.of(UNTITLED, language)
        roles: list[Role] = []
        for person in event.people:
            name = person_name(person.name)
            person_id = self._person_ids.get(_identity(person, name)) if name else None
            if person_id and all(role.person_id != person_id for role in roles):
                roles.append(Role(person_id, person.role))
        room = room_name(event.room)
        # A web address given as the location is where to join or go (a map): kept, as no room.
        address = clean(event.room) if _WEB_ADDRESS.fullmatch(clean(event.room)) else ""
        return Session(
            id=session_id,
            kind=_pause_by_title(title) if event.kind == SessionKind.TALK else event.kind,
            start=start,
            end=end,
            room_id=self._room_ids[_room_key(room)] if room else None,
            title=title,
            description=Text.of(join_paragraphs(event.description, address), language),
            roles=tuple(roles),
            cancelled=event.cancelled or any(_CANCELLED_TITLE.search(text) for text in title.all()),
            track=clean(event.track),
        )


# A title that says the session is off ("CANCELLED Humanitarian Toolbox Workshop", "Canceled: …",
# "… - CANCELLED", "[ABGESAGT] …"): files with no field for it write it so (EventBoard, PyOhio's site).
_CANCELLED_WORD = r"(?:cancell?ed|annul[ée]e?|cancelad[oa]|abgesagt|entf[äa]llt)"
_CANCELLED_TITLE = kept(
    # First, in capitals or followed by a sign ("Cancelled flights and refunds" is a talk); or last.
    rf"^\W*(?:(?-i:{_CANCELLED_WORD.upper()})\b|{_CANCELLED_WORD}\s*[:!\-–)\]])"
    rf"|[-–(\[]\s*{_CANCELLED_WORD}\W*$",
    re.IGNORECASE,
)


# Titles made only of these words name a pause, whatever type the file gives it ("Pause",
# "Coffee break", "Pause déjeuner"): an iCalendar file often has no type at all.
_PAUSE_TITLE_WORDS = {
    SessionKind.LUNCH: frozenset(KIND_NAMES[SessionKind.LUNCH]),
    SessionKind.BREAK: frozenset((*KIND_NAMES[SessionKind.BREAK], "tea", "the")),
}
_TITLE_FILLERS = frozenset(("de", "du", "la", "le", "a", "and", "et", "y", "break", "pause", "time"))


def _pause_by_title(title: Text) -> SessionKind:
    for text in title.all():
        found = set(fold(text).replace("-", " ").split()) - {"&", "/", "+"}
        for kind, names in _PAUSE_TITLE_WORDS.items():
            if found & names and found <= names | _TITLE_FILLERS:
                return kind
    return SessionKind.TALK


# A role written after a name, as ConClár writes panels' moderators: "Kat Dodd (moderator)";
# a chair's, as a KonOpas guide writes them: "Stoney Jackson (Session Chair)" (CCSCNE 2015's);
# a leader's, as Readercon 2013's: "Sonya Taaffe (leader)".
_ROLE_NOTE = kept(r"\s*\((moderator|mod|(?:session )?chair|leader|host)\)\s*$", re.IGNORECASE)


# Names that stand for nobody yet, or for someone the file hides: DevFest Siberia 2019's "TBA" on
# its breaks, Ropecon 2025's "<redacted>" on every item.
_NOBODY = frozenset(
    (
        "tba", "tbd", "tbc", "to be announced", "to be confirmed", "to be determined", "redacted",
        "n a", "none", "nobody", "a confirmer", "a definir", "por confirmar", "por definir",
    )
)  # fmt: skip


_TAG = kept(r"<[^>]*>")


def person_name(value: object) -> str:
    """A person's name as written, without the note a page's HTML puts after it ("Jennifer
    Rexford<br/> <p>2016 ACM Athena Lecturer Award Winner</p>", SIGCOMM 2017's)."""
    text = str(value or "")
    tag = _TAG.search(text)
    before = clean(text[: tag.start()]) if tag else ""
    return before or clean(_TAG.sub(" ", text))


def _no_one(name: str) -> bool:
    return " ".join(words(fold(clean(name)))) in _NOBODY


def _read_people(events: list[RawEvent]) -> None:
    """ "Kat Dodd (moderator)" is Kat Dodd, moderating: one person with her other sessions. "Juan
    Javaloyes, Fran Navarro" in one name is two people, when each part is a full name or the file
    lists names with commas ("Stefan, DK6TM" or "Gil, Ana" stays one elsewhere); so is "Keith
    MillerAidan Martin" in a file that prints its speakers run together."""
    for event in events:
        event.people = [person for person in event.people if not _no_one(person.name)]
    run_together = _names_run_together(events)
    _split_people_who_speak_alone(events)
    _affiliations_in_brackets(events)
    # A file that lists three names or more with commas ("Thoth, Acesential, Simul") uses commas
    # between names, so "Techycutie, Ruef" is two people there (elsewhere one, "Gil, Ana"); a
    # person the file gives an id is one person ("Tân, Suī-lîm" at COSCUP).
    comma_lists = any(
        len(_name_parts(person.name)) >= 3 and not person.key for event in events for person in event.people
    )
    names = {person.name for event in events for person in event.people}
    for event in events:
        people: list[RawPerson] = []
        for person in event.people:
            named, dash, note = person.name.partition(" - ")
            if dash and named in names and note:
                # "Joel Spolsky - Interactive Talk" where Joel Spolsky speaks elsewhere too
                # (WeAreDevelopers 2017's): the same person, the note about the session.
                person = replace(person, name=named, key=None)
            if _ROLE_NOTE.search(person.name):
                person = RawPerson(name=_ROLE_NOTE.sub("", person.name), key=person.key, role=MODERATOR)
            parts = _name_parts(person.name)
            if len(parts) == 1 and parts[0] != person.name:
                person = replace(person, name=parts[0])
            if len(parts) > 1 and all(_affiliation(part) for part in parts[1:]):
                # "Eldad Haber, University of British Columbia, Canada" (SIAM UQ26's chairs): one
                # person and where they work.
                person = replace(person, name=parts[0], affiliation=", ".join(parts[1:]))
                parts = parts[:1]
            if len(parts) == 1 and run_together:
                parts = run_together.get(person.name) or _run_together(person.name)
            listed = comma_lists and not person.key
            if len(parts) > 1 and (listed or all(" " in part for part in parts)) and all(parts):
                people.extend(RawPerson(name=part, role=person.role) for part in parts)
            else:
                people.append(person)
        event.people = people


# Words that name where people work, not people.
_INSTITUTION_WORDS = frozenset(
    "university universite universidad universitat universita college institute institut instituto "
    "school laboratory laboratories lab labs inc ltd llc gmbh corporation corp company foundation "
    "hospital center centre department academy agency ministry council".split()
)


def _name_parts(name: str) -> list[str]:
    """A name's parts between commas, without the degrees written after it: "Qingyun Wu, PhD",
    "Jane Roe, MD, MPH" are one part (ODSC East 2025's)."""
    parts = [part.strip() for part in name.split(",")]
    while len(parts) > 1 and is_degree(parts[-1]):
        parts.pop()
    return parts


# Degrees and titles written after a name.
_DEGREES = frozenset(
    "phd md mba msc ms ma bsc ba mph mphil dphil edd psyd pharmd mbbs jd llm dds dvm rn np pa pe "
    "cpa cfa facc frcp frcs faha fesc esq".split()
)


def is_degree(part: str) -> bool:
    """Whether a part written after a name with a comma is a degree or a title: "PhD", "Ph.D.", "M.D."."""
    return re.sub(r"[.\s]", "", fold(part)) in _DEGREES


def _affiliation(part: str) -> bool:
    """Whether a part of a name written with commas is where its person works: an institution
    ("University of British Columbia") or a country ("Canada")."""
    said = set(words(fold(part)))
    return bool(said & _INSTITUTION_WORDS) or fold(part) in _countries()


@cache
def _countries() -> frozenset[str]:
    """Countries' names in English, as affiliations end with them (Babel's territories)."""
    from babel import Locale  # only for a file whose people are written with commas

    return frozenset(fold(name) for name in Locale("en").territories.values())


_BRACKETED = kept(r"^(?P<name>[^()]+?)\s*\((?P<where>[^()]+)\)$")
BRACKETED_SHARE = 0.5  # the share of its people a file writes "Name (Where)" for it to mean that


def _affiliations_in_brackets(events: list[RawEvent]) -> None:
    """ "Mohammad Alizadeh (MIT CSAIL)" and "Mohammad Alizadeh (Massachusetts Institute of
    Technology)" are one person, Mohammad Alizadeh, in a file that writes most of its people so
    (SIGCOMM 2017's): where they work, in brackets, is not their name. Elsewhere a bracket may be
    a nickname or who a band is ("Cutlasses (Scott Pitkethly)"), kept as written."""
    people = [person for event in events for person in event.people]
    bracketed = sum(1 for person in people if _BRACKETED.match(person.name.strip()))
    if not people or bracketed < BRACKETED_SHARE * len(people):
        return
    for event in events:
        event.people = [_unbracketed(person) for person in event.people]


def _unbracketed(person: RawPerson) -> RawPerson:
    found = _BRACKETED.match(person.name.strip())
    if found is None or person.affiliation:
        return person
    return replace(person, name=found.group("name"), affiliation=found.group("where"))


_JOINED = kept(r"\s+(?:&|and|et|y|und)\s+")


def _split_people_who_speak_alone(events: list[RawEvent]) -> None:
    """ "Joe Nash and Kliment" is two people when each of them speaks alone elsewhere in the
    file (EMF Camp 2024's); "Ricerca e Sviluppo", "Tools and Action" stay one."""
    alone = {person.name for event in events for person in event.people if not _JOINED.search(person.name)}
    for event in events:
        people: list[RawPerson] = []
        for person in event.people:
            parts = _JOINED.split(person.name)
            if len(parts) > 1 and all(part in alone for part in parts):
                people.extend(RawPerson(name=part, role=person.role) for part in parts)
            else:
                people.append(person)
        event.people = people


# The last word of a name that a capital may follow inside a word: "McDonald", "DeVries".
_PARTICLES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"})
_QUOTED = kept(r"[\"'„“”‘’«(\[].*?[\"'“”‘’»)\]]")  # a nickname or a note: "ArticMine", (OpenLab)
_RUN_TOGETHER_NAMES = 3  # names of three people or more run together: the file prints them so


def _names_run_together(events: list[RawEvent]) -> dict[str, list[str]]:
    """Each name cut where it runs people together, when the file prints its speakers with no
    separator ("Ian FailesRodrigo DorschKeita Hoshino"); {} when it does not: a capital inside a
    word alone is a nickname or a brand ("Marian HackMan Marinov")."""
    cut = {person.name: _run_together(person.name) for event in events for person in event.people}
    return cut if sum(len(parts) >= 3 for parts in cut.values()) >= _RUN_TOGETHER_NAMES else {}


def _run_together(name: str) -> list[str]:
    """ "Megani RajendranChek Tien TanAik Beng Ng" is three people: cut where a capital follows a
    small letter inside a word, out of quotes and brackets and not after a particle ("Ronald
    McDonald"), when every part is a full name."""
    unquoted = _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), name)
    cuts = [
        i
        for i in range(1, len(name) - 1)
        if unquoted[i - 1].islower()
        and unquoted[i].isupper()
        and unquoted[i + 1].islower()
        and unquoted[:i].split()[-1] not in _PARTICLES
    ]
    parts = [name[start:end].strip() for start, end in pairwise([0, *cuts, len(name)])]
    return [name] if any(len(part.split()) < 2 for part in parts) else parts


# A label before a room's name ("room: 210 A-F", "Location: Hall B", OHBM 2023's calendar).
_ROOM_LABEL = kept(r"(room|salle|sala|saal|raum|aula|location|lieu|venue|ort)\s*:\s*(?=\S)", re.IGNORECASE)
_PLACE_LABELS = frozenset({"location", "lieu", "venue", "ort"})


# A web address or page given as a session's location (Mini-Conf's calendars: "socials.html").
_WEB_ADDRESS = kept(r"(?:https?://|www\.)\S+|[\w./-]+\.html?(?:[?#]\S*)?", re.IGNORECASE)


def room_name(value: object) -> str:
    """A room's name as shown: one line, without a label ("room: 210 A-F" is 'Room 210 A-F';
    "Location: Hall B" 'Hall B')."""
    name = clean(value)
    if _WEB_ADDRESS.fullmatch(name):
        return ""  # a page to join online ("https://iclr.cc/virtual/papers.html?session=P1S1"), no room
    label = _ROOM_LABEL.match(name)
    if label is None:
        return name
    rest = name[label.end() :]
    word = label.group(1).lower()
    return rest if word in _PLACE_LABELS else f"{word.capitalize()} {rest}"


def _room_key(name: str) -> str:
    # A comma more or less is one room: 'Supplyframe HQ, 3rd Floor' and 'Supplyframe HQ 3rd Floor'.
    return _without_stray_brackets(" ".join(fold(name).replace(",", " ").split()))


_BRACKET_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"))


def _without_stray_brackets(name: str) -> str:
    """The name without a bracket that closes nothing or opens nothing at either end: MozFest
    2016's 'Floor 8 - Executive Suite]' is 'Floor 8 - Executive Suite'."""
    for opening, closing in _BRACKET_PAIRS:
        if name.endswith(closing) and name.count(opening) < name.count(closing):
            name = name[:-1].rstrip()
        if name.startswith(opening) and name.count(closing) < name.count(opening):
            name = name[1:].lstrip()
    return name


def _without_the_venue(spellings: dict[str, list[str]]) -> None:
    """Rooms that most of them name with the venue's city and country after ("Hall 7 | Room A,
    Amsterdam, Netherlands", Sched's exports): named without it, the whole name one of their names."""
    names = [variants[0] for variants in spellings.values()]
    tails = Counter(", ".join(parts[-2:]) for name in names if len(parts := name.split(", ")) >= 3)
    if not tails or len(names) < VENUE_ROOMS:
        return
    tail, count = tails.most_common(1)[0]
    if count * 5 < len(names) * 3:  # three rooms in five at least
        return
    for variants in spellings.values():
        if variants[0].endswith(", " + tail):
            variants.insert(0, variants[0][: -len(tail) - 2].strip())


_SLUG_WORDS = kept(r"[a-z]+(?:-[a-z]+)*")
SLUG_SHARE = 0.8  # the share of its people a file names by slugs for them to be read as names
VENUE_ROOMS = 5  # the rooms a programme needs for their shared ending to be the venue's
SLIP_SESSIONS = 2  # the sessions a misspelt room name holds, at most
# The zone's names that say no place: an export's transport zone, not the venue's.
_UTC_NAMES = frozenset(
    {"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu", "UCT"}
)


def _one_slip_apart(one: str, other: str) -> bool:
    """Whether two room keys differ by one letter in one word of four letters or more ("showrom",
    "showroom"; "hell red", "hall red"), every other word the same."""
    parts, others = one.split(), other.split()
    if len(parts) != len(others):
        return False
    differing = [(a, b) for a, b in zip(parts, others, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    return min(len(a), len(b)) >= 4 and a.isalpha() and b.isalpha() and OSA.distance(a, b) == 1


# The parts of a hall that a room's name ends with: " a-f", " abc", " a/b" (keys are folded).
_PARTS = kept(r"(?<=\d)\s+[a-z](?:[-/&]?[a-z])+$")


def _doubled_apart(one: str, other: str) -> bool:
    """Whether two room keys differ only by a letter written once or twice ("pavillion",
    "pavilion"; "lehman", "lehmann")."""
    return re.sub(r"([a-z])\1", r"\1", one) == re.sub(r"([a-z])\1", r"\1", other)


# A floor ("level 2", "2nd floor", "étage 3") and the word for a room, which some spellings of a
# room's name give and others leave out.
_FLOOR = kept(
    r"\b(?:(?:level|floor|etage|niveau|planta|piso|nivel)\s*-?\s*\d+|\d+(?:st|nd|rd|th|e|er)?\s+(?:floor|etage))\b"
)
_ROOM_WORD = kept(r"\b(?:room|salle|sala|saal|raum|aula)\b")


def _room_code(key: str) -> str:
    """A room's code once its floor and room word are left out: its numbers, each whole ("1-2"
    is not "12"), and its letters ("210 a,b" is "210 ab"); '' for a name without a number."""
    bare = _ROOM_WORD.sub(" ", _FLOOR.sub(" ", key))
    numbers = re.findall(r"\d+", bare)
    return ".".join(numbers) + ":" + "".join(re.findall(r"[a-z]", bare)) if numbers else ""


_Identity = tuple[str, str]  # (the file's id or "", the name folded)


def _identity(person: RawPerson, name: str) -> _Identity:
    """The file's id and the name as it tells people apart: case, accents and the titles before it
    aside ("Mr. Amitabh Nag" is Amitabh Nag, the India AI Impact Summit's)."""
    said = words(name)
    while len(said) > 2 and said[0] in HONORIFICS:
        said = said[1:]
    # A name of no Latin letter or digit ("梶川琢馬", fortee's Japanese speakers) is told apart by
    # its own characters: its words are none.
    return clean(person.key), " ".join(said) if said else " ".join(fold(name).split())


def _shared_ids(shared: dict[str, list[str]]) -> str:
    """One line for every id the file gives to different names, the most shared first."""
    parts = []
    most_shared = sorted(shared.items(), key=lambda item: -len(item[1]))
    for key, named in most_shared[:3]:
        who = ", ".join(repr(name) for name in named) if len(named) <= 3 else f"{len(named)} names"
        parts.append(f"id {key!r}: {who}")
    if len(shared) > 3:
        parts.append(f"{len(shared) - 3} more ids")
    return (
        f"the same person id is given to different names ({'; '.join(parts)}): "
        "kept apart, one person per name"
    )


def _span(days: list[date]) -> str:
    if len(days) == 1:
        return days[0].isoformat()
    return f"{days[0].isoformat()} to {days[-1].isoformat()}"


def _languages(default: str, sessions: list[Session]) -> tuple[str, ...]:
    """The languages the titles are actually in, the default first: imported files are seldom
    translated, and claiming all three would only make every title look untranslated."""
    present = {lang for session in sessions for lang in session.title.values}
    return (default, *(lang for lang in LANGUAGES if lang in present and lang != default))


def _programme_day(instant: datetime, zone: ZoneInfo, day_change: time) -> date:
    local = instant.astimezone(zone)
    return local.date() - timedelta(days=1) if local.time() < day_change else local.date()


def _in_zone(value: datetime, zone: ZoneInfo) -> datetime:
    return value.replace(tzinfo=zone) if value.utcoffset() is None else value.astimezone(zone)


def _end_in_zone(event: RawEvent, start: datetime, zone: ZoneInfo) -> datetime:
    """An event's end in the zone: as given, else its start and duration in elapsed time (a
    session across a DST change keeps its length), else its start."""
    if event.end is not None:
        return _in_zone(event.end, zone)
    if event.duration is not None:
        return (start.astimezone(UTC) + event.duration).astimezone(zone)
    return start


def _local(value: datetime, zone: ZoneInfo) -> datetime:
    return _in_zone(value, zone).replace(tzinfo=None)


# Hours with nothing on after which a session before 04:00 opens a new day.
_A_REST = timedelta(hours=4)


def _since_midnight(value: datetime) -> timedelta:
    return timedelta(hours=value.hour, minutes=value.minute, seconds=value.second)


def _fixed_zone(offset: timedelta) -> ZoneInfo | None:
    seconds = int(offset.total_seconds())
    if seconds % 3600:
        return None
    hours = seconds // 3600
    if hours == 0:
        return ZoneInfo("UTC")
    if -12 <= hours <= 14:
        return ZoneInfo(f"Etc/GMT{-hours:+d}")  # POSIX sign: Etc/GMT+6 is UTC-06:00
    return None


# The zone shown for an offset that is not a whole number of hours (whole hours: Etc/GMT±N).
_ZONES_OF_ODD_OFFSETS = (
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Asia/Kabul",
    "Asia/Yangon",
    "Australia/Darwin",
    "Australia/Adelaide",
    "America/St_Johns",
    "Pacific/Marquesas",
    "Australia/Eucla",
    "Pacific/Chatham",
)


def _zone_with_offset(offset: timedelta, instants: list[datetime]) -> ZoneInfo | None:
    """A zone whose offset is `offset` at every one of `instants`, or None."""
    candidates = [_fixed_zone(offset), *(ZoneInfo(name) for name in _ZONES_OF_ODD_OFFSETS)]
    for zone in candidates:
        if zone is not None and all(instant.astimezone(zone).utcoffset() == offset for instant in instants):
            return zone
    return None


def _offset(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _first(value: object) -> object:
    """A title that may be a per-language dict, as one string for ids."""
    if isinstance(value, dict):
        return next((item for item in value.values() if item), "")
    return value
