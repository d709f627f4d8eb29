"""The help desk's questions: what an attendee asked the organisers, until one of them answers.

A question keeps the asker's Telegram id (where the answer goes), their first name and language
(all the organisers are shown of them) and the words they typed. At most one question per
attendee is open at a time: a partial unique index says so, so that two taps at once cannot open
two. Rows stay after the answer (who answered and when), for the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

_COLUMNS = "id, user_id, first_name, language, text, asked_at, answered_at, answered_by"


@dataclass(frozen=True, slots=True)
class HelpQuestion:
    id: int
    user_id: int
    first_name: str
    language: str
    text: str
    asked_at: datetime
    answered_at: datetime | None = None
    answered_by: int | None = None

    @property
    def open(self) -> bool:
        return self.answered_at is None


def _question(row: aiosqlite.Row | tuple[object, ...]) -> HelpQuestion:
    answered_at = row[6]
    return HelpQuestion(
        id=int(str(row[0])),
        user_id=int(str(row[1])),
        first_name=str(row[2]),
        language=str(row[3]),
        text=str(row[4]),
        asked_at=datetime.fromisoformat(str(row[5])),
        answered_at=datetime.fromisoformat(str(answered_at)) if answered_at is not None else None,
        answered_by=int(str(row[7])) if row[7] is not None else None,
    )


class HelpDesk:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection

    async def ask(
        self, user_id: int, first_name: str, language: str, text: str, now: datetime
    ) -> tuple[HelpQuestion, bool]:
        """The attendee's new question and True; or, when one of theirs is still open, that one
        and False (nothing written)."""
        # OR IGNORE: the index of open questions refuses a second one without an error (a
        # rollback here could undo another repository's write on the shared connection).
        cursor = await self._db.execute(
            "INSERT OR IGNORE INTO helpdesk_questions (user_id, first_name, language, text, asked_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (user_id, first_name, language, text, now.isoformat()),
        )
        added, question_id = cursor.rowcount, cursor.lastrowid
        await cursor.close()
        await self._db.commit()
        if added != 1 or question_id is None:
            waiting = await self.open_of(user_id)
            if waiting is None:  # answered between the two statements: ask again
                return await self.ask(user_id, first_name, language, text, now)
            return waiting, False
        return HelpQuestion(question_id, user_id, first_name, language, text, now), True

    async def get(self, question_id: int) -> HelpQuestion | None:
        async with self._db.execute(
            f"SELECT {_COLUMNS} FROM helpdesk_questions WHERE id = ?", (question_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _question(row) if row is not None else None

    async def open_of(self, user_id: int) -> HelpQuestion | None:
        """The attendee's question still waiting for an answer, if any."""
        async with self._db.execute(
            f"SELECT {_COLUMNS} FROM helpdesk_questions WHERE user_id = ? AND answered_at IS NULL",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return _question(row) if row is not None else None

    async def open_questions(self) -> list[HelpQuestion]:
        """Every question waiting for an answer, oldest first."""
        async with self._db.execute(
            f"SELECT {_COLUMNS} FROM helpdesk_questions WHERE answered_at IS NULL ORDER BY id"
        ) as cursor:
            return [_question(row) async for row in cursor]

    async def answered(self, question_id: int, by: int, now: datetime) -> bool:
        """Mark the question answered by an organiser; False if it already was (kept as it was)."""
        before = self._db.total_changes
        await self._db.execute(
            "UPDATE helpdesk_questions SET answered_at = ?, answered_by = ? "
            "WHERE id = ? AND answered_at IS NULL",
            (now.isoformat(), by, question_id),
        )
        await self._db.commit()
        return self._db.total_changes > before
