"""Scheduled announcements go out at their time: each sweep writes the outbox rows of those due,
once (the outbox job names the scheduled row), and the organiser's message shows the progress."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.announcing import Audience
from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.progress import ProgressReports
from bot.store.scheduled import ScheduledAnnouncements

log = logging.getLogger(__name__)

# An announcement found this late (the bot was down at its time) is no longer news: not sent.
TOO_LATE = timedelta(hours=1)

# The chats an audience reaches at an instant (bot/delivery/audience.py, bound to the stores).
Reach = Callable[[Audience, str, datetime], Awaitable[tuple[int, ...]]]


def scheduled_job(scheduled_id: int) -> str:
    return f"{OutboxKind.ANNOUNCEMENT}:s{scheduled_id}"


async def sweep_scheduled(
    scheduled: ScheduledAnnouncements,
    outbox: Outbox,
    progress: ProgressReports,
    reach: Reach,
    channels: list[int],
    now: datetime,
    *,
    is_organiser: Callable[[int], bool],
) -> int:
    """Write the outbox rows of every scheduled announcement due at `now`; returns how many. One
    whose author is no longer an organiser, or found too late, is not sent."""
    added = 0
    for item in await scheduled.due(now):
        if now - item.due > TOO_LATE:
            log.warning("scheduled announcement %s was due at %s: too late, not sent", item.id, item.due)
            await scheduled.cancel(item.id)
            continue
        if not is_organiser(item.organiser):
            log.warning(
                "scheduled announcement %s: %s is no longer an organiser, not sent", item.id, item.organiser
            )
            await scheduled.cancel(item.id)
            continue
        chats = dict.fromkeys([*await reach(Audience(item.audience), item.target, now), *channels])
        job = scheduled_job(item.id)
        messages = [NewMessage(job, chat, OutboxKind.ANNOUNCEMENT, {"text": item.text}) for chat in chats]
        added += await outbox.enqueue(messages, now)
        await progress.watch(job, item.chat_id, item.message_id, len(chats), item.language)
        # Marked last: a crash before this line writes the same rows again, which the outbox ignores.
        await scheduled.mark_sent(item.id)
        log.info("scheduled announcement %s: %s to %d chats", item.id, job, len(chats))
    return added
