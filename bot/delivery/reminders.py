"""Reminders for starred sessions: derived from stars and the programme in force, never timers.

A reminder is due when `start − lead time ≤ now < start` and the outbox has no row for
(job, user), where the job names the session *and its start instant*. So a reminder is written
once, also across restarts; a moved session has a new start, hence a new job, and the reminder for
the old start can no longer be sent (the sender checks it against the programme).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import datetime, timedelta

import aiosqlite

from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.programme.current import CurrentProgramme
from bot.programme.model import Session
from bot.store.users import REMINDER_CHOICES

KIND = OutboxKind.REMINDER
LONGEST_LEAD = timedelta(minutes=max(REMINDER_CHOICES))


def may_be_due(session: Session, now: datetime) -> bool:
    """Whether a reminder of `session` may be due at `now` for someone who just starred it: it
    starts within the longest lead anyone can choose (then the sweep looks at once)."""
    return now < session.start <= now + LONGEST_LEAD


def reminder_job(session: Session) -> str:
    return f"{KIND}:{session.id}:{int(session.start.timestamp())}"


class Reminders:
    def __init__(self, connection: aiosqlite.Connection, programme: CurrentProgramme, outbox: Outbox) -> None:
        self._db = connection
        self._programme = programme
        self._outbox = outbox
        self._starts_for: object | None = None
        self._starts: list[datetime] = []

    def _upcoming(self, now: datetime) -> list[Session]:
        """Sessions starting within the longest lead time: the only ones a reminder can be due for."""
        programme = self._programme.snapshot
        if self._starts_for is not programme:
            self._starts = [s.start for s in programme.sessions]
            self._starts_for = programme
        low = bisect.bisect_right(self._starts, now)
        high = bisect.bisect_right(self._starts, now + LONGEST_LEAD)
        return [s for s in programme.sessions[low:high] if not s.cancelled]

    async def sweep(self, now: datetime) -> int:
        """Put every reminder due at `now` in the outbox; returns how many were added."""
        sessions = self._upcoming(now)
        if not sessions:
            return 0
        # One indexed query: stars of these sessions whose user's lead time has come and who
        # has no row yet for this session at this start.
        values = ", ".join("(?, ?, ?)" for _ in sessions)
        params: list[object] = []
        for session in sessions:
            params.extend((session.id, reminder_job(session), session.start.timestamp()))
        params.append(now.timestamp())
        query = f"""
            WITH due(session_id, job, start_ts) AS (VALUES {values})
            SELECT stars.user_id, due.session_id, due.job, due.start_ts
            FROM due
            JOIN stars ON stars.session_id = due.session_id
            JOIN users ON users.id = stars.user_id
            WHERE users.blocked = 0 AND users.reminder_minutes > 0
              AND due.start_ts - users.reminder_minutes * 60 <= ?
              AND NOT EXISTS (
                  SELECT 1 FROM outbox WHERE outbox.job = due.job AND outbox.recipient = stars.user_id
              )
        """
        async with self._db.execute(query, params) as cursor:
            rows = await cursor.fetchall()
        messages = [
            NewMessage(job, user_id, KIND, {"session": session_id, "start": start_ts})
            for user_id, session_id, job, start_ts in rows
        ]
        return await self._outbox.enqueue(messages, now)

    async def sessions_changed(self, session_ids: Iterable[str], now: datetime) -> int:
        """Called after the programme in force changed (an organiser's move, a reload): pending
        reminders for an old start or a cancelled session will never be sent, and reminders due
        for the new times are written at once. Returns how many rows became obsolete."""
        programme = self._programme.snapshot
        obsolete = 0
        for session_id in session_ids:
            session = programme.session(session_id)
            keep = reminder_job(session) if session is not None and not session.cancelled else None
            obsolete += await self._outbox.obsolete_pending(KIND, f"{KIND}:{session_id}:", keep_job=keep)
        await self.sweep(now)
        return obsolete


def reminder_is_current(
    payload: dict[str, object], programme: CurrentProgramme, now: datetime
) -> Session | None:
    """The session a reminder is about, if it still starts when the reminder says and has not begun."""
    session = programme.snapshot.session(str(payload.get("session")))
    if session is None or session.cancelled:
        return None
    if int(session.start.timestamp()) != int(float(str(payload.get("start")))):
        return None
    if session.start <= now:
        return None
    return session
