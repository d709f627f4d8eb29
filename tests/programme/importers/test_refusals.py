"""What is not a programme, or not a format we read, is refused on one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from tests.programme.importers.support import FIXTURES

EXPECTED_FORMATS = "(expected our TOML, frab/Pentabarf schedule.xml"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.json", f"the file is empty {EXPECTED_FORMATS}"),
        ("blank.xml", "the file is empty"),
        (
            "not-a-schedule.json",
            "JSON but not a schedule we read: an object with keys 'items', 'count', and no object "
            "inside it has a title, a start time and an end or duration (expected pretalx/c3voc ",
        ),
        ("array.json", "JSON but not a schedule we read: a list of 3 items, and no object"),
        (
            "rss.xml",
            "XML with root <rss>, not a schedule we read: it holds <channel><title>, and no element "
            "in it has a title, a start time and an end or duration (expected frab/Pentabarf ",
        ),
        ("login-page.xml", "an HTML page, not a programme export"),
        ("broken.xml", "not well-formed XML"),
        ("no-events.xml", "no events in the file (frab-xml): nothing to load"),
        ("entity-bomb.xml", "entity declarations"),
        ("notes.txt", f"not a programme file in a format we read {EXPECTED_FORMATS}"),
        ("widget-bad-time.json", "start 'tomorrow morning' is not a date and time"),
        ("floating.ics", "times carry no time zone and the file names none: pass --tz"),
    ],
)
def test_refused_on_one_line_naming_the_file(name: str, reason: str) -> None:
    path = FIXTURES / name
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert reason in message
    assert "\n" not in message


def test_a_broken_file_names_the_line() -> None:
    with pytest.raises(ProgrammeError) as caught:
        load_programme(FIXTURES / "broken.xml")
    assert caught.value.line == 7


def test_an_unreadable_duration_refuses_the_whole_file(tmp_path: Path) -> None:
    text = (FIXTURES / "frab-quirks.xml").read_text(encoding="utf-8")
    path = tmp_path / "schedule.xml"
    # ("45 min" is read now, as sites write durations out: a duration no reader reads)
    path.write_text(text.replace("<duration>00:45</duration>", "<duration>a while</duration>"))
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    assert str(caught.value) == (
        f"{path}: day 1 event 'talk-2': duration 'a while' is not HH:MM, D:HH:MM or minutes"
    )


def test_a_json_schedule_whose_keys_come_late_is_still_recognised(tmp_path: Path) -> None:
    # The sniffers see only the first 4 KB: past them, the JSON fallback reads the structure.
    text = (FIXTURES / "widget-i18n.json").read_text(encoding="utf-8")
    padded = '{"padding": "' + "x" * 5000 + '", ' + text.lstrip()[1:]
    path = tmp_path / "widget"
    path.write_text(padded, encoding="utf-8")
    loaded = load_programme(path)
    assert loaded.format == "pretalx-widget"
    assert len(loaded.programme.sessions) == 3


def test_an_unknown_zone_named_with_tz_is_refused() -> None:
    with pytest.raises(ProgrammeError, match="unknown time zone 'Mars/Olympus'"):
        load_programme(FIXTURES / "floating.ics", tz="Mars/Olympus")


def _refusal(path: Path) -> str:
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_schedule_root_without_frab_structure_says_what_it_holds(tmp_path: Path) -> None:
    # A conference's own <schedule><day><entry> whose entries have no start: not an empty frab.
    path = tmp_path / "schedule.xml"
    path.write_text(
        '<schedule><day date="2025-07-14"><entry id="1"><title>Keynote</title>'
        "<slot>morning</slot></entry></day></schedule>"
    )
    assert _refusal(path) == (
        f"{path}: XML, but not frab/Pentabarf: root <schedule> without <day><room><event>: it "
        "holds <day><entry><title>, and no element in it has a title, a start time and an end or "
        "duration (expected frab/Pentabarf schedule.xml, xCal, or sessions each with a title, a "
        "start and an end)"
    )


def test_an_empty_frab_file_is_still_said_to_have_no_events(tmp_path: Path) -> None:
    path = tmp_path / "schedule.xml"
    path.write_text(
        '<schedule><conference><title>Empty</title></conference><day date="2025-07-14">'
        '<room name="Hall"/></day></schedule>'
    )
    assert _refusal(path) == f"{path}: no events in the file (frab-xml): nothing to load"


@pytest.mark.parametrize(
    ("start", "tag"),
    [
        ("{% load conference %}\n<?xml version='1.0'?>", "{% load conference %}"),
        ("<?xml version='1.0' encoding='utf-8' ?>\n{% spaceless %}", "{% spaceless %}"),
        ("{{ header }}", "{{ header }}"),
        ("<% if schedule %>", "<% if schedule %>"),
    ],
)
def test_a_template_is_refused_as_a_template(tmp_path: Path, start: str, tag: str) -> None:
    # A JSON reader took "{% load %}" for broken JSON; an XML one, "{% spaceless %}" for bad XML.
    path = tmp_path / "schedule.xml"
    path.write_text(f"{start}\n<schedule>{{% for day in days %}}<day/>{{% endfor %}}</schedule>\n")
    assert _refusal(path) == (
        f"{path}: a template, not a schedule: it starts with a template tag ({tag}) that a web "
        "site fills in; give the file the site serves from it"
    )


def test_a_well_formed_template_is_refused_as_a_template_not_as_an_empty_schedule(tmp_path: Path) -> None:
    path = tmp_path / "schedule.xml"
    path.write_text(
        "<schedule>{% for day in days %}<day date='{{ day.date }}'>{% for e in day.entries %}"
        "<slot>{{ e.title }}</slot>{% endfor %}</day>{% endfor %}</schedule>"
    )
    assert _refusal(path) == (
        f"{path}: a template, not a schedule: it holds template tags ({{% for day in days %}}) "
        "that a web site fills in; give the file the site serves from it"
    )


def test_a_schedule_whose_abstract_shows_template_tags_is_still_read(tmp_path: Path) -> None:
    text = (FIXTURES / "frab-quirks.xml").read_text(encoding="utf-8")
    path = tmp_path / "schedule.xml"
    path.write_text(text.replace("</title>", " {% block %} {{ x }} {% endblock %}</title>", 1))
    assert len(load_programme(path).programme.sessions) == 7


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            b"version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 2048\n",
            "a Git LFS pointer, not the file itself",
        ),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "gzip-compressed data"),
    ],
)
def test_files_that_are_something_else_say_what_they_are(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "schedule.json"
    path.write_bytes(content)
    assert _refusal(path).startswith(f"{path}: {reason}")


def test_json_schedule_key_without_conference_is_read_by_its_structure(tmp_path: Path) -> None:
    # "schedule" is what a c3voc file starts with, but this one is a site's own list.
    path = tmp_path / "schedule.json"
    path.write_text(
        '{"schedule": [{"title": "Opening", "start": "2025-05-12T09:00:00+02:00", '
        '"end": "2025-05-12T09:30:00+02:00", "room": "Main"}]}'
    )
    loaded = load_programme(path)
    assert (loaded.format, len(loaded.programme.sessions)) == ("own-json", 1)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "deep.xml",
            "<a>" * 3000 + "</a>" * 3000,
            "XML with root <a>, not a schedule we read: its elements nest",
        ),
        ("deep.json", '{"a":' * 5000 + "1" + "}" * 5000, "JSON nested too deeply to be a schedule"),
    ],
)
def test_a_file_nested_too_deeply_is_refused_not_a_crash(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert _refusal(path).startswith(f"{path}: {reason}")
