"""/mine: the sessions a user starred, by day, with overlaps flagged."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.answers.cards import starred_list
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
    sessions = sorted(
        (x for x in (programme.session(sid) for sid in starred) if x is not None), key=lambda x: x.start
    )
    keyboard = InlineKeyboardMarkup(session_buttons(sessions[:20], s)) if sessions else None
    await reply(message, starred_list(programme, starred, s), keyboard)


HANDLERS = [CommandHandler("mine", on_mine)]
