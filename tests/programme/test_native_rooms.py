"""The way to a room in our TOML format: building, floor, directions, a map in docs/ and, for a
place off site, its coordinates; read into the model, written back the same, and a mistake
refused with the file, the line, the field and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme import native
from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from bot.programme.model import Programme, Text
from bot.programme.writer import programme_to_toml

BASE = """\
format = "conference-bot/1"

[conference]
id = "tiny"
timezone = "Europe/Brussels"
default_language = "en"
languages = ["en"]
days = ["2017-11-16"]
name = "Tiny"

[[rooms]]
id = "hall"
name = "Hall"
building = { en = "Main building", fr = "Bâtiment principal" }
floor = 2
directions = "Up the stairs, second door on the left"
map = "docs/hall.png"

[[rooms]]
id = "boxing-club"
name = "Boxing club"
latitude = 51.0259
longitude = 4.4776

[[sessions]]
id = "first"
kind = "roundtable"
start = "2017-11-16T09:00"
end = "2017-11-16T10:00"
room = "hall"
title = "First"
"""

# The smallest PNG there is: 1×1, one grey pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010800000000"
    "3a7e9b550000000a49444154789c63680000008200817726aeb20000000049454e44ae426082"
)


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "hall.png").write_bytes(PNG)
    (tmp_path / "docs" / "notes.txt").write_text("notes\n", encoding="utf-8")
    path = tmp_path / "programme.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str) -> Programme:
    return load_programme(write(tmp_path, text)).programme


def test_the_way_to_a_room_is_read(tmp_path: Path) -> None:
    programme = load(tmp_path, BASE)
    hall, club = programme.rooms["hall"], programme.rooms["boxing-club"]
    assert hall.building == Text.of({"en": "Main building", "fr": "Bâtiment principal"})
    assert hall.floor == Text.of("2", "en")
    assert hall.directions.get("en") == "Up the stairs, second door on the left"
    assert (hall.map_file, hall.map_path) == ("docs/hall.png", (tmp_path / "docs" / "hall.png").resolve())
    assert hall.coordinates is None
    assert club.coordinates == (51.0259, 4.4776)
    assert (club.map_path, club.floor, club.building) == (None, Text(), Text())


def test_the_way_to_a_room_is_written_back_the_same(tmp_path: Path) -> None:
    original = load(tmp_path, BASE)
    text = programme_to_toml(original)
    copy = native.read(text.encode("utf-8"), tmp_path / "copy.toml").programme
    assert copy.rooms == original.rooms
    assert copy.rooms["hall"].map_path == original.rooms["hall"].map_path


def test_a_floor_may_be_words_in_each_language(tmp_path: Path) -> None:
    programme = load(tmp_path, BASE.replace("floor = 2", 'floor = { en = "ground floor", fr = "rez" }'))
    assert programme.rooms["hall"].floor.get("fr") == "rez"


# (mutation of BASE, field path in the message, words of the reason, line of the table)
CASES = [
    (
        "latitude without longitude",
        BASE.replace("longitude = 4.4776\n", ""),
        "rooms[1].longitude",
        "give both latitude and longitude, or neither",
        19,
    ),
    (
        "latitude out of range",
        BASE.replace("latitude = 51.0259", "latitude = 151.0"),
        "rooms[1].latitude",
        "151.0 is not between -90 and 90 degrees",
        19,
    ),
    (
        "longitude as text",
        BASE.replace("longitude = 4.4776", 'longitude = "4.4776 E"'),
        "rooms[1].longitude",
        "expected a number in degrees",
        19,
    ),
    (
        "map outside docs",
        BASE.replace('map = "docs/hall.png"', 'map = "../hall.png"'),
        "rooms[0].map",
        "is not in the docs/ folder",
        11,
    ),
    (
        "map missing",
        BASE.replace('map = "docs/hall.png"', 'map = "docs/plan.png"'),
        "rooms[0].map",
        "'docs/plan.png': no such file",
        11,
    ),
    (
        "map not a picture",
        BASE.replace('map = "docs/hall.png"', 'map = "docs/notes.txt"'),
        "rooms[0].map",
        "is not a picture",
        11,
    ),
    (
        "misspelt field",
        BASE.replace("floor = 2", "flor = 2"),
        "rooms[0].flor",
        "unknown field (expected one of: aliases, building, capacity, directions, floor, id,",
        11,
    ),
    (
        "floor as a list",
        BASE.replace("floor = 2", "floor = [2]"),
        "rooms[0].floor",
        "expected a string or a table of languages",
        11,
    ),
    (
        "building as a number",
        BASE.replace('building = { en = "Main building", fr = "Bâtiment principal" }', "building = 3"),
        "rooms[0].building",
        "expected a string or a table of languages",
        11,
    ),
]


@pytest.mark.parametrize(("name", "text", "where", "reason", "line"), CASES, ids=[c[0] for c in CASES])
def test_a_mistake_in_the_way_to_a_room_is_refused_clearly(
    tmp_path: Path, name: str, text: str, where: str, reason: str, line: int
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    error = caught.value
    assert (error.where, error.line) == (where, line)
    assert reason in error.reason
    assert str(error).startswith(f"{path}:{line}: {where}: ")
