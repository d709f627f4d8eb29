"""The way to a room: the 📍 button under a card or a reminder, and what goes with an answer about
the way (bot/answers/way.py): the room's map as a photo, its place as a Telegram venue.

A map is uploaded to Telegram once; Telegram answers with a file_id that sends the same picture
again without uploading it (kept in memory, keyed by the file's path, size and modification time).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import MutableMapping
from pathlib import Path

from telegram import Bot, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.answers.clip import truncate_html
from bot.answers.way import Way, room_way
from bot.callback_data import SessionWay
from handlers.common import Context, current_user, services, speaker_for
from handlers.documents import file_key

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024  # Telegram's limit for a photo's caption


async def send_way(
    bot: Bot, chat_id: int, way: Way, cache: MutableMapping[str, str], *, words: bool = True
) -> None:
    """The map (its caption the way in words) and the place. Without a map, the words go alone
    first when `words` (a button asked), not after an answer that already said them."""
    caption = truncate_html(way.caption, CAPTION_LIMIT) if way.caption else None
    if way.map_path is not None:
        await _send_map(bot, chat_id, way.map_path, caption, cache)
    elif words and caption:
        await bot.send_message(chat_id, way.caption)
    if way.place is not None:
        place = way.place
        await bot.send_venue(chat_id, place.latitude, place.longitude, place.title, place.address)


async def _send_map(
    bot: Bot, chat_id: int, path: Path, caption: str | None, cache: MutableMapping[str, str]
) -> None:
    key = file_key(path)
    file_id = cache.get(key)
    if file_id is not None:
        try:
            await bot.send_photo(chat_id, file_id, caption=caption)
            return
        except BadRequest as error:
            # Telegram no longer knows it (another bot token, a deleted file): upload again.
            log.warning("file_id of map %s refused (%s): uploading it again", path, error.message)
            cache.pop(key, None)
    content = await asyncio.to_thread(path.read_bytes)
    try:
        sent = await bot.send_photo(chat_id, content, caption=caption, filename=path.name)
    except BadRequest as error:
        # A picture Telegram will not show as a photo (too long and thin, too many pixels): as a file.
        log.warning("map %s refused as a photo (%s): sent as a file", path, error.message)
        await bot.send_document(chat_id, content, filename=path.name, caption=caption)
        return
    if sent.photo:
        cache[key] = sent.photo[-1].file_id


async def on_way_button(update: Update, context: Context) -> None:
    """📍 under a card or a reminder: the way to the session's room."""
    query = update.callback_query
    assert query is not None
    data = SessionWay.unpack(query.data)
    s = speaker_for(await current_user(update, context), context)
    svc = services(context)
    chat = update.effective_chat
    if data is None or chat is None:
        await query.answer(s._("This button is no longer valid."))
        return
    session = svc.programme.by_short_id(data.key)
    if session is None:
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    programme = svc.programme.snapshot
    room = programme.room(session.room_id)
    if room is None:
        # A break held everywhere (or a room taken out of the programme since).
        await query.answer(s._("This session has no room of its own."), show_alert=True)
        return
    way = room_way(room, programme, s)
    # Answered first: an upload can take longer than Telegram waits for the answer.
    await query.answer()
    await send_way(context.bot, chat.id, way, services(context).files)


HANDLERS = [CallbackQueryHandler(on_way_button, pattern=SessionWay.pattern())]
