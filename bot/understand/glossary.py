"""Which words mean the same thing, for one programme: the general lexicon of the three languages
and the conference's own words from its programme file (`[glossary]`).

A question in Spanish about an English programme ("charlas sobre privacidad") finds its sessions
because "privacidad" and "privacy" are forms of one idea here. Ideas of several words ("bases de
datos", "machine learning") are read as one word: an expression found in a question is replaced
by its word, and a session whose text has the expression gets that word too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from bot.programme.model import Glossary as ConferenceGlossary
from bot.programme.model import Programme
from bot.understand.lexicon import topic_ideas
from bot.understand.text import words
from bot.understand.vocabulary import ACRONYMS, EXPRESSIONS, GLOSSARY


class Glossary:
    """Translations between words, expressions read as one word, and organisations' acronyms."""

    def __init__(
        self,
        translations: Mapping[str, Iterable[str]],
        expressions: Mapping[str, str],
        acronyms: Mapping[str, tuple[str, ...]],
    ) -> None:
        forward: dict[str, set[str]] = defaultdict(set)
        for word, others in translations.items():
            for other in others:
                if other != word:
                    forward[word].add(other)
                    forward[other].add(word)
        self._translations = {word: tuple(sorted(others)) for word, others in forward.items()}
        self.words = sorted(self._translations)
        self.expressions = dict(expressions)
        self._expression_pattern = _alternation(self.expressions)
        self.acronyms = dict(acronyms)
        # Short forms people type ("js", "db", "ia"): kept although two letters are usually noise.
        self.short_words = frozenset(word for word in self._translations if len(word) == 2)

    def translations(self, word: str) -> tuple[str, ...]:
        return self._translations.get(word, ())

    def knows(self, word: str) -> bool:
        return word in self._translations

    def rewrite(self, folded: str) -> str:
        """A folded text with each expression replaced by its word."""
        if self._expression_pattern is None:
            return folded
        return self._expression_pattern.sub(lambda match: self.expressions[match.group(0)], folded)

    def expression_words(self, text: str) -> list[str]:
        """The words of the expressions a text contains ("base de données" → database)."""
        if self._expression_pattern is None:
            return []
        folded = " ".join(words(text))
        return [self.expressions[match.group(0)] for match in self._expression_pattern.finditer(folded)]


def _alternation(phrases: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(phrases, key=len, reverse=True)
    if not ordered:
        return None
    alternatives = "|".join(map(re.escape, ordered))
    return re.compile(rf"(?<![a-z0-9'])(?:{alternatives})(?![a-z0-9])")


@cache
def _general() -> tuple[dict[str, set[str]], dict[str, str]]:
    """The lexicon's translations and expressions, the same for every programme."""
    translations: dict[str, set[str]] = defaultdict(set)
    for word, others in GLOSSARY.items():
        translations[word].update(others)
    expressions = dict(EXPRESSIONS)
    for idea in topic_ideas():
        single = {form for form in idea.forms if " " not in form}
        for form in idea.forms:
            if " " in form:
                expressions.setdefault(form, idea.word)
        for form in single | {idea.word}:
            translations[form].update((single | {idea.word}) - {form})
    return translations, expressions


def build(conference: ConferenceGlossary) -> Glossary:
    general_translations, general_expressions = _general()
    translations = {word: set(others) for word, others in general_translations.items()}
    expressions = dict(general_expressions)
    for term in conference.terms:
        forms = [" ".join(words(form)) for form in term]
        head = forms[0]
        for form in forms:
            if " " in form and form != head:
                expressions[form] = head.replace(" ", "")
        single = {form.replace(" ", "") if " " in form else form for form in forms if " " not in form}
        if " " in head:
            single.add(head.replace(" ", ""))
            expressions.setdefault(head, head.replace(" ", ""))
        for form in single:
            translations.setdefault(form, set()).update(single - {form})
    for phrase, word in conference.expressions:
        expressions[" ".join(words(phrase))] = " ".join(words(word))
    acronyms = dict(ACRONYMS)
    for phrase, short in conference.acronyms:
        acronyms[" ".join(words(phrase))] = tuple(" ".join(words(s)) for s in short)
    return Glossary(translations, expressions, acronyms)


@lru_cache(maxsize=8)
def glossary_for(programme: Programme) -> Glossary:
    return build(programme.conference.glossary)
