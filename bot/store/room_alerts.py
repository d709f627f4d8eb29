"""Room alerts: the sessions whose followers reached the threshold of their room's seats and
whose organisers were told, kept so that each session is told once, also across restarts."""

from __future__ import annotations

from datetime import datetime

import aiosqlite


class RoomAlertLog:
    """Read once at start; written through on every alert."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._told: set[str] = set()

    async def load(self) -> None:
        async with self._db.execute("SELECT session_id FROM room_alerts") as cursor:
            self._told = {row[0] async for row in cursor}

    def was_told(self, session_id: str) -> bool:
        return session_id in self._told

    async def record(
        self, session_id: str, room_id: str, followers: int, capacity: int, now: datetime
    ) -> bool:
        """Remember that organisers are told about a session; False when they already were."""
        if session_id in self._told:
            return False
        await self._db.execute(
            "INSERT OR IGNORE INTO room_alerts (session_id, room_id, followers, capacity, alerted_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (session_id, room_id, followers, capacity, now.isoformat()),
        )
        await self._db.commit()
        self._told.add(session_id)
        return True
