"""An organiser's planned change, and why one is refused, in the organiser's language (pure: see
bot/organising.py for the planning)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from bot.i18n import Speaker
from bot.organising import (
    AlreadyCancelled,
    AlreadyThere,
    EndBeforeStart,
    NotCancelled,
    OutsideDays,
    Refusal,
    RoomTaken,
    UnknownRoom,
    UnreadableTime,
)
from bot.programme.changes import ChangeKind, SessionChange
from bot.programme.model import Programme, Session

if TYPE_CHECKING:
    from bot.store.changes import AuditEntry

# Sessions listed when a few words name several: the organiser then gives an id.
SEVERAL_LISTED = 10


def title(session: Session, programme: Programme, s: Speaker) -> str:
    return escape(session.title.get(s.language, programme.conference.default_language))


def refusal_text(refusal: Refusal, programme: Programme, s: Speaker) -> str:
    """Why a change cannot be made, as one sentence of HTML."""
    if isinstance(refusal, EndBeforeStart):
        return s._("The end must come after the start.")
    if isinstance(refusal, OutsideDays):
        days = s.join(s.day(day) for day in programme.conference.days)
        return s._("That is outside the conference days ({days}).", days=days)
    if isinstance(refusal, RoomTaken):
        other = refusal.other
        return s._(
            "{room} is already used then by “{title}” ({time}).",
            room=escape(programme.rooms[refusal.room_id].name),
            title=title(other, programme, s),
            time=s.time_range(other.start, other.end),
        )
    if isinstance(refusal, AlreadyThere):
        return s._("That session is already there.")
    if isinstance(refusal, AlreadyCancelled):
        return s._("That session is already cancelled.")
    if isinstance(refusal, NotCancelled):
        return s._("That session is not cancelled.")
    if isinstance(refusal, UnknownRoom):
        rooms = s.join(escape(r.name) for r in programme.rooms.values())
        return s._("No room is called “{room}”. Rooms: {rooms}.", room=escape(refusal.text), rooms=rooms)
    assert isinstance(refusal, UnreadableTime)
    return s._("I could not read the time “{time}”.", time=escape(refusal.text))


def change_preview(
    programme: Programme, change: SessionChange, s: Speaker, *, starrers: int, speakers: int
) -> str:
    """What a change will do and whom it reaches, shown above its Confirm button."""
    session = programme.session(change.session_id)
    assert session is not None and change.before is not None and change.after is not None
    name = title(session, programme, s)
    when = s.day_and_time(change.after.start)
    rooms = programme.rooms
    if change.kind == ChangeKind.MOVED:
        what = s._(
            "Move “{title}” from {old} to {new}, {when}",
            title=name,
            old=escape(rooms[change.before.room_id].name) if change.before.room_id else "",
            new=escape(rooms[change.after.room_id].name) if change.after.room_id else "",
            when=when,
        )
    elif change.kind == ChangeKind.RETIMED:
        what = s._(
            "Move “{title}” from {old} to {new}",
            title=name,
            old=s.day_and_time(change.before.start),
            new=f"{when}–{s.time(change.after.end)}",
        )
    elif change.kind == ChangeKind.CANCELLED:
        what = s._("Cancel “{title}”, {when}", title=name, when=s.day_and_time(change.before.start))
    else:
        what = s._("Restore “{title}”, {when}", title=name, when=when)
    reach = s.n_("{count} person starred it", "{count} people starred it", starrers) + ", "
    reach += s.n_("{count} speaker", "{count} speakers", speakers)
    return f"{what}: {reach}."


def several_sessions_text(programme: Programme, found: Sequence[Session], s: Speaker) -> str:
    """Several sessions match an organiser's words: the first SEVERAL_LISTED with their ids."""
    lines = [s._("Several sessions match; give its id:")]
    lines += [
        f"• <code>{x.id}</code> — {title(x, programme, s)} ({s.day_and_time(x.start)})"
        for x in found[:SEVERAL_LISTED]
    ]
    return "\n".join(lines)


def changes_text(programme: Programme, entries: Sequence[AuditEntry], s: Speaker) -> str:
    """/changes: the audit log's changes to sessions, in the order given (latest first), each with
    its time, action, session, who made it (the programme file when nobody) and whether it was undone."""
    changes = [e for e in entries if e.session_id]
    if not changes:
        return s._("No change has been made to the programme.")
    heading = s._("Changes to the programme")
    lines = [f"<b>{heading}</b>"]
    for entry in changes:
        session = programme.session(entry.session_id or "")
        name = title(session, programme, s) if session else escape(entry.session_id or "")
        who = str(entry.actor) if entry.actor else s._("programme file")
        undone = " " + s._("(undone)") if entry.undone else ""
        lines.append(f"• {s.day_and_time(entry.at)} — {escape(entry.action)} — {name} — {who}{undone}")
    return "\n".join(lines)
