"""What a message says, read once: its language, time, room, kinds of session, what it asks for
(now, next, the end, help, a room's way, documents, a person), the person it names and the
words it has that the programme does not know.

`read_features` reads them; the rules (bot/understand/rules.py) only look at them. What costs a
search of the programme (the person, the conference information asked, the topic's matches) is
read when a rule first asks for it, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache, cached_property
from itertools import pairwise
from typing import Any

from bot.i18n import LANGUAGES
from bot.programme.kinds import PAUSE_KINDS, SessionKind
from bot.programme.model import Conference, Programme
from bot.understand.index import (
    DOTTED_ENDINGS,
    PersonMatch,
    ProgrammeIndex,
    TopicMatch,
    is_code,
    near_spelling,
)
from bot.understand.language import detect_language
from bot.understand.patterns import kept, longest_first
from bot.understand.question import INFO_TOPICS, Intent, Question
from bot.understand.rooms import RoomMatch, capital_code
from bot.understand.spellings import Spellings
from bot.understand.text import OTHER_SCRIPTS, R_LANGUAGE, blank, fold, folded_words, names_r_language, words
from bot.understand.vocabulary import (
    ABOUT_PHRASES,
    AFTER_TOMORROW_PHRASES,
    AFTERNOON_PHRASES,
    AFTERNOON_WORDS,
    AND_WORDS,
    ARTICLES,
    BEFORE_A_LANGUAGE,
    CONFERENCE_WORDS,
    DOCUMENT_PHRASES,
    ELISIONS,
    EVENING_WORDS,
    FILLER_WORDS,
    FIRST_PERSON,
    FIRST_PHRASES,
    GREETING_PHRASES,
    GROUP_NOUNS,
    HELP_PHRASES,
    HELP_WORDS,
    HOW_TO_ASK_PHRASES,
    INFO_PHRASES,
    INTRODUCING_PHRASES,
    KIND_FOLDED,
    KIND_WORD_PARTS,
    KIND_WORDS,
    LANGUAGE_MARKERS,
    LANGUAGE_NOUNS,
    LANGUAGE_WORDS,
    LAST_PHRASES,
    MEANING_PHRASES,
    MORNING_WORDS,
    NAME_PARTICLES,
    NEXT_PHRASES,
    NOT_MARKERS_IN,
    NOT_PLACES_IN,
    NOW_IN_ROOM_PHRASES,
    NOW_LAST_WORDS,
    NOW_PHRASES,
    OR_WORDS,
    OUT_OF_SCOPE,
    PERSON_NOUNS,
    PERSON_QUESTION_WORDS,
    PLACE_PREPOSITIONS,
    POLITENESS,
    QUESTION_OPENERS,
    RELATIVE_PRONOUNS,
    RESEARCH_NOUNS,
    ROLE_WORDS,
    ROOM_INFO_PHRASES,
    ROOM_NOUNS,
    ROOM_WORDS,
    SESSION_NOUNS,
    START_PHRASES,
    STOPWORDS,
    SUBJECT_HOLDERS,
    SUBJECT_MARKERS,
    SUBJECT_OF,
    TALK_NOUNS,
    TENS_ABOVE,
    TODAY_WORDS,
    TOMORROW_WORDS,
    TRACK_WORDS,
    TRANSLATION_WORDS,
    UNKNOWN_PHRASES,
    WEEKDAYS,
    WHEN_WORDS,
    WHERE_OPENERS,
    WHERE_PHRASES,
    WHO_WORDS,
    WHOM_WORDS,
    WISHES,
    WITHOUT_WORDS,
    YESTERDAY_WORDS,
)
from bot.understand.when import (
    NUMBERS_IN_WORDS,
    When,
    find_when,
    marks_an_hour,
    reference_day,
    spoken_times,
)

# Words that ask a question without naming its subject: never a name, a room or a topic.
FILLER = (
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
    return kept(r"(?<![a-z0-9'])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])")


def any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for many phrases on word boundaries, longest first."""
    alternatives = "|".join(re.escape(p) for p in longest_first(phrases))
    return kept(rf"(?<![a-z0-9'])(?:{alternatives})(?![a-z0-9])")


# Every phrase asking about the conference, with its topic; longest first, so that "à qui
# s'adresse" (who it is for) is not "adresse" (the venue).
_INFO_TOPIC_OF = {phrase: topic for topic, phrases in INFO_PHRASES.items() for phrase in phrases}
_INFO_PATTERN = any_of(tuple(_INFO_TOPIC_OF))
_MEANING = any_of(MEANING_PHRASES)
_WHERE = any_of(WHERE_PHRASES)
# "and where…", "et c'est où…", "y dónde…": a clause that asks where, joined to the one before.
_AND_WHERE = kept(
    r"(?:^|\s)(?:"
    + "|".join(map(re.escape, longest_first(AND_WORDS)))
    + r")\s+(?:"
    + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in longest_first(WHERE_OPENERS))
    + r")\b"
)
_UNKNOWN_OF = {phrase: thing for thing, phrases in UNKNOWN_PHRASES.items() for phrase in phrases}
_UNKNOWN_PATTERN = any_of(tuple(_UNKNOWN_OF))
_DOCUMENT_PATTERN = any_of(DOCUMENT_PHRASES)
_GREETINGS = any_of(GREETING_PHRASES)
_OR_BEFORE = kept(
    r"(?<![a-z0-9'])ou(?= (?:un|une|des) | (?:"
    + "|".join(map(re.escape, longest_first(SESSION_NOUNS)))
    + r")(?![a-z0-9]))"
)
# What lists alternatives in a message: "serrures / crochetage", "teachers, classroom etc".
_LIST_SEPARATOR = kept(r"\s*[/,;]\s*")
# A list in brackets: "les catastrophes naturelles (séismes, ouragans...)" (one word in brackets is
# a gloss: "GC (ramasse-miettes)").
_EXAMPLES_IN_BRACKETS = kept(r"\(([^()]*(?:,|\.\.\.|…)[^()]*)\)")


def _with_r_language(rest_words: list[str], raw: str, index: ProgrammeIndex) -> list[str]:
    """ "any talks on R?", "charlas con r", "le langage R": the letter is the R language (the
    lexicon's word for it), where the programme names it and the message writes it as a capital
    alone or after a word that leads to a subject ("what r the talks" asks no language)."""
    if "r" not in rest_words or R_LANGUAGE not in index.sessions_with:
        return rest_words
    capital = names_r_language(raw)
    said: list[str] = []
    for word in rest_words:
        before = said[-1] if said else ""
        if word == "r" and (capital or before in BEFORE_A_LANGUAGE or before in LANGUAGE_NOUNS):
            if before in LANGUAGE_NOUNS:
                said.pop()
            word = R_LANGUAGE
        said.append(word)
    return said


_AFTERNOON = kept("|".join(map(re.escape, AFTERNOON_PHRASES)))


def without_the_afternoon(text: str) -> str:
    """A folded text without its words for the afternoon: "cet après-midi" says no "après"."""
    return _AFTERNOON.sub(" ", text)


def has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of the phrases is in a folded text, on word boundaries."""
    return _phrase_pattern(phrases).search(text) is not None


@dataclass(frozen=True)
class Features:
    """A message as the rules see it. Words are folded (no accents, lower case)."""

    text: str  # as typed, trimmed to 1,000 characters
    at: datetime
    language: str
    words: tuple[str, ...]  # every word of the message
    cleaned: str  # the folded text, the programme's expressions and mended question words in it
    when: When
    also: When | None  # a second time asked with the first: "y a quoi demain à 9h et à 10h ?"
    rest: str  # `cleaned` without the time and the room
    room_id: str | None
    content: tuple[str, ...]  # the words left that may name something: no stop, filler or room words
    kinds: tuple[SessionKind, ...]  # the kinds of session named, in KIND_WORDS order
    wants_now: bool
    wants_now_in_room: bool  # now, if a room is named: "what's in Turing?", "qué hay en la sala 2"
    wants_next: bool
    wants_last: bool  # "the last session", "when does it end": not with now or next
    wants_first: bool  # "what's first in RB102 today?": not with now or last
    interpretation: str | None  # a language asked about ("is there English in room 3?")
    only_greeting: bool  # greetings and politeness, nothing else
    asks_help: bool  # "what can you do?"
    asks_room_info: bool  # "how do I get to…", "which languages…"
    asks_documents: bool  # "background paper", "slides"
    asks_person: bool  # "who", "speaks", "ponente": not "talks about"
    index: ProgrammeIndex = field(repr=False, compare=False)

    def ask(self, intent: Intent, **details: Any) -> Question:
        """The question a rule reads; `details` are Question's other fields (its rule is set by parse)."""
        return Question(intent=intent, language=self.language, at=self.at, text=self.text, **details)

    @property
    def rest_words(self) -> list[str]:
        return words(self.rest)

    @property
    def joined(self) -> str:
        """The words with apostrophes as spaces, as the information and document phrases are written."""
        return " ".join(self.words)

    @cached_property
    def kind_words(self) -> frozenset[str]:
        """The words of every name of the kinds named: not a topic."""
        return frozenset(
            word for kind in self.kinds for phrase in KIND_WORDS[kind] for word in phrase.split()
        )

    @cached_property
    def _person(self) -> tuple[PersonMatch | None, tuple[str, ...]]:
        person, foreign = _who(self.index, list(self.content), list(self.words), self.text, self.asks_person)
        return person, tuple(foreign)

    @property
    def person(self) -> PersonMatch | None:
        """The person the message names or describes."""
        return self._person[0]

    @cached_property
    def tracks(self) -> tuple[str, ...]:
        """The programme's tracks the message names beside a word for one: "the security track",
        "la piste DevOps", "el track de ciencia" (bot/understand/tracks.py)."""
        if TRACK_WORDS.isdisjoint(self.words):
            return ()
        return self.index.tracks.named(self.words)

    @property
    def unknown_words(self) -> tuple[str, ...]:
        """Words of three letters or more that no part of the programme has (a name it lacks?)."""
        return self._person[1]

    @cached_property
    def conference_named(self) -> frozenset[str]:
        """The words that name the conference itself: "cette conférence", "este congreso", its
        acronyms, "le sommet" when it is one (bot/understand/conference_names.py)."""
        return self.index.conference_names.said(self.words, self.joined)

    @cached_property
    def info(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """What the message asks about the conference itself, and the FAQ entries it asks: by its
        phrases, a term an entry defines ("what does GCM mean?"), or the conference named with
        nothing else ("de quoi parle ce sommet ?", "¿dónde es el foro?")."""
        named = self.conference_named
        topics = _info_topics(self.joined, list(self.content), self.kinds, named, self.index)
        faq = self.index.faq_entries(self.joined)
        if not topics and not faq:
            faq = self._defined()
            if not faq and self._names_an_organisation():
                topics = ("organisers",)  # "what does UCLG mean?": a partner's acronym
        if not topics and not faq:
            topics = self._conference_asked()
        if topics == ("venue",) and self.unknown_things[0]:
            topics = ()  # "is there parking at the venue?": what the information does not say
        if "audience" in topics:
            # "who is it for?" is answered by the FAQ entry that says who takes part, if one does.
            entries = self.index.audience_faq
            topics = tuple(topic for topic in topics if topic != "audience")
            if entries:
                faq = tuple(dict.fromkeys((*faq, *entries)))
            elif not topics:
                topics = ("about",)  # else what it is about, which says whom it gathers
        return topics, faq

    def _said(self, pattern: re.Pattern[str]) -> set[str]:
        return {word for match in pattern.finditer(self.joined) for word in match.group(0).split()}

    def _defined(self) -> tuple[int, ...]:
        """ "what does GCM mean?", "que veut dire pacte mondial ?": the FAQ entries defining it."""
        asked = self._said(_MEANING)
        if not asked:
            return ()
        term = frozenset(w for w in self.content if w not in asked and w not in self.conference_named)
        return self.index.faq_defining(term) if term else ()

    def _names_an_organisation(self) -> bool:
        """ "what does UCLG mean?": what an organiser's or partner's name gives in brackets."""
        asked = self._said(_MEANING)
        term = {w for w in self.content if w not in asked}
        return bool(asked) and frozenset(term) in self.index.organisation_short_names

    def _conference_asked(self) -> tuple[str, ...]:
        """The conference named and nothing else: where it is ("où a lieu le sommet ?"), else what
        it is ("de quoi parle cette conférence ?", "¿qué es el FMMD?", "GFMD?")."""
        named = self.conference_named
        when = {word for word in self.words if word in WHEN_WORDS}
        if (
            # "c'est quand ?", "¿cuándo es?": nothing else named, its days.
            not (named or (when and not self.content))
            or self.room_id is not None
            or self.wants_now
            or self.wants_next
            or self.wants_last
            or self.asks_documents
            or not self.when.empty
        ):
            return ()
        # "l'atelier IDM" names the conference when it is one and has no workshops of its own.
        held = self.index.kinds_held
        if any(kind in held or not set(KIND_WORDS[kind]) & named for kind in self.kinds):
            return ()
        asked = self._said(_MEANING) | self._said(_WHERE) | when
        if any(w not in named and w not in asked and w not in self.kind_words for w in self.content):
            return ()
        if when:
            return ("about",)  # its days: "quand a lieu le sommet ?"
        if _WHERE.search(self.joined):
            return ("venue",)
        if any(word in WHO_WORDS for word in self.words) and any(word in WHOM_WORDS for word in self.words):
            return ("audience",)
        return ("about",)

    @property
    def unknown_things(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Things conference information seldom says that the message asks about ("cloakroom",
        "parking"), by their lexicon keys, and the words that ask them."""
        found = [
            (_UNKNOWN_OF[m.group(0)], m.group(0))
            for m in _UNKNOWN_PATTERN.finditer(self.joined)
            if not self.a_subject_of_sessions(m.group(0).split()[-1], expression=" " in m.group(0))
            # "any vegan food sessions?" (Penguicon 2019's food track): sessions about it.
            and not any(self._before_talks(word) for word in m.group(0).split())
            # "password cracking": a title's two words, not the wifi's password.
            and self._phrased.isdisjoint(m.group(0).split())
            # "anything doctor who related?": an expression of the lexicon the programme has.
            and self._in_expressions.isdisjoint(m.group(0).split())
        ]
        things = tuple(dict.fromkeys(thing for thing, _ in found))
        said = tuple(dict.fromkeys(word for _, phrase in found for word in phrase.split()))
        return things, said

    @cached_property
    def _in_expressions(self) -> frozenset[str]:
        """The words of the lexicon's expressions the message and the programme's texts both have."""
        present = self.index.expressions_present
        found = self.index.glossary.expressions_in(list(self.words))
        return frozenset(word for phrase in found if phrase in present for word in phrase.split())

    @cached_property
    def _phrased(self) -> frozenset[str]:
        """The words typed beside a word with which a title (or an organiser's name) writes them."""
        return frozenset(w for pair in pairwise(self.words) if pair in self.index.phrases for w in pair)

    @cached_property
    def topic(self) -> tuple[str, ...]:
        """The words a search looks for: three letters, a short form the lexicon knows ("js") or a
        short code ("5g", "3d")."""
        short = self.index.glossary.short_words
        topic = tuple(
            w
            for w in self._run_together(self.content)
            if (len(w) >= 3 or w in short or is_code(w)) and w not in self.kind_words
        )
        # "tiktok panels?", "affirmative action research": beside what sessions are about, a word
        # for a session or for research says what is asked for, not what it is about ("any
        # panels?" alone looks for them); unless the programme writes the two together ("poster
        # session", "session types").
        generic = SESSION_NOUNS | RESEARCH_NOUNS
        about = tuple(w for w in topic if w not in generic or w in self._phrased)
        if about != topic and about and any(self.index.variants(w) for w in about):
            topic = about
        if (self.wants_now or self.wants_next or self.wants_first) and not self._asks_about_it:
            # "Bonsoir, je viens d'arriver à Lyon. Quelle est la première séance demain ?": what is
            # only told, beside a question on what is on, is no topic.
            topic = tuple(w for w in topic if w not in self.told and w not in self.asked_apart)
        # "Hi! I work in analytics. Any sessions about data science?": not the asker's own words.
        sought = tuple(w for w in topic if w not in self.described)
        return sought if sought and any(self.index.variants(w) for w in sought) else topic

    @cached_property
    def _asks_about_it(self) -> bool:
        """Whether a clause that asks says "about": "I'd like to help with fundraising for next
        year's DebConf, are there any sessions about that?" asks about what was told."""
        return any(
            word in SUBJECT_MARKERS
            for (clause, _), tells in zip(self._clauses, self._telling, strict=True)
            if not tells
            for word in clause
        )

    @cached_property
    def _clauses(self) -> tuple[tuple[list[str], str], ...]:
        return tuple(_clauses(self.text))

    @cached_property
    def told(self) -> frozenset[str]:
        """The words said only in clauses that tell rather than ask, ended by a comma or a full
        stop: "just got out of the taxi, what am I missing right now?" asks for no taxi."""
        telling: set[str] = set()
        asking: set[str] = set()
        for (clause, _), tells in zip(self._clauses, self._telling, strict=True):
            (telling if tells else asking).update(clause)
        return frozenset(telling - asking)

    @cached_property
    def _telling(self) -> tuple[bool, ...]:
        """Whether each clause tells rather than asks: ended by a comma or a full stop, or, the
        last, with no mark of its own after a question ("c'est quoi le tout premier truc demain
        matin ? on arrive a san antonio ce soir")."""
        clauses = self._clauses

        def asks(clause: list[str]) -> bool:  # "is lunch included? whats on the menu" asks twice
            return clause[0] in QUESTION_OPENERS or has_phrase(" ".join(clause), NOW_PHRASES)

        return tuple(
            _tells(end)
            or (i == len(clauses) - 1 and not end and i > 0 and clauses[i - 1][1] == "?" and not asks(clause))
            for i, (clause, end) in enumerate(clauses)
        )

    @cached_property
    def asked_apart(self) -> frozenset[str]:
        """The words of the other questions of a message that asks what is on in one of its
        clauses: "what's on now? also is there wifi here" asks for no wifi session; the wifi is
        a question of its own, which the programme does not answer."""
        clauses = [" ".join(part) for clause, _ in self._clauses for part in _questions_in(clause)]
        if len(clauses) < 2 or not (self.wants_now or self.wants_next):
            return frozenset()
        # A clause that asks only that ("whats on the supper menu" asks about a menu).
        content = set(self.content)
        asking = [
            c
            for c in clauses
            if any(has_phrase(c, phrases) for phrases in (NOW_PHRASES, NEXT_PHRASES, NOW_IN_ROOM_PHRASES))
            and content.isdisjoint(c.split())
        ]
        if not asking:
            return frozenset()
        kept = {word for clause in asking for word in clause.split()}
        return frozenset(word for clause in clauses for word in clause.split() if word not in kept)

    @cached_property
    def described(self) -> frozenset[str]:
        """The words of the clauses in which the asker says who they are and only those: "soy
        concejala de una ciudad de Ecuador y me interesa…", "I'm a grad student working on…", not
        "I'm interested in fuzzing" (what is sought) nor a word said again elsewhere."""
        inside: set[str] = set()
        outside: set[str] = set()
        for clause, _ in self._clauses:
            start = " ".join(clause[:4])
            if has_phrase(start, INTRODUCING_PHRASES) and WISHES.isdisjoint(clause):
                inside.update(clause)
            else:
                outside.update(clause)
        return frozenset(inside - outside)

    def _run_together(self, content: tuple[str, ...]) -> list[str]:
        """Two words typed apart that the programme writes as one: "tiny ml" for 'TinyML', "argo
        cd" for 'ArgoCD' (not where it has them apart too, "Wear OS" beside "WearOS", nor an idea
        of the lexicon's the two words make: "climate change")."""
        index, typed = self.index, set(pairwise(self.words))
        said: list[str] = []
        for word in content:
            joined = said[-1] + word if said else ""
            if (
                joined
                and (said[-1], word) in typed
                and joined in index.session_idf
                and not index.glossary.knows(joined)
                and not index.written_apart(said[-1], word)
            ):
                said[-1] = joined
                continue
            said.append(word)
        return said

    @cached_property
    def topic_either(self) -> tuple[tuple[str, ...], ...]:
        """The topic's alternatives when its words are joined by "or", "ou", "o", or listed with a
        slash or commas: "schools or education", "serrures / crochetage", "teachers, classroom" →
        (schools,), (education,); () when there is one."""
        topic = set(self.topic)
        pieces = _LIST_SEPARATOR.split(_EXAMPLES_IN_BRACKETS.sub(self._examples_listed, self.text))
        if any(sum(word in topic for word in words(piece)) > 2 for piece in pieces):
            # A phrase, then examples: "the town's local projects, like the boxing club".
            pieces = [self.text]
        parts: list[list[str]] = [[]]
        for piece in pieces:
            if parts[-1]:
                parts.append([])
            for word in self._as_topic_read(words(piece)):
                if word in OR_WORDS and parts[-1]:
                    parts.append([])
                elif word in topic:
                    parts[-1].append(word)
        alternatives = tuple(tuple(part) for part in parts if part)
        return alternatives if len(alternatives) > 1 else ()

    def _examples_listed(self, brackets: re.Match[str]) -> str:
        """Brackets listing kinds of what is said before them, as alternatives: "les catastrophes
        naturelles (séismes, ouragans...)"; others as they are ("les drones (aspects juridiques,
        vie privée)" says which drones' talks)."""
        before = words(self.text[: brackets.start()])
        held = {form for word in before for form in self.index.glossary.narrower_forms(word)}
        listed = words(brackets.group(1))
        return f", {brackets.group(1)}," if held and not held.isdisjoint(listed) else brackets.group(0)

    def _as_topic_read(self, said: list[str]) -> Iterator[str]:
        """Words as the topic reads them: an expression as its word ("video games" → games), two
        words it runs together as one ("game dev" → gamedev)."""
        expressions, topic = self.index.glossary.expressions, set(self.topic)
        position = 0
        while position < len(said):
            for length in (4, 3, 2):
                phrase = " ".join(said[position : position + length])
                if expressions.get(phrase) in topic:
                    yield expressions[phrase]
                    position += length
                    break
            else:
                word, after = said[position], "".join(said[position + 1 : position + 2])
                joined = word + after in topic and word not in topic
                yield word + after if joined else word
                position += 2 if joined else 1

    @cached_property
    def topic_hits(self) -> dict[str, TopicMatch]:
        """The sessions the topic words match, by session id."""
        return self.index.topic_scores(list(self.topic)) if self.topic else {}

    @property
    def names_sessions(self) -> bool:
        """ "sessions", "ateliers", "charlas": the message is about sessions of the programme."""
        return any(word in SESSION_NOUNS for word in self.words)

    @property
    def asks_who(self) -> bool:
        """ "who", "qui", "quién": a person, or the people of a session; not "qui" after what it
        relates to ("les sessions qui parlent de…")."""
        return any(
            word in WHO_WORDS and before not in FILLER and before not in SESSION_NOUNS
            for before, word in pairwise(("", *self.words))
        )

    @property
    def session_numbers(self) -> list[str]:
        """The numbers a message gives sessions by ("table ronde 2.2", "workshop 4", "session two")."""
        return [
            str(NUMBERS_IN_WORDS[number]) if number in NUMBERS_IN_WORDS else number
            for before, number in pairwise(self.words)
            if before in SESSION_NOUNS
            and (re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", number) or NUMBERS_IN_WORDS.get(number, 100) < 100)
        ]

    @cached_property
    def named_sessions(self) -> tuple[str, ...]:
        """The sessions a message names: by their number ("session 3", "mesa redonda 1.2"), else
        by words that are all in one title ("drivers of migration", "l'ouverture"); () when it
        names none or too many to be one."""
        programme = self.index.programme
        numbers = self.session_numbers
        if numbers:
            found = tuple(
                session.id
                for session in programme.sessions
                if any(
                    re.search(rf"^\D*?\b{re.escape(number)}\b(?!\.\d)", fold(title))
                    for number in numbers
                    for title in session.title.all()
                )
            )
            return found if 0 < len(found) <= 3 else ()
        if not self.topic:
            return ()
        titled = [
            session_id
            for session_id, match in self.topic_hits.items()
            if match.covered >= 0.99
            and all(
                not self.index.title_terms[session_id].isdisjoint(
                    {word, *self.index.variants(word, typos=False)}
                )
                for word in self.topic
            )
        ]
        return tuple(titled) if 0 < len(titled) <= 3 else ()

    @property
    def out_of_scope(self) -> list[str]:
        """Words of things no programme answers (wifi, taxi, weather), unless asked as what
        sessions are about that some are ("des trucs sur la météo", "talks about hospitals")."""
        return [
            w
            for w in self.content
            if w in OUT_OF_SCOPE
            and not (self.a_subject_of_sessions(w) or self._before_talks(w) or self._an_event_asked(w))
        ]

    def _an_event_asked(self, word: str) -> bool:
        """ "dégustation de bière", "when's the pizza and beer": a practical word, or its translation,
        in the title of a session that is no pause ('Beer Tasting', 'Pizza & Beer'); "where's the
        coffee?" stays a practical question beside a 'Coffee break', and "where can I charge my
        phone?" beside a 'Charge your badge' workshop (a place asked for is no session)."""
        if _WHERE.search(self.joined):
            return False
        index = self.index
        forms = [form for form, weight in index.variants(word, typos=False).items() if weight >= 1.0]
        titled = (
            index.programme.session(session_id)
            for form in forms
            for session_id in index.sessions_with.get(form, ())
            if form in index.title_terms[session_id]
        )
        return any(session is not None and session.kind not in PAUSE_KINDS for session in titled)

    def _before_talks(self, word: str) -> bool:
        """ "battery life talks?", "the TETRA police radio crypto talk": a practical word among the
        words just before a word for sessions, that sessions are about."""
        words_ = self.words
        return any(
            noun in SESSION_NOUNS and word in _run_before(words_, i) for i, noun in enumerate(words_)
        ) and bool(self.index.topic_scores([word]))

    def a_subject_of_sessions(self, word: str, *, expression: bool = False, of: bool = True) -> bool:
        """ "sur la météo", "about hospitals", "sobre banca móvil": the word comes after a word for
        what a search is about (with `of`, after "charlas de", "algo de" too), and sessions are
        about it (or, for the last word of an expression read as its idea, about the message's
        topic: "des ateliers sur les premiers secours")."""
        starts = self._subject_starts if of else self._subject_starts_after_markers
        asked = any(word in self._subject_words(start) for start in starts)
        return asked and (bool(self.index.topic_scores([word])) or (expression and bool(self.topic_hits)))

    @cached_property
    def _subject_starts_after_markers(self) -> tuple[int, ...]:
        """Where what a search is about may start: after "about", "sur", "sobre" (not after a French
        "on": "on mange où ?" is "where do we eat?")."""
        markers = SUBJECT_MARKERS - NOT_MARKERS_IN.get(self.language, frozenset())
        # Nor the "on" of "what's on": "what's on the lunch menu today?" asks what is served.
        return tuple(
            i + 1
            for i, w in enumerate(self.words)
            if w in markers and not (w == "on" and i and self.words[i - 1] in _WHATS)
        )

    def _subject_words(self, start: int) -> list[str]:
        """The words a search's subject may be, from `start`: the next few, articles aside ("sur
        l'informatique à l'hôpital": informatique, à, hôpital)."""
        return [word for word in self.words[start:] if word not in ARTICLES][:_SUBJECT_REACH]

    @cached_property
    def _subject_starts(self) -> tuple[int, ...]:
        """Also after a word for sessions or for something and its "of": "charlas de wifi", "algo
        de alquimia" (not "manger des frites": a meal is no word for sessions here)."""
        words_ = self.words
        after_of = tuple(
            i + 2
            for i, (w, then) in enumerate(pairwise(words_))
            if w in SUBJECT_HOLDERS and then in SUBJECT_OF
        )
        return self._subject_starts_after_markers + after_of

    @property
    def unknown_room(self) -> list[str]:
        """'salle Memling', 'sala Europa', 'the Narnia room': a room this programme does not have."""
        rest_words = self.rest_words
        named = [word for before, word in pairwise(rest_words) if before in ROOM_NOUNS]
        named += [word for word, after in pairwise(rest_words) if after in ROOM_NOUNS]
        return [word for word in named if word in self.content and not self.index.knows(word)]

    @property
    def names_a_place(self) -> bool:
        """'what's next in Narnia': an unknown word right after 'in', 'salle', 'en'…"""
        not_places = NOT_PLACES_IN.get(self.language, frozenset())
        return any(
            before in _PLACE_PREPOSITIONS and before not in not_places and word in self.content
            for before, word in pairwise(self.rest_words)
        )

    @property
    def unknown_name(self) -> bool:
        """Two names side by side that the programme does not have: "Anne Hidalgo", "Sadiq Khan"."""
        raw, foreign = self.text, list(self.unknown_words)
        if any(c.isupper() for c in raw[1:]):
            names = _names(raw, foreign)
            # "Sam Altman fait une keynote ?": a speaker's first name beside a name nobody has.
            firsts = _names(raw, [w for w in self.words if w in self.index.first_names])
            if any(_beside(self.words, word, firsts) for word in names):
                return True
        else:
            # "viene chema alonso": the words asked about, side by side, none of them in the
            # programme in any form or with a slip ("visitas guiadas ofrece" has a word it has).
            # ("telefonia / voz": words of the lexicon are no one's name).
            names = frozenset(
                w
                for w in foreign
                if not self.index.variants(w)
                and w not in self.kind_words
                and not self.index.glossary.knows(w)
            )
            if not set(self.content) <= names or set(self.words) <= names:
                return False  # "blorp zzyx" alone is not understood, not a name
        return any(_beside(self.words, word, names - {word}) for word in names)

    def as_typed(self, folded_words: list[str] | tuple[str, ...]) -> str:
        """The words as the user typed them (accents, capitals), for the ones we could not match."""
        wanted = set(folded_words)
        # An expression read as its idea is shown as typed: "informatique quantique", not the
        # idea's word ("quantumcomputing").
        glossary = self.index.glossary
        for phrase in glossary.expressions_in(words(self.text)):
            if glossary.expressions[phrase] in wanted:
                wanted.discard(glossary.expressions[phrase])
                wanted.update(phrase.split())
        typed = [part for word in re.findall(r"[\w'’-]+", self.text) for part in _elided(word)]
        return " ".join([word for word in typed if fold(word) in wanted] or sorted(wanted))


def _elided(word: str) -> tuple[str, ...]:
    """A typed word, and the word after its elided article if it has one: "l'informatique" is also
    "informatique"."""
    head, mark, rest = word.replace("’", "'").partition("'")
    return (word, rest) if mark and len(head) <= 2 and rest else (word,)


# How far after "about", "sur", "sobre" a word is what is asked about: "sobre la banca móvil".
_SUBJECT_REACH = 3


_ELONGATED = kept(r"(?<=[^\W\d_])([aeiouyAEIOUY])\1{2,}\b")


def read_features(
    text: str, at: datetime, programme: Programme, language_hint: str | None, index: ProgrammeIndex
) -> Features:
    """Read what a message says, asked at instant `at` (aware), once for every rule."""
    conference = programme.conference
    # A vowel typed three times or more at the end of a word is one: "ayudaaa", "holaaa", "pleaseee"
    # ("DDD" stays an acronym, "Mixxx" a name).
    raw = _ELONGATED.sub(r"\1", text.strip()[:1000])
    cleaned = index.glossary.rewrite(
        _clean(
            _capitals_named(_symbols_named(_dotted_joined(_hyphens_joined(raw, index), index), index), index)
        ),
        present=index.expressions_present.__contains__,
        known=lambda word: bool(index.variants(word, typos=False)),
    )
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

    # "Good evening, when is the visit?" asks about no evening.
    # A room named by a number that reads as a time ("salle 2.02", "en 2.02") is the room's.
    early, text = numbered_room_first(_GREETINGS.sub(" ", cleaned), index)
    # A weekday's short form that is a speaker's name beside their other name: "huyen tue dao".
    named = index.name_tokens
    names = frozenset(
        word
        for i, word in enumerate(all_words)
        if word in WEEKDAYS
        and word in named
        and any(beside in named for beside in all_words[max(0, i - 1) : i] + all_words[i + 1 : i + 2])
    )
    # A weekday's short form that is a subject of this programme, of a day it does not have: "des
    # exposés sur SAT ?", "hay charlas sobre max-sat" of a conference from Tuesday to Thursday.
    held = {day.weekday() for day in conference.days}
    weekday_subjects = frozenset(
        word
        for word in all_words
        if len(word) <= 4 and word in WEEKDAYS and WEEKDAYS[word] not in held and word in index.sessions_with
    )
    # A weekday's short form that names a room before a word for one: "the sun room" is 'El Sol'.
    weekday_rooms = frozenset(
        word
        for word, after in pairwise(all_words)
        if len(word) <= 4 and word in WEEKDAYS and after in ROOM_WORDS and index.find_room(f"{word} {after}")
    )
    # A number the titles write after the word typed before it names something, it is no time:
    # "is there anything on python 3.11?" ('What's new in Python 3.11').
    text, numbers = _numbers_of_names(text, index)
    when, rest = find_when(text, language, at, conference, names=names | weekday_subjects | weekday_rooms)
    also, rest = _another_time(when, rest, language, at, conference)
    for placeholder, number in numbers.items():
        rest = rest.replace(placeholder, number)
    # A devroom by its track where rooms are named by codes: "la suite dans la salle rust ?".
    room_match = (
        early or index.find_room(rest) or index.track_room(rest, when.day or conference.programme_day(at))
    )
    if room_match and not early and any(word in PERSON_QUESTION_WORDS for word in all_words):
        # "when is ricardo coelho speaking": the man, not 'Sala Ricardo Coelho' named after him;
        # "dans la salle jody garnett", "in willow glen" name the room.
        said = words(rest[room_match.span[0] : room_match.span[1]])
        before = [w for w in words(rest[: room_match.span[0]]) if w not in ARTICLES][-1:]
        name_words = [w for w in said if w not in ROOM_WORDS]
        placed = name_words != said or any(w in ROOM_WORDS or w in PLACE_PREPOSITIONS for w in before)
        person = index.find_person(name_words) if len(name_words) >= 2 and not placed else None
        # Someone who has every word typed: "chaos west" is 'Chaos-West TV' beside 'Chaos Macht
        # Schule Hannover', who has one of them.
        typed = {word for word in name_words if len(word) >= 3}
        if person is not None and person.exact and typed <= person.matched_words:
            room_match = None
    if room_match and not early and _someones_session(rest, room_match.span, index):
        room_match = None
    if room_match and not early and _the_conference_named(rest, room_match, index):
        room_match = None
    if room_match and not early and _a_phrase_of_titles(rest, room_match, index):
        room_match = None
    if room_match and not early and _before_a_kind(rest, room_match, index):
        room_match = None
    if room_match and not early and when.part:
        room_match, part_named = index.rooms.of_part(room_match, rest, when.part)
        if part_named:  # "ahora en el main track de la mañana": the room's word, no time
            today = reference_day(conference, at)
            when = replace(when, part=None, day=None if when.day == today else when.day)
    asked_words = all_words
    if room_match and not early:
        apart = _where_asked_apart(rest, room_match)
        if apart is not None:
            # "what's on now and where is room 3?": what is on everywhere; where the room is,
            # a question of its own (its words are no topic, nor a question on the venue).
            where_clause = words(rest[apart:])
            if all_words[len(all_words) - len(where_clause) :] == where_clause:
                asked_words = all_words[: len(all_words) - len(where_clause)]
            room_match, rest = None, rest[:apart] + " " * (len(rest) - apart)
    # The languages named, on the words, apostrophes as spaces: "de l'espagnol" names Spanish.
    all_text = " ".join(all_words)
    languages = [code for code, names in LANGUAGE_WORDS.items() if has_phrase(all_text, names)]
    interpreted = _room_interpreted_into(all_words, languages, programme)
    if interpreted is not None and (
        room_match is None or all(word in ROOM_WORDS for word in words(rest[slice(*room_match.span)]))
    ):
        # "the room with turkish interpretation" names that room, not one whose name says "room".
        room_match = RoomMatch(interpreted, room_match.span if room_match else (0, 0), exact=True)
    room_id = index.room_then(room_match.room_id, when.day, at) if room_match else None
    # The words before the room's are what asks for next: in "hay algo ahora en la suite dos",
    # "suite" is 'Tower Suite 2''s, not French "next" (the time reader keeps each word in place).
    # (A room found first is blanked in `text` already.)
    if early:
        asked = text
    elif room_match and len(text) == len(rest):
        asked = blank(text, room_match.span)
    else:
        asked = cleaned
    if room_match and not early:
        rest = blank(rest, room_match.span)
    rest_words = _with_r_language(words(rest), raw, index)
    subjects = _said_as_subjects(rest_words)
    the_event = _the_event_itself(rest_words, index.conference_names.own)
    timely = has_phrase(cleaned, NEXT_PHRASES) or has_phrase(cleaned, NOW_PHRASES)
    content = tuple(
        word
        for word, (before, after) in zip(rest_words, _neighbours(rest_words), strict=True)
        if word not in STOPWORDS
        and word not in the_event
        # "visual studio sessions?": a word for a room in one of the programme's phrases is a topic.
        # "any theatre stuff?": one no room's name has, that titles have, is a topic too (not
        # what comes next: "prochain stream ??").
        and (
            word not in ROOM_WORDS
            or (before, word) in index.phrases
            or (word, after) in index.phrases
            or (word not in index.rooms.printed_nouns and index.in_a_title(word) and not timely)
        )
        # "stross schedule pls"; not a short form a politeness word spells too (French "ai", AI).
        and (word not in POLITENESS or word in index.glossary.short_words)
        and (before, word) not in ELISIONS  # "j'ai une question": no AI
        # "nouvel agenda urbain": a filler word in one of the programme's phrases is a topic.
        and (
            word not in FILLER
            or (before, word) in index.phrases
            or (word, after) in index.phrases
            # "et sur la traduction ?": a word of questions about a room's languages, said as what
            # sessions are about.
            or (word in subjects and index.glossary.knows(word))
            or word in weekday_subjects
        )
    )
    # The conference's code name beside other words says whose they are, not what is sought:
    # "where do i get rc3 merch?" asks for merch.
    codes = index.conference_names.own
    if len(content) > 1 and not set(content) <= codes:
        content = tuple(word for word in content if word not in codes)
    # Not the words of the room named: "que viene después en el workshop uno" asks for all that
    # comes in 'Workshop 1', its break too.
    kinds_said = rest if room_match else cleaned
    kinds = tuple(kind for kind, names in KIND_WORDS.items() if has_phrase(kinds_said, names))
    if SessionKind.LUNCH in kinds:  # "pausa para comer": lunch is a break
        kinds = tuple(kind for kind in kinds if kind != SessionKind.BREAK)
    # "des talks sur le café": after "about", what sessions are about, not the coffee break.
    kinds = tuple(kind for kind in kinds if not _a_subject_rather(kind, all_words, index))
    if kinds and PAUSE_KINDS.isdisjoint(kinds) and not TALK_NOUNS.isdisjoint(words(kinds_said)):
        # "talks or workshops on home assistant", "des présentations ou des ateliers": any session.
        kinds = ()
    # The last word once what says nothing is left out (the lexicon's simplifications, which the
    # time reader applies): "on est sur quoi là ? j'arrive en retard".
    last = words(spoken_times(cleaned))[-1:]
    wants_now = has_phrase(cleaned, NOW_PHRASES) or bool(last and last[0] in NOW_LAST_WORDS)
    wants_now_in_room = wants_now or has_phrase(cleaned, NOW_IN_ROOM_PHRASES)
    # "cet après-midi" is no "après".
    # "when does it start tomorrow?" asks what comes first; "à quelle heure ça démarre le
    # déjeuner ?" when lunch is.
    without_afternoon = without_the_afternoon(asked)
    wants_next = has_phrase(without_afternoon, NEXT_PHRASES) or (
        not kinds and has_phrase(without_afternoon, START_PHRASES)
    )
    greeting_words = {word for match in _GREETINGS.finditer(cleaned) for word in match.group(0).split()}
    return Features(
        text=raw,
        at=at,
        language=language,
        words=tuple(asked_words),
        cleaned=cleaned,
        when=when,
        also=also,
        rest=rest,
        room_id=room_id,
        content=content,
        kinds=kinds,
        wants_now=wants_now,
        wants_now_in_room=wants_now_in_room,
        wants_next=wants_next,
        # On what is left once the day is read: "le dernier jour" names a day, not the end.
        wants_last=has_phrase(rest, LAST_PHRASES) and not wants_now and not wants_next,
        # Or when things start on a day named: "demain ça commence à quelle heure sur la scène verte ?"
        wants_first=(
            has_phrase(rest, FIRST_PHRASES)
            or (when.day is not None and when.clock is None and has_phrase(without_afternoon, START_PHRASES))
        )
        # ("what's on first thing tomorrow?": no now on another day)
        and (not wants_now or when.day not in (None, conference.programme_day(at)))
        and not has_phrase(rest, LAST_PHRASES),
        interpretation=next(iter(languages), None),
        only_greeting=any(w in HELP_WORDS or w in greeting_words for w in all_words)
        and all(
            w in HELP_WORDS or w in greeting_words or w in STOPWORDS or w in POLITENESS for w in all_words
        ),
        asks_help=_asks_help(cleaned),
        # Not by the room's own words: "el segundo piso" is 'Abava / Amata - 2nd floor', not "which floor?".
        asks_room_info=has_phrase(_or_blanked(asked), ROOM_INFO_PHRASES),
        asks_documents=_DOCUMENT_PATTERN.search(" ".join(all_words)) is not None,
        # "où parle-t-on de ségrégation ?" asks for a topic, "où parle Ada Lovelace ?" for a person.
        asks_person=any(
            word in PERSON_QUESTION_WORDS
            and not _people_of_a_kind(all_words, position)
            and not _relative(all_words, position)
            for position, word in enumerate(all_words)
        )
        and not has_phrase(cleaned, ABOUT_PHRASES),
        index=index,
    )


def _or_blanked(folded: str) -> str:
    """The text without the French "ou" that means "or": unaccented, "où" (where) is the same
    word, but before another thing asked for it is "or" ("un atelier ou une session sur la
    traite ?", "talk ou atelier")."""
    if "ou" not in folded.split():
        return folded
    return _OR_BEFORE.sub("  ", folded)


def _asks_help(cleaned: str) -> bool:
    """ "what can you do?", "¿cómo funciona?"; not "charlas sobre cómo funciona internet" (talks
    about how something works)."""
    found = _phrase_pattern(HELP_PHRASES).search(cleaned)
    if found is None or any(word in SUBJECT_MARKERS for word in words(cleaned[: found.start()])):
        return False
    # Nor "she wants to learn how to use her smartphone: are there any workshops for that?" (WueWW
    # 2022's): sessions asked for after it are sought, unless how to ask for them is asked.
    after = cleaned[found.end() :]
    return not any(word in SESSION_NOUNS for word in words(after)) or has_phrase(after, HOW_TO_ASK_PHRASES)


_WHATS = frozenset({"whats", "s", "is", "going"})  # "what's on", "what is on", "what's going on"


def numbered_room_first(text: str, index: ProgrammeIndex) -> tuple[RoomMatch | None, str]:
    """A room found by its name or code with a number in it ("salle 2.02", "2.02", "x07"), by its
    letter and its number in words ("y en la a cinco?" for 'A05'), or by its name's word and its
    number with no mark of an hour after it ("workshop 5 tonight" for 'Workshop 5'), and the text
    without it, before the time is read: else "2.02" would be 14:02, "a cinco" five o'clock and
    "5 tonight" 17:00."""
    match = index.find_room(text)
    if match is None or not match.exact:
        return None, text
    said = text[match.span[0] : match.span[1]]
    lettered = re.fullmatch(r"[a-z] ([a-z]+)", said)
    # A room whose name has a weekday's short form: "sun 2", "where's sun II" for SIGDIAL & INLG
    # 2023's 'Sun II', not Sunday.
    said_words = words(said)
    weekday = len(said_words) >= 2 and any(word in WEEKDAYS for word in said_words)
    numbered = re.fullmatch(r"[a-z]+ \d{1,2}", said) is not None
    word_and_number = numbered and not marks_an_hour(text, match.span[1])
    if not (re.search(r"\d[.:/-]\d", said) or weekday or word_and_number) and not (
        lettered and lettered.group(1) in NUMBERS_IN_WORDS
    ):
        return None, text
    return match, blank(text, match.span)


def _symbols_named(raw: str, index: ProgrammeIndex) -> str:
    """The message with a symbol that names a room written as the room's name: "whats on rn in 🔮"
    asks about 'Clairvoyance 🔮'."""
    symbols = index.rooms.symbols
    if not symbols or not any(character in symbols for character in raw):
        return raw
    rooms = index.programme.rooms
    return "".join(f" {rooms[symbols[c]].name} " if c in symbols else c for c in raw)


def _capitals_named(raw: str, index: ProgrammeIndex) -> str:
    """The message with a room's code typed in capitals written so the finder knows it: "what's
    on in AU now" asks about COSCUP's room 'AU', French "au" typed in lower case does not (nor
    in a message typed all in capitals)."""
    codes = index.rooms.capital_codes
    if not codes or raw.upper() == raw:
        return raw
    return re.sub(
        r"\b[A-Z]{2,4}\b",
        lambda found: capital_code(found.group(0)) if found.group(0) in codes else found.group(0),
        raw,
    )


def _another_time(
    when: When, rest: str, language: str, at: datetime, conference: Conference
) -> tuple[When | None, str]:
    """A second clock time after "and" ("what's on at 9 on thursday and at 9 on friday", "el
    viernes a las 10 y a las 14"), on its own day if it says one, else on the first's; and the
    text without it."""
    if when.clock is None or not any(word in AND_WORDS for word in words(rest)):
        return None, rest
    also, without = find_when(rest, language, at, conference)
    if also.clock is None:
        return None, rest
    said = "".join(typed if typed != left else " " for typed, left in zip(rest, without, strict=True))
    said_day = find_when(re.sub(r"\d", " ", said), language, at, conference)[0].day is not None
    return (also if said_day else replace(also, day=when.day)), without


def _clean(raw: str) -> str:
    text = fold(raw)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "arc-en-ciel", "sous-sol"
    text = re.sub(rf"[^a-z0-9:'./\-{OTHER_SCRIPTS}]+", " ", text)
    return " ".join(text.split())


_HYPHENATED_SHORT = kept(r"\b(\w+)-(\w)\b")


def _hyphens_joined(raw: str, index: ProgrammeIndex) -> str:
    """A word and a letter or digit joined by a hyphen ("hi-c", "omega-3"), written as one where the
    programme has them so ('Hi-C' is indexed "hic"): cut apart, "hi" would be a greeting."""
    return _joined_where_held(_HYPHENATED_SHORT, raw, index)


def _dotted_joined(raw: str, index: ProgrammeIndex) -> str:
    """A name with its dotted ending ("vue.js", "asp.net") written as one where the programme has it
    so ('Vue.js' is indexed "vuejs"): cut apart, "js" would ask for every JavaScript talk."""
    return _joined_where_held(_DOTTED_NAME, raw, index)


def _joined_where_held(pattern: re.Pattern[str], raw: str, index: ProgrammeIndex) -> str:
    """Each match of `pattern` written as its two groups joined, where the programme has that word."""
    return pattern.sub(
        lambda found: (
            found.group(1) + found.group(2)
            if fold(found.group(1) + found.group(2)) in index.session_idf
            else found.group(0)
        ),
        raw,
    )


_DOTTED_NAME = kept(rf"\b(\w+)\.({DOTTED_ENDINGS})\b", re.IGNORECASE)


# Topics that can also be asked of a session: "who organises the youth workshop?".
_SESSION_ALIKE = frozenset(("organisers", "venue", "contact", "languages", "audience"))
_ALL_INFO = ("about", "organisers", "venue", "languages", "registration", "website")


def _info_topics(
    joined: str, content: list[str], kinds: tuple[str, ...], named: frozenset[str], index: ProgrammeIndex
) -> tuple[str, ...]:
    """What a message asks about the conference itself (registration, venue, languages…);
    `named`, the words naming the conference."""
    found: set[str] = set()
    said: set[str] = set()
    for match in _INFO_PATTERN.finditer(joined):
        phrase = match.group(0).split()
        if phrase[0] in _said_as_subjects(joined[: match.end()].split()) and index.topic_scores(phrase):
            continue  # "et sur la traduction ?": sessions about translation, not the interpreting
        before, after = joined[: match.start()].split()[-1:], joined[match.end() :].split()[:1]
        if (*before, phrase[0]) in index.phrases or (phrase[-1], *after) in index.phrases:
            continue  # "what about register allocation?": a programme's phrase, not registering
        found.add(_INFO_TOPIC_OF[match.group(0)])
        said.update(match.group(0).split())
    if "all" in found:
        found = (found - {"all"}) | set(_ALL_INFO)
    if found and found <= _SESSION_ALIKE and not named:
        rest = [w for w in content if len(w) >= 3 and w not in said]
        if kinds or (rest and (index.topic_scores(rest) or index.find_person(rest))):
            return ()  # about a session or someone's: the search says who organises it and where
    # "audience" is no topic of its own: Features.info answers it with the FAQ or what it is about.
    return tuple(topic for topic in (*INFO_TOPICS, "audience") if topic in found)


def _people_of_a_kind(all_words: list[str], position: int) -> bool:
    """Whether the word at `position` names people of a kind, a topic: "maps for blind people",
    "des ateliers pour personnes âgées" (not "people from Mozilla?", "qui sont les personnes ?")."""
    if all_words[position] not in GROUP_NOUNS:
        return False
    beside = all_words[max(position - 1, 0) : position] + all_words[position + 1 : position + 2]
    return any(map(_names_something, beside))


def _names_something(word: str) -> bool:
    """Whether a word names something people may be of or about ("âgées", "blind"): no little word,
    no word asking who, no word for a session."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in _LITTLE
        and word not in PERSON_QUESTION_WORDS
        and word not in SESSION_NOUNS
    )


def _relative(all_words: list[str], position: int) -> bool:
    """Whether the word at `position` says which of what the word before names rather than asks
    who: "les personnes âgées qui vivent seules" (not "c'est qui ?", "les personnes qui parlent")."""
    return (
        all_words[position] in RELATIVE_PRONOUNS
        and position > 0
        and _names_something(all_words[position - 1])
    )


def _who(
    index: ProgrammeIndex, content: list[str], all_words: list[str], raw: str, asks_person: bool
) -> tuple[PersonMatch | None, list[str]]:
    """The person a question names or describes, and the words that no part of the programme has
    (a name we do not know). A first or middle name beside such a word is someone else."""
    if not content:
        return None, []
    # A word for someone, or any little word, that is a speaker's name beside their other name:
    # "quand passe romain guy", "quand passe Matt Topic".
    content = content + [
        word
        for before, word in pairwise(all_words)
        if before in content
        and word not in content
        # A little word that ends a name: "ivan ma", "et ivan tu ?" for 'Ivan Ma', 'Ivan Tu (…)';
        # or a login that runs the two together: "romain guy" for 'romainguy'.
        and (
            (word in index.name_tokens and word in PERSON_NOUNS)
            or f"{before} {word}" in index.full_names
            or f"{before}{word}" in index.full_names
        )
    ]
    named = _and_another(index.find_person(content), content, all_words, index)
    foreign = [w for w in content if len(w) >= 3 and not w.isdigit() and not index.knows(w)]
    described = index.find_person_by_description(content)
    # Given names a file writes as initials: "Peter" of 'P. Maccarthy' is no other name.
    initials = index.given_initials(named.person_ids) if named else set()
    # (nor a word for a session the programme happens not to use: "¿cuándo participa 孔祥重 en el
    # panel?" of a programme written in Chinese)
    others = {word for word in foreign if word[:1] not in initials and word not in SESSION_NOUNS}
    if named and others - named.matched_words and named.matched_words.isdisjoint(index.surnames):
        named = None  # "Barack Obama" is not Barack Díaz
    if (
        named
        and not asks_person
        and len(named.matched_words) == 1
        and _in_a_title_phrase(all_words, named, index)
    ):
        named = None  # "laser tag times?": the titles' "laser tag", not 'Dom Tag'
    if named and named.first_name_only and set(content) - named.matched_words - KIND_WORD_PARTS:
        # "le pape Francis": a first name alone, with other words ("suesi's workshop" is hers).
        named = None
    if named and named.misspelt and any(c.isupper() for c in raw[1:]):
        # "Emmanuel Macron" is not a speaker "Emmanuela": a name found through a slip, beside a capitalised
        # word that is nobody's name here even with a slip, is someone else's.
        not_names = [
            w
            for w in content
            if len(w) >= 4
            and w not in named.matched_words
            and w[:1] not in initials
            and index.find_person([w]) is None
            # (nor a word of their own description: "Papadopulos (Thessaloniki)", their city)
            and not any(w in index.person_docs.get(p, ()) for p in named.person_ids)
        ]
        if any(_beside(all_words, word, named.matched_words) for word in _names(raw, not_names)):
            named = None
    names = _names(raw, foreign)
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


def _and_another(
    named: PersonMatch | None, content: list[str], all_words: list[str], index: ProgrammeIndex
) -> PersonMatch | None:
    """Two people named in full with "and" between them ("quand parlent Ana Gil et Bruno
    Lima ?"): both, as one answer."""
    if (
        named is None
        or not named.exact
        or len(named.matched_words) < 2
        or not set(AND_WORDS) & set(all_words)
    ):
        return named
    rest = [word for word in content if word not in named.matched_words]
    other = index.find_person(rest) if len(rest) >= 2 else None
    if (
        other is None
        or not other.exact
        or len(other.matched_words) < 2
        or set(other.person_ids) & set(named.person_ids)
    ):
        return named
    return replace(
        named,
        person_ids=(*named.person_ids, *other.person_ids),
        matched_words=named.matched_words | other.matched_words,
        several=True,
    )


def _in_a_title_phrase(all_words: list[str], named: PersonMatch, index: ProgrammeIndex) -> bool:
    """Whether the one word a person was found by makes, with a word typed beside it that is no
    one's name, two words the programme's titles write together."""
    (word,) = named.matched_words
    return any(
        pair in index.phrases and word in pair and not set(pair) - {word} <= index.name_words
        for pair in pairwise(all_words)
    )


# Words that say what is asked ("current", "ahora", "prochaine", "tomorrow"), of five letters or
# more: a typo in one of them ("curent", "ahroa", "tommorow") is mended before the question is read.
_QUESTION_WORDS = sorted(
    {
        word
        for phrases in (
            NOW_PHRASES,
            NEXT_PHRASES,
            HELP_PHRASES,
            LAST_PHRASES,
            TODAY_WORDS,
            TOMORROW_WORDS,
            YESTERDAY_WORDS,
        )
        for phrase in phrases
        for word in phrase.split()
        if len(word) >= 5 and word.isalpha()
    }
)
_QUESTION_SPELLINGS = Spellings(_QUESTION_WORDS)
# Words of the three languages the bot knows for what they are: never "mended" into another one
# ("pasado" is not "pasando").
_KNOWN_WORDS = (
    frozenset(word for markers in LANGUAGE_MARKERS.values() for word in markers)
    | frozenset(word for phrase in AFTER_TOMORROW_PHRASES for word in phrase.split())
    | frozenset(_QUESTION_WORDS)
    | frozenset(WEEKDAYS)
    | OUT_OF_SCOPE
    | ROLE_WORDS
    # Never mended into a question word: "plénière" is no slip for "première".
    | SESSION_NOUNS
    | KIND_WORD_PARTS
    | MORNING_WORDS  # "l'aprem" is the afternoon, no slip for "après"
    | AFTERNOON_WORDS
    | EVENING_WORDS
    # A number is no slip: "salle cent soixante-deux" is not "suivante".
    | frozenset(word for word in NUMBERS_IN_WORDS if " " not in word)
    | frozenset(TENS_ABOVE)
    # A word for the conference is no slip: "salle congres" is not Spanish "congreso".
    | CONFERENCE_WORDS
)


# What ends a clause: a sentence's or a list's punctuation, a dash between spaces.
_CLAUSE_END = kept(r"([.?!;,:()¿¡…]|\s[-–—]\s|[–—])")
# The marks after a clause that tell rather than ask: "just got out of the taxi, what's on now?".
_TELLING_ENDS = frozenset(".,;:…")


def _where_asked_apart(rest: str, room_match: RoomMatch) -> int | None:
    """Where a last clause that asks where a room is starts ("… and where is room 3?", "… y dónde
    está el aula magna?"), after one that asks what is on now or next and names no room."""
    for joined in _AND_WHERE.finditer(rest):
        before = rest[: joined.start()]
        if joined.start() < room_match.span[0] and (
            has_phrase(before, NOW_PHRASES) or has_phrase(before, NEXT_PHRASES)
        ):
            return joined.start()
    return None


def _room_interpreted_into(all_words: list[str], languages: list[str], programme: Programme) -> str | None:
    """ "the room with turkish interpretation", "la salle avec l'interprétation en turc": the one
    room interpreted into the language named (`languages`), where others are not."""
    if not any(word in ROOM_WORDS for word in all_words) or any(word in WITHOUT_WORDS for word in all_words):
        return None
    if len(languages) != 1 or not any(word in TRANSLATION_WORDS for word in all_words):
        return None
    rooms = [room.id for room in programme.rooms.values() if languages[0] in room.interpretation]
    return rooms[0] if len(rooms) == 1 and len(programme.rooms) > 1 else None


def _questions_in(clause: list[str]) -> list[list[str]]:
    """A clause's questions: "what's on now and is there wifi" is two, "et c'est où la salle…",
    "y dónde está…" start another."""
    parts: list[list[str]] = [[]]
    for word, after in pairwise([*clause, ""]):
        if word in AND_WORDS and after in QUESTION_OPENERS and parts[-1]:
            parts.append([])
        parts[-1].append(word)
    return parts


def _tells(end: str) -> bool:
    """Whether the mark ending a clause says it tells rather than asks."""
    return bool(end) and end in _TELLING_ENDS


def _clauses(text: str) -> Iterator[tuple[list[str], str]]:
    """The words of each clause of a message, with the mark that ends it ("" for none); "and"
    before "I", "me", "je", "me" starts one too: "soy concejala de Ecuador | y me interesa…"."""
    pieces = _CLAUSE_END.split(fold(text))
    for piece, end in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        clause: list[str] = []
        for word, after in pairwise([*folded_words(piece), ""]):
            if word in AND_WORDS and after in FIRST_PERSON and clause:
                yield clause, ""
                clause = []
            clause.append(word)
        if clause:
            yield clause, end.strip()


def _a_subject_rather(kind: SessionKind, all_words: list[str], index: ProgrammeIndex) -> bool:
    """A pause's word right after "about", "sur", "sobre" (and an article) that sessions other than
    pauses have: "des talks sur le café" asks for the coffee sessions, not the coffee break ("what's
    on after the break" is no such thing)."""
    if kind not in PAUSE_KINDS:
        return False
    names = {phrase for phrase in KIND_WORDS[kind] if " " not in phrase}
    for i, word in enumerate(all_words):
        following = [w for w in all_words[i + 1 : i + 3] if w not in ARTICLES][:1]
        if word in SUBJECT_MARKERS and following and following[0] in names:
            matches = index.topic_scores(following).items()
            sessions = (index.programme.session(sid) for sid, match in matches if match.literal)
            return any(session is not None and session.kind not in PAUSE_KINDS for session in sessions)
    return False


def _mend_question_words(text: str, index: ProgrammeIndex) -> str:
    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < 5 or word in STOPWORDS or word in FILLER or word in _KNOWN_WORDS or index.knows(word):
            return word
        if word in index.rooms.name_words:
            return word  # "what's coming up in agora": the room 'Agora', no slip for "ahora"
        found = near_spelling(word, _QUESTION_SPELLINGS)
        return found if found and found[0] == word[0] else word

    return re.sub(r"[a-z]+", mend, text)


def _the_event_itself(said: list[str], own_names: frozenset[str]) -> frozenset[str]:
    """Words for the conference that say which one is meant, not what is asked about: "le premier
    événement du festival", "el programa del congreso", "the first talk of the convention", and
    its own name so placed ("le premier truc demain au rC3", "what's first at rc3")."""
    return frozenset(
        word
        for i, word in enumerate(said)
        if (word in CONFERENCE_WORDS or word in own_names)
        and i > 0
        and (
            said[i - 1] in _OF_THE
            or (i > 1 and (said[i - 2], said[i - 1]) in _OF_THE_PAIRS)
            or (said[i - 1] == "at" and word in own_names)
        )
    )


# What comes before a word for the conference itself ("du festival", "de la convention", "of the
# congress", "del congreso", "de este festival").
_OF_THE = frozenset({"du", "del", "au"})
_OF_THE_PAIRS = frozenset({
    ("de", "la"), ("de", "ce"), ("de", "cette"), ("a", "la"), ("of", "the"), ("of", "this"), ("at", "the"),
    ("in", "the"), ("de", "este"), ("de", "esta"),
})  # fmt: skip


def _said_as_subjects(tokens: list[str]) -> set[str]:
    """The words said as what sessions are about: right after "sur", "about", "sobre" and perhaps
    an article ("et sur la traduction ?"); not after "what about", which asks on, nor "what's on"."""
    said: set[str] = set()
    last = before_last = ""  # the two words before, articles aside
    for word in tokens:
        # (nor the "on" of "what's on first thing tomorrow?")
        if (
            last in SUBJECT_MARKERS
            and before_last not in _ASKING_ON
            and not (last == "on" and before_last in _WHATS)
        ):
            said.add(word)
        if word not in ARTICLES:
            before_last, last = last, word
    return said


_ASKING_ON = frozenset(("what", "how"))  # "what about the venue?"


def _neighbours(tokens: list[str]) -> list[tuple[str, str]]:
    """Each word's neighbours, before and after ("" at the ends), stop words passed over as the
    programme's phrases are read: in "right to the city", "right" is before "city"."""
    before = [""] * len(tokens)
    after = [""] * len(tokens)
    previous = ""
    for place, token in enumerate(tokens):
        before[place] = previous
        if token not in STOPWORDS:
            previous = token
    following = ""
    for place in range(len(tokens) - 1, -1, -1):
        after[place] = following
        if tokens[place] not in STOPWORDS:
            following = tokens[place]
    return list(zip(before, after, strict=True))


def _names(raw: str, foreign: list[str]) -> frozenset[str]:
    """The words the programme does not know that look like someone's name: capitalised inside a
    sentence of a message that uses capitals ("habla Pedro Sánchez", not "Many thanks"), or any
    of them in a message typed without capitals."""
    if not any(c.isupper() for c in raw[1:]):
        return frozenset(foreign)
    # "qu'Emmanuel", "Jean-Luc": the name's own parts; a family name's particle aside ("van").
    typed = [m for m in re.finditer(r"\w+", raw) if m.group(0) not in NAME_PARTICLES]
    name_like = [m.group(0)[:1].isupper() and not m.group(0).isupper() for m in typed]  # not "ONU"
    capitalised = {
        fold(match.group(0))
        for i, match in enumerate(typed)
        if name_like[i]
        # A sentence's first word is a name only before another one: "Kelsey Hightower il est là ?",
        # "Guido van Rossum est là ?".
        and (
            not re.search(r"(?:^|[.!?¿¡:;]\s*)$", raw[: match.start()])
            or (i + 1 < len(typed) and name_like[i + 1])
        )
    }
    return frozenset(word for word in foreign if word in capitalised)


def _beside(all_words: list[str] | tuple[str, ...], word: str, others: frozenset[str]) -> bool:
    """Whether `word` stands right before or after one of `others` in the message, a family
    name's particle between them aside ("Guido van Rossum")."""
    said = [w for w in all_words if w not in NAME_PARTICLES]
    return any((a == word and b in others) or (b == word and a in others) for a, b in pairwise(said))


def _someones_session(text: str, span: tuple[int, int], index: ProgrammeIndex) -> bool:
    """A room found by a word for sessions alone, beside someone's name: "rzayev workshop when"
    asks for Rzayev's workshop, not for the room 'Workshop I'."""
    said = words(text[span[0] : span[1]])
    if not said or not all(word in SESSION_NOUNS for word in said):
        return False
    others = [word for word in words(blank(text, span)) if word not in STOPWORDS and word not in FILLER]
    person = index.find_person(others) if others else None
    return person is not None and person.exact


_NUMBER_AFTER_A_WORD = kept(r"\b(?P<word>[a-z][a-z0-9]*) (?P<number>\d+(?:\.\d+)*)\b")


def _numbers_of_names(text: str, index: ProgrammeIndex) -> tuple[str, dict[str, str]]:
    """The text with each number that follows a word as the titles write them together ("python
    3.11", "java 21") put as letters the time reader leaves alone, and those numbers by the
    letters put for them."""
    numbers: dict[str, str] = {}

    def as_letters(found: re.Match[str]) -> str:
        word, number = found.group("word", "number")
        if (word, number) not in index.phrases:
            return found.group(0)
        placeholder = "zq" + "".join(chr(ord("a") + int(c)) if c.isdigit() else "p" for c in number) + "qz"
        numbers[placeholder] = number
        return f"{word} {placeholder}"

    return _NUMBER_AFTER_A_WORD.sub(as_letters, text), numbers


def _one_word_found(text: str, match: RoomMatch) -> tuple[str, list[str], list[str]] | None:
    """The one word a room was found by, with the word typed before it (articles aside) and the
    word after it; None when more words found it, or when a word for a room or a place comes
    before it ("dans la salle machines", "in machines now": the room is asked for)."""
    said = words(text[match.span[0] : match.span[1]])
    if len(said) != 1:
        return None
    before = [w for w in words(text[: match.span[0]]) if w not in ARTICLES][-1:]
    if any(w in ROOM_WORDS or w in PLACE_PREPOSITIONS for w in before):
        return None
    return said[0], before, words(text[match.span[1] :])[:1]


def _a_phrase_of_titles(text: str, match: RoomMatch, index: ProgrammeIndex) -> bool:
    """A room found by one word that makes, with a word typed beside it, two words the titles
    write together: "et sur le machine learning ?" asks about machine learning, not about the
    room 'Les Machines' ("dans la salle machines", "in machines now" name the room, and so do
    "the online energy devroom", "the lightning talks room" for 'L.lightningtalks': a word for a
    room beside it, or the two words its name runs together)."""
    found = _one_word_found(text, match)
    if found is None:
        return False
    word, before, after = found
    if any(w in ROOM_WORDS for w in after):
        return False
    own = index.rooms.room_tokens[match.room_id]
    pairs = [(beside, (beside, word)) for beside in before] + [(beside, (word, beside)) for beside in after]
    return any(
        pair in index.phrases and beside not in own and "".join(pair) not in own for beside, pair in pairs
    )


def _before_a_kind(text: str, match: RoomMatch, index: ProgrammeIndex) -> bool:
    """A room found by one word of its name right before a word for a kind of session the
    programme holds: "site visits?" asks for the visits, not a room whose name ends with "site"
    (its whole name, or a word for a room before it, "dans la salle site", name it)."""
    found = _one_word_found(text, match)
    own = index.rooms.room_tokens[match.room_id]
    if found is None or len(own) < 2:
        return False
    _, _, after = found
    if not after or after[0] in own:
        return False
    return any(kind in index.kinds_held and after[0] in names for kind, names in KIND_FOLDED.items())


def _the_conference_named(text: str, match: RoomMatch, index: ProgrammeIndex) -> bool:
    """A room found by the conference's own name alone: "le premier truc demain au rC3" asks
    about the conference 'rC3 NOWHERE', not its room 'rC3 Lounge' ("the rc3 lounge" names it)."""
    said = words(text[match.span[0] : match.span[1]])
    own = index.conference_names.own
    if not said or not all(word in own for word in said):
        return False
    # A room whose whole name is the conference's is named by it: 'Jugaadfest' of Jugaadfest 2018.
    return not index.rooms.room_tokens[match.room_id] <= own


def _run_before(words_: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The words right before the one at `at` that may name a subject (two at least, more while
    none is a little word): "battery life" of "battery life talks", "tetra police radio crypto" of
    "when's the tetra police radio crypto talk"."""
    if at and words_[at - 1] in PLACE_PREPOSITIONS:
        return ()  # "weather in mesa tomorrow?": Mesa, Arizona, not a round table ("mesa")
    start = at
    while start > 0 and (at - start < 2 or words_[start - 1] not in _LITTLE):
        start -= 1
    return words_[start:at]


_LITTLE = STOPWORDS | FILLER  # words that name no subject
