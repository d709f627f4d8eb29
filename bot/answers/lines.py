"""The lines every reply is made of: a session on one line, sessions under day headings."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from bot.i18n import Speaker
from bot.programme.model import Programme, Room, Session


def role_label(role: str, s: Speaker) -> str:
    labels = {
        "speaker": s._("speaker"),
        "moderator": s._("moderator"),
        "welcome-address": s._("welcome address"),
        "institutional-address": s._("institutional address"),
        "address": s._("address"),
        "introduction": s._("introduction"),
        "rapporteur": s._("rapporteur"),
        "presentation": s._("presentation"),
    }
    return labels.get(role, role)


def room_label(programme: Programme, session: Session, s: Speaker) -> str:
    room = programme.room(session.room_id)
    # Translators: where a session with no room (a break) takes place.
    return escape(room.name) if room else s._("everywhere")


def interpretation_languages(room: Room, s: Speaker) -> str:
    """'French and English': the languages a room is interpreted into, named in `s`'s (not escaped)."""
    return s.join(s.language_name(code) for code in room.interpretation)


def interpretation(room: Room | None, s: Speaker) -> str | None:
    """'interpretation: French and English' for a room with interpretation, else None (escaped)."""
    if not room or not room.interpretation:
        return None
    return s._("interpretation: {languages}", languages=escape(interpretation_languages(room, s)))


def way_there(programme: Programme, session: Session, s: Speaker, *, languages: bool = True) -> list[str]:
    """The lines under a reminder or a speaker's session: '🚶 how to get to the room' and, unless
    `languages` is False, '🎧 interpretation: …', each only when the programme says."""
    room = programme.room(session.room_id)
    lines = []
    if room and room.directions:
        directions = room.directions.get(s.language, programme.conference.default_language)
        lines.append(f"🚶 {escape(directions)}")
    heard = interpretation(room, s) if languages else None
    if heard:
        lines.append(f"🎧 {heard}")
    return lines


def session_line(programme: Programme, session: Session, s: Speaker, *, running: bool = False) -> str:
    """'15:00–16:30 · Alcazar — Title'."""
    line = (
        f"<b>{s.time_range(session.start, session.end)}</b> · {room_label(programme, session, s)}"
        f" — {escape(session.title.get(s.language, programme.conference.default_language))}"
    )
    if running:
        line += " " + s._("(on now)")
    if session.cancelled:
        line = f"<s>{line}</s> " + s._("(cancelled)")
    return line


def session_list(
    programme: Programme,
    sessions: Iterable[Session],
    s: Speaker,
    *,
    running: Iterable[Session] = (),
    with_days: bool = True,
) -> str:
    """Sessions one a line, under a day heading whenever the day changes."""
    running_ids = {session.id for session in running}
    lines: list[str] = []
    current_day = None
    for session in sessions:
        day = programme.conference.programme_day(session.start)
        if with_days and day != current_day:
            if lines:
                lines.append("")
            lines.append(f"<u>{escape(s.day_title(day))}</u>")
            current_day = day
        lines.append("• " + session_line(programme, session, s, running=session.id in running_ids))
    return "\n".join(lines)
