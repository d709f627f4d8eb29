"""Calendar links: each user's secret token for their calendar subscription (bot/calendar_feed.py).

A token is `secrets.token_urlsafe(32)` (256 random bits): the link is its only key, so it cannot
be guessed. It is kept as is, not hashed, because /ics shows the same link each time it is asked
(a hash could not be shown again, and a new link each time would break the subscriptions made).
Cached in memory both ways: a calendar app's fetch costs no database call.
"""

from __future__ import annotations

import secrets
from datetime import datetime

import aiosqlite

TOKEN_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class CalendarLinks:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._by_user: dict[int, str] = {}
        self._by_token: dict[str, int] = {}

    async def load(self) -> None:
        async with self._db.execute("SELECT user_id, token FROM calendar_links") as cursor:
            async for user_id, token in cursor:
                self._remember(user_id, token)

    def user_of(self, token: str) -> int | None:
        """The user whose link this token is, or None (never issued, or replaced by a new link)."""
        return self._by_token.get(token)

    def token_of(self, user_id: int) -> str | None:
        return self._by_user.get(user_id)

    async def issue(self, user_id: int, now: datetime) -> str:
        """The user's token, made on first use; the same one afterwards."""
        token = self._by_user.get(user_id)
        return token if token is not None else await self.reset(user_id, now)

    async def reset(self, user_id: int, now: datetime) -> str:
        """A new token for the user: the old one (if any) no longer opens anything."""
        token = new_token()
        await self._db.execute(
            "INSERT INTO calendar_links (user_id, token, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at",
            (user_id, token, now.isoformat()),
        )
        await self._db.commit()
        old = self._by_user.get(user_id)
        if old is not None:
            self._by_token.pop(old, None)
        self._remember(user_id, token)
        return token

    def _remember(self, user_id: int, token: str) -> None:
        self._by_user[user_id] = token
        self._by_token[token] = user_id
