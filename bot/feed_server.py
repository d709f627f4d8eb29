"""The calendar feeds over HTTP, on the webhook's own server: GET /calendar/<token>.ics.

In webhook mode python-telegram-bot runs a tornado server (bot/webhook.py) that takes Telegram's
posts on one path. Its tornado Application takes more routes at any time
(`Application.add_handlers`), but python-telegram-bot gives no public way to reach it: the
maintainers' advice for other routes is a server of one's own that feeds `update_queue`
(python-telegram-bot issue #1438 and its `customwebhookbot` example), which would mean giving
up their tested webhook handling. So the route is added here, once the server runs, through the
two private attributes that hold it (`Updater._httpd`, `WebhookServer._http_server`, pinned with
python-telegram-bot 22.8 in constraints.txt). If they are not found, no route is added, an error
is logged, and /ics sends the file without a link (tests/e2e/test_calendar_feed.py fails loudly).

A token that opens nothing, and any other path under /calendar/, answer the same 404 with a body
that says nothing more. Tokens are never logged: PTB's server logs no requests, and a failure
here is logged without the address.
"""

from __future__ import annotations

import logging
from typing import Any

import tornado.web
from telegram.ext import Application

from bot.calendar_feed import FEED_PREFIX, CalendarFeeds, token_in

log = logging.getLogger(__name__)

NOT_FOUND = b"Not found\n"


class CalendarFeedHandler(tornado.web.RequestHandler):
    """One user's calendar; 304 when the app's copy (If-None-Match) is still the calendar."""

    SUPPORTED_METHODS = ("GET", "HEAD")

    def initialize(self, feeds: CalendarFeeds) -> None:
        self.feeds = feeds

    def get(self) -> None:
        try:
            token = token_in(self.request.path)
            feed = self.feeds.feed(token) if token is not None else None
        except Exception:
            # Without the address: it holds the user's token.
            log.exception("calendar feed failed")
            self.set_status(500)
            self.finish()
            return
        if feed is None:
            self.set_status(404)
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(NOT_FOUND)
            return
        self.set_header("Content-Type", "text/calendar; charset=utf-8")
        # The calendar is personal; apps ask again with If-None-Match.
        self.set_header("Cache-Control", "private, no-cache")
        self.set_header("ETag", feed.etag)
        if self.check_etag_header():
            self.set_status(304)
            self.finish()
            return
        self.finish(feed.body)

    def head(self) -> None:
        self.get()

    def compute_etag(self) -> str | None:
        # Set above from what the calendar shows; tornado's own would hash the DTSTAMP too.
        return None

    def log_exception(self, *args: Any) -> None:
        # tornado's own line names the request's address, which holds the token.
        log.error("calendar feed request failed")


def webhook_application(application: Application) -> tornado.web.Application | None:
    """The tornado Application of python-telegram-bot's running webhook server, if it can be found."""
    server = getattr(application.updater, "_httpd", None)
    http_server = getattr(server, "_http_server", None)
    routes = getattr(http_server, "request_callback", None)
    return routes if isinstance(routes, tornado.web.Application) else None


def serve_feeds(application: Application, feeds: CalendarFeeds) -> bool:
    """Add GET /calendar/… to the running webhook server; False (logged) when it cannot be done."""
    routes = webhook_application(application)
    if routes is None:
        log.error(
            "calendar links are off: python-telegram-bot's webhook server was not found "
            "(its internals changed?); /ics sends the file only"
        )
        return False
    routes.add_handlers(r".*", [(rf"{FEED_PREFIX}.*", CalendarFeedHandler, {"feeds": feeds})])
    return True
