"""Dates written with slashes, month or day first as the whole file says (bot/programme/importers/
slashed_dates.py), and the other shapes of a site's own JSON met with them."""

from __future__ import annotations

import json
from pathlib import Path

from bot.programme.importers.slashed_dates import with_iso_dates
from bot.programme.loading import load_programme
from tests.programme.importers.support import by_id, rooms_of


def test_the_order_that_keeps_the_days_together_is_the_file_s() -> None:
    # PSConf EU 2019 (4-7 June, PowerShell's ConvertTo-Json): "06/04/2019" is 4 June, since the
    # other reading spreads the conference over four months.
    assert with_iso_dates(["06/04/2019 09:00", "06/07/2019 15:30"]) == [
        "2019-06-04T09:00:00",
        "2019-06-07T15:30:00",
    ]
    # A part above 12 decides: 13/06 can only be day first, 06/13 month first.
    assert with_iso_dates({"a": "13/06/2019", "b": "12/06/2019 2:05 PM"}) == {
        "a": "2019-06-13",
        "b": "2019-06-12T14:05:00",
    }
    assert with_iso_dates(["06/13/2019 9:00"]) == ["2019-06-13T09:00:00"]
    # No reading reads every date: left as it is (and refused later with the reason).
    assert with_iso_dates(["13/06/2019", "06/13/2019"]) == ["13/06/2019", "06/13/2019"]
    assert with_iso_dates({"title": "Talk 1/2/2019 recap"}) == {"title": "Talk 1/2/2019 recap"}


def test_a_powershell_export_with_starts_ends_and_tracks(tmp_path: Path) -> None:
    sessions = [
        {"Name": "Opening Ceremony", "Starts": "06/04/2019 09:00", "Ends": "06/04/2019 09:40",
         "Track": "Track 1", "Speaker": "Tobias Weltner"},
        {"Name": "Closing", "Starts": "06/07/2019 15:00", "Ends": "06/07/2019 15:30",
         "Track": "Track 2", "Speaker": ""},
    ]  # fmt: skip
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(sessions))
    programme = load_programme(path, tz="Europe/Berlin").programme
    opening = next(s for s in programme.sessions if s.title.all()[0] == "Opening Ceremony")
    assert opening.start.isoformat() == "2019-06-04T09:00:00+02:00"
    assert rooms_of(programme) == {"track-1": "Track 1", "track-2": "Track 2"}


def test_an_icalendar_turned_into_json(tmp_path: Path) -> None:
    # PyConES 2014's Google Calendar export: {"VCALENDAR": {"X-WR-TIMEZONE", "VEVENT": [...]}}.
    path = tmp_path / "basic.ics"
    path.write_text(
        json.dumps(
            {
                "VCALENDAR": {
                    "X-WR-TIMEZONE": "Europe/Madrid",
                    "VEVENT": [
                        {"UID": "m5b9@google.com", "SUMMARY": "Blaze and Bokeh", "LOCATION": "Auditorio",
                         "DTSTART": "20141109T160000Z", "DTEND": "20141109T165000Z"}
                    ],
                }
            }
        )
    )  # fmt: skip
    programme = load_programme(path).programme
    session = by_id(programme, "m5b9-google.com")
    assert session.start.isoformat() == "2014-11-09T17:00:00+01:00"
    assert programme.conference.timezone.key == "Europe/Madrid"


def test_days_kept_under_their_dates_and_a_grid_s_spanned_cells(tmp_path: Path) -> None:
    # PyCon UK 2018: {"2018-09-15": {"matrix": [[cell, …], …]}}, a cell repeated in each row it
    # spans; a plenary repeated in each room stays in each room.
    cell = {"id": "E716", "title": "APIzero", "time": "11:30", "end_time": "12:30", "room": "Assembly Room"}
    keynote = {"id": "K1", "title": "Keynote", "time": "09:30", "end_time": "10:00"}
    path = tmp_path / "schedule.json"
    path.write_text(
        json.dumps(
            {
                "2018-09-15": {
                    "matrix": [
                        [{**keynote, "room": "Assembly Room"}, {**keynote, "room": "Ferrier Hall"}],
                        [cell, None],
                        [{**cell, "spanned": True}, None],
                    ]
                }
            }
        )
    )
    programme = load_programme(path, tz="Europe/London").programme
    assert by_id(programme, "e716").start.isoformat() == "2018-09-15T11:30:00+01:00"
    assert sorted((s.title.all()[0], s.room_id) for s in programme.sessions) == [
        ("APIzero", "assembly-room"),
        ("Keynote", "assembly-room"),
        ("Keynote", "ferrier-hall"),
    ]
