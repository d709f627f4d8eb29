"""What every handler does: find the services and the user, pick the language, reply in HTML."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.answers.split import split_message
from bot.i18n import Speaker, normalise_language, speaker
from bot.pictures.cache import PictureCache
from bot.services import Services
from bot.store.users import User
from bot.understand.followup import Conversations

if TYPE_CHECKING:  # the modules that use them import this one
    from bot.understand.question import Question
    from handlers.announcements import Draft


class ConferenceContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """The context every handler gets (bot/app.py gives PTB this class): what the bot is made of,
    typed, rather than looked up by a string."""

    @property
    def services(self) -> Services:
        found: Services = self.bot_data["services"]
        return found

    # What handlers keep between updates, in memory (a restart forgets it): each its own home.

    @property
    def announcement_drafts(self) -> dict[str, Draft]:
        """Announcements previewed and not yet confirmed, by the preview's key."""
        drafts: dict[str, Draft] = self.bot_data.setdefault("announcement_drafts", {})
        return drafts

    @property
    def recent_questions(self) -> OrderedDict[str, Question]:
        """Questions whose long answers can be paged, by the buttons' key (handlers/ask.py)."""
        asked: OrderedDict[str, Question] = self.bot_data.setdefault("recent_questions", OrderedDict())
        return asked

    @property
    def conversations(self) -> Conversations:
        """Each chat and user's last question, for follow-ups (bot/understand/followup.py)."""
        found: Conversations = self.bot_data.setdefault("conversations", Conversations())
        return found

    @property
    def pictures(self) -> PictureCache:
        """The day pictures drawn, and Telegram's file ids of the shared ones (handlers/grid.py)."""
        cache: PictureCache = self.services.pictures  # shared with the channel's (the outbox's)
        return cache


CONTEXT_TYPES = ContextTypes(context=ConferenceContext)
Context = ConferenceContext


def services(context: Context) -> Services:
    return context.services


async def current_user(update: Update, context: Context) -> User | None:
    """The user behind an update, recorded on first contact with their Telegram language."""
    tg_user = update.effective_user
    if tg_user is None:
        return None
    svc = services(context)
    default = svc.config.default_language or svc.programme.snapshot.conference.default_language
    language = normalise_language(tg_user.language_code, default) if tg_user.language_code else None
    return await svc.users.seen(tg_user.id, language, svc.clock.now())


def language_of(user: User | None, context: Context) -> str:
    svc = services(context)
    default = svc.config.default_language or svc.programme.snapshot.conference.default_language
    return (user.language if user and user.language else None) or default


def speaker_for(user: User | None, context: Context) -> Speaker:
    return speaker(language_of(user, context), services(context).programme.snapshot.timezone)


async def reply(message: Message, text: str, keyboard: InlineKeyboardMarkup | None = None) -> Message:
    """Reply in as many messages as the text needs; the keyboard goes under the last one."""
    parts = split_message(text)
    sent = message
    for index, part in enumerate(parts):
        markup = keyboard if index == len(parts) - 1 else None
        sent = await message.reply_html(part, reply_markup=markup)
    return sent


async def answered_in_private_only(update: Update, context: Context, command: str) -> bool:
    """In a group, a personal or organisers' command only says that it is answered in private,
    with a link opening the private chat on /start COMMAND; True when it did so."""
    from telegram.constants import ChatType

    from handlers.groups import private_chat_keyboard

    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None or chat.type == ChatType.PRIVATE:
        return False
    s = speaker_for(await current_user(update, context), context)
    keyboard = private_chat_keyboard(s, context.bot.username, command)
    await reply(message, s._("I answer that in our private chat."), keyboard)
    return True
