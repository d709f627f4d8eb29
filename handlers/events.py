"""One log line per update: what kind of event, from which user, in which chat; never its text.

Registered in a group of its own before every other handler (bot/app.py), so it sees every update
and stops none: what people write stays out of the logs (they are kept and shared more widely).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import TypeHandler

from bot.callback_data import Callback
from handlers.common import Context

log = logging.getLogger(__name__)


def describe(update: Update) -> str:
    """'command /next', 'text (23 characters)', 'button st', 'inline query'… without any content."""
    message = update.message or update.edited_message
    if message is not None:
        text = message.text or ""
        if text.startswith("/"):
            # The command name only ("/next@mechelen_bot" → "/next"), never its arguments.
            command = text.split(maxsplit=1)[0].split("@", 1)[0]
            return f"command {command[:33]}"
        if text:
            return f"text ({len(text)} characters)"
        return "message without text"
    if update.callback_query is not None:
        data = Callback.parse(update.callback_query.data)
        return f"button {data.action[:16] if data else '?'}"
    if update.inline_query is not None:
        return "inline query"
    # Any other kind names itself: my_chat_member, channel_post, chosen_inline_result…
    return next((key for key in update.to_dict() if key != "update_id"), "update")


async def log_update(update: object, context: Context) -> None:
    if not isinstance(update, Update):
        return
    user = update.effective_user
    chat = update.effective_chat
    log.info(
        "update %s: %s from user %s in chat %s",
        update.update_id,
        describe(update),
        user.id if user else None,
        chat.id if chat else None,
    )


HANDLERS = [TypeHandler(Update, log_update)]
