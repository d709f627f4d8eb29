"""What every handler does: find the services and the user, pick the language, reply in HTML."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.answers.split import split_message
from bot.i18n import Speaker, default_language, normalise_language, reader_language, speaker
from bot.pictures.cache import PictureCache
from bot.services import Services
from bot.store.users import User
from bot.understand.followup import Conversations

if TYPE_CHECKING:  # the modules that use them import this one
    from bot.understand.question import Question
    from handlers.announcements import Draft
    from handlers.helpdesk import Draft as HelpdeskDraft


class BotData:
    """What the bot keeps beside its database, in memory (a restart forgets it), each in its own
    attribute: PTB's `bot_data` (given this class by `CONTEXT_TYPES`), shared by every update."""

    def __init__(self) -> None:
        self._services: Services | None = None
        # Announcements previewed and not yet confirmed, by the preview's key (handlers/announcements.py).
        self.announcement_drafts: dict[str, Draft] = {}
        # Questions offered to the help desk and not yet sent, by their button's key, oldest first
        # (handlers/helpdesk.py).
        self.helpdesk_drafts: OrderedDict[str, HelpdeskDraft] = OrderedDict()
        # Questions whose long answers can be paged, by the buttons' key (handlers/ask.py).
        self.recent_questions: OrderedDict[str, Question] = OrderedDict()
        # Each chat and user's last question, for follow-ups (bot/understand/followup.py).
        self.conversations = Conversations()
        # Set when Telegram answered 409 Conflict (another instance polls with this token): the
        # bot stops (handlers/errors.py), and `python -m bot` says why (bot/app.py).
        self.conflict = False

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("no services yet: bot/app.py gives them when it builds the application")
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services


def bot_data_of(application: Application[Any, Any, Any, Any, Any, Any]) -> BotData:
    """The application's `BotData`, where code is given the application rather than a context."""
    found = application.bot_data
    assert isinstance(found, BotData), "the application was not built with CONTEXT_TYPES"
    return found


class ConferenceContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """The context every handler gets (bot/app.py gives PTB this class): what the bot is made of,
    typed, rather than looked up by a string."""

    @property
    def services(self) -> Services:
        return self.bot_data.services

    # What handlers keep between updates, in memory (a restart forgets it): see BotData.

    @property
    def announcement_drafts(self) -> dict[str, Draft]:
        """Announcements previewed and not yet confirmed, by the preview's key."""
        return self.bot_data.announcement_drafts

    @property
    def helpdesk_drafts(self) -> OrderedDict[str, HelpdeskDraft]:
        """Questions offered to the help desk and not yet sent, by their button's key."""
        return self.bot_data.helpdesk_drafts

    @property
    def recent_questions(self) -> OrderedDict[str, Question]:
        """Questions whose long answers can be paged, by the buttons' key (handlers/ask.py)."""
        return self.bot_data.recent_questions

    @property
    def conversations(self) -> Conversations:
        """Each chat and user's last question, for follow-ups (bot/understand/followup.py)."""
        return self.bot_data.conversations

    @property
    def pictures(self) -> PictureCache:
        """The day pictures drawn, and Telegram's file ids of the shared ones (handlers/grid.py)."""
        cache: PictureCache = self.services.pictures  # shared with the channel's (the outbox's)
        return cache


CONTEXT_TYPES = ContextTypes(context=ConferenceContext, bot_data=BotData)
Context = ConferenceContext


def services(context: Context) -> Services:
    return context.services


async def current_user(update: Update, context: Context) -> User | None:
    """The user behind an update, recorded on first contact with their Telegram language."""
    tg_user = update.effective_user
    if tg_user is None:
        return None
    svc = services(context)
    default = bot_language(svc)
    language = normalise_language(tg_user.language_code, default) if tg_user.language_code else None
    return await svc.users.seen(tg_user.id, language, svc.clock.now())


def bot_language(svc: Services) -> str:
    """The bot's language for whoever has none (bot/i18n.py's `default_language`)."""
    return default_language(svc.config.default_language, svc.programme.snapshot.conference.default_language)


def language_of(user: User | None, context: Context) -> str:
    return reader_language(user.language if user else None, None, bot_language(services(context)))


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
