"""The help desk's questions: one open per attendee, closed by the first answer, listed oldest first."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import aiosqlite

from bot.store.helpdesk import HelpDesk

NOW = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
MARIE, ANN, ORGANISER = 11, 12, 99


async def test_one_open_question_per_attendee(database: aiosqlite.Connection) -> None:
    desk = HelpDesk(database)
    first, new = await desk.ask(MARIE, "Marie", "fr", "le wifi ?", NOW)
    assert (first.id, first.text, new) == (1, "le wifi ?", True)
    again, new = await desk.ask(MARIE, "Marie", "fr", "le vestiaire ?", NOW + timedelta(minutes=1))
    assert (again, new) == (first, False)
    other, new = await desk.ask(ANN, "Ann", "en", "cloakroom?", NOW)
    assert (other.id, new) == (2, True)
    assert [q.id for q in await desk.open_questions()] == [1, 2]


async def test_two_taps_at_once_open_one_question(database: aiosqlite.Connection) -> None:
    desk = HelpDesk(database)
    results = await asyncio.gather(*(desk.ask(MARIE, "Marie", "fr", f"q{n}", NOW) for n in range(5)))
    assert sum(new for _, new in results) == 1
    assert len({question.id for question, _ in results}) == 1


async def test_the_first_answer_closes_the_question(database: aiosqlite.Connection) -> None:
    desk = HelpDesk(database)
    question, _ = await desk.ask(MARIE, "Marie", "fr", "le wifi ?", NOW)
    later = NOW + timedelta(minutes=3)
    assert await desk.answered(question.id, ORGANISER, later) is True
    assert await desk.answered(question.id, ORGANISER + 1, later + timedelta(minutes=1)) is False
    closed = await desk.get(question.id)
    assert closed is not None and (closed.open, closed.answered_at, closed.answered_by) == (
        False,
        later,
        ORGANISER,
    )
    assert (await desk.open_of(MARIE), await desk.open_questions()) == (None, [])
    # Once answered, the attendee may ask again.
    second, new = await desk.ask(MARIE, "Marie", "fr", "le vestiaire ?", later)
    assert (second.id, new) == (2, True)
    assert await desk.get(99) is None
