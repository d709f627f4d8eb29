"""Room fit without Telegram: followers against seats, the threshold, the bigger room free then."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from bot.programme.model import Programme
from bot.room_fit import Fit, bigger_room, fullest, is_full, moves_to_bigger_rooms, popular
from tests.e2e.harness import at

YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 13:30–14:30; Auditoire and Alcazar free then
NOW = at("2017-11-16T12:10:00+01:00")


def seated(programme: Programme, **seats: int) -> Programme:
    rooms = {
        room_id: replace(room, capacity=seats.get(room_id.replace("-", "_")))
        for room_id, room in programme.rooms.items()
    }
    return Programme(
        programme.conference, list(rooms.values()), list(programme.people.values()), list(programme.sessions)
    )


def test_popular_lists_sessions_to_come_most_followed_first(mechelen: Programme) -> None:
    programme = seated(mechelen, scala=10)
    ended = next(s for s in programme.sessions if s.end <= NOW)
    fits = popular(programme, {YOUTH: 9, ended.id: 50, "no-such-session": 3}, NOW)
    assert [(f.session.id, f.followers, f.capacity) for f in fits] == [(YOUTH, 9, 10)]
    assert fits[0].ratio == pytest.approx(0.9)


@pytest.mark.parametrize(("followers", "percent", "full"), [(8, 80, True), (7, 80, False), (10, 0, False)])
def test_the_threshold_is_a_share_of_the_seats(
    mechelen: Programme, followers: int, percent: float, full: bool
) -> None:
    session = mechelen.session(YOUTH)
    assert session is not None
    assert is_full(Fit(session, followers, 10), percent) is full
    assert is_full(Fit(session, 1000, None), percent) is False  # seats unknown: never


def test_the_bigger_room_is_the_smallest_free_one_that_fits(mechelen: Programme) -> None:
    programme = seated(mechelen, scala=10, auditoire=30, alcazar=100, dijlezaal=500)
    session = programme.session(YOUTH)
    assert session is not None
    assert bigger_room(programme, session, 12, 80) == "auditoire"  # Dijlezaal is used then
    assert bigger_room(programme, session, 40, 80) == "alcazar"
    assert bigger_room(programme, session, 400, 80) == "alcazar"  # none fits: the largest
    assert bigger_room(seated(mechelen, scala=10, auditoire=5), session, 12, 80) is None


def test_fullest_ranks_rooms_with_seats_by_followers_per_seat(mechelen: Programme) -> None:
    session = mechelen.session(YOUTH)
    assert session is not None
    fits = [Fit(session, 5, 10), Fit(session, 50, None), Fit(session, 9, 10)]
    assert [f.followers for f in fullest(fits)] == [9, 5]


def test_room_full_percent_is_read_and_checked(tmp_path: Path) -> None:
    absent = tmp_path / "absent.env"
    assert load_config({}, dotenv=absent).room_full_percent == 80.0
    assert load_config({"ROOM_FULL_PERCENT": "95"}, dotenv=absent).room_full_percent == 95.0
    for wrong in ("full", "-1", "nan"):
        with pytest.raises(ConfigError, match="ROOM_FULL_PERCENT must be"):
            load_config({"ROOM_FULL_PERCENT": wrong}, dotenv=absent)


def test_moves_to_bigger_rooms_are_for_full_sessions_with_a_bigger_room_free(mechelen: Programme) -> None:
    programme = seated(mechelen, scala=10, auditoire=30, alcazar=100, dijlezaal=500)
    youth = programme.session(YOUTH)
    european = programme.session("d2-workshop-european-perspective")  # Dijlezaal, at the same time
    assert youth is not None and european is not None
    fits = [
        Fit(european, 450, 500),  # full, and no bigger room
        Fit(youth, 7, 10),  # not full at 80 %
        Fit(youth, 9, 10),
    ]
    assert list(moves_to_bigger_rooms(programme, fits, 80)) == [(youth, "auditoire")]
