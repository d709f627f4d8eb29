"""/announce's words read without Telegram (bot/announcing.py): the time before the first audience
word, the audience and its target, whether the time has passed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.announcing import Announcement, Audience, find_target, has_passed, read_announcement, split_time
from bot.programme.model import Programme

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2017, 11, 16, 9, 0, tzinfo=BRUSSELS)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("at 15:00 everyone: Coffee.", ("15:00", "everyone: Coffee.")),
        ("at friday 12:50 room Alcazar: bring: jackets", ("friday 12:50", "room Alcazar: bring: jackets")),
        ("à vendredi 9h salle Scala: la salle change", ("vendredi 9h", "salle Scala: la salle change")),
        ("a las 15:00 todos: hola", ("las 15:00", "todos: hola")),
        ("a todos: hola", None),  # 'to everyone', now
        ("everyone: at 15:00 the coffee", None),
        ("at 15:00 the coffee", None),  # no audience
    ],
)
def test_split_time(body: str, parts: tuple[str, str] | None) -> None:
    assert split_time(body) == parts


@pytest.mark.parametrize(
    ("body", "read"),
    [
        ("everyone: Coffee.", Announcement(Audience.EVERYONE, "", "Coffee.")),
        (
            "Salle Alcazar : on commence\n10 minutes en retard",
            Announcement(Audience.ROOM, "Alcazar", "on commence\n10 minutes en retard"),
        ),
        ("ponentes: al escenario", Announcement(Audience.SPEAKERS, "", "al escenario")),
        (
            "séance youth migration: bring: jackets",
            Announcement(Audience.SESSION, "youth migration", "bring: jackets"),
        ),
        ("friends: hello", None),  # no audience we know
        ("everyone:   ", None),  # nothing to say
        ("everyone, hello", None),  # no colon
    ],
)
def test_read_announcement(body: str, read: Announcement | None) -> None:
    assert read_announcement(body) == read


def test_find_target_of_a_room_is_its_id(mechelen: Programme) -> None:
    assert find_target(mechelen, Audience.ROOM, "alcazar", NOW) == "alcazar"


def test_find_target_of_a_session_by_id(mechelen: Programme) -> None:
    session = "d2-workshop-youth-migration"
    assert find_target(mechelen, Audience.SESSION, session, NOW) == session


def test_find_target_of_an_unknown_room_is_none(mechelen: Programme) -> None:
    assert find_target(mechelen, Audience.ROOM, "the moon", NOW) is None


def test_find_target_of_everyone_and_the_speakers_is_empty(mechelen: Programme) -> None:
    assert [
        find_target(mechelen, audience, "", NOW) for audience in (Audience.EVERYONE, Audience.SPEAKERS)
    ] == [
        "",
        "",
    ]


def test_a_time_has_passed_when_it_is_now_or_earlier() -> None:
    assert [has_passed(NOW + timedelta(minutes=m), NOW) for m in (-1, 0, 1)] == [True, True, False]
