"""Days as the file's zone means them: day dates written in UTC, and times written with an
offset other than the zone the file names."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from bot.programme.loading import load_programme
from bot.programme.model import Programme
from tests.programme.importers.support import by_id


def _frab(tmp_path: Path, zone: str, days: list[tuple[str, list[tuple[str, str]]]]) -> Path:
    """A new-variant frab file: per <day date>, events (guid, <date> with offset)."""
    body = ""
    for day_date, events in days:
        body += f'  <day index="1" date="{day_date}"><room name="Hall">\n'
        for guid, when in events:
            body += (
                f'    <event guid="{guid}"><date>{when}</date><start>{when[11:16]}</start>'
                f"<duration>00:45</duration><room>Hall</room><title>Talk {guid}</title>"
                "<type>talk</type><persons/></event>\n"
            )
        body += "  </room></day>\n"
    path = tmp_path / "schedule.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<schedule>\n'
        f"  <conference><title>PyDay</title><acronym>pyday</acronym>"
        f"<time_zone_name>{zone}</time_zone_name></conference>\n{body}</schedule>\n",
        encoding="utf-8",
    )
    return path


def test_day_dates_written_in_utc_are_taken_from_the_events_local_days(tmp_path: Path) -> None:
    # 09:00 in Kolkata is 03:30 UTC: a tool that writes <day date> in UTC, from the start of the
    # day at 00:00 local (18:30 UTC the evening before), lists each day one day early.
    path = _frab(
        tmp_path,
        "Asia/Kolkata",
        [
            ("2025-01-09", [("a1", "2025-01-10T09:00:00+05:30"), ("a2", "2025-01-10T17:00:00+05:30")]),
            ("2025-01-10", [("b1", "2025-01-11T09:30:00+05:30")]),
            ("2025-01-11", [("c1", "2025-01-12T10:00:00+05:30")]),
        ],
    )
    loaded = load_programme(path)
    programme = loaded.programme
    assert programme.days == (date(2025, 1, 10), date(2025, 1, 11), date(2025, 1, 12))
    assert [s.id for s in programme.sessions_on(date(2025, 1, 10))] == ["a1", "a2"]
    assert loaded.warnings == (
        f"{path}: days: the file's day dates (2025-01-09 to 2025-01-11) are not the days its "
        "events fall on in Asia/Kolkata (2025-01-10 to 2025-01-12): days taken from the events' "
        "local times",
    )


def test_day_dates_that_agree_keep_a_listed_day_without_events(tmp_path: Path) -> None:
    path = _frab(
        tmp_path,
        "Asia/Kolkata",
        [
            ("2025-01-10", [("a1", "2025-01-10T09:00:00+05:30")]),
            ("2025-01-11", []),
            ("2025-01-12", [("c1", "2025-01-12T10:00:00+05:30")]),
        ],
    )
    loaded = load_programme(path)
    assert loaded.programme.days == (date(2025, 1, 10), date(2025, 1, 11), date(2025, 1, 12))
    assert loaded.warnings == ()


def test_times_with_another_offset_than_the_named_zone_follow_the_offsets(tmp_path: Path) -> None:
    # The file names Europe/Berlin (a tool's default) but writes every time at +05:30.
    path = _frab(
        tmp_path,
        "Europe/Berlin",
        [
            ("2025-01-10", [("a1", "2025-01-10T09:00:00+05:30"), ("a2", "2025-01-10T11:00:00+05:30")]),
            ("2025-01-11", [("b1", "2025-01-11T09:30:00+05:30")]),
        ],
    )
    loaded = load_programme(path)
    programme = loaded.programme
    first = by_id(programme, "a1")
    assert first.start.isoformat() == "2025-01-10T09:00:00+05:30"
    assert programme.conference.timezone.key == "Asia/Kolkata"
    assert programme.days == (date(2025, 1, 10), date(2025, 1, 11))
    assert loaded.warnings == (
        f"{path}: time zone: the file names Europe/Berlin but 3 of its times are written with "
        "another offset (UTC+05:30; first: day 1 event 'a1'): the times are read by their "
        "offsets, shown in Asia/Kolkata",
    )


def test_utc_times_in_a_file_that_names_a_zone_are_no_disagreement(tmp_path: Path) -> None:
    path = _frab(
        tmp_path,
        "Europe/Berlin",
        [("2025-06-12", [("a1", "2025-06-12T07:00:00Z"), ("a2", "2025-06-12T10:00:00+02:00")])],
    )
    loaded = load_programme(path)
    assert loaded.warnings == ()
    assert by_id(loaded.programme, "a1").start.isoformat() == "2025-06-12T09:00:00+02:00"


def test_mixed_offsets_keep_the_named_zone_and_warn_once(tmp_path: Path) -> None:
    path = _frab(
        tmp_path,
        "Europe/Berlin",
        [("2025-06-12", [("a1", "2025-06-12T09:00:00+02:00"), ("a2", "2025-06-12T15:30:00+05:30")])],
    )
    loaded = load_programme(path)
    assert loaded.programme.conference.timezone.key == "Europe/Berlin"
    assert by_id(loaded.programme, "a2").start.isoformat() == "2025-06-12T12:00:00+02:00"
    assert len(loaded.warnings) == 1
    assert "the times are read by their offsets, shown in Europe/Berlin" in loaded.warnings[0]


def test_a_day_opening_at_midnight_after_hours_of_nothing_starts_at_midnight(tmp_path: Path) -> None:
    # ICSE 2020, virtual and kept in UTC: a day's papers at 00:00 after the last ended at 17:00 are
    # that day's; a talk at 00:30 right after one at 23:00 stays the night's.
    def programme(*spans: tuple[str, str]) -> Programme:
        path = tmp_path / "sessions.json"
        sessions = [{"id": f"s{n}", "title": f"Talk {n}", "start": a, "end": b, "room": "Baekje"}
                    for n, (a, b) in enumerate(spans)]  # fmt: skip
        path.write_text(json.dumps({"sessions": sessions}))
        return load_programme(path, tz="UTC").programme

    virtual = programme(
        ("2020-07-08T15:00:00Z", "2020-07-08T17:00:00Z"), ("2020-07-09T00:00:00Z", "2020-07-09T01:00:00Z")
    )
    assert virtual.conference.day_change == time(0)
    night = programme(
        ("2020-07-08T23:00:00Z", "2020-07-09T00:15:00Z"), ("2020-07-09T00:30:00Z", "2020-07-09T01:30:00Z")
    )
    assert night.conference.day_change == time(4)
