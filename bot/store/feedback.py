"""Feedback on sessions: ratings and comments, who is writing a comment, who opted out.

Opt-outs and comments being written are cached in memory: every private message asks whether
it is a comment (a dictionary look-up, no database call).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

# A comment is the next message within this time after pressing Comment; later it is a question.
COMMENT_WINDOW = timedelta(minutes=15)
COMMENT_LIMIT = 500  # characters kept of a comment
_FORGET_ASKED = (
    "UPDATE ratings SET comment_asked_at = NULL WHERE user_id = ? AND comment_asked_at IS NOT NULL"
)


@dataclass(frozen=True, slots=True)
class Rating:
    session_id: str
    rating: int
    comment: str | None
    language: str | None
    rated_at: datetime


class Feedback:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._opted_out: set[int] = set()
        self._writing: dict[int, tuple[str, datetime]] = {}  # user → (session, when asked)

    async def load(self) -> None:
        async with self._db.execute("SELECT user_id FROM feedback_optout") as cursor:
            self._opted_out = {row[0] async for row in cursor}
        async with self._db.execute(
            "SELECT user_id, session_id, comment_asked_at FROM ratings WHERE comment_asked_at IS NOT NULL"
        ) as cursor:
            async for user_id, session_id, asked in cursor:
                with contextlib.suppress(ValueError, TypeError):
                    self._writing[user_id] = (session_id, datetime.fromisoformat(asked))

    def asks(self, user_id: int) -> bool:
        """Whether the user wants to be asked for feedback (the default)."""
        return user_id not in self._opted_out

    async def set_asks(self, user_id: int, asks: bool, now: datetime) -> None:
        if asks:
            await self._db.execute("DELETE FROM feedback_optout WHERE user_id = ?", (user_id,))
            self._opted_out.discard(user_id)
        else:
            await self._db.execute(
                "INSERT OR IGNORE INTO feedback_optout (user_id, at) VALUES (?, ?)",
                (user_id, now.isoformat()),
            )
            self._opted_out.add(user_id)
        await self._db.commit()

    async def rate(self, user_id: int, session_id: str, rating: int, language: str, now: datetime) -> None:
        """Record (or change) a user's rating of a session; a comment already written stays."""
        if not 1 <= rating <= 5:
            raise ValueError("a rating is from 1 to 5")
        await self._db.execute(
            "INSERT INTO ratings (user_id, session_id, rating, language, rated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (user_id, session_id) DO UPDATE SET rating = excluded.rating, "
            "rated_at = excluded.rated_at",
            (user_id, session_id, rating, language, now.isoformat()),
        )
        await self._db.commit()

    async def rating_of(self, user_id: int, session_id: str) -> Rating | None:
        async with self._db.execute(
            "SELECT session_id, rating, comment, language, rated_at FROM ratings "
            "WHERE user_id = ? AND session_id = ?",
            (user_id, session_id),
        ) as cursor:
            row = await cursor.fetchone()
        return _rating(row) if row else None

    async def ask_comment(self, user_id: int, session_id: str, now: datetime) -> None:
        """The user pressed Comment under their rating: their next message is the comment."""
        await self._db.execute(_FORGET_ASKED, (user_id,))
        await self._db.execute(
            "UPDATE ratings SET comment_asked_at = ? WHERE user_id = ? AND session_id = ?",
            (now.isoformat(), user_id, session_id),
        )
        await self._db.commit()
        self._writing[user_id] = (session_id, now)

    def writing_comment(self, user_id: int, now: datetime) -> str | None:
        """The session whose comment the user's next message is, if they pressed Comment lately."""
        found = self._writing.get(user_id)
        if found is None or not timedelta(0) <= now - found[1] <= COMMENT_WINDOW:
            return None
        return found[0]

    async def save_comment(self, user_id: int, session_id: str, text: str) -> str:
        """Keep a comment as one line (at most COMMENT_LIMIT characters); returns what was kept."""
        line = " ".join(text.split())[:COMMENT_LIMIT]
        await self._db.execute(
            "UPDATE ratings SET comment = ?, comment_asked_at = NULL WHERE user_id = ? AND session_id = ?",
            (line, user_id, session_id),
        )
        await self._db.commit()
        self._writing.pop(user_id, None)
        return line

    async def stop_comment(self, user_id: int) -> None:
        """No comment after all: the next message is a question again."""
        if self._writing.pop(user_id, None) is not None:
            await self._db.execute(_FORGET_ASKED, (user_id,))
            await self._db.commit()

    async def ratings(self, session_ids: list[str] | None = None) -> list[Rating]:
        """Every rating (of some sessions), without who gave it, in the order they came."""
        query = "SELECT session_id, rating, comment, language, rated_at FROM ratings"
        params: tuple[str, ...] = ()
        if session_ids is not None:
            query += f" WHERE session_id IN ({', '.join('?' for _ in session_ids)})"
            params = tuple(session_ids)
        async with self._db.execute(query + " ORDER BY rated_at, session_id", params) as cursor:
            return [_rating(row) async for row in cursor]


def _rating(row: aiosqlite.Row) -> Rating:
    return Rating(row[0], row[1], row[2], row[3], datetime.fromisoformat(row[4]))
