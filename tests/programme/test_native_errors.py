"""A malformed programme file is refused with the file, the place and the reason, on one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme

VALID = """\
format = "conference-bot/1"

[conference]
id = "tiny"
timezone = "Europe/Brussels"
default_language = "en"
days = ["2017-11-16"]
name = { fr = "Petite", en = "Tiny", es = "Pequeña" }

[[rooms]]
id = "hall"
name = "Hall"

[[people]]
id = "ada"
name = "Ada Lovelace"

[[sessions]]
id = "first"
kind = "plenary"
start = "2017-11-16T09:00"
end = "2017-11-16T10:00"
room = "hall"
title = { fr = "Premier", en = "First", es = "Primero" }
people = [{ person = "ada", role = "speaker" }]

[[sessions]]
id = "second"
kind = "plenary"
start = "2017-11-16T10:00"
end = "2017-11-16T11:00"
room = "hall"
title = { fr = "Second", en = "Second", es = "Segundo" }
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "programme.toml"
    path.write_text(text, encoding="utf-8")
    return path


def refuse(tmp_path: Path, text: str) -> ProgrammeError:
    path = write(tmp_path, text)
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert "\n" not in message
    return caught.value


def test_the_valid_base_loads(tmp_path: Path) -> None:
    loaded = load_programme(write(tmp_path, VALID))
    assert [s.id for s in loaded.programme.sessions] == ["first", "second"]
    assert loaded.warnings == ()


# (mutation of VALID, field path expected in the message, words of the reason, line of the table)
CASES = [
    ("syntax", VALID.replace('id = "hall"', 'id = "hall'), None, "TOML syntax error", 11),
    ("no sessions", VALID.split("[[sessions]]")[0], "sessions", "missing", None),
    (
        "missing title",
        VALID.replace('title = { fr = "Premier", en = "First", es = "Primero" }\n', ""),
        "sessions[0].title",
        "missing required field",
        18,
    ),
    ("missing start", VALID.replace('start = "2017-11-16T09:00"\n', ""), "sessions[0].start", "missing", 18),
    (
        "unknown room",
        VALID.replace('room = "hall"', 'room = "attic"', 1),
        "sessions[0].room",
        "unknown room 'attic'",
        18,
    ),
    (
        "unknown person",
        VALID.replace('person = "ada"', 'person = "bob"'),
        "sessions[0].people[0].person",
        "unknown person 'bob'",
        18,
    ),
    (
        "end before start",
        VALID.replace('end = "2017-11-16T10:00"', 'end = "2017-11-16T08:00"'),
        "sessions[0].end",
        "is not after start",
        18,
    ),
    (
        "end equals start",
        VALID.replace('end = "2017-11-16T10:00"', 'end = "2017-11-16T09:00"'),
        "sessions[0].end",
        "is not after start",
        18,
    ),
    (
        "overlap",
        VALID.replace('start = "2017-11-16T10:00"', 'start = "2017-11-16T09:30"'),
        "sessions[1].start",
        "overlaps 'first' in room 'Hall'",
        27,
    ),
    (
        "duplicate session id",
        VALID.replace('id = "second"', 'id = "first"'),
        "sessions[1].id",
        "duplicate id 'first'",
        27,
    ),
    (
        "duplicate room id",
        VALID.replace("[[people]]", '[[rooms]]\nid = "hall"\nname = "Hall 2"\n\n[[people]]'),
        "rooms[1].id",
        "duplicate id 'hall'",
        14,
    ),
    (
        "unknown time zone",
        VALID.replace("Europe/Brussels", "Europe/Atlantis"),
        "conference.timezone",
        "unknown time zone 'Europe/Atlantis'",
        3,
    ),
    (
        "outside the days",
        VALID.replace('2017-11-16T10:00"\nend', '2017-11-18T10:00"\nend').replace(
            'end = "2017-11-16T11:00"', 'end = "2017-11-18T11:00"'
        ),
        "sessions[1].start",
        "2017-11-18 is not one of the conference days",
        27,
    ),
    (
        "wrong type for kind",
        VALID.replace('kind = "plenary"', "kind = 3", 1),
        "sessions[0].kind",
        "expected a string, got a number",
        18,
    ),
    (
        "wrong type for people",
        VALID.replace('people = [{ person = "ada", role = "speaker" }]', 'people = "ada"'),
        "sessions[0].people",
        "expected a list",
        18,
    ),
    (
        "bad datetime",
        VALID.replace('start = "2017-11-16T09:00"', 'start = "16/11/2017 9h"'),
        "sessions[0].start",
        "not a date and time",
        18,
    ),
    (
        "unknown kind",
        VALID.replace('kind = "plenary"', 'kind = "party"', 1),
        "sessions[0].kind",
        "unknown kind 'party'",
        18,
    ),
    (
        "bad default language",
        VALID.replace('default_language = "en"', 'default_language = "de"'),
        "conference.default_language",
        "'de' is not one of fr, en, es",
        3,
    ),
    (
        "no conference table",
        VALID.replace("[conference]", "[meeting]"),
        "conference",
        "missing [conference]",
        None,
    ),
    (
        "bad id",
        VALID.replace('id = "second"', 'id = "Second Session"'),
        "sessions[1].id",
        "not a valid id",
        27,
    ),
    (
        "empty title",
        VALID.replace('title = { fr = "Premier", en = "First", es = "Primero" }', 'title = ""'),
        "sessions[0].title",
        "must not be empty",
        18,
    ),
    (
        "bad day",
        VALID.replace('days = ["2017-11-16"]', 'days = ["16 November"]'),
        "conference.days[0]",
        "not a date",
        3,
    ),
    (
        "role without person",
        VALID.replace('{ person = "ada", role = "speaker" }', '{ role = "speaker" }'),
        "sessions[0].people[0].person",
        "missing required field",
        18,
    ),
]


@pytest.mark.parametrize(("name", "text", "where", "reason", "line"), CASES, ids=[c[0] for c in CASES])
def test_malformed_file_is_refused_clearly(
    tmp_path: Path, name: str, text: str, where: str | None, reason: str, line: int | None
) -> None:
    error = refuse(tmp_path, text)
    assert reason in error.reason
    assert error.where == where
    assert error.line == line
    if line is not None:
        assert f"programme.toml:{line}: " in str(error)


def test_not_a_programme_is_refused(tmp_path: Path) -> None:
    error = refuse(tmp_path, "just some notes\nnothing else\n")
    assert "not a programme file" in error.reason


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeError, match="cannot read the file"):
        load_programme(tmp_path / "absent.toml")


def test_missing_translation_is_a_warning(tmp_path: Path) -> None:
    loaded = load_programme(write(tmp_path, VALID.replace(', es = "Primero"', "")))
    assert len(loaded.warnings) == 1
    assert "sessions[0].title: no translation in es" in loaded.warnings[0]
    assert ":18: " in loaded.warnings[0]
