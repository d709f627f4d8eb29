"""A session's track (frab's <track>, pretalx's, a Sessionize "Track" category, a conference's
own "track" field) is read as the file names it, the same from every export of one schedule."""

from __future__ import annotations

import json
from pathlib import Path

from bot.programme.loading import load_programme
from tests.programme.importers.support import PRETALX, load


def tracks(name: str, tz: str | None = None) -> dict[str, str]:
    return {session.id: session.track for session in load(name, tz).programme.sessions}


def test_frab_xml_tracks() -> None:
    found = tracks("pentabarf-old.xml", "Europe/Brussels")
    assert set(found.values()) == {"", "Main", "Keynotes"}


def test_every_pretalx_export_with_tracks_gives_each_talk_the_same_one() -> None:
    xml = tracks("pretalx/democon-FrabXmlExporter.xml")
    assert {track for track in xml.values() if track} == {"Cross-group", "Reverse-engineered"}
    assert tracks("pretalx/democon-FrabJsonExporter.json") == xml
    widget = load_programme(PRETALX / "democon-widget-schedule.json").programme
    talks = {session.title.all()[0]: session.track for session in widget.sessions if session.track}
    by_title = {
        session.title.all()[0]: session.track
        for session in load("pretalx/democon-FrabXmlExporter.xml").programme.sessions
        if session.track
    }
    assert talks == by_title


def test_a_sessionize_track_category(tmp_path: Path) -> None:
    data = {
        "sessions": [
            {
                "id": "1", "title": "Zero trust", "startsAt": "2026-05-04T10:00:00",
                "endsAt": "2026-05-04T10:45:00", "roomId": 7, "speakers": [],
                "categoryItems": [11, 21],
            }
        ],
        "rooms": [{"id": 7, "name": "Room A"}],
        "speakers": [],
        "categories": [
            {"id": 1, "title": "Session format", "items": [{"id": 11, "name": "Session"}]},
            {"id": 2, "title": "Track", "items": [{"id": 21, "name": "Security"}]},
        ],
    }  # fmt: skip
    path = tmp_path / "sessionize.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (session,) = load_programme(path, tz="Europe/Oslo").programme.sessions
    assert session.track == "Security"


def test_a_conference_own_json_track(tmp_path: Path) -> None:
    sessions = [
        {"title": "Rust in the kernel", "start": "2026-05-04T10:00", "end": "2026-05-04T10:45",
         "room": "Hall 1", "track": {"name": "Systems"}},
        {"title": "Lunch", "start": "2026-05-04T12:00", "end": "2026-05-04T13:00"},
    ]  # fmt: skip
    path = tmp_path / "programme.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    found = {s.title.all()[0]: s.track for s in load_programme(path, tz="Europe/Oslo").programme.sessions}
    assert found == {"Rust in the kernel": "Systems", "Lunch": ""}
