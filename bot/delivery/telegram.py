"""The sender's way out through python-telegram-bot: Telegram's errors become ours."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram._utils.types import JSONDict
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut
from telegram.error import RetryAfter as TelegramRetryAfter
from telegram.ext import BaseRateLimiter, ExtBot

from bot.delivery.limits import Priority, SendLimits
from bot.delivery.sender import Blocked, Rejected, Rendered, RetryAfter, Transient, Uncertain

log = logging.getLogger(__name__)


class TelegramPacing(BaseRateLimiter[Priority]):
    """Every message the bot sends, replies and broadcasts alike, waits on one SendLimits: a
    broadcast at full pace and the answers to people's questions share Telegram's limits, and a
    reply goes before the outbox. Only the chat it is for waits on its one-a-second pace."""

    SENDING = frozenset(
        {
            "sendMessage",
            "sendDocument",
            "sendPhoto",
            "sendMediaGroup",
            "sendVenue",
            "sendLocation",
            "copyMessage",
            "forwardMessage",
        }
    )

    def __init__(self, limits: SendLimits) -> None:
        self.limits = limits

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Priority | None,
    ) -> bool | JSONDict | list[JSONDict]:
        chat = data.get("chat_id")
        if endpoint not in self.SENDING or not isinstance(chat, int | str):
            return await callback(*args, **kwargs)
        chat_id = chat if isinstance(chat, int) else hash(chat)
        async with self.limits.slot(chat_id, rate_limit_args or Priority.REPLY):
            return await callback(*args, **kwargs)


class TelegramTransport:
    def __init__(self, bot: ExtBot[Priority], *, answer_seconds: float = 30.0) -> None:
        self.bot = bot
        # Waiting long for a slow answer is cheap (other sends go on) and tells us it arrived;
        # giving up early would leave us guessing, and guessing wrong sends it twice.
        self.answer_seconds = answer_seconds

    async def send(self, chat_id: int, message: Rendered) -> None:
        markup = None
        if message.buttons:
            markup = InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(label, callback_data=data) for label, data in row]
                    for row in message.buttons
                ]
            )
        try:
            if message.photo is not None:
                await self._send_photo(chat_id, message, markup)
            else:
                await self.bot.send_message(
                    chat_id,
                    message.text,
                    reply_markup=markup,
                    read_timeout=self.answer_seconds,
                    rate_limit_args=Priority.OUTBOX,
                )
        except TelegramRetryAfter as error:
            wait = error.retry_after
            raise RetryAfter(wait.total_seconds() if isinstance(wait, timedelta) else float(wait)) from error
        except Forbidden as error:
            raise Blocked(str(error)) from error
        except BadRequest as error:
            raise Rejected(str(error)) from error
        except TimedOut as error:  # before NetworkError, its parent
            raise Uncertain(str(error)) from error
        except NetworkError as error:
            raise Transient(str(error)) from error

    async def _send_photo(self, chat_id: int, message: Rendered, markup: InlineKeyboardMarkup | None) -> None:
        """The picture with the text as its caption; an upload's file id goes to `uploaded`."""
        photo = message.photo
        assert photo is not None
        sent = await self.bot.send_photo(
            chat_id,
            photo.content,
            filename=photo.filename,
            caption=message.text,
            reply_markup=markup,
            read_timeout=self.answer_seconds,
            write_timeout=self.answer_seconds,
            rate_limit_args=Priority.OUTBOX,
        )
        if isinstance(photo.content, bytes) and photo.uploaded is not None and sent.photo:
            photo.uploaded(sent.photo[-1].file_id)

    async def edit(self, chat_id: int, message_id: int, text: str) -> None:
        try:
            await self.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id)
        except BadRequest as error:
            # Not modified, or deleted by its reader: either way there is nothing more to show.
            log.info("progress message %s in %s not edited: %s", message_id, chat_id, error)
