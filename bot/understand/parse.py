"""Turning a message into a Question: language, intent, room, person, time and topic."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import cache
from itertools import pairwise
from typing import Any

from bot.i18n import LANGUAGES
from bot.programme.kinds import PAUSE_KINDS, SessionKind
from bot.programme.model import Programme
from bot.understand.index import PersonMatch, ProgrammeIndex, index_for, near_spelling
from bot.understand.language import detect_language
from bot.understand.question import INFO_TOPICS, Intent, Question
from bot.understand.text import fold, words
from bot.understand.vocabulary import (
    ABOUT_PHRASES,
    AFTER_TOMORROW_PHRASES,
    CONFERENCE_WORDS,
    DOCUMENT_PHRASES,
    ELISIONS,
    FILLER_WORDS,
    GREETING_PHRASES,
    HELP_PHRASES,
    HELP_WORDS,
    INFO_PHRASES,
    KIND_WORDS,
    LANGUAGE_MARKERS,
    LANGUAGE_WORDS,
    LAST_PHRASES,
    NEXT_PHRASES,
    NOW_PHRASES,
    OUT_OF_SCOPE,
    PERSON_NOUNS,
    PERSON_QUESTION_WORDS,
    PLACE_PREPOSITIONS,
    POLITENESS,
    ROLE_WORDS,
    ROOM_INFO_PHRASES,
    ROOM_NOUNS,
    ROOM_WORDS,
    STOPWORDS,
    TODAY_WORDS,
    TOMORROW_WORDS,
    WEEKDAYS,
)
from bot.understand.when import find_when

_FILLER = (
    frozenset(" ".join(NOW_PHRASES + NEXT_PHRASES + ROOM_INFO_PHRASES).split())
    | FILLER_WORDS
    | HELP_WORDS
    | PERSON_QUESTION_WORDS
    | PERSON_NOUNS
    | frozenset(WEEKDAYS)
)

_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | ROOM_NOUNS


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9'])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])")


def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for many phrases on word boundaries, longest first."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9'])(?:{alternatives})(?![a-z0-9])")


_INFO_PATTERNS = {topic: _any_of(phrases) for topic, phrases in INFO_PHRASES.items()}
_DOCUMENT_PATTERN = _any_of(DOCUMENT_PHRASES)
_GREETINGS = _any_of(GREETING_PHRASES)


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    return _phrase_pattern(phrases).search(text) is not None


def _clean(raw: str) -> str:
    text = fold(raw)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "arc-en-ciel", "sous-sol"
    text = re.sub(r"[^a-z0-9:'./\-]+", " ", text)
    return " ".join(text.split())


def parse(
    text: str,
    at: datetime,
    programme: Programme,
    language_hint: str | None = None,
    *,
    index: ProgrammeIndex | None = None,
) -> Question:
    """Understand one message asked at instant `at` (aware)."""
    index = index or index_for(programme)
    conference = programme.conference
    raw = text.strip()[:1000]
    cleaned = index.glossary.rewrite(_clean(raw), lambda word: bool(index.variants(word, typos=False)))
    cleaned = _mend_question_words(cleaned, index)
    all_words = words(raw)
    if language_hint not in LANGUAGES:
        language_hint = None
    # Names say nothing of the language ("Ana García" is not Spanish).
    telling = [
        word
        for word, after in pairwise([*all_words, ""])
        if word not in index.name_tokens and not (word in index.name_words and after in index.name_tokens)
    ]
    language = (
        detect_language(raw, telling, index.title_clues(telling))
        or language_hint
        or conference.default_language
    )

    # `details` are Question's other fields, each of its own type: the dataclass checks their names.
    # `rule` names the reading that fired, so that a wrong answer says which one to look at.
    def ask(rule: str, intent: Intent, **details: Any) -> Question:
        return Question(intent=intent, language=language, at=at, text=raw, rule=rule, **details)

    if not all_words:
        return ask("nothing-typed", Intent.UNKNOWN)

    # "Good evening, when is the visit?" asks about no evening.
    when, rest = find_when(_GREETINGS.sub(" ", cleaned), language, at, conference)
    room_match = index.find_room(rest)
    room_id = room_match.room_id if room_match else None
    if room_match:
        start, end = room_match.span
        rest = rest[:start] + " " * (end - start) + rest[end:]
    rest_words = words(rest)
    content = [
        word
        for word, (before, after) in zip(rest_words, _neighbours(rest_words), strict=True)
        if word not in STOPWORDS
        and word not in ROOM_WORDS
        and (before, word) not in ELISIONS  # "j'ai une question": no AI
        # "nouvel agenda urbain": a filler word in one of the programme's phrases is a topic.
        and (word not in _FILLER or (before, word) in index.phrases or (word, after) in index.phrases)
    ]
    kinds = tuple(kind for kind, names in KIND_WORDS.items() if _has_phrase(cleaned, names))
    if SessionKind.LUNCH in kinds:  # "pausa para comer": lunch is a break
        kinds = tuple(kind for kind in kinds if kind != SessionKind.BREAK)
    wants_now = _has_phrase(cleaned, NOW_PHRASES)
    wants_next = _has_phrase(cleaned, NEXT_PHRASES)
    # On what is left once the day is read: "le dernier jour" names a day, not the end.
    wants_last = _has_phrase(rest, LAST_PHRASES) and not wants_now and not wants_next
    interpretation = next(
        (code for code, names in LANGUAGE_WORDS.items() if _has_phrase(cleaned, names)), None
    )

    greeting_words = {word for match in _GREETINGS.finditer(cleaned) for word in match.group(0).split()}
    only_greeting = any(w in HELP_WORDS or w in greeting_words for w in all_words) and all(
        w in HELP_WORDS or w in greeting_words or w in STOPWORDS or w in POLITENESS for w in all_words
    )
    # "good morning" greets; it asks about no morning.
    if (
        (only_greeting or _has_phrase(cleaned, HELP_PHRASES))
        and room_id is None
        and when.clock is None
        and when.delay is None
    ):
        return ask("help-or-greeting", Intent.HELP)

    if (
        room_id
        and (interpretation or _has_phrase(cleaned, ROOM_INFO_PHRASES))
        and not (wants_now or wants_next or when.clock)
    ):
        return ask("room-info", Intent.ROOM_INFO, room_id=room_id, interpretation=interpretation, when=when)

    # Words with apostrophes as spaces, as the information and document phrases are written.
    joined = " ".join(all_words)
    kind_words = {word for kind in kinds for phrase in KIND_WORDS[kind] for word in phrase.split()}
    if _DOCUMENT_PATTERN.search(joined):
        # "background paper for the round table on arrival cities": the sessions, then their papers.
        said = {word for phrase in (*DOCUMENT_PHRASES, *kind_words) for word in phrase.split()}
        topic = tuple(w for w in content if len(w) >= 3 and w not in said and w not in CONFERENCE_WORDS)
        return ask(
            "documents", Intent.SEARCH, documents=True, room_id=room_id, topic=topic, kinds=kinds, when=when
        )
    if room_id is None:
        faq = index.faq_entries(joined)
        topics = _info_topics(joined, all_words, content, kinds, index)
        if faq or topics:
            return ask(
                "conference-info", Intent.INFO, info=(*topics, "faq") if faq else topics, faq=faq, when=when
            )

    # "où parle-t-on de ségrégation ?" asks for a topic, "où parle Ada Lovelace ?" for a person.
    asks_person = _asks_for_person(all_words) and not _has_phrase(cleaned, ABOUT_PHRASES)
    person, foreign = _who(index, content, all_words, raw, asks_person)
    if person and (person.exact or person.specific) and room_id is None:
        return ask(
            "person-named", Intent.PERSON, person_ids=person.person_ids, when=when, together=person.described
        )
    out_of_scope = [w for w in content if w in OUT_OF_SCOPE]
    if out_of_scope and room_id is None:
        return ask(
            "out-of-scope", Intent.UNKNOWN, unmatched=" ".join(_original_words(raw, out_of_scope)), when=when
        )

    if wants_last and when.clock is None and not (person and person.exact) and not PAUSE_KINDS & set(kinds):
        # "when does the conference end?", "le dernier atelier de jeudi", "última sesión en la sala 3";
        # "when does lunch end?" asks for lunch.
        return ask("last-session", Intent.SEARCH, room_id=room_id, kinds=kinds, when=when, last=True)

    if room_id is not None:
        if wants_next:
            # "after the break": breaks are held everywhere, no room has them; "after the current one".
            kinds = tuple(k for k in kinds if k not in PAUSE_KINDS)
        if wants_now and not wants_next and when.clock is None:
            return ask("now-in-room", Intent.NOW, room_id=room_id, when=when)
        if when.clock is not None or when.delay is not None:
            return ask("room-at-time", Intent.AT_TIME, room_id=room_id, when=when)
        if wants_next:
            return ask("next-in-room", Intent.NEXT, room_id=room_id, when=when, kinds=kinds)
        if when.day is None and when.part is None:
            topic = tuple(w for w in content if w not in kind_words)
            if topic and index.topic_scores(list(topic)):
                return ask(
                    "topic-in-room", Intent.SEARCH, room_id=room_id, topic=topic, kinds=kinds, when=when
                )
            return ask("room-alone", Intent.NEXT, room_id=room_id, when=when, kinds=kinds)
        return ask("room-on-day", Intent.AT_TIME, room_id=room_id, when=when)

    unknown_room = _unknown_room(rest_words, content, index)
    if unknown_room:
        return ask(
            "unknown-room", Intent.UNKNOWN, unmatched=" ".join(_original_words(raw, unknown_room)), when=when
        )
    if when.clock is not None or when.delay is not None:
        return ask("at-time", Intent.AT_TIME, when=when, kinds=kinds)
    if wants_now:
        return ask("now", Intent.NOW, when=when, kinds=kinds)
    if person is None and foreign and (asks_person or _unknown_name(raw, all_words, foreign)):
        # "quand parle Barack Obama": a name this programme does not have.
        return ask(
            "unknown-person", Intent.UNKNOWN, unmatched=" ".join(_original_words(raw, content)), when=when
        )
    short = index.glossary.short_words  # "js", "ia": short forms the lexicon knows
    topic = tuple(w for w in content if (len(w) >= 3 or w in short) and w not in kind_words)
    topic_hits = index.topic_scores(list(topic)) if topic else {}
    if wants_next and (kinds or not content):
        return ask("next-of-kind", Intent.NEXT, when=when, kinds=kinds)
    if person and (person.exact or not topic_hits or asks_person):
        return ask(
            "person", Intent.PERSON, person_ids=person.person_ids, when=when, together=person.described
        )
    if wants_next and _names_a_place(rest_words, content):
        return ask("next-in-unknown-place", Intent.UNKNOWN, unmatched=" ".join(content))
    if kinds or topic_hits:
        return ask("topic-or-kind", Intent.SEARCH, topic=topic, kinds=kinds, when=when)
    if wants_next:
        return ask("next", Intent.NEXT, when=when, kinds=kinds)
    if not when.empty and not content:
        return ask("day-or-part", Intent.AT_TIME, when=when, kinds=kinds)
    return ask("not-understood", Intent.UNKNOWN, unmatched=" ".join(_original_words(raw, content)), when=when)


# Topics that can also be asked of a session: "who organises the youth workshop?".
_SESSION_ALIKE = frozenset(("organisers", "venue", "contact"))
_ALL_INFO = ("about", "organisers", "venue", "languages", "registration", "website")


def _info_topics(
    joined: str, all_words: list[str], content: list[str], kinds: tuple[str, ...], index: ProgrammeIndex
) -> tuple[str, ...]:
    """What a message asks about the conference itself (registration, venue, languages…)."""
    found: set[str] = set()
    said: set[str] = set()
    for topic, pattern in _INFO_PATTERNS.items():
        for match in pattern.finditer(joined):
            found.add(topic)
            said.update(match.group(0).split())
    if "all" in found:
        found = (found - {"all"}) | set(_ALL_INFO)
    if found and found <= _SESSION_ALIKE and not any(word in CONFERENCE_WORDS for word in all_words):
        rest = [w for w in content if len(w) >= 3 and w not in said and w not in CONFERENCE_WORDS]
        if kinds or (rest and index.topic_scores(rest)):
            return ()  # about a session: the search says who organises it and where
    return tuple(topic for topic in INFO_TOPICS if topic in found)


def _who(
    index: ProgrammeIndex, content: list[str], all_words: list[str], raw: str, asks_person: bool
) -> tuple[PersonMatch | None, list[str]]:
    """The person a question names or describes, and the words that no part of the programme has
    (a name we do not know). A first or middle name beside such a word is someone else."""
    if not content:
        return None, []
    named = index.find_person(content)
    foreign = [w for w in content if len(w) >= 3 and not w.isdigit() and not index.knows(w)]
    described = index.find_person_by_description(content)
    if named and set(foreign) - named.matched_words and named.matched_words.isdisjoint(index.surnames):
        named = None  # "Barack Obama" is not Barack Díaz
    if named and named.first_name_only and set(content) - named.matched_words:
        named = None  # "le pape Francis" (a first name alone, with other words)
    names = _names(raw, all_words, foreign)
    if described and any(_beside(all_words, word, described.matched_words | names) for word in names):
        described = None  # "Pedro Sánchez" is not the deputy mayor of San Pedro Sula
    if named and named.exact:
        return named, foreign
    # A description is of someone when a person is asked for or a role named ("the mayor of
    # Bamako"); "un club de boxe à Lyon" describes no one.
    role = any(w in ROLE_WORDS for w in content)
    if described and role and set(content) <= described.matched_words:
        # "el director ejecutivo de ONU-Mujeres": a role, and every word fits that one person.
        return replace(described, specific=True), foreign
    about_someone = (
        asks_person
        or role
        or any(w in PERSON_NOUNS for w in all_words)
        or bool(described and set(content) <= described.matched_words)
    )
    if described and about_someone and (described.specific or not named):
        return described, foreign
    if named and described and asks_person:
        # A misspelt name is a weaker clue than a description ("the mayor of Lyon").
        return described, foreign
    return named, foreign


def _unknown_room(rest_words: list[str], content: list[str], index: ProgrammeIndex) -> list[str]:
    """'salle Memling', 'sala Europa', 'the Narnia room': a room this programme does not have."""
    named = [word for before, word in pairwise(rest_words) if before in ROOM_NOUNS]
    named += [word for word, after in pairwise(rest_words) if after in ROOM_NOUNS]
    return [word for word in named if word in content and not index.knows(word)]


# Words that say what is asked ("current", "ahora", "prochaine", "tomorrow"), of five letters or
# more: a typo in one of them ("curent", "ahroa", "tommorow") is mended before the question is read.
_QUESTION_WORDS = sorted(
    {
        word
        for phrases in (NOW_PHRASES, NEXT_PHRASES, HELP_PHRASES, LAST_PHRASES, TODAY_WORDS, TOMORROW_WORDS)
        for phrase in phrases
        for word in phrase.split()
        if len(word) >= 5 and word.isalpha()
    }
)
# Words of the three languages the bot knows for what they are: never "mended" into another one
# ("pasado" is not "pasando").
_KNOWN_WORDS = (
    frozenset(word for markers in LANGUAGE_MARKERS.values() for word in markers)
    | frozenset(word for phrase in AFTER_TOMORROW_PHRASES for word in phrase.split())
    | frozenset(_QUESTION_WORDS)
    | frozenset(WEEKDAYS)
    | OUT_OF_SCOPE
    | ROLE_WORDS
)


def _mend_question_words(text: str, index: ProgrammeIndex) -> str:
    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < 5 or word in STOPWORDS or word in _FILLER or word in _KNOWN_WORDS or index.knows(word):
            return word
        found = near_spelling(word, _QUESTION_WORDS)
        return found if found and found[0] == word[0] else word

    return re.sub(r"[a-z]+", mend, text)


def _neighbours(tokens: list[str]) -> list[tuple[str, str]]:
    """Each word's neighbours, before and after ("" at the ends)."""
    if not tokens:
        return []
    return list(zip(["", *tokens[:-1]], [*tokens[1:], ""], strict=True))


def _names(raw: str, all_words: list[str], foreign: list[str]) -> frozenset[str]:
    """The words the programme does not know that look like someone's name: capitalised inside a
    sentence of a message that uses capitals ("habla Pedro Sánchez", not "Many thanks"), or any
    of them in a message typed without capitals."""
    if not any(c.isupper() for c in raw[1:]):
        return frozenset(foreign)
    capitalised = {
        fold(match.group(0))
        for match in re.finditer(r"\w+", raw)  # "qu'Emmanuel", "Jean-Luc": the name's own parts
        if match.group(0)[:1].isupper()
        and not match.group(0).isupper()  # "ONU", "NASA": acronyms, not names
        and not re.search(r"(?:^|[.!?¿¡:;]\s*)$", raw[: match.start()])
    }
    return frozenset(word for word in foreign if word in capitalised)


def _unknown_name(raw: str, all_words: list[str], foreign: list[str]) -> bool:
    """Two names side by side that the programme does not have: "Anne Hidalgo", "Sadiq Khan"."""
    names = _names(raw, all_words, foreign) if any(c.isupper() for c in raw[1:]) else frozenset()
    return any(_beside(all_words, word, names - {word}) for word in names)


def _beside(all_words: list[str], word: str, others: frozenset[str]) -> bool:
    """Whether `word` stands right before or after one of `others` in the message."""
    return any((a == word and b in others) or (b == word and a in others) for a, b in pairwise(all_words))


def _asks_for_person(all_words: list[str]) -> bool:
    return any(word in PERSON_QUESTION_WORDS for word in all_words)


def _names_a_place(rest_words: list[str], content: list[str]) -> bool:
    """'what's next in Narnia': an unknown word right after 'in', 'salle', 'en'…"""
    return any(before in _PLACE_PREPOSITIONS and word in content for before, word in pairwise(rest_words))


def _original_words(raw: str, folded_words: list[str]) -> list[str]:
    """The words as the user typed them (accents, capitals) for the ones we could not match."""
    wanted = set(folded_words)
    typed = re.findall(r"[\w'’-]+", raw)
    return [word for word in typed if fold(word) in wanted] or folded_words
