"""getUpdates as this bot needs it: each batch kept in the inbox before Telegram is told it arrived,
and an update this version of python-telegram-bot cannot read skipped (logged once) rather than
fetched again forever.

An update of a shape the library does not know (an older self-hosted Bot API server, a newer kind)
makes python-telegram-bot's getUpdates fail as a whole, so the batch is never confirmed and is
fetched again at once, thousands of times a second. Here such an update becomes an empty one with
its id: nothing handles it, and the next call confirms it.
"""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Callable, Sequence
from typing import Any, cast

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import Application, ExtBot

from bot.delivery.limits import Priority
from bot.updates.inbox import Inbox
from bot.updates.processor import ChatLanes

log = logging.getLogger(__name__)

# The kinds of update this bot handles; Telegram sends no others (and they cost nothing).
HANDLED_UPDATES = ("message", "callback_query", "inline_query")

# On SIGTERM, updates not started within this time wait in the inbox for the next start.
STOP_SECONDS = 6.0


class ConferenceBot(ExtBot[Priority]):
    """The bot's ExtBot: getUpdates keeps, and reads each update on its own."""

    # python-telegram-bot freezes its bots: our own attributes are private ones.
    _inbox: Inbox | None = None
    # Ids below this were kept in the inbox by an earlier run: confirmed at the first call.
    _resume_offset: int = 0

    def keep_updates_in(self, inbox: Inbox) -> None:
        self._inbox = inbox

    def resume_after(self, update_id: int) -> None:
        """Updates up to this id are in the inbox already: confirm them without fetching again."""
        self._resume_offset = max(self._resume_offset, update_id + 1)

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
        rate_limit_args: Any = None,
    ) -> tuple[Update, ...]:
        if self._resume_offset and (offset or 0) < self._resume_offset:
            offset = self._resume_offset
        data: JSONDict = {
            "timeout": timeout,
            "offset": offset,
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        # As python-telegram-bot does: a long poll may take `timeout` longer than a normal call.
        base = (
            (read_timeout or 0)
            if not isinstance(read_timeout, DefaultValue)
            else self.request.read_timeout or 0
        )
        poll = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        raw = cast(
            "list[JSONDict]",
            await self._post(
                "getUpdates",
                data,
                read_timeout=base + poll,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
                api_kwargs=api_kwargs,
            ),
        )
        updates = tuple(self._read(item) for item in raw)
        if self._inbox is not None:
            await self._inbox.keep(raw)
        return updates

    def _read(self, item: JSONDict) -> Update:
        try:
            update = Update.de_json(item, self)
        except Exception as error:
            kinds = sorted(key for key in item if key != "update_id")
            # The kinds only: an update's content (people's messages) never goes to the log.
            log.warning(
                "update %s skipped: cannot read %s (%s)", item.get("update_id"), kinds, type(error).__name__
            )
            update = Update(update_id=int(item["update_id"]))
            update.set_bot(self)
        self.insert_callback_data(update)
        return update


class ConferenceApplication(Application):
    """Stopping does not wait for a backlog: what has not started in time stays in the inbox."""

    # Called once started; by then run_webhook's server listens (bot/app.py adds routes to it).
    on_started: Callable[[Application], None] | None = None

    async def start(self) -> None:
        await super().start()
        if self.on_started is not None:
            self.on_started(self)

    async def stop(self) -> None:
        processor = self.update_processor
        if isinstance(processor, ChatLanes) and self.running:
            processor.stop_within(STOP_SECONDS)
        await super().stop()


async def replay_inbox(application: Application, inbox: Inbox) -> int:
    """Queue the updates an earlier run fetched but never started; they go before new ones."""
    bot = application.bot
    left = await inbox.left()
    for item in left:
        await application.update_queue.put(
            ConferenceBot._read(bot, item) if isinstance(bot, ConferenceBot) else Update.de_json(item, bot)
        )
    if left and isinstance(bot, ConferenceBot):
        bot.resume_after(max(int(item["update_id"]) for item in left))
    return len(left)
