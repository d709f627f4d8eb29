"""The outbox table: rows written before anything is sent, marked as the sender goes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import aiosqlite


class OutboxState(StrEnum):
    """Where a row of the outbox is; stored as its value (the schema's `state` column)."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    BLOCKED = "blocked"  # the recipient blocked the bot
    OBSOLETE = "obsolete"  # replaced before it went out (a reminder of a session that moved)


# Pending rows are looked up with the state written into the SQL, not bound: only a literal lets
# SQLite use the partial index `outbox_pending` (WHERE state = 'pending').
_PENDING_SQL = f"state = '{OutboxState.PENDING}'"


@dataclass(frozen=True, slots=True)
class Envelope:
    """One message to one recipient, rendered in their language only when it is sent."""

    id: int
    job: str
    recipient: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    created_at: datetime
    parts_sent: int = 0  # of a message too long for one, how many parts went out
    uncertain: int = 0  # sends Telegram did not answer (they may have arrived)
    error: str | None = None  # why the last try failed


@dataclass(frozen=True, slots=True)
class NewMessage:
    job: str
    recipient: int
    kind: str
    payload: dict[str, Any]
    not_before: float = 0.0


class Outbox:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection

    async def enqueue(self, messages: Iterable[NewMessage], now: datetime) -> int:
        """Write messages; one already written for the same (job, recipient) is left as it is.
        Returns how many rows are new."""
        rows = [
            (m.job, m.recipient, m.kind, json.dumps(m.payload, sort_keys=True), m.not_before, now.isoformat())
            for m in messages
        ]
        if not rows:
            return 0
        before = self._db.total_changes
        await self._db.executemany(
            "INSERT OR IGNORE INTO outbox (job, recipient, kind, payload, not_before, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        await self._db.commit()
        return self._db.total_changes - before

    async def pending(self, now: datetime, limit: int = 200) -> list[Envelope]:
        async with self._db.execute(
            "SELECT id, job, recipient, kind, payload, attempts, created_at, parts_sent, uncertain, error "
            f"FROM outbox WHERE {_PENDING_SQL} AND not_before <= ? ORDER BY not_before, id LIMIT ?",
            (now.timestamp(), limit),
        ) as cursor:
            return [
                Envelope(
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    json.loads(row[4]),
                    row[5],
                    datetime.fromisoformat(row[6]),
                    row[7],
                    row[8],
                    row[9],
                )
                async for row in cursor
            ]

    async def mark(
        self, envelope_id: int, state: OutboxState, now: datetime, error: str | None = None
    ) -> None:
        await self._db.execute(
            "UPDATE outbox SET state = ?, sent_at = ?, error = ?, attempts = attempts + 1 WHERE id = ?",
            (state, now.isoformat(), error, envelope_id),
        )
        await self._db.commit()

    async def retry_later(
        self, envelope_id: int, not_before: float, error: str, *, parts_sent: int = 0, uncertain: bool = False
    ) -> None:
        """A try that failed for now: the row waits until `not_before` (a POSIX instant)."""
        await self._db.execute(
            "UPDATE outbox SET attempts = attempts + 1, not_before = ?, error = ?, parts_sent = ?, "
            "uncertain = uncertain + ? WHERE id = ?",
            (not_before, error, parts_sent, int(uncertain), envelope_id),
        )
        await self._db.commit()

    async def keep_pending(self, envelope_id: int, *, parts_sent: int) -> None:
        """Not a failed try (parts of a long message went out, or Telegram asked us to wait)."""
        await self._db.execute("UPDATE outbox SET parts_sent = ? WHERE id = ?", (parts_sent, envelope_id))
        await self._db.commit()

    async def obsolete_pending(self, kind: str, job_prefix: str, keep_job: str | None = None) -> int:
        """Mark pending rows of a kind whose job starts with a prefix as obsolete (but `keep_job`)."""
        before = self._db.total_changes
        await self._db.execute(
            f"UPDATE outbox SET state = ? WHERE {_PENDING_SQL} AND kind = ? "
            "AND job LIKE ? ESCAPE '\\' AND job != ?",
            (OutboxState.OBSOLETE, kind, _like_prefix(job_prefix), keep_job or ""),
        )
        await self._db.commit()
        return self._db.total_changes - before

    async def counts(self, job: str | None = None) -> dict[str, int]:
        """How many rows in each state (of one job, or all): an organiser's progress report."""
        query = "SELECT state, COUNT(*) FROM outbox"
        params: tuple[Any, ...] = ()
        if job is not None:
            query += " WHERE job = ?"
            params = (job,)
        async with self._db.execute(query + " GROUP BY state", params) as cursor:
            return {state: count async for state, count in cursor}

    async def last_sent(self, kind: str, recipient: int) -> datetime | None:
        """When the last message of a kind was sent to a recipient (on the bot's clock), if ever."""
        async with self._db.execute(
            "SELECT sent_at FROM outbox WHERE kind = ? AND recipient = ? AND state = ? "
            "ORDER BY julianday(sent_at) DESC LIMIT 1",
            (kind, recipient, OutboxState.SENT),
        ) as cursor:
            row = await cursor.fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    async def sent_since(self, instant: datetime) -> int:
        """How many rows were sent at `instant` or later (on the bot's clock): the sending rate."""
        async with self._db.execute(
            "SELECT COUNT(*) FROM outbox WHERE state = ? AND julianday(sent_at) >= julianday(?)",
            (OutboxState.SENT, instant.isoformat()),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
