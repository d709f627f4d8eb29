"""A fan convention's programme (AnimeNEXT 2023's first run): rooms named for what they hold and
where they are, workshops that are panels titled "… Workshop", and SMS French after a time."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.model import Programme, Room
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
            "furoshiki", at(hour=18, minute=45), at(hour=20), "Furoshiki Workshop: Fabric Folding", room="e"
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
