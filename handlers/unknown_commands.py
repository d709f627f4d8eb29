"""Commands no other handler takes (/foo, /foo@this_bot) get one line pointing to /help.

Registered after every command handler (bot/app.py), in a group of its own that runs after
group 0 whatever was registered there: it says nothing when any command handler takes the
command (also one whose filters refused it, as a /start payload of another kind: that handler
had its say). In a private chat every unknown command is answered; in a group only one addressed
to this bot by name (/foo@this_bot): a bare /foo there may be meant for another bot.
"""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import CommandHandler, MessageHandler, filters

from handlers.common import Context, current_user, reply, speaker_for
from handlers.groups import in_group

# After group 0, where every other message handler is.
GROUP = 1


def _known(context: Context, name: str) -> bool:
    """Whether any command handler of the application takes this command."""
    return any(
        isinstance(handler, CommandHandler) and name in handler.commands
        for handlers in context.application.handlers.values()
        for handler in handlers
    )


async def on_unknown_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    word = message.text.split(maxsplit=1)[0]  # "/foo" or "/foo@some_bot"
    name, _, addressee = word[1:].partition("@")
    bot_name = (context.bot.username or "").lower()
    if addressee and addressee.lower() != bot_name:
        return  # for another bot
    if in_group(update.effective_chat) and not addressee:
        return
    if _known(context, name.lower()):
        return
    s = speaker_for(await current_user(update, context), context)
    # Translators: {command} is what the user typed, e.g. /foo.
    await reply(
        message,
        s._("I don't know the command {command}. /help lists what I can do.", command=escape("/" + name)),
    )


HANDLERS = [MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, on_unknown_command)]
