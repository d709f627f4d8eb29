"""The way to a room through the real bot and the local Bot API server: "how do I get to X" and a
card's or a reminder's 📍 send the room's map as a photo and its place as a venue, "where is the
venue?" the venue; a room whose way is unknown says so. And a star pressed on a card leaves it as
short as it was."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from tests.e2e.harness import RunningBot, at, button_data, buttons, make_config, sent_to
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call
from tests.programme.test_native_rooms import PNG

USER = 7401
PEOPLE = "\n".join(
    f'[[people]]\nid = "p{n}"\nname = "Person number {n}"\naffiliation = "A long affiliation, city {n}"\n'
    for n in range(12)
)
PROGRAMME = f"""\
format = "conference-bot/1"

[conference]
id = "ways"
timezone = "Europe/Brussels"
default_language = "en"
languages = ["en", "fr"]
days = ["2017-11-16"]
name = "Ways"

[info.venue]
name = "Congress hall"
address = "Grote Markt 1, Mechelen"
latitude = 51.0281
longitude = 4.4801

[[rooms]]
id = "hall"
name = "Rubens"
building = "Main building"
floor = 2
directions = {{ en = "Up the stairs, second door on the left", fr = "Deuxième porte à gauche" }}
map = "docs/hall.png"

[[rooms]]
id = "club"
name = "Boxing club"
latitude = 51.0259
longitude = 4.4776
directions = "10 minutes' walk"

[[rooms]]
id = "attic"
name = "Attic"

{PEOPLE}
[[sessions]]
id = "talk"
kind = "talk"
start = "2017-11-16T10:00"
end = "2017-11-16T11:00"
room = "hall"
title = {{ en = "Cities and migrants", fr = "Villes et migrants" }}
description = {{ fr = "{"Une longue description en français. " * 40}" }}
people = [{", ".join(f'{{ person = "p{n}", role = "speaker" }}' for n in range(12))}]

[[sessions]]
id = "visit"
kind = "visit"
start = "2017-11-16T10:00"
end = "2017-11-16T11:00"
room = "club"
title = "Visit of the boxing club"

[[sessions]]
id = "attic-talk"
kind = "talk"
start = "2017-11-16T10:00"
end = "2017-11-16T11:00"
room = "attic"
title = "Up in the attic"
"""


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "hall.png").write_bytes(PNG)
    programme = tmp_path / "programme.toml"
    programme.write_text(PROGRAMME, encoding="utf-8")
    config = make_config(api, tmp_path / "bot.sqlite3", programme=str(programme))
    running = RunningBot(api, config, FixedClock(at("2017-11-16T09:00:00+01:00")))
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def to_user(method: str):
    return lambda call: call.method == method and call.params.get("chat_id") == USER


async def ask_then(bot: RunningBot, text: str, method: str) -> tuple[Call, Call]:
    """The answer to a question, and the call of `method` that follows it."""
    since = len(bot.api.calls())
    answer = await bot.ask(USER, text)
    return answer, await bot.api.wait_for(to_user(method), since=since)


async def test_the_way_to_a_room_with_a_map_sends_the_map(bot: RunningBot) -> None:
    answer, photo = await ask_then(bot, "how do I get to Rubens?", "sendPhoto")
    text = answer.params["text"]
    assert "🏢 Main building · Floor: 2" in text
    assert "How to get there: Up the stairs, second door on the left" in text
    assert photo.ok, photo.description
    assert photo.files["photo"].data == PNG  # uploaded the first time
    assert photo.params["caption"].startswith("<b>Rubens</b>\n🏢 Main building · Floor: 2\n🚶 Up the stairs")
    # The second time, Telegram's file_id: no upload.
    _, again = await ask_then(bot, "how do I get to Rubens?", "sendPhoto")
    assert again.ok and again.files == {}
    assert again.params["photo"] == photo.result["photo"][-1]["file_id"]
    assert [c for c in bot.api.calls() if c.method == "sendVenue"] == []


async def test_the_way_to_a_place_off_site_sends_a_venue(bot: RunningBot) -> None:
    answer, venue = await ask_then(bot, "how do I get to the boxing club", "sendVenue")
    assert "How to get there: 10 minutes&#x27; walk" in answer.params["text"]
    assert "openstreetmap.org/?mlat=51.0259&amp;mlon=4.4776" in answer.params["text"]
    assert venue.ok, venue.description
    assert (venue.params["latitude"], venue.params["longitude"]) == (51.0259, 4.4776)
    assert venue.params["title"] == "Boxing club"
    assert venue.params["address"] == "Grote Markt 1, Mechelen"


async def test_a_room_whose_way_is_unknown_says_so(bot: RunningBot) -> None:
    since = len(bot.api.calls())
    answer = await bot.ask(USER, "how do I get to the attic?")
    assert answer.params["text"].split("\n")[:2] == [
        "<b>Attic</b>",
        "The programme does not say how to get to Attic.",
    ]
    await bot.ask(USER, "what's next in the Attic")  # nothing else was sent in between
    assert [c.method for c in bot.api.calls()[since:] if c.method.startswith("send")] == [
        "sendMessage",
        "sendMessage",
    ]


async def test_where_is_the_venue_sends_the_venue(bot: RunningBot) -> None:
    answer, venue = await ask_then(bot, "where is the venue?", "sendVenue")
    assert "Congress hall" in answer.params["text"]
    assert (venue.params["latitude"], venue.params["longitude"]) == (51.0281, 4.4801)
    assert (venue.params["title"], venue.params["address"]) == ("Congress hall", "Grote Markt 1, Mechelen")


async def open_card(bot: RunningBot, question: str, title: str) -> Call:
    answer = await bot.ask(USER, question)
    return await bot.press(USER, answer, button_data(answer, title))


async def test_a_cards_way_button_sends_the_map_and_the_place(bot: RunningBot) -> None:
    card = await open_card(bot, "what's next in Rubens", "Cities")
    since = len(bot.api.calls())
    bot.api.press_button(USER, card, button_data(card, "📍"))
    photo = await bot.api.wait_for(to_user("sendPhoto"), since=since)
    assert photo.ok and photo.params["caption"].startswith("<b>Rubens</b>")

    visit = await open_card(bot, "what's next in the boxing club", "Visit")
    since = len(bot.api.calls())
    bot.api.press_button(USER, visit, button_data(visit, "📍"))
    words = await bot.api.wait_for(sent_to(USER), since=since)
    assert words.params["text"] == "<b>Boxing club</b>\n🚶 10 minutes&#x27; walk"
    venue = await bot.api.wait_for(to_user("sendVenue"), since=since)
    assert venue.ok and venue.params["title"] == "Boxing club"

    # A room with neither a map nor a place has no 📍 button: its card says all there is.
    attic = await open_card(bot, "what's next in the Attic", "attic")
    assert not any(data.startswith("way|") for _, data in buttons(attic))


async def test_a_star_leaves_a_long_card_short(bot: RunningBot) -> None:
    card = await open_card(bot, "what's next in Rubens", "Cities")
    text = card.params["text"]
    assert len(text) > 600 and "Une longue description" not in text  # many people, no description
    starred = await bot.press(USER, card, button_data(card, "st|"))
    assert starred.method == "editMessageReplyMarkup"
    assert buttons(starred)[0][0] == "★ Unstar"
    assert any(data.startswith("sd|") for _, data in buttons(starred))  # the details are still offered
    assert bot.api.message(USER, card.result["message_id"])["text"] == text

    # Details asked for stay shown, in French, and said to be.
    details = await bot.press(USER, card, button_data(starred, "sd|"))
    assert "<i>(in French)</i>\nUne longue description" in details.params["text"]
    unstarred = await bot.press(USER, card, button_data(details, "st|"))
    assert buttons(unstarred)[0][0] == "⭐ Star"
    assert not any(data.startswith("sd|") for _, data in buttons(unstarred))


async def test_a_reminder_carries_the_way_button(bot: RunningBot) -> None:
    card = await open_card(bot, "what's next in Rubens", "Cities")
    await bot.press(USER, card, button_data(card, "st|"))
    bot.clock.set(at("2017-11-16T09:50:00+01:00"))
    reminder = await bot.api.wait_for(lambda c: sent_to(USER)(c) and "⏰" in c.params["text"])
    assert "🏢 Main building · Floor: 2" in reminder.params["text"]
    assert [data.split("|")[0] for _, data in buttons(reminder)] == ["o", "st", "way"]
    since = len(bot.api.calls())
    bot.api.press_button(USER, reminder, button_data(reminder, "way|"))
    photo = await bot.api.wait_for(to_user("sendPhoto"), since=since)
    assert photo.ok


async def test_on_now_in_a_room_carries_a_button_for_it(bot: RunningBot) -> None:
    bot.clock.set(at("2017-11-16T10:15:00+01:00"))
    answer = await bot.ask(USER, "what's next in Rubens")
    assert answer.params["text"].startswith("On now in Rubens:")
    card = await bot.press(USER, answer, button_data(answer, "Cities and migrants"))
    assert card.params["text"].startswith("<b>Cities and migrants</b>")
