"""Who may change the programme and broadcast: ORGANISER_IDS, plus those they granted the role to."""

from __future__ import annotations

from datetime import datetime

import aiosqlite


class Organisers:
    """Checked on every call (never cached per chat): a revoked organiser loses the power at once."""

    def __init__(self, connection: aiosqlite.Connection, founders: frozenset[int]) -> None:
        self._db = connection
        self.founders = founders
        self._granted: dict[int, int] = {}

    async def load(self) -> None:
        async with self._db.execute("SELECT user_id, granted_by FROM organisers") as cursor:
            self._granted = {user_id: by async for user_id, by in cursor}

    def is_organiser(self, user_id: int | None) -> bool:
        return user_id is not None and (user_id in self.founders or user_id in self._granted)

    def all(self) -> list[int]:
        return sorted(self.founders | set(self._granted))

    def granted(self) -> dict[int, int]:
        return dict(self._granted)

    async def grant(self, user_id: int, by: int, now: datetime) -> bool:
        if self.is_organiser(user_id):
            return False
        await self._db.execute(
            "INSERT INTO organisers (user_id, granted_by, granted_at) VALUES (?, ?, ?)",
            (user_id, by, now.isoformat()),
        )
        await self._db.execute(
            "INSERT INTO audit (at, actor, action, after) VALUES (?, ?, 'grant', ?)",
            (now.isoformat(), by, str(user_id)),
        )
        await self._db.commit()
        self._granted[user_id] = by
        return True

    async def revoke(self, user_id: int, by: int, now: datetime) -> bool:
        """Founders (ORGANISER_IDS) cannot be revoked from the chat: they are the operator's choice."""
        if user_id not in self._granted:
            return False
        await self._db.execute("DELETE FROM organisers WHERE user_id = ?", (user_id,))
        await self._db.execute(
            "INSERT INTO audit (at, actor, action, before) VALUES (?, ?, 'revoke', ?)",
            (now.isoformat(), by, str(user_id)),
        )
        await self._db.commit()
        del self._granted[user_id]
        return True
