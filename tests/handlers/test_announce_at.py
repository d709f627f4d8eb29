"""/announce at [DAY] HH:MM AUDIENCE: TEXT — the time is what comes before the first audience word."""

from __future__ import annotations

import pytest

from handlers.announcements import split_time


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
