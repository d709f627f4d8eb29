"""Stars: the sessions each user follows."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime

import aiosqlite


class Stars:
    """Cached per user in memory (read on every card), written through to the database."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._by_user: dict[int, set[str]] = defaultdict(set)
        self._followers: Counter[str] = Counter()
        # Goes up with every star and unstar: whoever counts followers knows when to count again.
        self.version = 0

    async def load(self) -> None:
        async with self._db.execute("SELECT user_id, session_id FROM stars") as cursor:
            async for user_id, session_id in cursor:
                self._by_user[user_id].add(session_id)
                self._followers[session_id] += 1
        self.version += 1

    def followers(self, session_id: str) -> int:
        """How many people follow (starred) a session."""
        return self._followers.get(session_id, 0)

    def follower_counts(self) -> dict[str, int]:
        """Every followed session's number of followers."""
        return {session: count for session, count in self._followers.items() if count > 0}

    def of(self, user_id: int) -> frozenset[str]:
        return frozenset(self._by_user.get(user_id, ()))

    def has(self, user_id: int, session_id: str) -> bool:
        return session_id in self._by_user.get(user_id, ())

    def count(self) -> int:
        return sum(len(sessions) for sessions in self._by_user.values())

    async def star(self, user_id: int, session_id: str, now: datetime) -> bool:
        """Star a session; False when it already was."""
        if self.has(user_id, session_id):
            return False
        await self._db.execute(
            "INSERT OR IGNORE INTO stars (user_id, session_id, starred_at) VALUES (?, ?, ?)",
            (user_id, session_id, now.isoformat()),
        )
        await self._db.commit()
        self._by_user[user_id].add(session_id)
        self._followers[session_id] += 1
        self.version += 1
        return True

    async def unstar(self, user_id: int, session_id: str) -> bool:
        if not self.has(user_id, session_id):
            return False
        await self._db.execute(
            "DELETE FROM stars WHERE user_id = ? AND session_id = ?", (user_id, session_id)
        )
        await self._db.commit()
        self._by_user[user_id].discard(session_id)
        self._followers[session_id] -= 1
        self.version += 1
        return True

    async def starrers(self, session_id: str) -> list[int]:
        async with self._db.execute(
            "SELECT user_id FROM stars WHERE session_id = ? ORDER BY user_id", (session_id,)
        ) as cursor:
            return [row[0] async for row in cursor]
