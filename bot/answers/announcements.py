"""An organiser's announcements in words: whom one goes to, a time that has passed, the list of
those waiting for their time (pure: no Telegram, no I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from bot.announcing import Audience, has_passed
from bot.answers.clip import clip
from bot.answers.organising import title
from bot.i18n import Speaker
from bot.programme.model import Programme

if TYPE_CHECKING:
    from bot.store.scheduled import Scheduled

# Characters of an announcement's text in the list of those waiting.
LISTED_TEXT = 80


def audience_label(programme: Programme, audience: Audience, target: str, s: Speaker) -> str:
    """'everyone', 'the speakers', 'the followers of “Title”', 'those following sessions in Alcazar'."""
    if audience == Audience.EVERYONE:
        return s._("everyone")
    if audience == Audience.SPEAKERS:
        return s._("the speakers")
    if audience == Audience.SESSION:
        session = programme.session(target)
        name = title(session, programme, s) if session else escape(target)
        return s._("the followers of “{title}”", title=name)
    room = programme.room(target)
    # Translators: those who follow any session in this room on the day the announcement goes out.
    return s._("those following sessions in {room} that day", room=escape(room.name if room else target))


def passed_text(due: datetime, now: datetime, s: Speaker) -> str | None:
    """Why an announcement cannot be scheduled for `due` at `now` (its time has come), or None."""
    return s._("{when} has already passed.", when=s.day_and_time(due)) if has_passed(due, now) else None


def scheduled_text(programme: Programme, waiting: Sequence[Scheduled], s: Speaker) -> str:
    """The announcements waiting for their time, in the order given (soonest first): number, time,
    audience and the start of the text."""
    if not waiting:
        return s._("No announcement is scheduled.")
    heading = s._("Scheduled announcements")
    lines = [f"<b>{heading}</b>"]
    for item in waiting:
        audience = audience_label(programme, Audience(item.audience), item.target, s)
        lines.append(
            f"\n<b>{item.id}.</b> {s.day_and_time(item.due)} — {audience}\n"
            f"{escape(clip(item.text, LISTED_TEXT))}"
        )
    return "\n".join(lines)
