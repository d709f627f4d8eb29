"""Whom an organiser's announcement reaches: everyone, the speakers, those who follow a session,
or those who follow anything in a room on the day it goes out."""

from __future__ import annotations

from datetime import datetime

from bot.announcing import Audience
from bot.programme.model import Programme
from bot.store.speakers import Speakers
from bot.store.stars import Stars
from bot.store.users import Users


async def audience_chats(
    audience: Audience,
    target: str,
    programme: Programme,
    now: datetime,
    *,
    users: Users,
    stars: Stars,
    speakers: Speakers,
) -> tuple[int, ...]:
    """The chats an audience reaches at `now` (a room's: those who follow anything there that day)."""
    if audience == Audience.EVERYONE:
        return tuple(users.reachable_ids())
    if audience == Audience.SPEAKERS:
        return tuple(speakers.linked_users())
    if audience == Audience.SESSION:
        return tuple(await stars.starrers(target))
    today = programme.conference.programme_day(now)
    chats: dict[int, None] = {}
    for session in programme.sessions_in_room(target):
        if programme.conference.programme_day(session.start) == today:
            chats.update(dict.fromkeys(await stars.starrers(session.id)))
    return tuple(chats)
