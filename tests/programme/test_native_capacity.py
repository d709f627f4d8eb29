"""A room's capacity in our TOML format: read into the model, written back the same, and a
mistake refused with the file, the line, the field and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme import native
from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from bot.programme.writer import programme_to_toml
from tests.programme.test_native_rooms import BASE, write

WITH_CAPACITY = BASE.replace("floor = 2\n", "floor = 2\ncapacity = 120\n")


def test_a_rooms_capacity_is_read_and_written_back(tmp_path: Path) -> None:
    programme = load_programme(write(tmp_path, WITH_CAPACITY)).programme
    assert (programme.rooms["hall"].capacity, programme.rooms["boxing-club"].capacity) == (120, None)
    text = programme_to_toml(programme)
    assert "capacity = 120" in text
    copy = native.read(text.encode("utf-8"), tmp_path / "copy.toml").programme
    assert copy.rooms == programme.rooms


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ('"120"', "expected a whole number of seats, got a string"),
        ("120.5", "expected a whole number of seats"),
        ("true", "expected a whole number of seats"),
        ("0", "0 is not between 1 and 1000000 seats"),
        ("-5", "-5 is not between 1 and 1000000 seats"),
        ("2000000", "2000000 is not between 1 and 1000000 seats"),
    ],
)
def test_a_wrong_capacity_is_refused_clearly(tmp_path: Path, value: str, reason: str) -> None:
    path = write(tmp_path, WITH_CAPACITY.replace("capacity = 120", f"capacity = {value}"))
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    error = caught.value
    assert (error.where, error.line) == ("rooms[0].capacity", 11)
    assert reason in error.reason
    assert str(error).startswith(f"{path}:11: rooms[0].capacity: ")
