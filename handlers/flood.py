"""Telling a chat that sends faster than it can be answered that some messages were skipped.

Not a handler: the update processor (bot/updates/processor.py) calls it once per burst, when it
starts dropping that chat's updates so that the others are not held up.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application

from bot.i18n import reader_language, speaker
from handlers.common import bot_data_of, bot_language


async def ask_to_slow_down(update: Update, application: Application, first: bool) -> None:
    """The first update dropped of a burst gets a message; every dropped button press is answered
    (Telegram shows a spinner on the button until it is)."""
    chat, user = update.effective_chat, update.effective_user
    if update.inline_query is not None or (chat is None and update.callback_query is None):
        return  # an inline query expires on its own; nowhere to write otherwise
    if not first and update.callback_query is None:
        return
    svc = bot_data_of(application).services
    known = svc.users.get(user.id) if user is not None else None
    # Their first messages may all be in this burst: Telegram's idea of their language, then.
    told = user.language_code if user else None
    language = reader_language(known.language if known else None, told, bot_language(svc))
    s = speaker(language, svc.programme.snapshot.timezone)
    text = s._(
        "You are writing faster than I can answer: I skipped some messages. "
        "Wait for my answers, then ask again."
    )
    if update.callback_query is not None:
        await update.callback_query.answer(text if first else None)
    if first and chat is not None:
        await application.bot.send_message(chat.id, text)
