"""Files Telegram already has: a document or a map is uploaded once, then sent by its file_id,
across restarts (the table telegram_files)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator, MutableMapping

import aiosqlite

log = logging.getLogger(__name__)


class TelegramFiles(MutableMapping[str, str]):
    """A file's key (its path, size and modification time) → Telegram's file_id, kept in memory
    and written to the database behind the send: a lost write costs one upload, never a message."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._ids: dict[str, str] = {}
        self._writes: set[asyncio.Task[None]] = set()

    async def load(self) -> None:
        async with self._db.execute("SELECT key, file_id FROM telegram_files") as cursor:
            async for key, file_id in cursor:
                self._ids[key] = file_id

    def __getitem__(self, key: str) -> str:
        return self._ids[key]

    def __setitem__(self, key: str, file_id: str) -> None:
        self._ids[key] = file_id
        self._write("INSERT OR REPLACE INTO telegram_files (key, file_id) VALUES (?, ?)", (key, file_id))

    def __delitem__(self, key: str) -> None:
        del self._ids[key]
        self._write("DELETE FROM telegram_files WHERE key = ?", (key,))

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def _write(self, sql: str, parameters: tuple[str, ...]) -> None:
        task = asyncio.get_running_loop().create_task(self._execute(sql, parameters))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _execute(self, sql: str, parameters: tuple[str, ...]) -> None:
        try:
            await self._db.execute(sql, parameters)
            await self._db.commit()
        except (aiosqlite.Error, ValueError) as error:  # a closed connection at shutdown
            log.warning("file id not kept (%s): the file will be uploaded again", error)

    async def flush(self) -> None:
        """Wait for the writes under way (before the database closes)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
