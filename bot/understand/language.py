"""Which of French, English and Spanish a message is written in."""

from __future__ import annotations

from bot.i18n import LANGUAGES
from bot.understand.vocabulary import LANGUAGE_MARKERS

_SPANISH_MARKS = set("¿¡ñ")
_FRENCH_MARKS = set("èêëçàùûœîâ")
_SPANISH_ACCENTS = set("áíóú")


def detect_language(raw: str, words: list[str], clues: dict[str, float] | None = None) -> str | None:
    """The language a message is written in, or None when it gives no clue (a bare name).

    `clues` adds weaker evidence, such as words found in the programme's titles in a language."""
    scores = {language: (clues or {}).get(language, 0.0) for language in LANGUAGES}
    lowered = raw.lower()
    if any(ch in _SPANISH_MARKS for ch in lowered):
        scores["es"] += 3
    if any(ch in _FRENCH_MARKS for ch in lowered):
        scores["fr"] += 2
    if any(ch in _SPANISH_ACCENTS for ch in lowered):
        scores["es"] += 1.5
    if "é" in lowered:
        scores["fr"] += 0.6
    if "'s" in lowered or "’s" in lowered:
        scores["en"] += 1
    for word in words:
        for language, markers in LANGUAGE_MARKERS.items():
            scores[language] += markers.get(word, 0.0)
    best = max(scores, key=lambda language: scores[language])
    if scores[best] < 1.0:
        return None
    return best
