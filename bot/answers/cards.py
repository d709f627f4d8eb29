"""Session cards, their buttons' labels and the starred list: what Telegram shows, written without
knowing Telegram."""

from __future__ import annotations

from datetime import date
from html import escape

from bot.answers.clip import clip, clip_html, join_within
from bot.answers.lines import (
    affiliation_language,
    building_line,
    directions_text,
    interpretation,
    language_mark,
    role_label,
    room_label,
    session_line,
)
from bot.answers.split import TELEGRAM_LIMIT, utf16_length
from bot.i18n import Speaker
from bot.programme.model import Programme, Session

# A card is one message, edited in place: it must fit Telegram's limit whatever the programme
# holds. Each part gets a share (a title of 10,000 characters is shortened, not the rest lost),
# the description what is left, and lines that still do not fit give way to a last line of "…".
CARD_LIMIT = TELEGRAM_LIMIT
TITLE_LIMIT = 300
FIELD_LIMIT = 200
QUESTION_LIMIT = 500
# A button opening a session's card: its time and title, shortened to stay readable on a phone.
LABEL_LIMIT = 60


def session_card(programme: Programme, session: Session, s: Speaker, *, details: bool = False) -> str:
    """Title, day and time, room with its languages, people with their roles; the description
    and guiding questions only on demand (they are long). At most CARD_LIMIT characters."""
    language = programme.conference.default_language
    title = clip_html(session.title.get(s.language, language), TITLE_LIMIT)
    lines = [f"<b>{title}</b>{language_mark(session.title, programme, s)}"]
    when = f"{s.day_title(session.start)}, {s.time_range(session.start, session.end)}"
    lines.append(f"🕒 {escape(when)}")
    room = programme.room(session.room_id)
    where = clip_html(room.name, FIELD_LIMIT) if room else room_label(programme, session, s)
    heard = interpretation(room, s)
    if heard:
        where += f" · {heard}"
    lines.append(f"📍 {where}")
    building = building_line(room, programme, s, FIELD_LIMIT) if room else ""
    if building:
        lines.append(f"🏢 {building}")
    if room and room.directions:
        lines.append(f"🚶 {directions_text(room, programme, s, FIELD_LIMIT)}")
    if session.cancelled:
        lines.append("❌ " + s._("This session is cancelled."))
    affiliations: set[str | None] = set()
    for person, role in programme.people_of(session):
        who = clip_html(person.name, FIELD_LIMIT)
        if person.affiliation and not person.unnamed:
            who += f", <i>{clip_html(person.affiliation, FIELD_LIMIT)}</i>"
            affiliations.add(affiliation_language(programme, person, s))
        lines.append(f"• {who} — {escape(role_label(role, s))}")
    if len(affiliations) == 1 and (used := affiliations.pop()) is not None:
        # Translators: under the people of a session, whose affiliations we only have in another language.
        lines.append("<i>" + s._("(affiliations in {language})", language=s.language_name(used)) + "</i>")
    if session.organiser:
        lines.append(s._("Organised by {organiser}", organiser=clip_html(session.organiser, FIELD_LIMIT)))
    if details:
        description = session.description.get(s.language, language)
        if description:
            # "(in French)" on a line of its own above it, so that a shortened description keeps it.
            mark = language_mark(session.description, programme, s).strip()
            head = ["", mark] if mark else [""]
            # What the lines above leave, less the newlines before it and a last line of "…".
            room_left = CARD_LIMIT - utf16_length("\n".join([*lines, *head])) - 1 - len("\n…")
            if room_left > 0:
                lines.extend(head)
                lines.append(clip_html(description, room_left))
        if session.questions:
            lines.append("")
            heading = s._("Guiding questions")
            lines.append(f"<b>{heading}</b>")
            lines.extend(f"– {clip_html(question, QUESTION_LIMIT)}" for question in session.questions)
    return join_within(lines, CARD_LIMIT)


def session_label(session: Session, s: Speaker) -> str:
    """A button's label for a session: '14:00 Its title', at most LABEL_LIMIT long, ending with …
    when shortened."""
    return clip(f"{s.time(session.start)} {session.title.get(s.language)}", LABEL_LIMIT)


def title_label(programme: Programme, session: Session, s: Speaker) -> str:
    """A button's label naming a session by its title, at most LABEL_LIMIT long: plain text, not
    HTML (Telegram shows a button's text as it is)."""
    return clip(session.title.get(s.language, programme.conference.default_language), LABEL_LIMIT)


def starred_sessions(programme: Programme, session_ids: frozenset[str]) -> list[Session]:
    """The starred sessions still in the programme, in the order /mine lists them: by start, then room."""
    sessions = [programme.session(sid) for sid in session_ids]
    return sorted((x for x in sessions if x is not None), key=lambda x: (x.start, x.room_id or ""))


def starred_list(programme: Programme, session_ids: frozenset[str], s: Speaker) -> str:
    """Starred sessions by day, each overlap flagged."""
    kept = starred_sessions(programme, session_ids)
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
    missing = len(session_ids) - len(kept)
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
