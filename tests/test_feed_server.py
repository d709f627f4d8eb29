"""The calendar feeds' HTTP handler on a tornado server of its own: statuses, headers, and nothing
that tells a stranger more than "not found"."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest
import tornado.web
from tornado.httpserver import HTTPServer

from bot.calendar_feed import Feed
from bot.feed_server import NOT_FOUND, CalendarFeedHandler

TOKEN = "Secret_Token-1"
BODY = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


class Feeds:
    """Stands for bot.calendar_feed.CalendarFeeds: one token opens one calendar."""

    def __init__(self) -> None:
        self.broken = False

    def feed(self, token: str) -> Feed | None:
        if self.broken:
            raise RuntimeError("the programme is gone")
        return Feed(BODY, '"abc"') if token == TOKEN else None


class Routes(tornado.web.Application):
    """As python-telegram-bot's webhook application (WebhookAppClass): no access log."""

    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        pass


@pytest.fixture
async def server(unused_tcp_port: int) -> AsyncIterator[tuple[str, Feeds]]:
    feeds = Feeds()
    app = Routes([(r"/calendar/.*", CalendarFeedHandler, {"feeds": feeds})])
    http = HTTPServer(app)
    http.listen(unused_tcp_port, address="127.0.0.1")
    try:
        yield f"http://127.0.0.1:{unused_tcp_port}/calendar/", feeds
    finally:
        http.stop()
        await http.close_all_connections()


async def test_a_known_token_gets_its_calendar(server: tuple[str, Feeds]) -> None:
    base, _ = server
    async with httpx.AsyncClient() as client:
        response = await client.get(f"{base}{TOKEN}.ics")
        head = await client.head(f"{base}{TOKEN}.ics")
        again = await client.get(f"{base}{TOKEN}.ics", headers={"If-None-Match": '"abc"'})
    assert (response.status_code, response.content) == (200, BODY)
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert (response.headers["etag"], response.headers["cache-control"]) == ('"abc"', "private, no-cache")
    assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", str(len(BODY)))
    assert (again.status_code, again.content) == (304, b"")


@pytest.mark.parametrize("path", ["nobody.ics", f"{TOKEN}", f"{TOKEN}.ics/", f"x/{TOKEN}.ics", ""])
async def test_anything_else_is_not_found_and_nothing_more(server: tuple[str, Feeds], path: str) -> None:
    base, _ = server
    async with httpx.AsyncClient() as client:
        response = await client.get(base + path)
    assert (response.status_code, response.content) == (404, NOT_FOUND)
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert "etag" not in response.headers


async def test_a_failure_is_logged_without_the_address(
    server: tuple[str, Feeds], caplog: pytest.LogCaptureFixture
) -> None:
    base, feeds = server
    feeds.broken = True
    with caplog.at_level(logging.DEBUG):
        async with httpx.AsyncClient() as client:
            response = await client.get(f"{base}{TOKEN}.ics")
    assert (response.status_code, response.content) == (500, b"")
    # The server's own log (the client's, httpx's, names what it asked for).
    served = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert [r.getMessage() for r in served] == ["calendar feed failed"]
    assert all(TOKEN not in logging.Formatter().format(r) for r in served)


async def test_other_methods_are_refused(server: tuple[str, Feeds]) -> None:
    base, _ = server
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{base}{TOKEN}.ics", content=b"x")
    assert response.status_code == 405
    assert BODY not in response.content
