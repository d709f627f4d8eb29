"""/mine: the sessions a user starred, by day, with overlaps flagged, and a button to their day."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.answers.cards import starred_list, starred_sessions
from bot.answers.days import default_day
from bot.callback_data import MyDay, day_field
from handlers.cards import session_buttons
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for


async def on_mine(update: Update, context: Context) -> None:
    if await answered_in_private_only(update, context, "mine"):
        return
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    assert user is not None
    svc = services(context)
    programme = svc.programme.snapshot
    s = speaker_for(user, context)
    starred = svc.stars.of(user.id)
    sessions = starred_sessions(programme, starred)
    rows = session_buttons(sessions[:20], s)
    if sessions:
        # The reader's day, with the time between their sessions (handlers/myday.py).
        today = day_field(default_day(programme, svc.clock.now()))
        rows.append([InlineKeyboardButton(s._("📋 My day"), callback_data=MyDay(today).pack())])
    await reply(message, starred_list(programme, starred, s), InlineKeyboardMarkup(rows) if rows else None)


HANDLERS = [CommandHandler("mine", on_mine)]
