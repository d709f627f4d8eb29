"""Times after midnight belong to the programme day they end: asked on Friday evening, "at 2 am"
is Saturday 02:00 while a night-long session runs, and a room's number is not an hour."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.model import Programme, Room, Session
from tests.small_programme import small_programme, talk

ROME = ZoneInfo("Europe/Rome")
FRIDAY = datetime(2026, 10, 2, tzinfo=ROME)


@pytest.fixture(scope="module")
def programme() -> Programme:
    def session(id_: str, start: datetime, hours: float, room: str, title: str) -> Session:
        return talk(id_, start, start + timedelta(hours=hours), title, room=room)

    rooms = [Room("stage-1", "STAGE 1"), Room("workshop-2", "WORKSHOP 2")]
    sessions = [
        session("ctf", FRIDAY.replace(hour=17), 15, "workshop-2", "Capture the flag"),  # until 08:00
        session("music", FRIDAY.replace(hour=22, minute=30), 2, "stage-1", "Music"),
        session("talk", FRIDAY.replace(hour=13), 1, "stage-1", "Afternoon talk"),
    ]
    days = (FRIDAY.date(), (FRIDAY + timedelta(days=1)).date())
    return small_programme(ROME, sessions, rooms=rooms, days=days)


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("what's on at 2 am?", ["ctf"]),
        ("a las dos de la madrugada hay algo?", ["ctf"]),
        ("what's on at 1 am?", ["ctf"]),  # the music ended at 00:30
        ("what's on at midnight?", ["ctf", "music"]),
        ("y a quoi à minuit ?", ["ctf", "music"]),
        ("quoi a 1h du mat", ["ctf"]),
    ],
)
def test_a_time_after_midnight_is_the_night_after(
    programme: Programme, text: str, sessions: list[str]
) -> None:
    answer = respond(text, FRIDAY.replace(hour=23, minute=30), programme).as_json(programme)
    assert sorted(s["id"] for s in answer["sessions"]) == sessions


def test_the_small_hours_of_a_day_named_are_that_day_s() -> None:
    # PAX Online 2020 ran round the clock: asked on Wednesday, "el jueves a las 2 de la madrugada"
    # is Thursday 02:00 (the night from Wednesday); "jeudi à 2h du matin" too. "2 am" alone, or
    # the small hours of today, are still the night after (above).
    wednesday = datetime(2020, 9, 16, tzinfo=ROME)
    thursday = wednesday + timedelta(days=1)
    sessions = [
        talk("wed-night", thursday.replace(hour=1), thursday.replace(hour=3), "Halo 3"),
        talk(
            "thu-night", thursday + timedelta(days=1, hours=1), thursday + timedelta(days=1, hours=3), "Forza"
        ),
        talk("thu-day", thursday.replace(hour=12), thursday.replace(hour=13), "Panel"),
    ]
    days = (wednesday.date(), thursday.date(), (thursday + timedelta(days=1)).date())
    programme = small_programme(ROME, sessions, days=days)
    asked = wednesday.replace(hour=12)
    for text in ("que ponen el jueves a las 2 de la madrugada", "et jeudi à 2h du matin ?"):
        answer = respond(text, asked, programme).as_json(programme)
        assert [s["id"] for s in answer["sessions"]] == ["wed-night"], text


def test_a_room_number_before_a_part_of_the_day_is_not_an_hour(programme: Programme) -> None:
    answer = respond("last thing on stage 1 tonight", FRIDAY.replace(hour=18), programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["music"]


def test_the_first_of_a_day_that_opens_at_midnight_is_its_midnight_session() -> None:
    # ICSE 2020, kept in UTC: its days open at 00:00 (the day change the file gives), and "what's
    # first tomorrow?" is the session at 00:00, not the one after it.
    utc = ZoneInfo("UTC")
    day = datetime(2020, 7, 10, tzinfo=utc)
    sessions = [
        talk("p28", day.replace(hour=15), day.replace(hour=16), "A paper session"),
        talk("awards", day + timedelta(days=1), day + timedelta(days=1, hours=1), "Awards"),
        talk("p29", day + timedelta(days=1, hours=1, minutes=5), day + timedelta(days=1, hours=2), "Android"),
    ]
    programme = small_programme(utc, sessions)
    programme = Programme(
        replace(programme.conference, day_change=time(0)), list(programme.rooms.values()), [], sessions
    )
    asked = respond("what's first tomorrow?", day.replace(hour=21), programme).as_json(programme)
    assert [s["id"] for s in asked["sessions"]] == ["awards"]


def test_the_first_of_tomorrow_morning_is_not_the_night_before_s() -> None:
    """31C3: asked at 23:50, "first talk tomorrow morning?" is the 11:30 talks, not the quiz at
    00:15 that ends the day before; "first talk tomorrow?" may still be the quiz (writers of other
    sets took the calendar's day)."""
    berlin = ZoneInfo("Europe/Berlin")
    monday = datetime(2014, 12, 29, tzinfo=berlin)
    tuesday = monday + timedelta(days=1)
    sessions = [
        talk("evening", monday.replace(hour=21), monday.replace(hour=22), "Evening talk"),
        talk("quiz", tuesday.replace(minute=15), tuesday.replace(hour=2), "Googlequiz"),
        talk("manning", tuesday.replace(hour=11, minute=30), tuesday.replace(hour=12, minute=30), "Manning"),
    ]
    programme = small_programme(berlin, sessions, days=(monday.date(), tuesday.date()))
    asked = monday.replace(hour=23, minute=50)
    for text in ("first talk tomorrow morning?", "c'est quoi le premier talk demain matin ?"):
        answer = respond(text, asked, programme).as_json(programme)
        assert [s["id"] for s in answer["sessions"]] == ["manning"], text
