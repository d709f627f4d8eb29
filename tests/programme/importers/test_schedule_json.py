"""c3voc / pretalx schedule.json: quirks beyond what pretalx itself writes."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from bot.programme.loading import load_programme
from tests.programme.importers.support import by_id, load, people_of, rooms_of

QUIRKS = "c3voc-quirks.json"


def test_persons_as_objects_or_plain_names() -> None:
    programme = load(QUIRKS).programme
    assert by_id(programme, "a1").person_ids == ("ada-lovelace", "charles-babbage")
    assert people_of(programme) == {
        "ada-lovelace": "Ada Lovelace",
        "charles-babbage": "Charles Babbage",
    }


def test_event_without_date_uses_the_day_and_counts_past_midnight() -> None:
    programme = load(QUIRKS).programme
    late = by_id(programme, "a2")  # "start": "00:15" on the day of 2025-08-01
    assert late.start.isoformat() == "2025-08-02T00:15:00+02:00"
    assert late.end.isoformat() == "2025-08-02T01:00:00+02:00"  # "duration": 45 (minutes)
    assert programme.conference.day_change == time(3, 0)  # day_end …T03:00 the next morning
    assert programme.conference.programme_day(late.start) == date(2025, 8, 1)


def test_durations_days_hours_minutes_and_kinds() -> None:
    programme = load(QUIRKS).programme
    assert by_id(programme, "a1").duration.total_seconds() == 75 * 60  # "0:01:15"
    assert [by_id(programme, i).kind for i in ("a1", "a2", "a3")] == ["talk", "workshop", "other"]


def test_html_in_abstract_and_entities_in_subtitle() -> None:
    description = by_id(load(QUIRKS).programme, "a1").description.get("en")
    assert description == "Welcome & intro\n\nHello world & friends"


def test_rooms_listed_without_events_and_rooms_only_in_days_are_all_kept() -> None:
    programme = load(QUIRKS).programme
    assert rooms_of(programme) == {"saal-1": "Saal 1", "foyer": "Foyer", "hackcenter": "Hackcenter"}
    assert programme.days == (date(2025, 8, 1), date(2025, 8, 2))
    assert programme.conference.default_language == "en"  # "de" is not one of ours


V2 = "c3voc-v2.json"


def test_schedule_v2_events_listed_apart_from_days_and_rooms_are_read() -> None:
    loaded = load(V2)
    programme = loaded.programme
    assert loaded.format == "schedule-json"
    assert loaded.warnings == ()
    assert sorted(s.id for s in programme.sessions) == [
        "0b6a6c3e-0000-4000-8000-00000000000c",
        "gone01",
        "open01",
        "solder",
    ]
    assert programme.days == (date(2025, 8, 1), date(2025, 8, 2))
    assert programme.conference.timezone.key == "Europe/Berlin"
    assert rooms_of(programme) == {"main-tent": "Main Tent", "workshop-barn": "Workshop Barn"}


def test_schedule_v2_rooms_by_guid_kinds_people_and_state() -> None:
    programme = load(V2).programme
    night = by_id(programme, "solder")
    assert night.room_id == "workshop-barn"  # named only by its guid
    assert (night.start.isoformat(), night.end.isoformat()) == (
        "2025-08-01T23:30:00+02:00",
        "2025-08-02T01:00:00+02:00",
    )
    assert night.kind == "workshop"
    opening = by_id(programme, "open01")
    assert opening.description.get("en") == "Welcome to the camp."
    # A CONTRIBUTOR made the event happen but does not speak at it.
    assert opening.person_ids == night.person_ids == ("ada-lovelace",)
    lunch = by_id(programme, "0b6a6c3e-0000-4000-8000-00000000000c")
    assert (lunch.kind, lunch.room_id) == ("break", None)
    assert by_id(programme, "gone01").cancelled
    assert people_of(programme) == {"ada-lovelace": "Ada Lovelace", "charles-babbage": "Charles Babbage"}


def test_a_schedule_kept_without_its_wrapper_with_full_starts_and_one_id_for_all(tmp_path: Path) -> None:
    # re:publica 23's scraped file: {"version", "conference": {"time_zone_name", "days": [{"rooms":
    # {"Stage 1": [events]}}]}}, each event's "start" a full date and time, every "id" 0.
    def event(title: str, start: str, person: str) -> dict[str, object]:
        return {"id": 0, "title": title, "start": start, "duration": "0:45", "room": "Stage 1",
                "persons": [{"id": 1, "public_name": person}]}  # fmt: skip

    data = {
        "version": "1",
        "conference": {
            "title": "re:publica 2023",
            "time_zone_name": "Europe/Berlin",
            "days": [
                {
                    "index": 1,
                    "date": "2023-06-05",
                    "rooms": {
                        "Stage 1": [
                            event("Welcome", "2023-06-05T10:30:00+02:00", "Andreas Gebhard"),
                            event("Porn literacy", "2023-06-05T20:00:00+02:00", "Ana Reyes"),
                            event("Das Ende von Twitter", "2023-06-05T20:00:00+02:00", "Tom Hale"),
                        ]
                    },
                }
            ],
        },
    }
    path = tmp_path / "frab.json"
    path.write_text(json.dumps(data))
    loaded = load_programme(path)
    programme = loaded.programme
    assert loaded.format == "schedule-json"
    assert programme.conference.timezone.key == "Europe/Berlin"
    assert sorted(s.title.all()[0] for s in programme.sessions) == [
        "Das Ende von Twitter",
        "Porn literacy",
        "Welcome",
    ]
