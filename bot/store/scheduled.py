"""Announcements scheduled for later: one row each until the sweeper hands it to the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import aiosqlite


class ScheduledState(StrEnum):
    SCHEDULED = "scheduled"
    SENT = "sent"  # written to the outbox
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Scheduled:
    id: int
    organiser: int
    audience: str
    target: str  # a session or room id, '' for everyone and speakers
    text: str
    due: datetime
    chat_id: int  # where the organiser's message showing its progress is
    message_id: int
    language: str
    state: ScheduledState = ScheduledState.SCHEDULED


_COLUMNS = "id, organiser, audience, target, text, due, chat_id, message_id, language, state"


def _row(row: aiosqlite.Row) -> Scheduled:
    return Scheduled(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        datetime.fromtimestamp(row[5], UTC),
        row[6],
        row[7],
        row[8],
        ScheduledState(row[9]),
    )


class ScheduledAnnouncements:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection

    async def add(
        self,
        organiser: int,
        audience: str,
        target: str,
        text: str,
        due: datetime,
        *,
        chat_id: int,
        message_id: int,
        language: str,
        now: datetime,
    ) -> int:
        cursor = await self._db.execute(
            "INSERT INTO scheduled_announcements (organiser, audience, target, text, due, chat_id, "
            "message_id, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                organiser,
                audience,
                target,
                text,
                due.timestamp(),
                chat_id,
                message_id,
                language,
                now.isoformat(),
            ),
        )
        await self._db.commit()
        return int(cursor.lastrowid or 0)

    async def waiting(self) -> list[Scheduled]:
        """Every announcement not yet due or not yet handed to the outbox, soonest first."""
        return await self._select(
            f"SELECT {_COLUMNS} FROM scheduled_announcements WHERE state = ? ORDER BY due, id"
        )

    async def due(self, now: datetime) -> list[Scheduled]:
        return await self._select(
            f"SELECT {_COLUMNS} FROM scheduled_announcements WHERE state = ? AND due <= ? ORDER BY due, id",
            now.timestamp(),
        )

    async def get(self, scheduled_id: int) -> Scheduled | None:
        async with self._db.execute(
            f"SELECT {_COLUMNS} FROM scheduled_announcements WHERE id = ?", (scheduled_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _row(row) if row else None

    async def mark_sent(self, scheduled_id: int) -> None:
        await self._set_state(scheduled_id, ScheduledState.SENT)

    async def cancel(self, scheduled_id: int) -> bool:
        """Cancel one still waiting; False when it went out already, was cancelled, or is unknown."""
        return await self._set_state(scheduled_id, ScheduledState.CANCELLED)

    async def _set_state(self, scheduled_id: int, state: ScheduledState) -> bool:
        before = self._db.total_changes
        await self._db.execute(
            "UPDATE scheduled_announcements SET state = ? WHERE id = ? AND state = ?",
            (state, scheduled_id, ScheduledState.SCHEDULED),
        )
        await self._db.commit()
        return self._db.total_changes > before

    async def _select(self, query: str, *params: object) -> list[Scheduled]:
        async with self._db.execute(query, (ScheduledState.SCHEDULED, *params)) as cursor:
            return [_row(row) async for row in cursor]
