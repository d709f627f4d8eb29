"""The length-grouped fuzzy searches give what a search of the whole list gives."""

from __future__ import annotations

import random
import string

import pytest
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.understand.spellings import Spellings


def _slipped(word: str, rng: random.Random) -> str:
    """The word with one or two letters dropped, added, changed or swapped."""
    for _ in range(rng.choice((1, 2))):
        at = rng.randrange(len(word))
        letter = rng.choice(string.ascii_lowercase)
        word = (
            rng.choice(
                (
                    word[:at] + word[at + 1 :],
                    word[:at] + letter + word[at:],
                    word[:at] + letter + word[at + 1 :],
                    word[:at] + word[at + 1 : at + 2] + word[at : at + 1] + word[at + 2 :],
                )
            )
            or word
        )
    return word


@pytest.fixture(scope="module")
def vocabulary() -> list[str]:
    rng = random.Random(7)
    # Short words and long, many of them near each other: "stream", "streams", "streaming"…
    stems = ["".join(rng.choice("aeiourstlnmcdp") for _ in range(rng.randint(3, 12))) for _ in range(600)]
    words = {stem + ending for stem in stems for ending in ("", "s", "ing", "ed", "ation")}
    return sorted(words, key=lambda w: (rng.random(), w))  # no order the groups could lean on


@pytest.fixture(scope="module")
def asked(vocabulary: list[str]) -> list[str]:
    rng = random.Random(11)
    return [_slipped(rng.choice(vocabulary), rng) for _ in range(400)] + ["x", "zzzzzzzzzzzzzzzzzzzzzz"]


def test_has_near_is_a_search_of_every_word(vocabulary: list[str], asked: list[str]) -> None:
    spellings = Spellings(vocabulary)
    for cutoff in (80, 85, 90):
        for word in asked:
            whole = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
            assert spellings.has_near(word, cutoff) == (whole is not None), (word, cutoff)


def test_nearest_are_the_best_of_every_word_in_the_same_order(
    vocabulary: list[str], asked: list[str]
) -> None:
    spellings = Spellings(vocabulary)
    for word in asked:
        whole = process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=82, limit=3)
        assert spellings.nearest(word, 82, limit=3) == [(match, score) for match, score, _ in whole], word


def test_slip_of_is_the_nearest_word_first_in_the_list_between_equals(
    vocabulary: list[str], asked: list[str]
) -> None:
    spellings = Spellings(vocabulary)
    found = 0
    for word in asked:
        for slips in (1, 2):
            whole = process.extractOne(word, vocabulary, scorer=OSA.distance, score_cutoff=slips)
            expected = whole[0] if whole is not None else None
            assert spellings.slip_of(word, slips) == expected, (word, slips)
            found += expected is not None
    assert found > 100  # the slips were near enough to be found


def test_an_empty_list_finds_nothing() -> None:
    spellings = Spellings([])
    assert not spellings.has_near("stream", 85)
    assert spellings.nearest("stream", 82, limit=3) == []
    assert spellings.slip_of("stream", 1) is None
