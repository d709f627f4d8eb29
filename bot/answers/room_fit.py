"""Room fit in the organiser's language: /popular's list, /status's fullest rooms and the alert
of a room filling up (pure: see bot/room_fit.py for the figures)."""

from __future__ import annotations

from html import escape

from babel.numbers import format_percent

from bot.answers.organising import title
from bot.i18n import Speaker
from bot.programme.model import Programme
from bot.room_fit import Fit, is_full

POPULAR_LINES = 20  # sessions /popular lists


def percent_text(ratio: float, s: Speaker) -> str:
    """'90 %' in French and Spanish, '90%' in English."""
    return format_percent(ratio, locale=s.language)


def seats_text(capacity: int, s: Speaker) -> str:
    return s.n_("{count} seat", "{count} seats", capacity)


def fit_text(programme: Programme, fit: Fit, s: Speaker) -> str:
    """'Scala: 50 seats, 90%', 'Scala: seats unknown', or 'no room'."""
    room = programme.room(fit.session.room_id)
    if room is None:
        # Translators: a session held nowhere in particular (a break everywhere).
        return s._("no room")
    if fit.capacity is None or fit.ratio is None:
        # Translators: the room's number of seats is not in the programme file.
        return s._("{room}: seats unknown", room=escape(room.name))
    return s._(
        "{room}: {seats}, {percent}",
        room=escape(room.name),
        seats=seats_text(fit.capacity, s),
        percent=percent_text(fit.ratio, s),
    )


def fit_line(programme: Programme, fit: Fit, s: Speaker, percent: float) -> str:
    """'• ⚠️ 45 followers — “Title”, Friday … at 13:30 — Scala: 50 seats, 90%'."""
    mark = "⚠️ " if is_full(fit, percent) else ""
    followers = s.n_("{count} follower", "{count} followers", fit.followers)
    when = s.day_and_time(fit.session.start)
    name = title(fit.session, programme, s)
    return f"• {mark}<b>{followers}</b> — {name}, {when} — {fit_text(programme, fit, s)}"


def popular_text(programme: Programme, fits: list[Fit], s: Speaker, percent: float) -> str:
    """/popular: the sessions still to come, most followed first, with their room's seats."""
    if not fits:
        return s._("No session still to come has followers yet.")
    lines = ["<b>" + s._("Most followed sessions") + "</b>"]
    lines += [fit_line(programme, fit, s, percent) for fit in fits[:POPULAR_LINES]]
    if len(fits) > POPULAR_LINES:
        extra = len(fits) - POPULAR_LINES
        lines.append(s.n_("…and {count} more", "…and {count} more", extra))
    if percent > 0 and any(is_full(fit, percent) for fit in fits[:POPULAR_LINES]):
        lines += [
            "",
            # Translators: {percent} is the threshold, e.g. "80%".
            s._(
                "⚠️ followed by {percent} of the room's seats or more.", percent=percent_text(percent / 100, s)
            ),
        ]
    return "\n".join(lines)


def fullest_lines(programme: Programme, fits: list[Fit], s: Speaker) -> list[str]:
    """/status's rooms fullest for their sessions still to come (nothing when no room has seats)."""
    if not fits:
        return []
    lines = ["🏟 " + s._("Fullest rooms:")]
    for fit in fits:
        assert fit.capacity is not None and fit.ratio is not None
        room = programme.room(fit.session.room_id)
        # Translators: e.g. "• Title — Scala: 45/50 (90%)": followers/seats, then the ratio.
        line = s._(
            "{title} — {room}: {followers}/{seats} ({percent})",
            title=title(fit.session, programme, s),
            room=escape(room.name if room else ""),
            followers=fit.followers,
            seats=fit.capacity,
            percent=percent_text(fit.ratio, s),
        )
        lines.append(f"• {line}")
    return lines


def alert_text(programme: Programme, fit: Fit, bigger: str | None, s: Speaker) -> str:
    """The organisers' alert: a session's followers reached the threshold of its room's seats,
    and the bigger room free at that time (or that there is none)."""
    assert fit.capacity is not None and fit.ratio is not None
    session = fit.session
    room = programme.room(session.room_id)
    lines = [
        "🔥 <b>" + s._("A room is filling up") + "</b>",
        f"<b>{title(session, programme, s)}</b> — {s.day_and_time(session.start)}, "
        + escape(room.name if room else ""),
        s._(
            "{followers} for {seats} ({percent})",
            followers=s.n_("{count} follower", "{count} followers", fit.followers),
            seats=seats_text(fit.capacity, s),
            percent=percent_text(fit.ratio, s),
        ),
    ]
    if bigger is None:
        lines.append(s._("No bigger room is free at that time."))
    else:
        other = programme.rooms[bigger]
        lines.append(
            s._(
                "{room} ({seats}) is free at that time.",
                room=escape(other.name),
                seats=seats_text(other.capacity or 0, s),
            )
        )
    return "\n".join(lines)
