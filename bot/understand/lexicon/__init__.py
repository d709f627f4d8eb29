"""The general lexicon: words of French, English and Spanish as data files in this folder.

`topics.toml` holds one table per idea (its key an English word) with the idea's forms in each
language: "privacidad", "privacy" and "vie privée" are one idea. The loader folds the forms as
questions are folded and refuses, naming the file, the idea and the form, any form that could
never match a question: empty, made only of words every question drops, or written with
characters that are not letters or digits.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.i18n import LANGUAGES
from bot.understand.text import fold, words

FOLDER = Path(__file__).parent
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
# What a question keeps of a form: letters, digits, and the separators between its words.
_SIGNS = re.compile(r"[a-z0-9\s\-'.]")


class LexiconError(ValueError):
    """A lexicon file that cannot be used as written."""


@dataclass(frozen=True, slots=True)
class Idea:
    word: str  # the word the idea is read as: its key without underscores
    forms: frozenset[str]  # folded, each of one or more words
    written: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (language, its forms as written)

    def name_in(self, language: str) -> str:
        """The idea's first form in a language, accents kept: "sécurité"."""
        return next((forms[0] for code, forms in self.written if code == language), self.word)


def read_ideas(path: Path, dropped: frozenset[str]) -> tuple[Idea, ...]:
    """The ideas of one file; `dropped` are the words every question loses (stop words)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"{path.name}: {error}") from error
    ideas = []
    for key, table in data.items():
        where = f"{path.name}: [{key}]"
        if not _KEY.match(key):
            raise LexiconError(f"{where}: the key must be lower-case letters, digits or _")
        if not isinstance(table, dict):
            raise LexiconError(f"{where}: expected a table of languages")
        unknown = set(table) - set(LANGUAGES)
        if unknown:
            raise LexiconError(
                f"{where}: unknown language {sorted(unknown)[0]!r} (one of {', '.join(LANGUAGES)})"
            )
        forms: set[str] = set()
        by_language: list[tuple[str, tuple[str, ...]]] = []
        for language in LANGUAGES:
            listed = table.get(language)
            if not isinstance(listed, list) or not listed or not all(isinstance(f, str) for f in listed):
                raise LexiconError(f"{where}.{language}: expected a list of words")
            for form in listed:
                folded = words(form)
                dropped_signs = set(_SIGNS.sub("", fold(form)))
                if dropped_signs:
                    sign = sorted(dropped_signs)[0]
                    raise LexiconError(
                        f"{where}.{language}: {form!r} can never match ({sign!r} is dropped from questions)"
                    )
                if not folded or all(word in dropped or len(word) < 2 for word in folded):
                    raise LexiconError(
                        f"{where}.{language}: {form!r} can never match (only stop words or single letters)"
                    )
                forms.add(" ".join(folded))
            by_language.append((language, tuple(form.strip() for form in listed)))
        ideas.append(Idea(word=key.replace("_", ""), forms=frozenset(forms), written=tuple(by_language)))
    return tuple(ideas)


@cache
def topic_ideas() -> tuple[Idea, ...]:
    from bot.understand.vocabulary import STOPWORDS

    return read_ideas(FOLDER / "topics.toml", STOPWORDS)


@cache
def ideas_by_word() -> dict[str, Idea]:
    """Each one-word form of an idea, with its idea: words that are topics in any conference."""
    return {form: idea for idea in topic_ideas() for form in sorted(idea.forms) if " " not in form}
