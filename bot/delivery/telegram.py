"""The sender's way out through python-telegram-bot: Telegram's errors become ours."""

from __future__ import annotations

from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut
from telegram.error import RetryAfter as TelegramRetryAfter

from bot.delivery.sender import Blocked, Rejected, Rendered, RetryAfter, Transient


class TelegramTransport:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot

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
            await self.bot.send_message(chat_id, message.text, reply_markup=markup)
        except TelegramRetryAfter as error:
            wait = error.retry_after
            raise RetryAfter(wait.total_seconds() if isinstance(wait, timedelta) else float(wait)) from error
        except Forbidden as error:
            raise Blocked(str(error)) from error
        except BadRequest as error:
            raise Rejected(str(error)) from error
        except (TimedOut, NetworkError) as error:
            raise Transient(str(error)) from error
