"""Feedback questions: a few minutes after a session ends, each of its followers is asked how it
was. Derived from the programme and the stars like reminders, never timers: each sweep writes an
outbox row for every follower due one, keyed by the session alone, so a person is asked once per
session (also across restarts, and when the session moved)."""

from __future__ import annotations

import bisect
from datetime import datetime, timedelta

import aiosqlite

from bot.answers.feedback import asks_feedback
from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.programme.current import CurrentProgramme
from bot.programme.model import Session

KIND = OutboxKind.FEEDBACK
# A question found later than this after its time (the bot was down) is no longer asked.
CATCH_UP = timedelta(hours=2)


def feedback_job(session_id: str) -> str:
    return f"{KIND}:{session_id}"


class FeedbackQuestions:
    def __init__(
        self, connection: aiosqlite.Connection, programme: CurrentProgramme, outbox: Outbox, delay: timedelta
    ) -> None:
        self._db = connection
        self._programme = programme
        self._outbox = outbox
        self.delay = delay
        self._ends_for: object | None = None
        self._by_end: list[Session] = []
        self._ends: list[datetime] = []

    def due_sessions(self, now: datetime) -> list[Session]:
        """Sessions whose question is due at `now`: ended `delay` ago, not longer than CATCH_UP."""
        programme = self._programme.snapshot
        if self._ends_for is not programme:
            self._by_end = sorted((s for s in programme.sessions if asks_feedback(s)), key=lambda s: s.end)
            self._ends = [s.end for s in self._by_end]
            self._ends_for = programme
        low = bisect.bisect_right(self._ends, now - self.delay - CATCH_UP)
        high = bisect.bisect_right(self._ends, now - self.delay)
        return self._by_end[low:high]

    async def sweep(self, now: datetime) -> int:
        """Put every question due at `now` in the outbox; returns how many were added."""
        sessions = self.due_sessions(now)
        if not sessions:
            return 0
        values = ", ".join("(?, ?)" for _ in sessions)
        params: list[object] = []
        for session in sessions:
            params.extend((session.id, feedback_job(session.id)))
        query = f"""
            WITH due(session_id, job) AS (VALUES {values})
            SELECT stars.user_id, due.session_id, due.job
            FROM due
            JOIN stars ON stars.session_id = due.session_id
            JOIN users ON users.id = stars.user_id
            WHERE users.blocked = 0
              AND NOT EXISTS (SELECT 1 FROM feedback_optout AS o WHERE o.user_id = stars.user_id)
              AND NOT EXISTS (
                  SELECT 1 FROM ratings AS r WHERE r.user_id = stars.user_id AND r.session_id = due.session_id
              )
              AND NOT EXISTS (
                  SELECT 1 FROM outbox WHERE outbox.job = due.job AND outbox.recipient = stars.user_id
              )
        """
        async with self._db.execute(query, params) as cursor:
            rows = await cursor.fetchall()
        messages = [
            NewMessage(job, user_id, KIND, {"session": session_id}) for user_id, session_id, job in rows
        ]
        return await self._outbox.enqueue(messages, now)
