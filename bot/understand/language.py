"""Which of French, English and Spanish a message is written in.

The evidence is data (bot/understand/lexicon/{fr,en,es}.toml): each language's signs (letters or
marks only it writes, found in the lowered message) and its marker words, each with a weight."""

from __future__ import annotations

from collections.abc import Iterable

from bot.i18n import LANGUAGES
from bot.understand.text import words as words_of
from bot.understand.vocabulary import (
    LANGUAGE_MARKERS,
    LANGUAGE_SIGNS,
    OTHER_LANGUAGES_LITTLE_WORDS,
    OWN_STOPWORDS,
)


def detect_language(raw: str, words: list[str], clues: dict[str, float] | None = None) -> str | None:
    """The language a message is written in, or None when it gives no clue (a bare name).

    `clues` adds weaker evidence, such as words found in the programme's titles in a language."""
    scores = {language: (clues or {}).get(language, 0.0) for language in LANGUAGES}
    lowered = raw.lower()
    for language, signs in LANGUAGE_SIGNS.items():
        for marks, weight in signs:
            if any(mark in lowered for mark in marks):
                scores[language] += weight
    for word in words:
        for language, markers in LANGUAGE_MARKERS.items():
            scores[language] += markers.get(word, 0.0)
    best = max(scores, key=lambda language: scores[language])
    if scores[best] < 1.0:
        return None
    return best


# Enough little words, and twice the next language's, to say what a programme is written in.
WRITTEN_IN_WORDS = 30
WRITTEN_IN_LEAD = 2.0
WRITTEN_IN_ENOUGH = 300  # little words that say it beyond doubt: the rest is not read
WRITTEN_IN_CHARACTERS = 500  # of each text: its start says its language


def written_in(texts: Iterable[str]) -> str | None:
    """The language of a programme's titles and descriptions by the little words only one of the
    three languages has ("les", "the", "los"); None when they say too little (a German or
    Portuguese programme has few of them)."""
    counts = dict.fromkeys(OWN_STOPWORDS, 0)
    other = 0  # Portuguese's, Italian's
    for text in texts:
        for word in words_of(text[:WRITTEN_IN_CHARACTERS]):
            other += word in OTHER_LANGUAGES_LITTLE_WORDS
            for code, own in OWN_STOPWORDS.items():
                if word in own:
                    counts[code] += 1
        if _clear(counts, other, enough=WRITTEN_IN_ENOUGH):
            break  # said already: a large programme's start is not slowed by reading it all
    return _clear(counts, other, enough=WRITTEN_IN_WORDS)


def _clear(counts: dict[str, int], other: int, *, enough: int) -> str | None:
    (best, most), (_, second) = sorted(counts.items(), key=lambda item: -item[1])[:2]
    return best if most >= enough and most >= WRITTEN_IN_LEAD * max(second, other) else None
