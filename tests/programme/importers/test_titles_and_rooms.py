"""What a file means although it does not say it: a session titled "Pause" is a break, and one
room spelt with and without an accent is one room."""

from __future__ import annotations

import json
from pathlib import Path

from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//test//FR
BEGIN:VEVENT
UID:1@test
DTSTART;TZID=Europe/Paris:20220518T102000
DTEND;TZID=Europe/Paris:20220518T110000
SUMMARY:Pause
LOCATION:Espaces Pauses
END:VEVENT
BEGIN:VEVENT
UID:2@test
DTSTART;TZID=Europe/Paris:20220518T123000
DTEND;TZID=Europe/Paris:20220518T140000
SUMMARY:Pause déjeuner
LOCATION:Espace Restauration
END:VEVENT
BEGIN:VEVENT
UID:3@test
DTSTART;TZID=Europe/Paris:20220518T090000
DTEND;TZID=Europe/Paris:20220518T100000
SUMMARY:Breaking the kernel
LOCATION:Amphithéâtre Callelongue
END:VEVENT
BEGIN:VEVENT
UID:4@test
DTSTART;TZID=Europe/Paris:20220518T180000
DTEND;TZID=Europe/Paris:20220518T183000
SUMMARY:Lunch & Learn: Rust
LOCATION:Amphithéatre Callelongue
END:VEVENT
END:VCALENDAR
"""


def test_titles_say_breaks_and_accents_do_not_make_two_rooms(tmp_path: Path) -> None:
    path = tmp_path / "programme.ics"
    path.write_text(CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
    programme = load_programme(path).programme
    kinds = {session.title.all()[0]: session.kind for session in programme.sessions}
    assert kinds == {
        "Pause": SessionKind.BREAK,
        "Pause déjeuner": SessionKind.LUNCH,
        "Breaking the kernel": SessionKind.TALK,
        "Lunch & Learn: Rust": SessionKind.TALK,
    }
    callelongue = [room for room in programme.rooms.values() if "Callelongue" in room.name]
    assert [(room.name, room.aliases) for room in callelongue] == [
        ("Amphithéâtre Callelongue", ("Amphithéatre Callelongue",))
    ]
    assert {
        s.room_id
        for s in programme.sessions
        if s.room_id and "Callelongue" in programme.rooms[s.room_id].name
    } == {callelongue[0].id}


def test_one_room_written_with_and_without_its_floor_and_room_word_is_one_room(tmp_path: Path) -> None:
    # NIPS 2015's schedule.json writes its lecture hall four ways; 'Room 1-2' is not 'Room 12'.
    names = ["Level 2 room 210 AB", "Room 210 AB", "210 a,b Level 2", "210 A", "Room 1-2", "Room 12"]
    sessions = ", ".join(
        f'{{"id": "s{i}", "title": "Talk {i}", "start": "2015-12-07T1{i}:00:00Z", '
        f'"end": "2015-12-07T1{i}:30:00Z", "room": "{name}"}}'
        for i, name in enumerate(names)
    )
    path = tmp_path / "schedule.json"
    path.write_text(f'{{"sessions": [{sessions}]}}')
    loaded = load_programme(path, tz="America/Toronto")
    rooms = loaded.programme.rooms.values()
    assert sorted((room.name, room.aliases) for room in rooms) == [
        ("210 A", ()),
        ("Level 2 room 210 AB", ("Room 210 AB", "210 a,b Level 2")),
        ("Room 1-2", ()),
        ("Room 12", ()),
    ]
    by_room = {s.id: loaded.programme.rooms[s.room_id].name for s in loaded.programme.sessions if s.room_id}
    assert by_room["s2"] == "Level 2 room 210 AB"
    assert any("one room written several ways" in warning for warning in loaded.warnings)


def test_a_label_before_a_room_s_name_is_not_its_name(tmp_path: Path) -> None:
    # OHBM 2023's calendar writes "LOCATION:room: 210 A-F": shown 'Room 210 A-F', one room with
    # "Room 210 A-F" as another event writes it; "Location: Hall B" is 'Hall B'.
    names = ["room: 210 A-F", "Room 210 A-F", "Location: Hall B", "Salle : Turing", "Roomba lab"]
    sessions = [
        {"id": f"s{i}", "title": f"Talk {i}", "start": f"2023-07-22T1{i}:00:00-04:00", "room": name}
        for i, name in enumerate(names)
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    programme = load_programme(path).programme
    assert sorted(room.name for room in programme.rooms.values()) == [
        "Hall B",
        "Room 210 A-F",
        "Roomba lab",
        "Salle Turing",
    ]
    assert len({s.room_id for s in programme.sessions if s.id in ("s0", "s1")}) == 1
    # As written, it is one of the room's names still.
    hall = next(room for room in programme.rooms.values() if room.name == "Hall B")
    assert hall.aliases == ("Location: Hall B",)


def test_one_room_written_with_a_letter_doubled_or_after_its_building_is_one_room(tmp_path: Path) -> None:
    # CRYPTO 2016's program.json: 'Corwin Pavilion' ten times, "Corwin Pavillion" five, "University
    # Center Corwin Pavilion" three (the building also names 'University Center Lagoon Plaza');
    # "Plaza outside Campbell Hall" is another place than 'Campbell Hall', "Expo Hall A" than 'Hall A'.
    rooms = (
        ["Corwin Pavilion"] * 4
        + ["Corwin Pavillion"] * 2
        + ["University Center Corwin Pavilion", "University Center Lagoon Plaza"]
        + ["Campbell Hall", "Plaza outside Campbell Hall", "Expo Hall A", "Hall A"]
        # OHBM 2023's hall written once without its parts.
        + ["Room 210 A-F"] * 3
        + ["Room 210"]
    )
    sessions = [
        {
            "id": f"s{i}",
            "title": f"Talk {i}",
            "start": f"2016-08-{15 + i // 12}T{8 + i % 12:02d}:00:00-07:00",
            "room": room,
        }
        for i, room in enumerate(rooms)
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    loaded = load_programme(path)
    programme = loaded.programme
    assert sorted((room.name, room.aliases) for room in programme.rooms.values()) == [
        ("Campbell Hall", ()),
        ("Corwin Pavilion", ("Corwin Pavillion", "University Center Corwin Pavilion")),
        ("Expo Hall A", ()),
        ("Hall A", ()),
        ("Plaza outside Campbell Hall", ()),
        ("Room 210 A-F", ("Room 210",)),
        ("University Center Lagoon Plaza", ()),
    ]
    corwin = {s.room_id for s in programme.sessions if int(s.id[1:]) <= 6}
    assert len(corwin) == 1
    assert any("taken as the room" in warning for warning in loaded.warnings)


def test_a_title_that_says_the_session_is_off_marks_it_cancelled(tmp_path: Path) -> None:
    # EventBoard's CodeMash 2014 ("CANCELLED Humanitarian Toolbox Workshop"), FOSDEM's frab
    # ("CANCELLED Usability made simple"), EMF Camp ("CANCELED!!!!!! Geiger Counter…"), PyOhio's site
    # ("Canceled: …"), "… - CANCELLED"; not a talk whose title begins with the word ("Cancelled
    # flights and refunds").
    titles = {
        "a": "CANCELLED Humanitarian Toolbox Workshop",
        "b": "CANCELED!!!!!! Geiger Counter Radiation Detectors",
        "c": "Canceled: Asyncio in practice",
        "d": "Demystify the Modern Identity Stack - CANCELLED",
        "e": "[ABGESAGT] Freie Karten",
        "f": "Cancelled flights and refunds",
        "g": "How we cancelled our cloud bill",
    }
    sessions = [
        {"id": key, "title": title, "start": "2014-01-09T10:00:00-05:00", "end": "2014-01-09T11:00:00-05:00"}
        for key, title in titles.items()
    ]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    programme = load_programme(path).programme
    assert {s.id for s in programme.sessions if s.cancelled} == {"a", "b", "c", "d", "e"}


def test_a_web_address_given_as_a_location_is_no_room(tmp_path: Path) -> None:
    # Mini-Conf's calendars (ICLR 2020's basic.ics, ICWSM 2021's main_calendar.json) give the page
    # to join online as each event's location; a room named as usual stays one.
    events = [
        ("1", "090000", "https://iclr.cc/virtual/papers.html?session=P1S1", "Poster Day 1 Session 1"),
        ("2", "100000", "socials.html", "Socials"),
        ("3", "110000", "Hall 2 (www entrance)", "Keynote"),
    ]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//test//EN"]
    for uid, start, location, summary in events:
        lines += [
            "BEGIN:VEVENT", f"UID:{uid}@test", f"DTSTART:20200427T{start}Z",
            f"DTEND:20200427T{start[:2]}4500Z", f"LOCATION:{location}", f"SUMMARY:{summary}", "END:VEVENT",
        ]  # fmt: skip
    path = tmp_path / "basic.ics"
    path.write_text("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    programme = load_programme(path).programme
    assert [
        (s.title.all()[0], s.room_id and programme.rooms[s.room_id].name) for s in programme.sessions
    ] == [
        ("Poster Day 1 Session 1", None),
        ("Socials", None),
        ("Keynote", "Hall 2 (www entrance)"),
    ]
    # The address is kept, where the session is about: where to join it.
    assert "https://iclr.cc/virtual/papers.html?session=P1S1" in programme.sessions[0].description.all()[0]


def _rooms_of(tmp_path: Path, names: list[str], day: str, zone: str) -> list[tuple[str, tuple[str, ...]]]:
    """The rooms, with their other spellings, of a file of one talk in each room named."""
    sessions = [
        {
            "id": f"s{i}",
            "title": f"Talk {i}",
            "start": f"{day}T1{i}:00:00Z",
            "end": f"{day}T1{i}:30:00Z",
            "room": name,
        }
        for i, name in enumerate(names)
    ]
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps({"sessions": sessions}))
    rooms = load_programme(path, tz=zone).programme.rooms.values()
    return sorted((room.name, room.aliases) for room in rooms)


def test_a_stray_bracket_after_a_room_s_name_makes_no_other_room(tmp_path: Path) -> None:
    # MozFest 2016's 'Floor 8 - Executive Suite]' once among five 'Floor 8 - Executive Suite';
    # a bracket that closes one is the name's ("Hall (B)").
    names = ["Floor 8 - Executive Suite]", "Floor 8 - Executive Suite", "Hall (B)", "(Annex"]
    assert _rooms_of(tmp_path, names, "2016-10-29", "Europe/London") == [
        ("(Annex", ()),
        ("Floor 8 - Executive Suite", ("Floor 8 - Executive Suite]",)),
        ("Hall (B)", ()),
    ]


def test_a_comma_more_or_less_in_a_room_s_name_is_one_room(tmp_path: Path) -> None:
    # Hackaday Supercon 2022 writes 'Supplyframe HQ 3rd Floor' on Friday, 'Supplyframe HQ, 3rd
    # Floor' on Sunday.
    names = ["Supplyframe HQ 3rd Floor", "Supplyframe HQ, 3rd Floor", "LACM"]
    assert _rooms_of(tmp_path, names, "2022-11-04", "America/Los_Angeles") == [
        ("LACM", ()),
        ("Supplyframe HQ 3rd Floor", ("Supplyframe HQ, 3rd Floor",)),
    ]
