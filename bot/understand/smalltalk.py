"""Small talk: "thanks", "ok", "👍", "lol", "hi" — a one-line friendly reply in the message's
language rather than the help or "I don't know" (the phrases: bot/understand/lexicon/smalltalk.toml).

Read before the parser (bot/answers/reply.py): a message of only these words is no question."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from bot.i18n import LANGUAGES
from bot.understand.lexicon import FOLDER
from bot.understand.question import Intent, Question
from bot.understand.text import words

KINDS = ("thanks", "ok", "laugh", "greeting", "bye")
_LONGEST = 6  # words


@dataclass(frozen=True, slots=True)
class _Phrases:
    by_phrase: dict[str, tuple[str, frozenset[str]]]  # folded phrase → (kind, the languages saying it)
    emoji: dict[str, str]  # emoji → kind


@cache
def _phrases() -> _Phrases:
    data = tomllib.loads((FOLDER / "smalltalk.toml").read_text(encoding="utf-8"))
    kinds: dict[str, str] = {}
    languages: dict[str, set[str]] = {}
    for kind in KINDS:
        for language, phrases in data[kind].items():
            for phrase in phrases:
                folded = " ".join(words(phrase))
                kinds.setdefault(folded, kind)
                languages.setdefault(folded, set()).add(language)
    by_phrase = {phrase: (kind, frozenset(languages[phrase])) for phrase, kind in kinds.items()}
    emoji = {mark: kind for kind, marks in data["emoji"].items() for mark in marks}
    return _Phrases(by_phrase, emoji)


def small_talk(text: str, at: datetime, language_hint: str | None, default_language: str) -> Question | None:
    """The small talk a message is, as a `help` question whose rule names its kind
    ("small-talk-thanks"), or None when it asks something."""
    phrases = _phrases()
    stripped = text.strip()
    marks = [mark for mark in phrases.emoji if mark in stripped]
    rest = stripped
    for mark in marks:
        rest = rest.replace(mark, " ")
    tokens = words(rest)
    if not tokens and not marks:
        return None
    if len(tokens) > _LONGEST:
        return None
    kinds: list[str] = [phrases.emoji[mark] for mark in marks]
    languages: set[str] = set()
    # The whole message, or parts of it one after the other: "ok merci", "haha thanks", "hola gracias".
    found = _cover(tokens, phrases.by_phrase)
    if found is None:
        return None
    for kind, said_in in found:
        kinds.append(kind)
        if len(said_in) == 1:
            languages |= said_in
    if not kinds:
        return None
    # Thanks outweighs ok, a greeting a laugh: the reply answers the most telling part.
    kind = min(kinds, key=KINDS.index)
    # "merci" is French; "ok", "lol" or 👍 are any language's: then the reader's.
    hint = language_hint if language_hint in LANGUAGES else None  # a phone's "de" is none of ours
    language = next(iter(languages)) if len(languages) == 1 else (hint or default_language)
    return Question(intent=Intent.HELP, language=language, at=at, text=stripped, rule=f"small-talk-{kind}")


def _cover(
    tokens: list[str], by_phrase: dict[str, tuple[str, frozenset[str]]]
) -> list[tuple[str, frozenset[str]]] | None:
    """The phrases that make up the whole message, longest first from the left; None when a word
    is none of them."""
    found: list[tuple[str, frozenset[str]]] = []
    position = 0
    while position < len(tokens):
        for size in range(min(4, len(tokens) - position), 0, -1):
            phrase = " ".join(tokens[position : position + size])
            if phrase in by_phrase:
                found.append(by_phrase[phrase])
                position += size
                break
        else:
            if tokens[position] in _POLITE:
                position += 1
                continue
            return None
    return found


# Words around small talk that change nothing: "merci à tous", "thank you so much".
_POLITE = frozenset(("a", "tous", "vous", "toi", "you", "so", "much", "very", "muy", "bot", "le", "la", "el"))
