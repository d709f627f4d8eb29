"""Updates fetched from Telegram, kept in the database until their handling starts.

getUpdates confirms a batch to Telegram when the next one is asked for; from then on Telegram will
not send it again. Each batch is written here before that next call, and each update is struck off
when its handling begins. So a kill -9 loses only the updates being handled at that moment (at most
the processor's running lanes), and the next start handles the ones still here first.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Sequence
from typing import Any

import aiosqlite

from bot.store.safety import DatabaseGone

log = logging.getLogger(__name__)


class Inbox:
    # Ids struck off in one statement (SQLite's default limit is 32,766 variables).
    CHUNK = 500

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._started: list[int] = []
        self._flush: asyncio.Task[None] | None = None

    async def keep(self, updates: Sequence[dict[str, Any]]) -> None:
        """Write a batch as Telegram sent it (one commit for the batch)."""
        if not updates:
            return
        rows = [(int(update["update_id"]), json.dumps(update, separators=(",", ":"))) for update in updates]
        try:
            await self._db.executemany("INSERT OR IGNORE INTO inbox (update_id, body) VALUES (?, ?)", rows)
            await self._db.commit()
        except DatabaseGone:  # nowhere to keep them: they are handled all the same
            pass
        except sqlite3.Error as error:  # the inbox is a safety net: the updates go on without it
            log.warning("inbox: %d updates not kept: %s", len(rows), error)

    async def started(self, update_id: int) -> None:
        """Strike an update off; those started in the same moment share one commit. Never fails:
        an update is handled even if the inbox cannot be written (it may then come again after a
        kill)."""
        self._started.append(update_id)
        if self._flush is None:
            self._flush = asyncio.create_task(self._strike_off())
        await asyncio.shield(self._flush)

    async def _strike_off(self) -> None:
        await asyncio.sleep(0)  # let the others started now join this commit
        ids, self._started, self._flush = self._started, [], None
        try:
            for first in range(0, len(ids), self.CHUNK):
                chunk = ids[first : first + self.CHUNK]
                marks = ",".join("?" * len(chunk))
                await self._db.execute(f"DELETE FROM inbox WHERE update_id IN ({marks})", chunk)
            await self._db.commit()
        except DatabaseGone:  # the database was lost (bot/store/safety.py)
            pass
        except sqlite3.Error as error:
            log.warning("inbox: %d updates not struck off: %s", len(ids), error)

    async def left(self) -> list[dict[str, Any]]:
        """Updates fetched but never started (a kill, or a stop that ran out of time), oldest first."""
        async with self._db.execute("SELECT body FROM inbox ORDER BY update_id") as cursor:
            return [json.loads(row[0]) async for row in cursor]
