"""Speakers are reminded before each of their own sessions, starred or not, with the room."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.programme.model import Programme
from bot.store.speakers import Speakers

KIND = OutboxKind.SPEAKER_REMINDER
LONGEST_LEAD = timedelta(minutes=60)


async def sweep_speakers(programme: Programme, speakers: Speakers, outbox: Outbox, now: datetime) -> int:
    """Write the speaker reminders due at `now`; the job names the start, so each is written once."""
    messages = []
    for session in programme.starting_after(now):
        if session.start > now + LONGEST_LEAD:
            break
        for person_id in session.person_ids:
            user_id = speakers.user_of(person_id)
            lead = speakers.lead_minutes(person_id)
            if user_id is None or lead <= 0 or session.start - timedelta(minutes=lead) > now:
                continue
            job = f"{KIND}:{session.id}:{int(session.start.timestamp())}"
            payload = {"session": session.id, "start": session.start.timestamp(), "person": person_id}
            messages.append(NewMessage(job, user_id, KIND, payload))
    return await outbox.enqueue(messages, now)
