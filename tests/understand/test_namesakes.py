"""People asked for by name: namesakes of a merged schedule."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.answers.reply import respond
from bot.programme.kinds import SessionKind
from bot.programme.model import Conference, Person, Programme, Role, Session, Text


def test_namesakes_of_a_merged_schedule_are_one_answer() -> None:
    """The very same name under two ids (a schedule merged from others) answers for both."""
    start = datetime(2026, 5, 4, 10, tzinfo=UTC)
    conference = Conference(
        id="c", name=Text.of("C", "en"), timezone=ZoneInfo("UTC"), default_language="en", days=(start.date(),)
    )
    people = [Person("jiska", "jiska"), Person("jiska-2", "jiska")]
    sessions = [
        Session(
            id="a",
            kind=SessionKind.TALK,
            start=start,
            end=start.replace(hour=11),
            room_id=None,
            title=Text.of("Radios", "en"),
            roles=(Role("jiska", "speaker"),),
        ),
        Session(
            id="b",
            kind=SessionKind.TALK,
            start=start.replace(hour=12),
            end=start.replace(hour=13),
            room_id=None,
            title=Text.of("Meetup", "en"),
            roles=(Role("jiska-2", "speaker"),),
        ),
    ]
    programme = Programme(conference, [], people, sessions)
    answer = respond("where is jiska speaking", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["a", "b"]
