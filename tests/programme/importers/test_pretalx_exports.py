"""The real pretalx exports of two events (democon, jornada) in all five formats.

The expected figures were counted from the files themselves, independently of the importers:
    grep -c "<event " democon-FrabXmlExporter.xml                        → 36 (jornada: 4)
    grep -o "<person id='[0-9]*'" …Xml… | sort -u | wc -l                 → 29 (jornada: 3)
    grep -o "<room name='[^']*'" …Xml… | sort -u                          → 2 rooms each
    grep -o "<type>[^<]*" …Xml… | sort | uniq -c                   → 27 Talk, 9 Workshop
    grep -o "<date>[^<]*" …Xml… | sort | sed -n '1p;$p'            → first and last start
    per day in the JSON: 12, 12, 12 events; last end 14:00 + 01:30 = 15:30 on 2026-11-23.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, time
from pathlib import Path

import pytest

from bot.programme.loading import load_programme
from tests.programme.importers.support import (
    PRETALX,
    ZONES,
    by_id,
    people_of,
    rooms_of,
    sessions_of,
    utc,
)

FORMATS = {
    "FrabXmlExporter.xml": "frab-xml",
    "FrabJsonExporter.json": "schedule-json",
    "widget-schedule.json": "pretalx-widget",
    "ICalExporter.ics": "ical",
    "FrabXCalExporter.xcal": "xcal",
}
EXPECTED = {
    "democon": {
        "sessions": 36,
        "people": 29,
        "rooms": {"light-sea-green-room": "Light Sea Green Room", "dim-gray-room": "Dim Gray Room"},
        "days": [date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)],
        "first_start": "2026-11-21T08:00:00+00:00",  # 09:00+01:00
        "last_end": "2026-11-23T14:30:00+00:00",  # 15:30+01:00
    },
    "jornada": {
        "sessions": 4,
        "people": 3,
        "rooms": {"auditorio-nandu": "Auditorio Ñandú", "sala-jose-marti": "Sala José Martí"},
        "days": [date(2026, 3, 6), date(2026, 3, 7)],
        "first_start": "2026-03-06T16:00:00+00:00",  # 10:00-06:00
        "last_end": "2026-03-07T15:30:00+00:00",  # 09:30-06:00
    },
}


def export(event: str, suffix: str) -> Path:
    return PRETALX / f"{event}-{suffix}"


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("event", EXPECTED)
def test_every_export_loads_with_the_real_counts_and_instants(event: str, suffix: str) -> None:
    # xCal carries floating times only: it needs the zone; the others name or imply theirs.
    tz = ZONES[event] if suffix.endswith(".xcal") else None
    loaded = load_programme(export(event, suffix), tz=tz)
    programme, expected = loaded.programme, EXPECTED[event]
    assert loaded.format == FORMATS[suffix]
    assert len(programme.sessions) == expected["sessions"]
    assert len(programme.people) == expected["people"]
    assert rooms_of(programme) == expected["rooms"]
    assert list(programme.days) == expected["days"]
    assert programme.first_start is not None and programme.last_end is not None
    assert utc(programme.first_start) == expected["first_start"]
    assert utc(programme.last_end) == expected["last_end"]


@pytest.mark.parametrize("event", EXPECTED)
def test_xml_and_json_exports_give_the_same_programme(event: str) -> None:
    xml = load_programme(export(event, "FrabXmlExporter.xml")).programme
    json = load_programme(export(event, "FrabJsonExporter.json")).programme
    assert sessions_of(xml) == sessions_of(json)
    assert rooms_of(xml) == rooms_of(json)
    assert people_of(xml) == people_of(json)
    assert [s.description for s in xml.sessions] == [s.description for s in json.sessions]
    assert xml.conference == json.conference


@pytest.mark.parametrize("suffix", ["widget-schedule.json", "ICalExporter.ics"])
@pytest.mark.parametrize("event", EXPECTED)
def test_widget_and_ical_match_the_xml_but_for_the_kind_they_do_not_carry(event: str, suffix: str) -> None:
    xml = load_programme(export(event, "FrabXmlExporter.xml")).programme
    other = load_programme(export(event, suffix)).programme
    # iCal says neither kind nor language: jornada's Spanish titles are taken as English there.
    plain = {"with_kind": False, "with_languages": suffix.endswith(".json")}
    assert sessions_of(other, **plain) == sessions_of(xml, **plain)
    assert people_of(other) == people_of(xml)


@pytest.mark.parametrize("event", EXPECTED)
def test_xcal_gives_the_same_instants_rooms_and_people_under_its_own_ids(event: str) -> None:
    xml = load_programme(export(event, "FrabXmlExporter.xml")).programme
    xcal = load_programme(export(event, "FrabXCalExporter.xcal"), tz=ZONES[event]).programme

    def keyed(sessions: dict) -> list:
        return sorted((s["start"], s["end"], s["room"], s["people"]) for s in sessions.values())

    assert keyed(sessions_of(xcal)) == keyed(sessions_of(xml))
    assert by_id(xcal, "r9jwf3-localhost" if event == "jornada" else "fvggg7-localhost")


def test_democon_kinds_and_days_are_those_of_the_file() -> None:
    programme = load_programme(export("democon", "FrabXmlExporter.xml")).programme
    assert Counter(s.kind for s in programme.sessions) == {"talk": 27, "workshop": 9}
    assert [len(programme.sessions_on(day)) for day in programme.days] == [12, 12, 12]
    assert programme.conference.timezone.key == "Europe/Berlin"
    assert programme.conference.default_language == "en"
    session = by_id(programme, "fvggg7")
    assert session.title.get("en") == "Front-line stable extranet"
    assert [p.name for p, role in programme.people_of(session)] == ["Nancy Hopkins"]


def test_jornada_session_across_midnight_belongs_to_its_evening() -> None:
    programme = load_programme(export("jornada", "FrabXmlExporter.xml")).programme
    conference = programme.conference
    assert conference.default_language == "es"
    assert conference.day_change == time(4, 0)  # from <day start='…T04:00' end='…T03:59'>
    night = by_id(programme, "vvhe9v")
    assert night.start.isoformat() == "2026-03-06T23:30:00-06:00"
    assert night.end.isoformat() == "2026-03-07T00:30:00-06:00"
    assert conference.programme_day(night.start) == date(2026, 3, 6)
    assert night in programme.sessions_on(date(2026, 3, 6))
    names = [person.name for person, _ in programme.people_of(night)]
    assert names == ["José Ñúñez", "María-Inés Gómez"]
    assert night.title.get("es") == "Charla nocturna (cruza la medianoche)"
    assert night.description.get("es") == (
        "Resumen: Charla nocturna (cruza la medianoche)\n\nDescripción con acentos: á é í ó ú ü ñ"
    )


def test_ical_without_a_real_zone_name_warns_and_keeps_the_instants() -> None:
    # pretalx writes TZID:CST with the rules inline: no zone name to show times in.
    loaded = load_programme(export("jornada", "ICalExporter.ics"))
    assert loaded.programme.conference.timezone.key == "Etc/GMT+6"
    assert any("pass --tz" in warning for warning in loaded.warnings)
    named = load_programme(export("jornada", "ICalExporter.ics"), tz="America/Mexico_City")
    assert named.programme.conference.timezone.key == "America/Mexico_City"
    assert sessions_of(named.programme) == sessions_of(loaded.programme)


def test_xcal_without_tz_is_refused_naming_the_file() -> None:
    from bot.programme.errors import ProgrammeError

    path = export("jornada", "FrabXCalExporter.xcal")
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    assert str(caught.value).startswith(str(path))
    assert "--tz" in str(caught.value)
