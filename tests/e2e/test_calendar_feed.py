"""A calendar that stays current: in webhook mode /ics gives a personal subscription link, served by
the bot's own webhook server, that follows the user's stars and the organisers' changes."""

from __future__ import annotations

import asyncio
import re
import secrets
import signal
import subprocess
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from icalendar import Calendar

from bot.feed_server import serve_feeds
from bot.webhook import webhook_path
from tests.e2e.harness import TOKEN, RunningBot, button_data, sent_to
from tests.e2e.harness import bot_process as running_process
from tests.e2e.test_webhook import SECRET, post
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ATTENDEE = 5001, 5002
YOUTH_TITLE = "Youth migration: why the silence?"  # Scala, Friday 13:30–14:30
LINK = re.compile(r"<code>(http://[^<]+)</code>")


@pytest.fixture
def port(unused_tcp_port: int) -> int:
    return unused_tcp_port


@pytest.fixture
def webhook_process(api: FakeBotApi, tmp_path: Path, port: int) -> Iterator[subprocess.Popen[str]]:
    env = {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(tmp_path / "bot.sqlite3"),
        "SIMULATED_START": "2017-11-16T12:10:00+01:00",
        # No reverse proxy here: the public address is the server's own.
        "WEBHOOK_URL": f"http://127.0.0.1:{port}",
        "WEBHOOK_LISTEN": "127.0.0.1",
        "PORT": str(port),
        "WEBHOOK_SECRET": SECRET,
        "ORGANISER_IDS": str(ORGANISER),
        "LOG_LEVEL": "INFO",
    }
    with running_process(env) as process:
        yield process


class Telegram:
    """Posts to the bot's webhook what the local Bot API server records as a user's doing."""

    def __init__(self, api: FakeBotApi, client: httpx.AsyncClient, port: int) -> None:
        self.api, self.client = api, client
        self.hook = f"http://127.0.0.1:{port}/{webhook_path(TOKEN)}"

    async def deliver(self, update_id: int) -> None:
        (body,) = [u for u in self.api.pushed_updates() if u["update_id"] == update_id]
        assert await post(self.client, self.hook, body, SECRET) == 200

    async def ask(self, user_id: int, text: str) -> Call:
        since = len(self.api.calls())
        await self.deliver(self.api.send_text(user_id, text))
        return await self.api.wait_for(sent_to(user_id), since=since, timeout=15)

    async def command(self, user_id: int, command: str, *args: str) -> Call:
        since = len(self.api.calls())
        await self.deliver(self.api.send_command(user_id, command, *args))
        return await self.api.wait_for(sent_to(user_id), since=since, timeout=15)

    async def press(self, user_id: int, message: Call, data: str) -> Call:
        since = len(self.api.calls())
        await self.deliver(self.api.press_button(user_id, message, data))
        return await self.api.wait_for(
            lambda c: (
                c.method in ("editMessageText", "editMessageReplyMarkup", "sendMessage")
                and c.params.get("chat_id") == user_id
            ),
            since=since,
            timeout=15,
        )


@pytest.fixture
async def telegram(
    api: FakeBotApi, webhook_process: subprocess.Popen[str], port: int
) -> AsyncIterator[Telegram]:
    async with httpx.AsyncClient(timeout=5) as client:
        yield Telegram(api, client, port)


def youth(body: bytes) -> dict[str, object]:
    """The starred session's event as the icalendar library reads the feed."""
    calendar = Calendar.from_ical(body)
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == YOUTH_TITLE]
    return {
        "location": str(event["LOCATION"]),
        "start": event.decoded("DTSTART"),
        "end": event.decoded("DTEND"),
    }


async def test_the_subscription_follows_a_move_and_a_new_link_closes_the_old_one(
    api: FakeBotApi, telegram: Telegram, webhook_process: subprocess.Popen[str], port: int
) -> None:
    await api.wait_for("setWebhook", timeout=20)
    answer = await telegram.ask(ATTENDEE, "what's next in Scala")
    card = await telegram.press(ATTENDEE, answer, button_data(answer, "Youth"))
    await telegram.press(ATTENDEE, card, button_data(card, "st|"))

    since = len(api.calls())
    offer = await telegram.command(ATTENDEE, "ics")
    # The file as before, and the link.
    assert [c.method for c in api.calls()[since:] if c.method == "sendDocument"] == ["sendDocument"]
    text = offer.params["text"]
    (address,) = LINK.findall(text)
    assert re.fullmatch(rf"http://127\.0\.0\.1:{port}/calendar/[A-Za-z0-9_-]{{43}}\.ics", address)
    assert f"<code>webcal://127.0.0.1:{port}/calendar/" in text
    # /ics again gives the same link: a subscription made stays good.
    assert LINK.findall((await telegram.command(ATTENDEE, "ics")).params["text"]) == [address]

    client = telegram.client
    first = await client.get(address)
    assert first.status_code == 200
    assert first.headers["content-type"] == "text/calendar; charset=utf-8"
    brussels = ZoneInfo("Europe/Brussels")
    assert youth(first.content) == {
        "location": "Scala",
        "start": datetime(2017, 11, 17, 13, 30, tzinfo=brussels),
        "end": datetime(2017, 11, 17, 14, 30, tzinfo=brussels),
    }
    assert b"BEGIN:VTIMEZONE" in first.content and b"TZID:Europe/Brussels" in first.content
    # A calendar app asking again with its copy's tag gets "not modified".
    unchanged = await client.get(address, headers={"If-None-Match": first.headers["etag"]})
    assert (unchanged.status_code, unchanged.content) == (304, b"")

    preview = await telegram.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    done = await telegram.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert "Done" in done.params["text"]
    moved = await client.get(address, headers={"If-None-Match": first.headers["etag"]})
    assert moved.status_code == 200 and moved.headers["etag"] != first.headers["etag"]
    assert youth(moved.content)["location"] == "Alcazar"

    # New link: the message shows it, the old address opens nothing.
    renewed = await telegram.press(ATTENDEE, offer, button_data(offer, "calnew"))
    assert renewed.method == "editMessageText"
    (new_address,) = LINK.findall(renewed.params["text"])
    assert new_address != address
    gone = await client.get(address)
    assert gone.status_code == 404
    assert youth((await client.get(new_address)).content)["location"] == "Alcazar"

    # A token that never existed gets the very same answer as the old one: nothing to tell them apart.
    stranger = await client.get(f"http://127.0.0.1:{port}/calendar/{secrets.token_urlsafe(32)}.ics")
    for response in (stranger, await client.get(f"http://127.0.0.1:{port}/calendar/x/../{port}.ics")):
        assert (response.status_code, response.content) == (404, gone.content) == (404, b"Not found\n")
        assert response.headers["content-type"] == gone.headers["content-type"] == "text/plain; charset=utf-8"
        assert "etag" not in response.headers
    # Telegram's path still takes updates (the feeds' route did not shadow it).
    assert (await telegram.ask(ATTENDEE, "help")).params["text"]

    webhook_process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.to_thread(webhook_process.communicate, timeout=15)
    assert webhook_process.returncode == 0, stderr
    # Tokens never reach the log.
    for link in (address, new_address):
        assert link.rsplit("/", 1)[1].removesuffix(".ics") not in stderr
    assert "calendar links are off" not in stderr


async def test_without_a_public_address_ics_sends_the_file_only(bot: RunningBot) -> None:
    answer = await bot.ask(ATTENDEE, "what's next in Scala")
    card = await bot.press(ATTENDEE, answer, button_data(answer, "Youth"))
    await bot.press(ATTENDEE, card, button_data(card, "st|"))
    since = len(bot.api.calls())
    bot.api.send_command(ATTENDEE, "ics")
    await bot.api.wait_for("sendDocument", since=since)
    await bot.ask(ATTENDEE, "help")  # answered after /ics: /ics has said all it says
    assert [c.method for c in bot.api.calls()[since:] if c.params.get("chat_id") == ATTENDEE] == [
        "sendDocument",
        "sendMessage",
    ]
    assert bot.services.calendar_address is None
    assert bot.services.calendar_links.token_of(ATTENDEE) is None


async def test_feeds_are_not_served_where_no_webhook_server_runs(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    assert bot.application is not None
    assert serve_feeds(bot.application, bot.services.calendar_feeds) is False
    assert "calendar links are off" in caplog.text
