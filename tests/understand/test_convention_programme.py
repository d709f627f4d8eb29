"""A fan convention's programme (AnimeNEXT 2023's first run): rooms named for what they hold and
where they are, workshops that are panels titled "… Workshop", and SMS French after a time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond, respond_in
from bot.programme.model import Programme, Room
from bot.understand.followup import Conversations
from tests.small_programme import small_programme, talk

ZONE = ZoneInfo("America/New_York")
FRIDAY = datetime(2023, 6, 16, 13, tzinfo=ZONE)


@pytest.fixture(scope="module")
def programme() -> Programme:
    rooms = [
        Room("e", "Panels 1 - Hyatt Regency E"),
        Room("f", "Panels 2 - Hyatt Regency F"),
        Room("hall-c", "NJCEC Hall C"),
        Room("hall-d", "Main Events - NJCEC Hall D"),
    ]
    at = FRIDAY.replace
    sessions = [
        talk(
            "furoshiki",
            at(hour=18, minute=45),
            at(hour=20, minute=15),
            "Furoshiki Workshop: Folding",
            room="e",
        ),
        talk("kpop", at(hour=21), at(hour=22), "KPop Dance Workshop!", room="f"),
        talk("wrestling", at(hour=20, minute=30), at(hour=22), "Cosplay Pro Wrestling", room="hall-c"),
        talk("concert", at(hour=20, minute=45), at(hour=21, minute=30), "Concert", room="hall-d"),
    ]
    return small_programme(ZONE, sessions, rooms=rooms)


def _answer(programme: Programme, text: str, at: datetime) -> dict[str, Any]:
    return respond(text, at, programme).as_json(programme)


def test_workshops_of_a_programme_without_the_kind_are_the_sessions_titled_so(programme: Programme) -> None:
    answer = _answer(programme, "quels sont les ateliers ?", FRIDAY)
    assert sorted(s["id"] for s in answer["sessions"]) == ["furoshiki", "kpop"]


def test_a_letter_after_a_time_is_no_room(programme: Programme) -> None:
    """ "à 21h c koi": the "c" is SMS French ("c'est"), not Hall C after "à" once the time is read."""
    answer = _answer(programme, "vendredi soir a 21h c koi le programme", FRIDAY)
    assert answer["room"] is None
    assert sorted(s["id"] for s in answer["sessions"]) == ["concert", "kpop", "wrestling"]
    assert _answer(programme, "et en C ?", FRIDAY.replace(hour=21))["room"] == "NJCEC Hall C"


def test_at_8_is_the_evening_where_the_morning_has_nothing_yet(programme: Programme) -> None:
    """ "and at 8?" after "what's on at 3pm": 20:00 at a convention whose days start later; at a
    conference busy at 8 in the morning, the morning ("à 8h" is always the morning)."""
    conversations = Conversations()
    asked = FRIDAY.replace(hour=11)
    first = respond_in(conversations, "c", "what's happening at 3pm on friday", asked, programme)
    assert first.as_json(programme)["sessions"] == []
    later = respond_in(conversations, "c", "and at 8?", asked + timedelta(minutes=1), programme)
    assert [s["id"] for s in later.as_json(programme)["sessions"]] == ["furoshiki"]
    morning = small_programme(
        ZONE,
        [
            talk("breakfast", FRIDAY.replace(hour=7, minute=30), FRIDAY.replace(hour=8), "Breakfast"),
            talk("keynote", FRIDAY.replace(hour=8, minute=15), FRIDAY.replace(hour=9), "Keynote"),
            talk("party", FRIDAY.replace(hour=19), FRIDAY.replace(hour=22), "Party"),
        ],
    )
    assert _answer(morning, "what's on at 8?", asked)["sessions"] == []
    assert [s["id"] for s in _answer(morning, "what's on at 8:30?", asked)["sessions"]] == ["keynote"]


def test_at_8_in_a_room_is_its_evening_though_another_room_streams_all_night() -> None:
    """ "y a las 8 y media?" of a room with nothing in the morning is its 20:30, though another
    room plays music through the night (a remote congress's channels): that room's morning says
    nothing of this one's."""
    at = FRIDAY.replace
    rooms = [Room("stage", "Stage"), Room("lounge", "Lounge")]
    programme = small_programme(
        ZONE,
        [
            talk("school", at(hour=20, minute=15), at(hour=21, minute=30), "Schools and data", room="stage"),
            talk("set", at(hour=7), at(hour=9), "Live set", room="lounge"),
        ],
        rooms=rooms,
    )
    asked = at(hour=11)
    answer = _answer(programme, "que hay en el stage a las 8 y media?", asked)
    assert [s["id"] for s in answer["sessions"]] == ["school"]
    # With nothing named, the lounge's morning is the answer still.
    assert [s["id"] for s in _answer(programme, "que hay a las 8 y media?", asked)["sessions"]] == ["set"]
