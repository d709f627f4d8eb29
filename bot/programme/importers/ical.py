"""iCalendar (`.ics`), read with the `icalendar` library (folding, escaping, VTIMEZONE).

Each VEVENT is a session: UID, DTSTART, DTEND or DURATION, SUMMARY, DESCRIPTION, LOCATION
(the room), CATEGORIES (the kind), STATUS:CANCELLED, ATTENDEEs (the speakers, else the
ORGANIZER; a CN may list several). The zone is X-WR-TIMEZONE, else the one TZID the events use
if it is a real zone name, else --tz.

pretalx's export has no attendees: its SUMMARY is "Title - Speaker, Speaker" and its UID
"pretalx-<event>-<CODE>@host"; both are read so that its sessions and people match the same
event's schedule.xml. researchr's (conf.researchr.org's event calendar) writes its SUMMARY
"[Track] Title - Speaker, Speaker" and its LOCATION "Room - the venue's address": read so too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
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
    BY_LINE,
    clean,
    head_start,
    map_kind,
    plain_text,
)
from bot.programme.kinds import KIND_NAMES
from bot.programme.reader import Loaded, Reader
from bot.understand.patterns import kept
from bot.understand.text import fold

FORMAT_NAME = "ical"
_PRETALX_UID = kept(r"^pretalx-[a-z0-9_-]+?-([A-Z0-9]+(?:-\d+)?)@")


def sniff(head: bytes) -> bool:
    return head_start(head)[:15].upper() == b"BEGIN:VCALENDAR"


def read(content: bytes, path: Path, tz: ZoneInfo | None = None) -> Loaded:
    # Imported here: icalendar takes ~0.1 s to import, which no other format should pay.
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(_unfolded_text(content))
    except ValueError as error:
        raise ProgrammeError(path, f"not valid iCalendar: {error}") from error
    maker = clean(calendar.get("PRODID")).lower()
    pretalx = "pretalx" in maker
    researchr = "researchr" in maker
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=clean(calendar.get("X-WR-CALNAME")),
        zone_name=clean(calendar.get("X-WR-TIMEZONE")) or None,
    )
    tzids: set[str] = set()
    all_day: list[RawEvent] = []
    for number, event in enumerate(calendar.walk("VEVENT")):
        raw.events.append(_event(event, number, pretalx, raw, tzids, path))
        if researchr:
            raw.events[-1] = _researchr(raw.events[-1])
        if not isinstance(event.decoded("DTSTART"), datetime):
            all_day.append(raw.events[-1])
    _without_names_of_days(raw, all_day, path)
    _speakers_after_a_dash(raw.events)
    _speakers_before_a_dash(raw.events)
    _authors_of_talks(raw.events)
    _split_joint_speakers(raw.events)
    _without_the_calendar_s_organiser(raw.events)
    if raw.zone_name is None and len(tzids) == 1:
        # pretalx writes TZID:CET or TZID:CST with the rules inline: a real zone name only
        # sometimes. The events' own offsets are right either way; this is the display zone.
        name = next(iter(tzids))
        raw.zone_name = name if _is_zone(name) else None
    return build_programme(raw, path, tz)


def _without_names_of_days(raw: RawSchedule, all_day: list[RawEvent], path: Path) -> None:
    """An all-day event that names days that have timed sessions ("NixCon 2018 - Conference",
    "NixCon 2018 - Hackday" in the calendar "NixCon 2018 Schedule"; "Day 2") is no session, or
    every "what's on now?" of those days would answer it. Any other is a session of its days,
    from 04:00 to 04:00 (a book fair all day beside the talks)."""
    all_day_ids = {id(event) for event in all_day}
    timed_days = {event.start.date() for event in raw.events if id(event) not in all_day_ids}
    names = [
        event
        for event in all_day
        if any(day in timed_days for day in _days_of(event)) and _names_a_day(clean(event.title), raw)
    ]
    name_ids = {id(event) for event in names}
    for event in all_day:
        if id(event) not in name_ids:
            raw.warnings.append(f"{path}: {event.where}: an all-day event: placed from 04:00 to 04:00")
    if names:
        raw.events[:] = [event for event in raw.events if id(event) not in name_ids]
        titles = ", ".join(repr(clean(event.title)) for event in names)
        raw.warnings.append(
            f"{path}: {len(names)} all-day events name days that have timed sessions, the "
            f"conference's or its days': taken as no session: {titles}"
        )


# "Day 2", "Jour 1", "Día 3", "Tag 1", "Hackday", "Workshop day".
_DAY_NAME = kept(r"\b(?:day|jour|d[ií]a|tag)\s*\d\b|day$", re.IGNORECASE)


def _names_a_day(title: str, raw: RawSchedule) -> bool:
    """The title is the conference's name with more ("NixCon 2018 - Hackday" in "NixCon 2018
    Schedule"), or a day's ("Day 2")."""
    calendar = clean(raw.title).split()
    conference = " ".join(calendar[:2]) if len(calendar) > 2 else " ".join(calendar)
    return bool(_DAY_NAME.search(title)) or bool(conference and fold(title).startswith(fold(conference)))


def _days_of(event: RawEvent) -> list[date]:
    """The dates an all-day event covers (it starts at 04:00 of its first)."""
    end = event.end or event.start + (event.duration or timedelta(days=1))
    count = max(1, (end - event.start).days)
    return [event.start.date() + timedelta(days=offset) for offset in range(count)]


def _without_the_calendar_s_organiser(events: list[RawEvent]) -> None:
    """One and the same person on every event of a calendar of many is who keeps the calendar,
    not a speaker (Libertäre Tage Dresden 2017's ORGANIZER "Libertäre Tage Dresden" on all 24)."""
    keys = {tuple(person.name for person in event.people) for event in events}
    if len(events) >= ORGANISER_AFTER and len(keys) == 1 and len(next(iter(keys))) == 1:
        for event in events:
            event.people = []


# Events a calendar needs before one person on all of them is taken for who keeps it.
ORGANISER_AFTER = 10


def _event(event: Any, number: int, pretalx: bool, raw: RawSchedule, tzids: set[str], path: Path) -> RawEvent:
    uid = clean(event.get("UID"))
    where = f"VEVENT {uid!r}" if uid else f"VEVENT #{number + 1}"
    if "DTSTART" not in event:
        raise ProgrammeError(path, "no DTSTART: the event has no time", where=where)
    try:
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND") if "DTEND" in event else None
        duration = event.decoded("DURATION") if "DURATION" in event else None
    except (ValueError, TypeError) as error:
        raise ProgrammeError(path, f"unreadable date or duration: {error}", where=where) from error
    # icalendar hands back a broken value as it found it, as text: refuse it here.
    for name, value, kind in (
        ("DTSTART", start, date),
        ("DTEND", end, date),
        ("DURATION", duration, timedelta),
    ):
        if value is not None and not isinstance(value, kind):
            raise ProgrammeError(path, f"{name} {clean(value)!r} is not readable", where=where)
    if "TZID" in event["DTSTART"].params:
        tzids.add(str(event["DTSTART"].params["TZID"]))
    if not isinstance(start, datetime):
        # An all-day event: it lasts its programme day(s), from one day change to the next.
        start = datetime.combine(start, datetime.min.time()) + DAY_CHANGE_DEFAULT
        if isinstance(end, date) and not isinstance(end, datetime):
            end = datetime.combine(end, datetime.min.time()) + DAY_CHANGE_DEFAULT
        elif end is None and duration is None:
            duration = timedelta(days=1)
    if "RRULE" in event:
        raw.warnings.append(f"{path}: {where}: a repeating event: only its first time is read")
    title = clean(event.get("SUMMARY"))
    people = [person for address in _all(event.get("ATTENDEE")) for person in _people(address)]
    if not people and "ORGANIZER" in event:
        # Calendars made by hand often name the speaker only as ORGANIZER: without attendees,
        # the organiser is the one the event names, so we take them as its speaker(s).
        people = _people(event["ORGANIZER"])
    if not people:
        # Calendars that name speakers only in the description: "Speaker: Joel Addison"
        # (linux.conf.au), "Speakers:" then a name a line, each followed by its bio (PyCon US).
        people = _described_speakers(str(event.get("DESCRIPTION") or ""))
    ref = uid
    if pretalx:
        match = _PRETALX_UID.match(uid)
        ref = match.group(1) if match else uid
        if not people:
            title, names = _pretalx_summary(title)
            people = [RawPerson(name=name) for name in names]
    categories = [clean(item) for value in _all(event.get("CATEGORIES")) for item in _categories(value)]
    return RawEvent(
        ref=ref,
        where=where,
        title=title,
        start=start,
        end=end if isinstance(end, datetime) else None,
        duration=duration if isinstance(duration, timedelta) else None,
        room=clean(event.get("LOCATION")),
        kind=map_kind(categories[0] if categories else ""),
        description=plain_text(event.get("DESCRIPTION")),
        people=[person for person in people if person.name],
        language=clean(event["SUMMARY"].params.get("LANGUAGE")) if "SUMMARY" in event else None,
        cancelled=clean(event.get("STATUS")).upper() == "CANCELLED",
    )


_JOINED = kept(r"\s+&\s+")
_SPEAKERS_LINE = kept(r"^\s*(?:speakers?|presenters?|speaker\(s\))\s*:\s*(.*)$", re.IGNORECASE)
_A_NAME = kept(r"^[^\W\d_][\w.'’\-/ ]{1,60}$")  # ("A/Prof Vanessa Teague", linux.conf.au 2020's)


def _described_speakers(description: str) -> list[RawPerson]:
    """The people a description lists after "Speaker:" on its line ("Speaker: Ana Gil, Bo Li",
    "Speakers: Ana Gil (CTO, Acme) | Bo Li (Initech)"), or a name a line after a "Speakers:" line
    of its own, each perhaps followed by lines of its bio in HTML (a line starting with "<"); []
    when it lists none."""
    lines = description.splitlines()
    for number, line in enumerate(lines):
        found = _SPEAKERS_LINE.match(line)
        if not found:
            continue
        if found.group(1).strip():
            return _listed_people(found.group(1))
        names = []
        for following in lines[number + 1 :]:
            text = following.strip()
            if not text or text.startswith("<"):
                continue  # a bio
            if not _is_name(text):
                break
            names.append(RawPerson(name=text))
        return names
    return []


_LISTED = kept(r"\s*[,;|]\s*|\s+&\s+|\s+and\s+")
_NAME_AND_ABOUT = kept(r"(?P<names>[^()]+?)\s*(?:\((?P<about>[^()]*)\))?")


def _listed_people(listed: str) -> list[RawPerson]:
    """People written on one line, separated by commas, bars, "&" or "and", each perhaps with
    what they do in brackets after their name: "Andrew Cameron (Distinguished Engineer, IAM • GM)
    | Sean O'Dell (Identity & Security • CVS Health)" (Identiverse 2026's). The brackets' last part
    after a bullet is where they work."""
    people = []
    for part in _outside_brackets(_LISTED, listed):
        found = _NAME_AND_ABOUT.fullmatch(part)
        if found and _is_name(found.group("names")):
            about = (found.group("about") or "").rsplit("•", 1)[-1].strip()
            people.append(RawPerson(name=found.group("names").strip(), affiliation=about))
    return people


def _authors_of_talks(events: list[RawEvent]) -> None:
    """A session that names no one otherwise, whose description lists its talks each with a line
    of its authors: "Par Yannick Carissan, Denis Hagebaum-Reignier et Adrien Varet." (JFPC 2021's),
    "By Ana Gil and Bo Li". After the summaries are read for speakers: it names no one there."""
    for event in events:
        if event.people:
            continue
        authors: dict[str, None] = {}
        for line in event.description.splitlines():
            by = BY_LINE.fullmatch(line)
            names = re.split(r",|\s+&\s+|\s+(?:and|et|y)\s+", by.group("names")) if by else []
            if names and all(_is_name(name) and name.strip()[:1].isupper() for name in names):
                authors.update(dict.fromkeys(name.strip() for name in names))
        event.people = [RawPerson(name=name) for name in authors]


def _is_name(text: str) -> bool:
    """Two to five words of letters: a person's name, not a sentence."""
    text = text.strip()
    return bool(_A_NAME.match(text)) and 1 <= len(text.split()) <= 5


def _split_joint_speakers(events: list[RawEvent]) -> None:
    """ "Kris Buytaert & Toshaan Bharvani" as one ORGANIZER is two people when each side is a
    full name and one of them speaks alone elsewhere in the file ("&" also joins the words of one
    name: "Ricerca & Sviluppo" stays one)."""
    alone = {
        person.name: person for event in events for person in event.people if not _JOINED.search(person.name)
    }
    for event in events:
        people: list[RawPerson] = []
        for person in event.people:
            parts = _JOINED.split(person.name)
            if len(parts) > 1 and all(" " in part for part in parts) and any(part in alone for part in parts):
                people.extend(
                    RawPerson(name=part, key=alone[part].key if part in alone else None) for part in parts
                )
            else:
                people.append(person)
        event.people = people


_FOLD = re.compile(rb"\r?\n[ \t]")


def _unfolded_text(content: bytes) -> str:
    """The calendar's text with folded lines joined. RFC 5545 folds lines at 75 octets, not
    characters: a writer may cut inside a multi-byte UTF-8 character ("d’" is E2 80 99), so
    the bytes are unfolded before they are decoded, or the pieces become replacement marks."""
    return _FOLD.sub(b"", content).decode("utf-8-sig", errors="replace")


# The dashes a summary writes between a title and its speakers: GUADEC 2016's em dash, ESUG
# 2011's double hyphen, an en dash.
_DASHES = (" — ", " -- ", " – ")
_NOBODY_YET = frozenset(("to be announced", "tba", "tbd", "to be confirmed"))


def _speakers_after_a_dash(events: list[RawEvent]) -> None:
    """ "Inspector Gadget — Benjamin Otte", "Profiler Zoo -- Alexandre Bergel": a calendar that names
    no one otherwise and writes most of its summaries as a title, a dash and the speakers (GUADEC
    2016's, ESUG 2011's) has them there."""
    if any(event.people for event in events) or not events:
        return
    for dash in _DASHES:
        dashed = [
            (event, event.title) for event in events if isinstance(event.title, str) and dash in event.title
        ]
        if 2 * len(dashed) >= len(events):
            break
    else:
        _speakers_after_a_hyphen(events)
        return
    for event, summary in dashed:
        title, names = summary.rsplit(dash, 1)
        event.title = title.strip()
        if names.strip().lower() not in _NOBODY_YET:
            event.people = [
                RawPerson(name=name.strip()) for name in re.split(r",| and | & ", names) if name.strip()
            ]


def _speakers_after_a_hyphen(events: list[RawEvent]) -> None:
    """ "Geometry Management - Suneth Warnakulasuriya (Technische Universität München)": a hyphen,
    only where what follows it is names (their affiliations in brackets aside) in nearly all the
    summaries that have one (the Kratos workshop's calendar, made with ics.py); "NixCon 2018 -
    Hackday" stays a title."""
    dashed = [event for event in events if isinstance(event.title, str) and " - " in event.title]
    after = {id(event): _after_hyphen(event) for event in dashed}
    # Sched writes each name before its affiliation ("Lin Sun, Solo.io"): a calendar whose lists
    # after a comma mostly hold no names is read so (a list of names alone is comma-separated too).
    listed = [text for text in after.values() if "," in text]
    affiliated = 2 * sum(map(_affiliated, listed)) > len(listed)
    read = _names_before_affiliations if affiliated else _names_alone
    named = {id(event): names for event in dashed if (names := read(after[id(event)]))}
    # Nearly all of them: a hyphen ends many titles otherwise ("High Score is open - All Ages").
    if len(named) < SPEAKERS_BEFORE_A_DASH or len(named) < NAMED_AFTER_A_HYPHEN * len(dashed):
        return
    for event in dashed:
        # The summary stays the title ("Reading - Amal El-Mohtar" is found by either part).
        event.people = [RawPerson(name=name) for name in named.get(id(event), [])] or event.people


def _names_alone(text: str) -> list[str]:
    """Names alone, their affiliations in brackets aside ("Suneth Warnakulasuriya (Technische
    Universität München)"); none where any part is no name."""
    if not _names_only(_BRACKETED.sub("", text)):
        return []
    return [name for name in _outside_brackets(_NAME_LIST, text.strip()) if name]


def _names_before_affiliations(text: str) -> list[str]:
    """Each name before its affiliation, as Sched writes them ("Jonathan Bryce, CNCF; Lin Sun,
    Solo.io", "Jinhong Kim & Jangseon Ryu, NAVER Corp", KubeCon Europe 2026's); none where any part
    is no name."""
    names = [part.split(",", 1)[0].strip() for part in _sched_parts(text)]
    return names if all(name and _names_only(name) for name in names) else []


def _affiliated(text: str) -> bool:
    """Whether something after a comma of a list of people is no name ("Solo.io", "Maintainer")."""
    return any("," in part and not _names_only(part.split(",", 1)[1]) for part in _sched_parts(text))


def _sched_parts(text: str) -> list[str]:
    return [part for group in text.split(";") for part in _SCHED_JOINED.split(group.strip())]


_SCHED_JOINED = kept(r"\s+&\s+|\s+and\s+")


def _after_hyphen(event: RawEvent) -> str:
    return str(event.title).rsplit(" - ", 1)[1]


_BRACKETED = kept(r"\s*\([^()]*\)")
NAMED_AFTER_A_HYPHEN = 0.8  # the share of summaries with a hyphen that end with names


def _outside_brackets(separator: re.Pattern[str], text: str) -> list[str]:
    """The text split where the separator is outside brackets: "Ana Gil (UPC, Barcelona) & Bo Li"
    is two names."""
    parts, depth, start = [], 0, 0
    for match in re.finditer(r"[()]|" + separator.pattern, text):
        if match.group(0) == "(":
            depth += 1
        elif match.group(0) == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return parts


def _speakers_before_a_dash(events: list[RawEvent]) -> None:
    """ "Eelco Dolstra - the Nix roadmap", "Domen Kožar, Robert Hensing - Cachix - binary caches": a
    calendar that names no one otherwise and writes its talks as the speakers, a hyphen and the
    title (NixCon 2018's, made in Google Calendar) has its speakers there. Only summaries whose part before
    the first hyphen is names alone are split, and only when most of those with a hyphen are so
    ("NixCon 2018 - Hackday", "Social Event - Pub!" are titles)."""
    if any(event.people for event in events):
        return
    dashed = [event for event in events if isinstance(event.title, str) and " - " in event.title]
    named = [event for event in dashed if _names_only(str(event.title).split(" - ", 1)[0])]
    if len(named) < SPEAKERS_BEFORE_A_DASH or 2 * len(named) <= len(dashed):
        return
    for event in named:
        # The summary stays the title: "Fantastic Cat - Spayed and Neutered" (The Rock Boat's) is
        # the band's show, found by its name as much as by what follows.
        names = str(event.title).split(" - ", 1)[0]
        event.people = [RawPerson(name=name) for name in _NAME_LIST.split(names.strip()) if name]


# Talks a calendar needs written "Speakers - Title" before its summaries are read so.
SPEAKERS_BEFORE_A_DASH = 3
_NAME_LIST = kept(r",\s*|\s+&\s+|\s+and\s+")
# A word of a name: capitalised ("Dionne-Riel", "Kožar"), a particle ("van", "der", "de"), or a
# nickname in quotes ("'Mic92'"); a handle alone ("edef") is a name of one word.
_NAME_WORD = kept(
    r"^(?:[^\W\d_a-z][^\W\d_]*(?:[-'’.][^\W\d_]+)*\.?|van|von|der|den|de|du|da|di|del|la|le|['\"].+['\"])$"
)
_HANDLE = kept(r"^[a-z][a-z0-9_]{1,19}$")
# Words of a title that look like a name's: "Social Event", "Opening Keynote", "Lunch Break".
_NOT_NAMES = frozenset(fold(word) for names in KIND_NAMES.values() for word in names) | frozenset(
    "social event opening closing welcome keynote panel session conference day hackday hackathon party "
    "dinner breakfast talks".split()
)


def _names_only(text: str) -> bool:
    names = [name for name in _NAME_LIST.split(text.strip()) if name]
    if not names:
        return False
    for name in names:
        words = name.split()
        if len(words) == 1 and _HANDLE.match(name) and fold(name) not in _NOT_NAMES:
            continue
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(word) for word in words):
            return False
        if any(fold(word) in _NOT_NAMES for word in words):
            return False
    return True


_TRACKED = kept(r"^\[(?P<track>[^\]]+)\]\s*(?P<rest>.+)$")


def _researchr(event: RawEvent) -> RawEvent:
    """An event of researchr's calendar: "[PROMISE] Opening - Lili Wei, Xiaoyu Sun" is the talk
    'Opening' of the track PROMISE by two people; "MB 3.430 - 1450 Guy St, Montreal…" the room
    MB 3.430 (ACM FSE 2026's)."""
    tracked = _TRACKED.match(event.title) if isinstance(event.title, str) else None
    if tracked is None:
        return event
    title, names = _pretalx_summary(tracked.group("rest"))
    event.title = title
    event.track = tracked.group("track").strip()
    if not event.people:
        event.people = [RawPerson(name=name) for name in names]
    if event.room and " - " in event.room:
        event.room = event.room.split(" - ", 1)[0].strip()
    return event


def _pretalx_summary(summary: str) -> tuple[str, list[str]]:
    """pretalx's SUMMARY "Title - Speaker, Speaker" ("Title - " when nobody speaks)."""
    if summary.endswith(" -"):
        return summary[:-2].rstrip(), []
    if " - " not in summary:
        return summary, []
    title, names = summary.rsplit(" - ", 1)
    return title, [name.strip() for name in names.split(", ") if name.strip()]


def _people(address: Any) -> list[RawPerson]:
    """The people of an ATTENDEE/ORGANIZER: the CN, else the address; the address is the key.

    A CN may list several people: RFC 5545 separates a parameter's values with unquoted commas
    (CN=Ana Gil, Bo Li), which icalendar hands back as a list, while a quoted comma is part of
    the one value (CN="Gil, Ana"). Each value is a person when each is a full name (two words or
    more); a value of one word ("Jr.", a given name after "Gil,") is part of a name written with
    a comma unquoted, and the values stay one name. "and", "e" or "&" inside one value separate
    nobody: they as often join the words of one name ("Ricerca e Sviluppo"). The address of
    several people is nobody's: each is found by name, as the same name elsewhere in the file."""
    email = re.sub(r"(?i)^mailto:", "", clean(address))
    cn = getattr(address, "params", {}).get("CN")
    values = [text for text in (clean(value) for value in (cn if isinstance(cn, list) else [cn])) if text]
    if len(values) > 1 and all(" " in value for value in values):
        return [RawPerson(name=value) for value in values]
    return [RawPerson(name=", ".join(values) or email.split("@")[0], key=email.lower() or None)]


def _all(value: Any) -> list[Any]:
    """A property that may appear once or several times, as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _categories(value: Any) -> Iterable[Any]:
    return getattr(value, "cats", None) or [value]


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, KeyError):
        return False
    return True


READER = Reader(name=FORMAT_NAME, sniff=sniff, read=read)
