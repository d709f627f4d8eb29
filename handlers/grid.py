"""/grid [day]: the day as a picture, a page of at most 6 rooms at a time with « Previous and
Next », other days one button away, and every room in one file ("full size").

Drawing a page costs tens of milliseconds of CPU: it runs in a thread, so that the other chats
go on meanwhile. A picture drawn once is kept (bot/pictures/cache.py); one that shows no stars is
the same for every reader of its language and is sent again by the file id Telegram gave it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputMediaPhoto, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.days import day_named
from bot.callback_data import (
    GRID_BUTTONS,
    GridFull,
    GridPage,
    GridShow,
    any_of,
    day_field,
    day_in,
    parse_any,
    position,
)
from bot.i18n import Speaker
from bot.pictures.cache import FULL, PictureCache, PictureKey
from bot.pictures.grid import Picture, day_sessions, draw_day, room_pages
from bot.programme.model import Programme
from handlers.common import Context, current_user, reply, services, speaker_for
from handlers.groups import in_group

log = logging.getLogger(__name__)

DAY_BUTTONS = 7  # more days than this: « day and day » instead of one button each


def pictures(context: Context) -> PictureCache:
    cache = context.pictures
    return cache


def caption(programme: Programme, day: date, page: int, s: Speaker) -> str:
    """'<b>Thursday 16 November</b> · page 2 of 5'."""
    pages = len(room_pages(programme, day))
    text = f"<b>{s.day_title(day)}</b>"
    if pages > 1:
        text += " · " + s._("page {page} of {pages}", page=page + 1, pages=pages)
    return text


def grid_keyboard(programme: Programme, day: date, page: int, s: Speaker) -> InlineKeyboardMarkup:
    when = day_field(day)
    pages = len(room_pages(programme, day))
    rows: list[list[InlineKeyboardButton]] = []
    turn = []
    if page > 0:
        turn.append(
            InlineKeyboardButton(s._("« Previous"), callback_data=GridPage(when, str(page - 1)).pack())
        )
    if page + 1 < pages:
        turn.append(InlineKeyboardButton(s._("Next »"), callback_data=GridPage(when, str(page + 1)).pack()))
    if turn:
        rows.append(turn)
    others = [(i, d) for i, d in enumerate(programme.days) if d != day and day_sessions(programme, d)]
    if len(programme.days) > DAY_BUTTONS:
        at = programme.days.index(day)
        others = [(i, d) for i, d in others if abs(i - at) == 1]
    if others:
        rows.append(
            [
                InlineKeyboardButton(s.short_day(d), callback_data=GridPage(day_field(d), "0").pack())
                for i, d in others
            ]
        )
    rows.append([InlineKeyboardButton(s._("🔍 Full size (file)"), callback_data=GridFull(when).pack())])
    return InlineKeyboardMarkup(rows)


async def picture_for(
    context: Context, programme: Programme, day: date, s: Speaker, page: int, starred: frozenset[str]
) -> tuple[PictureKey, Picture | None]:
    """The key of the picture this reader gets, and the picture when it has to be uploaded (None:
    Telegram has it already, by `pictures(context).file_id(key)`)."""
    cache = pictures(context)
    now = services(context).clock.now()
    key = cache.key(programme, day, s.language, page, starred, now)
    if cache.file_id(key) is not None:
        return key, None
    picture = cache.get(key)
    if picture is None:
        picture = await asyncio.to_thread(
            draw_day,
            programme,
            day,
            s,
            page=max(page, 0),
            starred=key.stars,
            now=key.now,
            full=key.full,
            encoding="png" if key.full else "jpeg",
        )
        cache.put(key, picture)
    return key, picture


def _filename(day: date, key: PictureKey) -> str:
    if key.full:
        return f"programme-{day.isoformat()}.png"
    return f"programme-{day.isoformat()}-{key.page + 1}.jpg"


def _starred(update: Update, context: Context, user_id: int | None) -> frozenset[str]:
    """Stars are personal: a picture shown in a group has none."""
    if user_id is None or in_group(update.effective_chat):
        return frozenset()
    return services(context).stars.of(user_id)


async def send_grid(
    update: Update, context: Context, chat_id: int, day: date, page: int, s: Speaker, user_id: int | None
) -> None:
    """The day's page as a new photo with its buttons."""
    keyboard = grid_keyboard(services(context).programme.snapshot, day, page, s)
    text = caption(services(context).programme.snapshot, day, page, s)

    async def send(content: str | bytes, key: PictureKey) -> str | None:
        sent = await context.bot.send_photo(
            chat_id, content, filename=_filename(day, key), caption=text, reply_markup=keyboard
        )
        return sent.photo[-1].file_id if sent.photo else None

    await _send_picture(update, context, day, page, s, user_id, send)


async def _send_picture(
    update: Update,
    context: Context,
    day: date,
    page: int,
    s: Speaker,
    user_id: int | None,
    send: Callable[[str | bytes, PictureKey], Awaitable[str | None]],
) -> None:
    """Send a picture by the file id Telegram gave it before, else (or when Telegram no longer
    knows it) upload it, and keep the file id it gets. `send` sends a file id or the picture's
    bytes and says the file id of what was sent."""
    programme = services(context).programme.snapshot
    cache = pictures(context)
    key, picture = await picture_for(context, programme, day, s, page, _starred(update, context, user_id))
    file_id = cache.file_id(key)
    if file_id is not None:
        try:
            await send(file_id, key)
            return
        except BadRequest as error:
            # Telegram no longer knows it (another bot token, a file it forgot): upload again.
            log.warning("file_id of a day's picture refused (%s): uploading it again", error.message)
            cache.forget_file_id(key)
            key, picture = await picture_for(context, programme, day, s, page, key.stars)
    assert picture is not None
    kept = await send(picture.data, key)
    if kept is not None:
        cache.keep_file_id(key, kept)


async def turn_page(
    update: Update, context: Context, message: Message, day: date, page: int, s: Speaker, user_id: int | None
) -> None:
    """Another page or day in place of the picture shown."""
    programme = services(context).programme.snapshot
    cache = pictures(context)
    keyboard = grid_keyboard(programme, day, page, s)
    text = caption(programme, day, page, s)
    key, picture = await picture_for(context, programme, day, s, page, _starred(update, context, user_id))
    file_id = cache.file_id(key)
    content = file_id if file_id is not None else picture.data if picture is not None else None
    assert content is not None
    media = InputMediaPhoto(content, caption=text, parse_mode=ParseMode.HTML, filename=_filename(day, key))
    try:
        edited = await message.edit_media(media, reply_markup=keyboard)
    except BadRequest as error:
        if "not modified" in error.message.lower():
            return
        if file_id is None:
            raise
        log.warning("file_id of a day's picture refused (%s): uploading it again", error.message)
        cache.forget_file_id(key)
        key, picture = await picture_for(context, programme, day, s, page, key.stars)
        assert picture is not None
        media = InputMediaPhoto(
            picture.data, caption=text, parse_mode=ParseMode.HTML, filename=_filename(day, key)
        )
        edited = await message.edit_media(media, reply_markup=keyboard)
    if file_id is None and isinstance(edited, Message) and edited.photo:
        cache.keep_file_id(key, edited.photo[-1].file_id)


async def send_full(
    update: Update, context: Context, chat_id: int, day: date, s: Speaker, user_id: int | None
) -> None:
    """Every room of the day in one PNG, as a file: Telegram would shrink a photo that wide."""
    text = f"<b>{s.day_title(day)}</b> · " + s._("every room")

    async def send(content: str | bytes, key: PictureKey) -> str | None:
        sent = await context.bot.send_document(chat_id, content, filename=_filename(day, key), caption=text)
        return sent.document.file_id if sent.document is not None else None

    await _send_picture(update, context, day, FULL, s, user_id, send)


def nothing_yet(programme: Programme, s: Speaker) -> str:
    """What a conference known only by its information answers (no sessions, no days to draw)."""
    name = escape(programme.conference.name.get(s.language, programme.conference.default_language))
    return s._(
        "I have no sessions for {conference} yet, only information about it.", conference=f"<b>{name}</b>"
    )


def days_keyboard(programme: Programme, s: Speaker) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(s.day_title(day), callback_data=GridShow(day_field(day)).pack())]
        for day in programme.days
        if day_sessions(programme, day)
    ]
    return InlineKeyboardMarkup(rows)


async def on_grid(update: Update, context: Context) -> None:
    """/grid [day]: today's picture during the conference, else the day named (or asked for)."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    programme = svc.programme.snapshot
    if not programme.sessions:
        await reply(message, nothing_yet(programme, s))
        return
    day = day_named(programme, " ".join(context.args or []), svc.clock.now())
    if day is None or not day_sessions(programme, day):
        if day is None:
            text = s._("Which day?")
        else:
            text = s._("Nothing is in the programme on {day}. Which day?", day=s.day(day))
        await reply(message, text, days_keyboard(programme, s))
        return
    await send_grid(update, context, chat.id, day, 0, s, user.id if user else None)


async def on_grid_button(update: Update, context: Context) -> None:
    """The picture's buttons: show a day (grid), turn a page (gridp), every room as a file (gridf)."""
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None
    data = parse_any(query.data, *GRID_BUTTONS)
    user = await current_user(update, context)
    s = speaker_for(user, context)
    programme = services(context).programme.snapshot
    day = day_in(data.day, programme.days) if isinstance(data, GridShow | GridPage | GridFull) else None
    page = 0
    if isinstance(data, GridPage):
        found = position(data.page, len(room_pages(programme, day))) if day is not None else None
        day, page = (day, found) if found is not None else (None, 0)
    if day is None or chat is None or not day_sessions(programme, day):
        # A button from an older programme (a day or page that is gone).
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    user_id = user.id if user else None
    if isinstance(data, GridFull):
        # Answered first: drawing every room and uploading it takes longer than a page.
        await query.answer(s._("Sending the picture…"))
        await send_full(update, context, chat.id, day, s, user_id)
    elif isinstance(data, GridPage) and isinstance(query.message, Message) and query.message.photo:
        await query.answer()
        await turn_page(update, context, query.message, day, page, s, user_id)
    else:
        await query.answer()
        await send_grid(update, context, chat.id, day, page, s, user_id)


HANDLERS = [
    CommandHandler("grid", on_grid),
    CallbackQueryHandler(on_grid_button, pattern=any_of(*GRID_BUTTONS)),
]
