"""/ics and the card's 📅 button: starred sessions, or one session, as a calendar file."""

from __future__ import annotations

from io import BytesIO

from telegram import InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.calendar import calendar_file
from bot.callback_data import SessionCalendar
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for


async def on_ics(update: Update, context: Context) -> None:
    if await answered_in_private_only(update, context, "ics"):
        return
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    assert user is not None
    svc = services(context)
    programme = svc.programme.snapshot
    s = speaker_for(user, context)
    sessions = sorted(
        (x for x in (programme.session(i) for i in svc.stars.of(user.id)) if x is not None),
        key=lambda x: x.start,
    )
    if not sessions:
        await reply(
            message, s._("You have not starred any session yet. Open a session and press ⭐ to follow it.")
        )
        return
    data = calendar_file(programme, sessions, s, now=svc.clock.now())
    await message.reply_document(
        InputFile(BytesIO(data), filename="my-sessions.ics"),
        caption=s._("Your sessions, to add to your calendar."),
    )


async def on_calendar_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    data = SessionCalendar.unpack(query.data)
    session = svc.programme.by_short_id(data.key) if data else None
    if session is None or query.message is None:
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    await query.answer()
    payload = calendar_file(svc.programme.snapshot, [session], s, now=svc.clock.now())
    await context.bot.send_document(
        query.message.chat.id, InputFile(BytesIO(payload), filename=f"{session.id}.ics")
    )


HANDLERS = [
    CommandHandler("ics", on_ics),
    CallbackQueryHandler(on_calendar_button, pattern=SessionCalendar.pattern()),
]
