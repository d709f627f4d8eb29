"""Hoverboard's data in one file: sessions and speakers by id, the schedule by day, the tracks of a
day its rooms (Sunny Tech 2023's `sessions-speakers-schedule.json`)."""

from __future__ import annotations

import json
from pathlib import Path

from bot.programme.loading import load_programme
from tests.programme.importers.support import by_id, people_of, rooms_of

DATA = {
    "speakers": {"adrien-joly": {"name": "Adrien Joly", "company": None}, "eve": {"name": "Ève Martin"}},
    "sessions": {
        "kafka": {"title": "Apache Kafka tips", "description": "Des **astuces**.",
                  "speakers": ["adrien-joly"], "tags": ["Backend"], "language": "French"},
        "rust": {"title": "Introduction à Rust embarqué", "speakers": ["eve", "ghost"]},
        "keynote": {"title": "Keynote d'ouverture", "speakers": []},
        "lt-1": {"title": "Éclair 1"},
        "lt-2": {"title": "Éclair 2"},
        "atelier": {"title": "Atelier Elixir"},
        "accueil": {"title": "Accueil et petit-déjeuner", "isBreak": True},
        "dejeuner": {"title": "Déjeuner"},
    },
    "schedule": {
        "2023-06-30": {
            "date": "2023-06-30",
            "tracks": [{"title": "Lamour"}, {"title": "Amphi 206"}],
            "timeslots": [
                {"startTime": "08:30", "endTime": "09:00", "sessions": [{"items": ["accueil"]}]},
                {"startTime": "09:00", "endTime": "09:50", "sessions": [{"items": ["keynote"]}]},
                {"startTime": "10:10", "endTime": "11:00", "sessions": [
                    {"items": ["kafka"]}, {"items": ["atelier"], "extend": 2}]},
                {"startTime": "11:20", "endTime": "12:00", "sessions": [
                    {"items": ["lt-1", "lt-2"]}, {"items": []}, {"items": ["missing"]}]},
                {"startTime": "12:00", "endTime": "13:30", "sessions": [{"items": ["dejeuner"]}]},
            ],
        }
    },
}  # fmt: skip


def test_hoverboard_sessions_in_their_tracks_rooms_at_their_slots_times(tmp_path: Path) -> None:
    path = tmp_path / "sessions-speakers-schedule.json"
    path.write_text(json.dumps(DATA))
    loaded = load_programme(path, tz="Europe/Paris")
    programme = loaded.programme
    assert loaded.format == "hoverboard"
    assert rooms_of(programme) == {"lamour": "Lamour", "amphi-206": "Amphi 206"}
    kafka = by_id(programme, "kafka")
    assert (kafka.start.isoformat(), kafka.end.isoformat()) == (
        "2023-06-30T10:10:00+02:00",
        "2023-06-30T11:00:00+02:00",
    )
    assert programme.rooms[kafka.room_id or ""].name == "Lamour"
    assert kafka.person_ids == ("adrien-joly",) and kafka.track == "Backend"
    # An entry alone in its slot spans every track: a keynote is in the first, the main room; a
    # break (so marked, or so titled) is everywhere, in no room.
    assert by_id(programme, "keynote").room_id == kafka.room_id
    assert by_id(programme, "accueil").room_id is None and by_id(programme, "accueil").kind == "break"
    assert by_id(programme, "dejeuner").room_id is None and by_id(programme, "dejeuner").kind == "lunch"
    # "extend": 2 ends with the next slot; two items share their slot one after the other.
    assert by_id(programme, "atelier").end.isoformat() == "2023-06-30T12:00:00+02:00"
    assert by_id(programme, "lt-1").end.isoformat() == "2023-06-30T11:40:00+02:00"
    assert by_id(programme, "lt-2").start.isoformat() == "2023-06-30T11:40:00+02:00"
    # A session the schedule does not place is no session of the programme, nor its speakers.
    assert "rust" not in {session.id for session in programme.sessions}
    assert people_of(programme) == {"adrien-joly": "Adrien Joly"}
    assert any("'missing'" in warning for warning in loaded.warnings)
