"""Buttons no other handler takes are still answered: Telegram shows a spinner on a pressed button
until the bot answers its callback query.

Buttons from an older version of the bot, from a programme that changed, or forged by a client
reach `on_unknown_button`, registered after every other callback handler. A query without data
(Telegram sends data of 1 to 64 bytes, but a forged or game query may carry none) would be taken
by the first callback handler of all, whatever its pattern (python-telegram-bot matches no data
to any pattern), so it is answered before them, in a group of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, CallbackQueryHandler

from bot.i18n import normalise_language, speaker
from handlers.common import Context, language_of, services
from handlers.events import log_update

# Before the group of handlers/events.py (-1), which logs every update: this one logs it itself.
NO_DATA_GROUP = -2


async def on_unknown_button(update: Update, context: Context) -> None:
    """Answer a button no other handler knows (nothing is written: the data may be anything)."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    user = svc.users.get(query.from_user.id)
    language = language_of(user, context)
    if user is None or user.language is None:
        language = normalise_language(query.from_user.language_code, language)
    s = speaker(language, svc.programme.snapshot.timezone)
    await query.answer(s._("This button is no longer valid."))


async def on_button_without_data(update: Update, context: Context) -> None:
    await log_update(update, context)
    await on_unknown_button(update, context)
    raise ApplicationHandlerStop


class ButtonWithoutData(BaseHandler[Update, Context, None]):
    """A callback query whose data is missing or empty."""

    def check_update(self, update: object) -> bool:
        query = update.callback_query if isinstance(update, Update) else None
        return query is not None and not query.data


# Typed as Application.add_handlers takes a dict (whose values' type must match exactly).
HANDLERS: dict[int, Sequence[BaseHandler[Any, Context, Any]]] = {
    NO_DATA_GROUP: [ButtonWithoutData(on_button_without_data)],
    # No pattern: added after every other callback handler of group 0, it takes what they leave.
    0: [CallbackQueryHandler(on_unknown_button)],
}
