"""/status for organisers: users, stars, the outbox, the programme in force, uptime."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.status import collect, status_text
from handlers.common import Context, answered_in_private_only, reply, services
from handlers.organisers import organiser_or_refuse


async def on_status(update: Update, context: Context) -> None:
    """The role is checked on every call: a revoked organiser sees nothing more."""
    if await answered_in_private_only(update, context, "status"):
        return
    message = update.effective_message
    assert message is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    await reply(message, status_text(await collect(services(context)), s))


HANDLERS = [CommandHandler("status", on_status)]
