"""Checks across sessions that no single field shows: times, days and rooms that clash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme, Session

Locate = Callable[[Session], tuple[int | None, str]]


def check_programme(programme: Programme, locate: Locate, path: str | Path, *, strict: bool) -> list[str]:
    """Refuse (strict) or warn about sessions that end before they start, fall outside the
    conference days, or overlap another session in the same room. Returns the warnings."""
    warnings: list[str] = []

    def report(session: Session, field: str, reason: str) -> None:
        line, where = locate(session)
        if strict:
            raise ProgrammeError(path, reason, line=line, where=f"{where}.{field}")
        place = f"{path}:{line}" if line else str(path)
        warnings.append(f"{place}: {where}.{field}: {reason}")

    conference = programme.conference
    days = set(conference.days)
    for session in programme.sessions:
        if session.end <= session.start:
            report(
                session,
                "end",
                f"end {session.end:%Y-%m-%d %H:%M} is not after start {session.start:%H:%M}",
            )
        day = conference.programme_day(session.start)
        if day not in days:
            listed = ", ".join(d.isoformat() for d in conference.days)
            report(session, "start", f"{day.isoformat()} is not one of the conference days ({listed})")
    for room_id in programme.rooms:
        previous: Session | None = None
        for session in programme.sessions_in_room(room_id):
            if session.cancelled:
                continue
            if previous is not None and session.start < previous.end:
                report(
                    session,
                    "start",
                    f"overlaps {previous.id!r} in room {programme.rooms[room_id].name!r} "
                    f"({previous.start:%H:%M}–{previous.end:%H:%M})",
                )
            if previous is None or session.end > previous.end:
                previous = session
    return warnings
