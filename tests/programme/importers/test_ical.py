"""iCalendar: folded lines, repeated UIDs, organiser-only people, all-day and cancelled events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from tests.programme.importers.support import FIXTURES, by_id, load, people_of, rooms_of

QUIRKS = "quirks.ics"


def test_folded_long_lines_are_unfolded() -> None:
    session = by_id(load(QUIRKS).programme, "same-uid-example.org")
    assert session.title.get("en") == (
        "A very long title that a calendar program folds over several lines "
        "because it is longer than seventy-five octets"
    )
    assert session.description.get("en") == (
        "First paragraph with bold text, and a comma.\n\nSecond paragraph."
    )


def test_a_uid_repeated_for_two_events_keeps_both() -> None:
    loaded = load(QUIRKS)
    first = by_id(loaded.programme, "same-uid-example.org")
    second = by_id(loaded.programme, "same-uid-example.org-2")
    assert first.start.isoformat() == "2025-04-10T09:30:00+02:00"
    assert second.start.isoformat() == "2025-04-10T11:00:00+02:00"  # 09:00Z
    assert second.end.isoformat() == "2025-04-10T11:45:00+02:00"  # DURATION:PT45M
    assert any("same-uid-example.org-2" in w for w in loaded.warnings)
    assert len(loaded.programme.sessions) == 5


def test_organizer_only_is_the_speaker_but_not_when_there_are_attendees() -> None:
    programme = load(QUIRKS).programme
    assert by_id(programme, "same-uid-example.org").person_ids == ("maria-perez",)
    assert by_id(programme, "cancelled-example.org").person_ids == ("maria-perez",)
    assert by_id(programme, "same-uid-example.org-2").person_ids == ("ana-gil", "bo")
    assert people_of(programme) == {
        "maria-perez": "María Pérez",
        "ana-gil": "Ana Gil",
        "bo": "bo",  # an attendee with no CN: named by the address
    }


def test_zone_categories_rooms_cancelled_and_no_room() -> None:
    programme = load(QUIRKS).programme
    assert programme.conference.timezone.key == "Europe/Madrid"  # X-WR-TIMEZONE
    assert programme.conference.name.get("en") == "Jornadas de prueba"
    assert by_id(programme, "same-uid-example.org-2").kind == "workshop"
    coffee = by_id(programme, "coffee-example.org")
    assert (coffee.kind, coffee.room_id, coffee.title.get("en")) == ("break", None, "Coffee break")
    assert by_id(programme, "cancelled-example.org").cancelled
    assert rooms_of(programme) == {"aula-magna": "Aula Magna", "sala-2": "Sala 2", "hall": "Hall"}


def test_an_all_day_event_spans_its_programme_day() -> None:
    loaded = load(QUIRKS)
    fair = by_id(loaded.programme, "fair-example.org")
    assert fair.start.isoformat() == "2025-04-11T04:00:00+02:00"
    assert fair.end.isoformat() == "2025-04-12T04:00:00+02:00"
    assert loaded.programme.days == (date(2025, 4, 10), date(2025, 4, 11))
    assert any("all-day" in w for w in loaded.warnings)


def test_floating_times_need_tz() -> None:
    with pytest.raises(ProgrammeError) as caught:
        load("floating.ics")
    assert str(caught.value).startswith(str(FIXTURES / "floating.ics"))
    assert "pass --tz" in str(caught.value)
    session = by_id(load("floating.ics", tz="Europe/Lisbon").programme, "f1")
    assert session.start.isoformat() == "2025-04-10T09:30:00+01:00"


def _calendar(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "calendar.ics"
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR"]
    path.write_bytes(("\r\n".join(body) + "\r\n").encode("utf-8"))
    return path


def test_an_unreadable_dtstart_is_refused_naming_the_event(tmp_path: Path) -> None:
    path = _calendar(tmp_path, "PRODID:x", "BEGIN:VEVENT", "UID:u1", "DTSTART:garbage", "END:VEVENT")
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    assert str(caught.value) == f"{path}: VEVENT 'u1': DTSTART 'garbage' is not readable"


def test_pretalx_summary_without_speakers_and_uid_code(tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        "PRODID:-//pretalx//example.org//ev-2025",
        "BEGIN:VEVENT",
        "UID:pretalx-ev-2025-ABC12@example.org",
        "DTSTART;TZID=Europe/Rome:20250101T100000",
        "DTEND;TZID=Europe/Rome:20250101T110000",
        "SUMMARY:Panel - what next? - ",
        "END:VEVENT",
    )
    session = by_id(load_programme(path).programme, "abc12")
    assert session.title.get("en") == "Panel - what next?"
    assert session.roles == ()


def test_a_fold_inside_a_multibyte_character_is_mended(tmp_path: Path) -> None:
    # RFC 5545 folds at 75 octets: a writer may cut "’" (E2 80 99) between its bytes.
    summary = "SUMMARY:Les systèmes d’exploitation".encode()
    cut = summary.index("’".encode()) + 1
    lines = [
        b"BEGIN:VCALENDAR",
        b"VERSION:2.0",
        b"BEGIN:VEVENT",
        b"UID:os1",
        b"DTSTART:20250410T090000Z",
        b"DTEND:20250410T100000Z",
        summary[:cut],
        b" " + summary[cut:],
        b"END:VEVENT",
        b"END:VCALENDAR",
    ]
    path = tmp_path / "folded.ics"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    session = by_id(load_programme(path).programme, "os1")
    assert session.title.all() == ("Les systèmes d’exploitation",)
