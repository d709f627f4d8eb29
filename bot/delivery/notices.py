"""The texts of change notices and organisers' announcements, in the recipient's language."""

from __future__ import annotations

from html import escape
from typing import Any

from bot.i18n import Speaker
from bot.programme.changes import ChangeKind, Slot
from bot.programme.model import Programme, Text


def _room(programme: Programme, room_id: str | None, s: Speaker) -> str:
    room = programme.room(room_id)
    return escape(room.name) if room else s._("everywhere")


def change_notice(programme: Programme, payload: dict[str, Any], s: Speaker) -> str | None:
    """'Room change: «X» is now in Scala, Thursday 16 November at 15:00 (was Alcazar).'"""
    before = Slot.from_json(payload["before"]) if payload.get("before") else None
    after = Slot.from_json(payload["after"]) if payload.get("after") else None
    if before is None or after is None:
        return None
    session = programme.session(str(payload.get("session")))
    title_text = session.title if session else Text.of(payload.get("title") or {})
    title = escape(title_text.get(s.language, programme.conference.default_language))
    when = s.day_and_time(after.start)
    kind = payload.get("kind")
    if kind == ChangeKind.MOVED:
        return "📍 " + s._(
            "Room change: “{title}” is now in {room}, {when} (was {old_room}).",
            title=title,
            room=_room(programme, after.room_id, s),
            when=when,
            old_room=_room(programme, before.room_id, s),
        )
    if kind == ChangeKind.RETIMED:
        return "🕒 " + s._(
            "Time change: “{title}” is now {when} in {room} (was {old_when}).",
            title=title,
            when=when,
            room=_room(programme, after.room_id, s),
            old_when=s.day_and_time(before.start),
        )
    if kind == ChangeKind.CANCELLED:
        return "❌ " + s._(
            "Cancelled: “{title}”, {when} in {room}.",
            title=title,
            when=s.day_and_time(before.start),
            room=_room(programme, before.room_id, s),
        )
    if kind == ChangeKind.RESTORED:
        return "✅ " + s._(
            "Back on the programme: “{title}”, {when} in {room}.",
            title=title,
            when=when,
            room=_room(programme, after.room_id, s),
        )
    return None


def announcement(text: str, s: Speaker) -> str:
    """The organiser's words as written, under a header in the recipient's language."""
    return "📢 <b>" + s._("Announcement from the organisers") + "</b>\n\n" + escape(text)


def refused_programme(reason: str, s: Speaker) -> str:
    """To organisers: a new programme version was refused, the last good one keeps serving."""
    return "⚠️ " + s._(
        "A new version of the programme was refused; the previous one stays in force. Why: {reason}",
        reason=escape(reason),
    )
