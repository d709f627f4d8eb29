"""Questions to the panel and their votes; and, in memory, what a person is about to ask.

Who asked a question is kept for the rate limit (bot/panel.py) and never read out of here for
display. A question being written (after ❓ Ask the panel) and one waiting for its session to be
chosen live in memory only: after a restart the person writes it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.panel import Question, State

# The next message within this time after ❓ Ask the panel is the question; later it is a question
# to the bot again. The same for a question waiting for its session to be chosen.
WRITING_WINDOW = timedelta(minutes=10)

_SELECT = (
    "SELECT q.id, q.session_id, q.asker, q.text, q.asked_at, q.state, "
    "(SELECT COUNT(*) FROM panel_votes v WHERE v.question_id = q.id) FROM panel_questions q"
)


class PanelQuestions:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._writing: dict[int, tuple[str, datetime]] = {}  # user → (session, when asked)
        self._held: dict[int, tuple[str, datetime]] = {}  # user → (question, when written)

    async def ask(self, session_id: str, asker: int, text: str, language: str, now: datetime) -> int:
        """Keep a question as written; its id."""
        cursor = await self._db.execute(
            "INSERT INTO panel_questions (session_id, asker, text, language, asked_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (session_id, asker, text, language, now.timestamp()),
        )
        await self._db.commit()
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def asked_at(self, session_id: str, asker: int, since: datetime) -> list[datetime]:
        """When one person asked questions for a session, since an instant (hidden ones too)."""
        async with self._db.execute(
            "SELECT asked_at FROM panel_questions WHERE asker = ? AND session_id = ? AND asked_at > ?",
            (asker, session_id, since.timestamp()),
        ) as cursor:
            return [_instant(row[0]) async for row in cursor]

    async def questions(self, session_ids: Iterable[str]) -> list[Question]:
        """Every question of some sessions, in every state, with its number of votes."""
        ids = list(session_ids)
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        async with self._db.execute(
            f"{_SELECT} WHERE q.session_id IN ({marks}) ORDER BY q.id", ids
        ) as cursor:
            return [_question(row) async for row in cursor]

    async def question(self, question_id: int) -> Question | None:
        async with self._db.execute(f"{_SELECT} WHERE q.id = ?", (question_id,)) as cursor:
            row = await cursor.fetchone()
        return _question(row) if row else None

    async def vote(self, question_id: int, user_id: int, now: datetime) -> bool:
        """One vote per person and question: False when this one had voted already."""
        cursor = await self._db.execute(
            "INSERT OR IGNORE INTO panel_votes (question_id, user_id, voted_at) VALUES (?, ?, ?)",
            (question_id, user_id, now.timestamp()),
        )
        await self._db.commit()
        return cursor.rowcount == 1

    async def voted(self, session_id: str, user_id: int) -> set[int]:
        """The questions of a session this person voted for."""
        async with self._db.execute(
            "SELECT v.question_id FROM panel_votes v JOIN panel_questions q ON q.id = v.question_id "
            "WHERE q.session_id = ? AND v.user_id = ?",
            (session_id, user_id),
        ) as cursor:
            return {row[0] async for row in cursor}

    async def close(self, question_id: int, state: State, by: int, now: datetime) -> bool:
        """Mark an open question answered or hidden; False when it was not open any more."""
        if state == State.OPEN:
            raise ValueError("a question is closed as answered or hidden")
        cursor = await self._db.execute(
            "UPDATE panel_questions SET state = ?, changed_by = ?, changed_at = ? "
            "WHERE id = ? AND state = 'open'",
            (state.value, by, now.timestamp(), question_id),
        )
        await self._db.commit()
        return cursor.rowcount == 1

    def start_writing(self, user_id: int, session_id: str, now: datetime) -> None:
        """The user pressed ❓ Ask the panel: their next message is the question."""
        self._writing[user_id] = (session_id, now)
        self._held.pop(user_id, None)

    def writing(self, user_id: int, now: datetime) -> str | None:
        """The session the user's next message is a question for, if they pressed Ask lately."""
        return _fresh(self._writing.get(user_id), now)

    def stop_writing(self, user_id: int) -> None:
        self._writing.pop(user_id, None)

    def hold(self, user_id: int, text: str, now: datetime) -> None:
        """A question written while several followed sessions run: kept until one is chosen."""
        self._held[user_id] = (text, now)
        self._writing.pop(user_id, None)

    def take_held(self, user_id: int, now: datetime) -> str | None:
        """The question waiting for its session (once: it is forgotten here)."""
        return _fresh(self._held.pop(user_id, None), now)


def _fresh(found: tuple[str, datetime] | None, now: datetime) -> str | None:
    if found is None or not timedelta(0) <= now - found[1] <= WRITING_WINDOW:
        return None
    return found[0]


def _instant(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _question(row: aiosqlite.Row) -> Question:
    return Question(row[0], row[1], row[2], row[3], _instant(row[4]), State(row[5]), row[6])
