"""People asked for by name: namesakes of a merged schedule."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.answers.reply import respond
from bot.programme.model import Person
from tests.small_programme import small_programme, talk


def test_namesakes_of_a_merged_schedule_are_one_answer() -> None:
    """The very same name under two ids (a schedule merged from others) answers for both."""
    start = datetime(2026, 5, 4, 10, tzinfo=UTC)
    people = [Person("jiska", "jiska"), Person("jiska-2", "jiska")]
    sessions = [
        talk("a", start, start.replace(hour=11), "Radios", speakers=["jiska"]),
        talk("b", start.replace(hour=12), start.replace(hour=13), "Meetup", speakers=["jiska-2"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    answer = respond("where is jiska speaking", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["a", "b"]
