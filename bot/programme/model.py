"""The conference programme: immutable, time-zone aware, with the lookups the bot needs.

Everything here is built once by a reader (our TOML or another tool's export) and then only read.
Datetimes are always aware; the conference's zone is what local times mean.
"""

from __future__ import annotations

import bisect
import copyreg
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

from bot.i18n import LANGUAGES
from bot.programme.kinds import SessionKind


def _read_only(values: dict[object, object]) -> MappingProxyType[object, object]:
    return MappingProxyType(values)


# A programme is kept on disk between runs (bot/understand/kept.py): its read-only views are
# written as the dicts they show, and read back as views again.
copyreg.pickle(MappingProxyType, lambda view: (_read_only, (dict(view),)))


@dataclass(frozen=True, slots=True)
class Text:
    """A text in several languages, read with a fallback when a translation is missing."""

    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, values: Mapping[str, str] | str | None, default_language: str = "fr") -> Text:
        if values is None:
            return cls()
        if isinstance(values, str):
            values = {default_language: values}
        cleaned = {lang: value.strip() for lang, value in values.items() if value and value.strip()}
        return cls(MappingProxyType(cleaned))

    def get(self, language: str, fallback: str | None = None) -> str:
        """The text in `language`, else in `fallback` (the conference's language, where callers
        know it), else in the first language it has (the file's own order), else ''."""
        for candidate in (language, fallback):
            if candidate is not None and candidate in self.values:
                return self.values[candidate]
        return next(iter(self.values.values()), "")

    def has(self, language: str) -> bool:
        return language in self.values

    def __bool__(self) -> bool:
        return bool(self.values)

    def all(self) -> tuple[str, ...]:
        return tuple(self.values.values())


@dataclass(frozen=True, slots=True)
class Room:
    """A room, and the way to it when the programme says: building, floor, directions, a map
    (a picture in the programme's docs/ folder: `map_file` as written, `map_path` where it was
    found) and, for a place off site, its coordinates; `capacity`, its seats when known."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    interpretation: tuple[str, ...] = ()
    directions: Text = Text()
    floor: Text = Text()
    building: Text = Text()
    map_file: str = ""
    map_path: Path | None = field(default=None, compare=False)
    latitude: float | None = None
    longitude: float | None = None
    capacity: int | None = None

    @property
    def coordinates(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    affiliation: str = ""
    country: str = ""
    unnamed: bool = False


# The role of those who run a session's questions (a panel's moderator, a paper session's chair).
MODERATOR = "moderator"


@dataclass(frozen=True, slots=True)
class Role:
    person_id: str
    role: str


@dataclass(frozen=True, slots=True)
class Document:
    """A document of a session: a file shipped with the programme, or a link.

    `file` is the path as the programme file writes it, relative to the programme's folder
    (`docs/background.fr.md`); `path` is where it was found when the programme was read."""

    title: Text
    language: str = ""
    file: str = ""
    url: str = ""
    path: Path | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    kind: SessionKind
    start: datetime
    end: datetime
    room_id: str | None
    title: Text
    description: Text = Text()
    organiser: str = ""
    questions: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    tbc_roles: tuple[str, ...] = ()
    cancelled: bool = False
    documents: tuple[Document, ...] = ()
    # The track, stream or devroom the file puts it in ("Security", "Go devroom"), as written.
    track: str = ""

    def is_running(self, instant: datetime) -> bool:
        return self.start <= instant < self.end

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def person_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(role.person_id for role in self.roles))


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organiser or a partner of the conference, with what it does there when a source says."""

    name: Text
    role: Text = Text()
    url: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    """Whom to write or call; every part is optional."""

    name: Text = Text()
    email: str = ""
    phone: str = ""
    url: str = ""

    def __bool__(self) -> bool:
        return bool(self.email or self.phone or self.url)


@dataclass(frozen=True, slots=True)
class Venue:
    name: Text = Text()
    address: Text = Text()
    latitude: float | None = None
    longitude: float | None = None
    capacity: int | None = None

    @property
    def coordinates(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    def __bool__(self) -> bool:
        return bool(self.name or self.address or self.coordinates)


@dataclass(frozen=True, slots=True)
class Registration:
    how: Text = Text()
    contact: Contact = Contact()
    url: str = ""

    def __bool__(self) -> bool:
        return bool(self.how or self.contact or self.url)


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """A question organisers expect, its answer, and the phrases that ask it (any language)."""

    question: Text
    answer: Text
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Highlight:
    """A moment the organisers point out, with the session it is about when there is one."""

    text: Text
    session_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConferenceInfo:
    """What attendees ask about the conference rather than its sessions. Every part is optional:
    what no source says stays empty, and the bot says it does not know."""

    about: Text = Text()
    organisers: tuple[Organisation, ...] = ()
    partners: tuple[Organisation, ...] = ()
    venue: Venue = Venue()
    working_languages: tuple[str, ...] = ()
    registration: Registration = Registration()
    contact: Contact = Contact()
    website: str = ""
    faq: tuple[FaqEntry, ...] = ()
    highlights_title: Text = Text()
    highlights: tuple[Highlight, ...] = ()

    @property
    def organisers_contact(self) -> Contact:
        """The organisers' contact, else the registration's: whom to ask what we do not know."""
        return self.contact or self.registration.contact

    def __bool__(self) -> bool:
        return any(
            (
                self.about,
                self.organisers,
                self.partners,
                self.venue,
                self.working_languages,
                self.registration,
                self.contact,
                self.website,
                self.faq,
                self.highlights,
            )
        )

    def says(self, topic: str) -> bool:
        """Whether it answers a topic of the conference information (the conference's name, days
        and city always say what it is about)."""
        known = {
            "about": True,
            "organisers": bool(self.organisers or self.partners),
            "venue": bool(self.venue),
            "languages": bool(self.working_languages),
            "registration": bool(self.registration),
            "contact": bool(self.organisers_contact),
            "website": bool(self.website),
            "highlights": bool(self.highlights),
            "faq": bool(self.faq),
        }
        return known.get(topic, False)


@dataclass(frozen=True, slots=True)
class Glossary:
    """The conference's own words, for understanding questions: what the general lexicon of the
    three languages cannot know (its places, organisations and their acronyms, its expressions)."""

    # Each: words that mean one thing, the programme's own word first ("malines", "mechelen").
    terms: tuple[tuple[str, ...], ...] = ()
    # (expression, the programme's word for it): "traite des êtres humains" → "traite".
    expressions: tuple[tuple[str, str], ...] = ()
    # (a name as the programme spells it out, the acronyms people type).
    acronyms: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms or self.expressions or self.acronyms)


@dataclass(frozen=True, slots=True)
class Conference:
    id: str
    name: Text
    timezone: ZoneInfo
    default_language: str
    days: tuple[date, ...]
    languages: tuple[str, ...] = LANGUAGES
    city: str = ""
    venue: str = ""
    day_change: time = time(4, 0)
    info: ConferenceInfo = ConferenceInfo()
    # What people also call it: a short name ("GFMD Summit 2020") and acronyms in any language
    # ("GFMD", "FMMD"); questions naming them are about the conference itself.
    short_name: Text = Text()
    acronyms: tuple[str, ...] = ()
    glossary: Glossary = Glossary()

    def programme_day(self, instant: datetime) -> date:
        """The programme day an instant belongs to: after midnight still counts as the evening."""
        local = instant.astimezone(self.timezone)
        if local.time() < self.day_change:
            return local.date() - timedelta(days=1)
        return local.date()

    def on_programme_day(self, day: date, at: time) -> datetime:
        """The instant of a clock time on a programme day: before the day change it is the night
        after ("the CTF at 2 am" on Friday is Saturday 02:00)."""
        night = at < self.day_change and day < date.max  # (a hostile "31/12/9999 at 2" has no next day)
        return self.local(day + timedelta(days=1) if night else day, at)

    def local(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, tzinfo=self.timezone)


class Programme:
    """An immutable snapshot of a conference programme with indexes for the common lookups."""

    __slots__ = (
        "_by_day",
        "_by_person",
        "_by_room",
        "_room_starts",
        "_sessions_by_id",
        "conference",
        "people",
        "rooms",
        "sessions",
    )

    def __init__(
        self,
        conference: Conference,
        rooms: Iterable[Room],
        people: Iterable[Person],
        sessions: Iterable[Session],
    ) -> None:
        self.conference = conference
        self.rooms: Mapping[str, Room] = MappingProxyType({room.id: room for room in rooms})
        self.people: Mapping[str, Person] = MappingProxyType({p.id: p for p in people})
        ordered = sorted(sessions, key=lambda s: (s.start, s.end, s.room_id or "", s.id))
        self.sessions: tuple[Session, ...] = tuple(ordered)
        self._sessions_by_id = MappingProxyType({s.id: s for s in ordered})
        by_room: dict[str, list[Session]] = {room_id: [] for room_id in self.rooms}
        by_person: dict[str, list[Session]] = {person_id: [] for person_id in self.people}
        by_day: dict[date, list[Session]] = {day: [] for day in conference.days}
        for session in ordered:
            if session.room_id is not None:
                by_room.setdefault(session.room_id, []).append(session)
            for person_id in session.person_ids:
                by_person.setdefault(person_id, []).append(session)
            by_day.setdefault(conference.programme_day(session.start), []).append(session)
        self._by_room = {key: tuple(value) for key, value in by_room.items()}
        self._room_starts = {key: [s.start for s in value] for key, value in by_room.items()}
        self._by_person = {key: tuple(value) for key, value in by_person.items()}
        self._by_day = {key: tuple(value) for key, value in by_day.items()}

    @property
    def timezone(self) -> ZoneInfo:
        return self.conference.timezone

    @property
    def days(self) -> tuple[date, ...]:
        return self.conference.days

    def session(self, session_id: str) -> Session | None:
        return self._sessions_by_id.get(session_id)

    def room(self, room_id: str | None) -> Room | None:
        return self.rooms.get(room_id) if room_id else None

    def person(self, person_id: str) -> Person | None:
        return self.people.get(person_id)

    def sessions_in_room(self, room_id: str) -> tuple[Session, ...]:
        """Sessions held in a room, in time order."""
        return self._by_room.get(room_id, ())

    def sessions_of_person(self, person_id: str) -> tuple[Session, ...]:
        """Sessions in which a person has any role, in time order."""
        return self._by_person.get(person_id, ())

    def sessions_on(self, day: date) -> tuple[Session, ...]:
        """Sessions of a programme day, in time order."""
        return self._by_day.get(day, ())

    def running_at(self, instant: datetime, room_id: str | None = None) -> tuple[Session, ...]:
        """Sessions with start <= instant < end, in one room or everywhere (not cancelled)."""
        _require_aware(instant)
        pool = self.sessions_in_room(room_id) if room_id else self.sessions
        return tuple(s for s in pool if s.is_running(instant) and not s.cancelled)

    def starting_after(self, instant: datetime, room_id: str | None = None) -> tuple[Session, ...]:
        """Sessions that start strictly after an instant, earliest first (not cancelled)."""
        _require_aware(instant)
        if room_id:
            sessions = self.sessions_in_room(room_id)
            index = bisect.bisect_right(self._room_starts.get(room_id, []), instant)
            return tuple(s for s in sessions[index:] if not s.cancelled)
        return tuple(s for s in self.sessions if s.start > instant and not s.cancelled)

    def people_of(self, session: Session) -> tuple[tuple[Person, str], ...]:
        """(person, role) pairs of a session, in the order the programme lists them."""
        return tuple(
            (self.people[role.person_id], role.role)
            for role in session.roles
            if role.person_id in self.people
        )

    def replace_sessions(self, sessions: Iterable[Session]) -> Programme:
        """A new snapshot with other sessions (used to apply organisers' changes)."""
        return Programme(self.conference, self.rooms.values(), self.people.values(), sessions)

    @property
    def first_start(self) -> datetime | None:
        return self.sessions[0].start if self.sessions else None

    @property
    def last_end(self) -> datetime | None:
        return max((s.end for s in self.sessions), default=None)


def one_at_a_time(sessions: Iterable[Session]) -> bool:
    """Whether no two of these sessions overlap: a room, or a track held as one, used by one
    session at a time."""
    held = sorted((s.start, s.end) for s in sessions)
    return all(end <= start for (_, end), (start, _) in pairwise(held))


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("naive datetimes are not allowed inside the programme model")
