"""/postgrid [day] (organisers): the day's picture as it is now, posted to the conference channel.

The channel gets each conference day's picture once in the morning (bot/delivery/day_picture.py);
a picture changed after that is not posted again unless an organiser asks here. The post goes
through the outbox, like the morning's, in the channel's languages.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.answers.days import day_named
from handlers.common import Context, reply, services
from handlers.organisers import organiser_or_refuse


async def on_postgrid(update: Update, context: Context) -> None:
    """Organisers only (checked on every call): the day named, else today, to the channel."""
    s = await organiser_or_refuse(update, context)
    message = update.effective_message
    if s is None or message is None:
        return
    svc = services(context)
    programme = svc.programme.snapshot
    now = svc.clock.now()
    if svc.config.announce_chat_id is None:
        text = s._("No conference channel is set (ANNOUNCE_CHAT_ID): there is nowhere to post.")
        await reply(message, text)
        return
    day = day_named(programme, " ".join(context.args or []), now)
    if day is None or not programme.sessions_on(day):
        days = ", ".join(s.short_day(d) for d in programme.days if programme.sessions_on(d))
        await reply(message, s._("Which day? For example /postgrid 1 (the days: {days}).", days=days))
        return
    # The update's id names the request: each /postgrid posts once, even twice in one second.
    request = f"update{update.update_id}"
    added = await svc.day_pictures.post(programme, day, request, now)
    svc.wake_sender()
    if added:
        text = s._("The picture of {day} goes to the channel.", day=s.day(day))
    else:
        text = s._("The picture of {day} is already on its way to the channel.", day=s.day(day))
    await reply(message, text)


HANDLERS = [CommandHandler("postgrid", on_postgrid)]
