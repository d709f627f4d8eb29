"""A speaker's own sessions: role, when, where and how to get there, languages, who is with them."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from bot.answers.feedback import Summary, average_text, comment_line, distribution_text
from bot.answers.lines import role_label, room_label, way_there
from bot.i18n import Speaker
from bot.programme.model import Programme


def my_slots(
    programme: Programme, person_id: str, s: Speaker, feedback: Mapping[str, Summary | None] | None = None
) -> str:
    """A speaker's sessions; `feedback` holds the results of those that have ended and are asked
    about (None for one nobody rated yet): averages, counts and comments, never who gave them."""
    person = programme.people[person_id]
    sessions = [x for x in programme.sessions_of_person(person_id)]
    default = programme.conference.default_language
    heading = s._("Your sessions, {name}", name=escape(person.name))
    if not sessions:
        return f"<b>{heading}</b>\n" + s._("You have no session in the programme.")
    lines = [f"<b>{heading}</b>"]
    for session in sessions:
        roles = s.join(role_label(r.role, s) for r in session.roles if r.person_id == person_id)
        lines.append("")
        title = escape(session.title.get(s.language, default))
        lines.append(f"<b>{title}</b> — <i>{escape(roles)}</i>")
        when = f"{s.day_title(session.start)}, {s.time_range(session.start, session.end)}"
        lines.append(f"🕒 {escape(when)} · 📍 {room_label(programme, session, s)}")
        if session.cancelled:
            lines.append("❌ " + s._("This session is cancelled."))
        lines.extend(way_there(programme, session, s))
        others = [(p, role) for p, role in programme.people_of(session) if p.id != person_id]
        if others:
            lines.append(
                s._(
                    "With: {people}",
                    people=escape(s.join(f"{p.name} ({role_label(r, s)})" for p, r in others)),
                )
            )
        if feedback is not None and session.id in feedback:
            lines.extend(_feedback_lines(feedback[session.id], s))
    return "\n".join(lines)


def _feedback_lines(summary: Summary | None, s: Speaker) -> list[str]:
    if summary is None or not summary.count:
        return ["⭐ " + s._("Feedback: no rating yet.")]
    lines = ["⭐ " + s._("Feedback: {average}", average=average_text(summary, s)), distribution_text(summary)]
    return lines + [comment_line(comment, s) for comment in summary.comments]


def speaker_reminder_text(
    programme: Programme, session_id: str, person_id: str, s: Speaker, minutes: int
) -> str:
    session = programme.sessions_of_person(person_id)
    found = next((x for x in session if x.id == session_id), None)
    assert found is not None
    default = programme.conference.default_language
    roles = s.join(role_label(r.role, s) for r in found.roles if r.person_id == person_id)
    lines = [
        "🎤 "
        + s.n_("You are on in {count} minute:", "You are on in {count} minutes:", minutes)
        + f" <b>{escape(found.title.get(s.language, default))}</b> ({escape(roles)})",
        f"🕒 {s.time_range(found.start, found.end)} · 📍 {room_label(programme, found, s)}",
    ]
    return "\n".join([*lines, *way_there(programme, found, s, languages=False)])
