"""/start, /help and /lang: a welcome in the user's language and a way to change it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.cards import session_card
from bot.answers.myday import star_added
from bot.answers.reply import reply_in_minute
from bot.callback_data import ChooseLanguage
from bot.delivery.reminders import may_be_due
from bot.i18n import LANGUAGES, speaker
from bot.organising import example_of
from bot.store.users import User
from bot.understand.question import Intent, Question
from handlers import (
    announcements,
    calendar,
    feedback,
    helpdesk,
    myday,
    organisers,
    popular,
    settings,
    speakers,
    stars,
    status,
)
from handlers.cards import card_keyboard
from handlers.common import Context, current_user, language_of, reply, services, speaker_for
from handlers.groups import in_group, star_key
from handlers.menus import organiser_help, set_organiser_menu

LANGUAGE_NAMES = {"fr": "🇫🇷 Français", "en": "🇬🇧 English", "es": "🇪🇸 Español"}

# /start COMMAND comes from the "open the private chat" link of a command asked in a group
# (handlers.common.answered_in_private_only): the private chat answers that command at once.
PRIVATE_COMMANDS: dict[str, Callable[[Update, Context], Awaitable[None]]] = {
    "mine": stars.on_mine,
    "today": myday.on_today,
    "myslots": speakers.on_myslots,
    "ics": calendar.on_ics,
    "settings": settings.on_settings,
    "status": status.on_status,
    "popular": popular.on_popular,
    "speakers": speakers.on_speakers,
    "organisers": organisers.on_organisers,
    "changes": organisers.on_changes,
    "scheduled": announcements.on_scheduled,
    "feedback": feedback.on_feedback,
    "helpdesk": helpdesk.on_helpdesk,
}


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=ChooseLanguage(code).pack())
                for code in LANGUAGES
            ]
        ]
    )


def help_text(language: str, context: Context) -> str:
    svc = services(context)
    question = Question(intent=Intent.HELP, language=language, at=svc.clock.now())
    return reply_in_minute(question, svc.programme.snapshot).html


async def star_from_link(message: Message, user: User, key: str, context: Context) -> None:
    """/start star-<short id>, from the ⭐ link of a card shown in a group: star it, show its card."""
    svc = services(context)
    s = speaker_for(user, context)
    session = svc.programme.by_short_id(key)
    if session is None:
        await reply(message, s._("This session is no longer in the programme."))
        return
    await svc.stars.star(user.id, session.id, svc.clock.now())
    if may_be_due(session, svc.clock.now()):  # reminded of at once
        await svc.sweep_now()
    # Said at once when it overlaps another starred session, naming both.
    notice, _ = star_added(svc.programme.snapshot, session, svc.stars.of(user.id), s)
    text = "⭐ " + escape(notice) + "\n\n" + session_card(svc.programme.snapshot, session, s)
    await reply(message, text, card_keyboard(session, s, starred=True, details=False))


async def on_start(update: Update, context: Context) -> None:
    """Welcome in the user's Telegram language (else the conference's), with a language picker."""
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    private = not in_group(update.effective_chat)
    command = PRIVATE_COMMANDS.get(context.args[0]) if context.args and private else None
    if command is not None:
        context.args = []  # the command's own arguments: none
        await command(update, context)
        return
    key = star_key(context.args[0]) if context.args and private else None
    if key is not None and user is not None:
        await star_from_link(message, user, key, context)
        return
    language = language_of(user, context)
    if user is not None and private and services(context).organisers.is_organiser(user.id):
        # An organiser's first words: their own menu, now that their language is known.
        await set_organiser_menu(context.bot, user.id, language)
    s = speaker(language, services(context).programme.snapshot.timezone)
    text = s._("Welcome!") + " " + help_text(language, context) + "\n\n" + s._("Your language:")
    await reply(message, text, language_keyboard())


async def on_help(update: Update, context: Context) -> None:
    """What the bot does; for an organiser in private, also their commands with an example each
    (the role checked now, as for every organiser's command)."""
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    language = language_of(user, context)
    text = help_text(language, context)
    svc = services(context)
    if user is not None and svc.organisers.is_organiser(user.id) and not in_group(update.effective_chat):
        s = speaker(language, svc.programme.snapshot.timezone)
        text += "\n\n" + organiser_help(s, example_of(svc.programme.snapshot, svc.clock.now()))
    await reply(message, text)


async def on_lang(update: Update, context: Context) -> None:
    """/lang: choose the language of every later reply and of the command menu."""
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    s = speaker(language_of(user, context), services(context).programme.snapshot.timezone)
    await reply(message, s._("Choose your language:"), language_keyboard())


async def on_language_chosen(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    data = ChooseLanguage.unpack(query.data)
    user = await current_user(update, context)
    assert user is not None
    language = data.code if data else ""
    if language not in LANGUAGES:
        s = speaker(language_of(user, context), services(context).programme.snapshot.timezone)
        await query.answer(s._("This button is no longer valid."))
        return
    await services(context).users.set_language(user.id, language)
    if services(context).organisers.is_organiser(user.id):
        await set_organiser_menu(context.bot, user.id, language)  # their own menu follows
    s = speaker(language, services(context).programme.snapshot.timezone)
    await query.answer(s._("Language saved."))
    text = s._("I will answer in English from now on.") + "\n\n" + help_text(language, context)
    await query.edit_message_text(text)


HANDLERS = [
    CommandHandler("start", on_start),
    CommandHandler("help", on_help),
    CommandHandler("lang", on_lang),
    CallbackQueryHandler(on_language_chosen, pattern=ChooseLanguage.pattern()),
]
