"""Users: their language and settings, cached in memory and written through to the database."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import aiosqlite

REMINDER_CHOICES = (0, 5, 10, 15, 30)
# Times of the conference's zone the morning digest may come at (bot/delivery/digest.py).
DIGEST_CHOICES = ("07:30", "08:00", "08:30", "09:00")
# users.last_seen is written at most this often per user: one write per update would cost too much.
LAST_SEEN_WRITE_EVERY = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class User:
    id: int
    language: str | None
    language_chosen: bool = False
    reminder_minutes: int = 10
    blocked: bool = False
    digest_time: str | None = None  # one of DIGEST_CHOICES; None: no morning digest


class Users:
    """Reads hit the cache: every update needs the user's language, and a database call costs
    a thread hop (see KNOWN-TRAPS)."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._cache: dict[int, User] = {}
        # Last activity, for /status: exact in memory, written through at most every few minutes.
        self._last_seen: dict[int, datetime] = {}
        self._last_written: dict[int, datetime] = {}

    async def load(self) -> None:
        async with self._db.execute(
            "SELECT id, language, language_chosen, reminder_minutes, blocked, last_seen, digest_time "
            "FROM users"
        ) as cursor:
            async for row in cursor:
                digest = row[6] if row[6] in DIGEST_CHOICES else None
                self._cache[row[0]] = User(row[0], row[1], bool(row[2]), row[3], bool(row[4]), digest)
                with contextlib.suppress(ValueError, TypeError):
                    seen = datetime.fromisoformat(row[5])
                    if seen.tzinfo is not None:
                        self._last_seen[row[0]] = self._last_written[row[0]] = seen

    def get(self, user_id: int) -> User | None:
        return self._cache.get(user_id)

    def ids(self) -> list[int]:
        return list(self._cache)

    def reachable_ids(self) -> list[int]:
        """The users who have not blocked the bot, in the order of `ids()`."""
        return [user_id for user_id, user in self._cache.items() if not user.blocked]

    def active_since(self, instant: datetime) -> int:
        """How many users wrote to the bot or pressed a button at `instant` or later."""
        return sum(1 for seen in self._last_seen.values() if seen >= instant)

    async def _note_activity(self, user_id: int, now: datetime) -> None:
        self._last_seen[user_id] = now
        written = self._last_written.get(user_id)
        if written is None or not timedelta(0) <= now - written < LAST_SEEN_WRITE_EVERY:
            self._last_written[user_id] = now
            await self._db.execute("UPDATE users SET last_seen = ? WHERE id = ?", (now.isoformat(), user_id))
            await self._db.commit()

    def __len__(self) -> int:
        return len(self._cache)

    async def seen(self, user_id: int, telegram_language: str | None, now: datetime) -> User:
        """The user, created on first contact with the language Telegram reports."""
        user = self._cache.get(user_id)
        if user is not None and not user.blocked:
            await self._note_activity(user_id, now)
            return user
        stamp = now.isoformat()
        self._last_seen[user_id] = self._last_written[user_id] = now
        if user is None:
            user = User(user_id, telegram_language)
            await self._db.execute(
                "INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET last_seen = excluded.last_seen",
                (user_id, telegram_language, stamp, stamp),
            )
        else:
            # A user who blocked the bot and writes again has unblocked it.
            user = replace(user, blocked=False)
            await self._db.execute(
                "UPDATE users SET blocked = 0, last_seen = ? WHERE id = ?", (stamp, user_id)
            )
        await self._db.commit()
        self._cache[user_id] = user
        return user

    async def set_language(self, user_id: int, language: str) -> User:
        await self._db.execute(
            "UPDATE users SET language = ?, language_chosen = 1 WHERE id = ?", (language, user_id)
        )
        await self._db.commit()
        user = replace(self._require(user_id), language=language, language_chosen=True)
        self._cache[user_id] = user
        return user

    async def set_reminder_minutes(self, user_id: int, minutes: int) -> User:
        if minutes not in REMINDER_CHOICES:
            raise ValueError(f"reminder lead time must be one of {REMINDER_CHOICES}")
        await self._db.execute("UPDATE users SET reminder_minutes = ? WHERE id = ?", (minutes, user_id))
        await self._db.commit()
        user = replace(self._require(user_id), reminder_minutes=minutes)
        self._cache[user_id] = user
        return user

    async def set_digest_time(self, user_id: int, digest_time: str | None) -> User:
        """The time the morning digest comes at (one of DIGEST_CHOICES), or None: off."""
        if digest_time is not None and digest_time not in DIGEST_CHOICES:
            raise ValueError(f"the digest's time must be one of {DIGEST_CHOICES}")
        await self._db.execute("UPDATE users SET digest_time = ? WHERE id = ?", (digest_time, user_id))
        await self._db.commit()
        user = replace(self._require(user_id), digest_time=digest_time)
        self._cache[user_id] = user
        return user

    def with_digest(self) -> list[User]:
        """The users who asked for the morning digest and have not blocked the bot."""
        return [user for user in self._cache.values() if user.digest_time and not user.blocked]

    async def mark_blocked(self, user_id: int) -> None:
        await self._db.execute("UPDATE users SET blocked = 1 WHERE id = ?", (user_id,))
        await self._db.commit()
        if user_id in self._cache:
            self._cache[user_id] = replace(self._cache[user_id], blocked=True)

    def _require(self, user_id: int) -> User:
        user = self._cache.get(user_id)
        if user is None:
            raise KeyError(f"unknown user {user_id}")
        return user
