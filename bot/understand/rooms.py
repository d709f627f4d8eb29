"""Finding the room a message names, as people type room names.

Programmes print rooms as `Agora`, `Blue Lagoon`, `AW1.120`, `H.2215 (Ferrer)`, `Fox & Hound` or
`Salle 3`; people type `agora`, `blu lagoon`, `aw1120`, `h 2215`, `ferrer`, `fox and hound`,
`hal 3`. A room is found by, in this order:

1. its name or one of its aliases as whole words (a name's parts in brackets are an alias, `&` is
   read as "and" in each language);
2. its code with or without the punctuation (`aw1.120`, `aw1120`, `aw1 120`, `k 1 105`);
3. a numbered name (`Salle 3`, `Hall 12`, `Saal 1`) with any word for a room and the same number;
4. a name of several words with a typo;
5. one word of a name with a typo.

A number in a room's name is never fuzzed: `h2214` is not `H.2215`, `salle 4` not `Salle 3`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz, process

from bot.programme.model import Room
from bot.understand.text import fold
from bot.understand.vocabulary import AND_WORDS, ROOM_NOUNS, ROOM_WORDS, STOPWORDS

_TOKEN = re.compile(r"[a-z0-9]+")
_BRACKETS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
SCAN = 60  # words of a message searched for a misspelt room name


@dataclass(frozen=True, slots=True)
class RoomMatch:
    room_id: str
    span: tuple[int, int]  # where the name is in the text searched
    exact: bool


def tokens(text: str) -> list[str]:
    """A room name's or a message's folded words, punctuation as a space: 'K.1.105' → k 1 105."""
    return _TOKEN.findall(fold(text))


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _spellings(name: str) -> Iterator[str]:
    """The ways a printed name is typed: as printed, without its bracketed part, the bracketed
    part alone, and '&' as each language's 'and' or left out."""
    bracketed = [a or b for a, b in _BRACKETS.findall(name)]
    unbracketed = _BRACKETS.sub(" ", name)
    for part in (name, unbracketed, *bracketed):
        if "&" in part or "+" in part:
            for conjunction in (*AND_WORDS, ""):
                yield re.sub(r"\s*[&+]\s*", f" {conjunction} ", part)
        else:
            yield part


def _code(name: str) -> str | None:
    """The code a name starts with, as one word: 'AW1.120' → aw1120, 'H.2215 (Ferrer)' → h2215,
    'UB2.252A (Lameere)' → ub2252a. A code has a digit and a letter or punctuation inside."""
    first = _BRACKETS.sub(" ", fold(name)).split()
    if not first:
        return None
    head = first[0]
    compact = "".join(_TOKEN.findall(head))
    if len(compact) >= 3 and _has_digit(compact) and (not compact.isdigit() or len(_TOKEN.findall(head)) > 1):
        return compact
    return None


def _numbered(name: str) -> tuple[str, str] | None:
    """'Salle 3' → ('salle', '3'), 'Hall 12' → ('hall', '12'), 'Room B' → None."""
    parts = tokens(_BRACKETS.sub(" ", name))
    if len(parts) == 2 and parts[1].isdigit() and not _has_digit(parts[0]):
        return parts[0], parts[1]
    return None


def core(parts: Iterable[str]) -> str:
    """A room name without the words every room name has ("salle", "room", "de")."""
    return " ".join(t for t in parts if t not in ROOM_WORDS and t not in STOPWORDS)


def alternation(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words; earlier phrases win where several start at one place."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])")


class RoomFinder:
    """The rooms of one programme, ready to be found in messages."""

    def __init__(self, rooms: Iterable[Room]) -> None:
        phrases: dict[str, str] = {}  # folded phrase → room id; the first room to claim one keeps it
        self.codes: dict[str, str] = {}  # 'aw1120' → room id
        self.numbered: dict[str, list[tuple[str, str]]] = {}  # '3' → [('salle', room id)]
        for room in rooms:
            for name in (room.name, *room.aliases):
                for spelling in _spellings(name):
                    phrase = " ".join(tokens(spelling))
                    if phrase and phrase not in STOPWORDS:
                        phrases.setdefault(phrase, room.id)
                code = _code(name)
                if code:
                    self.codes.setdefault(code, room.id)
                numbered = _numbered(name)
                if numbered:
                    self.numbered.setdefault(numbered[1], []).append((numbered[0], room.id))
        self.phrases = sorted(phrases, key=len, reverse=True)
        self.room_of_phrase = phrases
        self._pattern = alternation(self.phrases) if self.phrases else None
        # Words of names for typos: no digits (a number is never fuzzed), no generic room words.
        self.single_words = {
            phrase: room_id
            for phrase, room_id in phrases.items()
            if " " not in phrase and len(phrase) >= 4 and phrase not in ROOM_WORDS and not _has_digit(phrase)
        }
        self.several_words = {
            phrase: room_id
            for phrase, room_id in phrases.items()
            if " " in phrase and len(core(phrase.split())) >= 4 and not _has_digit(phrase)
        }

    def find(self, text: str) -> RoomMatch | None:
        """The room named in a folded text: by name, code or number first, then with a typo."""
        return self.find_exact(text) or self.find_misspelt(text)

    def find_exact(self, text: str) -> RoomMatch | None:
        found = self._pattern.search(_spaced(text)) if self._pattern else None
        if found:
            return RoomMatch(self.room_of_phrase[found.group(0)], found.span(), exact=True)
        return self.find_by_number(text)

    def find_by_number(self, text: str) -> RoomMatch | None:
        """A code typed without its punctuation or with other spaces ('aw1120', 'h 2215'), or a
        numbered room named with any word for a room ('hal 12', 'room 3' for 'Salle 3')."""
        words = list(_TOKEN.finditer(text))[:SCAN]
        if self.codes:
            for size in (4, 3, 2, 1):
                for start in range(len(words) - size + 1):
                    window = words[start : start + size]
                    joined = "".join(m.group(0) for m in window)
                    if joined in self.codes and _has_digit(joined):
                        return RoomMatch(
                            self.codes[joined], (window[0].start(), window[-1].end()), exact=True
                        )
        for before, number in pairwise(words):
            rooms = self.numbered.get(number.group(0))
            if not rooms:
                continue
            noun = before.group(0)
            for printed, room_id in rooms:
                if (
                    noun == printed
                    or noun in ROOM_NOUNS
                    or (len(noun) >= 3 and fuzz.ratio(noun, printed) >= 75)
                ):
                    return RoomMatch(room_id, (before.start(), number.end()), exact=noun == printed)
        return None

    def find_misspelt(self, text: str) -> RoomMatch | None:
        words = list(_TOKEN.finditer(text))[:SCAN]
        # A name of several words with a typo: "hertan aas", "mechlen central", "fuera d sede".
        if self.several_words:
            for size in (4, 3, 2):
                for start in range(len(words) - size + 1):
                    window = [m.group(0) for m in words[start : start + size]]
                    window_core = core(window)
                    if len(window_core) < 3 or any(_has_digit(w) for w in window):
                        continue
                    near = process.extract(
                        " ".join(window),
                        self.several_words.keys(),
                        scorer=fuzz.ratio,
                        score_cutoff=80,
                        limit=3,
                    )
                    for phrase, _, _ in near:
                        if phrase[0] == window[0][0] and fuzz.ratio(window_core, core(phrase.split())) >= 65:
                            span = (words[start].start(), words[start + size - 1].end())
                            return RoomMatch(self.several_words[phrase], span, exact=False)
        if not self.single_words:
            return None
        for word in words:
            token = word.group(0)
            if len(token) < 4 or token in STOPWORDS or token in ROOM_WORDS or _has_digit(token):
                continue
            # French elision typed without its apostrophe: "lagora", "latelier".
            for candidate in (token, token[1:]) if token[0] in "ld" else (token,):
                # Four letters leave room for one typo only: "scla", not "sala".
                cutoff = 80 if len(candidate) > 4 else 88
                found = process.extractOne(
                    candidate, self.single_words.keys(), scorer=fuzz.ratio, score_cutoff=cutoff
                )
                if found and found[0][0] == candidate[0]:
                    return RoomMatch(self.single_words[found[0]], word.span(), exact=False)
        return None


def _spaced(text: str) -> str:
    """The text with punctuation as spaces ('aw1.120' → 'aw1 120'): every character keeps its
    place, so a span found in it is a span of the text."""
    return re.sub(r"[^a-z0-9 ]", " ", text)
