"""The general lexicon: words of French, English and Spanish as data files in this folder.

`fr.toml`, `en.toml` and `es.toml` hold each language's words (stop and filler words, question
words, phrases asking for now, next, the end or help, weekdays, months, numbers, room and kind
words, the "simplifications" of spoken times...), `common.toml` those of no one language. The
loader folds them as questions are folded and refuses, naming the file, the table and the entry,
any entry that could never match: a word with a sign questions drop, a phrase of stop words where
stop words are dropped first, a regular expression that does not compile or has capitals or
accents (the text it reads is folded). `bot.understand.vocabulary` builds its constants from them.

`topics.toml` holds one table per idea (its key an English word) with the idea's forms in each
language: "privacidad", "privacy" and "vie privée" are one idea. French, English and Spanish forms
are required; German ("Datenschutz") and Italian ("sorveglianza") forms are optional, for
programmes written in German or Italian (questions are still asked in French, English or Spanish,
so these forms are programme words). Like the others, they were written by hand from the
drafter's own knowledge of the languages, nothing copied from a word list or dictionary. The
loader folds the forms as questions are folded and refuses, naming the file, the idea and the
form, any form that could never match a question: empty, made only of words every question
drops, or written with characters that are not letters or digits.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.i18n import LANGUAGES
from bot.programme.kinds import SessionKind
from bot.understand.text import fold, words

FOLDER = Path(__file__).parent
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
# What a question keeps of a form: letters, digits, and the separators between its words; the
# signs of Japanese and Chinese in those languages' forms.
_SIGNS = re.compile(r"[a-z0-9\s\-'.]")
_DENSE_SIGNS = re.compile(r"[a-z0-9\s\-'.\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The languages of an idea's forms: those of the questions, each required, then those only
# programmes are written in, each optional (many programmes are written in German, some in Italian,
# Portuguese (SQLSaturdays of Brazil and Portugal), Dutch (hacker camps of Belgium) or Norwegian
# Bokmål (JavaZone, TrondheimDC), Japanese and Chinese (PyCon JP, SITCON, JAWS DAYS, DevFest Taipei),
# whose titles run their words together: a form is found inside them).
IDEA_LANGUAGES = (*LANGUAGES, "de", "it", "pt", "nl", "nb", "ja", "zh")
OPTIONAL_IDEA_LANGUAGES = frozenset({"de", "it", "pt", "nl", "nb", "ja", "zh"})
_DENSE_LANGUAGES = frozenset({"ja", "zh"})
# The key of an idea's list of the ideas it holds: natural disasters hold earthquakes and floods, and
# a question about disasters finds the sessions on earthquakes (not the other way round).
NARROWER = "narrower"


class LexiconError(ValueError):
    """A lexicon file that cannot be used as written."""


@dataclass(frozen=True, slots=True)
class Idea:
    word: str  # the word the idea is read as: its key without underscores
    forms: frozenset[str]  # folded, each of one or more words
    written: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (a question's language, its forms as written)
    german: frozenset[str] = frozenset()  # its German forms, folded
    elsewhere: frozenset[str] = frozenset()  # its forms in the other languages, folded
    narrower: tuple[str, ...] = ()  # the words of the ideas it holds ("disasters": earthquakes, floods)

    def __reduce__(self) -> tuple[type[Idea], tuple[object, ...]]:
        # Read back by its constructor: a third faster than a frozen dataclass's field by field.
        return (Idea, (self.word, self.forms, self.written, self.german, self.elsewhere, self.narrower))

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
        narrower = table.pop(NARROWER, [])
        if not isinstance(narrower, list) or not all(isinstance(k, str) and k in data for k in narrower):
            raise LexiconError(f"{where}.{NARROWER}: expected a list of the keys of other ideas")
        unknown = set(table) - set(IDEA_LANGUAGES)
        if unknown:
            raise LexiconError(
                f"{where}: unknown language {sorted(unknown)[0]!r} (one of {', '.join(IDEA_LANGUAGES)})"
            )
        forms: set[str] = set()
        german: set[str] = set()
        elsewhere: set[str] = set()
        by_language: list[tuple[str, tuple[str, ...]]] = []
        for language in IDEA_LANGUAGES:
            if language in OPTIONAL_IDEA_LANGUAGES and language not in table:
                continue
            listed = table.get(language)
            if not isinstance(listed, list) or not listed or not all(isinstance(f, str) for f in listed):
                raise LexiconError(f"{where}.{language}: expected a list of words")
            for form in listed:
                folded = words(form)
                signs = _DENSE_SIGNS if language in _DENSE_LANGUAGES else _SIGNS
                dropped_signs = set(signs.sub("", fold(form)))
                if dropped_signs:
                    sign = sorted(dropped_signs)[0]
                    raise LexiconError(
                        f"{where}.{language}: {form!r} can never match ({sign!r} is dropped from questions)"
                    )
                if not folded or all(word in dropped or len(word) < 2 for word in folded):
                    raise LexiconError(
                        f"{where}.{language}: {form!r} can never match (only stop words or single letters)"
                    )
                # (one object in all three sets: the ideas are kept on disk, each object once)
                joined = sys.intern(" ".join(folded))
                forms.add(joined)
                (german if language == "de" else elsewhere).add(joined)
            if language in LANGUAGES:  # what an answer names it by (half the kept file's size)
                by_language.append((language, tuple(form.strip() for form in listed)))
        ideas.append(
            Idea(
                word=key.replace("_", ""),
                forms=frozenset(forms),
                written=tuple(by_language),
                german=frozenset(german),
                elsewhere=frozenset(elsewhere),
                narrower=tuple(other.replace("_", "") for other in narrower),
            )
        )
    return tuple(ideas)


@cache
def topic_ideas() -> tuple[Idea, ...]:
    from bot.understand.lexicon.cache import cached
    from bot.understand.vocabulary import STOPWORDS

    # Parsed once per version of the lexicon and of this reader (a tenth of a second of a cold start).
    sources = (FOLDER / "topics.toml", *(FOLDER / f"{code}.toml" for code in CODES), Path(__file__))
    return cached("topics", sources, lambda: read_ideas(FOLDER / "topics.toml", STOPWORDS))


@cache
def ideas_by_word() -> dict[str, Idea]:
    """Each one-word form of an idea, with its idea: words that are topics in any conference."""
    return {form: idea for idea in topic_ideas() for form in sorted(idea.forms) if " " not in form}


# -- The language files: fr.toml, en.toml, es.toml and common.toml ------------------------------

# How a table's entries are compared with a question, which says what an entry may be.
WORD = "word"  # one of a message's folded words: letters and digits only
CONTENT = "content"  # a word read once the stop words are dropped: a word that is no stop word
TOKEN = "token"  # a word as the time reader splits the text: letters, digits and apostrophes
PHRASE = "phrase"  # words on word boundaries in the cleaned text: letters, digits, ' and -
JOINED = "joined"  # words of the message joined by spaces (apostrophes as spaces): letters, digits
PAIR = "pair"  # two words of the message side by side
TEXT = "text"  # found anywhere in the folded text
PATTERN = "pattern"  # a regular expression on the folded text: compiles, no capitals or accents

CODES = (*LANGUAGES, "common")  # the files, in the order their entries are merged
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
INFO_KEYS = (
    "registration", "languages", "organisers", "venue", "website", "contact", "about", "highlights", "all",
    "audience",
)  # fmt: skip
ASKING_KEYS = ("meaning", "where", "whom", "when", "what_time")
ROOM_NAME_KEYS = (
    "red", "green", "blue", "yellow", "orange", "purple", "pink", "black", "white", "grey", "brown", "gold",
    "silver", "kids", "online", "main", "garden", "terrace", "library", "lounge", "lobby", "cinema",
    "north", "south", "east", "west", "senate", "plenary", "exhibition", "basic", "intermediate",
    "advanced", "scientific", "chapel", "upstairs", "downstairs", "roundtables", "gallery", "pavilion",
    "amphitheatre", "table", "little", "big", "youth", "stage", "workshop", "workshops_room", "tutorial",
    "meeting", "building", "seminar", "platform", "warehouse", "parts", "restoration", "shop",
    "floor", "widow", "sphinx", "courtyard", "pool", "crafting", "dining", "lower", "upper",
    "sun", "moon", "mercury", "venus", "earth", "jupiter", "saturn", "uranus", "neptune", "pluto",
    "fire", "water", "air", "metal", "english", "spanish", "french", "classroom", "theatre", "multipurpose",
    "atrium", "deck", "forum", "alpha", "department", "mathematics", "physics", "chemistry", "biology",
    "lecture", "river", "lake", "forest", "mountain", "ocean", "bay", "island", "swan", "eagle", "cockatoo",
    "campfire", "booth", "entrance", "boardroom", "crown", "heart", "bell", "bottle", "barrel", "market",
    "ballroom", "living", "church", "old", "creator", "presentation", "lab", "computer_lab", "readings",
    "skull", "world", "hat", "dome", "village", "family", "zone", "outside",
    "oak", "maple", "birch", "chestnut", "poplar", "sycamore", "cedar", "pine", "willow", "elm", "cypress",
    "olive", "walnut", "cherry", "people", "docs", "shared", "game", "screen",
    "dna", "gear", "abacus", "battery", "stream",
    "hydrogen", "helium", "lithium", "carbon", "nitrogen", "oxygen", "neon", "sodium", "magnesium",
    "aluminium", "silicon", "calcium", "titanium", "chromium", "iron", "cobalt", "nickel", "copper", "zinc",
    "krypton", "xenon", "argon", "platinum", "palladium", "europium", "iridium", "tungsten", "uranium",
    "hassium", "igloo", "event_center", "talks_room", "panels_room", "autographs",
)  # fmt: skip
KIND_KEYS = tuple(SessionKind)
INTERPRETATION_KEYS = ("en", "fr", "es", "tr")

# The [when] slots: alternatives of regular expressions, each used in one place of when.py.
WHEN_SLOTS = (
    "hour_prepositions", "oclock", "hour_suffixes", "duration_units", "relative_prepositions",
    "minute_units", "hour_units", "noon", "midnight", "day_nouns", "day_qualifiers", "date_day_suffixes",
    "month_day_suffixes", "day_of_month_suffixes", "day_of_month_articles", "date_connectors",
    "spoken_hour_before", "spoken_one_before", "spoken_hour_after", "hour_words", "minute_joiners",
    "minutes_past", "minutes_to", "and_minutes", "hour_parts", "delay_ones",
)  # fmt: skip

# Every table a language file may have: a list of entries of one kind, or (for sections whose keys
# are chosen by the file) the kind of each key's list and the keys allowed (None: any word).
TABLES: dict[str, str] = {
    "words.stop": WORD,
    "words.filler": WORD,
    "words.subject_holders": WORD,
    "words.not_markers": WORD,
    "words.not_place_prepositions": WORD,
    "words.subject_of": WORD,
    "words.help": WORD,
    "words.politeness": WORD,
    "words.person_questions": WORD,
    "words.speaking": WORD,
    "words.person_nouns": WORD,
    "words.group_nouns": WORD,
    "words.levels": WORD,
    "words.track": WORD,
    "words.honorifics": WORD,
    "words.roles": CONTENT,
    "words.out_of_scope": CONTENT,
    "words.conference": WORD,
    "words.room_nouns": WORD,
    "words.chamber_nouns": WORD,
    "words.compounded_room_nouns": WORD,
    "words.describing": WORD,
    "words.letter_words": WORD,
    "words.who": WORD,
    "words.role_qualifiers": WORD,
    "words.without": WORD,
    "words.translation": WORD,
    "words.session_nouns": WORD,
    "words.talk_nouns": WORD,
    "words.research_nouns": WORD,
    "words.attending": WORD,
    "words.session_words": WORD,
    "words.room_plurals": WORD,
    "words.schedules": WORD,
    "words.presence": PHRASE,
    "words.and": WORD,
    "words.question_openers": WORD,
    "words.where_openers": PHRASE,
    "words.or": WORD,
    "words.places": WORD,
    "words.place_prepositions": WORD,
    "words.articles": WORD,
    "words.name_particles": WORD,
    "words.name_links": WORD,
    "words.other_languages_little_words": WORD,
    "words.subject_markers": WORD,
    "words.i_am": WORD,
    "words.first_person": WORD,
    "words.other_senses": WORD,
    "words.relative_pronouns": WORD,
    "words.wishes": WORD,
    "phrases.introducing": PHRASE,
    "phrases.how_to_ask": PHRASE,
    "words.before_a_language": WORD,
    "words.language_nouns": WORD,
    "words.elisions": PAIR,
    "phrases.greeting": PHRASE,
    "phrases.help": PHRASE,
    "phrases.now": PHRASE,
    "phrases.now_last": WORD,
    "phrases.now_in_room": PHRASE,
    "phrases.next": PHRASE,
    "phrases.starts": PHRASE,
    "phrases.after": PHRASE,
    "phrases.way_to": PHRASE,
    "phrases.last": PHRASE,
    "phrases.first": PHRASE,
    "phrases.room_info": PHRASE,
    "phrases.person": PHRASE,
    "phrases.about": PHRASE,
    "phrases.documents": JOINED,
    "days.today": TOKEN,
    "days.tomorrow": TOKEN,
    "days.after_tomorrow": TEXT,
    "days.yesterday": TOKEN,
    "days.before_yesterday": TEXT,
    "days.tonight": TEXT,
    "days.this_day": TEXT,
    "days.not_weekdays": WORD,
    "days.weekday_not_after": WORD,
    "parts.morning": TOKEN,
    "parts.afternoon": TOKEN,
    "parts.evening": TOKEN,
    "parts.afternoon_phrases": TEXT,
    "parts.morning_after": WORD,
    "parts.this": WORD,
    "numbers.units": PHRASE,
    "numbers.teens": PHRASE,
    "numbers.tens": PHRASE,
    "numbers.zero": WORD,
    "numbers.point": WORD,
    "numbers.hundred": WORD,
    "numbers.hundreds": WORD,
    "numbers.tens_above": WORD,
    "numbers.score": WORD,
    **{f"when.{slot}": PATTERN for slot in WHEN_SLOTS},
}
# Sections of lists whose keys are given: key → list of entries of one kind.
SECTIONS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "info": (JOINED, INFO_KEYS),
    "kinds": (PHRASE, KIND_KEYS),
    "kind_titles": (PHRASE, KIND_KEYS),
    "interpretation": (PHRASE, INTERPRETATION_KEYS),
    "weekdays": (WORD, WEEKDAY_KEYS),
    "months": (WORD, MONTH_KEYS),
    "glossary": (WORD, None),
    "demonyms": (WORD, None),
    "acronyms": (WORD, None),
    "events": (WORD, None),
    "unknowns": (JOINED, None),
    "asking": (JOINED, ASKING_KEYS),
    "room_names": (PHRASE, ROOM_NAME_KEYS),
    "room_names_after": (WORD, ROOM_NAME_KEYS),
    "cognates": (WORD, None),
    "given_names": (WORD, None),
}
# Sections of words with a number: word → weight or value.
NUMBERED = {
    "markers": WORD,
    "numbers.also": WORD,
    "when.day_ordinals": WORD,
    "when.day_numbers": WORD,
    "when.delays": PHRASE,  # minutes
    "when.delay_parts": PHRASE,  # minutes
}
# Templates joining a ten and a unit ("{ten} et {unit}"), with the fields each must have.
TEMPLATES = {
    "numbers.compound": ("{ten}", "{unit}"),
    "numbers.compound_one": ("{ten}", "{unit}"),
    "numbers.compound_twenty": ("{unit}",),
}

_WORD = re.compile(r"[a-z0-9]+")
_TOKEN = re.compile(r"[a-z0-9']+")
_PHRASE = re.compile(r"[a-z0-9'\-]+(?: [a-z0-9'\-]+)*")
_JOINED = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_TEXT = re.compile(r"[a-z0-9' \-]+")
_ESCAPE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes and group names: not text
_FIELD = re.compile(r"\{(\w+)(-1)?\}")
_WHY = {
    WORD: "a message's words are letters and digits only",
    CONTENT: "a message's words are letters and digits only",
    TOKEN: "the time reader's words are letters, digits and apostrophes",
    PHRASE: "phrases are words of letters, digits, ' and - separated by one space",
    JOINED: "a message's words, joined by one space, are letters and digits only",
    PAIR: "two of a message's words, letters and digits only",
    TEXT: "folded text is letters, digits, spaces, ' and -",
}


@dataclass(frozen=True, slots=True)
class Simplification:
    """A time said in words rewritten with digits: `pattern` → `replace` (dateparser's term)."""

    pattern: re.Pattern[str]
    replace: str  # {group} as typed (or through `values`), {group-1} the hour before
    values: tuple[tuple[str, str], ...] = ()

    def apply(self, text: str) -> str:
        values = dict(self.values)

        def field(match: re.Match[str], found: re.Match[str]) -> str:
            typed = found.group(match.group(1))
            if match.group(2):
                # The hour before, as a clock says it: "quarter to one" is 12:45, not 0:45.
                return str(int(typed) - 1 or 12)
            return values.get(" ".join(typed.split()), typed)

        return self.pattern.sub(lambda found: _FIELD.sub(lambda m: field(m, found), self.replace), text)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The language files, folded and checked: for each file (fr, en, es, common) its tables."""

    files: dict[str, dict[str, Any]]

    def of(self, code: str, table: str) -> Any:
        """One file's table (a tuple, a dict or a string), or None when the file has none."""
        return self.files[code].get(table)

    def words(self, table: str) -> tuple[str, ...]:
        """A table's entries in every file, each once, in the files' order (fr, en, es, common)."""
        merged: dict[str, None] = {}
        for code in self.files:
            merged.update(dict.fromkeys(self.files[code].get(table, ())))
        return tuple(merged)

    def section(self, name: str) -> dict[str, tuple[str, ...]]:
        """A section's keys with their entries in every file, keys in the order first met."""
        merged: dict[str, dict[str, None]] = {}
        for code in self.files:
            for key, entries in self.files[code].get(name, {}).items():
                merged.setdefault(key, {}).update(dict.fromkeys(entries))
        return {key: tuple(entries) for key, entries in merged.items()}

    def numbered(self, name: str) -> dict[str, float]:
        merged: dict[str, float] = {}
        for code in self.files:
            merged.update(self.files[code].get(name, {}))
        return merged

    def simplifications(self) -> tuple[Simplification, ...]:
        return tuple(rule for code in self.files for rule in self.files[code].get("simplify", ()))


def _entry(entry: object, kind: str, where: str, stop: frozenset[str]) -> str:
    """One entry folded as questions are, or the reason it could never match one."""
    if not isinstance(entry, str) or not entry.strip():
        raise LexiconError(f"{where}: {entry!r}: expected a non-empty string")
    if kind == PATTERN:
        try:
            re.compile(entry)
        except re.error as error:
            raise LexiconError(f"{where}: {entry!r} is not a regular expression ({error})") from error
        bare = _ESCAPE.sub("", entry)
        odd = sorted({ch for ch in bare if ch.isupper() or not ch.isascii()})
        if odd:
            raise LexiconError(
                f"{where}: {entry!r} can never match ({odd[0]!r}: the text it reads is folded)"
            )
        return entry
    folded = fold(entry).strip()
    shape = {WORD: _WORD, CONTENT: _WORD, TOKEN: _TOKEN, PHRASE: _PHRASE, JOINED: _JOINED, PAIR: _JOINED}
    if not (shape.get(kind, _TEXT)).fullmatch(folded) or (kind == PAIR and len(folded.split()) != 2):
        raise LexiconError(f"{where}: {entry!r} can never match ({_WHY[kind]})")
    if kind == CONTENT and all(word in stop for word in folded.split()):
        raise LexiconError(f"{where}: {entry!r} can never match (only stop words, which are dropped first)")
    return folded


def _entries(value: object, kind: str, where: str, stop: frozenset[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: expected a list of entries")
    folded = [_entry(entry, kind, where, stop) for entry in value]
    twice = sorted({entry for entry in folded if folded.count(entry) > 1})
    if twice:
        raise LexiconError(f"{where}: {twice[0]!r} is listed twice")
    return tuple(folded)


def _simplification(value: object, where: str) -> Simplification:
    if not isinstance(value, dict) or set(value) - {"pattern", "replace", "values"}:
        raise LexiconError(f"{where}: expected pattern, replace and optional values")
    pattern = _entry(value.get("pattern"), PATTERN, f"{where}.pattern", frozenset())
    compiled = re.compile(pattern)
    replace = value.get("replace")
    if not isinstance(replace, str):
        raise LexiconError(f"{where}.replace: expected a string")
    for field in _FIELD.finditer(replace):
        if field.group(1) not in compiled.groupindex:
            raise LexiconError(f"{where}.replace: {{{field.group(1)}}} is no group of the pattern")
    values = value.get("values", {})
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise LexiconError(f"{where}.values: expected a table of words and their digits")
    return Simplification(compiled, replace, tuple((fold(k), v) for k, v in values.items()))


def _flatten(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """A file's tables by their dotted names: [when.day_ordinals] → 'when.day_ordinals'."""
    for key, value in data.items():
        if isinstance(value, dict) and key not in (*SECTIONS, *NUMBERED, "expressions"):
            yield from ((f"{key}.{k}", v) for k, v in value.items())
        else:
            yield key, value


def read_language(path: Path, stop: frozenset[str] | None = None) -> dict[str, Any]:
    """One language file's tables, folded and checked; `stop` are the stop words of every file
    (by default this file's own)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"{path.name}: {error}") from error
    if stop is None:
        stop = frozenset(fold(w) for w in data.get("words", {}).get("stop", []) if isinstance(w, str))
    tables: dict[str, Any] = {}
    for name, value in _flatten(data):
        where = f"{path.name}: [{name}]"
        if name in TABLES:
            tables[name] = _entries(value, TABLES[name], where, stop)
        elif name in SECTIONS:
            kind, keys = SECTIONS[name]
            if not isinstance(value, dict):
                raise LexiconError(f"{where}: expected a table")
            section: dict[str, tuple[str, ...]] = {}
            for key, entries in value.items():
                if keys is not None and key not in keys:
                    raise LexiconError(f"{where}: unknown key {key!r} (one of {', '.join(keys)})")
                folded_key = key if keys is not None else _entry(key, PHRASE, where, stop)
                section[folded_key] = _entries(entries, kind, f"{path.name}: [{name}.{key}]", stop)
            tables[name] = section
        elif name in NUMBERED:
            if not isinstance(value, dict) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()
            ):
                raise LexiconError(f"{where}: expected words with numbers")
            tables[name] = {_entry(k, NUMBERED[name], where, stop): v for k, v in value.items()}
        elif name in TEMPLATES:
            if not isinstance(value, str) or set(re.findall(r"\{\w*\}", value)) != set(TEMPLATES[name]):
                raise LexiconError(f"{where}: expected a template with {' and '.join(TEMPLATES[name])}")
            tables[name] = value
        elif name == "expressions":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise LexiconError(f"{where}: expected phrases with the word each is read as")
            tables[name] = {
                _entry(k, PHRASE, where, stop): _entry(v, WORD, f"{where}.{k}", stop)
                for k, v in value.items()
            }
        elif name == "signs":
            if not isinstance(value, list):
                raise LexiconError(f"{where}: expected [[signs]] tables")
            signs = []
            for sign in value:
                chars = sign.get("any") if isinstance(sign, dict) else None
                weight = sign.get("weight") if isinstance(sign, dict) else None
                if not isinstance(chars, list) or not all(isinstance(c, str) and c for c in chars):
                    raise LexiconError(f"{where}: expected any = [signs]")
                if not isinstance(weight, (int, float)):
                    raise LexiconError(f"{where}: expected a weight")
                upper = [c for c in chars if c != c.lower()]
                if upper:
                    raise LexiconError(f"{where}: {upper[0]!r} can never match (messages are lowered first)")
                signs.append((tuple(chars), float(weight)))
            tables[name] = tuple(signs)
        elif name == "simplify":
            if not isinstance(value, list):
                raise LexiconError(f"{where}: expected [[simplify]] tables")
            tables[name] = tuple(_simplification(rule, f"{where}[{i}]") for i, rule in enumerate(value))
        else:
            raise LexiconError(f"{where}: unknown table")
    return tables


def read_lexicon(folder: Path = FOLDER) -> Lexicon:
    """Every language file of a folder, checked against the stop words of all of them."""
    stop: set[str] = set()
    for code in CODES:
        stop.update(read_language(folder / f"{code}.toml").get("words.stop", ()))
    return Lexicon({code: read_language(folder / f"{code}.toml", frozenset(stop)) for code in CODES})


@cache
def lexicon() -> Lexicon:
    """The shipped language files, read once (and kept on disk between runs, as the topics are)."""
    from bot.understand.lexicon.cache import cached

    sources = (*(FOLDER / f"{code}.toml" for code in CODES), Path(__file__))
    return cached("languages", sources, read_lexicon)
