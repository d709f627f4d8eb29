"""The lines every reply is made of: a session on one line, sessions under day headings."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from bot.answers.clip import clip_html
from bot.i18n import Speaker
from bot.programme.kinds import SessionKind
from bot.programme.model import Person, Programme, Room, Session, Text


def shown_language(text: Text, programme: Programme, s: Speaker) -> str | None:
    """The language `text` is shown in when it is not the reader's (the conference's, else any it
    has), or None: in the reader's language, or empty."""
    if not text or text.has(s.language):
        return None
    default = programme.conference.default_language
    return default if text.has(default) else next(iter(text.values))


def language_mark(text: Text, programme: Programme, s: Speaker) -> str:
    """' <i>(in French)</i>' after a text shown in another language than the reader's, else ''."""
    used = shown_language(text, programme, s)
    if used is None:
        return ""
    # Translators: after a text we only have in another language, e.g. "(in French)".
    return " <i>" + s._("(in {language})", language=s.language_name(used)) + "</i>"


def affiliation_language(programme: Programme, person: Person, s: Speaker) -> str | None:
    """The language a person's affiliation is shown in when it is not the reader's, or None.
    The programme writes affiliations in its own language (its `default_language`), as it writes
    a text given without a table of languages."""
    if not person.affiliation or person.unnamed:
        return None
    return shown_language(Text.of(person.affiliation, programme.conference.default_language), programme, s)


def marked(text: Text, programme: Programme, s: Speaker, limit: int | None = None) -> str:
    """A text in the reader's language (escaped, shortened to `limit`), marked when in another."""
    value = text.get(s.language, programme.conference.default_language)
    shown = clip_html(value, limit) if limit else escape(value)
    return shown + language_mark(text, programme, s)


def building_line(room: Room, programme: Programme, s: Speaker, limit: int | None = None) -> str:
    """'Main building · Floor: 2', or '' when the programme gives neither (HTML)."""
    parts = []
    if room.building:
        parts.append(marked(room.building, programme, s, limit))
    if room.floor:
        # Translators: the floor of a building a room is on, as the programme writes it ("2", "ground floor").
        parts.append(s._("Floor: {floor}", floor=marked(room.floor, programme, s, limit)))
    return " · ".join(parts)


def directions_text(room: Room, programme: Programme, s: Speaker, limit: int | None = None) -> str:
    """The room's directions in the reader's language, marked when in another (HTML), or ''."""
    return marked(room.directions, programme, s, limit) if room.directions else ""


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


def kind_label(kind: SessionKind, s: Speaker) -> str:
    """A kind's name: in the legend of the day's picture, in the heading of a search by kind."""
    labels = {
        # Translators: kinds of session, in the legend of the day's picture (/grid).
        SessionKind.PLENARY: s._("Plenary"),
        SessionKind.BREAKOUT: s._("Parallel session"),
        SessionKind.WORKSHOP: s._("Workshop"),
        SessionKind.TALK: s._("Talk"),
        SessionKind.ROUNDTABLE: s._("Round table"),
        SessionKind.SIDE_EVENT: s._("Side event"),
        SessionKind.VISIT: s._("Visit"),
        SessionKind.RECEPTION: s._("Reception"),
        SessionKind.OTHER: s._("Other"),
        SessionKind.BREAK: s._("Break"),
        SessionKind.LUNCH: s._("Lunch"),
    }
    return labels[kind]


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
    """The lines under a reminder or a speaker's session: '🏢 building · floor', '🚶 how to get to
    the room' and, unless `languages` is False, '🎧 interpretation: …', each only when the
    programme says."""
    room = programme.room(session.room_id)
    lines = []
    building = building_line(room, programme, s) if room else ""
    if building:
        lines.append(f"🏢 {building}")
    if room and room.directions:
        lines.append(f"🚶 {directions_text(room, programme, s)}")
    heard = interpretation(room, s) if languages else None
    if heard:
        lines.append(f"🎧 {heard}")
    return lines


def session_line(
    programme: Programme, session: Session, s: Speaker, *, running: bool = False, mark: bool = True
) -> str:
    """'15:00–16:30 · Alcazar — Title', the title marked '(in French)' when it is in another
    language than the reader's (unless `mark` is False: the list says it once)."""
    line = (
        f"<b>{s.time_range(session.start, session.end)}</b> · {room_label(programme, session, s)}"
        f" — {escape(session.title.get(s.language, programme.conference.default_language))}"
    )
    if mark:
        line += language_mark(session.title, programme, s)
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
    """Sessions one a line, under a day heading whenever the day changes. Titles all in one other
    language than the reader's are said to be so once, under the list; else each is marked."""
    sessions = tuple(sessions)
    running_ids = {session.id for session in running}
    shown = {shown_language(session.title, programme, s) for session in sessions}
    once = shown.pop() if len(shown) == 1 and len(sessions) > 1 else None
    lines: list[str] = []
    current_day = None
    for session in sessions:
        day = programme.conference.programme_day(session.start)
        if with_days and day != current_day:
            if lines:
                lines.append("")
            lines.append(f"<u>{escape(s.day_title(day))}</u>")
            current_day = day
        line = session_line(programme, session, s, running=session.id in running_ids, mark=once is None)
        lines.append("• " + line)
    if once is not None:
        # Translators: under a list of sessions whose titles we only have in another language.
        lines.append("<i>" + s._("(titles in {language})", language=s.language_name(once)) + "</i>")
    return "\n".join(lines)
