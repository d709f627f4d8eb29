"""A conference's own XML or JSON, read when its records each have a title and a start.

emfcamp-schedule.json is four events of EMF Camp 2022's schedule.json (emfcamp/Website,
exports/2022/public/schedule.json), descriptions cut to their first paragraph.
conclar-schedule.jsonp is five items of Chicon 8's ConClár schedule.jsonp (ChicagoWorldcon/conclar,
public/schedule.jsonp, August 2022), descriptions cut to their first sentence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Programme, Session
from tests.programme.importers.support import by_id, load, people_of, rooms_of

ENTRIES = "own-entries.xml"
SESSIONS = "own-sessions.json"
EMF = "emfcamp-schedule.json"
CONCLAR = "conclar-schedule.jsonp"


def test_day_entries_xml_is_read_with_the_day_dates_and_clock_times() -> None:
    loaded = load(ENTRIES, tz="Europe/Prague")
    programme = loaded.programme
    assert loaded.format == "own-xml"
    assert [s.id for s in programme.sessions] == ["1", "10", "20"]
    keynote = by_id(programme, "10")
    assert (keynote.start.isoformat(), keynote.end.isoformat()) == (
        "2025-07-14T09:30:00+02:00",
        "2025-07-14T10:15:00+02:00",
    )
    assert (keynote.kind, keynote.room_id, keynote.description.get("en")) == (
        "plenary",
        "hall-a",
        "Why we are here.",
    )
    assert keynote.person_ids == ("ana-gil", "bo-li")
    assert by_id(programme, "20").person_ids == ("ana-gil",)  # a speaker with no name is left out
    assert by_id(programme, "20").kind == "workshop"
    assert people_of(programme) == {"ana-gil": "Ana Gil", "bo-li": "Bo Li"}
    assert rooms_of(programme) == {"hall-a-hall-b": "Hall A, Hall B", "hall-a": "Hall A", "hall-b": "Hall B"}
    assert programme.days == (date(2025, 7, 14), date(2025, 7, 15))


def test_day_entries_xml_without_a_zone_needs_tz() -> None:
    with pytest.raises(ProgrammeError, match="times carry no time zone and the file names none: pass --tz"):
        load(ENTRIES)


def test_sessions_json_with_time_ranges_clock_times_and_durations() -> None:
    loaded = load(SESSIONS)
    programme = loaded.programme
    assert loaded.format == "own-json"
    assert programme.conference.timezone.key == "America/Mexico_City"
    assert programme.conference.name.all() == ("Jornada Local 2025",)
    welcome = by_id(programme, "s1")
    assert (welcome.start.isoformat(), welcome.end.isoformat()) == (
        "2025-03-08T09:00:00-06:00",
        "2025-03-08T09:30:00-06:00",
    )
    assert by_id(programme, "s2").person_ids == ("bo-li", "cy-wu")
    assert by_id(programme, "s2").kind == "workshop"
    lunch = by_id(programme, "s3")
    assert (lunch.end.isoformat(), lunch.room_id) == ("2025-03-08T15:00:00-06:00", None)
    assert rooms_of(programme) == {"auditorio": "Auditorio", "sala-2": "Sala 2"}


def test_an_end_before_its_start_is_past_midnight_on_a_twelve_hour_clock_or_unknown(tmp_path: Path) -> None:
    # An evening party runs past midnight; ISMB 2025 wrote "12:50-01:00" for ten minutes; DevFest
    # Siberia 2019 a lunch "14:00"-"13:50", a slip: ended by the next session in its room, warned.
    sessions = [
        {"id": "party", "date": "2025-07-22", "time": "21:00 - 02:00", "room": "Bar"},
        {"id": "short", "date": "2025-07-22", "time": "12:50-01:00", "room": "12"},
        {"id": "lunch", "date": "2025-07-22", "start": "14:00", "end": "13:50", "room": "Canteen"},
        {"id": "after", "date": "2025-07-22", "start": "14:45", "end": "15:30", "room": "Canteen"},
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps({"sessions": [{**s, "title": s["id"]} for s in sessions]}))
    loaded = load_programme(path, tz="Europe/London")
    ends = {s.id: s.end.isoformat() for s in loaded.programme.sessions}
    assert ends == {
        "party": "2025-07-23T02:00:00+01:00",
        "short": "2025-07-22T13:00:00+01:00",
        "lunch": "2025-07-22T14:45:00+01:00",
        "after": "2025-07-22T15:30:00+01:00",
    }
    assert f"{path}: sessions[2] 'lunch': ends at 13:50, before it starts: its end is not known" in (
        loaded.warnings
    )


def test_a_speaker_numbered_by_the_session_is_one_person_by_name(tmp_path: Path) -> None:
    # SQLSaturday's GuidebookXML gives each session's speaker the session's <importID>: Ruben
    # Pertusa Lopez of four sessions is one person, not four.
    path = tmp_path / "SQLSat0904.xml"
    events = "".join(
        f"<event><importID>{number}</importID><title>Talk {number}</title><startTime>9/28/2019 "
        f"{hour}:00:00 AM</startTime><endTime>9/28/2019 {hour}:50:00 AM</endTime><location><name>Track 1"
        f"</name></location><speakers><speaker><id>{number}</id><name>{name}</name></speaker></speakers>"
        "</event>"
        for number, hour, name in (
            (11, 9, "Ruben Pertusa Lopez"),
            (12, 10, "Ruben Pertusa Lopez"),
            (13, 11, "Ana Gil"),
        )
    )
    path.write_text(f"<GuidebookXML><events>{events}</events></GuidebookXML>")
    programme = load_programme(path, tz="Europe/Madrid").programme
    assert people_of(programme) == {"ruben-pertusa-lopez": "Ruben Pertusa Lopez", "ana-gil": "Ana Gil"}
    assert [session.person_ids for session in programme.sessions] == [
        ("ruben-pertusa-lopez",),
        ("ruben-pertusa-lopez",),
        ("ana-gil",),
    ]


def test_confero_sessions_hold_their_papers_and_authors_by_key(tmp_path: Path) -> None:
    # conf.researchr.org's Confero export (ICSE 2020's): sessions list their papers' keys, papers
    # their authors' keys.
    data = {
        "Sessions": [{"Title": "Testing 1", "Key": "s1", "Day": "2020-07-08", "Time": "13:00 - 14:00",
                      "Location": "Virtual | Baekje", "Items": ["p1", "p2"], "Chairs": ["ana"]}],
        "Items": [{"Key": "p1", "Title": "Flaky tests in the wild", "Authors": ["bo", "cy"]},
                  {"Key": "p2", "Title": "Mutation analysis at scale", "Authors": ["bo"]}],
        "People": [{"Key": "bo", "Name": "Bo Li"}, {"Key": "cy", "Name": "Cy Wu"},
                   {"Key": "ana", "Name": "Ana Gil"}],
    }  # fmt: skip
    path = tmp_path / "confero-icse.json"
    path.write_text(json.dumps(data))
    programme = load_programme(path, tz="UTC").programme
    session = programme.sessions[0]
    assert people_of(programme) == {"bo-li": "Bo Li", "cy-wu": "Cy Wu", "ana-gil": "Ana Gil"}
    assert set(session.person_ids) == {"bo-li", "cy-wu", "ana-gil"}
    assert "Mutation analysis at scale" in session.description.get("en")


def test_tabla_talks_in_their_sessions_rooms_at_their_utc_instants(tmp_path: Path) -> None:
    # Tablå's program.json (RailNorrköping 2019's): "startTime" as UTC parts, talks naming the
    # session that holds them, "presenter": true on an author is no person.
    data = {
        "sessions": {"10B": {"title": "Capacity analysis 3", "date": "2019-06-18", "time": "10:50",
                             "duration": 80, "room": "K2", "startTime": [2019, 6, 18, 8, 50]}},
        "talks": [{"title": "Timetable stability", "session": "10B", "date": "2019-06-18",
                   "time": "10:50", "duration": 20, "startTime": [2019, 6, 18, 8, 50],
                   "authors": [{"name": "Raimond Wüst", "presenter": True}],
                   "presenter": [{"name": "Raimond Wüst"}]}],
    }  # fmt: skip
    path = tmp_path / "program.json"
    path.write_text(json.dumps(data))
    programme = load_programme(path, tz="Europe/Stockholm").programme
    starts = {
        s.title.get("en"): (s.start.isoformat(), programme.rooms[s.room_id or ""].name)
        for s in programme.sessions
    }
    assert starts == {
        "Capacity analysis 3": ("2019-06-18T10:50:00+02:00", "K2"),
        "Timetable stability": ("2019-06-18T10:50:00+02:00", "K2"),
    }
    assert people_of(programme) == {"raimond-wust": "Raimond Wüst"}


@pytest.mark.parametrize("nobody", ["<redacted>", "TBA", "to be announced", "N/A"])
def test_a_name_standing_for_nobody_is_no_person(tmp_path: Path, nobody: str) -> None:
    # Ropecon 2025's Konsti items ("people": "<redacted>"), DevFest Siberia 2019's breaks ("TBA").
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"title": "Lunch", "startTime": "2025-07-25T09:00:00Z", "mins": 60,
                                  "location": "Hall 1", "people": nobody}]))  # fmt: skip
    assert load_programme(path, tz="Europe/Helsinki").programme.people == {}


def test_a_konopas_guide_s_script_is_read_as_the_json_it_holds(tmp_path: Path) -> None:
    # CCSCNE 2015's KonOpas data: "var program = [...];", a tab inside a string as JavaScript
    # allows, a chair written after the name.
    items = [
        {"id": "1", "date": "2015-04-17", "time": "09:00", "mins": "60", "title": "Secure coding",
         "loc": ["Hogan Room 401"], "desc": "Hands on\tworkshop",
         "people": [{"id": "9", "name": "Stoney Jackson (Session Chair)"},
                    {"id": "4", "name": "Blair Taylor"}]},
        {"id": "2", "date": "2015-04-17", "time": "10:00", "mins": "60", "title": "Chapel",
         "loc": ["Hogan Room 402/403"], "people": [{"id": "9", "name": "Stoney Jackson"}]},
    ]  # fmt: skip
    path = tmp_path / "program.js"
    path.write_text("var program = " + json.dumps(items).replace("\\t", "\t") + ";\n")
    programme = load_programme(path, tz="America/New_York").programme
    assert people_of(programme) == {"stoney-jackson": "Stoney Jackson", "blair-taylor": "Blair Taylor"}
    assert by_id(programme, "1").description.get("en") == "Hands on workshop"
    assert rooms_of(programme) == {
        "hogan-room-401": "Hogan Room 401",
        "hogan-room-402-403": "Hogan Room 402/403",
    }


def test_a_konopas_guide_assigning_its_data_without_var_is_read(tmp_path: Path) -> None:
    # Westercon 66's KonOpas data (eemeli/konopas, data/program.js, June 2013): "prog = [...]".
    items = [
        {"id": "1", "date": "2013-07-05", "time": "10:00", "mins": "60", "title": "Comedy in SF/F",
         "room": "Folsom", "people": [{"id": "4", "name": "Blair Taylor"}]},
    ]  # fmt: skip
    path = tmp_path / "program.js"
    path.write_text("prog = " + json.dumps(items, indent=3) + "\n")
    programme = load_programme(path, tz="America/Los_Angeles").programme
    assert [s.title.get("en") for s in programme.sessions] == ["Comedy in SF/F"]
    assert rooms_of(programme) == {"folsom": "Folsom"}


def test_an_entry_whose_start_has_no_date_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "sessions.json"
    path.write_text('{"sessions": [{"id": "x1", "title": "Talk", "start": "10:00", "end": "11:00"}]}')
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path, tz="Europe/Madrid")
    assert str(caught.value) == (
        f"{path}: sessions[0] 'x1': start '10:00' is a time with no date (no date in the entry nor "
        "around it): give the conference's first day (--first-day, PROGRAMME_FIRST_DAY)"
    )


def test_a_list_of_conferences_with_dates_only_is_not_a_programme(tmp_path: Path) -> None:
    # An app's menu: each conference has a title and a start, but a date is not a time of day.
    path = tmp_path / "menu.json"
    path.write_text(
        '{"version": 1, "schedules": [{"id": "camp", "title": "Camp 2024", "start": "2024-12-27", '
        '"end": "2024-12-30", "url": "https://example.org/schedule.xml"}]}'
    )
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    assert str(caught.value).startswith(
        f"{path}: JSON but not a schedule we read: an object with keys 'version', 'schedules', and no "
        "object inside it has a title, a start time and an end or duration"
    )


def test_a_session_given_twice_lists_its_times(tmp_path: Path) -> None:
    # NICAR 2020's schedule: a workshop given on two mornings, its times in "start_end".
    session = {
        "session_id": "1000",
        "session_title": "PyCAR",
        "session_type": "Hands-on",
        "room": "Studio 3",
        "start_end": [
            {
                "start_datetime": "2020-03-05T09:00:00",
                "end_datetime": "2020-03-05T12:30:00",
                "duration_hrs": 3.5,
            },
            {
                "start_datetime": "2020-03-06T09:00:00",
                "end_datetime": "2020-03-06T12:30:00",
                "duration_hrs": 3.5,
            },
        ],
        "speakers": [{"name": "Tom Meagher", "affiliation": "The Marshall Project"}],
    }
    cancelled = {
        "session_id": "1001",
        "session_title": "Opioid data",
        "canceled": True,
        "room": "Studio 4",
        "start_end": [{"start_datetime": "2020-03-08T09:00:00", "end_datetime": "2020-03-08T10:00:00"}],
    }
    path = tmp_path / "nicar.json"
    path.write_text(json.dumps([session, cancelled]), encoding="utf-8")
    programme = load_programme(path, tz="America/Chicago").programme
    assert sorted((s.start.isoformat(), s.room_id, s.cancelled) for s in programme.sessions) == [
        ("2020-03-05T09:00:00-06:00", "studio-3", False),
        ("2020-03-06T09:00:00-06:00", "studio-3", False),
        ("2020-03-08T09:00:00-05:00", "studio-4", True),  # daylight saving time began that night
    ]
    assert by_id(programme, "1000").kind == "workshop"
    assert people_of(programme) == {"tom-meagher": "Tom Meagher"}


def test_submissions_with_their_slots_are_read_once_per_slot(tmp_path: Path) -> None:
    # pretalx's API shape, as a conference site keeps it: submissions filed under each time and
    # room they are given, each with its slot(s); rooms and types named per language.
    talk = (
        '{"code": "AB12CD", "title": "Packaging", "speakers": [{"code": "SP1", "name": "Ana Gil"}], '
        '"submission_type": {"en": "Short talk", "fr": "Conférence courte"}, "content_locale": "fr", '
        '"slots": [{"id": 71, "room": {"id": 3, "name": {"en": "Hall B", "fr": "Salle B"}}, '
        '"start": "2025-11-01T10:30:00+01:00", "end": "2025-11-01T10:55:00+01:00", "description": null}, '
        '{"id": 72, "room": {"id": 3, "name": {"en": "Hall B"}}, '
        '"start": "2025-11-02T10:30:00+01:00", "end": "2025-11-02T10:55:00+01:00"}]}'
    )
    sprint = (
        '{"code": "SPR1", "title": "Sprint", "speakers": [], "slot": {"room": {"en": "Lab"}, '
        '"start": "2025-11-02T14:00:00+01:00", "end": "2025-11-02T18:00:00+01:00"}}'
    )
    path = tmp_path / "schedule.json"
    path.write_text(
        f'{{"schedule": {{"2025-11-01": {{"630": {{"3": {talk}}}}}, "2025-11-02": {{"630": {{"3": {talk}}}, '
        f'"840": {{"9": {sprint}}}}}}}}}',
        encoding="utf-8",
    )
    loaded = load_programme(path, tz="Europe/Paris")
    programme = loaded.programme
    assert sorted((s.id, s.start.isoformat(), s.room_id) for s in programme.sessions) == [
        ("ab12cd", "2025-11-01T10:30:00+01:00", "hall-b"),
        ("ab12cd-2", "2025-11-02T10:30:00+01:00", "hall-b"),
        ("spr1", "2025-11-02T14:00:00+01:00", "lab"),
    ]
    assert by_id(programme, "ab12cd").person_ids == ("ana-gil",)
    assert by_id(programme, "ab12cd").title.get("fr") == "Packaging"


def test_times_of_day_without_an_end_are_no_programme(tmp_path: Path) -> None:
    path = tmp_path / "times.json"
    path.write_text('{"days": [{"date": "2025-03-08", "times": [{"name": "Fajr", "time": "05:12"}]}]}')
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path, tz="Asia/Karachi")
    assert "no object inside it has a title, a start time and an end or duration" in str(caught.value)


def test_speakers_named_by_id_take_their_names_from_the_files_own_list(tmp_path: Path) -> None:
    path = tmp_path / "sessions.json"
    path.write_text(
        '{"speakers": [{"id": 7, "name": "Bo Li"}, {"id": 8, "first_name": "Cy", "last_name": "Wu"}], '
        '"sessions": [{"id": "s1", "title": "Data", "start": "2025-03-08T10:00:00-06:00", '
        '"end": "2025-03-08T10:45:00-06:00", "speakers": [7, "8", 9]}]}'
    )
    programme = load_programme(path).programme
    assert people_of(programme) == {"bo-li": "Bo Li", "cy-wu": "Cy Wu"}  # 9: an id with no name
    assert by_id(programme, "s1").person_ids == ("bo-li", "cy-wu")


def test_the_talks_a_session_holds_give_it_their_presenters_and_titles(tmp_path: Path) -> None:
    path = tmp_path / "programme.json"
    path.write_text(
        '{"sessions": [{"id": "s1", "title": "Reef restoration", "date": "2026-07-20", "start": "09:00", '
        '"end": "10:30", "room": "301", "talks": ['
        '{"title": "Mangroves as nurseries", "start": "09:00", "end": "09:15", "presenter": "Ana Reyes"},'
        '{"title": "Larval seeding", "start": "09:15", "end": "09:30", "presenter": "Tom Hale"}]}]}'
    )
    programme = load_programme(path, tz="Pacific/Auckland").programme
    session = by_id(programme, "s1")
    assert len(programme.sessions) == 1  # the talks are parts of the session, not sessions
    assert session.person_ids == ("ana-reyes", "tom-hale")
    assert "Mangroves as nurseries" in session.description.get("en")


def test_a_full_start_date_wins_over_a_bare_clock_time() -> None:
    # Each event says "start_time": "21:00" and "start_date": "2022-06-04 21:00:00".
    loaded = load(EMF, tz="Europe/London")
    programme = loaded.programme
    assert loaded.format == "own-json"
    assert loaded.warnings == ()
    assert [(s.id, s.start.isoformat(), s.end.isoformat()) for s in programme.sessions] == [
        ("292", "2022-06-03T10:15:00+01:00", "2022-06-03T10:50:00+01:00"),
        ("409", "2022-06-03T12:00:00+01:00", "2022-06-03T13:40:00+01:00"),
        ("123", "2022-06-04T19:30:00+01:00", "2022-06-04T20:00:00+01:00"),
        ("416", "2022-06-04T21:00:00+01:00", "2022-06-05T00:00:00+01:00"),  # "end_time": "00:00"
    ]
    assert programme.days == (date(2022, 6, 3), date(2022, 6, 4))


def test_emf_venue_speaker_and_type() -> None:
    programme = load(EMF, tz="Europe/London").programme
    assert rooms_of(programme) == {"stage-a": "Stage A", "workshop-1": "Workshop 1"}
    barbot = by_id(programme, "416")
    assert (barbot.room_id, barbot.person_ids, barbot.kind) == (
        "workshop-1",
        ("nottinghack-village",),
        "workshop",
    )
    assert by_id(programme, "123").person_ids == ("robert-d-manuel",)
    assert by_id(programme, "292").description.get("en") == "The ceremony in which we open the event"


def test_start_and_end_dates_alone_are_a_start_and_an_end(tmp_path: Path) -> None:
    # EMF Camp 2016's events have no start_time/end_time, only the dates with their times.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": 16, "title": "The Most Pointless Desk Fan", "speaker": "Chris Lynas", "venue": "Stage C", '
        '"start_date": "2016-08-06 16:10:00", "end_date": "2016-08-06 16:30:00", "type": "talk"}]'
    )
    session = by_id(load_programme(path, tz="Europe/London").programme, "16")
    assert (session.start.isoformat(), session.end.isoformat(), session.room_id) == (
        "2016-08-06T16:10:00+01:00",
        "2016-08-06T16:30:00+01:00",
        "stage-c",
    )


def test_conclar_items_start_at_their_datetime_and_last_their_mins() -> None:
    loaded = load(CONCLAR, tz="America/Chicago")
    programme = loaded.programme
    assert loaded.format == "own-json"
    assert loaded.warnings == ()
    times = {s.id[:8]: (s.start.isoformat(), s.end.isoformat()) for s in programme.sessions}
    assert times == {
        "b3455309": ("2022-09-01T10:00:00-05:00", "2022-09-01T11:00:00-05:00"),
        "ef69de68": ("2022-09-01T10:00:00-05:00", "2022-09-01T11:00:00-05:00"),
        "670e65fb": ("2022-09-01T11:30:00-05:00", "2022-09-01T12:30:00-05:00"),
        "0b3ad114": ("2022-09-01T12:00:00-05:00", "2022-09-01T12:20:00-05:00"),
        "baac317d": ("2022-09-05T20:30:00-05:00", "2022-09-06T03:00:00-05:00"),  # 390 mins
    }


def test_conclar_loc_people_desc_and_format() -> None:
    programme = load(CONCLAR, tz="America/Chicago").programme
    panel = by_id(programme, "b3455309-58a5-471c-bbce-2ee954b06acb")
    assert panel.room_id == "michigan-2"
    assert panel.person_ids == ("emad-el-din-aysha", "hirotaka-osawa", "t.-r.-napper", "valentin-d.-ivanov")
    assert by_id(programme, "670e65fb-c0ba-487b-826f-9bb0997fbe6b").kind == "workshop"
    assert by_id(programme, "baac317d-5f3e-44fd-a18c-f247c02f9ea2").description.get("en") == (
        "We'll be sharing songs now that the convention is over."
    )


def test_a_moderator_written_after_the_name_is_that_person_moderating(tmp_path: Path) -> None:
    # Octocon 2022's schedule.json (lostcarpark/conclar, public/2022/schedule.json) writes a
    # panel's moderator as "Kat Dodd (moderator)", with the same id as her other items.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": "1", "title": "Panel", "date": "2022-10-15", "time": "10:00", "mins": "50", '
        '"loc": ["Davin - Croke Park"], "people": [{"id": "M1", "name": "Kat Dodd (moderator)"}, '
        '{"id": "M2", "name": "Harun Siljak"}]}, '
        '{"id": "2", "title": "Reading", "date": "2022-10-15", "time": "12:00", "mins": "30", '
        '"loc": ["Nally - Croke Park"], "people": [{"id": "M1", "name": "Kat Dodd"}]}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Europe/Dublin").programme
    assert [p.name for p in programme.people.values()] == ["Kat Dodd", "Harun Siljak"]
    assert [(r.person_id, r.role) for r in by_id(programme, "1").roles] == [
        ("kat-dodd", "moderator"),
        ("harun-siljak", "speaker"),
    ]
    assert [s.id for s in programme.sessions_of_person("kat-dodd")] == ["1", "2"]


def test_a_book_fairs_stages_and_authors(tmp_path: Path) -> None:
    # The Geneva book fair's 2019 programme (ozotto/graph, festi.js): sessions under each stage
    # ("scene"), "date_start" and "date_end", authors' "fist_name" beside their "last_name".
    path = tmp_path / "festi.js"
    path.write_text(
        'var festi = {"api_version": "1.1.0", "scene": {"La scène philo": [{"title": "Une évidence", '
        '"scene": "La scène philo", "date_start": "2019-05-03 15:00:00", "date_end": "2019-05-03 16:00:00", '
        '"authors": [{"fist_name": "Agnès", "id": "220", "last_name": "Martin-Lugand"}], '
        '"moderator": ["Charlotte Victor Lang"], "intervenant": []}]}};',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Europe/Zurich").programme
    (session,) = programme.sessions
    assert (session.start.isoformat(), session.end.isoformat()) == (
        "2019-05-03T15:00:00+02:00",
        "2019-05-03T16:00:00+02:00",
    )
    assert programme.rooms[session.room_id or ""].name == "La scène philo"
    assert sorted(p.name for p in programme.people.values()) == [
        "Agnès Martin-Lugand",
        "Charlotte Victor Lang",
    ]


def test_a_mapas_culturais_event_list_with_its_spaces_and_speakers(tmp_path: Path) -> None:
    # Emergências 2015's app (hacklabr/emergencias-app, www/js/initialdata.js): each event's date
    # in "startsOn" beside its "startsAt", its room by "spaceId" in the file's "spaces", one end
    # typed "18;00"; an event with no time yet is no session.
    path = tmp_path / "initialdata.js"
    path.write_text(
        "var INITIAL_DATA = {"
        '"spaces": [{"id": "27", "name": "Acampamento"}, {"id": "25", "name": "Teatro Municipal"}], '
        '"speakers": [{"id": "1594", "name": "Lawrence Lessig"}], '
        '"events": ['
        '{"id": "1", "name": "Festival Emergências", "startsOn": "2015-12-14", "startsAt": "10:00", '
        '"endsAt": "18;00", "spaceId": "27", "speakers": []}, '
        '{"id": "2", "name": "Cultura digital", "startsOn": "2015-12-10", "startsAt": "14:00", '
        '"endsAt": "15:30", "spaceId": "25", "speakers": ["1594"]}, '
        '{"id": "3", "name": "Roda: Música e festivais", "startsOn": "2015-12-10", "startsAt": "", '
        '"endsAt": "", "spaceId": "25", "speakers": []}]};',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="America/Sao_Paulo").programme
    rooms = programme.rooms
    assert [
        (s.title.get("pt"), s.start.isoformat(), s.end.strftime("%H:%M"), rooms[s.room_id or ""].name)
        for s in programme.sessions
    ] == [
        ("Cultura digital", "2015-12-10T14:00:00-02:00", "15:30", "Teatro Municipal"),
        ("Festival Emergências", "2015-12-14T10:00:00-02:00", "18:00", "Acampamento"),
    ]
    assert [p.name for p in programme.people.values()] == ["Lawrence Lessig"]


def test_a_calendar_end_time_beside_a_time_ends_the_talk(tmp_path: Path) -> None:
    # Evolang XV's proceedings site (papers_data.js): "time" and "calendar_endTime", 25 minutes.
    path = tmp_path / "papers_data.js"
    path.write_text(
        'var papersData = {"6": {"title": "Delineating the field", "authors": ["Stefan Hartmann"], '
        '"date": "Sunday, May 19, 2024", "time": "10:15", "location": "Ballroom A (Track 1)", '
        '"calendar_startDate": "2024-05-19", "calendar_startTime": "10:15", "calendar_endTime": "10:40"}, '
        '"7": {"title": "Kinship terms", "authors": ["Ana Gil"], "date": "Sunday, May 19, 2024", '
        '"time": "11:30", "location": "Ballroom A (Track 1)", "calendar_endTime": "11:55"}};',
        encoding="utf-8",
    )
    loaded = load_programme(path, tz="America/Chicago")
    assert [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in loaded.programme.sessions] == [
        ("10:15", "10:40"),
        ("11:30", "11:55"),
    ]
    assert not loaded.warnings


def test_a_note_after_a_speakers_name_and_a_dash_is_that_person(tmp_path: Path) -> None:
    # WeAreDevelopers 2017's schedule lists "Joel Spolsky - Interactive Talk" on the executive
    # track beside "Joel Spolsky" on the main stage; a name with a dash of its own stays whole.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": "1", "title": "Keynote", "date": "2017-05-12", "time": "17:45", "mins": "30", '
        '"loc": ["MAIN STAGE"], "people": [{"name": "Joel Spolsky"}]}, '
        '{"id": "2", "title": "Nobody Needs Enterprises", "date": "2017-05-12", "time": "13:30", '
        '"mins": "45", "loc": ["EXECUTIVE TRACK"], "people": [{"name": "Joel Spolsky - Interactive Talk"}, '
        '{"name": "Jean-Luc - Picard"}]}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Europe/Vienna").programme
    assert [p.name for p in programme.people.values()] == ["Joel Spolsky", "Jean-Luc - Picard"]
    assert [s.id for s in programme.sessions_of_person("joel-spolsky")] == ["2", "1"]


def test_a_session_chair_and_presenters_with_their_universities(tmp_path: Path) -> None:
    # SIGCSE 2022's program2.yml: "Session Chair: …" among a session's presenters, its papers'
    # presenters separated by ";" with where they work in brackets, "of" inside them.
    path = tmp_path / "program2.yml"
    path.write_text(
        """- type: "Paper Sessions"
  title: "Paper Session &mdash; Exams"
  day: "3/5/2022"
  start: "9:20"
  end: "10:35"
  location: "Providence Ballroom I/IV (Omni)"
  presenters: "Session Chair: Kathryn Cunningham (Northwestern University, USA)"
  subsessions:
      - title: "A Study of the Effects of Oral Proficiency Exams"
        day: "3/5/2022"
        start: "9:20"
        end: "10:35"
        location: "Providence Ballroom I/IV (Omni)"
        presenters: "Scott J. Reckinger (University of Illinois Chicago); Shanon M. Reckinger (UIC)"
""",
        encoding="utf-8",
    )
    programme = load_programme(path, tz="America/New_York").programme
    (session,) = programme.sessions
    assert [(programme.people[r.person_id].name, r.role) for r in session.roles] == [
        ("Kathryn Cunningham", "moderator"),
        ("Scott J. Reckinger", "speaker"),
        ("Shanon M. Reckinger", "speaker"),
    ]


def test_a_rooms_words_in_another_order_are_that_room(tmp_path: Path) -> None:
    # SIGCSE 2022's program2.yml writes 'Providence II/III Ballroom (Omni)' once beside
    # 'Providence Ballroom II/III (Omni)'.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": "1", "title": "Exams", "date": "2022-03-05", "time": "09:20", "mins": "75", '
        '"loc": ["Providence Ballroom II/III (Omni)"]}, '
        '{"id": "2", "title": "Grading", "date": "2022-03-05", "time": "11:15", "mins": "75", '
        '"loc": ["Providence Ballroom II/III (Omni)"]}, '
        '{"id": "3", "title": "Posters", "date": "2022-03-05", "time": "13:00", "mins": "75", '
        '"loc": ["Providence II/III Ballroom (Omni)"]}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="America/New_York").programme
    assert [room.name for room in programme.rooms.values()] == ["Providence Ballroom II/III (Omni)"]


def test_a_leader_written_after_the_name_is_that_person_moderating(tmp_path: Path) -> None:
    # Readercon 2013's KonOpas data writes a panel's leader as "Sonya Taaffe (leader)", with the
    # id of her other items.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": "1", "title": "Book club", "date": "2013-07-12", "time": "10:00", "mins": "60", '
        '"loc": ["F"], "people": [{"id": "503", "name": "Sonya Taaffe (leader)"}]}, '
        '{"id": "2", "title": "Reading", "date": "2013-07-12", "time": "12:00", "mins": "30", '
        '"loc": ["RI"], "people": [{"id": "503", "name": "Sonya Taaffe"}, '
        '{"id": "1", "name": "Ellen Brody"}, '
        '{"id": "2", "name": "Rosemary Kirstein"}, {"id": "3", "name": "Yoon Ha Lee"}, '
        '{"id": "4", "name": "Howard Waldrop"}]}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="America/New_York").programme
    assert "Sonya Taaffe (leader)" not in [p.name for p in programme.people.values()]
    assert [s.id for s in programme.sessions_of_person("sonya-taaffe")] == ["1", "2"]


def test_full_names_listed_in_one_name_are_each_a_person(tmp_path: Path) -> None:
    # PyConES 2016's pentabarf.xml: <person>Juan Javaloyes, Fran Navarro</person>; 36C3's
    # "Stefan, DK6TM" (a name and a call sign) stays one.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": "1", "title": "Optimización", "date": "2016-10-08", "time": "10:00", "mins": "40", '
        '"loc": ["Sala Cajamar"], "people": [{"name": "Juan Javaloyes, Fran Navarro"}]}, '
        '{"id": "2", "title": "Funk", "date": "2016-10-08", "time": "11:00", "mins": "40", '
        '"loc": ["Sala PSF"], "people": [{"name": "Stefan, DK6TM"}]}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Europe/Madrid").programme
    assert by_id(programme, "1").person_ids == ("juan-javaloyes", "fran-navarro")
    assert by_id(programme, "2").person_ids == ("stefan-dk6tm",)


def test_names_a_file_runs_together_are_each_a_person(tmp_path: Path) -> None:
    # SIGGRAPH Asia 2024's site JSON prints a session's speakers with no separator: "Megani
    # RajendranChek Tien TanAik Beng Ng". In a file that does so, each full name is a person; in
    # one that does not, FOSDEM's "Marian HackMan Marinov" stays one, and a nickname in quotes or
    # a particle ("Ronald McDonald") is never cut.
    def items(names: list[str]) -> str:
        return json.dumps(
            [
                {
                    "id": str(number),
                    "title": f"Talk {number}",
                    "date": "2024-12-05",
                    "time": f"{9 + number}:00",
                    "mins": "45",
                    "loc": ["G405"],
                    "people": [{"name": name}],
                }
                for number, name in enumerate(names)
            ]
        )

    run_together = [
        "Megani RajendranChek Tien TanAik Beng Ng",
        "Rebecca XuVictoria SzaboRewa Wright",
        "Takeo IgarashiMaria LarssonKenji TojoKoya Narumi",
        "Keith MillerAidan Martin",
        "Ronald McDonaldAidan Martin",
    ]
    path = tmp_path / "siggraph.json"
    path.write_text(items(run_together), encoding="utf-8")
    programme = load_programme(path, tz="Asia/Tokyo").programme
    assert by_id(programme, "0").person_ids == ("megani-rajendran", "chek-tien-tan", "aik-beng-ng")
    assert by_id(programme, "1").person_ids == ("rebecca-xu", "victoria-szabo", "rewa-wright")
    assert by_id(programme, "3").person_ids == ("keith-miller", "aidan-martin")
    assert by_id(programme, "4").person_ids == ("ronald-mcdonald", "aidan-martin")

    path = tmp_path / "fosdem.json"
    others = ["Marian HackMan Marinov", 'Francisco "ArticMine" Cabañas', "Keith MillerAidan Martin"]
    path.write_text(items(others), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Brussels").programme
    assert [p.name for p in programme.people.values()] == others


def test_a_slot_holding_its_talk_and_a_track_for_a_room(tmp_path: Path) -> None:
    # DevQuest 2026's schedule (DevQuestNiort/devquest-website, src/data/devquest-2026-schedule.json,
    # exported from Conference Hall): a slot's room is its "track", its abstract and speakers are
    # its "proposal"'s. It loaded with no room and no one.
    path = tmp_path / "schedule.json"
    path.write_text(
        json.dumps(
            {
                "name": "DevQuest 2026 schedule",
                "timeZone": "Europe/Paris",
                "sessions": [
                    {"id": "a1", "start": "2026-06-12T14:10:00.000Z", "end": "2026-06-12T15:00:00.000Z",
                     "track": "Observatoire", "title": "Une bibliothèque React interne",
                     "proposal": {"id": "p1", "abstract": "Un retour d'expérience.",
                                  "speakers": [{"id": "s1", "name": "Noé Tatoud"}]}},
                    {"id": "a2", "start": "2026-06-12T15:10:00.000Z", "end": "2026-06-12T16:00:00.000Z",
                     "track": "Taverne", "title": "Kotlin partout"},
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path).programme
    react = by_id(programme, "a1")
    assert (react.room_id, react.person_ids) == ("observatoire", ("noe-tatoud",))
    assert react.description.get("fr") == "Un retour d'expérience."
    assert react.start.isoformat() == "2026-06-12T16:10:00+02:00"
    assert by_id(programme, "a2").room_id == "taverne"


def test_opass_sessions_with_a_record_per_language_and_rooms_by_id(tmp_path: Path) -> None:
    # COSCUP 2023's session.json (OPass's format, also SITCON's): each text in one record per
    # language, rooms and speakers by the ids of the file's own lists. It was refused: no
    # object had a title. ICRS 2026's {"room": "516"} beside {"id": "516", "label": "Room 516"}
    # is 'Room 516', "516" one of its names.
    path = tmp_path / "session.json"
    path.write_text(
        json.dumps(
            {
                "sessions": [
                    {"id": "FZ3C8S", "type": "1fbryp", "room": "AU", "start": "2023-07-29T15:30:00+08:00",
                     "end": "2023-07-29T16:00:00+08:00", "language": "中文",
                     "zh": {"title": "深入 Compose", "description": "介紹 Jetpack Compose"},
                     "en": {"title": "Deep dive into Compose", "description": "Introduce Jetpack Compose"},
                     "speakers": ["ZZ9AAF"]},
                ],
                "speakers": [{"id": "ZZ9AAF", "zh": {"name": "王小明", "bio": "工程師"},
                              "en": {"name": "Hsiao-Ming Wang", "bio": "Engineer"}}],
                "rooms": [{"id": "AU", "zh": {"name": "視聽館"}, "en": {"name": "Audio-Visual Hall"}}],
                "session_types": [{"id": "1fbryp", "zh": {"name": "演講"}, "en": {"name": "Talk"}}],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="Asia/Taipei").programme
    compose = by_id(programme, "fz3c8s")
    assert compose.title.get("en") == "Deep dive into Compose"
    assert compose.description.get("en") == "Introduce Jetpack Compose"
    assert compose.person_ids == ("hsiao-ming-wang",)
    rooms = [(room.name, room.aliases) for room in programme.rooms.values()]
    assert rooms == [("Audio-Visual Hall", ("AU",))]


def test_people_joined_by_and_who_speak_alone_elsewhere_are_each_a_person(tmp_path: Path) -> None:
    # EMF Camp 2024: "Joe Nash and Kliment" hosts a workshop; both hold sessions of their own.
    # "Tools and Action", who never speaks alone as "Tools" or "Action", stays one.
    path = tmp_path / "schedule.json"
    sessions = [("1", "Joe Nash and Kliment"), ("2", "Kliment"), ("3", "Joe Nash"), ("4", "Tools and Action")]
    path.write_text(
        json.dumps(
            [
                {"id": ref, "title": f"Workshop {ref}", "date": "2024-05-30", "time": f"{10 + int(ref)}:00",
                 "mins": "50", "loc": ["Workshop 6"], "people": [{"name": name}]}
                for ref, name in sessions
            ]
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="Europe/London").programme
    assert by_id(programme, "1").person_ids == ("joe-nash", "kliment")
    assert by_id(programme, "4").person_ids == ("tools-and-action",)


def test_konopas_items_with_date_time_and_mins(tmp_path: Path) -> None:
    # Octocon 2023's program.json (lostcarpark/conclar, public/2023/program.json), first item.
    path = tmp_path / "program.json"
    path.write_text(
        '[{"id": "117", "title": "Opening Ceremony", "tags": ["Type:Ceremony/Event"], "date": "2023-10-07", '
        '"time": "10:00", "mins": "15", "loc": ["Stratocaster (main room) - Gibson"], '
        '"people": [{"id": "Z0002", "name": "Sarah Rees Brennan"}, {"id": "Z0055", "name": "Paul Carroll"}], '
        '"desc": "<p>Octocon Chair Paul Carroll welcomes everyone to Octocon.</p>", "links": []}]',
        encoding="utf-8",
    )
    session = by_id(load_programme(path, tz="Europe/Dublin").programme, "117")
    assert (session.start.isoformat(), session.end.isoformat()) == (
        "2023-10-07T10:00:00+01:00",
        "2023-10-07T10:15:00+01:00",
    )
    assert (session.room_id, session.person_ids) == (
        "stratocaster-main-room-gibson",
        ("sarah-rees-brennan", "paul-carroll"),
    )
    assert session.description.get("en") == "Octocon Chair Paul Carroll welcomes everyone to Octocon."


def test_open_event_sessions_have_their_microlocation_and_long_abstract(tmp_path: Path) -> None:
    # FOSSASIA's Open Event export (fossasia/open-event, sample/Droidcon17/sessions at
    # ca4726d), one session cut to the fields it has: the room is the "microlocation" object.
    path = tmp_path / "sessions"
    path.write_text(
        '[{"short-abstract": "", "id": 1, "subtitle": "", "title": "Welcome: Community Addiction", '
        '"long-abstract": "Registration and a welcome", "state": "accepted", '
        '"session-type": {"id": 10, "name": "15 Minutes session", "length": "00.15"}, '
        '"track": {"id": 2, "name": "Keynote", "color": "#E8782C"}, '
        '"starts-at": "2017-04-10T10:00:00-07:00", "ends-at": "2017-04-10T10:15:00-07:00", '
        '"speakers": [{"id": 3, "name": "Ada Lovelace"}], "microlocation": {"id": 1, "name": "Theatre 1"}}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="America/Los_Angeles").programme
    session = by_id(programme, "1")
    assert [room.name for room in programme.rooms.values()] == ["Theatre 1"]
    assert (session.room_id, session.person_ids) == ("theatre-1", ("ada-lovelace",))
    assert session.description.get("en") == "Registration and a welcome"


def test_the_zone_every_record_names_is_the_programme_s(tmp_path: Path) -> None:
    # Hacker Tracker's events.json (junctor/hackertracker-web, BSides CDMX 2024): times in UTC,
    # the zone named by each event, none by the file.
    path = tmp_path / "events.json"
    path.write_text(
        '[{"id": "55037", "title": "Sesión de cierre", "timezone": "America/Mexico_City", '
        '"begin": "2024-07-20T01:00:00.000-0000", "end": "2024-07-20T01:30:00.000-0000", '
        '"location": {"name": "Track 1"}}]',
        encoding="utf-8",
    )
    loaded = load_programme(path)
    session = by_id(loaded.programme, "55037")
    assert str(loaded.programme.timezone) == "America/Mexico_City"
    assert session.start.astimezone(loaded.programme.timezone).isoformat() == "2024-07-19T19:00:00-06:00"


def test_a_room_as_a_record_and_speakers_by_first_and_last_name(tmp_path: Path) -> None:
    # IRE 2025's schedule.json (apadejski-24/ire-2025-schedule at 046c8a6), one session cut to
    # the fields it has: the room is {"room_name": …}, each speaker {"first", "last"}.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"session_id": 2046, "session_title": "Welcome to IRE25", "canceled": false, '
        '"description": "Hear from IRE staff.", "session_type": "Networking", '
        '"start_time": "2025-06-19T13:00:00Z", "end_time": "2025-06-19T13:45:00Z", '
        '"speakers": [{"first": "Diana", "last": "Fuentes", "affiliation": "IRE & NICAR"}], '
        '"room": {"recorded": false, "room_name": "Carondelet (3rd floor)"}, "day": "Thursday"}]',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="America/Chicago").programme
    session = by_id(programme, "2046")
    assert [room.name for room in programme.rooms.values()] == ["Carondelet (3rd floor)"]
    assert [person.name for person in programme.people.values()] == ["Diana Fuentes"]
    assert session.room_id == "carondelet-3rd-floor"


def test_many_sessions_with_no_room_and_no_speaker_are_warned_of(tmp_path: Path) -> None:
    # A file whose rooms and speakers sit where no reader looks loads, but says so: IRE 2025's
    # schedule.json was "258 sessions, 0 rooms, 0 people" with no word of warning.
    def sessions(room_key: str, name_key: str) -> str:
        return ",".join(
            f'{{"id": {n}, "title": "Session {n}", "start": "2025-06-19T{9 + n:02d}:00:00Z", '
            f'"end": "2025-06-19T{9 + n:02d}:45:00Z", "{room_key}": {{"{name_key}": "Room {n}"}}, '
            f'"speakers": [{{"{name_key}": "Ann"}}]}}'
            for n in range(10)
        )

    path = tmp_path / "schedule.json"
    path.write_text(f"[{sessions('where', 'label')}]", encoding="utf-8")
    loaded = load_programme(path, tz="America/Chicago")
    assert len(loaded.programme.sessions) == 10
    assert any("rooms: none of the 10 sessions has a room" in warning for warning in loaded.warnings)
    assert any("people: none of the 10 sessions names a speaker" in warning for warning in loaded.warnings)
    path.write_text(f"[{sessions('room', 'name')}]", encoding="utf-8")
    read = load_programme(path, tz="America/Chicago")
    assert not any("none of the" in warning for warning in read.warnings)


def test_rooms_by_the_id_of_the_file_s_list_with_their_nicknames_and_presenters(tmp_path: Path) -> None:
    # MIE 2026's programme.json (martijnkersloot/mie-programme at eec6726), cut to one session:
    # its room is an id of the file's "rooms", its people the presenters of its presentations.
    path = tmp_path / "programme.json"
    path.write_text(
        '{"conference": "MIE 2026",'
        ' "rooms": [{"id": "main-hall", "label": "Main Hall", "nickname": "Maestrale"}],'
        ' "days": [{"date": "2026-05-25", "events": [{"type": "session", "session_id": "Session A1",'
        ' "name": "AI in Medicine 1", "room_id": "main-hall", "start": "16:30", "end": "18:00",'
        ' "presentations": [{"id": 95, "type": "Full paper", "presenter": "Harald Witte",'
        ' "title": "FAIR metadata for Medical Imaging data"}]}]}]}',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Europe/Rome").programme
    (session,) = programme.sessions
    (room,) = programme.rooms.values()
    assert (room.name, room.aliases) == ("Main Hall", ("Maestrale",))
    assert [programme.people[person_id].name for person_id in session.person_ids] == ["Harald Witte"]
    assert "FAIR metadata" in session.description.get("en")


def test_a_zone_given_by_an_abbreviation_that_names_one_zone(tmp_path: Path) -> None:
    # SIGGRAPH Asia 2024's day files (himantyu-yuma/unofficial-siggraph-asia-2024-schedule at
    # d6756fc) say "timezone": "JST" beside UTC times: the sessions are Tokyo's, not UTC's.
    path = tmp_path / "day3.json"
    path.write_text(
        '{"timezone": "JST", "sessions": [{"id": "1", "title": "Keynote", "room": "Hall C",'
        ' "start": "2024-12-05T00:30:00Z", "end": "2024-12-05T01:30:00Z"}]}',
        encoding="utf-8",
    )
    loaded = load_programme(path)
    (session,) = loaded.programme.sessions
    assert str(loaded.programme.conference.timezone) == "Asia/Tokyo"
    assert session.start.astimezone(loaded.programme.conference.timezone).hour == 9
    assert not any("not a time zone we know" in warning for warning in loaded.warnings)


def test_a_paper_s_authors_are_its_speakers(tmp_path: Path) -> None:
    # NIPS 2015's schedule.json: sessions keyed by id, each with its "authors" and UTC times.
    path = tmp_path / "schedule.json"
    path.write_text(
        '{"maincard_4891": {"id": "maincard_4891", "type": "Tutorial", "title": "Deep Learning", '
        '"authors": ["Geoffrey E Hinton", "Yoshua Bengio"], "start": "2015-12-07T14:30:00.000Z", '
        '"end": "2015-12-07T16:30:00.000Z", "room": "Level 2 room 210 AB"}}'
    )
    programme = load_programme(path, tz="America/Toronto").programme
    session = by_id(programme, "maincard_4891")
    assert session.person_ids == ("geoffrey-e-hinton", "yoshua-bengio")
    assert session.start.isoformat() == "2015-12-07T09:30:00-05:00"


def test_sessions_held_under_their_room_s_name_and_panelists(tmp_path: Path) -> None:
    # PonyFest Online 2020's schedule.json: {"rooms": {"Art Theater": [sessions]}}, each session
    # with its "panelists" as one string of names.
    path = tmp_path / "schedule.json"
    path.write_text(
        '{"rooms": {"Writing Room": [{"id": "w1", "startTime": "2020-05-30T12:00:00-04:00", '
        '"endTime": "2020-05-30T13:00:00-04:00", "title": "Worldbuilding", '
        '"panelists": "Ana Reyes, Tom Hale", "description": ""}], '
        '"Tabletop": [{"id": "t1", "startTime": "2020-05-30T12:00:00-04:00", '
        '"endTime": "2020-05-30T14:00:00-04:00", "title": "Dice night", "panelists": ""}]}, '
        '"roomOrder": ["", "Writing Room", "Tabletop"]}'
    )
    programme = load_programme(path, tz="America/New_York").programme
    assert rooms_of(programme) == {"writing-room": "Writing Room", "tabletop": "Tabletop"}
    assert by_id(programme, "w1").room_id == "writing-room"
    assert by_id(programme, "t1").room_id == "tabletop"
    assert by_id(programme, "w1").person_ids == ("ana-reyes", "tom-hale")


def test_talks_with_a_date_and_clock_times_apart_are_a_site_s_own_not_the_pretalx_widget(
    tmp_path: Path,
) -> None:
    # EASIAM 2026's _data/program.json: {"talks": [{"date", "start": "11:20", "end", "room",
    # "speaker"}]}, which the pretalx widget reader took for its own and refused.
    path = tmp_path / "program.json"
    path.write_text(
        '{"conference": {"name": "EASIAM 2026"}, "talks": [{"presentation_id": "MS-1", '
        '"title": "On lifespan estimates", "speaker": "Kohei Higashi", "date": "2026-08-24", '
        '"start": "11:20", "end": "11:36", "room": "I1"}]}'
    )
    loaded = load_programme(path, tz="Asia/Seoul")
    assert loaded.format == "own-json"
    (talk,) = loaded.programme.sessions
    assert (talk.start.isoformat(), talk.room_id, talk.person_ids) == (
        "2026-08-24T11:20:00+09:00",
        "i1",
        ("kohei-higashi",),
    )


def test_a_talk_s_own_id_before_the_id_of_the_session_it_is_part_of(tmp_path: Path) -> None:
    # EASIAM 2026: each talk has its "presentation_id" and the "session_id" of its minisymposium.
    talks = ", ".join(
        f'{{"presentation_id": "MS-{n}", "session_id": "MS01", "title": "Talk {n}", '
        f'"date": "2026-08-24", "start": "11:{n}0", "end": "11:{n}9", "room": "I1"}}'
        for n in (1, 2)
    )
    path = tmp_path / "program.json"
    path.write_text(f'{{"talks": [{talks}]}}')
    loaded = load_programme(path, tz="Asia/Seoul")
    assert sorted(s.id for s in loaded.programme.sessions) == ["ms-1", "ms-2"]
    assert not any("is used by another event" in warning for warning in loaded.warnings)


def test_an_event_name_and_people_named_as_speaker_with_their_id(tmp_path: Path) -> None:
    # The European Health Forum Gastein's programme.json: {"eventname", "date", "start", "end",
    # "location", "speakers": [{"speaker": "Rendi-Wagner, Pamela", "speakerid": "668"}]}.
    path = tmp_path / "programme.json"
    path.write_text(
        '[{"eventname": "Investing in health security", "eventid": "2753", "date": "2025-10-02", '
        '"start": "10:30", "end": "11:45", "location": "Conference Centre", "speakers": ['
        '{"speaker": "Rendi-Wagner, Pamela", "speakerid": "668"}, '
        '{"speaker": "Kluge, Hans", "speakerid": "7"}]}, '
        '{"eventname": "Forum closing", "eventid": "2760", "date": "2025-10-03", "start": "16:00", '
        '"end": "17:00", "location": "Conference Centre", '
        '"speakers": [{"speaker": "Kluge, Hans", "speakerid": "7"}]}]'
    )
    programme = load_programme(path, tz="Europe/Vienna").programme
    session = by_id(programme, "2753")
    assert session.title.all()[0] == "Investing in health security"
    assert sorted(people_of(programme).values()) == ["Kluge, Hans", "Rendi-Wagner, Pamela"]
    assert [s.id for s in programme.sessions_of_person(session.person_ids[1])] == ["2753", "2760"]


def test_a_talk_with_no_time_of_its_own_takes_its_session_s(tmp_path: Path) -> None:
    # IMRF 2026's imrf-data.json: each talk carries its session's times; its own "time" is empty.
    path = tmp_path / "imrf-data.json"
    path.write_text(
        '[{"id": "TYR.1", "kind": "talk", "time": "", "title": "Gaze-orienting in marmosets", '
        '"authors": ["Cook Tyler"], "date": "2026-06-24", "room": "SCIROCCO ROOM", '
        '"session_title": "Young Researcher Talk Session", "session_start": "15:00", "session_end": "16:15"}]'
    )
    (talk,) = load_programme(path, tz="Europe/Rome").programme.sessions
    assert (talk.start.isoformat(), talk.end.isoformat()) == (
        "2026-06-24T15:00:00+02:00",
        "2026-06-24T16:15:00+02:00",
    )


def test_an_event_type_says_the_kind(tmp_path: Path) -> None:
    # EASIAM 2026's fixed programme: {"event_type": "Plenary", "title": "Plenary Lecture 1"}.
    path = tmp_path / "program.json"
    path.write_text(
        '{"fixed_program": [{"event_id": "PL1", "event_type": "Plenary", "title": "Plenary Lecture 1", '
        '"date": "2026-08-24", "start": "08:30", "end": "09:20", "room": "H"}, '
        '{"event_id": "L1", "event_type": "Lunch", "title": "Lunch", "date": "2026-08-24", '
        '"start": "12:40", "end": "14:00"}]}'
    )
    programme = load_programme(path, tz="Asia/Seoul").programme
    assert {s.title.all()[0]: s.kind for s in programme.sessions} == {
        "Plenary Lecture 1": "plenary",
        "Lunch": "lunch",
    }


def test_two_events_of_one_shared_id_at_one_time_and_place_are_both_kept(tmp_path: Path) -> None:
    # A file that gives every event the id 0 (re:publica's scraped one): a grid's repeat is the
    # same event (its title too), not another event of that id at that time and place.
    path = tmp_path / "sessions.json"
    path.write_text(
        '[{"id": 0, "title": "Porn literacy", "start": "2023-06-05T20:00:00+02:00", "duration": 60, '
        '"room": "Stage 1"}, {"id": 0, "title": "Das Ende von Twitter", '
        '"start": "2023-06-05T20:00:00+02:00", "duration": 60, "room": "Stage 1"}]'
    )
    titles = sorted(s.title.all()[0] for s in load_programme(path).programme.sessions)
    assert titles == ["Das Ende von Twitter", "Porn literacy"]


def test_sessions_in_a_time_slot_are_at_its_times_with_their_talks(tmp_path: Path) -> None:
    # US-RSE'26's _data/program.json: {"days": [{"date", "slots": [{"start": "10:30am", "end":
    # "12pm", "startISO", "endISO", "sessions": [{"title", "room", "talks": [{"title", "people"}]}]}]}]}.
    slot = {
        "start": "10:30am",
        "end": "12pm",
        "startISO": "2026-10-19T10:30:00-07:00",
        "endISO": "2026-10-19T12:00:00-07:00",
        "sessions": [
            {"title": "RAG Assistants", "room": "Salon 1 & 2",
             "talks": [{"title": "AquiLLM", "people": ["Bernie Boscoe", "Tuan Do"]}]},
            {"title": "Research Software Careers", "room": "Salon 3"},
        ],
    }  # fmt: skip
    path = tmp_path / "program.json"
    path.write_text(json.dumps({"timezone": "-07:00", "days": [{"date": "2026-10-19", "slots": [slot]}]}))
    programme = load_programme(path, tz="America/Los_Angeles").programme
    rag = next(s for s in programme.sessions if s.title.all()[0] == "RAG Assistants")
    assert (rag.start.isoformat(), rag.end.isoformat()) == (
        "2026-10-19T10:30:00-07:00",
        "2026-10-19T12:00:00-07:00",
    )
    assert sorted(people_of(programme)[p] for p in rag.person_ids) == ["Bernie Boscoe", "Tuan Do"]
    assert len(programme.sessions) == 2


def test_an_event_start_and_end_and_a_venue(tmp_path: Path) -> None:
    # BreizhCamp 2026's schedule.json: {"name", "event_start", "event_end", "venue", "speakers"}.
    path = tmp_path / "schedule.json"
    path.write_text(
        '[{"id": "1136323", "name": "Quand l’accessibilité rencontre le Mob", '
        '"event_start": "2026-06-24T10:00:00", "event_end": "2026-06-24T12:00:00", "venue": "Amphi C", '
        '"speakers": "Emmanuelle Aboaf, Manon Carbonnel"}]'
    )
    (session,) = load_programme(path, tz="Europe/Paris").programme.sessions
    assert (session.start.isoformat(), session.end.isoformat(), session.room_id) == (
        "2026-06-24T10:00:00+02:00",
        "2026-06-24T12:00:00+02:00",
        "amphi-c",
    )
    assert len(session.person_ids) == 2


def test_sessions_given_by_their_start_alone_last_until_the_next_in_their_room(tmp_path: Path) -> None:
    # The India AI Impact Summit 2026's sessions.json: "time": "9:30 AM" and no end; its speakers
    # each "Name, where they work". Read, not dropped, and said in a warning.
    sessions = [
        {"title": "Multilingual AI", "date": "16 Feb 2026", "time": "9:30 AM", "room": "Room 6",
         "speakers": ["Sameer Gahlot, National Internet Exchange of India", "Narayanan Ramaswamy, KPMG"]},
        {"title": "AI and skilling", "date": "16 Feb 2026", "time": "10:00 AM", "room": "Room 6",
         "speakers": ["Dr. Manish Kumar, NSDC, Championing AI First Solution for Skilling", "Gil, Ana"]},
        {"title": "Health data", "date": "16 Feb 2026", "time": "11:30 AM - 12:30 PM", "room": "Room 6"},
    ]  # fmt: skip
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(sessions), encoding="utf-8")
    loaded = load_programme(path, tz="Asia/Kolkata")
    programme = loaded.programme
    assert sorted((s.start.isoformat()[11:16], s.end.isoformat()[11:16]) for s in programme.sessions) == [
        ("09:30", "10:00"),  # until the next in its room
        ("10:00", "11:00"),  # at most an hour
        ("11:30", "12:30"),
    ]
    assert sorted(people_of(programme).values()) == [
        "Dr. Manish Kumar",
        "Gil, Ana",
        "Narayanan Ramaswamy",
        "Sameer Gahlot",
    ]
    assert any("2 sessions give a start and no end" in warning for warning in loaded.warnings)


def test_a_start_alone_may_be_a_full_date_and_time(tmp_path: Path) -> None:
    # AAJA 2025's Guidebook export: "start_time": "2025-07-30T14:30:00.000000+0000", no end.
    sessions = {
        "sessions": [
            {
                "id": n,
                "name": name,
                "description": "Invite only.",
                "start_time": f"2025-07-30T{hour}:30:00.000000+0000",
            }
            for n, name, hour in ((1, "VOICES", 14), (2, "Leadership", 16))
        ]
    }
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(sessions), encoding="utf-8")
    programme = load_programme(path, tz="America/Los_Angeles").programme
    assert sorted((s.start.isoformat(), s.end.isoformat()) for s in programme.sessions) == [
        ("2025-07-30T07:30:00-07:00", "2025-07-30T08:30:00-07:00"),
        ("2025-07-30T09:30:00-07:00", "2025-07-30T10:30:00-07:00"),
    ]


def test_a_scraper_s_time_start_and_people_of_their_newsrooms(tmp_path: Path) -> None:
    # NICAR 2019's scraped schedule: "date", "time_start", "time_end"; speakers "Name of Org; …".
    sessions = [
        {"title": "Data for beginners", "date": "2019-03-07", "time_start": "09:00", "time_end": "10:00",
         "room": "Salon A&B", "speakers": "Aaron Kessler of CNN; Olga Pierce of University of Nebraska"},
        {"title": "Mapping", "date": "2019-03-07", "time_start": "10:15", "time_end": "11:15",
         "room": "Cardiff", "speakers": "AJ Vicens of Mother Jones"},
    ]  # fmt: skip
    path = tmp_path / "nicar-2019-schedule.json"
    path.write_text(json.dumps(sessions), encoding="utf-8")
    programme = load_programme(path, tz="America/Los_Angeles").programme
    assert sorted(s.start.isoformat() for s in programme.sessions) == [
        "2019-03-07T09:00:00-08:00",
        "2019-03-07T10:15:00-08:00",
    ]
    assert sorted(people_of(programme).values()) == ["AJ Vicens", "Aaron Kessler", "Olga Pierce"]


def test_an_edas_programme_its_papers_authors_and_chairs(tmp_path: Path) -> None:
    # CCECE 2016's program.xml, as EDAS exports it: sessions holding papers, names in parts.
    author = (
        "<author><name><givenname>{0}</givenname><mi/><surname>{1}</surname></name>"
        "<presenter>1</presenter></author>"
    )
    paper = (
        "<paper><starttime>{0}</starttime><endtime>{1}</endtime><sessionid>{2}</sessionid>"
        "<papertitle>{3}</papertitle><abstract>On radiation.</abstract><authors>{4}</authors></paper>"
    )
    papers = paper.format(
        "10:45", "11:03", "A1L-1.1", "FPGA Radiation Effects", author.format("David", "Hiemstra")
    )
    papers += paper.format("11:03", "11:21", "A1L-1.2", "Mitigation in Memories", author.format("Ana", "Gil"))
    content = (
        "<program><session><code>A1L-1</code><sessiontitle>Radiation Effects</sessiontitle>"
        "<date>16 May 2016</date><starttime>2016-05-16T10:45:00-07:00</starttime>"
        "<endtime>2016-05-16T12:15:00-07:00</endtime><room>Pinnacle I</room>"
        f"<chairs><chair><name><givenname>Bo</givenname><mi/><surname>Li</surname></name></chair></chairs>"
        f"<papers>{papers}</papers></session></program>"
    )
    path = tmp_path / "program.xml"
    path.write_text(content, encoding="utf-8")
    programme = load_programme(path, tz="America/Vancouver").programme
    (session,) = programme.sessions
    assert session.start.isoformat() == "2016-05-16T10:45:00-07:00"
    roles = sorted((programme.people[role.person_id].name, role.role) for role in session.roles)
    assert roles == [("Ana Gil", "speaker"), ("Bo Li", "moderator"), ("David Hiemstra", "speaker")]
    assert "Mitigation in Memories" in session.description.get("en")
    assert "On radiation." in session.description.get("en")  # the papers' abstracts too


def test_rooms_keyed_by_their_ids_and_a_co_speaker(tmp_path: Path) -> None:
    # CloudLand 2023's event.json: {"rooms": {"530": {"name": …}}, "agenda": {"2301": {"roomId",
    # "speaker": {"name"}, "coSpeaker": [{"name"}], "start", "end"}}}, times in seconds.
    event = {
        "rooms": {"530": {"name": "Community Hall", "capacity": 500}, "459": {"name": "Main Stage"}},
        "agenda": {
            "2301": {
                "title": "KEYNOTE: Agile Transformation",
                "speaker": {"name": " Stefan Latuski", "company": "Bundesagentur"},
                "coSpeaker": [{"name": " Jennifer Latuski", "company": "Adesso"}],
                "start": 1687453200,
                "end": 1687455900,
                "roomId": "459",
            },
            "2302": {"title": "Cloud costs", "start": 1687456800, "end": 1687459500, "roomId": "530"},
        },
    }
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Berlin").programme
    assert rooms_of(programme) == {"community-hall": "Community Hall", "main-stage": "Main Stage"}
    assert sorted(people_of(programme).values()) == ["Jennifer Latuski", "Stefan Latuski"]


def test_talks_with_no_start_beside_a_programme_of_days(tmp_path: Path) -> None:
    # SWAT4HCLS 2026's app data: "talks" (accepted papers, no times) beside "days": [{"date",
    # "sessions": [{"time", "end", "title", "room", "speaker"}]}]: not the pretalx widget's talks.
    data = {
        "conference": "SWAT4HCLS 2026",
        "days": [
            {
                "date": "2026-03-23",
                "sessions": [
                    {
                        "time": "09:00",
                        "end": "13:00",
                        "title": "Clinical Data Modeling",
                        "room": "Lecture room 4",
                        "speaker": "Remzi Celebi, Michel Dumontier",
                    },
                ],
            }
        ],
        "talks": [{"id": "long_1", "title": "Quality Metrics", "authors": "Ana Gil"}],
    }
    path = tmp_path / "program.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (session,) = load_programme(path, tz="Europe/Amsterdam").programme.sessions
    assert (session.start.isoformat(), session.title.get("en")) == (
        "2026-03-23T09:00:00+01:00",
        "Clinical Data Modeling",
    )


def test_a_site_s_yaml_programme_with_days_named_by_their_date(tmp_path: Path) -> None:
    # NetSci 2025's _data/program.yml: days named "Mon 2 June 2025", times "09:30 - 10:30"
    # unquoted (YAML 1.1 would read 09:30 as 570), read as text like a JSON file.
    path = tmp_path / "program.yml"
    path.write_text(
        "days:\n"
        "  - name: Mon 2 June 2025\n"
        "    events:\n"
        "      - time: 09:30 - 10:30\n"
        '        title: "Network science school"\n'
        "        room: FPN Heerlen Zaal\n"
        "      - time: 10:30 - 11:00\n"
        "        title: Coffee break\n"
        "        room: FPN Heerlen Zaal\n",
        encoding="utf-8",
    )
    loaded = load_programme(path, tz="Europe/Amsterdam")
    assert loaded.format == "own-yaml"
    assert sorted(s.start.isoformat() for s in loaded.programme.sessions) == [
        "2025-06-02T09:30:00+02:00",
        "2025-06-02T10:30:00+02:00",
    ]


def test_a_yaml_programme_s_minutes_zone_and_nulls(tmp_path: Path) -> None:
    """A hand-made YAML of Killer Nashville 2026's pages: each session's length under
    "duration_min", the zone under "venue_timezone", and `null` (unquoted) for no value: no --tz
    needed, each session ends when its minutes say, and no description reads "null"."""
    path = tmp_path / "killer-nashville-2026.yaml"
    path.write_text(
        'conference: "2026 Killer Nashville"\n'
        'venue_timezone: "America/Chicago"\n'
        "sessions:\n"
        "  - id: 2\n"
        '    title: "MC 2 - Deadly Details"\n'
        '    date: "2026-08-20"\n'
        '    start: "2:00 PM"\n'
        "    duration_min: 180\n"
        '    speakers: ["DP Lyle"]\n'
        '    location: "Maple"\n'
        "    description: null\n"
        "  - id: 11\n"
        '    title: "Lunch"\n'
        '    date: "2026-08-20"\n'
        '    start: "12:00 PM"\n'
        "    duration_min: ~\n"
        '    location: "Maple"\n'
        '    description: "null"\n',
        encoding="utf-8",
    )
    programme = load_programme(path).programme
    master_class, lunch = by_id(programme, "2"), by_id(programme, "11")
    assert programme.conference.timezone.key == "America/Chicago"
    assert (master_class.start.isoformat(), master_class.end.isoformat()) == (
        "2026-08-20T14:00:00-05:00",
        "2026-08-20T17:00:00-05:00",
    )
    assert master_class.description.all() == ()
    assert lunch.end is not None and lunch.description.all() == ("null",)  # quoted: the file's text


def test_a_yaml_file_that_is_not_well_formed_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "program.yml"
    path.write_text("days:\n  - name: Mon\n    events: [\n", encoding="utf-8")
    with pytest.raises(ProgrammeError) as refused:
        load_programme(path, tz="Europe/Amsterdam")
    assert "not well-formed YAML" in str(refused.value) and refused.value.line is not None


def test_a_yaml_file_whose_aliases_spell_out_a_bomb_is_refused_for_safety(tmp_path: Path) -> None:
    path = tmp_path / "program.yml"
    levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 8)]
    path.write_text("\n".join(levels) + "\n", encoding="utf-8")
    with pytest.raises(ProgrammeError) as refused:
        load_programme(path)
    assert "aliases that spell out" in str(refused.value) and refused.value.line == 1


def test_a_yaml_file_with_an_anchor_inside_its_own_value_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "program.yml"
    path.write_text("a: 1\nb: &loop [x, *loop]\n", encoding="utf-8")
    with pytest.raises(ProgrammeError) as refused:
        load_programme(path)
    assert "inside its own value" in str(refused.value) and refused.value.line == 2


def test_a_block_repeated_with_yaml_merge_keys_is_read_at_each_of_its_times(tmp_path: Path) -> None:
    # IS-EUD 2025's `_data/program.yml`: the parallel workshops written once with an anchor and
    # repeated after each break with `- <<: *workshop_session` and their own times.
    path = tmp_path / "program.yml"
    path.write_text(
        "days:\n"
        "- date: '2025-06-16'\n"
        "  events:\n"
        "  - &workshops\n"
        "    title: Workshops (in parallel)\n"
        "    room: Mathildensaal\n"
        "    from: '09:00'\n"
        "    to: '10:30'\n"
        "  - title: Coffee Break\n"
        "    from: '10:30'\n"
        "    to: '11:00'\n"
        "  - <<: *workshops\n"
        "    from: '11:00'\n"
        "    to: '13:00'\n"
        "  - <<: [*workshops, {room: Bibliothek, title: Ignored}]\n"
        "    from: '14:00'\n"
        "    to: '15:30'\n",
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Europe/Berlin").programme
    workshops = [s for s in programme.sessions if s.title.all()[0].startswith("Workshops")]
    assert [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in workshops] == [
        ("09:00", "10:30"),
        ("11:00", "13:00"),
        ("14:00", "15:30"),
    ]
    assert {programme.rooms[s.room_id or ""].name for s in workshops} == {"Mathildensaal"}


def test_a_talk_kept_beside_its_session_block_and_speakers(tmp_path: Path) -> None:
    """rstudio::conf 2022's program.json: each entry a talk, the block holding it (its room) and
    its speakers side by side, times as "2022-07-28T15:20:00ZEDT" (Eastern time: its
    "start_local" says 03:20 PM). The talk is the session, in the block's room and track, with
    those speakers; the block is no session of its own."""
    block = {
        "slug": "advanced-r",
        "title": "Just typing R code: advanced R programming",
        "room": "National Harbor 10+11",
        "start": "2022-07-28T15:20:00ZEDT",
        "end": "2022-07-28T16:20:00ZEDT",
    }
    data = {
        "ggtrace": {
            "talk": {
                "id": 22100,
                "title": "Cracking open ggplot internals with {ggtrace}",
                "start": "2022-07-28T15:20:00ZEDT",
                "end": "2022-07-28T15:40:00ZEDT",
                "start_local": "03:20 PM",
            },
            "session": block,
            "speakers": [{"name": "June Choe", "affiliation": "University of Pennsylvania"}],
        },
        "r7": {
            "talk": {
                "id": 22101,
                "title": "Introduction to R7",
                "start": "2022-07-28T15:40:00ZEDT",
                "end": "2022-07-28T16:00:00ZEDT",
            },
            "session": block,
            "speakers": [{"name": "Hadley Wickham", "affiliation": "RStudio"}],
        },
    }
    path = tmp_path / "program.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path, tz="America/New_York").programme
    talk = by_id(programme, "22100")
    assert (talk.start.isoformat(), talk.end.isoformat()) == (
        "2022-07-28T15:20:00-04:00",
        "2022-07-28T15:40:00-04:00",
    )
    assert programme.rooms[talk.room_id or ""].name == "National Harbor 10+11"
    assert talk.track == "Just typing R code: advanced R programming"
    assert [programme.people[p].name for p in talk.person_ids] == ["June Choe"]
    assert sorted(s.id for s in programme.sessions) == ["22100", "22101"]


def test_an_app_s_sessions_titled_topic_beside_its_news_posts(tmp_path: Path) -> None:
    # DevConf.cz 2016's app data (jmlich/devconf-sailfish): sessions whose title is their "topic",
    # times in seconds, beside "rss" posts that have a title, a time and a text, and are no session.
    data = {
        "sessions": [
            {
                "type": "Talk",
                "event_start": 1454659200,
                "event_end": 1454661600,
                "room": "a. D105 (300 places)",
                "topic": "Keynote",
                "speakers": ["Tim Burke", "Jan Wildeboer"],
                "description": "Becoming an engineering rock star",
            },
            {
                "type": "Workshop",
                "event_start": 1454662800,
                "event_end": 1454666400,
                "room": "b. D0206 (154 places)",
                "topic": "Ansible for beginners",
                "speakers": ["Ana Gil"],
                "description": "Playbooks",
            },
        ],
        "rss": [
            {"title": "Group chat with organizers", "description": "Join the chat", "time": 1453486878},
        ],
    }
    path = tmp_path / "devconf.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Prague").programme
    assert [(s.start.isoformat(), s.title.get("en")) for s in programme.sessions] == [
        ("2016-02-05T09:00:00+01:00", "Keynote"),
        ("2016-02-05T10:00:00+01:00", "Ansible for beginners"),
    ]
    assert sorted(people_of(programme).values()) == ["Ana Gil", "Jan Wildeboer", "Tim Burke"]


def test_a_title_given_as_display_beside_a_topic_flag(tmp_path: Path) -> None:
    # HKOSCon 2020's data API: days of time slots of events {"topic": true, "display": title,
    # "venue": {"name"}, "speakers": [{"name", "community"}]}; a "topic" that is a flag is no title.
    event = {
        "id": 227,
        "topic": True,
        "display": "Democratize Data Literacy",
        "description": "<p>Data literacy.</p>",
        "venue": {"name": "Main Hall", "weight": 0},
        "speakers": [{"name": "Charm Wong", "community": "OpenCertHub"}],
    }
    data = {
        "status": "success",
        "days": [
            {
                "day": 1,
                "date": "2020-06-12",
                "timeslots": [{"startTime": "10:25", "endTime": "11:00", "events": [event]}],
            }
        ],
    }
    path = tmp_path / "hkoscon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (session,) = load_programme(path, tz="Asia/Hong_Kong").programme.sessions
    assert (session.start.isoformat(), session.title.get("en"), session.room_id) == (
        "2020-06-12T10:25:00+08:00",
        "Democratize Data Literacy",
        "main-hall",
    )


def test_an_eventboard_export_of_tables_joined_by_ids(tmp_path: Path) -> None:
    # CodeMash 2014's EventBoard (Falafel) export: "Sessions" give a "TimeSlotID" into "Timeslots"
    # and a "LocationID" into "Rooms"; "SessionSpeakers" rows join sessions to "Speakers"; times as
    # .NET writes them, on the venue's clock ("1/7/2014 7am" is /Date(1389078000000)/, 07:00 UTC).
    data = {
        "Rooms": [{"ID": 4213, "Name": "Acacia"}, {"ID": 4206, "Name": "Salon D"}],
        "Timeslots": [
            {
                "ID": 21923,
                "Description": "1/7/2014 7am to 8:30am",
                "StartTime": "/Date(1389078000000)/",
                "EndTime": "/Date(1389083400000)/",
            }
        ],
        "Sessions": [
            {
                "ID": 26186,
                "ModifiedOn": "/Date(1389048376207+0000)/",
                "Name": "Humanitarian Toolbox Workshop",
                "Description": "Open source for relief efforts.",
                "LocationID": 4206,
                "TimeSlotID": 21923,
            },
            {
                "ID": 26217,
                "Name": "Breakfast",
                "Description": "Breakfast",
                "LocationID": 4213,
                "TimeSlotID": 21923,
            },
        ],
        "Speakers": [{"ID": 27248, "FirstName": "Aaron", "LastName": "Bedra", "Bio": "Security lead"}],
        "SessionSpeakers": [{"SessionID": 26186, "SpeakerID": 27248}],
    }
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path, tz="America/New_York").programme
    workshop = by_id(programme, "26186")
    assert (workshop.start.isoformat(), workshop.end.isoformat(), workshop.room_id) == (
        "2014-01-07T07:00:00-05:00",
        "2014-01-07T08:30:00-05:00",
        "salon-d",
    )
    assert [programme.people[p].name for p in workshop.person_ids] == ["Aaron Bedra"]
    assert by_id(programme, "26217").person_ids == ()


def test_a_map_of_sessions_to_speakers_whose_rows_have_their_own_ids(tmp_path: Path) -> None:
    # dotnet Cologne 2018's "Die Konferenz App": "sessionSpeakerMaps" rows {"id", "sessionId",
    # "speakerId"} tie each session to its speakers; rooms by "locationId".
    data = {
        "title": "dotnet Cologne 2018",
        "locations": [{"id": 21000023, "name": "Saal, Haus 7"}, {"id": 21000024, "name": "4/5, Haus 6"}],
        "speakers": [{"id": 10000026, "name": "Albert Weinert"}, {"id": 10000027, "name": "Jürgen Gutsch"}],
        "sessions": [
            {
                "id": 30000342,
                "locationId": 21000023,
                "title": "Begrüßung",
                "begin": "2018-05-04T09:00:00+02:00",
                "end": "2018-05-04T09:15:00+02:00",
            },
            {
                "id": 30000343,
                "locationId": 21000024,
                "title": "ASP.NET Core",
                "begin": "2018-05-04T09:30:00+02:00",
                "end": "2018-05-04T10:30:00+02:00",
            },
        ],
        "sessionSpeakerMaps": [
            {"id": 40001255, "sessionId": 30000342, "speakerId": 10000026},
            {"id": 40001256, "sessionId": 30000343, "speakerId": 10000027},
            {"id": 40001257, "sessionId": 30000343, "speakerId": 10000026},
        ],
    }
    path = tmp_path / "conference.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Berlin").programme
    names = {s.id: sorted(programme.people[p].name for p in s.person_ids) for s in programme.sessions}
    assert names == {"30000342": ["Albert Weinert"], "30000343": ["Albert Weinert", "Jürgen Gutsch"]}


def test_one_speaker_entry_that_names_two_people_is_two_people(tmp_path: Path) -> None:
    # Qt World Summit 2019's API: {"name": "Valter Minute & Stefan Eichenberger"} beside Stefan
    # alone; a sponsor's "JPMorgan Chase & Co. (Sponsor)" (CodeMash 2020's) stays one entry.
    data = {
        "sessions": [
            {
                "id": "1",
                "title": "Containers on embedded devices",
                "start": "2019-11-06T11:00:00+01:00",
                "end": "2019-11-06T11:45:00+01:00",
                "speakers": [{"id": "77", "name": "Valter Minute & Stefan Eichenberger"}],
            },
            {
                "id": "2",
                "title": "Sponsored keynote",
                "start": "2019-11-06T12:00:00+01:00",
                "end": "2019-11-06T12:45:00+01:00",
                "speakers": [{"id": "78", "name": "JPMorgan Chase & Co. (Sponsor)"}],
            },
        ]
    }
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path).programme
    assert [programme.people[p].name for p in by_id(programme, "1").person_ids] == [
        "Valter Minute",
        "Stefan Eichenberger",
    ]
    assert [programme.people[p].name for p in by_id(programme, "2").person_ids] == [
        "JPMorgan Chase & Co. (Sponsor)"
    ]


def test_a_workshop_s_instructors_are_its_people(tmp_path: Path) -> None:
    # Selenium Conference 2012's app data: {"instructors": "Adam Christian, David Stark", "room",
    # "start_date", "end_date", "body"}.
    data = {
        "sessions": [
            {
                "nid": 1,
                "instructors": "Adam Christian, David Stark",
                "room": "Workshop",
                "body": "Run your own grid.",
                "title": "Getting Started with Selenium Grid",
                "start_date": "2012-04-16 09:00:00",
                "end_date": "2012-04-16 12:00:00",
            }
        ]
    }
    path = tmp_path / "seconf.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (session,) = load_programme(path, tz="Europe/London").programme.sessions
    programme = load_programme(path, tz="Europe/London").programme
    assert [programme.people[p].name for p in session.person_ids] == ["Adam Christian", "David Stark"]


def test_google_io_sessions_in_milliseconds_with_rooms_and_speakers_by_id(tmp_path: Path) -> None:
    """Google I/O 2019's app data (google/iosched, conference_data_2019.json): "startTimestamp" in
    milliseconds since 1970, a room's id, speakers keyed by their ids."""
    path = tmp_path / "conference_data.json"
    path.write_text(
        json.dumps(
            {
                "sessions": [
                    {
                        "id": "k1",
                        "title": "Google Keynote",
                        "startTimestamp": 1557248400000,
                        "endTimestamp": 1557254400000,
                        "room": "r-amp",
                        "speakers": ["p-1"],
                    }
                ],
                "rooms": [{"id": "r-amp", "name": "Amphitheatre"}],
                "speakers": {"p-1": {"id": "p-1", "name": "Sundar Pichai", "company": "Google"}},
            }
        )
    )
    programme = load_programme(path, tz="America/Los_Angeles").programme
    session = by_id(programme, "k1")
    assert session.start.astimezone(programme.timezone).isoformat() == "2019-05-07T10:00:00-07:00"
    assert session.end.astimezone(programme.timezone).isoformat() == "2019-05-07T11:40:00-07:00"
    assert session.room_id is not None and programme.rooms[session.room_id].name == "Amphitheatre"
    assert people_of(programme) == {"sundar-pichai": "Sundar Pichai"}


def _indico_date(day: str, time: str) -> dict[str, str]:
    return {"date": day, "tz": "UTC", "time": time}


def _indico_event(contributions: list[dict[str, object]]) -> dict[str, object]:
    """Indico's HTTP API export of one event with its contributions (/export/event/ID.json?
    detail=contributions), as indico.freedesktop.org gave X.Org's XDC 2021."""
    return {
        "count": 1,
        "_type": "HTTPAPIResult",
        "url": "https://indico.example.org/export/event/1.json?detail=contributions",
        "results": [
            {
                "_type": "Conference",
                "title": "Graphics Developers' Days",
                "timezone": "Europe/Warsaw",
                "startDate": _indico_date("2021-09-15", "06:00:00"),
                "endDate": _indico_date("2021-09-17", "18:00:00"),
                "occurrences": [{"_fossil": "period", "startDT": _indico_date("2021-09-15", "06:00:00")}],
                "room": "",
                "contributions": contributions,
            }
        ],
    }


def _indico_contribution(ref: str, title: str, start: str, **fields: object) -> dict[str, object]:
    return {
        "_type": "Contribution",
        "id": ref,
        "title": title,
        "startDate": _indico_date("2021-09-17", start),
        "endDate": _indico_date("2021-09-17", "23:59:00"),
        "duration": 20,
        "room": "",
        "location": "",
        "roomFullname": "",
        "track": "Talk (half slot) (CLOSED)",
        "session": "Main Track",
        "speakers": [],
        "primaryauthors": [],
        "coauthors": [],
        "description": "",
        **fields,
    }


def _indico_person(first: str, last: str) -> dict[str, str]:
    return {"_type": "ContributionParticipation", "fullName": f"{last}, {first}", "first_name": first,
            "last_name": last}  # fmt: skip


def test_indico_event_export_reads_its_contributions_in_the_events_zone(tmp_path: Path) -> None:
    """The event around its contributions is the conference, not a session: its title and zone
    are the programme's; date objects {"date", "time", "tz"} are instants; authors "Last, First"
    are people as they are called; the online event's empty rooms are no rooms, not its tracks."""
    path = tmp_path / "indico.json"
    talk = _indico_contribution(
        "26",
        "Making bare-metal testing accessible",
        "14:10:00",
        endDate=_indico_date("2021-09-17", "14:30:00"),
        primaryauthors=[_indico_person("Martin", "Peres")],
        coauthors=[_indico_person("Ana", "Gil")],
        description="A test farm at home.",
    )
    demo = _indico_contribution(
        "27",
        "Lightning demos",
        "15:00:00",
        endDate=_indico_date("2021-09-17", "15:45:00"),
        speakers=[_indico_person("Bo", "Li")],
        primaryauthors=[_indico_person("Cy", "Wu")],
    )
    path.write_text(json.dumps(_indico_event([talk, demo])))
    loaded = load_programme(path)
    programme = loaded.programme
    assert str(programme.timezone) == "Europe/Warsaw"
    assert programme.conference.name.all() == ("Graphics Developers' Days",)
    assert sorted(session.title.all()[0] for session in programme.sessions) == [
        "Lightning demos",
        "Making bare-metal testing accessible",
    ]
    session = by_id(programme, "26")
    assert session.start.astimezone(programme.timezone).isoformat() == "2021-09-17T16:10:00+02:00"
    assert session.end.astimezone(programme.timezone).isoformat() == "2021-09-17T16:30:00+02:00"
    assert session.room_id is None and not programme.rooms
    assert [programme.people[p].name for p in session.person_ids] == ["Martin Peres", "Ana Gil"]
    # Its speakers, when Indico gives them, are the ones who speak.
    assert [programme.people[p].name for p in by_id(programme, "27").person_ids] == ["Bo Li"]


def test_date_objects_with_an_unknown_zone_or_other_fields_are_left_alone() -> None:
    from bot.programme.importers.zoned_dates import with_zoned_dates

    assert with_zoned_dates({"date": "2021-09-17", "time": "14:10:00", "tz": "Mars/Olympus"}) == {
        "date": "2021-09-17", "time": "14:10:00", "tz": "Mars/Olympus"
    }  # fmt: skip
    session = {"date": "2021-09-17", "time": "14:10", "tz": "UTC", "title": "A talk"}
    assert with_zoned_dates(session) == session
    assert with_zoned_dates([{"date": "2021-09-17", "time": "14:10:00", "tz": "Europe/Paris"}]) == [
        "2021-09-17T14:10:00+02:00"
    ]


def test_a_scholarly_sessions_chairs_discussants_participants_and_authors_are_its_people(
    tmp_path: Path,
) -> None:
    """MPSA 2026's programme.json: a panel's chair and co-chair (who moderate), its discussants,
    a roundtable's participants and its papers' authors all take part."""
    path = tmp_path / "program.json"
    person = lambda name: {"name": name, "affiliation": "A University"}  # noqa: E731
    session = {
        "id": "2314392",
        "date": "2026-04-25",
        "start_time": "15:20",
        "end_time": "16:50",
        "room": "TBA",
        "title": "Voter Motivations & Turnout",
        "chair": [person("Marc Hooghe")],
        "co_chair": [person("Ana Gil")],
        "discussant": [person("Mikael Persson")],
        "participants": [person("Kerri Milita")],
        "papers": [{"title": "Voting in the Rain", "authors": [person("Yu Jin Seong")]}],
    }
    path.write_text(json.dumps({"meta": {"conference": "MPSA 2026"}, "sessions": [session]}))
    programme = load_programme(path, tz="America/Chicago").programme
    found = by_id(programme, "2314392")
    names = {programme.people[p].name for p in found.person_ids}
    assert names == {"Marc Hooghe", "Ana Gil", "Mikael Persson", "Kerri Milita", "Yu Jin Seong"}
    moderators = {programme.people[role.person_id].name for role in found.roles if role.role == "moderator"}
    assert moderators == {"Marc Hooghe", "Ana Gil"}


def test_fortee_timetable_gives_lengths_in_minutes_and_uuids(tmp_path: Path) -> None:
    """fortee's timetable API (iOSDC Japan 2022's): "starts_at" with its offset, "length_min", a
    "uuid" for each entry; a "timeslot" (an opening, a break) is a session too."""
    path = tmp_path / "timetable.json"
    entries = [
        {"type": "timeslot", "uuid": "b647", "title": "Opening", "track": {"name": "Track A", "sort": 1},
         "starts_at": "2022-09-10T16:20:00+09:00", "length_min": 15},
        {"type": "talk", "uuid": "c901", "title": "SwiftUI in depth", "abstract": "Layout.",
         "track": {"name": "Track A", "sort": 1}, "starts_at": "2022-09-10T16:40:00+09:00",
         "length_min": 40, "speaker": {"name": "Ann Example", "kana": "", "twitter": "ann"}},
    ]  # fmt: skip
    path.write_text(json.dumps({"timetable": entries}))
    programme = load_programme(path, tz="Asia/Tokyo").programme
    talk = by_id(programme, "c901")
    assert talk.end.astimezone(programme.timezone).isoformat() == "2022-09-10T17:20:00+09:00"
    assert by_id(programme, "b647").title.all() == ("Opening",)
    assert people_of(programme) == {"ann-example": "Ann Example"}


def test_people_named_in_japanese_are_each_their_own_person(tmp_path: Path) -> None:
    """fortee's speakers of fp-matsuri 2026 and JAWS DAYS 2026: names of no Latin letter were all
    one person (their words, Latin ones, are none); each is someone."""
    path = tmp_path / "timetable.json"
    entries = [
        {"type": "talk", "uuid": f"t{n}", "title": f"Talk {n}", "track": {"name": "Track A"},
         "starts_at": f"2026-07-11T1{n}:00:00+09:00", "length_min": 30, "speaker": {"name": name}}
        for n, name in enumerate(["梶川琢馬", "野村尚新", "Yuki Tajiri"])
    ]  # fmt: skip
    path.write_text(json.dumps({"timetable": entries}, ensure_ascii=False), encoding="utf-8")
    programme = load_programme(path, tz="Asia/Tokyo").programme
    assert sorted(person.name for person in programme.people.values()) == [
        "Yuki Tajiri",
        "梶川琢馬",
        "野村尚新",
    ]
    assert len({by_id(programme, f"t{n}").person_ids for n in range(3)}) == 3


def test_a_track_given_by_the_id_of_the_files_list_of_tracks_is_the_room_it_names(tmp_path: Path) -> None:
    """JAWS DAYS 2026's viewer JSON: sessions say "track": "A", the file's "tracks" list names it
    'Track A'; with no room anywhere, that is the room."""
    path = tmp_path / "timetable.json"
    path.write_text(
        json.dumps(
            {
                "tracks": [{"id": "A", "name": "Track A"}, {"id": "B", "name": "Track B"}],
                "sessions": [
                    {"id": 1, "track": "A", "date": "2026-03-07", "start": "10:00", "end": "10:40",
                     "title": "Serverless at scale", "speaker": "Ann Example"},
                    {"id": 2, "track": "B", "date": "2026-03-07", "start": "10:00", "end": "10:40",
                     "title": "CDK patterns", "speaker": "Bo Li"},
                ],
            }
        )
    )  # fmt: skip
    programme = load_programme(path, tz="Asia/Tokyo").programme
    assert rooms_of(programme) == {"track-a": "Track A", "track-b": "Track B"}


def test_a_rails_apps_seeds_with_symbol_keys_and_timestamps(tmp_path: Path) -> None:
    """Kaigi on Rails's db/seeds/2025.yaml: Ruby symbols as keys (":title", ":start_at"), a
    !!timestamp with its offset, ":duration_minutes", ":track" for the room."""
    path = tmp_path / "2025.yaml"
    path.write_text(
        '---\n:talks:\n- :title: "Keynote: dynamic!"\n  :abstract: ""\n'
        "  :start_at: !!timestamp 2025-09-26T11:20:00+09:00\n  :duration_minutes: 40\n"
        '  :track: "Hall Red"\n  :speakers:\n  - :name: "MOROHASHI Kyosuke"\n    :slug: moro\n',
        encoding="utf-8",
    )
    programme = load_programme(path, tz="Asia/Tokyo").programme
    (session,) = programme.sessions
    assert session.start.astimezone(programme.timezone).isoformat() == "2025-09-26T11:20:00+09:00"
    assert session.end.astimezone(programme.timezone).isoformat() == "2025-09-26T12:00:00+09:00"
    assert rooms_of(programme) == {"hall-red": "Hall Red"}
    assert list(people_of(programme).values()) == ["MOROHASHI Kyosuke"]


def test_a_room_name_a_letter_away_from_a_busier_one_is_a_slip(tmp_path: Path) -> None:
    """Volcamp 2025 files one talk under "Showrom" beside sixteen in 'Showroom'; 'Hall A' and
    'Hall B', a letter apart too, stay two rooms."""
    path = tmp_path / "sessions.json"
    rooms = ["Showroom"] * 3 + ["Showrom", "Hall A", "Hall B", "Hall A", "Hall A"]
    sessions = [
        {"id": f"s{n}", "title": f"Talk {n}", "start": f"2025-10-02T{9 + n:02d}:00:00+02:00",
         "end": f"2025-10-02T{9 + n:02d}:45:00+02:00", "room": room}
        for n, room in enumerate(rooms)
    ]  # fmt: skip
    path.write_text(json.dumps({"sessions": sessions}))
    loaded = load_programme(path)
    assert sorted(rooms_of(loaded.programme).values()) == ["Hall A", "Hall B", "Showroom"]
    assert loaded.programme.rooms[by_id(loaded.programme, "s3").room_id or ""].aliases == ("Showrom",)
    assert any("'showrom' for 'showroom'" in warning for warning in loaded.warnings)


def test_speaker_ids_into_the_files_list_and_a_sessions_location_name(tmp_path: Path) -> None:
    """Philly ETE 2016's app data: "speaker_ids" of the file's "speakers" (first and last names),
    the room in "session_location_name" (its "track" is a theme, no room)."""
    path = tmp_path / "data.json"
    path.write_text(
        json.dumps(
            {
                "sessions": [
                    {"id": "441", "name": "Scala's type system", "start_time": "2016-04-11T11:30:00-04:00",
                     "end_time": "2016-04-11T12:30:00-04:00", "speaker_ids": [268],
                     "session_location_name": "Salon B", "track": "Languages"}
                ],
                "speakers": [{"id": "268", "first_name": "Ann", "last_name": "Example"}],
            }
        )
    )  # fmt: skip
    programme = load_programme(path).programme
    assert rooms_of(programme) == {"salon-b": "Salon B"}
    assert people_of(programme) == {"ann-example": "Ann Example"}


def test_speakers_kept_apart_under_each_sessions_id(tmp_path: Path) -> None:
    """The FISL 15 companion app's data: "presenters" maps each session's id to its speakers; the
    room is the id of the file's "rooms"."""
    path = tmp_path / "schedule.json"
    path.write_text(
        json.dumps(
            {
                "sessions": {
                    "9": {"id": "9", "title": "Call Centers Livres", "start": "2014-05-10T11:00:00-03:00",
                          "duration": 60, "roomID": "5"},
                    "10": {"id": "10", "title": "Nobody's talk", "start": "2014-05-10T12:00:00-03:00",
                           "duration": 60, "roomID": "5"},
                },
                "rooms": {"5": {"id": "5", "name": "41E"}},
                "presenters": {"9": [{"id": "16", "name": "Helius Ferreira", "main": True}]},
            }
        )
    )  # fmt: skip
    programme = load_programme(path).programme
    assert people_of(programme) == {"helius-ferreira": "Helius Ferreira"}
    assert by_id(programme, "10").person_ids == ()
    assert rooms_of(programme) == {"41e": "41E"}


def test_a_field_of_room_codes_is_the_room_and_drupal_s_field_names_are_read(tmp_path: Path) -> None:
    """LinuxFest Northwest 2017's Drupal export: the room is in "name" (codes such as "CC-114"),
    not in "Track" (a theme); the speakers are in "field_speakers"."""
    nodes = [
        {"node": {"nid": str(n), "title": f"Talk {n}", "name": room, "day": "Sat, 6 May 2017",
                  "time": f"{9 + n}:30 AM to {10 + n}:30 AM", "field_speakers": "Ann Example",
                  "Track": "Security"}}
        for n, room in enumerate(("CC-114", "HC-108", "CC-114"))
    ]  # fmt: skip
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps({"nodes": nodes}))
    programme = load_programme(path, tz="America/Los_Angeles").programme
    assert sorted(rooms_of(programme).values()) == ["CC-114", "HC-108"]
    assert people_of(programme) == {"ann-example": "Ann Example"}
    assert {session.track for session in programme.sessions} == {"Security"}


def test_the_devoxx_cfp_schedule_from_and_to_times_and_notes(tmp_path: Path) -> None:
    """Devoxx France 2012's cached CFP schedule: "fromTime"/"toTime" with a tenth of a second, a
    registration given by its "note" alone."""
    path = tmp_path / "cache-schedule.json"
    path.write_text(
        json.dumps(
            [
                {"id": 731, "fromTime": "2012-04-18 08:00:00.0", "toTime": "2012-04-18 09:30:00.0",
                 "note": "Registration", "kind": "Registration", "room": "Hall d'exposition"},
                {"id": 565, "title": "De Runnable à parallel()", "fromTime": "2012-04-18 09:30:00.0",
                 "toTime": "2012-04-18 12:30:00.0", "speakers": [{"speaker": "José Paumard"}],
                 "room": "La Seine A"},
            ]
        )
    )  # fmt: skip
    programme = load_programme(path, tz="Europe/Paris").programme
    assert by_id(programme, "731").title.all() == ("Registration",)
    talk = by_id(programme, "565")
    assert (talk.start.isoformat(), talk.end.isoformat()) == (
        "2012-04-18T09:30:00+02:00",
        "2012-04-18T12:30:00+02:00",
    )
    assert people_of(programme) == {"jose-paumard": "José Paumard"}


def test_slashed_dates_with_am_pm_in_an_xml_file(tmp_path: Path) -> None:
    """SQLSaturday's GuidebookXML: `<startTime>5/18/2019 9:15:00 AM</startTime>`, the room in
    `<location><name>`."""
    path = tmp_path / "SQLSat0845.xml"
    path.write_text(
        "<GuidebookXML><guide><name>SQLSaturday #845</name></guide><events>"
        "<event><importID>87743</importID><speakers><speaker><id>87743</id><name>Chris Hyde</name>"
        "</speaker></speakers><track>Analytics</track><location><name>The Bobs-112</name></location>"
        "<title>Python in SQL Server 2017</title><description>Python.</description>"
        "<startTime>5/18/2019 9:15:00 AM</startTime><endTime>5/18/2019 1:15:00 PM</endTime></event>"
        "</events></GuidebookXML>"
    )
    programme = load_programme(path, tz="America/New_York").programme
    (talk,) = programme.sessions
    assert (talk.start.isoformat(), talk.end.isoformat()) == (
        "2019-05-18T09:15:00-04:00",
        "2019-05-18T13:15:00-04:00",
    )
    assert rooms_of(programme) == {"the-bobs-112": "The Bobs-112"}
    assert people_of(programme) == {"chris-hyde": "Chris Hyde"}


def _people_named(tmp_path: Path, fields: tuple[str, ...]) -> list[str]:
    """The people a file of one talk per speakers' field names, sorted."""
    path = tmp_path / "sessions.json"
    talks = [
        {"title": f"Talk {n}", "start": f"2017-05-06T{9 + n:02d}:00:00-07:00",
         "end": f"2017-05-06T{9 + n:02d}:45:00-07:00", "speakers": speakers, "room": "CC-114"}
        for n, speakers in enumerate(fields)
    ]  # fmt: skip
    path.write_text(json.dumps({"sessions": talks}))
    return sorted(people_of(load_programme(path).programme).values())


def test_user_names_listed_with_a_comma_are_each_a_person(tmp_path: Path) -> None:
    """ "bear454, BryanLunduke" is two people (LinuxFest Northwest 2017's), "Gil, Ana" one, and
    "Bobdude0 and friends" one entry."""
    assert _people_named(tmp_path, ("bear454, BryanLunduke", "Gil, Ana", "Bobdude0 and friends")) == [
        "Bobdude0 and friends", "BryanLunduke", "Gil, Ana", "bear454",
    ]  # fmt: skip


def test_panellists_between_slashes_or_in_chinese_script_are_each_a_person(tmp_path: Path) -> None:
    """PyCon China 2021's panels: "李枫 / 吕绍刚 / 张晋涛", "胡渊鸣&张爱玲" (names with no space, in a
    script whose two signs are a name); Octocon's "Dixon Reuel / Eve Power"."""
    fields = ("李枫 / 吕绍刚 / 张晋涛", "胡渊鸣&张爱玲", "Dixon Reuel / Eve Power")
    assert _people_named(tmp_path, fields) == [
        "Dixon Reuel", "Eve Power", "吕绍刚", "张晋涛", "张爱玲", "李枫", "胡渊鸣",
    ]  # fmt: skip


def test_an_hour_of_one_digit_and_speakers_by_name_beside_their_ids(tmp_path: Path) -> None:
    """MBLGTACC 2020's app data writes "2020-02-15 8:00" (half its sessions were left out);
    Microsoft's session catalogue names its speakers in "speakerNames" beside "speakerIds"."""
    path = tmp_path / "schedule.json"
    path.write_text(
        json.dumps(
            [
                {"id": 5, "title": "Registration", "location": "Bernhard Center", "start": "2020-02-15 8:00",
                 "end": "2020-02-15 9:30"},
                {"sessionCode": "WRK20002", "title": "Teams admin", "location": "Dubai B",
                 "start": "2020-02-15 10:00", "end": "2020-02-15 11:00", "speakerIds": ["697422"],
                 "speakerNames": ["Preethy Krishnamurthy"]},
            ]
        )
    )  # fmt: skip
    programme = load_programme(path, tz="America/Detroit").programme
    assert by_id(programme, "5").start.isoformat() == "2020-02-15T08:00:00-05:00"
    assert by_id(programme, "wrk20002").title.all() == ("Teams admin",)  # its "sessionCode"
    assert people_of(programme) == {"preethy-krishnamurthy": "Preethy Krishnamurthy"}


def test_a_festival_s_host_is_who_holds_the_session(tmp_path: Path) -> None:
    """WueWW 2022's open data names no speakers, only the organisation holding each session."""
    path = tmp_path / "sessions.json"
    path.write_text(
        json.dumps(
            {"sessions": [{"id": 660, "title": "Tag der offenen Tür", "start": "2022-10-20T14:30:00+02:00",
                           "end": "2022-10-20T18:00:00+02:00",
                           "host": {"id": 4726, "name": "Gründerland Bayern"},
                           "location": {"name": "Skyline Hill Center"}}]}
        )
    )  # fmt: skip
    assert list(people_of(load_programme(path).programme).values()) == ["Gründerland Bayern"]


def test_the_sessions_a_session_points_to_are_not_its_parts(tmp_path: Path) -> None:
    """Microsoft's session catalogue lists a module's "siblingModules", sessions of their own: their
    speakers and titles are not the module's."""
    sibling = {"sessionId": 86474, "title": "Moving your database to Azure",
               "startDateTime": "2020-02-11T08:15:00+00:00", "endDateTime": "2020-02-11T09:00:00+00:00",
               "speakerNames": ["Mahmoud Elserafi"]}  # fmt: skip
    module = {"sessionId": 86473, "title": "Migrating web applications to Azure", "location": "Hall E",
              "startDateTime": "2020-02-11T07:00:00+00:00", "endDateTime": "2020-02-11T07:45:00+00:00",
              "speakerNames": ["Dina Helmy"], "siblingModules": [sibling]}  # fmt: skip
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps([module, {**sibling, "location": "Hall E"}]))
    programme = load_programme(path).programme
    migrating = next(
        s for s in programme.sessions if s.title.all() == ("Migrating web applications to Azure",)
    )
    assert [programme.people[i].name for i in migrating.person_ids] == ["Dina Helmy"]
    assert "database" not in " ".join(migrating.description.all())


def test_entries_beside_the_sessions_that_are_not_read_are_said(tmp_path: Path) -> None:
    """FEBS Retina in a Dish 2026's rows: "17:40 -->" has no end we read; it is left out, and the
    check says so rather than dropping it silently."""
    rows = [
        {"date": "2026-06-08", "time": "9:00-9:15", "topic": "Welcoming words", "speakers": "Henri Leinonen"},
        {"date": "2026-06-08", "time": "17:40 -->", "topic": "Manuscript preparation"},
        {"date": "2026-06-08", "time": "9:15-10:00", "topic": "Intro to retina cultures"},
    ]
    path = tmp_path / "program.json"
    path.write_text(json.dumps(rows))
    loaded = load_programme(path, tz="Europe/Helsinki")
    assert len(loaded.programme.sessions) == 2
    assert any("1 entries beside the sessions were not read" in w and "[1]" in w for w in loaded.warnings)


def test_tracks_each_naming_the_room_that_holds_their_sessions(tmp_path: Path) -> None:
    """DIPS Exchange 2024's schedule.yaml: days, each with its tracks, each naming its room and
    holding its sessions; a whole programme's "location" is no room of its sessions."""
    path = tmp_path / "schedule.yaml"
    path.write_text(
        "location: Bodø\nschedule:\n  days:\n    - start: 2024-04-17:11.00\n      tracks:\n"
        "        - room: Arena\n          sessions:\n            - start: 2024-04-17:11.00\n"
        "              end: 2024-04-17:11.15\n              title: Velkommen\n"
        "        - room: Kantina\n          sessions:\n            - start: 2024-04-17:12.45\n"
        "              end: 2024-04-17:13.30\n              title: Hva er nytt\n"
        "      breaks:\n        - start: 2024-04-17:12.00\n          end: 2024-04-17:12.45\n"
        "          title: Lunsj\n"
    )
    programme = load_programme(path, tz="Europe/Oslo").programme
    rooms = rooms_of(programme)
    room_by_title = {s.title.all()[0]: rooms.get(s.room_id or "") for s in programme.sessions}
    assert room_by_title == {"Velkommen": "Arena", "Hva er nytt": "Kantina", "Lunsj": None}


def test_hours_and_minutes_apart_by_a_dot_after_the_date(tmp_path: Path) -> None:
    """DIPS Exchange 2024 writes "2024-04-17:11.15": a quarter past eleven, not 11 o'clock and
    0.15 seconds (as Python's ISO reader takes it)."""
    path = tmp_path / "schedule.yaml"
    path.write_text(
        "sessions:\n  - start: 2024-04-17:11.15\n    end: 2024-04-17:12.00\n    title: Keynote\n"
        "  - start: 2024-04-17:9.05\n    end: 2024-04-17:9.30\n    title: Velkommen\n"
    )
    programme = load_programme(path, tz="Europe/Oslo").programme
    times = {s.title.all()[0]: (s.start.isoformat(), s.end.isoformat()) for s in programme.sessions}
    assert times == {
        "Keynote": ("2024-04-17T11:15:00+02:00", "2024-04-17T12:00:00+02:00"),
        "Velkommen": ("2024-04-17T09:05:00+02:00", "2024-04-17T09:30:00+02:00"),
    }


def test_contributors_are_a_session_s_people(tmp_path: Path) -> None:
    """SIGGRAPH 2026's schedule site: {"contributors": [{"name", "url"}]} are who speaks."""
    rows = [
        {
            "id": "wosc",
            "day": "2026-07-19",
            "start": "08:00",
            "end": "10:00",
            "title": "Women of SIGGRAPH Conversations Breakfast Mixer",
            "location": "Room 409 AB",
            "contributors": [{"name": "Mikki Rose", "url": "https://example.org/694143"}],
        }
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(rows))
    programme = load_programme(path, tz="America/Los_Angeles").programme
    mixer = by_id(programme, "wosc")
    assert [programme.people[i].name for i in mixer.person_ids] == ["Mikki Rose"]


def test_rooms_each_holding_their_sessions(tmp_path: Path) -> None:
    """jekyll-theme-conference's program.yml (CMPD6 2023's): days, each with its rooms, each with
    its talks at clock times."""
    path = tmp_path / "program.yml"
    path.write_text(
        "days:\n- name: Tuesday\n  date: 2023-05-23\n  rooms:\n  - name: Schultz Theatre\n    talks:\n"
        "      - name: 'Conference opening'\n        time_start: '8:15'\n        time_end: '8:30'\n"
        "  - name: Room 118\n    talks:\n      - name: 'Tick-host systems'\n        time_start: '10:00'\n"
        "        time_end: '10:30'\n"
    )
    programme = load_programme(path, tz="America/Winnipeg").programme
    assert sorted(rooms_of(programme).values()) == ["Room 118", "Schultz Theatre"]
    ticks = next(s for s in programme.sessions if s.title.all() == ("Tick-host systems",))
    assert programme.rooms[ticks.room_id or ""].name == "Room 118"
    assert ticks.start.isoformat() == "2023-05-23T10:00:00-05:00"


def test_a_link_is_no_room(tmp_path: Path) -> None:
    """MiniConf's calendar (ISMIR 2024's) puts a page's link in "location": no room of its own."""
    path = tmp_path / "main_calendar.json"
    path.write_text(
        json.dumps(
            [
                {"title": "Paper session 1", "start": "2024-11-11T10:00:00-08:00",
                 "end": "2024-11-11T11:00:00-08:00", "location": "/papers.html?session=1"},
                {"title": "Keynote", "start": "2024-11-11T09:00:00-08:00", "end": "2024-11-11T10:00:00-08:00",
                 "location": "Grand Ballroom"},
            ]
        )
    )  # fmt: skip
    assert list(rooms_of(load_programme(path).programme).values()) == ["Grand Ballroom"]


def test_a_session_dated_far_from_the_others_is_said(tmp_path: Path) -> None:
    """The European Forum Alpbach 2016's data dates a day "0216-08-30": loaded as written, and the
    check asks whether its date is a slip."""
    days = [*("2016-08-28", "2016-08-29", "2016-08-30", "2016-08-31") * 3, "0216-08-30"]
    rows = [
        {
            "id": str(n),
            "title": f"Session {n}",
            "start": f"{day}T{9 + n}:00:00+02:00",
            "end": f"{day}T{9 + n}:45:00+02:00",
        }
        for n, day in enumerate(days)
    ]
    path = tmp_path / "program.json"
    path.write_text(json.dumps(rows))
    loaded = load_programme(path)
    assert len(loaded.programme.sessions) == 13
    assert any(
        "dated 0216-08-30, far from the others (2016-08-28 to 2016-08-31)" in w for w in loaded.warnings
    )


def test_a_conference_opening_before_four_in_the_morning_has_no_day_before(tmp_path: Path) -> None:
    """ISMIR 2024's calendar opens its online registration at 01:38: that is the first day's, not
    the night of a day before the conference (the check listed 2024-11-09)."""
    path = tmp_path / "main_calendar.json"
    path.write_text(
        json.dumps(
            [
                {"title": "Registration", "start": "2024-11-10T01:38:00-08:00",
                 "end": "2024-11-10T09:00:00-08:00"},
                {"title": "Tutorials", "start": "2024-11-10T09:00:00-08:00",
                 "end": "2024-11-10T12:00:00-08:00"},
                {"title": "Keynote", "start": "2024-11-11T13:00:00-08:00",
                 "end": "2024-11-11T14:00:00-08:00"},
            ]
        )
    )  # fmt: skip
    programme = load_programme(path, tz="America/Los_Angeles").programme
    assert [day.isoformat() for day in programme.conference.days] == ["2024-11-10", "2024-11-11"]


def test_the_role_written_before_chairs_names_is_no_name(tmp_path: Path) -> None:
    # The IACR program editor's program.json (CRYPTO 2016, EUROCRYPT 2020): each session's
    # "moderator" is "Chair: …", "Chairs: … and …", "Moderators: …, …, and …" or "… General Chair, …".
    moderators = {
        "s1": "Chair: Bart Preneel",
        "s2": "Chairs: Kenny Paterson and Martijn Stam",
        "s3": "Moderators: Luca De Feo, Marc Joye, and Cécile Pierrot",
        "s4": "Crypto 2016 General Chair, Brian LaMacchia",
    }
    timeslots = [
        {
            "starttime": f"{9 + n}:00",
            "endtime": f"{9 + n}:50",
            "sessions": [
                {
                    "id": key,
                    "session_title": f"Session {key}",
                    "moderator": moderator,
                    "location": {"name": "Corwin Pavilion"},
                    "talks": [{"title": f"Paper of {key}", "authors": [{"name": "Viet Tung Hoang"}]}],
                }
            ],
        }
        for n, (key, moderator) in enumerate(moderators.items())
    ]
    path = tmp_path / "program.json"
    path.write_text(json.dumps({"name": "C", "days": [{"date": "2016-08-15", "timeslots": timeslots}]}))
    programme = load_programme(path, tz="America/Los_Angeles").programme
    chairs = {
        s.id: [programme.people[r.person_id].name for r in s.roles if r.role == "moderator"]
        for s in programme.sessions
    }
    assert chairs == {
        "s1": ["Bart Preneel"],
        "s2": ["Kenny Paterson", "Martijn Stam"],
        "s3": ["Luca De Feo", "Marc Joye", "Cécile Pierrot"],
        "s4": ["Brian LaMacchia"],
    }


def test_sessions_timed_by_their_schedule_without_ids_and_their_papers_authors(tmp_path: Path) -> None:
    # IGARSS 2025's program (a helper app's JSON of the official one): days holding sessions, each
    # with its "schedule" ({"date": "Monday, 4 August", "start", "end"}), its room as "loc", its
    # papers' authors as "aut", its chairs as "chairs_presenters"; no ids, many at one time.
    def session(title: str, room: str, author: str) -> dict[str, object]:
        return {
            "title": title,
            "schedule": {"date": "Monday, 4 August", "start": "15:45", "end": "17:00"},
            "loc": room,
            "type": "Oral",
            "chairs_presenters": [{"name": "Kamal Sarabandi", "aff": [{"ins": "University of Michigan"}]}],
            "papers": [{"title": f"A paper of {title}", "aut": [{"name": author, "aff": [{"ins": "DLR"}]}]}],
        }

    program = {
        "conference_name": "IGARSS 2025",
        "days": [
            {
                "date": "2025-08-04",
                "day_of_week": "Monday",
                "sessions": [
                    session("PolSAR Methods I", "Plaza: Room P1", "Motofumi Arii"),
                    session("3D Mapping II", "Plaza: Room P7", "Mingliang Feng"),
                ],
            }
        ],
    }
    path = tmp_path / "program.json"
    path.write_text(json.dumps(program), encoding="utf-8")
    programme = load_programme(path, tz="Australia/Brisbane").programme
    read = sorted(
        (
            s.title.all()[0],
            s.start.isoformat(),
            programme.rooms[s.room_id].name if s.room_id else None,
            sorted((programme.people[r.person_id].name, r.role) for r in s.roles),
        )
        for s in programme.sessions
    )
    assert read == [
        (
            "3D Mapping II",
            "2025-08-04T15:45:00+10:00",
            "Plaza: Room P7",
            [("Kamal Sarabandi", "moderator"), ("Mingliang Feng", "speaker")],
        ),
        (
            "PolSAR Methods I",
            "2025-08-04T15:45:00+10:00",
            "Plaza: Room P1",
            [("Kamal Sarabandi", "moderator"), ("Motofumi Arii", "speaker")],
        ),
    ]


def test_days_keyed_by_their_date_in_words_and_a_talk_held_as_a_record(tmp_path: Path) -> None:
    # IEEE SaTML 2026's data/program.json: days under "Monday, March 23, 2026", times as
    # "08:40–09:00", a keynote's talk as a record ({"title", "speaker": "Name (where they work)"}).
    program = {
        "Monday, March 23, 2026": [
            {"time": "08:40–09:00", "title": "Opening Remarks"},
            {
                "time": "09:00–09:40",
                "title": "Keynote 1",
                "session_chair": "Carmela Troncoso",
                "keynote": {
                    "title": "Differential Privacy for Evolving Datasets",
                    "speaker": "Monika Henzinger (Institute of Science and Technology Austria)",
                },
            },
        ],
        "Tuesday, March 24, 2026": [{"time": "09:00–09:40", "title": "Keynote 2"}],
    }
    path = tmp_path / "program.json"
    path.write_text(json.dumps(program), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Berlin").programme
    assert [(s.title.all()[0], s.start.isoformat()) for s in programme.sessions] == [
        ("Opening Remarks", "2026-03-23T08:40:00+01:00"),
        ("Keynote 1", "2026-03-23T09:00:00+01:00"),
        ("Keynote 2", "2026-03-24T09:00:00+01:00"),
    ]
    keynote = programme.sessions[1]
    # Where she works, in brackets, is kept as that, not as her name (half the file's people are so).
    assert [
        (programme.people[r.person_id].name, programme.people[r.person_id].affiliation, r.role)
        for r in keynote.roles
    ] == [
        ("Monika Henzinger", "Institute of Science and Technology Austria", "speaker"),
        ("Carmela Troncoso", "", "moderator"),
    ]
    assert "Differential Privacy" in keynote.description.all()[0]


def test_a_list_laid_out_as_a_printed_programme_days_sessions_and_their_papers(tmp_path: Path) -> None:
    # SIGCOMM 2017's program.yml: a row saying the day, then timed rows, each followed by its
    # papers (no time, a title, authors), a text row about the last, and HTML after a name.
    yaml_text = """
- {type: day, time: "Tuesday, August 22, 2017", title: ""}
- {type: session, time: "11:15am - 12:30pm", room: Centennial Hall, title: "Technical Session 1",
   authors: "George Papen (University of California San Diego)"}
- {type: paper, time: "", title: "dRMT: Disaggregated Programmable Switching",
   authors: "Sharad Chole, Andy Fingerhut"}
- {type: description, time: "", title: "", authors: "Lunch will be served on the terrace"}
- {type: day, time: "Wednesday, August 23, 2017", title: ""}
- {type: keynote, time: "8:30am - 9:30am", room: Centennial Hall, title: "Athena Lecture",
   authors: "Jennifer Rexford<br/> <p>2016 ACM Athena Lecturer Award Winner</p>"}
"""
    path = tmp_path / "program.yml"
    path.write_text(yaml_text, encoding="utf-8")
    programme = load_programme(path, tz="America/Los_Angeles").programme
    read = [
        (s.title.all()[0], s.start.isoformat(), [programme.people[p].name for p in s.person_ids])
        for s in programme.sessions
    ]
    assert read == [
        (
            "Technical Session 1",
            "2017-08-22T11:15:00-07:00",
            ["George Papen (University of California San Diego)", "Sharad Chole", "Andy Fingerhut"],
        ),
        ("Athena Lecture", "2017-08-23T08:30:00-07:00", ["Jennifer Rexford"]),
    ]
    assert "Disaggregated Programmable Switching" in programme.sessions[0].description.all()[0]


def test_a_session_s_talks_given_by_their_titles_alone_are_what_it_is_about(tmp_path: Path) -> None:
    # The APS Global Physics Summit 2026 planner's sessions: "talkTitles": ["…", "…"].
    sessions = [
        {
            "sessionCode": "MAR-B07",
            "title": "Scalable Many-Qubit Benchmarking",
            "startTime": "2026-03-16T08:00:00-06:00",
            "endTime": "2026-03-16T11:00:00-06:00",
            "room": "Room 403",
            "talkTitles": ["Benchmarking a 98-qubit trapped-ion quantum computer", "Gate-set shadows"],
        }
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    (session,) = load_programme(path).programme.sessions
    assert "trapped-ion quantum computer" in session.description.all()[0]
    assert "Gate-set shadows" in session.description.all()[0]


def test_a_room_labelled_in_english(tmp_path: Path) -> None:
    # AltConf 2014's sessions: {"location": {"id": …, "label_en": "Creativity Museum"}}.
    data = [
        {
            "id": "alt-session-1",
            "title": "Keynote Breakfast",
            "begin": "2014-06-02T09:30:00-07:00",
            "end": "2014-06-02T10:00:00-07:00",
            "location": {"id": "alt-location-mainstage", "label_en": "Creativity Museum"},
        }
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path).programme
    assert [room.name for room in programme.rooms.values()] == ["Creativity Museum"]


def test_an_afternoon_written_on_a_12_hour_clock_without_pm(tmp_path: Path) -> None:
    # The GC Digital Research Bootcamp's schedule: "11:30 - 12:45", "12:45 - 2:00", "2:00 - 3:15",
    # no hour after 12 and no "pm" anywhere: the afternoon's. A night programme that writes
    # "23:00 - 1:00" keeps its 1:00.
    def schedule(times: list[str]) -> Path:
        slots = [{"time": time, "title": f"Session {i}", "room": "sc"} for i, time in enumerate(times)]
        path = tmp_path / "schedule.json"
        path.write_text(json.dumps([{"date": "2016-01-18", "timeslots": slots}]), encoding="utf-8")
        return path

    day = ["9:30 - 10:00", "10:00 - 11:15", "11:30 - 12:45", "12:45 - 2:00", "2:00 - 3:15", "4:45 - 6:00"]
    sessions = load_programme(schedule(day), tz="America/New_York").programme.sessions
    assert [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in sessions] == [
        ("09:30", "10:00"),
        ("10:00", "11:15"),
        ("11:30", "12:45"),
        ("12:45", "14:00"),
        ("14:00", "15:15"),
        ("16:45", "18:00"),
    ]
    night = ["20:00 - 21:00", "21:00 - 22:00", "22:00 - 23:00", "23:00 - 23:30", "0:30 - 1:00"]
    sessions = load_programme(schedule(night), tz="America/New_York").programme.sessions
    assert "00:30" in [s.start.strftime("%H:%M") for s in sessions]


PARALLEL_SESSIONS_IN_A_SLOT = """\
- day:
    en: June 11, 2025
    it: 11 Giugno 2025
  sessions:
  - time: 10:00 - 10:40
    type:
      en: Coffee break
      it: Coffee break
    room: Santa Marta
  - time: 10:40 - 12:30
    type:
      en: Oral Presentations
      it: Presentazioni orali
    psessions:
    - title: 1.A
      chair: Emmanuela Carbé
      room: Aula Magna
      papers:
      - title: Metodologie computazionali per archivi nati digitalmente
        authors: Mariangela Giglio
        time: '10:40'
    - title: 1.B
      chair: Federico Boschetti
      room: Aula SPA
      papers:
      - title: Accessibilità e inclusione per la documentazione del restauro
        authors: Stefania De Blasi, Edi Guerzoni
        time: '10:40'
"""


def test_a_slot_of_sessions_in_rooms_of_their_own_and_entries_titled_by_their_type(tmp_path: Path) -> None:
    # AIUCD 2025's program.yaml: a slot "Oral Presentations" holds sessions 1.A and 1.B, each in
    # its room with its papers; a coffee break has no title but its type, written for readers.
    path = tmp_path / "program.yaml"
    path.write_text(PARALLEL_SESSIONS_IN_A_SLOT, encoding="utf-8")
    programme = load_programme(path, tz="Europe/Rome").programme
    read = [
        (s.title.all()[0], s.start.strftime("%H:%M"), s.end.strftime("%H:%M"), s.room_id, s.kind)
        for s in programme.sessions
    ]
    assert read == [
        ("Coffee break", "10:00", "10:40", "santa-marta", SessionKind.BREAK),
        ("1.A", "10:40", "12:30", "aula-magna", SessionKind.TALK),
        ("1.B", "10:40", "12:30", "aula-spa", SessionKind.TALK),
    ]
    b = programme.sessions[2]
    assert sorted(programme.people[p].name for p in b.person_ids) == [
        "Edi Guerzoni", "Federico Boschetti", "Stefania De Blasi",
    ]  # fmt: skip
    assert "documentazione del restauro" in b.description.all()[0]


SESSIONS_BY_THEIR_START = """\
program:
  - title: Networking & Coffee
    description: Join us in the lounge.
    time: 2021-06-08T08:00
  - title: Welcome Remarks
    mc:
      - Eddie Pickle
    time: 2021-06-08T09:00
  - title: Lightning Talks 1
    time: 2021-06-08T09:10
  - title: Keynote Speaker
    participants:
      - Chelle Gentemann, Senior Scientist, Farallon Institute
    time: 2021-06-08T09:30
"""


def test_a_session_given_by_title_and_start_alone_beside_others_given_so_is_read(tmp_path: Path) -> None:
    # FedGeoDay 2021's program.yml: most entries give a start and speakers or a text; "Lightning
    # Talks 1" gives its title and start alone, and is a session all the same; "mc" hosts.
    path = tmp_path / "program.yml"
    path.write_text(SESSIONS_BY_THEIR_START, encoding="utf-8")
    programme = load_programme(path, tz="America/New_York").programme
    read = [
        (s.title.all()[0], s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in programme.sessions
    ]
    assert read == [
        ("Networking & Coffee", "08:00", "09:00"),
        ("Welcome Remarks", "09:00", "09:10"),
        ("Lightning Talks 1", "09:10", "09:30"),
        ("Keynote Speaker", "09:30", "10:30"),
    ]
    welcome = programme.sessions[1]
    assert [programme.people[p].name for p in welcome.person_ids] == ["Eddie Pickle"]


def test_a_summary_beside_a_title_is_the_description(tmp_path: Path) -> None:
    """MiXiT 2023's talks: "title", then "summary" (what the talk is about, RGPD named there) and
    an empty "description"; an entry with a summary and no title is titled by it."""
    talks = [
        {"title": "Comment être condamné par la CNIL", "summary": "Un guide RGPD pour les développeurs.",
         "description": "", "room": "AMPHI2", "start": "2023-04-14T10:40:00", "end": "2023-04-14T11:30:00"},
        {"summary": "Pause", "room": "AMPHI2", "start": "2023-04-14T11:30:00", "end": "2023-04-14T11:40:00"},
    ]  # fmt: skip
    path = tmp_path / "talks_2023.json"
    path.write_text(json.dumps(talks), encoding="utf-8")
    sessions = load_programme(path, tz="Europe/Paris").programme.sessions
    assert [(s.title.all(), s.description.all()) for s in sessions] == [
        (("Comment être condamné par la CNIL",), ("Un guide RGPD pour les développeurs.",)),
        (("Pause",), ()),
    ]


def test_a_range_writing_am_or_pm_once_and_facilitators_as_people(tmp_path: Path) -> None:
    """SRCCON 2016's sessions.json: "time": "12-1pm", "1:30-2:15pm", "11-1pm" (the meridiem written
    once at the end is the start's too, unless it puts the start after the end), "facilitators"
    the session's people, days named "Thursday" dated from the first day."""
    rows = [
        {"day": "Thursday", "time": "12-1pm", "room": "Commons", "title": "Lunch", "facilitators": ""},
        {"day": "Thursday", "time": "1:30-2:15pm", "room": "Classroom 305", "title": "Ethics of public data",
         "facilitators": "Ryan Murphy, Sisi Wei"},
        {"day": "Friday", "time": "11-1pm", "room": "Commons", "title": "Job fair", "facilitators": ""},
    ]  # fmt: skip
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    programme = load_programme(path, tz="America/Los_Angeles", first_day=date(2016, 7, 28)).programme
    read = [
        (
            s.title.all()[0],
            s.start.isoformat(),
            s.end.isoformat(),
            [programme.people[p].name for p in s.person_ids],
        )
        for s in programme.sessions
    ]
    assert read == [
        ("Lunch", "2016-07-28T12:00:00-07:00", "2016-07-28T13:00:00-07:00", []),
        (
            "Ethics of public data",
            "2016-07-28T13:30:00-07:00",
            "2016-07-28T14:15:00-07:00",
            ["Ryan Murphy", "Sisi Wei"],
        ),
        ("Job fair", "2016-07-29T11:00:00-07:00", "2016-07-29T13:00:00-07:00", []),
    ]


def test_a_session_whose_room_is_written_empty_is_in_no_room_not_the_event_s(tmp_path: Path) -> None:
    """ESSC 2026's site JSON of its Indico timetable: the event gives its own room around days of
    rows of items; a walking tour written with "room": "" is in no room, not in the event's; an
    item that names its room is in it."""
    item = {"id": "s1", "title": "Nuclear deterrence", "startTime": "14:35", "endTime": "15:50"}
    data = {
        "event": {
            "id": "22",
            "title": "Security Studies Conference",
            "start": "2026-06-11T08:00:00",
            "end": "2026-06-12T20:00:00",
            "room": "Lecture Hall 8",
            # What is streamed, listed again with its dates: the event holds sessions.
            "livestreamed": [{**item, "startDate": "2026-06-11", "room": "Lecture Hall 9"}],
            "programme": {
                "days": [
                    {
                        "date": "2026-06-11",
                        "rows": [
                            {"items": [{**item, "room": "Lecture Hall 9"}]},
                            {"items": [{"id": "b2", "title": "Walking tour", "startTime": "17:30",
                                        "endTime": "18:30", "room": ""}]},
                        ],
                    }
                ]
            },
        }
    }  # fmt: skip
    path = tmp_path / "indico.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Stockholm").programme
    rooms = {session.title.all()[0]: session.room_id for session in programme.sessions}
    assert rooms["Walking tour"] is None
    assert rooms["Nuclear deterrence"] is not None
    assert programme.rooms[rooms["Nuclear deterrence"]].name == "Lecture Hall 9"


def test_a_swapcard_planning_export_with_begins_at_and_ends_at(tmp_path: Path) -> None:
    """Web à Québec 2021's Swapcard plannings: "beginsAt", "endsAt" (local times), "place" null,
    speakers with their names."""
    plannings = [
        {"id": "UGxhbm5pbmdfNTIyNDI0", "beginsAt": "2021-06-15 08:55:00", "endsAt": "2021-06-15 09:45:00",
         "title": "Computer designed organisms", "description": "Des robots vivants.", "place": None,
         "speakers": [{"firstName": "Josh", "lastName": "Bongard"}]},
    ]  # fmt: skip
    path = tmp_path / "program-2021.json"
    path.write_text(json.dumps(plannings), encoding="utf-8")
    programme = load_programme(path, tz="America/Toronto").programme
    (session,) = programme.sessions
    assert session.start.isoformat() == "2021-06-15T08:55:00-04:00"
    assert session.end.isoformat() == "2021-06-15T09:45:00-04:00"
    assert session.room_id is None
    assert [programme.people[p].name for p in session.person_ids] == ["Josh Bongard"]


def test_a_spanish_or_a_french_site_s_own_field_names(tmp_path: Path) -> None:
    """A community's site written in its language: {"titulo", "dia", "horario": "09:30 - 10:30",
    "sala", "ponentes", "duración"} and {"titre", "jour", "début", "fin", "salle", "intervenants"},
    with a speaker as {"nombre", "apellidos"} or {"prénom", "nom"}."""
    spanish = tmp_path / "programa.json"
    spanish.write_text(
        json.dumps(
            {
                "evento": "Jornadas",
                "sesiones": [
                    {"titulo": "Apertura", "dia": "2025-10-02", "horario": "09:00 - 09:30",
                     "sala": "Aula Magna", "ponentes": [{"nombre": "Ana", "apellidos": "García López"}],
                     "descripción": "Bienvenida."},
                    {"titulo": "Taller de Python", "fecha": "2025-10-03", "hora": "10:00", "duración": 120,
                     "lugar": "Laboratorio 1", "ponente": "Elena Torres", "tipo": "taller"},
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(spanish, tz="Europe/Madrid").programme
    opening, workshop = sorted(programme.sessions, key=lambda session: session.start)
    assert (opening.start.isoformat(), opening.end.isoformat()) == (
        "2025-10-02T09:00:00+02:00",
        "2025-10-02T09:30:00+02:00",
    )
    assert programme.rooms[opening.room_id or ""].name == "Aula Magna"
    assert _speakers(programme, opening) == ["Ana García López"]
    assert opening.description.all() == ("Bienvenida.",)
    assert workshop.end.isoformat() == "2025-10-03T12:00:00+02:00"
    assert programme.rooms[workshop.room_id or ""].name == "Laboratorio 1"
    assert _speakers(programme, workshop) == ["Elena Torres"]
    assert workshop.kind is SessionKind.WORKSHOP

    french = tmp_path / "programme.json"
    french.write_text(
        json.dumps(
            [{"titre": "Vie privée", "jour": "2025-10-03", "début": "10:00", "fin": "11:00",
              "salle": "Amphi A", "intervenants": [{"prénom": "Claire", "nom": "Dubois"}],
              "résumé": "Outils."}]
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(french, tz="Europe/Paris").programme
    (talk,) = programme.sessions
    assert talk.start.isoformat() == "2025-10-03T10:00:00+02:00"
    assert talk.end.isoformat() == "2025-10-03T11:00:00+02:00"
    assert programme.rooms[talk.room_id or ""].name == "Amphi A"
    assert _speakers(programme, talk) == ["Claire Dubois"]
    assert talk.description.all() == ("Outils.",)


def _speakers(programme: Programme, session: Session) -> list[str]:
    return [programme.people[person_id].name for person_id in session.person_ids]


def test_days_of_spaces_each_holding_its_sessions_and_the_event_s_name(tmp_path: Path) -> None:
    # Goatmire 2026's site (protolux-electronics/avm_badge, assets/schedule.json at 30846e6), cut
    # to two spaces of one day: each space is a room, its sessions at the day's clock times.
    path = tmp_path / "schedule.json"
    path.write_text(
        json.dumps(
            {
                "event": "Goatmire Elixir & NervesConf EU 2026",
                "days": [
                    {"date": "2026-09-28", "label": "Workshops", "spaces": [
                        {"name": "Techarenan", "sessions": [{"title": "Multimedia with Membrane 101",
                         "start_time": "08:00", "end_time": "12:00", "speakers": [{"name": "Kuba Pryc"}]}]},
                        {"name": "Forsa", "sessions": [{"title": "Docker 101", "start_time": "13:00",
                         "end_time": "17:00", "speakers": [{"name": "Ann Lee"}]}]},
                    ]},
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="Europe/Stockholm").programme
    assert programme.conference.name.get("en") == "Goatmire Elixir & NervesConf EU 2026"
    rooms = {s.title.get("en"): programme.rooms[s.room_id or ""].name for s in programme.sessions}
    assert rooms == {"Multimedia with Membrane 101": "Techarenan", "Docker 101": "Forsa"}
    docker = next(session for session in programme.sessions if session.title.get("en") == "Docker 101")
    assert docker.start.isoformat() == "2026-09-28T13:00:00+02:00"


def _grouped(tmp_path: Path, groups: dict[str, list[tuple[str, str, str]]]) -> Programme:
    """A day's sessions grouped under entries of a list no reader knows by name ("areas")."""
    path = tmp_path / "schedule.json"
    areas = [
        {
            "name": name,
            "sessions": [
                {"title": title, "start_time": start, "end_time": end} for title, start, end in held
            ],
        }
        for name, held in groups.items()
    ]
    path.write_text(json.dumps({"days": [{"date": "2026-09-28", "areas": areas}]}), encoding="utf-8")
    return load_programme(path, tz="Europe/Stockholm").programme


def test_named_entries_holding_sessions_side_by_side_one_at_a_time_are_rooms(tmp_path: Path) -> None:
    """Entries each holding one session at a time while they run side by side are rooms, whatever
    their list is called; entries of kinds of sessions ("Talks" holds two at once) are not."""
    programme = _grouped(
        tmp_path,
        {
            "Techarenan": [("Membrane 101", "08:00", "12:00"), ("Ash Demystified", "13:00", "17:00")],
            "Forsa": [("Hardware hacking", "08:00", "12:00"), ("Docker 101", "13:00", "17:00")],
        },
    )
    rooms = {s.title.get("en"): programme.rooms[s.room_id].name for s in programme.sessions if s.room_id}
    assert rooms == {
        "Membrane 101": "Techarenan",
        "Ash Demystified": "Techarenan",
        "Hardware hacking": "Forsa",
        "Docker 101": "Forsa",
    }
    kinds = _grouped(
        tmp_path,
        {
            "Talks": [("Elixir", "09:00", "10:00"), ("Nerves", "09:00", "10:00")],
            "Workshops": [("Docker 101", "13:00", "17:00")],
        },
    )
    assert not kinds.rooms and all(session.room_id is None for session in kinds.sessions)
    track = _grouped(
        tmp_path, {"Morning": [("Elixir", "09:00", "10:00")], "Afternoon": [("Nerves", "14:00", "15:00")]}
    )
    assert all(session.room_id is None for session in track.sessions)


def test_abstracts_under_info_or_a_field_no_reader_knows(tmp_path: Path) -> None:
    """WeAreDevelopers 2022's agenda keeps its abstracts under "info"; another file under "notes",
    a word no reader knows: the field of long texts each session has is its description; not a
    site's search blob that repeats the title, nor the name of the session a paper is in."""
    abstract = "<p>Dart is the language behind Flutter, and it is gaining popularity in the web world.</p>"
    for key in ("info", "notes"):
        path = tmp_path / f"{key}.json"
        rows = [
            {"name": "Dart is back", "time": "9:30 - 10:15", "day": "2022-06-14", key: abstract},
            {
                "name": "Rust at scale",
                "time": "10:30 - 11:15",
                "day": "2022-06-14",
                key: abstract.replace("Dart", "Rust"),
            },
        ]
        path.write_text(json.dumps(rows), encoding="utf-8")
        programme = load_programme(path, tz="Europe/Berlin").programme
        dart = next(s for s in programme.sessions if s.title.get("en") == "Dart is back")
        assert dart.description.all() == (
            "Dart is the language behind Flutter, and it is gaining popularity in the web world.",
        ), key
    path = tmp_path / "papers.json"
    papers = [
        {
            "title": f"Paper {n} on code generation",
            "start": f"2026-07-06T{9 + n:02d}:00:00",
            "end": f"2026-07-06T{9 + n:02d}:30:00",
            "session": "Session 1: Keynote and Research Papers on LLM Code Generation Foundations",
            "searchText": f"MB 3.430 Session 1: Keynote and Research Papers Paper {n} on code generation",
        }
        for n in range(4)
    ]
    path.write_text(json.dumps(papers), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Berlin").programme
    assert all(not session.description.all() for session in programme.sessions)


def test_speakers_under_a_name_no_reader_knows_by_heart(tmp_path: Path) -> None:
    """NewCrafts 2019's "speakerName" (its "speakerId" a login, its "speakerPhoto" a picture) names
    the speaker; so does a "presenterDisplayName" where no field for people is known."""
    for key in ("speakerName", "presenterDisplayName"):
        path = tmp_path / f"{key}.json"
        events = [
            {"title": "DDD Modelling", "time": "09:00 - 10:00", "date": "2019-05-16", "room": "Lovelace",
             "speakerId": "mathiasverraes", "speakerPhoto": "/img/mv.jpg", key: "Mathias Verraes"},
            {"title": "Coffee break", "time": "10:00 - 10:30", "date": "2019-05-16", key: ""},
        ]  # fmt: skip
        data = {"days": [{"rooms": [{"room": "Lovelace", "events": events}]}]}
        path.write_text(json.dumps(data), encoding="utf-8")
        programme = load_programme(path, tz="Europe/Paris").programme
        assert [person.name for person in programme.people.values()] == ["Mathias Verraes"], key


def test_from_and_until_in_spanish_on_the_first_day_given(tmp_path: Path) -> None:
    """AWS Community Day Ecuador 2025's site: {"Title", "Desde": "9:30", "Hasta": "10:00",
    "Room", "Speakers": [{"FirstName", "LastName"}]}, times of a day the file does not date."""
    path = tmp_path / "sessions_with_speakers.json"
    path.write_text(
        json.dumps(
            [{"SessionId": 2, "Title": "Keynote: IA y el futuro", "Desde": "9:30", "Hasta": "10:00",
              "Room": "Auditorio Principal", "Type": "Charla",
              "Speakers": [{"FirstName": "Ana", "LastName": "Gil", "TagLine": "CEO"}]}]
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="America/Guayaquil", first_day=date(2025, 10, 25)).programme
    (keynote,) = programme.sessions
    assert (keynote.start.isoformat(), keynote.end.isoformat()) == (
        "2025-10-25T09:30:00-05:00",
        "2025-10-25T10:00:00-05:00",
    )
    assert programme.rooms[keynote.room_id or ""].name == "Auditorio Principal"
    assert _speakers(programme, keynote) == ["Ana Gil"]


def test_days_by_number_from_the_first_day_the_file_declares(tmp_path: Path) -> None:
    """ICEA 2026's programa.json: works on "dia": 1, 2, 3 beside "diaTexto": "Miércoles 23", the
    congress's first day in its "evento" record ("fechaInicio"), its name there too ("nombre")."""
    path = tmp_path / "programa.json"
    path.write_text(
        json.dumps(
            {
                "evento": {"nombre": "11° Congreso ICEA", "fechaInicio": "2026-09-23"},
                "trabajos": [
                    {"titulo": "Producción de maíz", "sala": "Sala Yaca", "dia": 1,
                     "diaTexto": "Miércoles 23", "horario": "12:00–12:15", "presenta": "Ana Gil"},
                    {"titulo": "Brecha salarial", "sala": "Sala Yaca", "dia": 3,
                     "diaTexto": "Viernes 25", "horario": "11:15–11:30", "presenta": "Bo Li"},
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="America/Mexico_City").programme
    assert programme.conference.name.get("en") == "11° Congreso ICEA"
    starts = sorted(session.start.isoformat() for session in programme.sessions)
    assert starts == ["2026-09-23T12:00:00-06:00", "2026-09-25T11:15:00-06:00"]


ABSTRACT = "PHP, ça peut sembler ringard, mais c'est toujours le langage incontournable pour le web."


def test_fields_kept_in_attributes_and_rooms_keyed_by_their_ids(tmp_path: Path) -> None:
    """Camping des Speakers 2023 (and the Strapi CMS) keeps each record's fields in "attributes";
    its rooms are keyed by the id sessions give ({"petite_salle": {"id": 1, "name": "Petite Salle"}})
    and its speakers by theirs."""
    data = {
        "rooms": {"petite_salle": {"id": 1, "name": "Petite Salle"}, "grande": {"id": 0, "name": "Grande"}},
        "speakers": {"kevin_dunglas": {"attributes": {"key": "kevin_dunglas", "name": "Kévin Dunglas"}}},
        "sessions": {
            "FrankenPHP": {
                "attributes": {"title": "FrankenPHP", "speakers": ["kevin_dunglas"], "date": "2023-06-15",
                               "time": "13:30", "duration": "45 minutes", "room": "petite_salle"},
                "children": [{"tag": "p", "children": [ABSTRACT]}, "\n", {"tag": "p", "children": ["Go."]}],
            },
            "Clavier": {
                "attributes": {"title": "Clavier", "date": "2023-06-15", "time": "10:15", "duration": 30},
                "children": [{"tag": "p", "children": [ABSTRACT.replace("PHP", "Un clavier")]}],
            },
        },
    }  # fmt: skip
    path = tmp_path / "camping.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    programme = load_programme(path, tz="Europe/Paris").programme
    session = next(s for s in programme.sessions if s.title.get("fr") == "FrankenPHP")
    assert programme.rooms[session.room_id or ""].name == "Petite Salle"
    assert _speakers(programme, session) == ["Kévin Dunglas"]
    assert session.end.isoformat() == "2023-06-15T14:15:00+02:00"
    # Its abstract, a rich-text tree beside its attributes, is its description.
    assert session.description.all() == (f"{ABSTRACT}\n\nGo.",)


def test_a_venue_s_areas_each_holding_time_slots_of_sessions(tmp_path: Path) -> None:
    # iRubyKaigi'13's events.json (ito-soft-design/irubykaigi2013, resources/events.json), cut to
    # two halls of one slot: each area is a room, its slots' times its sessions', and a speaker's
    # "location" (where they are from) is no room of theirs.
    path = tmp_path / "events.json"
    speaker = {"id": 5, "name": "Laurent Sansonetti", "location": "Belgium"}
    other = {"id": 6, "name": "Shizuo Fujita", "location": "Japan"}
    path.write_text(
        json.dumps(
            [{"title": "RubyKaigi 2013", "start_on": "2013-05-30", "end_on": "2013-06-01", "places": [
                {"name": "Tokyo International Exchange Center", "place_areas": [
                    {"title": "Hall A", "time_slots": [{"start_at": "2013-05-30T04:30:00Z",
                     "end_at": "2013-05-30T05:30:00Z", "sessions": [
                         {"id": 7, "title": "Inside RubyMotion", "speakers": [speaker, other]}]}]},
                    {"title": "Hall B", "time_slots": [{"start_at": "2013-05-30T04:30:00Z",
                     "end_at": "2013-05-30T05:30:00Z", "sessions": [
                         {"id": 8, "title": "JRuby", "speakers": [{"id": 9, "name": "Charles Nutter",
                          "location": "MN, USA"}]}]}]},
                ]},
            ]}]
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="Asia/Tokyo").programme
    rooms = {s.title.get("en"): programme.rooms[s.room_id or ""].name for s in programme.sessions}
    assert rooms == {"Inside RubyMotion": "Hall A", "JRuby": "Hall B"}
    motion = next(session for session in programme.sessions if session.title.get("en") == "Inside RubyMotion")
    assert motion.start.isoformat() == "2013-05-30T13:30:00+09:00"
    assert sorted(person.name for person, _ in programme.people_of(motion)) == [
        "Laurent Sansonetti",
        "Shizuo Fujita",
    ]


def test_an_hour_written_the_french_way_with_no_minutes(tmp_path: Path) -> None:
    """EISS's programmes: "début": "9h", "fin": "12h" beside "14h30"."""
    path = tmp_path / "programme.json"
    path.write_text(
        json.dumps(
            [{"titre": "Plénière", "jour": "2022-09-15", "début": "9h", "fin": "12 h", "salle": "Amphi A"},
             {"titre": "Atelier", "jour": "2022-09-15", "début": "14h30", "fin": "16H", "salle": "Salle 2"}]
        ),
        encoding="utf-8",
    )  # fmt: skip
    programme = load_programme(path, tz="Europe/Paris").programme
    read = sorted((s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in programme.sessions)
    assert read == [("09:00", "12:00"), ("14:30", "16:00")]


def test_a_django_fixture_s_sessions_in_their_locations(tmp_path: Path) -> None:
    """Sunlight Labs' TransparencyCamp 2012 (`manage.py dumpdata`): sessions refer to their
    location by its id; the room is the location's name, not "29"."""
    records = [
        {"pk": 29, "model": "sked.location", "fields": {"name": "4A", "event": 2}},
        {"pk": 30, "model": "sked.location", "fields": {"name": "Lodge", "event": 2}},
        {
            "pk": 2,
            "model": "sked.event",
            "fields": {"name": "TransparencyCamp 2012", "start_date": "2012-04-28"},
        },
        {
            "pk": 101,
            "model": "sked.session",
            "fields": {
                "title": "Tweet Tsunami",
                "start_time": "2012-04-28T18:30:00Z",
                "end_time": "2012-04-28T19:30:00Z",
                "location": 29,
                "event": 2,
                "speakers": '[{"name": "Ana Ruiz"}]',
            },
        },
        {
            "pk": 102,
            "model": "sked.session",
            "fields": {
                "title": "Introduction",
                "start_time": "2012-04-28T13:00:00Z",
                "end_time": "2012-04-28T13:30:00Z",
                "location": 30,
                "event": 2,
            },
        },
    ]
    path = tmp_path / "sked.json"
    path.write_text(json.dumps(records))
    programme = load_programme(path, tz="America/New_York").programme
    rooms = {programme.rooms[s.room_id].name: s.title.get("en") for s in programme.sessions if s.room_id}
    assert rooms == {"4A": "Tweet Tsunami", "Lodge": "Introduction"}


def test_json_with_trailing_commas_and_comments_is_read_and_broken_json_refused(tmp_path: Path) -> None:
    """PSAK 2020's Jekyll `_data/program.json` ends lists with a comma, as the site's generator
    allows; a file that is no JSON at all is still refused with its line."""
    lenient = tmp_path / "program.json"
    lenient.write_text(
        '[\n  // the first day\n  {"date": "2020-10-08", "events": [\n'
        '    {"start": "14:00", "finish": "15:30", "name": "Szekcióelőadások 1.",},\n'
        '    {"start": "16:00", "finish": "17:30", "name": "Plenáris",},\n  ],},\n]\n'
    )
    programme = load_programme(lenient, tz="Europe/Budapest").programme
    assert [s.title.get("en") for s in programme.sessions] == ["Szekcióelőadások 1.", "Plenáris"]
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "sessions": [\n    {"title": "A" "start": 1}\n  ]\n}\n')
    with pytest.raises(ProgrammeError, match="not valid JSON") as refused:
        load_programme(broken, tz="Europe/Budapest")
    assert refused.value.line == 3


def test_clock_times_with_their_zone_s_abbreviation(tmp_path: Path) -> None:
    """R/Pharma GenAI Day 2026's schedule.yml: "10:00 EDT" for the Americas, "07:30 IST" for the
    APAC track (India's time: the evening before in New York)."""
    path = tmp_path / "schedule.json"
    path.write_text(
        json.dumps(
            [
                {
                    "time": "10:00 EDT",
                    "duration": "40 min",
                    "title": "Agents for data analysis",
                    "track": "us",
                },
                {"time": "07:30 IST", "duration": "30 min", "title": "LLMs in pharma", "track": "apac"},
            ]
        )
    )
    programme = load_programme(path, tz="America/New_York", first_day=date(2026, 6, 16)).programme
    starts = {s.title.get("en"): s.start.isoformat() for s in programme.sessions}
    assert starts == {
        "Agents for data analysis": "2026-06-16T10:00:00-04:00",
        "LLMs in pharma": "2026-06-15T22:00:00-04:00",
    }
