"""A person is the file's id and the name agreeing: placeholder addresses and ids shared by
different names key nobody, so "where does X speak" never gives another person's talks."""

from __future__ import annotations

import json
from pathlib import Path

from bot.programme.loading import load_programme
from bot.programme.model import Person, Programme
from tests.programme.importers.support import people_of


def _talks_of(programme: Programme, name: str) -> list[str]:
    """The ids of the sessions of the one person with this name."""
    (person,) = [p for p in programme.people.values() if p.name == name]
    return [session.id for session in programme.sessions_of_person(person.id)]


def _calendar(tmp_path: Path, *events: tuple[str, str, list[str]]) -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//example//gen//EN", "X-WR-TIMEZONE:Europe/Madrid"]
    for number, (uid, title, attendees) in enumerate(events):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTART;TZID=Europe/Madrid:20250410T{9 + number:02d}0000",
            f"DTEND;TZID=Europe/Madrid:20250410T{9 + number:02d}3000",
            f"SUMMARY:{title}",
            *attendees,
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path = tmp_path / "calendar.ics"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def test_a_placeholder_address_shared_by_different_names_keys_nobody(tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        ("u1", "Opening", ["ATTENDEE;CN=Ana Gil:invalid:nomail"]),
        ("u2", "Compilers", ["ATTENDEE;CN=Bo Li:invalid:nomail"]),
        ("u3", "Closing", ["ATTENDEE;CN=Ana Gil:invalid:nomail", "ATTENDEE;CN=Cy Wu:invalid:nomail"]),
    )
    loaded = load_programme(path)
    programme = loaded.programme
    assert people_of(programme) == {"ana-gil": "Ana Gil", "bo-li": "Bo Li", "cy-wu": "Cy Wu"}
    assert _talks_of(programme, "Ana Gil") == ["u1", "u3"]
    assert _talks_of(programme, "Bo Li") == ["u2"]
    assert _talks_of(programme, "Cy Wu") == ["u3"]
    assert [w for w in loaded.warnings if "person id" in w] == [
        f"{path}: persons: the same person id is given to different names "
        "(id 'invalid:nomail': 'Ana Gil', 'Bo Li', 'Cy Wu'): kept apart, one person per name"
    ]


def test_one_real_address_with_one_name_is_one_person_across_events(tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        ("u1", "Opening", ["ATTENDEE;CN=María Pérez:mailto:maria@example.org"]),
        ("u2", "Closing", ["ATTENDEE;CN=Maria Perez:mailto:MARIA@example.org"]),
    )
    loaded = load_programme(path)
    assert people_of(loaded.programme) == {"maria-perez": "María Pérez"}
    assert loaded.programme.people["maria-perez"].aliases == ("Maria Perez",)
    assert not any("person id" in w for w in loaded.warnings)


def _frab(tmp_path: Path, persons: list[str]) -> Path:
    events = "".join(
        f"""
      <event guid="e{number}">
        <date>2025-06-12T{9 + number:02d}:00:00+02:00</date>
        <start>{9 + number:02d}:00</start><duration>00:30</duration><room>Hall</room>
        <title>Talk {number}</title><type>talk</type>
        <persons>{person}</persons>
      </event>"""
        for number, person in enumerate(persons)
    )
    path = tmp_path / "schedule.xml"
    path.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <conference><title>Merged</title><acronym>merged</acronym>
    <time_zone_name>Europe/Paris</time_zone_name></conference>
  <day index="1" date="2025-06-12"><room name="Hall">{events}
  </room></day>
</schedule>
""",
        encoding="utf-8",
    )
    return path


def test_frab_id_zero_for_everyone_keeps_people_apart_and_warns_once(tmp_path: Path) -> None:
    path = _frab(
        tmp_path,
        [
            '<person id="0">Ana Gil</person>',
            '<person id="0">Bo Li</person>',
            '<person id="0">Cy Wu</person><person id="0">Ana Gil</person>',
            '<person id="0">Dee Roe</person>',
        ],
    )
    loaded = load_programme(path)
    programme = loaded.programme
    assert people_of(programme) == {
        "ana-gil": "Ana Gil",
        "bo-li": "Bo Li",
        "cy-wu": "Cy Wu",
        "dee-roe": "Dee Roe",
    }
    assert _talks_of(programme, "Ana Gil") == ["e0", "e2"]
    assert _talks_of(programme, "Bo Li") == ["e1"]
    assert _talks_of(programme, "Dee Roe") == ["e3"]
    assert [w for w in loaded.warnings if "person id" in w] == [
        f"{path}: persons: the same person id is given to different names "
        "(id '0': 4 names): kept apart, one person per name"
    ]


def test_frab_one_id_reused_for_two_people_keeps_them_apart(tmp_path: Path) -> None:
    path = _frab(
        tmp_path,
        [
            '<person id="17">Ana Gil</person>',
            '<person id="17">Bo Li</person>',
            '<person id="18">Cy Wu</person>',
            '<person id="18">Cy Wu</person>',
        ],
    )
    loaded = load_programme(path)
    programme = loaded.programme
    assert _talks_of(programme, "Ana Gil") == ["e0"]
    assert _talks_of(programme, "Bo Li") == ["e1"]
    assert _talks_of(programme, "Cy Wu") == ["e2", "e3"]
    warnings = [w for w in loaded.warnings if "person id" in w]
    assert warnings == [
        f"{path}: persons: the same person id is given to different names "
        "(id '17': 'Ana Gil', 'Bo Li'): kept apart, one person per name"
    ]


def test_a_name_written_once_without_its_id_is_the_same_person(tmp_path: Path) -> None:
    path = _frab(
        tmp_path,
        ['<person id="17">Ana Gil</person>', "<person>Ana Gil</person>", '<person id="18">Bo Li</person>'],
    )
    programme = load_programme(path).programme
    assert people_of(programme) == {"ana-gil": "Ana Gil", "bo-li": "Bo Li"}
    assert _talks_of(programme, "Ana Gil") == ["e0", "e1"]


def _sessions_with_people(tmp_path: Path, *people: str) -> Path:
    sessions = ", ".join(
        f'{{"id": "s{i}", "title": "Panel {i}", "start": "2020-05-30T1{i}:00:00-04:00", '
        f'"end": "2020-05-30T1{i}:45:00-04:00", "room": "Stage", "panelists": "{names}"}}'
        for i, names in enumerate(people)
    )
    path = tmp_path / "schedule.json"
    path.write_text(f'{{"sessions": [{sessions}]}}')
    return path


def test_names_a_file_lists_with_commas_are_each_a_person(tmp_path: Path) -> None:
    # PonyFest Online 2020: "Thoth, Acesential, Simul" lists handles with commas, so
    # "Techycutie, Ruef" is two people in that file.
    path = _sessions_with_people(tmp_path, "Thoth, Acesential, Simul", "Techycutie, Ruef", "Thoth")
    programme = load_programme(path, tz="America/New_York").programme
    assert sorted(people_of(programme).values()) == ["Acesential", "Ruef", "Simul", "Techycutie", "Thoth"]
    assert _talks_of(programme, "Thoth") == ["s0", "s2"]


def test_a_surname_first_stays_one_person_where_no_list_has_three_names(tmp_path: Path) -> None:
    path = _sessions_with_people(tmp_path, "Gil, Ana", "Bo Li")
    assert sorted(people_of(load_programme(path, tz="Europe/Madrid").programme).values()) == [
        "Bo Li",
        "Gil, Ana",
    ]


def test_a_title_before_a_name_is_the_same_person(tmp_path: Path) -> None:
    """The India AI Impact Summit 2026 lists "Mr. Amitabh Nag" in one session, "Amitabh Nag" in
    another: one person, with both sessions ("Dr. Ana" alone stays a name of two words)."""
    import json

    sessions = [
        {"title": title, "start": f"2026-02-16T{hour}:00:00+05:30", "end": f"2026-02-16T{hour}:30:00+05:30",
         "room": "Room 8", "speakers": [speaker]}
        for title, hour, speaker in (("Data", "10", "Mr. Amitabh Nag"), ("Languages", "11", "Amitabh Nag"),
                                     ("Health", "12", "Shri Amitabh Nag"), ("Other", "13", "Dr. Ana"))
    ]  # fmt: skip
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(sessions), encoding="utf-8")
    programme = load_programme(path, tz="Asia/Kolkata").programme
    assert len(people_of(programme)) == 2
    (nag,) = [p for p in programme.people.values() if "Nag" in p.name]
    titles = sorted(s.title.all()[0] for s in programme.sessions_of_person(nag.id))
    assert titles == ["Data", "Health", "Languages"]


def test_people_named_by_their_pages_slugs_are_shown_by_name(tmp_path: Path) -> None:
    # Write/Speak/Code 2018's schedule names speakers by their pages' slugs; a programme of names
    # with a handle or two ("e-punc", the CCC's) keeps the handles as written.
    def load(speakers: list[str]) -> list[tuple[str, tuple[str, ...]]]:
        people = _people_speaking_alone(tmp_path, speakers)
        return sorted((p.name, p.aliases) for p in people)

    assert load(["rebecca-miller-webster", "angie-jones", "write-speak-code", "pivotal"]) == [
        ("Angie Jones", ("angie-jones",)),
        ("Pivotal", ("pivotal",)),
        ("Rebecca Miller Webster", ("rebecca-miller-webster",)),
        ("Write Speak Code", ("write-speak-code",)),
    ]
    assert [name for name, _ in load(["e-punc", "Ada Lovelace", "Grace Hopper", "Alan Kay"])] == [
        "Ada Lovelace",
        "Alan Kay",
        "Grace Hopper",
        "e-punc",
    ]


def test_a_name_written_with_where_its_person_works_after_commas_is_one_person(tmp_path: Path) -> None:
    # SIAM UQ26's chairs ("Eldad Haber, University of British Columbia, Canada"), in a file that also
    # lists people with commas ("Ana Gil, Bo Li, Cy Wu"): one person, where they work kept.
    day = "2026-03-22T"
    sessions = [
        {"id": "ip1", "title": "Diffusion", "start": f"{day}09:00:00-05:00", "end": f"{day}09:45:00-05:00",
         "chair": "Eldad Haber, University of British Columbia, Canada"},
        {"id": "ms1", "title": "Operators", "start": f"{day}10:00:00-05:00", "end": f"{day}11:00:00-05:00",
         "speakers": "Ana Gil, Bo Li, Cy Wu"},
    ]  # fmt: skip
    path = tmp_path / "program.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    people = load_programme(path).programme.people.values()
    assert sorted((p.name, p.affiliation) for p in people) == [
        ("Ana Gil", ""),
        ("Bo Li", ""),
        ("Cy Wu", ""),
        ("Eldad Haber", "University of British Columbia, Canada"),
    ]
    haber = next(p for p in people if p.name == "Eldad Haber")
    assert haber.aliases == ("Eldad Haber, University of British Columbia, Canada",)


def test_where_people_work_in_brackets_is_not_their_name_where_most_are_written_so(tmp_path: Path) -> None:
    # SIGCOMM 2017 writes "Mohammad Alizadeh (MIT CSAIL)" and "Mohammad Alizadeh (Massachusetts
    # Institute of Technology)": one person. A band with its player in brackets, in a file of plain
    # names, stays as written ("Cutlasses (Scott Pitkethly)").
    def people_of(speakers: list[str]) -> list[tuple[str, str]]:
        return sorted((p.name, p.affiliation) for p in _people_speaking_alone(tmp_path, speakers))

    mit = "Massachusetts Institute of Technology"
    assert people_of(
        ["Mohammad Alizadeh (MIT CSAIL)", f"Mohammad Alizadeh ({mit})", "Monia Ghobadi (MSR)"]
    ) == [
        ("Mohammad Alizadeh", "MIT CSAIL"),
        ("Monia Ghobadi", "MSR"),
    ]
    assert [name for name, _ in people_of(["Cutlasses (Scott Pitkethly)", "Ada Lovelace", "Alan Kay"])] == [
        "Ada Lovelace",
        "Alan Kay",
        "Cutlasses (Scott Pitkethly)",
    ]


def _people_speaking_alone(tmp_path: Path, speakers: list[str]) -> list[Person]:
    """The people of a programme where each speaker gives a talk of their own, an hour apart."""
    sessions = [
        {"id": f"s{n}", "title": f"Talk {n}", "start": f"2018-08-02T1{n}:00:00-04:00", "speakers": [name]}
        for n, name in enumerate(speakers)
    ]
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    return list(load_programme(path).programme.people.values())


def test_degrees_after_a_name_are_not_part_of_it(tmp_path: Path) -> None:
    # ODSC East 2025's "Qingyun Wu, PhD", PyOhio 2024's "Ruby Henry, Ph.d.", HOPE 2024's "Dr. Jen,
    # PharmD"; a surname written first stays as it is ("Gil, Ana").
    path = _sessions_with_people(
        tmp_path, "Qingyun Wu, PhD", "Ruby Henry, Ph.d.", "Jane Roe, MD, MPH", "Gil, Ana"
    )
    assert sorted(people_of(load_programme(path, tz="America/New_York").programme).values()) == [
        "Gil, Ana",
        "Jane Roe",
        "Qingyun Wu",
        "Ruby Henry",
    ]


AGENDA_WITH_BY_LINES = """\
- title: Wednesday / 15 October
  date: 2025-10-15
  sessions:
    - events:
        - title: "Student Research Workshop"
          time: 8:00 - 9:00
          room: Main Hall
          subevents:
            - title: "<strong>PepGlider: peptide design</strong>"
              subtitle: by Aleksandra Gwiazda (Warsaw University of Technology)
              time: 8:00 - 8:30
            - title: "<strong>DetoxAI</strong>"
              subtitle: by Łukasz Sztukiewicz
              time: 8:30 - 9:00
    - events:
        - title: "Invited Talk 5: <strong>Training LLMs</strong>"
          subtitle: by Antonio Orvieto (ELLIS Institute Tübingen)
          time: 11:15 - 12:15
          room: Main Hall
        - title: "Sponsor Talk: <strong>Search at scale</strong>"
          subtitle: by Aleksandra Chrabrowa and Mateusz Marzec (Allegro)
          time: 11:15 - 12:15
          room: Hall A
        - title: '<i class="fa-solid fa-utensils"></i> Lunch'
          subtitle: (served in the foyer)
          time: 12:15 - 13:15
"""


def test_people_a_subtitle_says_a_session_is_by_are_its_speakers(tmp_path: Path) -> None:
    # ML in PL 2025's agenda names its speakers only so: "by Antonio Orvieto (ELLIS Institute
    # Tübingen)", in a session's subtitle or in the subtitles of the talks it holds. A subtitle
    # that is no "by" line names nobody.
    path = tmp_path / "agenda.yml"
    path.write_text(AGENDA_WITH_BY_LINES, encoding="utf-8")
    programme = load_programme(path, tz="Europe/Warsaw").programme
    assert {
        session.title.get("en"): sorted(programme.people[role.person_id].name for role in session.roles)
        for session in programme.sessions
    } == {
        "Student Research Workshop": ["Aleksandra Gwiazda", "Łukasz Sztukiewicz"],
        "Invited Talk 5: Training LLMs": ["Antonio Orvieto"],
        "Sponsor Talk: Search at scale": ["Aleksandra Chrabrowa", "Mateusz Marzec"],
        "Lunch": [],
    }
    assert {person.name: person.affiliation for person in programme.people.values()}["Antonio Orvieto"] == (
        "ELLIS Institute Tübingen"
    )


SWAPPED_SPEAKERS = """\
- date: "2018-09-26"
  timeslots:
  - startTime: "10:50"
    endTime: "11:00"
    title: "Event Inauguration"
    speaker: "Seif Haridi"
  - startTime: "14:00"
    endTime: "14:30"
    title: "Automerge: Replicated data structures for peer-to-peer collaboration"
    events:
      - title: "Martin Kleppmann: University of Cambridge, UK"
        speakers: "Abstract: This talk introduces Automerge, a JavaScript library for data synchronisation
          between mobile devices such as laptop computers and smartphones."
  - startTime: "15:50"
    endTime: "16:50"
    title: "Social Hour (breakout rooms)"
    moderator: "Join other attendees in small video rooms for conversation"
"""


def test_a_sentence_in_a_field_for_people_is_no_one_and_says_what_the_session_is_about(
    tmp_path: Path,
) -> None:
    # DISCAN 2018's schedule gives each talk's abstract as its "speakers" and its speaker as the
    # title of the talk inside the slot; PKC 2020's social hours have a sentence as "moderator".
    path = tmp_path / "schedule.yml"
    path.write_text(SWAPPED_SPEAKERS, encoding="utf-8")
    programme = load_programme(path, tz="Europe/Stockholm").programme
    people = {
        session.title.get("en"): [
            (programme.people[role.person_id].name, programme.people[role.person_id].affiliation)
            for role in session.roles
        ]
        for session in programme.sessions
    }
    assert people == {
        "Event Inauguration": [("Seif Haridi", "")],
        "Automerge: Replicated data structures for peer-to-peer collaboration": [
            ("Martin Kleppmann", "University of Cambridge, UK")
        ],
        "Social Hour (breakout rooms)": [],
    }
    talk, social = programme.sessions[1], programme.sessions[2]
    assert "JavaScript library for data synchronisation" in talk.description.get("en")
    assert "small video rooms" in social.description.get("en")
