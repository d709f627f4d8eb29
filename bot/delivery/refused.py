"""Organisers hear when a new version of the programme is refused (bot/programme/refresh.py)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox


async def tell_organisers_refused(outbox: Outbox, organisers: list[int], reason: str, now: datetime) -> int:
    """The reason, to each organiser, once per reason (the job is named by it); how many were added."""
    job = f"{OutboxKind.REFUSED}:{hashlib.sha256(reason.encode()).hexdigest()[:16]}"
    messages = [NewMessage(job, chat, OutboxKind.REFUSED, {"reason": reason}) for chat in organisers]
    return await outbox.enqueue(messages, now)
