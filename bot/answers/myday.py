"""My day (/today): the reader's starred sessions of one day in order, with their rooms, the time
free between them (and the breaks in it), what is on for them now and next, and their clashes.
Also the warning given at once when a new star overlaps another one."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape

from bot.answers.clip import clip
from bot.answers.lines import room_label, session_line
from bot.answers.split import utf16_length
from bot.i18n import Speaker
from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import Programme, Session

# A callback query's answer holds at most 200 characters: each title gets a share of them.
ANSWER_LIMIT = 200
NOTICE_TITLE_LIMIT = 48


def overlaps(one: Session, other: Session) -> bool:
    return one.start < other.end and other.start < one.end


def starred_on(programme: Programme, starred: frozenset[str], day: date) -> list[Session]:
    """The reader's starred sessions of a programme day, in order (cancelled ones included)."""
    return [x for x in programme.sessions_on(day) if x.id in starred]


def clashes_with(programme: Programme, session: Session, starred: frozenset[str]) -> list[Session]:
    """The other starred sessions (not cancelled) that overlap `session`, in order."""
    found = (programme.session(sid) for sid in starred if sid != session.id)
    return sorted(
        (x for x in found if x is not None and not x.cancelled and overlaps(x, session)),
        key=lambda x: (x.start, x.end, x.room_id or "", x.id),  # the programme's order
    )


def duration(delta: timedelta) -> str:
    """'45 min', '1 h 15', '2 h': written the same in French, English and Spanish."""
    minutes = round(delta.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d}" if minutes else f"{hours} h"


def _title(programme: Programme, session: Session, s: Speaker) -> str:
    return session.title.get(s.language, programme.conference.default_language)


def _where_when(programme: Programme, session: Session, s: Speaker) -> str:
    return f"{s.time_range(session.start, session.end)}, {room_label(programme, session, s)}"


def _plain_where_when(programme: Programme, session: Session, s: Speaker) -> str:
    room = programme.room(session.room_id)
    when = s.time_range(session.start, session.end)
    return f"{when}, {room.name}" if room else when


def clash_notice(
    programme: Programme, session: Session, starred: frozenset[str], s: Speaker, limit: int | None = None
) -> str | None:
    """'⚠️ «A» overlaps with «B» (10:30–12:00, Alcazar).' when the newly starred `session`
    overlaps another starred one, else None. Plain text; with `limit`, at most that many
    characters (fewer sessions named, "and 2 others", then shortened)."""
    others = clashes_with(programme, session, starred)
    if not others or session.cancelled:
        return None
    text = ""
    for count in (2, 1):
        shown = others[:count]
        named = [
            s._(
                "«{title}» ({when})",
                title=clip(_title(programme, x, s), NOTICE_TITLE_LIMIT),
                when=_plain_where_when(programme, x, s),
            )
            for x in shown
        ]
        if len(others) > len(shown):
            named.append(s.n_("{count} other", "{count} others", len(others) - len(shown)))
        text = "⚠️ " + s._(
            "«{title}» overlaps with {others}.",
            title=clip(_title(programme, session, s), NOTICE_TITLE_LIMIT),
            others=s.join(named),
        )
        if limit is None or utf16_length(text) <= limit:
            return text
    return clip(text, limit) if limit is not None else text


def star_added(
    programme: Programme, session: Session, starred: frozenset[str], s: Speaker
) -> tuple[str, bool]:
    """What pressing ⭐ answers once `session` is starred (`starred` holds it): added, and at once
    the clash with the reader's other starred sessions, as an alert that stays until closed."""
    added = s._("Added to your sessions.")
    clash = clash_notice(programme, session, starred, s, ANSWER_LIMIT - utf16_length(added) - 1)
    return (f"{added}\n{clash}", True) if clash else (added, False)


def my_day(programme: Programme, starred: frozenset[str], day: date, now: datetime, s: Speaker) -> str:
    """The reader's day as HTML (see the module's docstring)."""
    title = s._("Your day: {day}", day=s.day_title(day))
    heading = f"<b>{escape(title)}</b>"
    if not starred:
        return "\n".join(
            [
                heading,
                "",
                s._("You have not starred any session yet. Open a session and press ⭐ to follow it."),
            ]
        )
    sessions = starred_on(programme, starred, day)
    if not sessions:
        lines = [heading, "", s._("You have starred nothing on this day.")]
        elsewhere = sum(1 for sid in starred if programme.session(sid) is not None)
        if elsewhere:
            lines.append(
                s.n_(
                    "Your {count} starred session is on another day: /mine lists it.",
                    "Your {count} starred sessions are on other days: /mine lists them.",
                    elsewhere,
                )
            )
        return "\n".join(lines)
    held = [x for x in sessions if not x.cancelled]
    lines = [heading]
    if programme.conference.programme_day(now) == day:
        running = [x for x in held if x.is_running(now)]
        coming = [x for x in held if x.start > now]
        for x in running:
            lines.append(
                "▶️ "
                + s._(
                    "Now for you: {title} ({room}, until {end})",
                    title=f"<b>{escape(_title(programme, x, s))}</b>",
                    room=room_label(programme, x, s),
                    end=s.time(x.end),
                )
            )
        if coming:
            x = coming[0]
            lines.append(
                "⏭ "
                + s._(
                    "Next for you: {title} at {time} ({room}), in {wait}",
                    title=f"<b>{escape(_title(programme, x, s))}</b>",
                    time=s.time(x.start),
                    room=room_label(programme, x, s),
                    wait=duration(x.start - now),
                )
            )
        if not running and not coming:
            lines.append(s._("Your sessions of today are over."))
    lines.append("")
    pauses = [x for x in programme.sessions_on(day) if x.kind in PAUSE_KINDS and not x.cancelled]
    latest_end: datetime | None = None
    for x in sessions:
        if not x.cancelled and latest_end is not None and x.start > latest_end:
            free = duration(x.start - latest_end)
            line = "   ↓ " + s._("{duration} free", duration=free)
            inside = [p for p in pauses if latest_end <= p.start and p.end <= x.start]
            if inside:
                line += " · " + ", ".join(
                    escape(f"{_title(programme, p, s)} {s.time_range(p.start, p.end)}") for p in inside
                )
            lines.append(line)
        on_now = x.is_running(now) and not x.cancelled
        lines.append("• " + session_line(programme, x, s, running=on_now))
        if x.cancelled:
            continue
        later = [o for o in held if o is not x and overlaps(o, x) and (o.start, o.id) > (x.start, x.id)]
        if later:
            titles = s.join(
                s._(
                    "«{title}» ({when})",
                    title=escape(_title(programme, o, s)),
                    when=_where_when(programme, o, s),
                )
                for o in later
            )
            lines.append("   ⚠️ " + s._("clashes with {titles}", titles=titles))
        latest_end = x.end if latest_end is None else max(latest_end, x.end)
    return "\n".join(lines)
