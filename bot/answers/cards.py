"""Session cards and the starred list: what Telegram shows, written without knowing Telegram."""

from __future__ import annotations

from datetime import date
from html import escape

from bot.answers.render import role_label, room_label, session_line
from bot.i18n import Speaker
from bot.programme.model import Programme, Session


def session_card(programme: Programme, session: Session, s: Speaker, *, details: bool = False) -> str:
    """Title, day and time, room with its languages, people with their roles; the description
    and guiding questions only on demand (they are long)."""
    language = programme.conference.default_language
    lines = [f"<b>{escape(session.title.get(s.language, language))}</b>"]
    when = f"{s.day_title(session.start)}, {s.time_range(session.start, session.end)}"
    lines.append(f"🕒 {escape(when)}")
    room = programme.room(session.room_id)
    where = room_label(programme, session, s)
    if room and room.interpretation:
        languages = s.join(s.language_name(code) for code in room.interpretation)
        where += " · " + s._("interpretation: {languages}", languages=escape(languages))
    lines.append(f"📍 {where}")
    if room and room.directions:
        lines.append(f"🚶 {escape(room.directions.get(s.language, language))}")
    if session.cancelled:
        lines.append("❌ " + s._("This session is cancelled."))
    for person, role in programme.people_of(session):
        who = escape(person.name)
        if person.affiliation and not person.unnamed:
            who += f", <i>{escape(person.affiliation)}</i>"
        lines.append(f"• {who} — {escape(role_label(role, s))}")
    if session.organiser:
        lines.append(s._("Organised by {organiser}", organiser=escape(session.organiser)))
    if details:
        description = session.description.get(s.language, language)
        if description:
            lines.append("")
            lines.append(escape(description))
        if session.questions:
            lines.append("")
            heading = s._("Guiding questions")
            lines.append(f"<b>{heading}</b>")
            lines.extend(f"– {escape(question)}" for question in session.questions)
    return "\n".join(lines)


def starred_list(programme: Programme, session_ids: frozenset[str], s: Speaker) -> str:
    """Starred sessions by day, each overlap flagged."""
    sessions = [programme.session(sid) for sid in session_ids]
    kept = sorted((x for x in sessions if x is not None), key=lambda x: (x.start, x.room_id or ""))
    if not kept:
        return s._("You have not starred any session yet. Open a session and press ⭐ to follow it.")
    heading = s._("Your sessions")
    lines = [f"<b>{heading}</b>"]
    current: date | None = None
    for session in kept:
        day = programme.conference.programme_day(session.start)
        if day != current:
            lines.append("")
            lines.append(f"<u>{escape(s.day_title(day))}</u>")
            current = day
        line = "• " + session_line(programme, session, s)
        clashes = [
            other
            for other in kept
            if other is not session and other.start < session.end and session.start < other.end
        ]
        if clashes:
            titles = s.join(
                escape(c.title.get(s.language, programme.conference.default_language)) for c in clashes
            )
            line += "\n  ⚠️ " + s._("overlaps with {titles}", titles=titles)
        lines.append(line)
    missing = len(sessions) - len(kept)
    if missing:
        lines.append("")
        lines.append(
            s.n_(
                "{count} starred session is no longer in the programme.",
                "{count} starred sessions are no longer in the programme.",
                missing,
            )
        )
    return "\n".join(lines)
