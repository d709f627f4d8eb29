"""Questions to the panel in the database: kept as written, one vote per person, closed once."""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from bot.panel import State
from bot.store.panel import WRITING_WINDOW, PanelQuestions

NOW = datetime.fromisoformat("2017-11-16T15:10:00+01:00")


async def test_questions_votes_and_states(database: aiosqlite.Connection) -> None:
    panel = PanelQuestions(database)
    first = await panel.ask("a", 1, "Who <pays>?\nReally?", "en", NOW)
    second = await panel.ask("a", 2, "¿Quién?", "es", NOW + timedelta(minutes=1))
    await panel.ask("b", 1, "Other", "fr", NOW)
    assert await panel.vote(first, 2, NOW)
    assert not await panel.vote(first, 2, NOW)  # once each
    assert await panel.vote(first, 3, NOW)
    found = await panel.questions(["a"])
    assert [(q.id, q.text, q.votes, q.state) for q in found] == [
        (first, "Who <pays>?\nReally?", 2, State.OPEN),
        (second, "¿Quién?", 0, State.OPEN),
    ]
    assert found[0].asked_at == NOW
    assert await panel.voted("a", 2) == {first} and await panel.voted("b", 2) == set()
    assert await panel.close(second, State.HIDDEN, 9, NOW)
    assert not await panel.close(second, State.ANSWERED, 9, NOW)  # closed once
    assert (await panel.question(second)) is not None
    assert (await panel.question(second)).state == State.HIDDEN  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    assert await panel.question(999) is None
    assert await panel.asked_at("a", 1, NOW - timedelta(minutes=10)) == [NOW]
    assert await panel.asked_at("a", 1, NOW) == []


async def test_what_a_person_is_writing_is_forgotten_after_the_window(database: aiosqlite.Connection) -> None:
    panel = PanelQuestions(database)
    panel.start_writing(1, "a", NOW)
    assert panel.writing(1, NOW + WRITING_WINDOW) == "a"
    assert panel.writing(1, NOW + WRITING_WINDOW + timedelta(seconds=1)) is None
    panel.hold(1, "Who?", NOW)
    assert panel.writing(1, NOW) is None  # a held question replaces the one being written
    assert panel.take_held(1, NOW) == "Who?"
    assert panel.take_held(1, NOW) is None
