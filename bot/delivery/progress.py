"""The organiser's progress message for a broadcast, kept up to date from the outbox.

Which message shows the progress of which job is a row in the database, so the report goes on
after an outage (an edit that fails is tried again at the next look) and after a restart (the
rows are still there). Progress is a count of the job's outbox rows by state.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiosqlite

from bot.delivery.outbox import Outbox, OutboxState
from bot.i18n import Speaker

log = logging.getLogger(__name__)

# Shows `text` in place of the message (chat, message id); raises when Telegram cannot be reached.
Editor = Callable[[int, int, str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Watched:
    job: str
    chat_id: int
    message_id: int
    total: int
    language: str
    shown: str


def progress_text(counts: dict[str, int], total: int, s: Speaker) -> str:
    sent, blocked, failed = (
        counts.get(state, 0) for state in (OutboxState.SENT, OutboxState.BLOCKED, OutboxState.FAILED)
    )
    done = counts.get(OutboxState.PENDING, 0) == 0
    heading = s._("Announcement sent.") if done else s._("Sending the announcement…")
    return (
        heading
        + "\n"
        + s._(
            "Sent {sent} of {total}, blocked {blocked}, failed {failed}.",
            sent=sent,
            total=total,
            blocked=blocked,
            failed=failed,
        )
    )


class ProgressReports:
    def __init__(self, connection: aiosqlite.Connection, outbox: Outbox) -> None:
        self._db = connection
        self.outbox = outbox

    async def watch(self, job: str, chat_id: int, message_id: int, total: int, language: str) -> None:
        await self._db.execute(
            "INSERT OR REPLACE INTO progress (job, chat_id, message_id, total, language, shown, done) "
            "VALUES (?, ?, ?, ?, ?, '', 0)",
            (job, chat_id, message_id, total, language),
        )
        await self._db.commit()

    async def unfinished(self) -> list[Watched]:
        async with self._db.execute(
            "SELECT job, chat_id, message_id, total, language, shown FROM progress WHERE done = 0"
        ) as cursor:
            return [Watched(*row) async for row in cursor]

    async def update(self, edit: Editor, speaker_for: Callable[[str], Speaker]) -> int:
        """Edit every message whose figures changed; a finished job's last edit closes its row.
        Returns how many messages were edited."""
        edited = 0
        for watched in await self.unfinished():
            counts = await self.outbox.counts(watched.job)
            text = progress_text(counts, watched.total, speaker_for(watched.language))
            done = counts.get(OutboxState.PENDING, 0) == 0
            if text != watched.shown:
                try:
                    await edit(watched.chat_id, watched.message_id, text)
                except Exception as error:  # Telegram unreachable: the next look tries again
                    log.info("progress of %s not shown yet: %s", watched.job, error)
                    continue
                edited += 1
            await self._db.execute(
                "UPDATE progress SET shown = ?, done = ? WHERE job = ?", (text, int(done), watched.job)
            )
        await self._db.commit()
        return edited
