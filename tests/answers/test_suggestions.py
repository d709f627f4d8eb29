"""'Did you mean …?' only when a name is really close: a word it begins, or a slip of a letter or
two with the same first letter."""

from __future__ import annotations

import pytest

from bot.answers.answer import suggest
from bot.config import default_programme_path
from bot.programme.loading import load_programme


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("bouba", ("Boubacar Bah",)),
        ("hertn", ("Herten Aas",)),
        ("wifi", ()),
        ("lol", ()),  # "lol" is not Lola Lopez
        ("xyzzy", ()),
    ],
)
def test_only_close_names_are_suggested(typed: str, suggested: tuple[str, ...]) -> None:
    programme = load_programme(default_programme_path()).programme
    assert suggest(typed, programme) == suggested
