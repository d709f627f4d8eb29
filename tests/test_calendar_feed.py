"""A user's calendar feed: made at each fetch from their stars and the programme in force."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite
import pytest
from icalendar import Calendar

from bot.calendar_feed import CalendarFeeds, feed_address, token_in, webcal_address
from bot.clock import FixedClock
from bot.programme.changes import Slot
from bot.programme.current import CurrentProgramme
from bot.programme.loading import Loaded
from bot.store.calendar_links import CalendarLinks
from bot.store.database import open_database
from bot.store.stars import Stars
from bot.store.users import Users

NOW = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
BRUSSELS = ZoneInfo("Europe/Brussels")
YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 13:30–14:30
CITY = "d1-workshop-right-to-the-city"  # Alcazar, Thursday 12:45


@dataclass
class World:
    feeds: CalendarFeeds
    links: CalendarLinks
    stars: Stars
    users: Users
    programme: CurrentProgramme
    clock: FixedClock


@pytest.fixture
async def world(mechelen_loaded: Loaded) -> AsyncIterator[World]:
    database: aiosqlite.Connection = await open_database(":memory:")
    try:
        links, stars, users = CalendarLinks(database), Stars(database), Users(database)
        programme, clock = CurrentProgramme(mechelen_loaded), FixedClock(NOW)
        feeds = CalendarFeeds(links, stars, users, programme, clock)
        yield World(feeds, links, stars, users, programme, clock)
    finally:
        await database.close()


def events(body: bytes) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(body)
    return [
        {
            "uid": str(event["UID"]),
            "summary": str(event["SUMMARY"]),
            "location": str(event["LOCATION"]),
            "start": event.decoded("DTSTART"),
        }
        for event in calendar.walk("VEVENT")
    ]


async def test_an_unknown_token_opens_nothing(world: World) -> None:
    await world.links.issue(1, NOW)
    assert world.feeds.feed("no-such-token") is None
    assert world.feeds.feed("") is None


async def test_the_feed_holds_the_starred_sessions_in_order_in_the_users_language(world: World) -> None:
    await world.users.seen(1, "fr", NOW)
    await world.stars.star(1, YOUTH, NOW)
    await world.stars.star(1, CITY, NOW)
    feed = world.feeds.feed(await world.links.issue(1, NOW))
    assert feed is not None
    assert [(e["uid"], e["location"], e["start"]) for e in events(feed.body)] == [
        (f"{CITY}@mechelen-2017.conference-bot", "Alcazar", datetime(2017, 11, 16, 12, 45, tzinfo=BRUSSELS)),
        (f"{YOUTH}@mechelen-2017.conference-bot", "Scala", datetime(2017, 11, 17, 13, 30, tzinfo=BRUSSELS)),
    ]
    assert events(feed.body)[1]["summary"] == "La migration des jeunes : Pourquoi ce silence ?"
    calendar = Calendar.from_ical(feed.body)
    assert "Organisé par" in str(calendar.walk("VEVENT")[1]["DESCRIPTION"])
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert calendar.decoded("REFRESH-INTERVAL") == timedelta(minutes=15)
    assert b"X-PUBLISHED-TTL:PT15M" in feed.body


async def test_a_user_without_a_language_reads_the_conferences(world: World) -> None:
    await world.users.seen(1, None, NOW)
    await world.stars.star(1, YOUTH, NOW)
    feed = world.feeds.feed(await world.links.issue(1, NOW))
    assert feed is not None
    default = world.programme.snapshot.conference.default_language
    youth = world.programme.snapshot.session(YOUTH)
    assert youth is not None
    assert events(feed.body)[0]["summary"] == youth.title.get(default, default)


async def test_each_fetch_shows_the_stars_and_the_programme_as_they_are_now(world: World) -> None:
    await world.users.seen(1, "en", NOW)
    token = await world.links.issue(1, NOW)
    empty = world.feeds.feed(token)
    assert empty is not None and events(empty.body) == []
    await world.stars.star(1, YOUTH, NOW)
    starred = world.feeds.feed(token)
    assert starred is not None and [e["location"] for e in events(starred.body)] == ["Scala"]
    # An organiser moves it (the door swaps the programme in force: here, its overrides directly).
    youth = world.programme.snapshot.session(YOUTH)
    assert youth is not None
    world.programme.set_overrides({YOUTH: Slot(youth.start, youth.end, "alcazar")})
    moved = world.feeds.feed(token)
    assert moved is not None and [e["location"] for e in events(moved.body)] == ["Alcazar"]
    assert len({empty.etag, starred.etag, moved.etag}) == 3
    await world.stars.unstar(1, YOUTH)
    unstarred = world.feeds.feed(token)
    assert unstarred is not None and events(unstarred.body) == [] and unstarred.etag == empty.etag


async def test_the_tag_follows_what_is_shown_not_the_time_it_was_made(world: World) -> None:
    await world.users.seen(1, "en", NOW)
    await world.stars.star(1, YOUTH, NOW)
    token = await world.links.issue(1, NOW)
    before = world.feeds.feed(token)
    world.clock.advance(timedelta(hours=3))
    after = world.feeds.feed(token)
    assert before is not None and after is not None
    assert before.body != after.body  # DTSTAMP
    assert before.etag == after.etag


def test_addresses_of_a_feed() -> None:
    address = feed_address("https://bot.example.org/telegram/", "AbC_d-1")
    assert address == "https://bot.example.org/telegram/calendar/AbC_d-1.ics"
    assert webcal_address(address) == "webcal://bot.example.org/telegram/calendar/AbC_d-1.ics"
    assert webcal_address("http://127.0.0.1:8080/calendar/t.ics") == "webcal://127.0.0.1:8080/calendar/t.ics"


@pytest.mark.parametrize(
    ("path", "token"),
    [
        ("/calendar/AbC_d-1.ics", "AbC_d-1"),
        ("/calendar/.ics", None),
        ("/calendar/a/b.ics", None),
        ("/calendar/abc", None),
        ("/calendars/abc.ics", None),
        ("/abc.ics", None),
    ],
)
def test_the_token_of_a_path(path: str, token: str | None) -> None:
    assert token_in(path) == token
