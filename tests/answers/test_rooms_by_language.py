"""Rooms described by their interpretation, answered on the shipped programme in fr/en/es."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.answers.reply import respond
from bot.config import default_programme_path
from bot.programme.loading import load_programme


@pytest.mark.parametrize(
    ("text", "rooms", "starts"),
    [
        (
            "the room without interpretation",
            ["Hors site", "Mechelen-Centraal"],
            "Rooms without interpretation:",
        ),
        ("la salle où il y a du turc", ["Auditoire"], "Salles avec interprétation en turc :"),
        ("¿qué salas tienen traducción?", None, "Salas con interpretación:"),
    ],
)
def test_rooms_by_interpretation(text: str, rooms: list[str] | None, starts: str) -> None:
    programme = load_programme(default_programme_path()).programme
    reply = respond(text, datetime.fromisoformat("2017-11-16T10:00:00+01:00"), programme)
    answer = reply.as_json(programme)
    assert answer["intent"] == "rooms"
    if rooms is not None:
        assert answer["rooms"] == rooms
    assert reply.html.startswith(starts)
