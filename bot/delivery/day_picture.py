"""The day's picture in the conference channel: each conference morning at CHANNEL_PICTURE_TIME,
and again only when an organiser asks (/postgrid, handlers/postgrid.py).

Derived like the slot posts, never a timer: each sweep asks whether today (in the conference's
zone) is a conference day whose picture time has come, and writes one outbox row per page of rooms
and channel language, the job naming the day (`day-picture:<day>:morning:<lang>:<page>`). UNIQUE(job,
recipient) writes it once, also across restarts, and a restart later that day still writes it if it
was not. A picture changed by a later programme change is not posted again by itself: an
organiser's request is a job of its own (`day-picture:<day>:<request>:<lang>:<page>`).

The picture is drawn when the sender gets to it (in a thread: it costs tens of milliseconds), from
the programme then in force, without stars or a time line (it stays in the channel all day), and
kept in the cache /grid uses: once uploaded, it goes by the file id Telegram gave it.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from bot.config import Config
from bot.delivery.channel import channel_recipients
from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.sender import Photo, Rendered
from bot.i18n import LANGUAGES, Speaker, speaker
from bot.pictures.cache import PictureCache
from bot.pictures.grid import day_sessions, draw_day, room_pages
from bot.programme.model import Programme

KIND = OutboxKind.DAY_PICTURE
MORNING = "morning"  # the request part of the job of the daily post


def picture_messages(
    programme: Programme, day: date, recipients: list[tuple[int, str]], request: str
) -> list[NewMessage]:
    """The rows of one post of a day's picture: a page of rooms each, in each channel language."""
    pages = len(room_pages(programme, day))
    return [
        NewMessage(
            f"{KIND}:{day.isoformat()}:{request}:{language}:{page}",
            chat_id,
            KIND,
            {"day": day.isoformat(), "lang": language, "page": page, "morning": request == MORNING},
        )
        for chat_id, language in recipients
        for page in range(pages)
    ]


def picture_day(programme: Programme, now: datetime, config: Config) -> date | None:
    """The conference day whose morning picture is due at `now` (its time has come, the day is
    not over), or None."""
    at = config.channel_picture_time
    if at is None:
        return None
    local = now.astimezone(programme.timezone)
    day = local.date()
    if local.time().replace(tzinfo=None) < at or not day_sessions(programme, day):
        return None
    return day


class DayPictures:
    """Writes the channel's morning picture to the outbox once a day, and an organiser's request."""

    def __init__(self, outbox: Outbox, config: Config) -> None:
        self.outbox = outbox
        self.config = config
        # Days already written (or found written) by this run: the sweep need not ask again.
        self._written: set[date] = set()

    async def sweep(self, programme: Programme, now: datetime) -> int:
        """Write the day's picture when its time has come; returns how many rows are new."""
        day = picture_day(programme, now, self.config)
        if day is None or day in self._written:
            return 0
        recipients = channel_recipients(self.config, programme.conference.default_language)
        if not recipients:
            return 0
        added = await self.outbox.enqueue(picture_messages(programme, day, recipients, MORNING), now)
        self._written.add(day)
        return added

    async def post(self, programme: Programme, day: date, request: str, now: datetime) -> int:
        """An organiser's request: the day's picture as it is now, whether posted before or not.
        Returns how many rows are written (0: no channel, or nothing on that day)."""
        recipients = channel_recipients(self.config, programme.conference.default_language)
        if not recipients or not day_sessions(programme, day):
            return 0
        return await self.outbox.enqueue(picture_messages(programme, day, recipients, request), now)


def picture_caption(programme: Programme, day: date, page: int, s: Speaker) -> str:
    """'🗓 <b>Thursday 16 November</b>', with the page when the rooms take several."""
    pages = len(room_pages(programme, day))
    text = f"🗓 <b>{s.day_title(day)}</b>"
    if pages > 1:
        text += " · " + s._("page {page} of {pages}", page=page + 1, pages=pages)
    return text


async def picture_post(
    payload: dict[str, Any], programme: Programme, pictures: PictureCache, now: datetime
) -> Rendered | None:
    """The photo of an outbox row, drawn now (or sent by its file id); None when nothing is on
    that day or page any more, or the morning post's day is over."""
    try:
        day = date.fromisoformat(str(payload["day"]))
        page = int(payload.get("page") or 0)
    except (KeyError, TypeError, ValueError):
        return None
    if not day_sessions(programme, day) or not 0 <= page < len(room_pages(programme, day)):
        return None
    if payload.get("morning") and now.astimezone(programme.timezone).date() != day:
        return None
    language = str(payload.get("lang") or programme.conference.default_language)
    if language not in LANGUAGES:
        language = programme.conference.default_language
    s = speaker(language, programme.timezone)
    # No time line: the post stays in the channel all day. The same key as /grid's on another day.
    key = replace(pictures.key(programme, day, language, page, frozenset(), now), now=None)
    text = picture_caption(programme, day, page, s)
    filename = f"programme-{day.isoformat()}-{page + 1}.jpg"
    file_id = pictures.file_id(key)
    if file_id is not None:
        return Rendered(text, photo=Photo(file_id, filename))
    picture = pictures.get(key)
    if picture is None:
        picture = await asyncio.to_thread(draw_day, programme, day, s, page=page, encoding="jpeg")
        pictures.put(key, picture)
    return Rendered(text, photo=Photo(picture.data, filename, lambda sent: pictures.keep_file_id(key, sent)))
