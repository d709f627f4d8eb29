"""/ics and the card's 📅 button: starred sessions, or one session, as a calendar file; with a
public address (webhook mode), /ics also gives the user's subscription link and its New link button."""

from __future__ import annotations

from html import escape
from io import BytesIO

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.calendar import calendar_file, starred_sessions
from bot.calendar_feed import feed_address, webcal_address
from bot.callback_data import NewCalendarLink, SessionCalendar
from bot.i18n import Speaker
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for


def subscription_text(s: Speaker, address: str) -> str:
    """The user's links (webcal:// and https://), each in <code> so that a tap copies it."""
    return "\n".join(
        [
            # Translators: above the user's personal calendar subscription links (webcal:// and https://).
            s._(
                "📅 Subscribe to your sessions in your calendar app: it follows the sessions you star "
                "and every change to them."
            ),
            "",
            # Translators: the webcal:// link follows; tapping it in Telegram copies it.
            s._("Apple Calendar, Outlook, Thunderbird (tap to copy):"),
            f"<code>{escape(webcal_address(address))}</code>",
            "",
            # Translators: the https:// link follows; "Other calendars" and "From URL" are Google
            # Calendar's own menu names (use the names it shows in your language).
            s._("Google Calendar (Other calendars → From URL) and others:"),
            f"<code>{escape(address)}</code>",
            "",
            s._(
                "This link is yours alone: whoever has it sees the sessions you star. "
                "“New link” replaces it, and the old one stops working."
            ),
        ]
    )


def subscription_keyboard(s: Speaker) -> InlineKeyboardMarkup:
    # Translators: a button under the calendar subscription links; it replaces the link.
    label = s._("🔄 New link")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=NewCalendarLink().pack())]])


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
    sessions = starred_sessions(programme, svc.stars.of(user.id))
    if not sessions:
        await reply(
            message, s._("You have not starred any session yet. Open a session and press ⭐ to follow it.")
        )
    else:
        data = calendar_file(programme, sessions, s, now=svc.clock.now())
        await message.reply_document(
            InputFile(BytesIO(data), filename="my-sessions.ics"),
            caption=s._("Your sessions, to add to your calendar."),
        )
    if svc.calendar_address is not None:
        token = await svc.calendar_links.issue(user.id, svc.clock.now())
        address = feed_address(svc.calendar_address, token)
        await reply(message, subscription_text(s, address), subscription_keyboard(s))


async def on_new_link(update: Update, context: Context) -> None:
    """New link: a new token; the old address answers 404 from now on."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    if user is None or svc.calendar_address is None:
        await query.answer(
            s._("Calendar links are not available now; /ics sends your sessions as a file."), show_alert=True
        )
        return
    token = await svc.calendar_links.reset(user.id, svc.clock.now())
    text = subscription_text(s, feed_address(svc.calendar_address, token))
    await query.answer(s._("New link made: the old one no longer works."))
    if query.message is not None and query.message.is_accessible:
        await query.edit_message_text(text, reply_markup=subscription_keyboard(s))
    else:
        await context.bot.send_message(user.id, text, reply_markup=subscription_keyboard(s))


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
    CallbackQueryHandler(on_new_link, pattern=NewCalendarLink.pattern()),
]
