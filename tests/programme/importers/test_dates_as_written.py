"""Dates written otherwise than ISO in a site's own JSON: with slashes, month or day first as the
whole file says (slashed_dates.py), without their year (yearless_dates.py), and the other shapes
of the files met with them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.importers.slashed_dates import with_iso_dates
from bot.programme.importers.written_dates import undated, written_date
from bot.programme.importers.yearless_dates import with_years
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


def test_dates_written_with_dashes_or_dots_and_a_year_of_four_figures() -> None:
    # ISME19 (Cape Town, 18–23 August 2024) writes "18-08-2024"; German files "19.08.2024 14:30".
    assert with_iso_dates({"day": "18-08-2024", "next": "19-08-2024"}) == {
        "day": "2024-08-18",
        "next": "2024-08-19",
    }
    assert with_iso_dates(["19.08.2024 14:30"]) == ["2024-08-19T14:30:00"]
    # A version number is no date: "3.11.24" has no year of four figures, "1-2-3" neither.
    assert with_iso_dates({"version": "3.11.24", "code": "1-2-3"}) == {"version": "3.11.24", "code": "1-2-3"}


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


def test_a_date_without_its_year_takes_the_year_its_weekday_gives() -> None:
    # ISMB 2025's sessions: {"Weekday": "Monday", "Date": "21 July", "Timespan": "11:20-12:00"}; the
    # file names 2021, 2024 and 2025 in its texts, and 21 July was a Monday in 2025 only.
    records = [
        {"Weekday": "Monday", "Date": "21 July", "Title": "Keynote", "Abstract": "Since 2021…"},
        {"Weekday": "Sunday", "Date": "20 July", "Title": "Tutorials of ISMB/ECCB 2025, see 2024"},
    ]
    assert [r["Date"] for r in with_years(records)] == ["2025-07-21", "2025-07-20"]
    # Without a weekday, only a file that names one year alone settles it; else left as written.
    assert with_years([{"day": "17 juillet"}, {"title": "2023"}])[0]["day"] == "2023-07-17"
    assert with_years([{"day": "Jul 17"}, {"title": "2019, 2023"}])[0]["day"] == "Jul 17"


def test_ismb_s_sessions_load_with_their_year_and_timespans(tmp_path: Path) -> None:
    record = {"Track": "3DSIG", "Room": "03B", "Weekday": "Monday", "Date": "21 July",
              "Timespan": "11:20-12:00", "Speaker": "Franca Fraternali", "Title": "Decoding Immunity",
              "Abstract": "ISMB/ECCB 2025 keynote."}  # fmt: skip
    path = tmp_path / "ISMB_2025_All_sessions.json"
    path.write_text(json.dumps([record]))
    (session,) = load_programme(path, tz="Europe/London").programme.sessions
    assert (session.start.isoformat(), session.end.isoformat(), session.room_id) == (
        "2025-07-21T11:20:00+01:00",
        "2025-07-21T12:00:00+01:00",
        "03b",
    )


def test_a_day_label_that_writes_its_date_in_words(tmp_path: Path) -> None:
    """WITS 2026's site: {"day": "Day 1 - August 20, 2026", "events": [{"time": "08:00 - 09:00"}]}."""
    assert written_date("Day 1 - August 20, 2026") == "2026-08-20"
    assert written_date("Jeudi 16 novembre 2017") == "2017-11-16"
    assert written_date("lunes 5 de octubre de 2026") == "2026-10-05"
    assert written_date("Monday, October 5th, 2026") == "2026-10-05"
    for other in ("21 July", "2026-08-20", "Monday", "Room 12, 2026", "Day 2", "February 30, 2026"):
        assert written_date(other) is None, other
    schedule = {
        "title": "Workshop",
        "schedule": [
            {
                "day": "Day 2 - August 21, 2026",
                "events": [
                    {
                        "time": "09:30 - 10:30",
                        "title": "Keynote",
                        "location": "Main Auditorium",
                        "speaker": "Ana Gil",
                    },
                ],
            }
        ],
    }
    path = tmp_path / "program.json"
    path.write_text(json.dumps(schedule), encoding="utf-8")
    session = load_programme(path, tz="Africa/Casablanca").programme.sessions[0]
    assert session.start.isoformat() == "2026-08-21T09:30:00+01:00"


def test_a_list_of_days_each_labelled_with_its_date(tmp_path: Path) -> None:
    """CPAIOR 2025's program.yml: days: [{label: "Monday, 10 November 2025", sessions: […]}], the
    sessions' times "08:45-10:00" taking the date of the day's label."""
    path = tmp_path / "program.yml"
    path.write_text(
        "days:\n"
        "- label: Monday, 10 November 2025\n"
        "  sessions:\n"
        "  - title: Master Class\n"
        "    time: 08:45-10:00\n"
        "    room: Forum 3\n"
        "- label: Tuesday, 11 November 2025\n"
        "  sessions:\n"
        "  - title: Best Paper Session\n"
        "    time: 10:30-12:00\n"
        "    room: Forum 1\n",
        encoding="utf-8",
    )
    sessions = load_programme(path, tz="Australia/Melbourne").programme.sessions
    assert [(s.title.all()[0], s.start.isoformat()) for s in sessions] == [
        ("Master Class", "2025-11-10T08:45:00+11:00"),
        ("Best Paper Session", "2025-11-11T10:30:00+11:00"),
    ]


def test_days_written_without_their_dates_are_dated_from_the_first_day() -> None:
    first = date(2017, 11, 24)  # a Friday
    assert undated("24 november", first) == "2017-11-24"
    assert undated("25 noviembre", first) == "2017-11-25"
    assert undated("Day 2", first) == "2017-11-25"
    assert undated("jour 1", first) == "2017-11-24"
    assert undated("2", first) == "2017-11-25"
    assert undated("Saturday", first) == "2017-11-25"
    assert undated("lunes", first) == "2017-11-27"
    # A weekday with its day of the month (ICEA 2026's "Miércoles 23"): the first such day on.
    assert undated("Domingo 26", first) == "2017-11-26"
    assert undated("jeudi 30", first) == "2017-11-30"
    assert undated("Friday 1st", first) == "2017-12-01"
    assert undated("Tuesday 30", first) is None  # no Tuesday the 30th that fits
    # A day and a month in figures (PyCon China 2021's "date: 10/16"), either way round, the
    # reading on or after the first day; a new year's day after a December first day.
    assert undated("11/25", first) == "2017-11-25"
    assert undated("26/11", first) == "2017-11-26"
    assert undated("1.12.", first) == "2017-12-01"
    assert undated("01/02", date(2017, 12, 30)) == "2018-01-02"
    assert undated("11/20", first) is None  # before the first day
    for other in ("Track 1", "", "40", "the second day"):
        assert undated(other, first) is None, other


KOLISEO = {
    "days": [
        {
            "name": "24 november",
            "tracks": [
                {
                    "name": "Track 1",
                    "slots": [
                        {"start": "09:00", "end": "09:30",
                         "contents": {"type": "TALK", "title": "Keynote",
                                      "authors": [{"name": "Nacho Coloma"}]}},
                        {"start": "10:00", "end": "10:45",
                         "contents": {"type": "TALK", "title": "4 sistemas de CI/CD en 40 minutos",
                                      "authors": [{"name": "Alejandro Guirao"}]}},
                    ],
                },
                {
                    "name": "Track 2",
                    "slots": [
                        {"start": "09:00", "end": "09:30", "contents": {"type": "EXTEND", "trackId": 1}},
                        {"start": "10:00", "end": "10:45",
                         "contents": {"type": "TALK", "title": "MongoDB vs MongoDB",
                                      "authors": [{"name": "Rosa González"}]}},
                    ],
                },
            ],
        },
        {"name": "25 november", "tracks": [{"name": "Track 1", "slots": [
            {"start": "09:30", "end": "10:15", "contents": {"type": "TALK", "title": "Kotlin"}}]}]},
    ]
}  # fmt: skip


def test_an_agenda_of_tracks_whose_days_have_no_year(tmp_path: Path) -> None:
    """Codemotion Madrid 2017's agenda as Koliseo serves it: days named "24 november", tracks (the
    rooms) holding slots, each slot's talk in its "contents"; a track's slot that only extends a
    plenary of another track is none. Refused without the first day, read with it."""
    path = tmp_path / "example.json"
    path.write_text(json.dumps(KOLISEO), encoding="utf-8")
    with pytest.raises(ProgrammeError, match=r"is a time with no date .*--first-day"):
        load_programme(path, tz="Europe/Madrid")
    programme = load_programme(path, tz="Europe/Madrid", first_day=date(2017, 11, 24)).programme
    read = [
        (s.start.isoformat(), programme.rooms[s.room_id].name if s.room_id else None, s.title.all()[0],
         [programme.people[p].name for p in s.person_ids])
        for s in programme.sessions
    ]  # fmt: skip
    assert read == [
        ("2017-11-24T09:00:00+01:00", "Track 1", "Keynote", ["Nacho Coloma"]),
        ("2017-11-24T10:00:00+01:00", "Track 1", "4 sistemas de CI/CD en 40 minutos", ["Alejandro Guirao"]),
        ("2017-11-24T10:00:00+01:00", "Track 2", "MongoDB vs MongoDB", ["Rosa González"]),
        ("2017-11-25T09:30:00+01:00", "Track 1", "Kotlin", []),
    ]


def test_a_timetable_with_no_date_at_all_is_on_the_first_day(tmp_path: Path) -> None:
    """A one-day event's YAML giving times only (Agile Day Riga's `time: "9:30 - 10:00"`)."""
    path = tmp_path / "sessions.yml"
    path.write_text(
        "sessions:\n"
        "- {title: Opening, time: '9:30 - 10:00', place: Daugava 1+2}\n"
        "- {title: Agility at Scale, time: '10:00 - 10:45', place: Daugava 1+2}\n",
        encoding="utf-8",
    )
    sessions = load_programme(path, tz="Europe/Riga", first_day=date(2019, 5, 10)).programme.sessions
    assert [s.start.isoformat() for s in sessions] == [
        "2019-05-10T09:30:00+03:00",
        "2019-05-10T10:00:00+03:00",
    ]


def test_a_json_list_of_a_day_s_sessions_with_times_only(tmp_path: Path) -> None:
    """CLIN 35's programme.json: a list of breaks and sessions holding talks, "start": "09:15" and
    no date anywhere (a list a Sessionize grid would be, read by its structure): on the first day."""
    talk = {"time": "09:15–09:35", "title": "SASTA Self Assessment", "author": "Jan Odijk, Marijn Schraagen"}
    programme = [
        {"type": "break", "start": "08:30", "end": "09:15", "title": "Registration", "location": "LETT"},
        {"type": "session", "start": "09:15", "end": "10:35", "title": "Language Learning",
         "location": "MSI 00.08", "talks": [talk]},
    ]  # fmt: skip
    path = tmp_path / "programme.json"
    path.write_text(json.dumps(programme), encoding="utf-8")
    loaded = load_programme(path, tz="Europe/Brussels", first_day=date(2025, 9, 12)).programme
    assert [(s.title.all()[0], s.start.isoformat()) for s in loaded.sessions] == [
        ("Registration", "2025-09-12T08:30:00+02:00"),
        ("Language Learning", "2025-09-12T09:15:00+02:00"),
    ]
    assert sorted(person.name for person in loaded.people.values()) == ["Jan Odijk", "Marijn Schraagen"]


def test_a_file_of_several_editions_is_read_for_the_first_day_s_year(tmp_path: Path) -> None:
    """Agile Day Riga's sessions.yml keeps every edition under its year, each session on "day: 1"
    or "day: 2": the edition of the first day's year, its days from that day."""
    path = tmp_path / "sessions.yml"
    path.write_text(
        "2019:\n"
        "  session01: {day: 1, time: '9:30 - 10:00', place: Daugava 1+2, title: Opening}\n"
        "  session02: {day: 2, time: '10:00 - 10:45', place: Daugava 1, title: Agility at Scale}\n"
        "2018:\n"
        "  session01: {day: 1, time: '9:00 - 9:30', place: Big Hall, title: Welcome 2018}\n",
        encoding="utf-8",
    )
    sessions = load_programme(path, tz="Europe/Riga", first_day=date(2019, 6, 20)).programme.sessions
    assert [(s.title.all()[0], s.start.isoformat()) for s in sessions] == [
        ("Opening", "2019-06-20T09:30:00+03:00"),
        ("Agility at Scale", "2019-06-21T10:00:00+03:00"),
    ]


def test_days_kept_under_labels_without_a_year_are_dated_from_the_first_day(tmp_path: Path) -> None:
    """The WeAreDevelopers 2017 app's schedule.json: days under "may-11-day-1", "may-12-day-2",
    rooms by name under each, times only ("13:30"). Each day is its own date, not the first's."""

    def day(title: str, start: str) -> dict[str, object]:
        return {"rooms": {"MAIN STAGE": [{"id": title, "title": title, "start": start, "duration": "00:30"}]}}

    data = {
        "conference": {
            "days": {"may-11-day-1": day("Opening", "09:00"), "may-12-day-2": day("Closing", "17:00")}
        }
    }
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    sessions = load_programme(path, tz="Europe/Vienna", first_day=date(2017, 5, 11)).programme.sessions
    assert [(s.title.all()[0], s.start.isoformat(), s.room_id) for s in sessions] == [
        ("Opening", "2017-05-11T09:00:00+02:00", sessions[0].room_id),
        ("Closing", "2017-05-12T17:00:00+02:00", sessions[0].room_id),
    ]
    assert sessions[0].room_id is not None


def test_a_day_said_under_a_longer_name_dates_its_record(tmp_path: Path) -> None:
    """ICEA 2026's works say their day as "diaTexto": "Miércoles 23" (no date field): dated from
    the first day the file states; a record's "dateModified" is no day of it."""
    path = tmp_path / "programa.json"
    works = [
        {"titulo": "Maíz", "sala": "Sala Yaca", "diaTexto": "Miércoles 23", "horario": "12:00–12:15"},
        {"titulo": "Aranceles", "sala": "Sala Yaca", "diaTexto": "Viernes 25", "horario": "11:15–11:30",
         "dateModified": "Monday 21"},
    ]  # fmt: skip
    path.write_text(
        json.dumps({"evento": {"fechaInicio": "2026-09-23"}, "trabajos": works}), encoding="utf-8"
    )
    programme = load_programme(path, tz="America/Mexico_City").programme
    starts = sorted(session.start.isoformat() for session in programme.sessions)
    assert starts == ["2026-09-23T12:00:00-06:00", "2026-09-25T11:15:00-06:00"]


def test_days_counted_from_zero_are_counted_from_the_first_day(tmp_path: Path) -> None:
    """Camping des Speakers 2023 numbers its days 0 and 1 (an index into its list of days): day 0
    is the first day; a file whose days start at 1 keeps them."""
    for first_number in (0, 1):
        path = tmp_path / f"from-{first_number}.json"
        sessions = [
            {
                "title": "FrankenPHP",
                "day": first_number,
                "time": "13:30",
                "duration": "45 minutes",
                "room": "A",
            },
            {"title": "Abeilles", "day": first_number + 1, "time": "10:15", "duration": 30, "room": "A"},
        ]
        path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
        programme = load_programme(path, tz="Europe/Paris", first_day=date(2023, 6, 15)).programme
        starts = sorted(session.start.isoformat() for session in programme.sessions)
        assert starts == ["2023-06-15T13:30:00+02:00", "2023-06-16T10:15:00+02:00"], first_number


def test_days_written_with_an_ordinal_ending_and_no_year(tmp_path: Path) -> None:
    """Biocuration 2023's sessions.yml: days "April 23rd", "April 24th" with their weekday and no
    year, times "14.30": each session on its own day, the year from the first day given."""
    path = tmp_path / "sessions.yml"
    path.write_text(
        "- date: April 23rd\n  day: Sunday\n  sessions:\n"
        "  - {title: Mapping Commons Workshop, room: Spazio 35, start: '14.30', end: '17.30'}\n"
        "- date: April 24th\n  day: Monday\n  sessions:\n"
        "  - {title: Glycans Workshop, room: Spazio 35, start: '11.00', end: '13.00'}\n",
        encoding="utf-8",
    )
    sessions = load_programme(path, tz="Europe/Rome", first_day=date(2023, 4, 23)).programme.sessions
    assert [(s.title.all()[0], s.start.isoformat()) for s in sessions] == [
        ("Mapping Commons Workshop", "2023-04-23T14:30:00+02:00"),
        ("Glycans Workshop", "2023-04-24T11:00:00+02:00"),
    ]
