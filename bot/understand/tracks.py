"""The tracks a message names: "what's on the security track?", "la piste DevOps demain",
"¿qué hay en el track de ciencia?". A track is read only beside a word for one (the lexicon's
`words.track`): its name's words alone ask for a topic, which the search answers.

Pure: the programme's track names as the file writes them, the glossary for a word asked in
another language than the track's ("sécurité" for 'Security'), and a slip in a long word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from bot.understand.glossary import Glossary
from bot.understand.text import words
from bot.understand.vocabulary import FILLER_WORDS, STOPWORDS, TRACK_WORDS

# A slip in a word of a track's name: "securty", "hardwre"; short words must be typed right.
_SLIP_SCORE = 85
_SLIP_LENGTH = 5


class TrackFinder:
    """The programme's tracks by the words of their names (words for a track and little words
    aside: "Main Track - K Building" is "main", "building"; a name of little words only keeps
    them: FOSDEM's "Go" devroom)."""

    def __init__(self, names: Iterable[str], glossary: Glossary) -> None:
        self.glossary = glossary
        self.words: dict[str, frozenset[str]] = {}
        for name in dict.fromkeys(names):
            named = [word for word in words(name) if len(word) > 1 and word not in TRACK_WORDS]
            said = frozenset(word for word in named if word not in STOPWORDS) or frozenset(named)
            if said:
                self.words[name] = said
        self.known = frozenset(word for said in self.words.values() for word in said)
        self.vocabulary = sorted(self.known)  # in a fixed order for the fuzzy search

    def named(self, asked: Sequence[str]) -> tuple[str, ...]:
        """The tracks whose names hold every word of `asked` (a message's words) that a track
        name has, in any of its forms; a little word counts only when that finds one ("the go
        devroom", not "where do I go for the Rust devroom")."""
        if not self.words:
            return ()
        asked_forms = [
            (forms, word in STOPWORDS or word in FILLER_WORDS)
            for word in asked
            if (forms := self._forms_in_names(word))
        ]
        for with_little in (True, False):
            wanted = [forms for forms, little in asked_forms if with_little or not little]
            found = tuple(name for name, said in self.words.items() if all(forms & said for forms in wanted))
            if wanted and found:
                return found
        return ()

    def _forms_in_names(self, word: str) -> frozenset[str]:
        if word in TRACK_WORDS or len(word) < 2:
            return frozenset()
        if word in STOPWORDS or word in FILLER_WORDS:
            return frozenset({word}) if word in self.known else frozenset()
        glossary = self.glossary
        forms = {word, *glossary.translations(word), *glossary.idea_forms(word)}
        found = {form for form in forms if form in self.known}
        if not found and len(word) >= _SLIP_LENGTH:
            near = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_SLIP_SCORE)
            if near is not None and near[0][0] == word[0]:  # a slip keeps the first letter
                found.add(near[0])
        return frozenset(found)
