"""Sessionize JSON, "All" and "GridSmart" views: local times (so --tz), categories for format
and language.

sessionize-gridsmart.json is trimmed from droidcon Berlin 2022's GridSmart export
(bench/heldout/programmes/droidcon-berlin-2022.schedule.json): two days, three rooms' worth of
sessions cut to eight, descriptions to their first sentence, the time slots kept as they list them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from tests.programme.importers.support import FIXTURES, by_id, load, people_of, rooms_of

ALL = "sessionize-all.json"
TZ = "America/New_York"
GRID = "sessionize-gridsmart.json"
GRID_TZ = "Europe/Berlin"


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


def test_gridsmart_reads_each_session_once_though_rooms_and_time_slots_both_list_it() -> None:
    loaded = load(GRID, tz=GRID_TZ)
    assert loaded.format == "sessionize"
    assert [s.id for s in loaded.programme.sessions] == [
        "348075",
        "0cc525a9-406f-43d6-bb85-2db3a8897083",
        "343066",
        "346008",
        "345890",
        "e78a6925-63ee-46a2-948b-83446b568653",
        "345755",
        "343394",
    ]
    assert loaded.warnings == ()  # no id kept as "-2", no session overlapping itself


def test_gridsmart_rooms_speakers_times_and_descriptions() -> None:
    programme = load(GRID, tz=GRID_TZ).programme
    assert rooms_of(programme) == {"room-1": "Room 1", "room-2": "Room 2"}
    keynote = by_id(programme, "348075")
    assert (keynote.start.isoformat(), keynote.end.isoformat(), keynote.room_id) == (
        "2022-07-06T09:25:00+02:00",
        "2022-07-06T10:20:00+02:00",
        "room-1",
    )
    assert keynote.person_ids == ("jose-alcerreca", "florina-muntenescu", "wojtek-kalicinski")
    assert people_of(programme)["wojtek-kalicinski"] == "Wojtek Kaliciński"
    assert by_id(programme, "346008").room_id == "room-2"
    assert by_id(programme, "343066").description.get("en") == (
        "Text is a core, complex part of the Android platform."
    )
    assert programme.days == (date(2022, 7, 6), date(2022, 7, 7))


def test_gridsmart_service_sessions_and_the_format_category_give_the_kinds() -> None:
    programme = load(GRID, tz=GRID_TZ).programme
    kinds = {s.title.get("en"): s.kind for s in programme.sessions if s.kind != "talk"}
    assert kinds == {"Break": "break", "Lunch": "lunch", "Gesture navigation best practices": "workshop"}
    assert by_id(programme, "e78a6925-63ee-46a2-948b-83446b568653").person_ids == ()


def test_gridsmart_has_no_zone_so_it_needs_tz() -> None:
    with pytest.raises(ProgrammeError, match="pass --tz"):
        load(GRID)


def test_gridsmart_session_listed_only_in_a_time_slot_is_read(tmp_path: Path) -> None:
    days = json.loads((FIXTURES / GRID).read_text(encoding="utf-8"))
    days[1]["rooms"][0]["sessions"] = []  # the second day's talk is left in its time slot only
    path = tmp_path / "grid.json"
    path.write_text(json.dumps(days), encoding="utf-8")
    loaded = load_programme(path, tz=GRID_TZ)
    assert loaded.format == "sessionize"
    assert len(loaded.programme.sessions) == 8
    assert by_id(loaded.programme, "343394").person_ids == ("ben-weiss", "tomas-mlynaric")


def test_the_same_shape_under_other_names_as_kotlinconf_keeps_it(tmp_path: Path) -> None:
    # JetBrains/kotlinconf-app, backend/src/main/resources/years/2025/conference.json: sessions
    # with "speakerIds" and the room's name as "location"; it loaded with no room and no one.
    path = tmp_path / "conference.json"
    path.write_text(
        json.dumps(
            {
                "sessions": [
                    {"id": "857088", "title": "Opening keynote", "description": "",
                     "speakerIds": ["s1", "s2"], "location": "Keynote room",
                     "startsAt": "2025-05-22T09:00", "endsAt": "2025-05-22T10:00"},
                    {"id": "874594", "title": "Coroutines deep dive", "description": "Concurrency.",
                     "speakerIds": ["s2"], "location": "Room #173",
                     "startsAt": "2025-05-22T10:30", "endsAt": "2025-05-22T11:15"},
                ],
                "speakers": [
                    {"id": "s1", "firstName": "Hadi", "lastName": "Hariri"},
                    {"id": "s2", "firstName": "Roman", "lastName": "Elizarov"},
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="Europe/Copenhagen").programme
    assert rooms_of(programme) == {"keynote-room": "Keynote room", "room-173": "Room #173"}
    assert by_id(programme, "857088").person_ids == ("hadi-hariri", "roman-elizarov")
    assert by_id(programme, "874594").start.isoformat() == "2025-05-22T10:30:00+02:00"


def test_the_export_of_accepted_sessions_a_speaker_a_row(tmp_path: Path) -> None:
    """Sessionize's export of accepted sessions (MiXiT 2023's, as JSON and as its spreadsheet's
    CSV): a row a speaker, the session's fields on its first row only, "Scheduled At" written
    "13 Apr 2023 10:40 AM" with a duration in minutes."""
    rows = [
        {"session_id": "1", "title": "Turbopack", "room": "F08 (100 places)",
         "scheduleAt": "13 Apr 2023 10:40 AM", "duration": "50",
         "firstName": "Devlin", "lastName": "Duldulao"},
        {"session_id": "2", "title": "Décideurs", "room": "F06", "scheduleAt": "13 Apr 2023 2:50 PM",
         "duration": "110", "firstName": "Nathalie", "lastName": "Jeauffroy"},
        {"session_id": "2", "title": "", "room": "", "scheduleAt": "", "duration": "",
         "firstName": "Yasmine", "lastName": "Kraan"},
    ]  # fmt: skip
    json_file = tmp_path / "accepted.json"
    json_file.write_text(json.dumps(rows), encoding="utf-8")
    csv_file = tmp_path / "accepted.csv"
    csv_file.write_text(
        "Session Id,Title,Room,Scheduled At,Scheduled Duration,FirstName,LastName\n"
        "1,Turbopack,F08 (100 places),13 Apr 2023 10:40 AM,50,Devlin,Duldulao\n"
        "2,Décideurs,F06,13 Apr 2023 2:50 PM,110,Nathalie,Jeauffroy\n"
        "2,,,,,Yasmine,Kraan\n",
        encoding="utf-8",
    )
    for path in (json_file, csv_file):
        loaded = load_programme(path, tz="Europe/Paris")
        read = [
            (
                s.title.all()[0],
                s.start.isoformat(),
                s.end.isoformat(),
                [loaded.programme.people[p].name for p in s.person_ids],
            )
            for s in loaded.programme.sessions
        ]
        assert read == [
            ("Turbopack", "2023-04-13T10:40:00+02:00", "2023-04-13T11:30:00+02:00", ["Devlin Duldulao"]),
            ("Décideurs", "2023-04-13T14:50:00+02:00", "2023-04-13T16:40:00+02:00",
             ["Nathalie Jeauffroy", "Yasmine Kraan"]),
        ], path.name  # fmt: skip
        assert not [warning for warning in loaded.warnings if "not read" in warning], path.name


def test_a_grid_of_no_ends_lasts_until_the_next_slot_and_its_plenaries_are_in_their_column(
    tmp_path: Path,
) -> None:
    """DDD Perth 2019's agenda data (a Sessionize grid kept by its site): every "endsAt" null, the
    keynote and the breaks of no room listed in the Theatre's column. A session lasts until the
    next time slot in any room (the break after it included), at most an hour, said in one
    warning; a session of no room is held in the column that lists it."""

    def session(ref: str, start: str, room: str | None, title: str) -> dict[str, object]:
        return {
            "id": ref,
            "title": title,
            "startsAt": f"2019-08-03T{start}:00",
            "endsAt": None,
            "isServiceSession": room is None,
            "isPlenumSession": room is None,
            "speakers": [],
            "categories": [],
            "roomId": None,
            "room": room,
        }

    days = [
        {
            "date": "2019-08-03T00:00:00",
            "rooms": [
                {"id": 0, "name": "Theatre", "sessions": [session("keynote", "09:10", None, "Keynote")]},
                {
                    "id": 1,
                    "name": "M6",
                    "sessions": [
                        session("a", "10:05", "M6", "Anyone can animate"),
                        session("b", "10:55", "M6", "Coding in interviews"),
                    ],
                },
                {"id": 2, "name": "M7", "sessions": [session("tea", "10:25", None, "Morning tea")]},
            ],
            "timeSlots": [],
        }
    ]
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(days), encoding="utf-8")
    loaded = load_programme(path, tz="Australia/Perth")
    programme = loaded.programme
    assert by_id(programme, "keynote").room_id == "theatre"
    assert by_id(programme, "keynote").end.strftime("%H:%M") == "10:05"
    assert by_id(programme, "a").end.strftime("%H:%M") == "10:25"  # the morning tea's slot
    assert by_id(programme, "b").end.strftime("%H:%M") == "11:55"  # the last: an hour at most
    assert any("no end" in warning and "next time slot" in warning for warning in loaded.warnings)
