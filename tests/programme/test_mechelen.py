"""Facts of the shipped Mechelen 2017 programme that a reader of the source can check by hand."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.programme.model import Programme

BRUSSELS = ZoneInfo("Europe/Brussels")
THURSDAY, FRIDAY = date(2017, 11, 16), date(2017, 11, 17)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS)


def test_mechelen_has_every_item_of_the_source(mechelen: Programme) -> None:
    kinds: Counter[str] = Counter(session.kind for session in mechelen.sessions)
    assert len(mechelen.sessions) == 29
    assert kinds["break"] == 5
    assert kinds["lunch"] == 2
    assert kinds["workshop"] == 6
    assert kinds["breakout"] == 6
    assert kinds["visit"] == 2
    assert kinds["reception"] == 1


def test_mechelen_loads_without_warnings(mechelen_loaded) -> None:
    assert mechelen_loaded.warnings == ()


@pytest.mark.parametrize(
    ("room_id", "thursday", "friday"),
    [
        ("auditoire", 4, 5),
        ("dijlezaal", 2, 2),
        ("herten-aas", 1, 1),
        ("alcazar", 2, 1),
        ("scala", 0, 1),
        ("hors-site", 1, 1),
        ("mechelen-centraal", 1, 0),
    ],
)
def test_mechelen_sessions_per_room_and_day(
    mechelen: Programme, room_id: str, thursday: int, friday: int
) -> None:
    per_day = Counter(s.start.date() for s in mechelen.sessions_in_room(room_id))
    assert (per_day[THURSDAY], per_day[FRIDAY]) == (thursday, friday)


def test_mechelen_rooms_are_spelled_as_the_programme(mechelen: Programme) -> None:
    names = {room.name for room in mechelen.rooms.values()}
    assert names == {
        "Auditoire",
        "Dijlezaal",
        "Herten Aas",
        "Alcazar",
        "Scala",
        "Hors site",
        "Mechelen-Centraal",
    }


def test_mechelen_interpretation_languages(mechelen: Programme) -> None:
    assert mechelen.rooms["herten-aas"].interpretation == ("en",)
    assert mechelen.rooms["scala"].interpretation == ("en",)
    assert mechelen.rooms["auditoire"].interpretation == ("en", "fr", "es", "tr")
    assert mechelen.rooms["dijlezaal"].interpretation == ("en", "fr", "es")


def test_boubacar_bah_speaks_twice(mechelen: Programme) -> None:
    sessions = mechelen.sessions_of_person("boubacar-bah")
    assert [(s.start, s.room_id) for s in sessions] == [
        (local(THURSDAY, 10, 30), "auditoire"),
        (local(FRIDAY, 9, 30), "auditoire"),
    ]


@pytest.mark.parametrize(
    ("name", "alias", "sessions"),
    [
        ("Mohamed Dié", "Moahmed Dié", 2),
        ("Eloisa Arruda", "Eloïse Arruda", 2),
        ("Luis Bernardo Tiago Nhaca", "Luis Nhaca", 2),
    ],
)
def test_spelling_variants_are_one_person(mechelen: Programme, name: str, alias: str, sessions: int) -> None:
    matches = [p for p in mechelen.people.values() if p.name == name]
    assert len(matches) == 1
    person = matches[0]
    assert alias in person.aliases
    assert not any(p.name == alias for p in mechelen.people.values())
    assert len(mechelen.sessions_of_person(person.id)) == sessions


def test_repeated_people_appear_once(mechelen: Programme) -> None:
    names = Counter(person.name for person in mechelen.people.values())
    assert [name for name, count in names.items() if count > 1] == []
    assert len(mechelen.sessions_of_person("juan-acevedo")) == 2


def test_running_at_includes_breaks_held_everywhere(mechelen: Programme) -> None:
    running = mechelen.running_at(local(THURSDAY, 10, 20))
    assert [(s.kind, s.room_id) for s in running] == [("break", None)]
    assert mechelen.running_at(local(THURSDAY, 10, 20), "auditoire") == ()


def test_running_at_is_half_open(mechelen: Programme) -> None:
    assert [s.id for s in mechelen.running_at(local(THURSDAY, 10, 15), "auditoire")] == []
    assert [s.id for s in mechelen.running_at(local(THURSDAY, 10, 14), "auditoire")] == ["d1-opening"]


def test_running_at_refuses_naive_datetimes(mechelen: Programme) -> None:
    with pytest.raises(ValueError, match="naive"):
        mechelen.running_at(datetime(2017, 11, 16, 10, 0))


def test_starting_after_in_a_room_is_in_time_order(mechelen: Programme) -> None:
    upcoming = mechelen.starting_after(local(THURSDAY, 12, 10), "alcazar")
    assert [s.start for s in upcoming] == [
        local(THURSDAY, 12, 45),
        local(THURSDAY, 15, 0),
        local(FRIDAY, 11, 15),
    ]


def test_sessions_of_a_day_and_days(mechelen: Programme) -> None:
    assert mechelen.days == (THURSDAY, FRIDAY)
    assert len(mechelen.sessions_on(THURSDAY)) == 15
    assert len(mechelen.sessions_on(FRIDAY)) == 14


def test_every_datetime_is_aware_and_in_brussels(mechelen: Programme) -> None:
    for session in mechelen.sessions:
        assert session.start.utcoffset() is not None
        assert session.start.isoformat().endswith("+01:00")
        assert session.end > session.start


def test_every_session_has_three_titles(mechelen: Programme) -> None:
    for session in mechelen.sessions:
        assert all(session.title.has(lang) for lang in ("fr", "en", "es")), session.id
