"""A programme written as our TOML format (see the programme file format), to be read back by
`native` as the same programme: same ids, texts, rooms, people and instants.

Written by hand, as TOML has no writer in the standard library: strings are escaped for TOML,
times are local times in the conference's zone without offsets, as an organiser would write
them, except the rare ones a DST change makes ambiguous, which keep their offset.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.programme.model import (
    Conference,
    ConferenceInfo,
    Contact,
    Document,
    Glossary,
    Organisation,
    Person,
    Programme,
    Room,
    Session,
    Text,
)
from bot.programme.native import FORMAT_VERSION

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def programme_to_toml(programme: Programme, *, source: str = "") -> str:
    """The whole programme as TOML text; `source` is named in the header comment."""
    conference = programme.conference
    language = conference.default_language
    lines = []
    if source:
        lines.append(f"# Converted from {_comment(source)} by `python -m bot programme convert`.")
    lines += [
        f"# Times are local times in {conference.timezone.key}. Check after editing with",
        "# `python -m bot programme check FILE`.",
        "",
        f"format = {_string(FORMAT_VERSION)}",
        "",
        *_conference(conference),
    ]
    if conference.info:
        lines += ["", *_info(conference.info, language)]
    if conference.glossary:
        lines += ["", *_glossary(conference.glossary)]
    for room in programme.rooms.values():
        lines += ["", *_room(room, language)]
    for person in programme.people.values():
        lines += ["", *_person(person)]
    for session in programme.sessions:
        lines += ["", *_session(session, conference.timezone, language)]
    return "\n".join(lines) + "\n"


def _conference(conference: Conference) -> list[str]:
    lines = [
        "[conference]",
        f"id = {_string(conference.id)}",
        f"timezone = {_string(conference.timezone.key)}",
        f"default_language = {_string(conference.default_language)}",
        f"languages = {_strings(conference.languages)}",
        f"days = {_strings(day.isoformat() for day in conference.days)}",
        f"day_change = {_string(conference.day_change.isoformat(timespec='minutes'))}",
    ]
    lines += _optional("city", conference.city)
    lines += _optional("venue", conference.venue)
    lines.append(f"name = {_text(conference.name, conference.default_language)}")
    if conference.short_name:
        lines.append(f"short_name = {_text(conference.short_name, conference.default_language)}")
    if conference.acronyms:
        lines.append(f"acronyms = {_strings(conference.acronyms)}")
    return lines


def _room(room: Room, language: str) -> list[str]:
    lines = ["[[rooms]]", f"id = {_string(room.id)}", f"name = {_string(room.name)}"]
    if room.aliases:
        lines.append(f"aliases = {_strings(room.aliases)}")
    if room.interpretation:
        lines.append(f"interpretation = {_strings(room.interpretation)}")
    if room.directions:
        lines.append(f"directions = {_text(room.directions, language)}")
    if room.building:
        lines.append(f"building = {_text(room.building, language)}")
    if room.floor:
        lines.append(f"floor = {_text(room.floor, language)}")
    if room.map_file:
        lines.append(f"map = {_string(room.map_file)}")
    if room.coordinates:
        lines += [f"latitude = {room.coordinates[0]!r}", f"longitude = {room.coordinates[1]!r}"]
    if room.capacity is not None:
        lines.append(f"capacity = {room.capacity}")
    return lines


def _person(person: Person) -> list[str]:
    lines = ["[[people]]", f"id = {_string(person.id)}", f"name = {_string(person.name)}"]
    if person.aliases:
        lines.append(f"aliases = {_strings(person.aliases)}")
    lines += _optional("affiliation", person.affiliation)
    lines += _optional("country", person.country)
    if person.unnamed:
        lines.append("unnamed = true")
    return lines


def _session(session: Session, zone: ZoneInfo, language: str) -> list[str]:
    lines = [
        "[[sessions]]",
        f"id = {_string(session.id)}",
        f"kind = {_string(session.kind)}",
        f"start = {_string(_local_time(session.start, zone))}",
        f"end = {_string(_local_time(session.end, zone))}",
    ]
    if session.room_id is not None:
        lines.append(f"room = {_string(session.room_id)}")
    lines.append(f"title = {_text(session.title, language)}")
    if session.description:
        lines.append(f"description = {_text(session.description, language)}")
    lines += _optional("organiser", session.organiser)
    lines += _optional("track", session.track)
    if session.questions:
        lines.append(f"questions = {_strings(session.questions)}")
    if session.roles:
        lines.append("people = [")
        lines += [
            f"  {{ person = {_string(role.person_id)}, role = {_string(role.role)} }},"
            for role in session.roles
        ]
        lines.append("]")
    if session.tbc_roles:
        lines.append(f"tbc_roles = {_strings(session.tbc_roles)}")
    if session.cancelled:
        lines.append("cancelled = true")
    if session.documents:
        lines.append("documents = [")
        lines += [f"  {_document(document, language)}," for document in session.documents]
        lines.append("]")
    return lines


def _document(document: Document, language: str) -> str:
    items = [f"title = {_text(document.title, language, inline=True)}"]
    if document.language:
        items.append(f"language = {_string(document.language)}")
    if document.file:
        items.append(f"file = {_string(document.file)}")
    if document.url:
        items.append(f"url = {_string(document.url)}")
    return "{ " + ", ".join(items) + " }"


def _glossary(glossary: Glossary) -> list[str]:
    lines = ["[glossary]"]
    if glossary.terms:
        lines += ["terms = [", *(f"    {_strings(term)}," for term in glossary.terms), "]"]
    if glossary.expressions:
        lines += ["[glossary.expressions]", *(f"{_key(a)} = {_string(b)}" for a, b in glossary.expressions)]
    if glossary.acronyms:
        lines += ["[glossary.acronyms]", *(f"{_key(a)} = {_strings(b)}" for a, b in glossary.acronyms)]
    return lines


def _info(info: ConferenceInfo, language: str) -> list[str]:
    """[info] first with its plain fields, then its sub-tables (TOML wants them in that order)."""
    lines = ["[info]"]
    if info.about:
        lines.append(f"about = {_text(info.about, language)}")
    lines += _optional("website", info.website)
    if info.working_languages:
        lines.append(f"working_languages = {_strings(info.working_languages)}")
    if info.highlights_title:
        lines.append(f"highlights_title = {_text(info.highlights_title, language)}")
    venue = info.venue
    if venue:
        lines += ["", "[info.venue]"]
        if venue.name:
            lines.append(f"name = {_text(venue.name, language)}")
        if venue.address:
            lines.append(f"address = {_text(venue.address, language)}")
        if venue.coordinates:
            lines += [f"latitude = {venue.coordinates[0]!r}", f"longitude = {venue.coordinates[1]!r}"]
    registration = info.registration
    if registration:
        lines += ["", "[info.registration]"]
        if registration.how:
            lines.append(f"how = {_text(registration.how, language)}")
        lines += _optional("url", registration.url)
        lines += _contact(registration.contact, language, "contact")
    if info.contact or info.contact.name:
        lines += ["", "[info.contact]", *_contact(info.contact, language, "name")]
    for table, organisations in (("organisers", info.organisers), ("partners", info.partners)):
        for organisation in organisations:
            lines += ["", f"[[info.{table}]]", *_organisation(organisation, language)]
    for entry in info.faq:
        lines += [
            "",
            "[[info.faq]]",
            f"question = {_text(entry.question, language)}",
            f"answer = {_text(entry.answer, language)}",
        ]
        if entry.keywords:
            lines.append(f"keywords = {_strings(entry.keywords)}")
    for highlight in info.highlights:
        lines += ["", "[[info.highlights]]", f"text = {_text(highlight.text, language)}"]
        lines += _optional("session", highlight.session_id or "")
    return lines


def _contact(contact: Contact, language: str, name_key: str) -> list[str]:
    lines = [f"{name_key} = {_text(contact.name, language)}"] if contact.name else []
    lines += _optional("email", contact.email)
    lines += _optional("phone", contact.phone)
    lines += _optional("url", contact.url)
    return lines


def _organisation(organisation: Organisation, language: str) -> list[str]:
    lines = [f"name = {_text(organisation.name, language)}"]
    if organisation.role:
        lines.append(f"role = {_text(organisation.role, language)}")
    lines += _optional("url", organisation.url)
    return lines


def _local_time(instant: datetime, zone: ZoneInfo) -> str:
    local = instant.astimezone(zone)
    timespec = "minutes" if not (local.second or local.microsecond) else "auto"
    other_fold = local.replace(fold=1 - local.fold)
    if other_fold.utcoffset() != local.utcoffset():
        # The hour a DST change repeats: without its offset it would read back as the first.
        return local.isoformat(timespec=timespec)
    return local.replace(tzinfo=None).isoformat(timespec=timespec)


def _optional(key: str, value: str) -> list[str]:
    return [f"{key} = {_string(value)}"] if value else []


def _text(text: Text, default_language: str, *, inline: bool = False) -> str:
    """A plain string when the text is only in the default language, else a table of languages
    (which the reader takes as is: a plain string would move the text to the default).
    `inline`: inside an inline table, where a multi-line string would break the line."""
    if tuple(text.values) == (default_language,):
        value = text.values[default_language]
        return _multiline(value) if "\n" in value and not inline else _string(value)
    items = ", ".join(f"{_key(lang)} = {_string(value)}" for lang, value in text.values.items())
    return f"{{ {items} }}"


def _string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    return '"' + "".join(_escape(char) for char in value) + '"'


def _multiline(value: str) -> str:
    """A TOML multi-line basic string; the newline after the opening quotes is not part of it."""
    body = "".join("\n" if char == "\n" else _escape(char) for char in value)
    return f'"""\n{body}"""'


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04X}"
    return char


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(_string(value) for value in values) + "]"


def _key(name: str) -> str:
    bare = name and all(char.isascii() and (char.isalnum() or char in "-_") for char in name)
    return name if bare else _string(name)


def _comment(text: str) -> str:
    return " ".join(text.split())
