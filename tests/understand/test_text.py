"""Folding text (bot/understand/text.py): the fast path gives what the definition says."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.understand.text import LETTER_FOLDS, fold, without_accents, words


def by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", "".join(LETTER_FOLDS.get(ch, ch) for ch in text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.text())
def test_without_accents_is_the_definition(text: str) -> None:
    assert without_accents(text) == by_definition(text)


def test_folding_examples() -> None:
    assert fold("Amphithéâtre Callelongue") == "amphitheatre callelongue"
    assert fold("Ñandú") == "nandu"
    assert fold("Łódź") == "lodz"
    assert words("K.1.105 (La Fontaine) l’amphi") == ["k.1", "105", "la", "fontaine", "l", "amphi"]


def test_a_text_of_combining_marks_alone_folds_to_nothing() -> None:
    # Found by the hostile-input property test: "ꪾ" (a Tai Viet vowel sign) alone, and a bare
    # combining accent, leave nothing once the marks are taken off.
    assert without_accents("ꪾ") == by_definition("ꪾ") == ""
    assert without_accents("\u0301") == ""
    assert words("ꪾ") == []


def test_a_language_named_with_a_sign_is_a_word() -> None:
    """CodeMash 2014's «Concurrent Applications with F# Agents», asked "des sessions sur F# ?": the
    signs are dropped with the other punctuation, so the name is written as a word, in questions and
    programmes alike; a hashtag or a sign inside a word is left alone."""
    assert words("des sessions sur F# ?") == ["des", "sessions", "sur", "fsharp"]
    assert words("C# and .NET, C++17 (C++/CLI)") == ["csharp", "and", "net", "cpp", "17", "cpp", "cli"]
    assert words("#hashtag a#b abc++") == ["hashtag", "a", "b", "abc"]


def test_words_of_other_scripts_are_words() -> None:
    """A name pasted as a programme writes it is words: Greek and Cyrillic as words, a run of
    Chinese or Japanese signs as one word (nothing tells where one ends)."""
    assert words("林之晨's keynote") == ["林之晨", "s", "keynote"]
    assert words("Дмитрий Петров, Νίκος") == ["дмитрии", "петров", "νικος"]
    assert words("c koi le prochain truc") == ["c", "koi", "le", "prochain", "truc"]
