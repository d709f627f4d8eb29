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
