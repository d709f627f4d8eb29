"""The composition root: builds the python-telegram-bot Application and everything it uses.

Handlers are registered in one place, in order; the database is opened in post_init and closed in
post_shutdown; HTML is the one parse mode.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults

from bot.clock import Clock
from bot.config import Config
from bot.delivery.http import AiohttpRequest
from bot.delivery.telegram import TelegramPacing, TelegramTransport
from bot.feed_server import serve_feeds
from bot.i18n import LANGUAGES
from bot.programme.current import CurrentProgramme
from bot.programme.loading import Loaded
from bot.services import Services
from bot.store.database import open_database
from bot.updates.fetching import HANDLED_UPDATES, ConferenceApplication, ConferenceBot, replay_inbox
from bot.updates.processor import ChatLanes
from bot.webhook import webhook_options
from handlers import (
    announcements,
    ask,
    browse,
    calendar,
    cards,
    documents,
    errors,
    events,
    feedback,
    flood,
    grid,
    helpdesk,
    inline,
    menus,
    myday,
    organisers,
    panel,
    popular,
    postgrid,
    settings,
    speakers,
    stars,
    start,
    status,
    unknown_buttons,
    unknown_commands,
    way,
)
from handlers.common import CONTEXT_TYPES, bot_data_of

log = logging.getLogger(__name__)

# Opt into PTB's timedelta durations (RetryAfter.retry_after…), the default of its next major
# version; it also silences the deprecation warning raised with every 429.
os.environ.setdefault("PTB_TIMEDELTA", "true")


async def post_init(application: Application) -> None:
    svc = bot_data_of(application).services
    await svc.open_store(await open_database(svc.config.database))
    # Reminders missed while the bot was down are caught up on by the first sweep (only for
    # sessions that have not started: nobody is flooded with stale ones).
    svc.start_delivery(TelegramTransport(application.bot, answer_seconds=svc.config.outbox_answer_seconds))
    # Updates fetched are kept until their handling starts; those a kill left are handled first.
    bot, processor = application.bot, application.update_processor
    if isinstance(bot, ConferenceBot) and isinstance(processor, ChatLanes):
        bot.keep_updates_in(svc.inbox)
        processor.inbox = svc.inbox
        replayed = await replay_inbox(application, svc.inbox)
        if replayed:
            log.warning("%d updates fetched before the last stop are handled now", replayed)
    await svc.start_refresh()
    # Phones show the command menu in the user's language when one is set for it, and each
    # organiser their own (handlers/menus.py).
    await menus.set_menus(application.bot, svc, LANGUAGES)
    log.info("bot started: %d users, %d stars", len(svc.users), svc.stars.count())


def serve_calendars(application: Application) -> None:
    """Webhook mode: the calendar feeds join the webhook's server, and /ics offers their links."""
    svc = bot_data_of(application).services
    if svc.config.webhook_url and serve_feeds(application, svc.calendar_feeds):
        svc.calendar_address = svc.config.webhook_url


async def post_stop(application: Application) -> None:
    svc = bot_data_of(application).services
    await svc.stop_refresh()
    await svc.stop_delivery()


async def post_shutdown(application: Application) -> None:
    svc = bot_data_of(application).services
    await svc.close_store()


def api_base_urls(api_url: str | None) -> tuple[str, str] | None:
    """(base_url, base_file_url) for a self-hosted Bot API server, e.g. http://localhost:8081."""
    if not api_url:
        return None
    root = api_url.rstrip("/").removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


def build_application(config: Config, loaded: Loaded, clock: Clock) -> Application:
    if not config.token:
        raise ValueError("a Telegram token is needed to build the application")
    services = Services(config=config, programme=CurrentProgramme(loaded), clock=clock)
    # Telegram's own addresses (PTB's defaults) unless a self-hosted Bot API server is set.
    urls = api_base_urls(config.api_url)
    addresses: dict[str, Any] = {"base_url": urls[0], "base_file_url": urls[1]} if urls else {}
    bot = ConferenceBot(
        config.token,
        **addresses,
        request=AiohttpRequest(),
        get_updates_request=AiohttpRequest(),
        # No link-preview default: merging it into every request costs more than the few
        # messages with a link gain (Telegram previews only text that has one).
        defaults=Defaults(parse_mode=ParseMode.HTML),
        rate_limiter=TelegramPacing(services.limits),
    )
    processor = ChatLanes()
    processor.keep_arrivals = bool(config.webhook_url)
    application = (
        ApplicationBuilder()
        .bot(bot)
        .application_class(ConferenceApplication)
        .context_types(CONTEXT_TYPES)
        .concurrent_updates(processor)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    processor.on_flood = lambda update, first: flood.ask_to_slow_down(update, application, first)
    bot_data_of(application).services = services
    if config.webhook_url and isinstance(application, ConferenceApplication):
        application.on_started = serve_calendars
    # Order matters: callback patterns are disjoint; the catch-all text handler comes last.
    for module in (
        speakers,
        announcements,
        organisers,
        start,
        browse,
        cards,
        documents,
        way,
        stars,
        myday,
        grid,
        postgrid,
        calendar,
        settings,
        inline,
        # Before panel, feedback and ask, which take any private text: a reply to a help-desk
        # question is an organiser's answer, not a question.
        helpdesk,
        # Before feedback and ask: a private message may be a question to a session's panel.
        panel,
        # Before ask: a private message may be the comment on a session being written.
        feedback,
        ask,
    ):
        application.add_handlers(module.HANDLERS)
    application.add_handlers(status.HANDLERS)
    application.add_handlers(popular.HANDLERS)
    # After every command handler, in a group of its own so that none registered later is
    # shadowed: a command that none of them takes gets a pointer to /help.
    application.add_handlers(unknown_commands.HANDLERS, group=unknown_commands.GROUP)
    # Last of the callback handlers: a button none of the above takes is still answered.
    application.add_handlers(unknown_buttons.HANDLERS)
    # Group -1 runs before the others and stops nothing: one log line per update, without its text.
    application.add_handlers(events.HANDLERS, group=-1)
    application.add_error_handler(errors.on_error)
    return application


def run_telegram(config: Config, loaded: Loaded, clock: Clock) -> int:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=config.log_level)
    # httpx logs every request at INFO, with the token in the URL.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    application = build_application(config, loaded, clock)
    if config.webhook_url:
        # Telegram posts updates to us, usually through a reverse proxy (README: webhook mode).
        application.run_webhook(**webhook_options(config))
    else:
        application.run_polling(allowed_updates=HANDLED_UPDATES)
    if bot_data_of(application).conflict:
        print(
            "stopped: another instance of this bot is already running with the same token",
            file=sys.stderr,
        )
        return 3
    return 0
