"""The overrides organisers put on top of the programme file, and the audit log of every change."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.programme.changes import SessionChange, Slot


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: int | None
    action: str
    session_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    undone: bool


class ChangeLog:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection

    async def overrides(self) -> dict[str, Slot]:
        async with self._db.execute("SELECT session_id, slot FROM overrides") as cursor:
            return {session_id: Slot.from_json(json.loads(slot)) async for session_id, slot in cursor}

    async def record(
        self, changes: list[SessionChange], actor: int | None, now: datetime, *, override: bool
    ) -> list[int]:
        """Write the changes to the audit log (and, for organisers' changes, the overrides) in one
        transaction. Returns the audit ids, one per change."""
        ids: list[int] = []
        stamp = now.isoformat()
        for change in changes:
            if override and change.after is not None:
                await self._db.execute(
                    "INSERT INTO overrides (session_id, slot, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(session_id) DO UPDATE SET "
                    "slot = excluded.slot, updated_at = excluded.updated_at",
                    (change.session_id, json.dumps(change.after.to_json()), stamp),
                )
            cursor = await self._db.execute(
                "INSERT INTO audit (at, actor, action, session_id, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    stamp,
                    actor,
                    change.kind,
                    change.session_id,
                    json.dumps(change.before.to_json()) if change.before else None,
                    json.dumps(change.after.to_json()) if change.after else None,
                ),
            )
            ids.append(int(cursor.lastrowid or 0))
        await self._db.commit()
        return ids

    async def mark_undone(self, audit_id: int) -> None:
        await self._db.execute("UPDATE audit SET undone = 1 WHERE id = ?", (audit_id,))
        await self._db.commit()

    async def log(self, actor: int | None, action: str, now: datetime, detail: dict[str, Any]) -> int:
        """Anything else organisers do (a broadcast): who, when, what."""
        cursor = await self._db.execute(
            "INSERT INTO audit (at, actor, action, after) VALUES (?, ?, ?, ?)",
            (now.isoformat(), actor, action, json.dumps(detail, ensure_ascii=False)),
        )
        await self._db.commit()
        return int(cursor.lastrowid or 0)

    async def changes_since(self, instant: datetime, session_ids: Iterable[str]) -> list[AuditEntry]:
        """The changes to these sessions recorded at `instant` or later and not undone, oldest first."""
        ids = list(session_ids)
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        async with self._db.execute(
            "SELECT id, at, actor, action, session_id, before, after, undone FROM audit "
            f"WHERE session_id IN ({marks}) AND undone = 0 AND julianday(at) >= julianday(?) ORDER BY id",
            (*ids, instant.isoformat()),
        ) as cursor:
            return [_entry(row) async for row in cursor]

    async def last_undoable(self) -> AuditEntry | None:
        """The most recent organiser change to a session that has not been undone."""
        entries = await self.entries(limit=1, undoable_only=True)
        return entries[0] if entries else None

    async def entries(self, limit: int = 20, *, undoable_only: bool = False) -> list[AuditEntry]:
        query = "SELECT id, at, actor, action, session_id, before, after, undone FROM audit"
        if undoable_only:
            query += " WHERE session_id IS NOT NULL AND actor IS NOT NULL AND undone = 0"
        query += " ORDER BY id DESC LIMIT ?"
        async with self._db.execute(query, (limit,)) as cursor:
            return [_entry(row) async for row in cursor]


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        row[0],
        datetime.fromisoformat(row[1]),
        row[2],
        row[3],
        row[4],
        json.loads(row[5]) if row[5] else None,
        json.loads(row[6]) if row[6] else None,
        bool(row[7]),
    )
