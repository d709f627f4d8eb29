"""What the parser matches against, built once per programme: rooms, people and topics, folded."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.programme.model import Programme
from bot.understand.text import fold, words
from bot.understand.vocabulary import GLOSSARY, KIND_WORDS, STOPWORDS

# Words that name a room in general; never fuzzy-matched to a room's name ("sala" ≈ "Scala").
ROOM_WORDS = frozenset(("salle", "sala", "room", "salon", "hall", "zaal", "aula", "rooms", "salles", "salas"))


@dataclass(frozen=True, slots=True)
class RoomMatch:
    room_id: str
    span: tuple[int, int]
    exact: bool


@dataclass(frozen=True, slots=True)
class PersonMatch:
    person_ids: tuple[str, ...]  # one, or several equally good candidates
    matched_words: frozenset[str]
    exact: bool


class ProgrammeIndex:
    """Folded names and words of one programme snapshot, for fast fuzzy lookups."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.room_phrases: list[tuple[str, str]] = []  # (folded phrase, room id), longest first
        for room in programme.rooms.values():
            for name in (room.name, *room.aliases):
                phrase = " ".join(words(name))
                if phrase:
                    self.room_phrases.append((phrase, room.id))
        self.room_phrases.sort(key=lambda item: len(item[0]), reverse=True)
        self.room_tokens = {
            phrase: room_id
            for phrase, room_id in self.room_phrases
            if " " not in phrase and len(phrase) >= 4 and phrase not in ROOM_WORDS
        }

        self.name_tokens: dict[str, set[str]] = defaultdict(set)
        self.full_names: dict[str, str] = {}
        self.person_docs: dict[str, set[str]] = {}
        for person in programme.people.values():
            if not person.unnamed:
                for name in (person.name, *person.aliases):
                    tokens = [t for t in words(name) if len(t) >= 2]
                    self.full_names[" ".join(tokens)] = person.id
                    for token in tokens:
                        if token not in STOPWORDS:
                            self.name_tokens[token].add(person.id)
            doc = set(_expand(words(f"{person.affiliation} {person.country}")))
            if person.unnamed:
                doc |= set(_expand(words(person.name)))
            self.person_docs[person.id] = doc - STOPWORDS
        self.name_vocabulary = list(self.name_tokens)
        doc_frequency: dict[str, int] = defaultdict(int)
        for doc in self.person_docs.values():
            for token in doc:
                doc_frequency[token] += 1
        people_count = max(len(self.person_docs), 1)
        self.person_idf = {t: math.log(1 + people_count / n) for t, n in doc_frequency.items()}

        self.session_fields: dict[str, dict[str, float]] = {}
        session_frequency: dict[str, int] = defaultdict(int)
        for session in programme.sessions:
            weights: dict[str, float] = {}
            _add(weights, " ".join(session.description.all()), 1.0)
            _add(weights, session.organiser, 1.5)
            for kind_word in (session.kind, *KIND_WORDS.get(session.kind, ())):
                _add(weights, kind_word, 3.0)
            _add(weights, " ".join(session.title.all()), 3.0)
            self.session_fields[session.id] = weights
            for token in weights:
                session_frequency[token] += 1
        session_count = max(len(programme.sessions), 1)
        self.session_idf = {token: math.log(1 + session_count / n) for token, n in session_frequency.items()}
        self.topic_vocabulary = [t for t in self.session_idf if len(t) >= 4]

    # -- rooms -------------------------------------------------------------------------------

    def find_room(self, text: str) -> RoomMatch | None:
        """A room named in a folded text: exact phrase first, then one word with a typo."""
        for phrase, room_id in self.room_phrases:
            match = re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text)
            if match:
                return RoomMatch(room_id, match.span(), exact=True)
        for token_match in re.finditer(r"[a-z0-9]+", text):
            token = token_match.group(0)
            if len(token) < 5 or token in STOPWORDS or token in ROOM_WORDS:
                continue
            found = process.extractOne(token, self.room_tokens.keys(), scorer=fuzz.ratio, score_cutoff=80)
            if found and found[0][0] == token[0]:
                return RoomMatch(self.room_tokens[found[0]], token_match.span(), exact=False)
        return None

    # -- people ------------------------------------------------------------------------------

    def find_person(self, tokens: list[str]) -> PersonMatch | None:
        """People named by full name, surname, first name or a misspelling of them."""
        text = " ".join(tokens)
        for full_name, person_id in sorted(self.full_names.items(), key=lambda x: -len(x[0])):
            if re.search(rf"(?<![a-z0-9]){re.escape(full_name)}(?![a-z0-9])", text):
                return PersonMatch((person_id,), frozenset(full_name.split()), exact=True)
        scores: dict[str, float] = defaultdict(float)
        matched: set[str] = set()
        exact = True
        for token in tokens:
            if token in STOPWORDS or len(token) < 3 or token.isdigit():
                continue
            candidates = self.name_tokens.get(token)
            weight = 1.0
            if not candidates and len(token) >= 4:
                found = process.extractOne(token, self.name_vocabulary, scorer=fuzz.ratio, score_cutoff=80)
                if found:
                    candidates = self.name_tokens[found[0]]
                    weight = found[1] / 100
                    exact = False
            if candidates:
                matched.add(token)
                # A word shared by many people ("Juan", "Maire") says little about each of them.
                share = weight / len(candidates)
                for person_id in candidates:
                    scores[person_id] += share
        if not scores:
            return None
        best = max(scores.values())
        winners = tuple(sorted((p for p, s in scores.items() if s >= best - 1e-9), key=self._order))
        return PersonMatch(winners, frozenset(matched), exact=exact)

    def find_person_by_description(self, tokens: list[str]) -> PersonMatch | None:
        """People described by role, affiliation, city or country ('the mayor of Bamako')."""
        query = {t for t in tokens if t not in STOPWORDS and len(t) >= 2}
        if not query:
            return None
        scores: dict[str, float] = {}
        for person_id, doc in self.person_docs.items():
            overlap = query & doc
            if overlap:
                scores[person_id] = sum(self.person_idf[t] for t in overlap)
        if not scores:
            return None
        best = max(scores.values())
        # A single generic word ("mayor") is not a description of anyone in particular.
        if best < 2.0:
            return None
        winners = tuple(sorted((p for p, s in scores.items() if s >= best - 1e-9), key=self._order))
        return PersonMatch(winners, frozenset(query), exact=False)

    def _order(self, person_id: str) -> tuple[str, str]:
        person = self.programme.people[person_id]
        return (fold(person.name), person_id)

    # -- topics ------------------------------------------------------------------------------

    def expand_topic(self, tokens: list[str]) -> dict[str, float]:
        """Query words with their translations and close spellings, each with a weight."""
        expanded: dict[str, float] = {}
        for token in tokens:
            if token in STOPWORDS or len(token) < 3 or token.isdigit():
                continue
            for variant in (token, *GLOSSARY.get(token, ()), *_reverse_glossary().get(token, ())):
                expanded[variant] = max(expanded.get(variant, 0), 1.0)
            if token not in self.session_idf and len(token) >= 5:
                for found, score, _ in process.extract(
                    token, self.topic_vocabulary, scorer=fuzz.ratio, score_cutoff=80, limit=3
                ):
                    expanded[found] = max(expanded.get(found, 0), score / 100)
            stem = _stem(token)
            if len(stem) >= 5:
                for candidate in self.topic_vocabulary:
                    if candidate.startswith(stem):
                        expanded[candidate] = max(expanded.get(candidate, 0), 0.8)
        return expanded

    def topic_scores(self, tokens: list[str]) -> dict[str, float]:
        """How well each session matches the topic words: title, kind and organiser weigh most."""
        query = self.expand_topic(tokens)
        scores: dict[str, float] = {}
        for session_id, fields in self.session_fields.items():
            score = 0.0
            for token, weight in query.items():
                if token in fields:
                    score += weight * fields[token] * self.session_idf[token]
            if score:
                scores[session_id] = score
        return scores


def _stem(token: str) -> str:
    """A crude stem shared by the three languages: 'migrants', 'migrantes', 'migration' → 'migra'."""
    for suffix in ("ations", "ation", "aciones", "acion", "ments", "ment", "mente", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 5:
            return token[: -len(suffix)]
    return token


def _add(weights: dict[str, float], text: str, weight: float) -> None:
    for token in words(text):
        if token not in STOPWORDS and len(token) >= 3:
            weights[token] = max(weights.get(token, 0.0), weight)


def _expand(tokens: list[str]) -> list[str]:
    expanded = list(tokens)
    for token in tokens:
        expanded.extend(GLOSSARY.get(token, ()))
    return expanded


@lru_cache(maxsize=1)
def _reverse_glossary() -> dict[str, tuple[str, ...]]:
    reverse: dict[str, list[str]] = defaultdict(list)
    for french, translations in GLOSSARY.items():
        for word in translations:
            reverse[word].append(french)
    return {word: tuple(frenches) for word, frenches in reverse.items()}


@lru_cache(maxsize=8)
def index_for(programme: Programme) -> ProgrammeIndex:
    return ProgrammeIndex(programme)
