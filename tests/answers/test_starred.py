"""The starred sessions, in one order for /mine's list and its buttons."""

from __future__ import annotations

import itertools

from bot.answers.cards import starred_sessions
from bot.programme.model import Programme


def test_starred_sessions_are_by_start_then_room_and_gone_ones_left_out(mechelen: Programme) -> None:
    by_start = sorted(mechelen.sessions, key=lambda x: (x.start, x.room_id or ""))
    same_start = next(
        (a, b) for a, b in itertools.pairwise(by_start) if a.start == b.start and a.room_id != b.room_id
    )
    later = by_start[-1]
    starred = frozenset({later.id, same_start[1].id, same_start[0].id, "gone-from-the-programme"})
    assert [x.id for x in starred_sessions(mechelen, starred)] == [
        same_start[0].id,
        same_start[1].id,
        later.id,
    ]
    assert starred_sessions(mechelen, frozenset()) == []
