"""/today (also /myday, /monprogramme, /miagenda) [day]: the reader's day, their starred sessions
in order with the time free between them, what is on for them now and next, and their clashes;
buttons open each session, the day's picture and the reader's other days."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.days import day_named
from bot.answers.myday import my_day, starred_on
from bot.answers.split import TELEGRAM_LIMIT, utf16_length
from bot.callback_data import GridShow, MyDay, day_field, day_in
from bot.i18n import Speaker
from bot.pictures.grid import day_sessions
from bot.programme.model import Programme
from handlers.cards import session_buttons
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for
from handlers.grid import nothing_yet

COMMANDS = ("today", "myday", "monprogramme", "miagenda")
SESSION_BUTTONS = 12


def my_day_keyboard(
    programme: Programme, starred: frozenset[str], day: date, s: Speaker
) -> InlineKeyboardMarkup:
    sessions = [x for x in starred_on(programme, starred, day) if not x.cancelled]
    rows = session_buttons(sessions[:SESSION_BUTTONS], s)
    if day_sessions(programme, day):
        rows.append(
            [
                InlineKeyboardButton(
                    s._("🗓 The day as a picture"), callback_data=GridShow(day_field(day)).pack()
                )
            ]
        )
    others = [
        InlineKeyboardButton(s.short_day(d), callback_data=MyDay(day_field(d), 1).pack())
        for d in programme.days
        if d != day
    ]
    if others:
        rows.append(others[:7])
    return InlineKeyboardMarkup(rows)


def my_day_view(
    programme: Programme, starred: frozenset[str], day: date, context: Context, s: Speaker
) -> tuple[str, InlineKeyboardMarkup]:
    now = services(context).clock.now()
    return my_day(programme, starred, day, now, s), my_day_keyboard(programme, starred, day, s)


async def on_today(update: Update, context: Context) -> None:
    """/today [day]: the reader's day (today during the conference, else the day named)."""
    if await answered_in_private_only(update, context, "today"):
        return
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    svc = services(context)
    programme = svc.programme.snapshot
    if not programme.sessions:
        await reply(message, nothing_yet(programme, s))
        return
    day = day_named(programme, " ".join(context.args or []), svc.clock.now())
    if day is None:
        buttons = [
            [InlineKeyboardButton(s.day_title(d), callback_data=MyDay(day_field(d)).pack())]
            for d in programme.days
        ]
        await reply(message, s._("Which day?"), InlineKeyboardMarkup(buttons))
        return
    text, keyboard = my_day_view(programme, svc.stars.of(user.id), day, context, s)
    await reply(message, text, keyboard)


async def on_my_day_button(update: Update, context: Context) -> None:
    """📋 My day under /mine (a new message), another day under /today (in place)."""
    query = update.callback_query
    assert query is not None
    data = MyDay.unpack(query.data)
    user = await current_user(update, context)
    s = speaker_for(user, context)
    programme = services(context).programme.snapshot
    day = day_in(data.day, programme.days) if data is not None else None
    if data is None or day is None or user is None:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await query.answer()
    text, keyboard = my_day_view(programme, services(context).stars.of(user.id), day, context, s)
    message = query.message
    if data.edit and isinstance(message, Message) and message.text and utf16_length(text) <= TELEGRAM_LIMIT:
        try:
            await message.edit_text(text, reply_markup=keyboard)
        except BadRequest as error:
            if "not modified" not in error.message.lower():
                raise
    elif isinstance(message, Message):
        await reply(message, text, keyboard)


HANDLERS = [
    CommandHandler(list(COMMANDS), on_today),
    CallbackQueryHandler(on_my_day_button, pattern=MyDay.pattern()),
]
