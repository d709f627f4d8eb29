"""A French or Spanish word's English forms by its ending ("tenseurs" → "tensors",
"probabilística" → "probabilistic"): the endings are language data (lexicon [cognates])."""

from __future__ import annotations

from functools import cache

from bot.understand.lexicon import lexicon

# Letters a word keeps before its ending: "gif" is no "give", "musique" is "music".
MIN_STEM = 3


@cache
def _endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every ending with its English ones, the longest first ("iques" before "ique")."""
    section = lexicon().section("cognates")
    return tuple(sorted(section.items(), key=lambda item: -len(item[0])))


def english_forms(word: str) -> tuple[str, ...]:
    """The word with its ending made English, by the longest ending it has; () for none."""
    for ending, english in _endings():
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            return tuple(stem + other for other in english)
    return ()
