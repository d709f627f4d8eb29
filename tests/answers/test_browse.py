"""What /programme's views list (bot/answers/browse.py): a day's rooms in use and start times, the
sessions in a room or at a time, cancelled sessions left out."""

from __future__ import annotations

from datetime import date

from bot.answers.browse import clock_key, in_room, rooms_in_use, start_times, starting_at
from bot.programme.changes import Slot, apply_slot
from bot.programme.model import Programme

FRIDAY = date(2017, 11, 17)
YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 13:30–14:30, the only session there that day


def cancelled(programme: Programme, session_id: str) -> Programme:
    return programme.replace_sessions(
        apply_slot(s, Slot(s.start, s.end, s.room_id, cancelled=True)) if s.id == session_id else s
        for s in programme.sessions
    )


def test_rooms_in_use_are_in_the_programmes_order(mechelen: Programme) -> None:
    assert rooms_in_use(mechelen, FRIDAY) == [
        "auditoire",
        "dijlezaal",
        "herten-aas",
        "alcazar",
        "scala",
        "hors-site",
    ]


def test_a_room_whose_only_session_is_cancelled_is_not_in_use(mechelen: Programme) -> None:
    assert "scala" not in rooms_in_use(cancelled(mechelen, YOUTH), FRIDAY)
    assert in_room(cancelled(mechelen, YOUTH), FRIDAY, "scala") == []


def test_start_times_each_once_in_order_as_clock_keys(mechelen: Programme) -> None:
    keys = [clock_key(mechelen, start) for start in start_times(mechelen, FRIDAY)]
    assert keys == ["0900", "0930", "1100", "1115", "1245", "1330", "1430", "1445", "1630"]


def test_sessions_in_a_room_and_at_a_time(mechelen: Programme) -> None:
    assert [s.id for s in in_room(mechelen, FRIDAY, "scala")] == [YOUTH]
    assert [s.id for s in starting_at(mechelen, FRIDAY, "1330")] == [
        "d2-workshop-european-perspective",
        "d2-workshop-urban-resilience",
        "d2-visit-social-house",
        YOUTH,
    ]
    assert starting_at(mechelen, FRIDAY, "1331") == []
    assert YOUTH not in [s.id for s in starting_at(cancelled(mechelen, YOUTH), FRIDAY, "1330")]
