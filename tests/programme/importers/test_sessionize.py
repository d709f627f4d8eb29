"""Sessionize "All" JSON: local times (so --tz), categories for format and language."""

from __future__ import annotations

from datetime import date

import pytest

from bot.programme.errors import ProgrammeError
from tests.programme.importers.support import by_id, load, people_of, rooms_of

ALL = "sessionize-all.json"
TZ = "America/New_York"


def test_sessionize_has_no_zone_so_it_needs_tz() -> None:
    with pytest.raises(ProgrammeError, match="pass --tz"):
        load(ALL)


def test_sessions_speakers_rooms() -> None:
    loaded = load(ALL, tz=TZ)
    programme = loaded.programme
    assert loaded.format == "sessionize"
    assert len(programme.sessions) == 4
    assert rooms_of(programme) == {"room-a": "Room A", "room-b": "Room B"}
    assert people_of(programme) == {
        "amara-okafor": "Amara Okafor",
        "lucia-fernandez": "Lucía Fernández",
        "noah-smith": "Noah Smith",  # no fullName: first and last names
    }
    maps = by_id(programme, "480123")
    assert maps.start.isoformat() == "2025-05-15T09:30:00-04:00"
    assert maps.title.get("en") == "Building accessible maps"
    assert maps.description.get("en") == "Maps for everyone.\nSecond line."
    assert maps.person_ids == ("amara-okafor", "lucia-fernandez")


def test_kinds_from_format_category_service_and_plenum_sessions() -> None:
    programme = load(ALL, tz=TZ).programme
    kinds = {s.id: s.kind for s in programme.sessions}
    assert kinds == {"480123": "talk", "480124": "workshop", "sv-1": "lunch", "480125": "plenary"}
    assert by_id(programme, "sv-1").room_id is None
    assert by_id(programme, "480125").description.get("en") == "The big picture"


def test_unscheduled_sessions_are_left_out_with_a_warning() -> None:
    loaded = load(ALL, tz=TZ)
    assert loaded.programme.session("480126") is None
    assert any("480126" in w and "not scheduled" in w for w in loaded.warnings)


def test_days_come_from_the_sessions() -> None:
    assert load(ALL, tz=TZ).programme.days == (date(2025, 5, 15), date(2025, 5, 16))
