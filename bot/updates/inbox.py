"""Updates fetched from Telegram, kept in the database until their handling starts.

getUpdates confirms a batch to Telegram when the next one is asked for; from then on Telegram will
not send it again. Each batch is written here before that next call, and each update is struck off
when its handling begins. So a kill -9 loses only the updates being handled at that moment (at most
the processor's running lanes), and the next start handles the ones still here first.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Sequence
from typing import Any

import aiosqlite

from bot.store.safety import DatabaseGone


class Inbox:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._started: list[int] = []
        self._flush: asyncio.Task[None] | None = None

    async def keep(self, updates: Sequence[dict[str, Any]]) -> None:
        """Write a batch as Telegram sent it (one commit for the batch)."""
        if not updates:
            return
        with contextlib.suppress(DatabaseGone):  # nowhere to keep them: they are handled all the same
            await self._db.executemany(
                "INSERT OR IGNORE INTO inbox (update_id, body) VALUES (?, ?)",
                [(int(update["update_id"]), json.dumps(update, separators=(",", ":"))) for update in updates],
            )
            await self._db.commit()

    async def started(self, update_id: int) -> None:
        """Strike an update off; those started in the same moment share one commit."""
        self._started.append(update_id)
        if self._flush is None:
            self._flush = asyncio.create_task(self._strike_off())
        await asyncio.shield(self._flush)

    async def _strike_off(self) -> None:
        await asyncio.sleep(0)  # let the others started now join this commit
        ids, self._started, self._flush = self._started, [], None
        with contextlib.suppress(DatabaseGone):  # the database was lost (bot/store/safety.py)
            await self._db.executemany("DELETE FROM inbox WHERE update_id = ?", [(i,) for i in ids])
            await self._db.commit()

    async def left(self) -> list[dict[str, Any]]:
        """Updates fetched but never started (a kill, or a stop that ran out of time), oldest first."""
        async with self._db.execute("SELECT body FROM inbox ORDER BY update_id") as cursor:
            return [json.loads(row[0]) async for row in cursor]
