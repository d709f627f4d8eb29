"""Hostile messages through the core, the second half: huge messages and anything hostile.

tests/test_hostile_input.py says what is checked and holds the generators; this half is a file of
its own so that pytest-xdist runs the two halves on two workers (each file goes to one).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from hypothesis import example, given, settings

from bot.programme.model import Programme
from tests.test_hostile_input import (
    _NOON,
    _SETTINGS,
    EXAMPLES_ANYTHING,
    EXAMPLES_HUGE,
    HUGE_MAX,
    check_reply,
    hostile_texts,
    huge_texts,
    instants,
    language_hints,
)

_seen: Counter[str] = Counter()


@settings(_SETTINGS, max_examples=EXAMPLES_HUGE)
@given(text=huge_texts(), at=instants(), hint=language_hints())
@example(text="&" * HUGE_MAX, at=_NOON, hint=None)
@example(text="workshop " + "'" * HUGE_MAX, at=_NOON, hint=None)
@example(text="zzqx " + "😀" * HUGE_MAX, at=_NOON, hint="en")
def test_huge_messages(mechelen: Programme, text: str, at: datetime, hint: str | None) -> None:
    _seen["huge"] += 1
    check_reply(text, at, mechelen, hint)


@settings(_SETTINGS, max_examples=EXAMPLES_ANYTHING)
@given(text=hostile_texts(), at=instants(), hint=language_hints())
def test_any_hostile_message(mechelen: Programme, text: str, at: datetime, hint: str | None) -> None:
    _seen["anything"] += 1
    check_reply(text, at, mechelen, hint)


def test_every_huge_and_hostile_message_went_through_the_core() -> None:
    if set(_seen) != {"huge", "anything"}:
        pytest.skip("counts only when the whole module runs")
    assert sum(_seen.values()) >= EXAMPLES_HUGE + EXAMPLES_ANYTHING, dict(_seen)
