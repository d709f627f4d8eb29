"""The conference channel: one post a few minutes before each time slot, listing its sessions.

Derived like reminders, never timers: each sweep looks at the programme in force and writes a row
to the outbox for every slot starting within ANNOUNCE_MINUTES, once per channel language. The job
names the slot's start instant (`slot:<start>:<lang>`), so UNIQUE(job, recipient) writes it once,
also across restarts, and a slot whose sessions moved to another time is a new job. The post is
rendered when the sender gets to it, from the sessions that still start then; none left, no post.
"""

from __future__ import annotations

import bisect
from datetime import datetime, timedelta
from functools import lru_cache
from html import escape
from typing import Any

from bot.answers.lines import interpretation, room_label
from bot.config import Config
from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.sender import Rendered
from bot.i18n import Speaker, speaker
from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import Programme, Session

KIND = OutboxKind.SLOT


def slot_job(start: datetime, language: str) -> str:
    return f"{KIND}:{int(start.timestamp())}:{language}"


def channel_recipients(config: Config, conference_language: str | None = None) -> list[tuple[int, str]]:
    """(chat id, language) of every post the conference channel gets for one event: one per
    ANNOUNCE_LANGUAGES, else one in DEFAULT_LANGUAGE, else in the conference's language (pass
    `programme.conference.default_language`); empty without ANNOUNCE_CHAT_ID.

    Room changes, cancellations and announcements mirrored to the channel go through the outbox
    with these recipients, the language in the job (e.g. f"{job}:{language}") and the payload."""
    if config.announce_chat_id is None:
        return []
    languages = config.announce_languages or (config.default_language or conference_language or "en",)
    return [(config.announce_chat_id, language) for language in languages]


@lru_cache(maxsize=4)
def _announced(programme: Programme) -> tuple[tuple[datetime, ...], tuple[Session, ...]]:
    """Sessions a slot post lists (in start order) and their starts, for bisecting; per snapshot."""
    sessions = tuple(s for s in programme.sessions if s.kind not in PAUSE_KINDS)
    return tuple(s.start for s in sessions), sessions


def slot_sessions(programme: Programme, start_ts: float) -> list[Session]:
    """The sessions of the programme in force starting at that instant (cancelled ones left out)."""
    starts, sessions = _announced(programme)
    instant = datetime.fromtimestamp(start_ts, programme.timezone)
    low, high = bisect.bisect_left(starts, instant), bisect.bisect_right(starts, instant)
    return [s for s in sessions[low:high] if not s.cancelled]


def due_slots(programme: Programme, now: datetime, lead: timedelta) -> list[datetime]:
    """Start instants of the slots whose post is due: `start − lead ≤ now < start`."""
    starts, sessions = _announced(programme)
    low, high = bisect.bisect_right(starts, now), bisect.bisect_right(starts, now + lead)
    return sorted({s.start for s in sessions[low:high] if not s.cancelled})


async def sweep_channel(outbox: Outbox, programme: Programme, config: Config, now: datetime) -> int:
    """Write the slot posts due at `now` to the outbox; returns how many rows are new."""
    recipients = channel_recipients(config, programme.conference.default_language)
    if not recipients:
        return 0
    messages = [
        NewMessage(slot_job(start, language), chat_id, KIND, {"start": start.timestamp(), "lang": language})
        for start in due_slots(programme, now, timedelta(minutes=config.announce_minutes))
        for chat_id, language in recipients
    ]
    return await outbox.enqueue(messages, now)


def slot_text(programme: Programme, sessions: list[Session], s: Speaker) -> str:
    """'🕒 Starting at 15:00', then each session with its room and interpretation languages."""
    default = programme.conference.default_language
    # Translators: heading of the channel's post a few minutes before a time slot; {time} is e.g. 15:00.
    lines = ["🕒 <b>" + s._("Starting at {time}", time=s.time(sessions[0].start)) + "</b>"]
    for session in sessions:
        lines.append(f"\n• <b>{escape(session.title.get(s.language, default))}</b>")
        place = f"📍 {room_label(programme, session, s)}"
        heard = interpretation(programme.room(session.room_id), s)
        if heard:
            place += f" · 🎧 {heard}"
        lines.append(place)
    return "\n".join(lines)


def slot_post(payload: dict[str, Any], programme: Programme, now: datetime) -> Rendered | None:
    """The post for an outbox row, checked at send time: None once the slot began or is empty."""
    try:
        sessions = slot_sessions(programme, float(payload["start"]))
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None
    if not sessions or sessions[0].start <= now:
        return None
    language = str(payload.get("lang") or programme.conference.default_language)
    return Rendered(slot_text(programme, sessions, speaker(language, programme.timezone)))
