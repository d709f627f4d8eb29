"""What the parser matches against, built once per programme: rooms, people and topics, folded."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from itertools import pairwise
from typing import TypeVar

from rapidfuzz import fuzz, process

from bot.i18n import LANGUAGES
from bot.programme.bulk import without_collection
from bot.programme.model import FaqEntry, Programme, Session, one_at_a_time
from bot.understand.cognates import COGNATE_LENGTH, cognate_keys, english_forms, openings, spelling_key
from bot.understand.conference_names import conference_names
from bot.understand.glossary import glossary_for
from bot.understand.rooms import RoomFinder, RoomMatch, token_spans
from bot.understand.spellings import Spellings
from bot.understand.text import HYPHENATED, R_LANGUAGE, dense, fold, folded_words, names_r_language, words
from bot.understand.tracks import TrackFinder
from bot.understand.transliteration import latin_spellings
from bot.understand.vocabulary import (
    AND_WORDS,
    CONFERENCE_WORDS,
    FILLER_WORDS,
    GIVEN_NAME_FORMS,
    INFO_PHRASES,
    KIND_WORDS,
    LEVEL_WORDS,
    MEANING_PHRASES,
    NAME_PARTICLES,
    OR_WORDS,
    OTHER_SENSES,
    PERSON_QUESTION_WORDS,
    ROLE_QUALIFIERS,
    ROLE_WORDS,
    ROOM_NOUNS,
    SPEAKING_WORDS,
    STOPWORDS,
    TRACK_WORDS,
)

K = TypeVar("K")
V = TypeVar("V")

TITLE, ORGANISER, DESCRIPTION = 3.0, 1.5, 1.0
_GLUED_NAMES = re.compile(r"(?<=[a-zß-öø-ÿ]{4})(?=[A-ZÀ-ÖØ-Þ])")
_HANDLE = re.compile(r"([a-z]{3,})\d+")  # a handle, a name and digits: "mikucat13", "easonc13"
# Dutch "ij", which other languages write "y": "Meijer" is typed "Meyer", "Dijkstra" "Dykstra".
_DUTCH_IJ = re.compile("ij", re.IGNORECASE)
_SESSION_CODE = re.compile(r"[a-z]{2,6}\d{2,6}")  # a code printed for a session: "BRK30191", "MOD20"
_CAPITALS = re.compile(r"(?<![A-Za-z0-9_-])[A-Z]{2}(?![A-Za-z0-9_-])")  # "CI" of "におけるCI/CDの" too
COMPOUND_TAIL = 4  # letters a German compound adds to its first word: "Klima" + "krise"
MEMORY = 4096  # words whose forms are kept (emptied when full)
ROOT = 4  # letters an inflected word's root has at least: "test" of "testing"
NUMBER_FORM = 0.6  # how much a word's other number counts ("galaxy" for "galaxies"): as a stem
TOPIC_MEMORY = 1024  # topics whose scores are kept (emptied when full)
LEVEL_SHARE = 0.3  # how much a word for a level counts beside a subject ("for beginners")
GENERIC_RATIO, GENERIC_SHARE = 10, 0.02  # a topic word too common beside a rare one (`specific`)
COMMON_SHARE = 0.4  # a word of this share of the sessions or more says nothing beside an absent idea


@dataclass(frozen=True, slots=True, order=True)
class TopicMatch:
    """How a session matches a topic: the share of the question's words it covers (rare words
    weigh more), then how well."""

    covered: float
    score: float
    phrase: bool = False  # the question's words follow each other in a title or a description
    literal: float = 0.0  # the share of the words found as typed or translated, not by a near form


@dataclass(frozen=True, slots=True)
class PersonMatch:
    person_ids: tuple[str, ...]  # one, or several equally good candidates
    matched_words: frozenset[str]
    exact: bool
    first_name_only: bool = False
    misspelt: bool = False  # found through a slip in a name ("emmanuel" for "Emmanuela")
    specific: bool = False  # described with a word only people's affiliations use ("Ouagadougou")
    described: bool = False  # found by role, affiliation, city or country rather than by name
    several: bool = False  # people named one after the other ("X and Y"), not namesakes to choose from


class ProgrammeIndex:
    """Folded names and words of one programme snapshot, for fast fuzzy lookups."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.glossary = glossary = glossary_for(programme)
        # Whether any session has documents (slides, papers) to ask for.
        self.has_documents = any(session.documents for session in programme.sessions)
        held = Counter(
            session.room_id for session in programme.sessions if session.room_id and not session.cancelled
        )
        # A file that names no city often names the conference after it ('X-Ops Conference Madrid
        # 2025', or a file named so): its words are no room's either ("from madrid centre" is not
        # 'Bsides Madrid').
        place = programme.conference.city or " ".join(programme.conference.name.all())
        self.rooms = RoomFinder(programme.rooms.values(), place, self._one_place, _main_room(programme), held)
        self.tracks = TrackFinder((s.track for s in programme.sessions if s.track), glossary)

        self.name_tokens: dict[str, set[str]] = defaultdict(set)
        self.first_names: set[str] = set()  # tokens that are only ever someone's first name
        surnames: set[str] = set()
        # A name → everyone who has it (a merged schedule can list one person under two ids).
        self.full_names: dict[str, tuple[str, ...]] = {}
        self.name_words: set[str] = set()  # every word of every name, particles included
        # A person → the last word of each of their names.
        self.last_words: defaultdict[str, set[str]] = defaultdict(set)
        self.compact_names: dict[str, tuple[str, ...]] = {}  # the same names without particles
        self.initials: dict[str, str] = {}  # a person written "M. C. Morice" → "mc"
        self.person_docs: dict[str, set[str]] = {}
        for person in programme.people.values():
            if not person.unnamed:
                names = (person.name, *person.aliases)
                # 'Олесь Петрів' is "oles petriv" too.
                names += tuple(spelling for name in names for spelling in latin_spellings(name))
                # A login that runs two names together: 'mere-teresaHaïm-Lubczanski' is also
                # "mere teresa haim lubczanski" (not "McDonald", "LeBlanc": four letters before).
                names += tuple(apart for name in names if (apart := _GLUED_NAMES.sub(" ", name)) != name)
                for name in dict.fromkeys((*names, *(_DUTCH_IJ.sub("y", name) for name in names))):
                    # A name in two scripts ("Ivan Tu（杜修文）", "牟展佑 / WilliamMou") is read as its
                    # Latin one; its Chinese, Japanese or Korean words name the person too (below).
                    every = words(name)
                    written = [t for t in every if not dense(t)] or every
                    tokens = [t for t in written if len(t) >= 2]
                    # A name written with its given names' initials ("M. C. Morice", "J. F.
                    # Lassen"): its first whole word is the family name, and the initials are
                    # those of the given names people type ("Marie-Claude Morice").
                    initials = "".join(t for t in written[:-1] if len(t) == 1 and t.isalpha())
                    shift = 1 if initials and written[0] == initials[0] else 0
                    if shift:
                        self.initials[person.id] = initials
                    full = " ".join(tokens)
                    self.full_names[full] = (*self.full_names.get(full, ()), person.id)
                    self.name_words.update(tokens)
                    self.last_words[person.id].add(tokens[-1] if tokens else "")
                    # Questions lose particles ("ana garcia" for "Ana de García"): match without them too.
                    compact = " ".join(t for t in tokens if t not in STOPWORDS)
                    self.compact_names[compact] = (*self.compact_names.get(compact, ()), person.id)
                    # Family names: the last one, or the last two of a long (Spanish) name.
                    family_from = max(1, len(tokens) - 2) if len(tokens) >= 4 else 1
                    for position, token in enumerate(tokens):
                        if token not in STOPWORDS and token not in NAME_PARTICLES:
                            self.name_tokens[token].add(person.id)
                            handle = _HANDLE.fullmatch(token)  # "easonc" of "EasonC13", a slip from "eason"
                            if handle:
                                self.name_tokens[handle.group(1)].add(person.id)
                            # A login of an initial and a surname, all in lower case ("hsablonniere",
                            # MiXiT 2023's; "glaforge", "snicoll"): the surname typed alone, or after
                            # the given name ("guillaume laforge").
                            if len(written) == 1 and name.islower() and len(token) >= 7 and token.isalpha():
                                self.name_tokens[token[1:]].add(person.id)
                                surnames.add(token[1:])
                                self.initials[person.id] = token[0]
                            if len(tokens) == 1:
                                # A name of one word (a login, a surname alone: MiXiT 2019's
                                # 'nitot') may be either: "tristan nitot" is that person.
                                surnames.add(token)
                            elif position + shift == 0:
                                self.first_names.add(token)
                            elif position + shift >= family_from:
                                surnames.add(token)
                    for token in every:
                        if dense(token) and len(token) >= 2:
                            self.name_words.add(token)
                            # … and the start of one run into the title after it: "孔祥重" of
                            # '孔祥重教授' (professor Kung).
                            for end in range(2, len(token) + 1):
                                self.name_tokens[token[:end]].add(person.id)
            described = " ".join(words(f"{person.affiliation} {person.country}"))
            doc = set(self._expand(described.split()))
            for phrase, acronyms in glossary.acronyms.items():
                if phrase in described:
                    doc.update(acronyms)
            if person.unnamed:
                doc |= set(self._expand(words(person.name)))
            self.person_docs[person.id] = doc - STOPWORDS
        self.first_names -= surnames
        self.surnames = frozenset(surnames - self.first_names)
        self.name_vocabulary = list(self.name_tokens)
        self._longest_name = max((len(name.split()) for name in self.full_names), default=0)
        self.person_only_words = set().union(*self.person_docs.values()) if self.person_docs else set()
        doc_frequency: dict[str, int] = defaultdict(int)
        for doc in self.person_docs.values():
            for token in doc:
                doc_frequency[token] += 1
        people_count = max(len(self.person_docs), 1)
        self.person_idf = {t: math.log(1 + people_count / n) for t, n in doc_frequency.items()}
        self._person_words = sorted(self.person_idf)

        # Each session's words by field, with the weight a match in that field carries.
        self.session_fields: dict[str, dict[str, float]] = {}
        self.title_bigrams: dict[str, set[tuple[str, str]]] = {}
        # Each session's description and organiser as words; their pairs are made when a topic
        # search first needs them (a thousand long descriptions cost a cold start a tenth of a second).
        self._text_words: dict[str, tuple[list[str], ...]] = {}
        self._text_bigrams: dict[str, set[tuple[str, str]]] = {}
        self.title_terms: dict[str, frozenset[str]] = {}  # every word of a session's titles
        self.phrases: set[tuple[str, str]] = set()  # pairs of words that follow each other in a title
        self._apart: dict[tuple[str, str], bool] = {}  # written_apart, remembered
        self._title_words: dict[str, tuple[list[str], ...]] = {}  # each title's words, by session
        self.sessions_with: dict[str, list[str]] = defaultdict(list)  # a word's sessions
        self._topic_scores: dict[tuple[str, ...], dict[str, TopicMatch]] = {}
        self._variants: dict[tuple[str, bool], dict[str, float]] = {}
        self._near_known: dict[str, bool] = {}
        self.title_words: dict[str, set[str]] = {language: set() for language in LANGUAGES}
        self.expressions_present: set[str] = set()  # the glossary's expressions the texts have
        for session in programme.sessions:
            weights: dict[str, float] = {}
            # Each text is split into words once: descriptions are long, and a large programme
            # has a thousand of them.
            folded = [fold(text) for text in (*session.description.all(), *session.questions)]
            texts = [folded_words(text) for text in folded]
            organiser_words = words(session.organiser)
            for tokens in texts:
                _add_words(weights, tokens, DESCRIPTION)
            for text in folded:
                _add_words(weights, _hyphen_joined(text), DESCRIPTION)
            # A session's printed code, typed alone: "c koi BRK30191" (Ignite The Tour's catalogue).
            if _SESSION_CODE.fullmatch(session.id):
                weights[session.id] = TITLE
            # Phrases of the description count too ("objectifs de développement durable").
            self._text_words[session.id] = (*texts, organiser_words)
            _add_words(weights, organiser_words, ORGANISER)
            for kind_word in (session.kind, *KIND_WORDS.get(session.kind, ())):
                _add(weights, kind_word, TITLE)
            organiser = " ".join(organiser_words)
            for phrase, acronyms in glossary.acronyms.items():
                if phrase in organiser:
                    _add(weights, " ".join(acronyms), ORGANISER)
            bigrams: set[tuple[str, str]] = set()
            title_terms: set[str] = set()
            titles = []
            for language, title in session.title.values.items():
                folded_title = fold(title)
                tokens = folded_words(folded_title)
                titles.append((tokens, TITLE))
                title_tokens = _content_tokens(tokens)
                title_terms.update(title_tokens)
                _add_words(weights, tokens, TITLE)
                _add_words(weights, _hyphen_joined(folded_title), TITLE)
                bigrams.update(pairwise(_phrase_tokens(tokens)))
                if language in self.title_words:
                    self.title_words[language].update(title_tokens)
            # "AI", "UX", "JS": a short form of the lexicon written in capitals names its idea
            # ("ai" in lower case is French "j'ai"). (Looked for only in a description whose words
            # have one, in any case: most have none.)
            descriptions = session.description.all()
            for text, weight in (
                *(
                    (text, DESCRIPTION)
                    # (the descriptions' words come first, the questions' after them)
                    for text, tokens in zip(descriptions, texts[: len(descriptions)], strict=True)
                    if not text.isascii() or not glossary.short_words.isdisjoint(tokens)
                ),
                *((text, TITLE) for text in session.title.all()),
            ):
                for short in _CAPITALS.findall(text):
                    folded = short.lower()
                    if folded in glossary.short_words and weights.get(folded, 0.0) < weight:
                        weights[folded] = weight
            # The R language, a capital letter that folded words lose ("Intro to R").
            if any(names_r_language(text) for text in session.title.all()):
                weights[R_LANGUAGE] = TITLE
            elif any(names_r_language(text) for text in descriptions):
                weights[R_LANGUAGE] = max(weights.get(R_LANGUAGE, 0.0), DESCRIPTION)
            # "bases de données", "machine learning": the expression's word, where it weighs most.
            fields = [*((tokens, DESCRIPTION) for tokens in texts), (organiser_words, ORGANISER), *titles]
            for tokens, weight in fields:
                for phrase in glossary.expressions_in(tokens):
                    self.expressions_present.add(phrase)
                    word = glossary.expressions[phrase]
                    weights[word] = max(weights.get(word, 0.0), weight)
            self.session_fields[session.id] = weights
            self._title_words[session.id] = tuple(tokens for tokens, _ in titles)
            self.title_bigrams[session.id] = bigrams
            self.title_terms[session.id] = frozenset(title_terms)
            self.phrases.update(bigrams, pairwise(_phrase_tokens(organiser_words)))
            for token in weights:
                self.sessions_with[token].append(session.id)
        # An expression in a room's name is that room's words, not an idea to rewrite: "la salle
        # kung fu" is 'I Love Kung Fu-329' (SQLSaturday Atlanta's), not martial arts.
        for room in programme.rooms.values():
            for name in (room.name, *room.aliases):
                self.expressions_present.update(glossary.expressions_in(words(name)))
        # Two words of a title that another text writes as one: that word is the title's too
        # ("webassembly" for 'Web Assembly - eine Revolution' where another says 'WebAssembly';
        # "genai" for 'Gen AI Suggestion' beside 'GenAI': a short form of the lexicon ends it).
        short = glossary.short_words
        for session_id, pairs in self.title_bigrams.items():
            weights = self.session_fields[session_id]
            ending_short = (
                (first, second)
                for tokens in self._title_words[session_id]
                for first, second in pairwise(tokens)
                if second in short and len(first) >= 3
            )
            for first, second in (*pairs, *ending_short):
                joined = first + second
                if joined in self.sessions_with and joined not in weights:
                    weights[joined] = TITLE
                    self.sessions_with[joined].append(session_id)
        session_count = max(len(programme.sessions), 1)
        # (how many sessions have a word: the length of its list, each session once)
        self.session_idf = {
            token: math.log(1 + session_count / len(ids)) for token, ids in self.sessions_with.items()
        }
        self.topic_vocabulary = [t for t in self.session_idf if len(t) >= 4]
        self._sorted_vocabulary = sorted(self.topic_vocabulary)  # for words by their beginning
        self._spelt_by_initial: dict[str, dict[str, list[str]]] = {}
        # Words only people's affiliations use (cities, countries, offices): a strong clue that a
        # question is about someone rather than a topic.
        session_words = set(self.session_idf)
        self.person_only_words -= session_words | set(self._expand(list(session_words)))
        self.vocabulary = (
            set(self.name_tokens) | set(self.session_idf) | set().union(*self.person_docs.values())
        )
        self.vocabulary_list = sorted(self.vocabulary)
        # The phrases that ask each FAQ entry of the conference information, as folded words.
        self.faq_phrases: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
            (number, re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])"))
            for number, entry in enumerate(programme.conference.info.faq)
            for phrase in dict.fromkeys(" ".join(words(keyword)) for keyword in entry.keywords)
            if phrase
        )
        # The terms each FAQ entry defines ("gcm", "pacte mondial"), for "what does GCM mean?".
        self.faq_terms = _faq_terms(programme.conference.info.faq)
        # The FAQ entries that say whom the conference is for ("Who will take part?").
        audience = _info_phrases("audience")
        self.audience_faq = tuple(
            dict.fromkeys(
                number
                for number, entry in enumerate(programme.conference.info.faq)
                for text in (*entry.keywords, *entry.question.all())
                if audience.search(" ".join(words(text)))
            )
        )
        # The kinds of session the programme has: "l'atelier" is the conference only when it has none.
        self.kinds_held = frozenset(session.kind for session in programme.sessions)
        # What organisers' and partners' names give in brackets ("… (UCLG)", "(UN-Habitat)").
        info = programme.conference.info
        self.organisation_short_names = frozenset(
            frozenset(w for w in words(bracket) if w not in STOPWORDS)
            for organisation in (*info.organisers, *info.partners)
            for name in organisation.name.all()
            for bracket in re.findall(r"\(([^)]*)\)", name)
        ) - {frozenset()}
        # How a message names the conference itself (its names, acronyms, the kind of event it is).
        city = tuple(t for word in words(programme.conference.city) for t in glossary.translations(word))
        self.conference_names = conference_names(programme.conference, city)

    def faq_entries(self, folded_words: str) -> tuple[int, ...]:
        """The FAQ entries one of whose phrases the message contains, in the order of the file."""
        return tuple(dict.fromkeys(n for n, phrase in self.faq_phrases if phrase.search(folded_words)))

    def faq_defining(self, asked: frozenset[str]) -> tuple[int, ...]:
        """The FAQ entries that define a term made of exactly these words ("gcm"), else of more
        words that include these, when they are two or more ("global compact")."""
        exact = [number for number, term in self.faq_terms if term == asked]
        if exact:
            return tuple(dict.fromkeys(exact))
        if len(asked) < 2:
            return ()
        return tuple(dict.fromkeys(number for number, term in self.faq_terms if asked < term))

    # -- rooms -------------------------------------------------------------------------------

    def find_room(self, text: str) -> RoomMatch | None:
        """A room named in a folded text (bot/understand/rooms.py says how); not a misspelt room
        that is someone's name as typed ("when is jason donenfeld talking" names no "Janson"), nor
        a word of a title as typed ("les élections", 'How to rig elections', is no slip for
        'Electronics (Hardware Hacking Village)')."""
        match = self.rooms.find(text)
        if match is not None and not match.exact:
            typed = words(text[match.span[0] : match.span[1]])
            if len(typed) == 1 and (typed[0] in self.name_tokens or self.in_a_title(typed[0])):
                return None
        return match

    def track_room(self, text: str, day: date) -> RoomMatch | None:
        """The room a track is held in on `day`, named by the track beside a word for a room: "la
        salle rust", "the kernel room", "sala de seguridad" (FOSDEM's devrooms, in rooms named by
        codes, a room's track changing with the day); None where the track has several rooms, or
        the word is one for a track too."""
        typed = token_spans(text)
        for position, noun in enumerate(typed):
            # (a word for a track asks for the track's sessions: "la piste DevOps", "the go devroom")
            if noun.group(0) not in ROOM_NOUNS or noun.group(0) in TRACK_WORDS:
                continue
            # (a little word only as a track's name: "la sala de go")
            after = [w for w in typed[position + 1 : position + 4] if self._may_name_a_track(w.group(0))][:2]
            before = [
                w for w in typed[max(0, position - 2) : position] if self._may_name_a_track(w.group(0))
            ][-1:]
            for beside in (after, before):
                tracks = self.tracks.named([w.group(0) for w in beside]) if beside else ()
                room_id = self._room_of(tracks, day) if tracks else None
                if room_id is not None:
                    span = (min(noun.start(), beside[0].start()), max(noun.end(), beside[-1].end()))
                    return RoomMatch(room_id, span, exact=False)
        return None

    def _may_name_a_track(self, word: str) -> bool:
        return word not in STOPWORDS or word in self.tracks.known

    def _room_of(self, tracks: tuple[str, ...], day: date) -> str | None:
        """The one room the tracks' sessions are held in on `day` (on any day if none is then)."""
        held = [s for s in self.programme.sessions if s.track in tracks and s.room_id and not s.cancelled]
        that_day = [s for s in held if self.programme.conference.programme_day(s.start) == day] or held
        rooms = {s.room_id for s in that_day}
        return rooms.pop() if len(rooms) == 1 else None

    def _one_place(self, room_ids: tuple[str, ...]) -> bool:
        """Whether rooms are one place used for a track at a time: no two of their sessions overlap."""
        return one_at_a_time(
            s for room_id in room_ids for s in self.programme.sessions_in_room(room_id) if not s.cancelled
        )

    def room_then(self, room_id: str, day: date | None, at: datetime) -> str:
        """Of rooms that are one place under each day's track ("Foothill E: Voice" on Wednesday,
        "Foothill E: Autonomy + Robotics" on Thursday), the one in use on the day asked (today
        when none is), still holding sessions after `at` if one is; else the next one in use."""
        siblings = self.rooms.same_place.get(room_id)
        if not siblings:
            return room_id
        programme = self.programme
        conference = programme.conference
        wanted = day or conference.programme_day(at)

        def sessions(room: str) -> list[Session]:
            return [s for s in programme.sessions_in_room(room) if not s.cancelled]

        that_day = [
            r for r in siblings if any(conference.programme_day(s.start) == wanted for s in sessions(r))
        ]
        still = [r for r in that_day if day is not None or any(s.end > at for s in sessions(r))]
        if still or that_day:
            return (still or that_day)[0]
        coming = [
            (min(s.start for s in sessions(r) if s.start > at), r)
            for r in siblings
            if any(s.start > at for s in sessions(r))
        ]
        return min(coming)[1] if coming else room_id

    # -- people ------------------------------------------------------------------------------

    # Grouped by length for the searches of a slip, when a question first has one.
    @cached_property
    def _vocabulary_spellings(self) -> Spellings:
        return Spellings(self.vocabulary_list)

    @cached_property
    def _topic_spellings(self) -> Spellings:
        return Spellings(self.topic_vocabulary)

    @cached_property
    def _person_spellings(self) -> Spellings:
        return Spellings(self._person_words)

    def knows(self, token: str) -> bool:
        """Whether a word (or a near spelling of it) appears anywhere in the programme, or is one
        the glossary translates into the programme's language."""
        if token in self.vocabulary or self.glossary.knows(token):
            return True
        return _remembered(
            self._near_known,
            token,
            lambda: len(token) >= 5 and self._vocabulary_spellings.has_near(token, 85),
            MEMORY,
        )

    def _whole_name(self, tokens: list[str]) -> str | None:
        """The first whole name the words give, the longest where several begin at one word. (Looked
        up word by word: one pattern of a thousand names costs a cold start 30 ms to compile.)"""
        for start in range(len(tokens)):
            for size in range(min(self._longest_name, len(tokens) - start), 0, -1):
                name = " ".join(tokens[start : start + size])
                if name in self.full_names:
                    return name
        return None

    def _whole_name_misspelt(self, tokens: list[str]) -> PersonMatch | None:
        """A name of two or three words typed with a slip or apart, as a whole."""
        for size in (3, 2):
            for start in range(len(tokens) - size + 1):
                window = " ".join(tokens[start : start + size])
                found = process.extractOne(
                    window, self.compact_names.keys(), scorer=fuzz.ratio, score_cutoff=86
                )
                if found:
                    # The name's own words count as matched (its family name included), and the typed ones.
                    words_matched = frozenset(tokens[start : start + size]) | frozenset(found[0].split())
                    # (a login typed as the two names it runs together is no slip: "tariq krim")
                    misspelt = found[0].replace(" ", "") != window.replace(" ", "")
                    return PersonMatch(
                        self.compact_names[found[0]], words_matched, exact=True, misspelt=misspelt
                    )
        return None

    def find_person(self, tokens: list[str]) -> PersonMatch | None:
        """People named by full name, surname, first name or a misspelling of them."""
        full_name = self._whole_name(tokens)
        if full_name and " " in full_name:
            return PersonMatch(self.full_names[full_name], frozenset(full_name.split()), exact=True)
        # A whole name with a typo or a split surname: "jane doh", "maria de la cruz"; before a
        # name of one word that is its first ("tim hunkim" is Tim Hunkin, not a speaker 'Tim').
        misspelt_name = self._whole_name_misspelt(tokens)
        if misspelt_name is not None:
            return misspelt_name
        if full_name:
            return PersonMatch(self.full_names[full_name], frozenset(full_name.split()), exact=True)
        scores: dict[str, float] = defaultdict(float)
        matched: set[str] = set()
        exact = True
        named: list[set[str]] = []  # the people each word names
        named_at: dict[int, set[str]] = {}  # the same, by the word's place in the message
        misspelt = False
        given_forms: set[str] = set()  # words found as another form of a given name
        for position, token in enumerate(tokens):
            if token in STOPWORDS or (len(token) < 3 and not dense(token)) or token.isdigit():
                continue
            candidates = self.name_tokens.get(token)
            weight = 1.0
            if not candidates and token in GIVEN_NAME_FORMS:
                # Another form of a given name: "mike" for a Michael, "dave" for a David.
                others = [
                    self.name_tokens[form] for form in GIVEN_NAME_FORMS[token] if form in self.name_tokens
                ]
                candidates = set().union(*others) if others else None
                if candidates:
                    given_forms.add(token)
            if not candidates and self._given_by_initial(token, tokens[position + 1 : position + 2]):
                continue  # "hubert sablonniere" for 'hsablonniere', not a slip for a speaker 'huber'
            # A word the sessions have is itself, not a slip for a name ("mars" is no Markus), nor is
            # a word of the lexicon's ideas ("algo de deporte?" asks for no Mr Decorte) or of how
            # people are described ("Papadopulos (Thessaloniki)": their city, no one else's name).
            if (
                not candidates
                and len(token) >= 4
                and token not in self.session_idf
                and not self.glossary.knows(token)
                and token not in self.person_idf
            ):
                found = process.extractOne(token, self.name_vocabulary, scorer=fuzz.ratio, score_cutoff=80)
                # A typo keeps the first letter and about the length ("mohamad" for "mohamed").
                if found and (found[0][0] != token[0] or abs(len(found[0]) - len(token)) > 2):
                    found = None
                if found:
                    candidates = self.name_tokens[found[0]]
                    weight = found[1] / 100
                    # One letter off in a long name ("thutwle") is as good as the name itself.
                    exact = exact and found[1] >= 85 and len(token) >= 5
            if candidates:
                matched.add(token)
                named.append(candidates)
                named_at[position] = candidates
                misspelt = misspelt or weight < 1.0
                # A word shared by many people ("Maria", "Mayor") says little about each of them.
                share = weight / len(candidates)
                for person_id in candidates:
                    scores[person_id] += share
        if not scores:
            return None
        best = max(scores.values())
        winners = tuple(sorted((p for p, s in scores.items() if s >= best - 1e-9), key=self._order))
        if misspelt and not any(all(p in candidates for candidates in named) for p in winners):
            # "richard stallman": "stallman" is near a speaker "Stalman", "richard" names other people, and
            # nobody is both: a whole name the programme does not have, not a typo.
            return None
        if (
            misspelt
            and len(named_at) == 1
            and self._after_another_given_name(tokens, next(iter(named_at)), winners)
        ):
            # "va a venir chema alonso?": "alonso" near a speaker 'Alon', "chema" no word the
            # programme has: a whole name it does not have.
            return None
        places = sorted(named_at)
        for position, next_place in pairwise(places):
            people, following = named_at[position], named_at[next_place]
            # (right after, or after words that name nobody: "tim berners lee")
            if any(t in STOPWORDS for t in tokens[position + 1 : next_place]):
                continue
            if any(p in people and p in following for p in winners):
                continue
            # Two names in a row and nobody both: the second decides when it ends a name found
            # ("cristina riginos" is Cynthia Riginos, not a Cristina); otherwise it is a whole
            # name the programme does not have ("tom scott" is not 'Cutlasses (Scott Pitkethly)',
            # "tim berners lee" not a Tim and a Lee).
            winners = tuple(p for p in winners if tokens[next_place] in self.last_words[p])
            if not winners:
                return None
        # ("larry page" for a Laurence is a given name alone, as "laurence page" is)
        first_name_only = all(token in self.first_names or token in given_forms for token in matched)
        return PersonMatch(
            winners, frozenset(matched), exact=exact, first_name_only=first_name_only, misspelt=misspelt
        )

    def _after_another_given_name(self, tokens: list[str], position: int, people: tuple[str, ...]) -> bool:
        """Whether the word before the one at `position` is a word of letters that no name and no
        text of the programme has, nor a word of questions, and starts otherwise than the given
        names of `people` ("chema" before a slip for 'Alon Leviev'; not "jon" for a John, "peter"
        for a 'P. Maccarthy')."""
        before = tokens[position - 1] if position else ""
        given = {
            (self.initials.get(person_id) or words(self.programme.people[person_id].name)[0])[:1]
            for person_id in people
            if person_id in self.programme.people and words(self.programme.people[person_id].name)
        }
        return (
            len(before) >= 3
            and before.isalpha()
            and before not in STOPWORDS | FILLER_WORDS | SPEAKING_WORDS | PERSON_QUESTION_WORDS
            and before not in self.name_tokens
            and before not in self.session_idf
            and before[0] not in given
        )

    def find_person_by_description(self, tokens: list[str]) -> PersonMatch | None:
        """People described by role, affiliation, city or country ('the mayor of Lyon')."""
        described = self._described(tokens)
        if described is None or self._office_not_held(*described):
            return None
        winners, query = described
        if len(winners) > 1 and not query.isdisjoint(ROLE_WORDS) and query.isdisjoint(ROLE_QUALIFIERS):
            # "the Greek mayor" is the mayor, not the deputy mayor nor a former one.
            plain = tuple(p for p in winners if self.person_docs[p].isdisjoint(ROLE_QUALIFIERS))
            winners = plain or winners
        matched = frozenset().union(*(query & self.person_docs[p] for p in winners))
        specific = bool(matched & self.person_only_words)
        return PersonMatch(winners, matched, exact=False, specific=specific, described=True)

    def office_absent(self, tokens: list[str]) -> bool:
        """Whether the people a description names best hold not the office it asks for: no one at
        this conference is "the UN special representative for migration"."""
        described = self._described(tokens)
        return described is not None and self._office_not_held(*described)

    def _described(self, tokens: list[str]) -> tuple[tuple[str, ...], set[str]] | None:
        """The people a description fits best, and its words as the programme writes them."""
        query = {self._described_word(t) for t in tokens if t not in STOPWORDS and len(t) >= 2}
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
        return tuple(sorted((p for p, s in scores.items() if s >= best - 1e-9), key=self._order)), query

    def _office_not_held(self, winners: tuple[str, ...], query: set[str]) -> bool:
        """Whether an office's qualifier asked is none of the people's: "the special representative
        for migration" is no city's representative. (An office alone is looser: "the ICLEI
        representative" is whoever comes from ICLEI.)"""
        asked = query & ROLE_QUALIFIERS
        return bool(asked) and all(asked.isdisjoint(self.person_docs[p]) for p in winners)

    def _described_word(self, token: str) -> str:
        """A word of a description as the programme writes it: "makasar" is Makassar, "ethopia"
        Ethiopia (one slip, two in a long word), when no one's description has it as typed."""
        if len(token) < 5 or token in self.vocabulary or self.glossary.knows(token):
            return token
        near = near_spelling(token, self._person_spellings)
        return near if near is not None and near[0] == token[0] else token

    def _expand(self, tokens: list[str]) -> list[str]:
        """Words with their translations: an affiliation in French is found in English."""
        expanded = list(tokens)
        for token in tokens:
            expanded.extend(self.glossary.translations(token))
        return expanded

    def _order(self, person_id: str) -> tuple[str, str]:
        person = self.programme.people[person_id]
        return (fold(person.name), person_id)

    # -- topics ------------------------------------------------------------------------------

    @cached_property
    def registration_sessions(self) -> tuple[str, ...]:
        """The sessions titled as the registration desk's hours ("Registration", "Accueil et
        inscription", "Registro"): where and when to register, when the information says nothing
        (read when first asked: few questions ask it)."""
        registration = _info_phrases("registration")
        return tuple(
            session.id
            for session in self.programme.sessions
            if not session.cancelled
            and any(_desk(registration, words(title)) for title in session.title.all())
        )

    def variants(self, token: str, *, typos: bool = True) -> dict[str, float]:
        """A query word's forms found in the programme: itself, translations, typos, stems (kept:
        one question asks for a word's forms several times, and a slip costs a fuzzy search)."""
        key = (token, typos)
        return _remembered(self._variants, key, lambda: self._find_variants(token, typos=typos), MEMORY)

    def _find_variants(self, token: str, *, typos: bool) -> dict[str, float]:
        found: dict[str, float] = {}

        def keep(variant: str, weight: float) -> None:
            if variant in self.session_idf:
                found[variant] = max(found.get(variant, 0.0), weight)

        def keep_other_forms(variant: str, stem: str) -> None:
            """The programme's words that begin with a form's stem: its other number, inflections."""
            if len(stem) >= 5 and stem != variant:
                for candidate in self._starting_with(stem):
                    if candidate not in OTHER_SENSES:
                        keep(candidate, 0.9)

        glossary = self.glossary
        translations = glossary.translations(token)
        ideas = glossary.idea_forms(token)  # the other forms of its ideas, every language's
        keep(token, 1.0)
        if token in glossary.short_words or (
            token not in self.session_idf and not any(t in self.session_idf for t in translations)
        ):
            # Neither the word nor a translation is in the programme: its idea's other forms
            # ("privacidad" → privacy, "bdd" → database); a short form always stands for them
            # ("VR" and "virtual reality").
            translations = (*translations, *ideas)
        else:
            # … and a word its idea's abbreviations always, and an abbreviation its word: "webassembly"
            # is also "WASM/WASI" in a title (JSConf JP 2019's), as "wasm" is "WebAssembly".
            translations = (
                *translations,
                *(f for f in ideas if _abbreviates(f, token) or _abbreviates(token, f)),
            )
        # The idea's German forms, always: a German text says "Klima" where an English one says
        # "climate", and its compounds start with it ("Klimakrise", "Klimanotstand").
        # The lexicon gives German nouns with their plurals ("Netzwerk" alone: "Netzwerke" are
        # often neural or social), so what starts with one is a compound only with a second word.
        german = [form for form in ideas if form in glossary.compounding]
        for form in german:
            keep(form, 1.0)
            for candidate in self._starting_with(form):
                if len(candidate) >= len(form) + COMPOUND_TAIL:
                    keep(candidate, 0.9)
        # Its idea's Japanese and Chinese forms inside the programme's words of those scripts, which
        # run a title's words together ("量子コンピュータ入門" holds "量子コンピュータ").
        for form in ideas:
            if dense(form):
                for candidate in self._holding(form):
                    keep(candidate, 1.0)
        # Its idea's forms of letters and digits, always: "kubernetes" is also "K8s" (a title may
        # say either, and the programme the other elsewhere). Not its two-letter forms ("ml",
        # "db", "vr"): these find much that is not about it.
        # And the noun it is the study of: "robotics" is "Robot Arm" too.
        for form in ideas:
            if is_code(form) or (len(form) >= 5 and token in (form + "ics", form + "ic")):
                keep(form, 1.0)
        # Its English forms by its ending: "tenseurs", "tensores" are "tensors".
        for variant in english_forms(token):
            keep(variant, 1.0)
        if not found and not translations and len(token) >= COGNATE_LENGTH:
            # Nothing of it in the programme: its cognates as the other languages spell them
            # ("sintéticos" is "synthetic", "implantes cocleares" "cochlear implants").
            for key in cognate_keys(token):
                for variant in self._spelt_as(key):
                    keep(variant, 1.0)
                    # … and their other forms, as a translation's: "ionosfera" is "ionosphere" and
                    # "ionospheric" too ("ionospher", the stem without its final "e").
                    stem = _stem(variant)
                    keep_other_forms(
                        variant, stem[:-1] if stem == variant and variant.endswith("e") else stem
                    )
        for variant in translations:
            keep(variant, 1.0)
            # "earthquakes" → "tremblements", and the singular "tremblement" too.
            keep_other_forms(variant, _stem(variant))
        # The ideas its idea holds: "desastres" finds the sessions on earthquakes and hurricanes
        # ("séismes", "ouragans"), as one searching the programme for them would.
        for variant in glossary.narrower_forms(token):
            keep(variant, 0.9)
            keep_other_forms(variant, _stem(variant))
        if typos and not translations and token not in self.session_idf and len(token) >= 5:
            # A slip in a word the glossary translates: "rigths", "privat", "refujiados".
            near = near_spelling(token, glossary.spellings)
            if near is not None:
                for variant in (near, *glossary.translations(near)):
                    keep(variant, 0.85)
        if typos and token not in self.session_idf and len(token) >= 5:
            known = glossary.knows(token)
            for match, score in self._topic_spellings.nearest(token, 82, limit=3):
                # A typo keeps the first letter: "tricot" is not "strict". A word the lexicon
                # knows is not a shorter one cut: "party" is not "part" ("brasil" is "brazil").
                if match[0] == token[0] and not (known and len(match) < len(token)):
                    keep(match, score / 100 * 0.9)
        stem = _stem(token)
        if len(stem) >= 5:
            # A short word the programme has is not the start of a longer one: "green" is no
            # "Greenfoot", "grass" no "grassroots" (a longer word still finds its compounds: German
            # "Internetnutzung" for "internet").
            # Nor is it a word derived from it: "react" is not "reactive" ("swiftui", "asyncio"
            # are still Swift's and async's).
            short = token in self.session_idf and len(token) <= 5
            for candidate in self._starting_with(stem):
                if not short or (
                    len(candidate) - len(token) <= 3 and candidate[len(token) :] not in _DERIVED
                ):
                    keep(candidate, 0.6)
        # A name with its version number: "fido" is 'FIDO2', "web" no "web3" (a word of letters only,
        # four or more of them).
        if len(token) >= 4 and token.isalpha():
            for candidate in self._starting_with(token):
                if candidate[len(token) :].isdigit() and len(candidate) - len(token) <= 2:
                    keep(candidate, 0.9)
        # A short word's singular or plural: "gpus" and "GPU", "llm" and "LLMs" (longer words'
        # are their stem's).
        if len(token) <= 4:
            for other in (token[:-1], token + "s") if token.endswith("s") else (token + "s",):
                if len(other) >= 3:
                    keep(other, 0.9)
        return found

    def _spelt_as(self, key: str) -> list[str]:
        """The programme's words of a spelling key (bot/understand/cognates.py); those of one
        initial are keyed when a question first needs them (a tenth of the vocabulary at a time)."""
        initial = key[0]
        if initial not in self._spelt_by_initial:
            spelt: dict[str, list[str]] = defaultdict(list)
            for opening in openings(initial):
                for word in self._starting_with(opening):
                    if (word_key := spelling_key(word)).startswith(initial):
                        spelt[word_key].append(word)
            self._spelt_by_initial[initial] = spelt
        return self._spelt_by_initial[initial].get(key, [])

    @cached_property
    def _dense_words(self) -> tuple[str, ...]:
        """The sessions' words written in Chinese or Japanese signs (read when first needed)."""
        return tuple(word for word in self.session_idf if dense(word))

    def _holding(self, form: str) -> list[str]:
        """The programme's words of dense signs that hold `form` ("量子計算入門" holds "量子計算")."""
        return [word for word in self._dense_words if form in word]

    def _starting_with(self, stem: str) -> list[str]:
        """The programme's words that begin with `stem`, found by bisection."""
        words = self._sorted_vocabulary
        first = bisect_left(words, stem)
        last = bisect_left(words, stem + "\uffff", first)
        return words[first:last]

    def topic_scores(self, tokens: list[str]) -> dict[str, TopicMatch]:
        """How well each session matches the topic words. Each word counts once, in the field
        where it weighs most (title and kind above organiser above description); words that
        follow each other in a title as in the question ("human rights") count again."""
        return _remembered(self._topic_scores, tuple(tokens), lambda: self._score_topic(tokens), TOPIC_MEMORY)

    def forget(self) -> None:
        """Drop the topic scores and word forms kept so far (benchmarks time the work, not the
        memory of it)."""
        self._topic_scores.clear()
        self._variants.clear()
        self._near_known.clear()

    @cached_property
    def title_vocabulary(self) -> frozenset[str]:
        """Every word of every title (read when first asked: "is lunch a session's title?")."""
        return frozenset().union(*self.title_terms.values())

    @cached_property
    def _split_in_titles(self) -> dict[str, tuple[str, str]]:
        """Two words that follow each other in a title (or an organiser's name) typed as one where
        no text has them so: "columnstore" for "Column Store", "datalake" for "Data Lake" (read when
        a topic is first scored)."""
        return {
            first + second: (first, second)
            for first, second in self.phrases
            if first + second not in self.session_idf and len(first) >= 3 and len(second) >= 3
        }

    def _score_topic(self, tokens: list[str]) -> dict[str, TopicMatch]:
        short = self.glossary.short_words
        split = self._split_in_titles
        tokens = [part for token in tokens for part in split.get(token, (token,))]
        query = [
            t for t in tokens if t not in STOPWORDS and (long_enough(t) or t in short) and not t.isdigit()
        ]
        forms = [self.variants(token) for token in query]
        if len(forms) == 1:
            # One word: its other number and inflections too ("tests" finds "test", "galaxies"
            # "galaxy", "mocking" "mocked"); in a phrase, the words as asked decide ("100 resilient
            # cities" is not every session on a resilient city).
            forms = [self._with_inflections(query[0], forms[0])]
        # Two words typed apart that some text writes as one where others have them apart ("open
        # telemetry": 'Open Telemetry' and 'OpenTelemetry'; "laser tag" and 'lasertag'): the one
        # word is a form of both.
        joined = [(i, word) for i, pair in enumerate(pairwise(query)) if (word := self._as_one_word(*pair))]
        for i, word in joined:
            forms[i], forms[i + 1] = {**forms[i], word: 1.0}, {**forms[i + 1], word: 1.0}
        joined_at = dict(joined)
        # How much each word of the question says: a rare word ("earthquakes") more than a common
        # one. Judged on its exact forms, so that a rare near-miss ("droit" for "rights") does not
        # outweigh the word itself.
        idf = [
            max((self.session_idf[v] for v, w in variants.items() if w >= 1.0), default=0.0)
            or max((self.session_idf[v] for v in variants), default=0.0)
            for variants in forms
        ]
        # A level beside a subject says which of its sessions: a session for beginners on another
        # subject covers too little of "sql workshop for beginners" to be listed.
        if any(token not in LEVEL_WORDS for token in query):
            idf = [
                weight * LEVEL_SHARE if token in LEVEL_WORDS else weight
                for token, weight in zip(query, idf, strict=True)
            ]
        total = sum(idf) or 1.0
        rarity = [weight / total for weight in idf]
        # The word itself, its translations and their singular or plural: not a near spelling.
        literal_forms = [set(self.variants(token, typos=False)) for token in query]
        if len(forms) == 1:
            literal_forms = [literal_forms[0] | {v for v, w in forms[0].items() if w == NUMBER_FORM}]
        for i, word in joined:
            literal_forms[i].add(word)
            literal_forms[i + 1].add(word)
        exact = [{variant for variant, weight in variants.items() if weight >= 1.0} for variants in forms]
        known = [i for i in range(len(forms)) if literal_forms[i]]
        # Two words side by side, in either order: "global governance" is "gouvernance mondiale".
        pairs = {
            (i, j): {pair for a in literal_forms[i] for b in literal_forms[j] for pair in ((a, b), (b, a))}
            for i in range(len(forms))
            for j in range(len(forms))
            if i != j
        }
        # The idea a topic of two words makes, which a title may have in another language
        # ("virtual threads" and 'Les Threads Virtuels'): a phrase too.
        idea = self.glossary.expressions.get(" ".join(query)) if len(query) == 2 else None
        scores: dict[str, TopicMatch] = {}
        # Only the sessions that have one of the words in some form can score.
        candidates = {s for variants in forms for v in variants for s in self.sessions_with.get(v, ())}
        for session_id in candidates:
            fields = self.session_fields[session_id]
            score, covered, literal = 0.0, 0.0, 0.0
            for variants, weight, word_idf, as_written in zip(forms, rarity, idf, literal_forms, strict=True):
                best = max(
                    (w * fields[v] * word_idf for v, w in variants.items() if v in fields), default=0.0
                )
                score += best
                covered += weight if best > 0 else 0.0
                literal += weight if not as_written.isdisjoint(fields) else 0.0
            if score:
                bigrams = self.title_bigrams[session_id]
                text_bigrams = self.text_bigrams(session_id)
                for i, (idf_first, idf_second) in enumerate(pairwise(idf)):
                    as_one = fields.get(joined_at.get(i, ""), 0.0)  # the two written as one word
                    if not pairs[i, i + 1].isdisjoint(bigrams) or as_one >= TITLE:
                        score += TITLE * (idf_first + idf_second)
                    elif not pairs[i, i + 1].isdisjoint(text_bigrams) or as_one:
                        score += DESCRIPTION * (idf_first + idf_second)
                # A phrase: each word stands next to another of the question's words, in whatever
                # order a translation puts them ("new urban agenda", "nouvel agenda urbain").
                title = self.title_terms[session_id]
                phrase = len(known) > 1 and (
                    all(
                        any(
                            not pairs[i, j].isdisjoint(bigrams) or not pairs[i, j].isdisjoint(text_bigrams)
                            for j in known
                            if j != i
                        )
                        for i in known
                    )
                    # or every word in the title, as written or translated when it can be (a near form
                    # only for a word the programme has only so): "trafficking and smuggling of migrants"
                    or all(not title.isdisjoint(exact[i] or literal_forms[i]) for i in known)
                    or (idea is not None and fields.get(idea, 0.0) >= TITLE)
                )
                scores[session_id] = TopicMatch(covered, score, phrase, literal)
        return scores

    def _with_inflections(self, token: str, variants: dict[str, float]) -> dict[str, float]:
        """The forms, the other number of the word and of its forms as written or translated,
        and the word's inflections ("flooding": "floods", "flooded")."""
        found = dict(variants)
        root = _root(token)
        # … and who does it: "songwriting" and "songwriters", "testing" and "testers".
        family = (
            [w for w in self._starting_with(root) if _root(w) == root or w in (root + "er", root + "ers")]
            if root != token
            else []
        )
        for variant in (token, *(v for v, weight in variants.items() if weight >= 1.0)):
            for other in (*_number_forms(variant), *(family if variant == token else ())):
                if other in self.session_idf and found.get(other, 0.0) < NUMBER_FORM:
                    found[other] = NUMBER_FORM
        return found

    def specific(self, topic: tuple[str, ...]) -> tuple[str, ...]:
        """A topic's words without those that many sessions have where another is rare: "climate
        change" is about the climate, "solar power" about solar energy ("change" and "power" are
        in sessions of every kind). A word is dropped when ten times as many sessions have it (in
        some form) as the rarest word, and at least one in fifty; not a word of two that a text
        writes as one where the rarer alone would miss it ("open telemetry" is 'OpenTelemetry'
        too)."""
        having = self._sessions_having(topic)
        counts = {word: len(sessions) for word, sessions in having.items()}
        rarest = min((count for count in counts.values() if count), default=0)
        common = max(GENERIC_RATIO * rarest, GENERIC_SHARE * len(self.programme.sessions))
        one_word = {
            word
            for first, second in pairwise(topic)
            if (joined := self._as_one_word(first, second))
            and not set(self.sessions_with[joined]) <= min(having[first], having[second], key=len)
            for word in (first, second)
        }
        kept = tuple(word for word in topic if word in one_word or not (rarest and counts[word] >= common))
        return kept or topic

    def _sessions_having(self, topic: tuple[str, ...]) -> dict[str, set[str]]:
        """Each topic word's sessions: those with the word in some form (its number, inflections,
        translations; no slip)."""
        return {
            word: {s for form in self.variants(word, typos=False) for s in self.sessions_with.get(form, [])}
            for word in topic
        }

    def only_the_common_beside_an_absent_idea(self, topic: tuple[str, ...]) -> bool:
        """Whether an idea of the lexicon asked for is in no session, and the topic's other words
        are in two sessions of five or more, of ten sessions at least: "transferts de fonds des
        migrants" of a conference on migration has nothing on remittances, not every session about
        migrants."""
        having = self._sessions_having(topic)
        absent = [word for word, sessions in having.items() if not sessions and self.glossary.knows(word)]
        others = [sessions for word, sessions in having.items() if sessions]
        count = len(self.programme.sessions)
        common = COMMON_SHARE * count
        return (
            count >= 10
            and bool(absent)
            and bool(others)
            and all(len(sessions) >= common for sessions in others)
        )

    def _as_one_word(self, first: str, second: str) -> str | None:
        """Two words of three letters or more as one word some text writes ("opentelemetry")."""
        joined = first + second
        return joined if joined in self.session_idf and min(len(first), len(second)) >= 3 else None

    def in_a_title(self, word: str) -> bool:
        """Whether a session's title has the word."""
        return any(word in self.title_terms[session_id] for session_id in self.sessions_with.get(word, ()))

    def _given_by_initial(self, word: str, following: list[str]) -> bool:
        """Whether a word is the given name of whom the next word names, a person the file writes
        with only its initial."""
        return any(
            self.initials.get(person_id, "")[:1] == word[:1]
            for next_word in following
            for person_id in self.name_tokens.get(next_word, ())
        )

    def given_initials(self, person_ids: tuple[str, ...]) -> set[str]:
        """The initials a file writes for these people's given names ("m", "c" of 'M. C. Morice')."""
        return {letter for person_id in person_ids for letter in self.initials.get(person_id, "")}

    def titled_with(self, name: str) -> list[str]:
        """The sessions whose titles name someone by their whole name, two words or more."""
        said = [word for word in words(name) if len(word) >= 2]
        if len(said) < 2:
            return []
        size = len(said)
        return [
            session_id
            for session_id in self.sessions_with.get(said[-1], ())
            if any(
                tokens[i : i + size] == said
                for tokens in self._title_words.get(session_id, ())
                for i in range(len(tokens) - size + 1)
            )
        ]

    def written_apart(self, first: str, second: str) -> bool:
        """Whether some session's title or text has the two words one after the other ("Wear
        OS"), where another writes them as one ("WearOS")."""
        pair = (first, second)
        known = self._apart.get(pair)
        if known is None:
            texts = (
                tokens
                for session in self.programme.sessions
                for tokens in (*self._title_words.get(session.id, ()), *self._text_words.get(session.id, ()))
            )
            known = self._apart[pair] = any(pair in pairwise(tokens) for tokens in texts)
        return known

    def text_bigrams(self, session_id: str) -> set[tuple[str, str]]:
        """The pairs of words that follow each other in a session's description and organiser."""
        known = self._text_bigrams.get(session_id)
        if known is None:
            known = self._text_bigrams[session_id] = {
                pair for tokens in self._text_words[session_id] for pair in pairwise(_phrase_tokens(tokens))
            }
        return known

    def title_clues(self, tokens: list[str]) -> dict[str, float]:
        """Half a point per word a message shares with the session titles in each language."""
        return {
            language: 0.5 * sum(1 for t in tokens if t in vocabulary and t not in STOPWORDS)
            for language, vocabulary in self.title_words.items()
        }


def _remembered(memory: dict[K, V], key: K, make: Callable[[], V], limit: int) -> V:
    """`make()`, kept in `memory` under `key`; the memory is emptied when it holds `limit` values."""
    known = memory.get(key)
    if known is None:
        if len(memory) >= limit:
            memory.clear()
        known = memory[key] = make()
    return known


def near_spelling(word: str, choices: Spellings) -> str | None:
    """The choice `word` is a slip of: one letter missing, extra, wrong or two swapped; two such
    slips in a long word."""
    return choices.slip_of(word, 1 if len(word) < 8 else 2)


# Words that are no part of a term an FAQ entry defines: "what is the", "c'est quoi le", "conference".
_NOT_TERMS = STOPWORDS | CONFERENCE_WORDS | {word for phrase in MEANING_PHRASES for word in phrase.split()}


def _faq_terms(entries: tuple[FaqEntry, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The terms each entry defines: its keywords and questions without the words that ask, and
    an acronym its answer gives in brackets right after the term ("the New Urban Agenda (NUA)")."""
    terms: list[tuple[int, frozenset[str]]] = []
    for number, entry in enumerate(entries):
        asked = [frozenset(w for w in words(text) if w not in _NOT_TERMS) for text in entry.question.all()]
        for text in entry.keywords:
            terms.append((number, frozenset(w for w in words(text) if w not in _NOT_TERMS)))
        terms += [(number, term) for term in asked]
        for answer in entry.answer.all():
            for bracket in re.finditer(r"\(([^)]*)\)", answer):
                before = set(words(answer[max(0, bracket.start() - 160) : bracket.start()])[-8:])
                if any(term and term <= before for term in asked):
                    terms += [
                        (number, frozenset((fold(acronym),)))
                        for acronym in re.findall(r"\b[A-Z][A-Z0-9]{1,9}\b", bracket.group(1))
                    ]
    return tuple((number, term) for number, term in terms if term)


def _stem(token: str) -> str:
    """A crude stem shared by the three languages: 'migrants', 'migrantes', 'migration' → 'migra'."""
    for suffix in ("ations", "ation", "aciones", "acion", "ments", "ment", "mente", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 5:
            return token[: -len(suffix)]
    return token


_INFLECTIONS = ("ings", "ing", "ed", "es", "s")
# English endings that make another word of a short one: "react" and "reactive", "vapor" and
# "vaporous".
_DERIVED = frozenset({"ble", "ive", "ity", "ous"})


def _root(word: str) -> str:
    """What a word's inflections share: "flooding", "floods", "flooded" → "flood" (not its
    derived words: "journalism" and "journalist" are two ideas)."""
    for suffix in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= ROOT:
            return word[: -len(suffix)]
    return word


def _number_forms(word: str) -> tuple[str, ...]:
    """The word's other number in the three languages: "tests" → "test", "galaxy" → "galaxies",
    "redes" → "red"."""
    if word.endswith("ies"):
        return (word[:-3] + "y", word[:-1])
    if word.endswith("es"):
        return (word[:-1], word[:-2])
    if word.endswith("s"):
        return (word[:-1],)
    if word.endswith("y"):
        return (word + "s", word[:-1] + "ies")
    return (word + "s", word + "es")


def _content(text: str) -> list[str]:
    return _content_tokens(words(text))


def _content_tokens(tokens: list[str]) -> list[str]:
    return [token for token in tokens if token not in STOPWORDS and long_enough(token)]


def long_enough(token: str) -> bool:
    """A word long enough to be a term: three letters, a code ("5g"), or two signs of a script whose
    two signs are a word ("抽奖", a raffle; "高中", high school)."""
    return len(token) >= 3 or is_code(token) or _two_signs(token)


def _two_signs(token: str) -> bool:
    return len(token) == 2 and dense(token)


def is_code(token: str) -> bool:
    """A short word of letters and digits that names a thing: "5g", "3d", "h2", "k8"."""
    return len(token) >= 2 and not token.isdigit() and not token.isalpha() and token.isalnum()


_CONJUNCTIONS = frozenset((*AND_WORDS, *OR_WORDS, "e"))  # "e": Spanish "y" before an i sound


def _abbreviates(short: str, word: str) -> bool:
    """Whether a form of three to five letters is the word's letters in order, the word at least
    twice as long: "wasm" of "webassembly", not "ai" (two letters find much that is not it)."""
    if not (3 <= len(short) <= 5 and short.isalpha() and len(word) >= 2 * len(short)):
        return False
    rest = iter(word)
    return short[0] == word[0] and all(letter in rest for letter in short)


def _phrase_tokens(tokens: list[str]) -> list[str]:
    """The content words in order, with a break at each conjunction: in "la mobilité humaine et le
    droit à la ville", "humaine" and "droit" do not make "human rights"."""
    return [
        "|" if token in _CONJUNCTIONS else token
        for token in tokens
        if token in _CONJUNCTIONS or (token not in STOPWORDS and (len(token) >= 3 or _two_signs(token)))
    ]


# The dotted endings of technologies' names: Node.js, ASP.NET, Socket.IO, D3.js (a question's
# "vue.js" is read with them too, bot/understand/features.py).
DOTTED_ENDINGS = "js|ts|net|io|rs|jl"
_DOTTED_ENDING = re.compile(rf"({DOTTED_ENDINGS})\b")


def _dotted_joined(folded: str) -> list[str]:
    """ "node.js" → "nodejs", "asp.net" → "aspnet": found from each dot, as hyphens are."""
    joined: list[str] = []
    dot = folded.find(".")
    while dot != -1:
        ending = _DOTTED_ENDING.match(folded, dot + 1)
        if ending is not None and dot and folded[dot - 1].isalnum():
            joined.append(folded[_word_start(folded, dot) : dot] + ending.group(1))
        dot = folded.find(".", dot + 1)
    return joined


def _word_start(folded: str, at: int) -> int:
    """Where the word that ends at `at` (a dot, a hyphen) begins."""
    while at > 0 and folded[at - 1].isalnum():
        at -= 1
    return at


def _hyphen_joined(folded: str) -> list[str]:
    """A folded text's hyphenated words written as one, as people type them: "wi-fi" → "wifi",
    "e-mail" → "email"; and a name with its dotted ending, "node.js" → "nodejs". (Found from each
    hyphen: a search of the whole of a long text costs more than the rest of its indexing.)"""
    joined = _dotted_joined(folded)
    start = folded.find("-")
    while start != -1:
        word = _word_start(folded, start)
        found = HYPHENATED.match(folded, word) if word < start else None
        if found is not None:
            joined.append(found.group(0).replace("-", ""))
            start = folded.find("-", found.end())
        else:
            start = folded.find("-", start + 1)
    return joined


def _add(weights: dict[str, float], text: str, weight: float) -> None:
    _add_words(weights, words(text), weight)


def _add_words(weights: dict[str, float], tokens: list[str], weight: float) -> None:
    # Each word once, in the order of the text (a description repeats its words; the index's
    # orders must not depend on a set's).
    for token in dict.fromkeys(tokens):
        if weights.get(token, 0.0) < weight and token not in STOPWORDS and long_enough(token):
            weights[token] = weight


# Words of a title that is a desk's hours ("Registration & Breakfast", "Accueil et inscription"):
# a longer one that says registration is a session about it ("Electoral Redistricting, Voter
# Registration, and Turnout").
DESK_TITLE_WORDS = 5


def _desk(phrases: re.Pattern[str], title_words: list[str]) -> bool:
    found = phrases.search(" ".join(title_words))
    return found is not None and (found.start() == 0 or len(title_words) <= DESK_TITLE_WORDS)


def _info_phrases(topic: str) -> re.Pattern[str]:
    """The phrases that ask about one thing of the conference itself (INFO_PHRASES), as whole
    words of a folded text."""
    phrases = "|".join(map(re.escape, INFO_PHRASES.get(topic, ())))
    return re.compile(rf"(?<![a-z0-9])(?:{phrases})(?![a-z0-9])")


MAIN_ROOM_SHARE = 0.8  # the share of the sessions in a room that one room holds to be the main one


def _main_room(programme: Programme) -> str | None:
    """The room that holds nearly every session held in a room, when no room's name says it is the
    main one (a venue named by its address, the evening's party elsewhere)."""
    held = Counter(session.room_id for session in programme.sessions if session.room_id)
    if len(held) < 2:
        return None
    (room_id, most), *_ = held.most_common(1)
    return room_id if most >= MAIN_ROOM_SHARE * sum(held.values()) else None


# The indexes of the last programmes asked about (a refresh replaces the programme, and the old
# snapshot's index goes with it), built here or read back from disk (bot/understand/kept.py).
_INDEXES: dict[Programme, ProgrammeIndex] = {}
INDEXES_KEPT = 8


def index_for(programme: Programme) -> ProgrammeIndex:
    index = _INDEXES.pop(programme, None)
    if index is None:
        with without_collection():
            index = ProgrammeIndex(programme)
    keep_index(index)
    return index


def keep_index(index: ProgrammeIndex) -> None:
    """`index` serves its programme from now on, the most recently used of those kept."""
    _INDEXES.pop(index.programme, None)
    _INDEXES[index.programme] = index
    while len(_INDEXES) > INDEXES_KEPT:
        del _INDEXES[next(iter(_INDEXES))]
