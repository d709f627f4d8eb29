"""The lines every reply is made of: a session on one line, sessions under day headings."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from bot.i18n import Speaker
from bot.programme.model import Programme, Session


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
