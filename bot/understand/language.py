"""Which of French, English and Spanish a message is written in.

The evidence is data (bot/understand/lexicon/{fr,en,es}.toml): each language's signs (letters or
marks only it writes, found in the lowered message) and its marker words, each with a weight."""

from __future__ import annotations

from bot.i18n import LANGUAGES
from bot.understand.vocabulary import LANGUAGE_MARKERS, LANGUAGE_SIGNS


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
