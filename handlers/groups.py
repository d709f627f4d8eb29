"""The bot in group chats: it answers what is meant for it, and stars happen in private.

In a group the bot answers commands, messages that mention it (@bot …) and replies to its own
messages, never the rest of the conversation (Telegram's privacy mode delivers little else, but an
admin bot or one with privacy off gets everything). A card shown in a group is for everyone, so
its ⭐ button is a deep link, https://t.me/<bot>?start=star-<short id>, that opens the private chat
where /start star-<short id> stars the session for whoever followed it.

What is personal (your sessions, your settings, a speaker's slots) or for organisers only is never
answered in a group: the bot says it answers in private, with a link to the private chat whose
/start payload is the command's name (harmless: it names no person and holds no secret), and the
private chat then answers that command. Speakers' invitation links are claimed only in private.
"""

from __future__ import annotations

import re

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ChatType
from telegram.ext import filters

from bot.i18n import Speaker
from bot.programme.current import short_id
from bot.programme.model import Session

STAR_PREFIX = "star-"


def in_group(chat: Chat | None) -> bool:
    return chat is not None and chat.type != ChatType.PRIVATE


def _mention(username: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@])@{re.escape(username)}\b", re.IGNORECASE)


class AddressedToBot(filters.MessageFilter):
    """Private messages; in groups, only a mention of the bot or a reply to one of its messages;
    in channels, nothing."""

    def filter(self, message: Message) -> bool:
        if not in_group(message.chat):
            return True
        if message.chat.type == ChatType.CHANNEL:
            return False  # the conference channel's own posts are not questions
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        return bool(bot.username and _mention(bot.username).search(message.text or ""))


ADDRESSED_TO_BOT = AddressedToBot(name="addressed_to_bot")


def without_mention(text: str, username: str | None) -> str:
    """'@mechelen_bot what's next in Alcazar' → "what's next in Alcazar"."""
    if not username:
        return text
    return " ".join(_mention(username).sub(" ", text).split())


def star_link(bot_username: str, session: Session) -> str:
    return f"https://t.me/{bot_username}?start={STAR_PREFIX}{short_id(session.id)}"


def star_key(start_argument: str) -> str | None:
    """The session's short id in a /start argument 'star-<short id>', else None."""
    if not start_argument.startswith(STAR_PREFIX):
        return None
    return start_argument.removeprefix(STAR_PREFIX) or None


def private_chat_link(bot_username: str, payload: str) -> str:
    """A deep link opening the bot's private chat with /start PAYLOAD (A-Z a-z 0-9 _ -, ≤ 64)."""
    return f"https://t.me/{bot_username}?start={payload}"


def private_chat_keyboard(s: Speaker, bot_username: str, payload: str) -> InlineKeyboardMarkup:
    """One button that opens the private chat with the bot."""
    button = InlineKeyboardButton(
        "💬 " + s._("Open the private chat"), url=private_chat_link(bot_username, payload)
    )
    return InlineKeyboardMarkup([[button]])
