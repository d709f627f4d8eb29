"""Shared by the importer tests: where the fixtures are, and programmes reduced to plain data
that can be compared across formats (instants as UTC, whatever zone object carries them)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.programme.loading import Loaded, load_programme
from bot.programme.model import Programme, Session

FIXTURES = Path(__file__).parent / "fixtures"
PRETALX = FIXTURES / "pretalx"
ZONES = {"democon": "Europe/Berlin", "jornada": "America/Mexico_City"}


def load(name: str, tz: str | None = None) -> Loaded:
    return load_programme(FIXTURES / name, tz=tz)


def utc(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat()


def sessions_of(
    programme: Programme, *, with_kind: bool = True, with_languages: bool = True
) -> dict[str, dict[str, Any]]:
    """Each session as plain data, by id: instants in UTC, room, people, title, kind. Formats
    that do not say the kind, or the language of the titles, compare without them."""
    return {
        session.id: {
            "start": utc(session.start),
            "end": utc(session.end),
            "room": session.room_id,
            "people": session.person_ids,
            "title": dict(session.title.values) if with_languages else session.title.all(),
            **({"kind": session.kind} if with_kind else {}),
        }
        for session in programme.sessions
    }


def rooms_of(programme: Programme) -> dict[str, str]:
    return {room.id: room.name for room in programme.rooms.values()}


def people_of(programme: Programme) -> dict[str, str]:
    return {person.id: person.name for person in programme.people.values()}


def by_id(programme: Programme, session_id: str) -> Session:
    session = programme.session(session_id)
    assert session is not None, f"no {session_id!r} in {sorted(s.id for s in programme.sessions)}"
    return session
