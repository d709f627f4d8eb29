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
from collections.abc import Callable, Iterable, Mapping
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from sys import intern

from bot.i18n import LANGUAGES
from bot.programme.model import Glossary as ConferenceGlossary
from bot.programme.model import Programme
from bot.understand import text, vocabulary
from bot.understand.lexicon import FOLDER, ideas_by_word, topic_ideas
from bot.understand.lexicon.cache import cached
from bot.understand.spellings import Spellings
from bot.understand.text import words
from bot.understand.vocabulary import ACRONYMS, EXPRESSIONS, GLOSSARY

_NUMERONYM = re.compile(r"[a-z]\d+[a-z]+")
_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")  # folded words, one space apart


class Glossary:
    """Translations between words, expressions read as one word, and organisations' acronyms."""

    def __init__(
        self,
        translations: Mapping[str, Iterable[str]],
        expressions: Mapping[str, str],
        acronyms: Mapping[str, tuple[str, ...]],
        kept: frozenset[str] = frozenset(),
        ideas: Mapping[str, tuple[str, ...]] | None = None,
        compounding: frozenset[str] = frozenset(),
        asked: frozenset[str] | None = None,
        names: Mapping[str, Mapping[str, str]] | None = None,
        by_word: Mapping[str, tuple[str, ...]] | None = None,
        narrower: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._translations = _symmetric(translations)
        # The lexicon's ideas: the other forms of a word's idea ("privacidad" → privacy), a wider
        # net than a translation ("pauvreté" → poor, pauvres), cast where the word itself and its
        # translations are not in the programme.
        self._ideas = dict(ideas or {})  # each form with its idea's forms, itself included, sorted
        self.words = sorted(self._translations.keys() | self._ideas.keys())
        # The ideas' words a question may be typed in (French, English, Spanish): a slip is one
        # of those, not of a word only programmes write ("movil" is no Norwegian "mobil").
        self._asked = self._ideas.keys() if asked is None else self._ideas.keys() & asked
        self._names = dict(names or {})
        self._by_word = by_word if by_word is not None else self._ideas
        # The forms of the ideas an idea holds, by its forms: "desastres" → earthquakes, séismes…
        self._narrower = dict(narrower or {})
        # German forms that begin compounds: "Klima" in "Klimakrise", "Quanten" in
        # "Quantenzeitalter", "Hausdurchsuchung" in "Hausdurchsuchungen".
        self.compounding = compounding
        # (Each word one object: the glossary is kept on disk, and a word pickled once reads back
        # once, a sixth of its reading.)
        self.expressions = {intern(phrase): intern(word) for phrase, word in expressions.items()}
        # The lexicon's expressions: read as their idea's word only where the programme lacks
        # one of their words ("bases de datos" in an English programme); where it has them all,
        # the words find more ("social integration" finds "integration of migrants"). A
        # conference's own expressions always name the programme's word for them.
        self._lexicon_phrases = kept
        # Expressions by their first word, longest first: a message is scanned word by word (one
        # pattern of a thousand alternatives costs seconds on a large programme's descriptions).
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        # Most are plain folded words already: split, not read again (20 ms of a cold start).
        split = [
            (tuple(map(intern, phrase.split() if _PLAIN.fullmatch(phrase) else words(phrase))), phrase)
            for phrase in self.expressions
        ]
        for parts, phrase in sorted(split, key=lambda entry: -len(entry[1].split())):
            if parts:
                self._by_first[parts[0]].append((parts, phrase))
        # What an expression starts with, to pass over the texts that have none at C speed.
        self._openings = {
            parts[:2] for entries in self._by_first.values() for parts, _ in entries if len(parts) > 1
        }
        self._single = frozenset(
            parts[0] for entries in self._by_first.values() for parts, _ in entries if len(parts) == 1
        )
        self.acronyms = dict(acronyms)
        # Short forms people type ("js", "db", "ia"): kept although two letters are usually noise.
        # Or a numeronym, digits inside letters ("k8s", "a11y"; not "ipv6", a name of its own).
        self.short_words = frozenset(
            word for word in self.words if len(word) == 2 or _NUMERONYM.fullmatch(word) is not None
        )

    @cached_property
    def spellings(self) -> Spellings:
        """The words a question may use, for the search of a slip."""
        return Spellings(sorted(self._translations.keys() | self._asked))

    def translations(self, word: str) -> tuple[str, ...]:
        return self._translations.get(word, ())

    def narrower_forms(self, word: str) -> tuple[str, ...]:
        """The forms of the ideas a word's idea holds ("catastrophes" → "earthquake", "seisme"…)."""
        return self._narrower.get(word, ())

    def idea_forms(self, word: str) -> tuple[str, ...]:
        """The other forms of a word's ideas, sorted."""
        return tuple(form for form in self._ideas.get(word, ()) if form != word)

    @property
    def idea_forms_by_word(self) -> Mapping[str, tuple[str, ...]]:
        """Each one-word form of the lexicon's ideas with the one-word forms of one idea it is a
        form of (the last the lexicon lists), itself included."""
        return self._by_word

    def idea_name(self, word: str, language: str) -> str | None:
        """How a language names an idea a question read as one word ("datamining" in French:
        "fouille de données"); None for a word that is no such idea."""
        return self._names.get(word, {}).get(language)

    def knows(self, word: str) -> bool:
        return word in self._translations or word in self._ideas

    def rewrite(
        self,
        folded: str,
        present: Callable[[str], bool] = lambda phrase: False,
        known: Callable[[str], bool] = lambda word: False,
    ) -> str:
        """A folded text with each expression replaced by its word. An expression of the lexicon
        is replaced only when the programme's texts do not have it as written (`present`), and
        either have its idea in some form or lack one of its words (`known` says which words and
        ideas they have): where they have it as written, its words find more ("social integration"
        finds "integration of migrants"); "jeux vidéo" asked of an English programme is its idea,
        video games; "women in tech" where no text has the idea stays its words, which find women
        in tech; "quantum computing" where no text says "quantum" is its idea, and finds nothing."""
        found = self._found(words(folded))
        wanted = [
            phrase
            for phrase in found
            if phrase not in self._lexicon_phrases
            or (
                not present(phrase)
                and (
                    known(self.expressions[phrase])
                    # (its little words aside: "dans" of "femmes dans la tech" is no topic)
                    or not all(
                        known(word)
                        for word in phrase.split()
                        if len(word) > 2 and word not in vocabulary.STOPWORDS
                    )
                )
            )
        ]
        if not wanted:
            return folded
        return _alternation(frozenset(wanted)).sub(
            lambda match: self.expressions[match.group(0).replace("'", " ")], folded
        )

    def expressions_in(self, tokens: list[str]) -> list[str]:
        """The expressions a text's words contain ("base de données")."""
        return self._found(tokens)

    def _found(self, tokens: list[str]) -> list[str]:
        """The expressions in a list of words, each the longest that starts at its place."""
        openings = self._openings
        # Where an expression may start, found at C speed; most texts have none.
        starts = [i for i, pair in enumerate(pairwise(tokens)) if pair in openings]
        if not self._single.isdisjoint(tokens):
            starts = sorted({*starts, *(i for i, token in enumerate(tokens) if token in self._single)})
        found = []
        taken = 0  # expressions do not overlap: the first one found keeps its words
        for position in starts:
            if position < taken:
                continue
            for parts, phrase in self._by_first[tokens[position]]:
                if tuple(tokens[position : position + len(parts)]) == parts:
                    found.append(phrase)
                    taken = position + len(parts)
                    break
        return found


def _symmetric(translations: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Each word with the words it translates and is translated by."""
    forward: dict[str, set[str]] = defaultdict(set)
    for word, others in translations.items():
        for other in others:
            if other != word:
                forward[word].add(other)
                forward[other].add(word)
    return {word: tuple(sorted(others)) for word, others in forward.items()}


@lru_cache(maxsize=256)
def _alternation(phrases: frozenset[str]) -> re.Pattern[str]:
    # A space of the phrase is a space or an elision's apostrophe in the text: "droit d'auteur".
    alternatives = "|".join(
        r"[ ']".join(map(re.escape, phrase.split(" "))) for phrase in sorted(phrases, key=len, reverse=True)
    )
    # After an elision ("l'apprentissage automatique"), not inside a word ("aujourd'hui").
    return re.compile(rf"(?<![a-z0-9])(?<![a-z]{{3}}')(?:{alternatives})(?![a-z0-9])")


# A German form shorter than this is too often the start of unrelated words ("Wahl" of "wahlweise").
COMPOUND_START = 5


# What every programme's glossary starts from: translations, expressions, the lexicon's own
# expressions, ideas, German compounds' starts, the words a question may be typed in, and the
# names of the ideas read as one word (not bot.understand.lexicon.Lexicon, the files).
General = tuple[
    dict[str, set[str]],
    dict[str, str],
    frozenset[str],
    dict[str, tuple[str, ...]],
    frozenset[str],
    frozenset[str],
    dict[str, dict[str, str]],
    dict[str, tuple[str, ...]],
    dict[str, tuple[str, ...]],
]


def _general_sources() -> tuple[Path, ...]:
    """What the general glossary is built from: the lexicon's files and the code reading them
    (the words of its phrases are cut by bot/understand/text.py)."""
    code = (FOLDER / "__init__.py", Path(vocabulary.__file__), Path(__file__), Path(text.__file__))
    return (*sorted(FOLDER.glob("*.toml")), *code)


@cache
def _general() -> General:
    """The lexicon's translations, expressions, ideas and German compounds' starts, the same for
    every programme (kept on disk between runs, as the lexicon they come from is)."""
    return cached("glossary", _general_sources(), _build_general)


def _build_general() -> General:
    translations: dict[str, set[str]] = defaultdict(set)
    for word, others in GLOSSARY.items():
        translations[word].update(others)
    expressions = dict(EXPRESSIONS)
    kept = set()
    ideas: dict[str, set[str]] = defaultdict(set)
    for idea in topic_ideas():
        single = {form for form in idea.forms if " " not in form}
        for form in idea.forms:
            if " " in form and form not in expressions:
                expressions[form] = idea.word
                kept.add(form)
        for form in single | {idea.word}:
            ideas[form].update((single | {idea.word}) - {form})

    # Only the German words no other language writes so: "Migration" begins English words too.
    german = set().union(*(idea.german for idea in topic_ideas()))
    elsewhere = set().union(*(idea.elsewhere for idea in topic_ideas()))
    compounding = frozenset(
        form for form in german - elsewhere if " " not in form and len(form) >= COMPOUND_START
    )
    # Each form with all its ideas' forms, sorted, itself included: the forms of one idea share
    # one tuple (kept on disk once, not once per form).
    shared: dict[frozenset[str], tuple[str, ...]] = {}
    sorted_ideas = {}
    for form, with_it in ideas.items():
        together = frozenset(with_it | {form})
        sorted_ideas[form] = shared.setdefault(together, tuple(sorted(together)))
    asked = frozenset(
        " ".join(words(form))
        for idea in topic_ideas()
        for code, forms in idea.written
        if code in LANGUAGES
        for form in forms
    )
    # "datamining" (an idea of several words a question reads as one) is said "fouille de données".
    names = {
        idea.word: {code: forms[0] for code, forms in idea.written}
        for idea in topic_ideas()
        if idea.word not in idea.forms
    }
    # The rooms' finder's idea of each one-word form, the lexicon's (ideas_by_word), kept as its
    # one-word forms, one tuple per idea.
    one_word = {
        id(idea): tuple(sorted(form for form in idea.forms if " " not in form)) for idea in topic_ideas()
    }
    by_word = {form: one_word[id(idea)] for form, idea in ideas_by_word().items()}
    # Each form of an idea that holds others ("disasters") with the one-word forms and words of
    # those it holds (earthquakes, "séismes", hurricanes…).
    by_idea_word = {idea.word: idea for idea in topic_ideas()}
    narrower: dict[str, tuple[str, ...]] = {}
    for idea in topic_ideas():
        if idea.narrower:
            held = {form for word in idea.narrower for form in one_word[id(by_idea_word[word])]}
            forms_held = tuple(sorted(held | set(idea.narrower)))
            for form in (*one_word[id(idea)], idea.word):
                narrower[form] = forms_held
    general = (translations, expressions, frozenset(kept), sorted_ideas, compounding, asked, names, by_word)
    return (*general, narrower)


def build(conference: ConferenceGlossary) -> Glossary:
    general_translations, general_expressions, kept, ideas, compounding, asked, names, by_word, narrower = (
        _general()
    )
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
    own = {phrase for phrase, _ in conference.expressions}
    return Glossary(
        translations, expressions, acronyms, kept - own, ideas, compounding, asked, names, by_word, narrower
    )


def idea_forms_by_word() -> Mapping[str, tuple[str, ...]]:
    """The lexicon's ideas by their one-word forms (kept with the general glossary: the lexicon's
    files need not be read again at a start)."""
    return general_glossary().idea_forms_by_word


def idea_name(word: str, language: str) -> str | None:
    return general_glossary().idea_name(word, language)


@lru_cache(maxsize=8)
def glossary_for(programme: Programme) -> Glossary:
    conference = programme.conference.glossary
    return build(conference) if conference else general_glossary()


@cache
def general_glossary() -> Glossary:
    """The glossary of a programme that has no words of its own (most have none), kept on disk
    whole: indexing its sixteen thousand expressions costs a cold start 50 ms."""
    return cached("general-glossary", _general_sources(), lambda: build(ConferenceGlossary()))
