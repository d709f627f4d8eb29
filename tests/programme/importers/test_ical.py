"""iCalendar: folded lines, repeated UIDs, organiser-only people, a CN listing several people,
all-day and cancelled events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from tests.programme.importers.support import FIXTURES, by_id, load, people_of, rooms_of

QUIRKS = "quirks.ics"
# Trimmed from MOCA 2024's schedule.ics: every ORGANIZER has the same address, and a CN lists
# the speakers of a talk given by several ("CN=Michele Ubertone, Marta Taroni").
LISTS = "organizer-lists.ics"


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


def test_a_cn_listing_two_people_is_two_people() -> None:
    programme = load(LISTS, tz="Europe/Rome").programme
    assert by_id(programme, "46939-2").person_ids == ("michele-ubertone", "marta-taroni")
    assert by_id(programme, "46939-4").person_ids == ("michele-ubertone", "lorenzo-lopoc-cococcia")


def test_a_person_of_a_cn_list_is_found_again_in_other_events() -> None:
    programme = load(LISTS, tz="Europe/Rome").programme
    # In two lists; and alone in one event (with the file's address), in a list in another.
    assert [s.id for s in programme.sessions_of_person("michele-ubertone")] == ["46939-4", "46939-2"]
    assert [s.id for s in programme.sessions_of_person("gregorio-palama")] == ["46939-5", "46939-3"]


def test_organisations_and_single_names_of_a_cn_stay_whole() -> None:
    programme = load(LISTS, tz="Europe/Rome").programme
    assert people_of(programme) == {
        "metro-olografix": "Metro Olografix",
        "stem-it": "Stem@it",
        "michele-ubertone": "Michele Ubertone",
        "marta-taroni": "Marta Taroni",
        "gregorio-palama": "Gregorio Palamà",
        "lorenzo-lopoc-cococcia": "Lorenzo 'lopoc' Cococcia",
        "luca-di-vita": "Luca Di Vita",
    }
    assert by_id(programme, "46983").person_ids == ("stem-it",)


def test_a_quoted_comma_or_a_one_word_value_is_part_of_one_name(tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        "X-WR-TIMEZONE:Europe/Madrid",
        "BEGIN:VEVENT",
        "UID:u1",
        "DTSTART:20250410T090000Z",
        "DTEND:20250410T100000Z",
        'ATTENDEE;CN="Gil, Ana":mailto:ana@example.org',
        "ATTENDEE;CN=Martin Luther King, Jr.:mailto:mlk@example.org",
        "ATTENDEE;CN=Li, Bo:mailto:bo@example.org",
        'ATTENDEE;CN="Wu, Cy","Ruiz, Eva":mailto:team@example.org',
        "END:VEVENT",
    )
    assert people_of(load_programme(path).programme) == {
        "gil-ana": "Gil, Ana",
        "martin-luther-king-jr": "Martin Luther King, Jr.",
        "li-bo": "Li, Bo",
        "wu-cy": "Wu, Cy",  # two quoted values: two people
        "ruiz-eva": "Ruiz, Eva",
    }


def test_the_address_of_a_cn_list_keys_none_of_its_people(tmp_path: Path) -> None:
    # The first speaker's address on a list of two: the second, with their own address
    # elsewhere, is still one person, and no address is said to name two people.
    path = _calendar(
        tmp_path,
        "X-WR-TIMEZONE:Europe/Madrid",
        "BEGIN:VEVENT",
        "UID:u1",
        "DTSTART:20250410T090000Z",
        "DTEND:20250410T100000Z",
        "ORGANIZER;CN=Ana Gil, Bo Li:mailto:ana@example.org",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:u2",
        "DTSTART:20250410T110000Z",
        "DTEND:20250410T120000Z",
        "ORGANIZER;CN=Bo Li:mailto:bo@example.org",
        "END:VEVENT",
    )
    loaded = load_programme(path)
    assert people_of(loaded.programme) == {"ana-gil": "Ana Gil", "bo-li": "Bo Li"}
    assert [s.id for s in loaded.programme.sessions_of_person("bo-li")] == ["u1", "u2"]
    assert [w for w in loaded.warnings if "person id" in w] == []


def test_two_speakers_joined_by_an_ampersand_are_two_when_one_speaks_alone(tmp_path: Path) -> None:
    # Config Management Camp 2019: "ORGANIZER:Kris Buytaert & Toshaan Bharvani" beside a talk of
    # Toshaan Bharvani alone; "Ricerca & Sviluppo" (one word each side) stays one name.
    path = _calendar(
        tmp_path,
        "X-WR-TIMEZONE:Europe/Brussels",
        "BEGIN:VEVENT",
        "UID:joint",
        "DTSTART:20190204T090000Z",
        "DTEND:20190204T100000Z",
        "ORGANIZER:Kris Buytaert & Toshaan Bharvani",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:alone",
        "DTSTART:20190204T140000Z",
        "DTEND:20190204T150000Z",
        "ORGANIZER:Toshaan Bharvani",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:team",
        "DTSTART:20190204T160000Z",
        "DTEND:20190204T170000Z",
        "ORGANIZER:Ricerca & Sviluppo",
        "END:VEVENT",
    )
    programme = load_programme(path).programme
    assert by_id(programme, "joint").person_ids == ("kris-buytaert", "toshaan-bharvani")
    assert [s.id for s in programme.sessions_of_person("toshaan-bharvani")] == ["joint", "alone"]
    assert by_id(programme, "team").person_ids == ("ricerca-sviluppo",)


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


def test_speakers_named_only_in_the_description_are_its_people(tmp_path: Path) -> None:
    # PyCon US 2025's all_events.ics (aaronsewall/pycon_us_ics at 0683cfa) lists "Speakers:", then
    # each name on a line with its bio after it; linux.conf.au 2020's says "Speaker: Joel Addison".
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test",
        "BEGIN:VEVENT", "UID:103", "DTSTART:20250516T140000Z", "DTEND:20250516T143000Z",
        "SUMMARY:Looking At Audio", "LOCATION:Hall C",
        r"DESCRIPTION:Kind: talk\n<p>We will see sound.</p>\nSpeakers:\nŁukasz Langa\n"
        r"<p>Failed comedian.</p>\nAna Gil\n<p>Musician.</p>",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:1", "DTSTART:20250516T150000Z", "DTEND:20250516T153000Z",
        "SUMMARY:Opening", "LOCATION:Arena", r"DESCRIPTION:Speaker: Joel Addison\nOpening Remarks",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:2", "DTSTART:20250516T160000Z", "DTEND:20250516T163000Z",
        "SUMMARY:Lunch", "DESCRIPTION:Lunch is served in the hall.", "END:VEVENT",
        "BEGIN:VEVENT", "UID:3", "DTSTART:20250516T170000Z", "DTEND:20250516T173000Z",
        "SUMMARY:Keynote", "LOCATION:Arena", r"DESCRIPTION:Speaker: A/Prof Vanessa Teague\nDemocracy",
        "END:VEVENT",
        "END:VCALENDAR",
    ]  # fmt: skip
    path = tmp_path / "all_events.ics"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    programme = load_programme(path, tz="America/New_York").programme
    people = programme.people
    names = {session.id: [people[p].name for p in session.person_ids] for session in programme.sessions}
    # (an academic title with a slash before the name: linux.conf.au 2020's keynote)
    assert names == {
        "103": ["Łukasz Langa", "Ana Gil"],
        "1": ["Joel Addison"],
        "2": [],
        "3": ["A/Prof Vanessa Teague"],
    }


def test_speakers_listed_on_one_line_with_their_roles_in_brackets(tmp_path: Path) -> None:
    # Identiverse 2026's agenda (UberEther/identiverse-2025-ics at 9615597) ends each description
    # with "Speakers: Name (Role, Team • Company) | Name (…)", commas and "&" inside the brackets.
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test",
        "BEGIN:VEVENT", "UID:1", "DTSTART:20260616T180000Z", "DTEND:20260616T184500Z",
        "SUMMARY:Breaking the IAM Silos (PDT)", "LOCATION:Mandalay Bay K",
        r"DESCRIPTION:Join forces.\n\nSpeakers: Andrew Cameron (Distinguished Engineer\, IAM • GM)"
        r" | Sean O'Dell (Engineer\, Identity & Security • CVS Health)\n\nSession Type: TALK",
        "END:VEVENT",
        "END:VCALENDAR",
    ]  # fmt: skip
    path = tmp_path / "agenda.ics"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    programme = load_programme(path).programme
    (session,) = programme.sessions
    people = [(programme.people[p].name, programme.people[p].affiliation) for p in session.person_ids]
    assert people == [("Andrew Cameron", "GM"), ("Sean O'Dell", "CVS Health")]


def _summarised(uid: str, hour: int, summary: str) -> list[str]:
    """An event of a calendar that names its speakers only in its summary, in Room 1."""
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTART;TZID=Europe/Berlin:20160812T{hour:02d}0000",
        f"DTEND;TZID=Europe/Berlin:20160812T{hour:02d}4500",
        "LOCATION:Room 1",
        f"SUMMARY:{summary}",
        "END:VEVENT",
    ]


def test_speakers_after_a_dash_in_most_summaries_are_their_people(tmp_path: Path) -> None:
    # GUADEC 2016's calendar (garrett/guadec-2016-ics, output/guadec-2016-schedule.ics) names no
    # one but in its summaries: "Inspector Gadget — Benjamin Otte"; "to be announced" is nobody.
    path = _calendar(
        tmp_path,
        "PRODID:-//guadec//schedule2ics//EN",
        *_summarised("g1", 10, "Inspector Gadget — Benjamin Otte"),
        *_summarised("g2", 11, "How your package is being translated — Alex Eng\\, Pravin Satpute"),
        *_summarised("g3", 12, "Unconference #1 — to be announced"),
        *_summarised("g4", 13, "Workshops"),
    )
    programme = load_programme(path).programme
    gadget = by_id(programme, "g1")
    assert (gadget.title.get("en"), gadget.person_ids) == ("Inspector Gadget", ("benjamin-otte",))
    assert by_id(programme, "g2").person_ids == ("alex-eng", "pravin-satpute")
    assert (by_id(programme, "g3").title.get("en"), by_id(programme, "g3").person_ids) == (
        "Unconference #1",
        (),
    )
    assert by_id(programme, "g4").title.get("en") == "Workshops"


def test_speakers_after_a_double_hyphen(tmp_path: Path) -> None:
    # ESUG 2011's calendar: "Profiler Zoo -- Alexandre Bergel", "… -- Ana Gil and Bo Li".
    path = _calendar(
        tmp_path,
        *_summarised("e1", 10, "Profiler Zoo -- Alexandre Bergel"),
        *_summarised("e2", 11, "DBXTalk: Relational Database Suite  -- Ana Gil and Bo Li"),
    )
    programme = load_programme(path).programme
    assert (by_id(programme, "e1").title.get("en"), by_id(programme, "e1").person_ids) == (
        "Profiler Zoo",
        ("alexandre-bergel",),
    )
    assert by_id(programme, "e2").person_ids == ("ana-gil", "bo-li")


def test_a_dash_in_a_few_summaries_names_no_one(tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        "PRODID:x",
        *[
            line
            for uid, summary in (("a", "Rust — the good parts"), ("b", "Opening"), ("c", "Lunch"))
            for line in (
                "BEGIN:VEVENT",
                f"UID:{uid}",
                "DTSTART;TZID=Europe/Berlin:20160812T100000",
                "DTEND;TZID=Europe/Berlin:20160812T110000",
                f"LOCATION:Room {uid}",
                f"SUMMARY:{summary}",
                "END:VEVENT",
            )
        ],
    )
    rust = by_id(load_programme(path).programme, "a")
    assert (rust.title.get("en"), rust.person_ids) == ("Rust — the good parts", ())


def test_an_export_naming_utc_is_shown_in_the_zone_tz_gives(tmp_path: Path) -> None:
    """Sched's iCalendar (KubeCon Europe 2026's) names X-WR-TIMEZONE:UTC and gives instants: with
    --tz Europe/Amsterdam the programme's clock is Amsterdam's, the instants unchanged."""
    path = tmp_path / "all.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:UTC\r\nBEGIN:VEVENT\r\nUID:k1\r\n"
        "DTSTART:20260324T080000Z\r\nDTEND:20260324T083000Z\r\nSUMMARY:Keynote\r\n"
        "LOCATION:Hall 12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    loaded = load_programme(path, tz="Europe/Amsterdam")
    programme = loaded.programme
    assert str(programme.timezone) == "Europe/Amsterdam"
    assert (
        programme.sessions[0].start.astimezone(programme.timezone).isoformat() == "2026-03-24T09:00:00+01:00"
    )
    assert str(load_programme(path).programme.timezone) == "UTC"


def test_rooms_named_with_the_venues_city_and_country_are_named_without_them(tmp_path: Path) -> None:
    """Sched writes every LOCATION with the city and country after it ("Hall 12, Amsterdam,
    Netherlands"): the rooms are named without them, the whole name one of their names."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:k{n}\r\nDTSTART:20260324T0{n}0000Z\r\nDTEND:20260324T0{n}3000Z\r\n"
        f"SUMMARY:Talk {n}\r\nLOCATION:{room}\\, Amsterdam\\, Netherlands\r\nEND:VEVENT\r\n"
        for n, room in enumerate(["Hall 12", "Hall 7 | Room A", "Auditorium", "Elicium 1", "Forum"], start=1)
    )
    path = tmp_path / "all.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n")
    programme = load_programme(path, tz="Europe/Amsterdam").programme
    rooms = sorted(programme.rooms.values(), key=lambda room: room.name)
    assert [room.name for room in rooms] == ["Auditorium", "Elicium 1", "Forum", "Hall 12", "Hall 7 | Room A"]
    assert rooms[0].aliases == ("Auditorium, Amsterdam, Netherlands",)


def test_one_organiser_of_every_event_keeps_the_calendar(tmp_path: Path) -> None:
    """Libertäre Tage Dresden 2017's calendar names "Libertäre Tage Dresden" ORGANIZER of all its
    events: who keeps the calendar, no speaker; an organiser of one event is still its speaker."""
    event = (
        "BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART;TZID=Europe/Berlin:201709{day:02d}T170000\r\n"
        "DTEND;TZID=Europe/Berlin:201709{day:02d}T183000\r\nSUMMARY:Talk {n}\r\nLOCATION:Betriebsküche\r\n"
        "ORGANIZER;CN={who}:mailto:libtage@example.org\r\nEND:VEVENT\r\n"
    )
    calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:icalendar-ruby\r\n{}END:VCALENDAR\r\n"
    every = calendar.format(
        "".join(event.format(n=n, day=4 + n % 6, who="Libertäre Tage Dresden") for n in range(12))
    )
    path = tmp_path / "programm.ics"
    path.write_text(every)
    assert people_of(load_programme(path).programme) == {}
    one = calendar.format(
        "".join(event.format(n=n, day=4 + n % 6, who="Ana Gil" if n else "Bo Li") for n in range(12))
    )
    path.write_text(one)
    assert sorted(people_of(load_programme(path).programme).values()) == ["Ana Gil", "Bo Li"]


def test_speakers_before_a_hyphen_in_most_talks_are_their_people(tmp_path: Path) -> None:
    # NixCon 2018's Google Calendar: "Speaker Name - Title", several speakers by commas, a handle
    # alone; "Social Event - Pub!" and "NixCon 2018 - Conference" are titles. The summary stays
    # the title, found by either part.
    path = _calendar(
        tmp_path,
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        *_summarised("n1", 10, "Eelco Dolstra - the Nix roadmap"),
        *_summarised("n2", 11, "Domen Kožar, Robert Hensing - Cachix - binary cache(s) for everyone"),
        *_summarised("n3", 12, "edef - Beyond NixOps"),
        *_summarised("n4", 13, "Jörg 'Mic92' Thalheim - About Nix sandboxes"),
        *_summarised("n5", 14, "Social Event - Pub!"),
        *_summarised("n6", 15, "Closing"),
    )
    programme = load_programme(path).programme
    found = {s.id: (s.title.get("en"), s.person_ids) for s in programme.sessions}
    assert found == {
        "n1": ("Eelco Dolstra - the Nix roadmap", ("eelco-dolstra",)),
        "n2": (
            "Domen Kožar, Robert Hensing - Cachix - binary cache(s) for everyone",
            ("domen-kozar", "robert-hensing"),
        ),
        "n3": ("edef - Beyond NixOps", ("edef",)),
        "n4": ("Jörg 'Mic92' Thalheim - About Nix sandboxes", ("jorg-mic92-thalheim",)),
        "n5": ("Social Event - Pub!", ()),
        "n6": ("Closing", ()),
    }


def test_speakers_after_a_hyphen_with_their_affiliations_in_brackets(tmp_path: Path) -> None:
    # The Kratos workshop's calendar (made with ics.py): "Title - Name (Affiliation) & Name
    # (Affiliation)" in nearly every summary with a hyphen; "Lunch Break" names no one.
    path = _calendar(
        tmp_path,
        "PRODID:ics.py - http://git.io/lTTkKg",
        *_summarised(
            "k1", 9, "Geometry Management - Suneth Warnakulasuriya (Technische Universität München)"
        ),
        *_summarised("k2", 10, "Simulation Loop - Suneth Warnakulasuriya (TUM) & Pooyan Dadvand (Altair)"),
        *_summarised("k3", 11, "Data Management - Pooyan Dadvand (Altair)"),
        *_summarised("k4", 12, "Lunch Break"),
    )
    programme = load_programme(path).programme
    people = {s.id: [programme.people[p].name for p in s.person_ids] for s in programme.sessions}
    assert people == {
        "k1": ["Suneth Warnakulasuriya"],
        "k2": ["Suneth Warnakulasuriya", "Pooyan Dadvand"],
        "k3": ["Pooyan Dadvand"],
        "k4": [],
    }
    titles = {s.id: s.title.get("en") for s in programme.sessions}
    assert titles["k3"] == "Data Management - Pooyan Dadvand (Altair)"


def test_sched_s_speakers_each_before_their_affiliation(tmp_path: Path) -> None:
    # KubeCon Europe 2026's calendar from Sched: "Title - Name\\, Company; Name & Name\\, Company";
    # a day-long event with a hyphen in its title names no one.
    path = _calendar(
        tmp_path,
        "PRODID:-//Sched.com KubeCon + CloudNativeCon Europe 2026//EN",
        *_summarised("s1", 9, "Keynote: Agents - Jonathan Bryce\\, CNCF; Lin Sun\\, Solo.io"),
        *_summarised("s2", 10, "Longhorn for Block Storage - Jinhong Kim & Jangseon Ryu\\, NAVER Corp"),
        *_summarised("s3", 11, "Project Lightning Talk: Vitess - Matt Lord\\, Maintainer"),
        *_summarised("s5", 13, "Platform Engineering 2.0 - Shweta Vohra\\, Booking.com"),
        *_summarised("s4", 12, "WasmCon Hosted by CNCF - Half-Day Event | ALL ACCESS PASS REQUIRED"),
    )
    programme = load_programme(path).programme
    people = {s.id: [programme.people[p].name for p in s.person_ids] for s in programme.sessions}
    assert people == {
        "s1": ["Jonathan Bryce", "Lin Sun"],
        "s2": ["Jinhong Kim", "Jangseon Ryu"],
        "s3": ["Matt Lord"],
        "s4": [],
        "s5": ["Shweta Vohra"],
    }


def test_the_authors_a_session_s_description_lists_a_line_a_talk_are_its_people(tmp_path: Path) -> None:
    # JFPC 2021's calendar: a session's talks, each a title then "Par <its authors>."; the invited
    # talk still names its speaker after a hyphen; a line "By the way, …" names no one.
    def described(uid: str, hour: int, summary: str, description: str) -> list[str]:
        return [*_summarised(uid, hour, summary)[:-1], f"DESCRIPTION:{description}", "END:VEVENT"]

    path = _calendar(
        tmp_path,
        "PRODID:-//Apple Inc.//macOS 11.0.1//EN",
        *_summarised("j1", 9, "Exposé invité - Thomas Schiex"),
        *described(
            "j2",
            10,
            "Session C (Jeunes Chercheurs)",
            '- "Utiliser la PPC en chimie"\\nPar Yannick Carissan\\, Cyril Terrioux et Adrien Varet.'
            '\\n- "Stratégies anytime"\\nPar Thomas Richard de Latour\\, Raphaël Chenouard'
            " et Cyril Terrioux.",
        ),
        *described("j3", 11, "Débats", "By the way, the debates are recorded."),
        *_summarised("j4", 12, "Apéro - Gather Town"),
        *_summarised("j5", 13, "Exposé invité - Claude-Guy Quimper"),
    )
    programme = load_programme(path).programme
    people = {s.id: [programme.people[p].name for p in s.person_ids] for s in programme.sessions}
    assert people["j2"] == [
        "Yannick Carissan", "Cyril Terrioux", "Adrien Varet", "Thomas Richard de Latour", "Raphaël Chenouard",
    ]  # fmt: skip
    assert people["j1"] == ["Thomas Schiex"]
    assert people["j3"] == []


def test_an_all_day_event_naming_the_conference_or_a_day_is_no_session(tmp_path: Path) -> None:
    # NixCon 2018's "NixCon 2018 - Conference" over its two days of talks, "Day 3" over the third:
    # the names of those days; an all-day book fair beside the talks is a session (quirks.ics).
    def all_day(uid: str, first: str, after: str, summary: str) -> list[str]:
        return ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTART;VALUE=DATE:{first}", f"DTEND;VALUE=DATE:{after}",
                f"SUMMARY:{summary}", "END:VEVENT"]  # fmt: skip

    path = _calendar(
        tmp_path,
        "PRODID:x",
        "X-WR-CALNAME:NixCon 2018 Schedule",
        *all_day("conference", "20160811", "20160813", "NixCon 2018 - Conference"),
        *all_day("third", "20160813", "20160814", "Day 3"),
        *_summarised("talk", 10, "Rust — the good parts"),
        *[line.replace("20160812", "20160813") for line in _summarised("hack", 10, "Hacking")],
    )
    loaded = load_programme(path)
    assert {session.id for session in loaded.programme.sessions} == {"talk", "hack"}
    assert any(
        "'NixCon 2018 - Conference'" in warning and "no session" in warning for warning in loaded.warnings
    )


def test_researchr_summary_track_speakers_and_the_room_before_the_address(tmp_path: Path) -> None:
    # conf.researchr.org's event calendar (ACM FSE 2026's): "[Track] Title - Name, Name", the room
    # before the venue's address.
    path = _calendar(
        tmp_path,
        "PRODID:-//researchr.org//conf.researchr.org//EN",
        "BEGIN:VEVENT",
        "UID:r1",
        "DTSTART:20260705T130000Z",
        "DTEND:20260705T130500Z",
        "SUMMARY:[PROMISE] Keynote 1 - The Limits of CI/CD Pipelines - Shane McIntosh\\, Lili Wei",
        "LOCATION:MB 3.430 - 1450 Guy St\\, Montreal\\, Quebec H3H 0A1\\, Montreal\\, Canada",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:r2",
        "DTSTART:20260705T140000Z",
        "DTEND:20260705T143000Z",
        "SUMMARY:[FSE Catering] Break",
        "END:VEVENT",
    )
    programme = load_programme(path).programme
    keynote, pause = sorted(programme.sessions, key=lambda s: s.start)
    assert keynote.title.all() == ("Keynote 1 - The Limits of CI/CD Pipelines",)
    assert keynote.track == "PROMISE"
    assert [programme.people[p].name for p in keynote.person_ids] == ["Shane McIntosh", "Lili Wei"]
    assert programme.rooms[keynote.room_id or ""].name == "MB 3.430"
    assert (pause.title.all(), pause.track, pause.person_ids) == (("Break",), "FSE Catering", ())
