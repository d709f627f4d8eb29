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
            "JSON but not a schedule we read (expected pretalx/c3voc schedule.json, "
            "pretalx widget JSON or Sessionize)",
        ),
        ("array.json", "JSON but not a schedule we read"),
        (
            "rss.xml",
            "XML with root <rss>: not a schedule we read (expected frab/Pentabarf schedule.xml or xCal)",
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
    path.write_text(text.replace("<duration>00:45</duration>", "<duration>45 min</duration>"))
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    assert str(caught.value) == (
        f"{path}: day 1 event 'talk-2': duration '45 min' is not HH:MM, D:HH:MM or minutes"
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
