"""The error handler: log what broke, tell the user in their language, keep the bot running.

A database deleted or replaced while the bot runs refuses every write (bot/store/safety.py): the
user is told that nothing was saved rather than "⭐ Added" or a vague apology."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Conflict, Forbidden

from bot.i18n import reader_language, speaker
from bot.store.safety import DatabaseGone
from handlers.common import Context, bot_language, services

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    if isinstance(error, Conflict):
        log.critical("another instance is polling with this token (409 Conflict): stopping this one")
        context.bot_data.conflict = True  # bot/app.py says why it stopped
        context.application.stop_running()
        return
    if isinstance(update, Update) and isinstance(error, Forbidden) and update.effective_user:
        # The user blocked the bot: remember it, nothing to tell them.
        await services(context).users.mark_blocked(update.effective_user.id)
        return
    user_id = update.effective_user.id if isinstance(update, Update) and update.effective_user else None
    if isinstance(error, DatabaseGone):
        # Logged once as an error where it was noticed (bot/store/safety.py); each refusal is not.
        log.warning("update refused, the database is gone (user %s)", user_id)
    else:
        log.error("update failed (user %s)", user_id, exc_info=error)
    if not isinstance(update, Update):
        return
    svc = services(context)
    user = svc.users.get(user_id) if user_id is not None else None
    # Not recorded (perhaps because of this very error): the language their phone reports.
    told = update.effective_user.language_code if update.effective_user is not None else None
    language = reader_language(user.language if user else None, told, bot_language(svc))
    s = speaker(language, svc.programme.snapshot.timezone)
    if isinstance(error, DatabaseGone):
        text = s._(
            "Sorry, this could not be saved: the bot has lost its database. Nothing was changed; "
            "questions about the programme still work."
        )
    else:
        text = s._("Sorry, something went wrong. Please try again.")
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message is not None and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, text)
    except Exception:  # the report itself must never take the bot down
        log.exception("could not tell user %s about an error", user_id)
