"""Our TOML written from a programme reads back, with our own reader, as the same programme."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.commands import programme_convert
from bot.programme import native
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Conference, Person, Programme, Role, Room, Session, Text
from bot.programme.writer import programme_to_toml
from tests.programme.importers.support import FIXTURES

ROUND_TRIPS = [
    ("pretalx/democon-FrabXmlExporter.xml", None),
    ("pretalx/democon-FrabJsonExporter.json", None),
    ("pretalx/democon-widget-schedule.json", None),
    ("pretalx/democon-ICalExporter.ics", None),
    ("pretalx/democon-FrabXCalExporter.xcal", "Europe/Berlin"),
    ("pretalx/jornada-FrabXmlExporter.xml", None),
    ("pretalx/jornada-ICalExporter.ics", None),
    ("pretalx/jornada-FrabXCalExporter.xcal", "America/Mexico_City"),
    ("pentabarf-old.xml", "Europe/Brussels"),
    ("c3voc-quirks.json", None),
    ("widget-i18n.json", None),
    ("sessionize-all.json", "America/New_York"),
    ("quirks.ics", None),
    ("rfc6321.xcal", "Europe/Paris"),
]


def read_back(programme: Programme) -> Programme:
    text = programme_to_toml(programme, source="test")
    return native.read(text.encode("utf-8"), Path("converted.toml")).programme


def assert_same(original: Programme, copy: Programme) -> None:
    assert copy.conference == original.conference
    assert list(copy.rooms.values()) == list(original.rooms.values())
    assert list(copy.people.values()) == list(original.people.values())
    assert copy.sessions == original.sessions
    # Same-zone datetimes compare by wall time; the instants must match too (DST folds).
    instants = [(s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in original.sessions]
    assert [(s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in copy.sessions] == instants


@pytest.mark.parametrize(("name", "tz"), ROUND_TRIPS)
def test_imported_programmes_round_trip(name: str, tz: str | None) -> None:
    original = load_programme(FIXTURES / name, tz=tz).programme
    assert_same(original, read_back(original))


def test_the_shipped_programme_round_trips(mechelen: Programme) -> None:
    assert_same(mechelen, read_back(mechelen))


def _programme(title: str, description: str, name: str, start: datetime, end: datetime) -> Programme:
    zone = start.tzinfo
    assert isinstance(zone, ZoneInfo)
    conference = Conference(
        id="t",
        name=Text.of({"en": name, "fr": title}),
        timezone=zone,
        default_language="en",
        days=(start.date(),),
        languages=("en", "fr"),
        day_change=time(0, 0),
    )
    session = Session(
        id="s1",
        kind=SessionKind.TALK,
        start=start,
        end=end,
        room_id="r",
        title=Text.of(title, "en"),
        description=Text.of(description, "en"),
        organiser=name,
        questions=(title,),
        roles=(Role("p", "moderator"),),
        tbc_roles=("rapporteur",),
        cancelled=True,
    )
    room = Room(
        id="r",
        name=name,
        aliases=(title,),
        interpretation=("en", "fr"),
        directions=Text.of({"es": description}),
    )
    person = Person(id="p", name=name, aliases=(title,), affiliation=title, country=name, unnamed=True)
    return Programme(conference, [room], [person], [session])


def test_an_hour_repeated_by_the_dst_change_keeps_its_instant() -> None:
    paris = ZoneInfo("Europe/Paris")
    start = datetime(2025, 10, 26, 2, 30, tzinfo=paris, fold=1)  # the second 02:30 (UTC+1)
    end = datetime(2025, 10, 26, 3, 30, tzinfo=paris)
    programme = _programme("Night", "", "Ann", start, end)
    text = programme_to_toml(programme)
    assert 'start = "2025-10-26T02:30+01:00"' in text
    assert 'end = "2025-10-26T03:30"' in text
    assert_same(programme, read_back(programme))


LINE = st.text(st.characters(exclude_categories=["Cs"]), min_size=1).map(str.strip).filter(bool)


@settings(max_examples=150, deadline=None)
@given(title=LINE, description=LINE, name=LINE)
def test_any_text_survives_escaping(title: str, description: str, name: str) -> None:
    start = datetime(2025, 5, 1, 9, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    programme = _programme(title, description, name, start, start.replace(hour=10))
    assert_same(programme, read_back(programme))


def test_quotes_backslashes_and_newlines_are_escaped() -> None:
    start = datetime(2025, 5, 1, 9, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    title = 'Say "hi" \\ to C:\\temp\tnow'
    text = programme_to_toml(_programme(title, 'Line 1\n"""\nLine 3\\', "Zoé", start, start))
    assert 'title = "Say \\"hi\\" \\\\ to C:\\\\temp\\tnow"' in text
    assert 'description = """\nLine 1\n\\"\\"\\"\nLine 3\\\\"""' in text


def test_convert_writes_a_file_our_reader_accepts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.toml"
    source = FIXTURES / "pretalx" / "jornada-FrabXmlExporter.xml"
    assert programme_convert.run(str(source), output=str(output), tz=None) == 0
    converted = load_programme(output)
    assert converted.format == "conference-bot"
    assert_same(load_programme(source).programme, converted.programme)
    out, err = capsys.readouterr()
    assert out.strip() == f"{output}: 4 sessions, 2 rooms, 3 people, from {source} (frab-xml)"
    assert err == ""
    assert [p.name for p in tmp_path.iterdir()] == ["out.toml"]  # no temporary file left


def test_convert_refusal_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.toml"
    source = FIXTURES / "pretalx" / "jornada-FrabXCalExporter.xcal"
    assert programme_convert.run(str(source), output=str(output), tz=None) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(str(source)) and "--tz" in err
    assert not output.exists()


def test_convert_writes_what_needs_fixing_by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Overlaps are warnings on import but errors in our TOML: write, and say what to fix.
    output = tmp_path / "out.toml"
    assert programme_convert.run(str(FIXTURES / "frab-quirks.xml"), output=str(output), tz=None) == 0
    _, err = capsys.readouterr()
    assert "warning: to fix before use:" in err and "overlaps" in err
    assert output.read_text(encoding="utf-8").count("[[sessions]]") == 7


def test_convert_will_not_overwrite_its_input(tmp_path: Path) -> None:
    source = tmp_path / "schedule.xml"
    source.write_bytes((FIXTURES / "frab-quirks.xml").read_bytes())
    assert programme_convert.run(str(source), output=str(source), tz=None) == 1


def test_days_and_day_change_are_written(tmp_path: Path) -> None:
    programme = load_programme(FIXTURES / "pentabarf-old.xml", tz="Europe/Brussels").programme
    text = programme_to_toml(programme)
    assert 'days = ["2024-02-03", "2024-02-04"]' in text
    assert 'day_change = "06:00"' in text
    assert read_back(programme).days == (date(2024, 2, 3), date(2024, 2, 4))
