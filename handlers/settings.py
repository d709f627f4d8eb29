"""/settings: how long before a starred session the reminder comes (or none), whether the bot
asks how a followed session was (its button is handled by handlers/feedback.py), and the morning
digest of the reader's day (off, or a time: bot/delivery/digest.py)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callback_data import FeedbackQuestions, MorningDigest, ReminderLead
from bot.i18n import Speaker
from bot.store.users import DIGEST_CHOICES, REMINDER_CHOICES, User
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for


def settings_view(user: User, s: Speaker, *, asks_feedback: bool) -> tuple[str, InlineKeyboardMarkup]:
    def label(minutes: int) -> str:
        text = s._("off") if minutes == 0 else s.n_("{count} min", "{count} min", minutes)
        return f"✅ {text}" if minutes == user.reminder_minutes else text

    buttons = [InlineKeyboardButton(label(m), callback_data=ReminderLead(m).pack()) for m in REMINDER_CHOICES]
    if user.reminder_minutes:
        current = s.n_(
            "Reminders come {count} minute before each starred session.",
            "Reminders come {count} minutes before each starred session.",
            user.reminder_minutes,
        )
    else:
        current = s._("Reminders are off.")
    if asks_feedback:
        feedback = s._("After each session you follow, I ask how it was.")
        toggle = InlineKeyboardButton(
            "🔕 " + s._("Stop asking"), callback_data=FeedbackQuestions(0, "s").pack()
        )
    else:
        feedback = s._("I do not ask how sessions were.")
        toggle = InlineKeyboardButton(
            "⭐ " + s._("Ask me how sessions were"), callback_data=FeedbackQuestions(1, "s").pack()
        )
    text = current + "\n" + s._("When should I remind you?") + "\n\n" + feedback
    digest, digest_buttons = digest_choice(user, s)
    return text + "\n\n" + digest, InlineKeyboardMarkup([buttons, [toggle], digest_buttons])


def digest_choice(user: User, s: Speaker) -> tuple[str, list[InlineKeyboardButton]]:
    """The morning digest's line and its buttons: off, or one of the times."""
    if user.digest_time:
        # Translators: in /settings; {time} is a time of the conference's zone such as 08:00.
        text = "☀️ " + s._(
            "My day each morning: at {time} on each conference day, your starred sessions and their changes.",
            time=user.digest_time,
        )
    else:
        text = "☀️ " + s._("My day each morning: off. Choose a time to get it.")
    choices: list[tuple[str | None, str]] = [(None, s._("off")), *((t, t) for t in DIGEST_CHOICES)]
    buttons = [
        InlineKeyboardButton(
            f"✅ {label}" if value == user.digest_time else label,
            callback_data=MorningDigest(value.replace(":", "") if value else "off").pack(),
        )
        for value, label in choices
    ]
    return text, buttons


async def on_settings(update: Update, context: Context) -> None:
    if await answered_in_private_only(update, context, "settings"):
        return
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    assert user is not None
    asks = services(context).feedback.asks(user.id)
    text, keyboard = settings_view(user, speaker_for(user, context), asks_feedback=asks)
    await reply(message, text, keyboard)


async def on_reminder_choice(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    data = ReminderLead.unpack(query.data)
    s = speaker_for(user, context)
    try:
        minutes = data.minutes if data else -1
        user = await services(context).users.set_reminder_minutes(user.id, minutes)
    except ValueError:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await query.answer(s._("Saved."))
    await services(context).sweep_now()
    text, keyboard = settings_view(user, s, asks_feedback=services(context).feedback.asks(user.id))
    await query.edit_message_text(text, reply_markup=keyboard)


async def on_digest_choice(update: Update, context: Context) -> None:
    """A digest button: its time (or off) saved, the settings shown again."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    data = MorningDigest.unpack(query.data)
    s = speaker_for(user, context)
    svc = services(context)
    chosen = None if data is None or data.at == "off" else f"{data.at[:2]}:{data.at[2:]}"
    try:
        if data is None:
            raise ValueError("not a digest button")
        user = await svc.users.set_digest_time(user.id, chosen)
    except ValueError:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await query.answer(s._("Saved."))
    svc.digests.settings_changed()
    await svc.sweep_now()
    text, keyboard = settings_view(user, s, asks_feedback=svc.feedback.asks(user.id))
    await query.edit_message_text(text, reply_markup=keyboard)


HANDLERS = [
    CommandHandler("settings", on_settings),
    CallbackQueryHandler(on_reminder_choice, pattern=ReminderLead.pattern()),
    CallbackQueryHandler(on_digest_choice, pattern=MorningDigest.pattern()),
]
