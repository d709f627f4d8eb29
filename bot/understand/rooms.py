"""Finding the room a message names, as people type room names.

Programmes print rooms as `Agora`, `Blue Lagoon`, `AW1.120`, `H.2215 (Ferrer)`, `Fox & Hound` or
`Salle 3`; people type `agora`, `blu lagoon`, `aw1120`, `h 2215`, `ferrer`, `fox and hound`,
`hal 3`. A room is found by, in this order:

1. its name or one of its aliases as whole words (a name's parts in brackets are an alias, `&` is
   read as "and" in each language, words run together are split: `FreeKevin`), or the initials
   of a long name (`ccmc`), or every part of a name that places a room in a bigger one, either
   way round (`salle A du hall 7` for `Hall 7 | Room A`);
2. its code with or without the punctuation (`aw1.120`, `aw1120`, `aw1 120`, `k 1 105`), without
   its zeros or as one room of a pair (`b9` for `B09`, `a03` for `A03/A04`, `x07` for `Saal X 07`);
3. a numbered name (`Salle 3`, `Hall 12`, `Saal 1`, `SoS Saal E`) with any word for a room and the
   same number, the number typed on its own where a room is expected (`en 204` for `Salle 2.04`);
4. a word of its name that no other name has (or that the others' names contain), after a word
   for a place: `bearsville`, `chaos west`, `orpheum 2`, or that word in another language
   (`la piste verte` for `Green Track`, the lexicon's `[room_names]`), or the one room whose name
   says it is an auditorium;
5. a name of several words with a typo;
6. one word of a name with a typo.

A number in a room's name is never fuzzed: `h2214` is not `H.2215`, `salle 4` not `Salle 3`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from string import ascii_lowercase
from typing import TypeVar

from rapidfuzz import fuzz, process

from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import Room
from bot.understand.cognates import COGNATE_LENGTH, cognate_keys, skeleton
from bot.understand.glossary import idea_forms_by_word
from bot.understand.patterns import kept, longest_first
from bot.understand.text import HYPHENATED, fold
from bot.understand.vocabulary import (
    AFTERNOON_WORDS,
    AND_WORDS,
    ARTICLES,
    CHAMBER_NOUNS,
    COMPOUNDED_ROOM_NOUNS,
    DESCRIBING_WORDS,
    EVENING_WORDS,
    FILLER_WORDS,
    HOUR_PREPOSITIONS,
    HUNDRED_WORDS,
    HUNDREDS,
    KIND_FOLDED,
    KIND_ROOM_WORDS,
    KIND_WORDS,
    LETTER_WORDS,
    MORNING_WORDS,
    NEXT_PHRASES,
    NOW_PHRASES,
    PHRASE_WORDS,
    PLACE_ADVERBS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    POINT_WORDS,
    ROOM_NAME_WORDS,
    ROOM_NAME_WORDS_AFTER,
    ROOM_NOUNS,
    ROOM_WORDS,
    SCHEDULE_WORDS,
    SCORE_WORDS,
    SESSION_NOUNS,
    STOPWORDS,
    SUBJECT_HOLDERS,
    SUBJECT_MARKERS,
    TENS_ABOVE,
    TRACK_WORDS,
    ZERO_WORDS,
)
from bot.understand.when import NUMBERS_IN_WORDS, ORDINAL_WORDS

K = TypeVar("K")
_TOKEN = kept(r"[a-z0-9]+")
_GLUED = kept(r"([a-z]+)(\d+)")
_LETTERED_CODE = kept(r"[a-z]{1,2}\d{1,3}[a-z]?")
_WORD_AFTER = kept(r"\s+([a-z0-9]+)")  # the word right after a place in a folded text
_FIGURES = kept(r"(\d{3,})[a-z]?")  # "251", "013", "153b": a number of three figures or more
# A code of letters and a number with a dot: 'F4.01', 'Sem F4.02' (its number: "4.02").
_LETTERED_DOTTED = kept(r"(?<![\w.])[A-Za-z]{1,3}(\d{1,2})\.(\d{1,3})(?![\w.])")
_WORD_DOTTED = kept(r"(?<=[A-Za-z] )(\d{1,2})\.(\d{2,3})(?![\w.])")
_BRACKET_CODE = kept(r"\b[A-Za-z]{0,3}\d+(?:\.\d+)+[A-Za-z]?\b")  # "(AW1.124)", "(4.1)"
_WORD_NUMBER = kept(r"\b([A-Za-z]{4,})(\d+)\b")
_CAMEL = kept(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# A word for a room and its number after other words, typed run together: "liffey hall1" for
# 'Liffey Hall 1' beside 'Wicklow Hall 1'.
_NOUN_NUMBER = kept(r"(?<=\w )(" + "|".join(longest_first(ROOM_NOUNS)) + r") (\d{1,3})\b", re.IGNORECASE)
# A word for a room run into its letter or number: "AMPHID", "AMPHIK" (MiXiT 2019's) typed
# "amphi d"; not a plural ("Stages", "Salles").
_NOUN_CODE = kept(
    r"\b(" + "|".join(longest_first(n for n in ROOM_NOUNS if n.isalpha() and len(n) >= 4)) + r")"
    r"(?!e?s\b)([A-Za-z]{1,2}|\d{1,3})\b",
    re.IGNORECASE,
)
_LISTED_NUMBER = kept(r"(?<![\w.])\d{1,3}(?![\w.])")
_BRACKETS = kept(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_LETTERS_NUMBER = kept(r"\b([a-z]{2,5}) (\d{1,4}[a-z]?)\b")
SCAN = 60  # words of a message searched for a misspelt room name
_PARTS_OF_DAY = (("morning", MORNING_WORDS), ("afternoon", AFTERNOON_WORDS), ("evening", EVENING_WORDS))
_A_ROOM = ("room",)  # the word for a room of a hall named by a number word alone
_SLASHED_NUMBER = kept(r"(?<![\w/])(\d{1,3})/(\d{2,4})(?![\w/])")
# A name's word typed by its start ("baiko" for "Baikonur"): four letters at least, and most of it.
SHORTENED, SHORTENED_SHARE = 4, 0.6
# Words after a word for a room that name no room: "en el anfiteatro ahora", "in the auditorium now".
_NAMES_NOTHING = STOPWORDS | FILLER_WORDS | frozenset(" ".join((*NOW_PHRASES, *NEXT_PHRASES)).split())
_QUESTION_WORDS = STOPWORDS | ROOM_WORDS | FILLER_WORDS | PHRASE_WORDS
# Every word for a room, of any language ("room", "salle", "Saal").
_ANY_ROOM_NOUN = ROOM_NOUNS | CHAMBER_NOUNS
_INITIALLED = kept(r"([a-z])(\d{1,2})")  # a code of a letter and a number: "p9", "m3"
# Words that say a room is the main or the big one, in every language ("main", "grande", "principal").
_MAIN_WORDS = ROOM_NAME_WORDS.get("main", frozenset()) | ROOM_NAME_WORDS.get("big", frozenset())


@dataclass(frozen=True, slots=True)
class RoomMatch:
    room_id: str
    span: tuple[int, int]  # where the name is in the text searched
    exact: bool


def token_spans(text: str) -> list[re.Match[str]]:
    """A folded text's words with where they stand, punctuation as a space."""
    return list(_TOKEN.finditer(text))


def tokens(text: str) -> list[str]:
    """A room name's or a message's folded words, punctuation as a space: 'K.1.105' → k 1 105."""
    return _TOKEN.findall(fold(text))


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _spellings(name: str, *, place: bool = False) -> Iterator[str]:
    """The ways a printed name is typed: as printed, without its bracketed part, the bracketed
    part alone, and '&' as each language's 'and' or left out; with `place`, the place the name
    gives before a track ("Foothill E" of "Foothill E: Voice")."""
    bracketed = [a or b for a, b in _BRACKETS.findall(name)]
    unbracketed = _BRACKETS.sub(" ", name)
    # A name in two languages: "Ebene 1, Galerie / Floor 1" is typed by either half (not two names
    # of one word each side: "backspace / franconian.net - Bamberg" is one stream).
    halves = [half.strip() for half in unbracketed.split(" / ")] if " / " in unbracketed else []
    if any(len(tokens(half)) < 2 for half in halves):
        halves = []
    halves = [*halves, *_sides(unbracketed)]
    # "FreeKevin", "MOKids" typed "free kevin", "mo kids"; "Helium3" typed "helium 3" (a word
    # and its number, not a code: "AW1" stays whole).
    camel = _WORD_NUMBER.sub(r"\1 \2", _CAMEL.sub(" ", name))
    where = _place(name) if place else None
    # "C175/FrogLabs 1": a code, then the name people say ("frog labs 1").
    coded = _CODE_THEN_NAME.fullmatch(name)
    said = [coded.group(1), _WORD_NUMBER.sub(r"\1 \2", _CAMEL.sub(" ", coded.group(1)))] if coded else []
    # "Skyline A - Level 21", "IJzaal - 5th Floor" typed "skyline a", "ijzaal": the floor after a
    # dash or a comma left out.
    floorless = _FLOOR_AFTER.sub("", unbracketed).strip()
    apart = _COMPOUND.sub(_compound_apart, floorless)
    numberless = _numberless(unbracketed)
    # "MSI 03.18", "MSI 00.14" (CLIN 35's rooms) typed "3.18", "0.14": a floor's zeros left out.
    unzeroed = _FLOOR_ZEROS.sub(r"\1", name)
    run_together = _NOUN_NUMBER.sub(r"\1\2", unbracketed)
    # "Providence Ballroom II/III" typed "providence 2/3": halves of a ballroom numbered in Roman.
    arabic = _ROMAN_PAIR.sub(_in_digits, unbracketed)
    # "Supplyframe HQ 2nd Floor" as "Floor 2": "au deuxième étage", "el segundo piso", "2e étage".
    storey = _ORDINAL_STOREY.sub(r"\2 \1", unbracketed)
    for part in dict.fromkeys(
        (
            name,
            storey,
            unzeroed,
            run_together,
            arabic,
            unbracketed,
            *bracketed,
            *halves,
            camel,
            *said,
            *([where] if where else []),
            floorless,
            apart,
            *([numberless] if numberless else []),
        ),
    ):
        if "&" in part or "+" in part:
            for conjunction in (*AND_WORDS, ""):
                yield re.sub(r"\s*[&+]\s*", f" {conjunction} ", part)
        else:
            yield part


_FLOOR_ZEROS = kept(r"(?<![\d.])0+(\d)(?=\.\d)")
_ORDINAL_STOREY = kept(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(floor|level|storey)\b", re.IGNORECASE)
_ROMAN_PAIR = kept(r"\b[IVX]+(?:/[IVX]+)+\b")


def _in_digits(found: re.Match[str]) -> str:
    numbers = [_roman(part.lower()) for part in found.group(0).split("/")]
    return "/".join(map(str, numbers)) if None not in numbers else found.group(0)


def _sides(name: str) -> list[str]:
    """What a room is for, then where it is: "Panels 1 - Hyatt Regency E" (AnimeNEXT's) is typed
    "regency e" or "panels 1", each side of the dash when both have two words or more; Sched's
    parts between bars too ('Hall 7 | Room A', KubeCon's: "room a")."""
    floorless = _FLOOR_AFTER.sub("", name)
    sides = [side.strip() for side in floorless.split(" - ")]
    if len(sides) != 2:
        sides = [side.strip() for side in floorless.split(" | ")] if " | " in floorless else []
    return sides if len(sides) >= 2 and all(len(tokens(side)) >= 2 for side in sides) else []


def _numberless(name: str) -> str | None:
    """ "Salon A - 516" typed "salon a": the name before its room number after a dash (the
    number alone is found as a numbered room's)."""
    found = _NUMBER_AFTER.fullmatch(name.strip())
    return found.group(1) if found else None


_NUMBER_AFTER = kept(r"(.*?[^\W\d_].*?)\s+[-–—]\s*\d+[a-z]?", re.IGNORECASE)


_FLOOR_AFTER = kept(
    r"\s*[-–—,]\s*(?:(?:level|floor|etage|étage|planta|nivel|piso|ebene|stock|og|ug)\s*-?\d+\w*"
    r"|(?:\d+(?:st|nd|rd|th)|ground|underground|first|second|third|top)\s+floor)\s*$",
    re.IGNORECASE,
)


def _compound_apart(found: re.Match[str]) -> str:
    """ "IJzaal" typed "ij zaal", "salle IJ": a compound's word for a room apart; not after a kind
    of session ("Workshopraum" is no "workshop" a question asks for)."""
    head, noun = found.groups()
    return found.group(0) if fold(head) in _SESSION_KIND_WORDS else f"{head} {noun}"


_COMPOUND = kept(rf"\b(\w\w+?)({'|'.join(sorted(COMPOUNDED_ROOM_NOUNS))})\b", re.IGNORECASE)
_PARTS_JOINED = kept(r"\s*\d+(?:\s*[&+]\s*\d+)+$")  # "G1&2", "G 1&2": two parts of hall G


_CODE_THEN_NAME = kept(r"[A-Za-z]*\d[\w.]*/(\S*[A-Za-z]{4}.*)")


def _place(name: str) -> str | None:
    """The place a name gives before the track or theme held there: "Foothill E" of "Foothill E:
    Autonomy + Robotics" (programmes that name a room after each day's track); of a room made of
    parts, the whole: "Foothill G" of "Foothill G 1&2: Design Engineering" and "Foothill G1&2:
    Workshops"."""
    place, colon, _ = name.partition(": ")
    place = _PARTS_JOINED.sub("", place).strip()
    return place if colon and place else None


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


def _following(words: list[re.Match[str]], word: re.Match[str]) -> re.Match[str] | None:
    """The word typed right after one of `words`, else None."""
    at = words.index(word)
    return words[at + 1] if at + 1 < len(words) else None


def _number_after(words: list[re.Match[str]], word: re.Match[str]) -> re.Match[str] | None:
    """The number said right after a word, in figures or in words ("p 9", "p eight")."""
    following = _following(words, word)
    return following if following is not None and _digits(following.group(0)).isdigit() else None


def _letter_after(words: list[re.Match[str]], number: re.Match[str]) -> re.Match[str] | None:
    """The single letter typed right after a number ("254 b"), else None."""
    following = _following(words, number)
    if following is None or len(following.group(0)) != 1 or not following.group(0).isalpha():
        return None
    return following


def _series_endings(rooms: list[Room]) -> list[tuple[str, str]]:
    """Rooms named by one word that three or more begin alike ('Trollfeltet', 'Trollheimen',
    'Trollveggen'…, SQLSaturday Oslo 2017's), each by what follows: "veggen", "heimen"."""
    by_start: dict[str, list[tuple[str, str]]] = {}
    for room in rooms:
        name = tokens(room.name)
        if len(name) == 1 and name[0].isalpha() and len(name[0]) >= 8:
            by_start.setdefault(name[0][:4], []).append((name[0], room.id))
    endings: list[tuple[str, str]] = []
    for named in by_start.values():
        if len(named) >= 3:
            columns = zip(*(word for word, _ in named), strict=False)
            start = next((i for i, letters in enumerate(columns) if len(set(letters)) > 1), 0)
            endings += [(word[start:], room_id) for word, room_id in named if len(word) - start >= 4]
    return endings


def _lead_code(name: str) -> str | None:
    """A short code before a dash or a colon that says what the room holds: 'T5 - BI/BA' is "t5",
    "t 5"."""
    found = _LEAD_CODE.match(fold(name))
    return found.group(1) + found.group(2) if found else None


_LEAD_CODE = kept(r"([a-z]{1,3})\s?(\d{1,3})\s*[-–—:]\s*\w")


def _tail_code(name: str) -> str | None:
    """The code a name ends with, as one word: 'Central Library Room 0-13' → 013 (typed "salle
    014", "la 0-14"); a code has digits on both sides of a dash or a dot, is letters and a
    number alone after " - " ('702 - OF2'), or a number and its capitals ('MB 9C', 'Mile High
    Ballroom 1AB')."""
    last = _BRACKETS.sub(" ", name).split()[-1:] or [""]
    # "0-13", "-1.354"; DEF CON 2024's halls, "HW3-06-01"
    if re.fullmatch(r"-?[A-Za-z]{0,2}\d+(?:[-.]\d+)+[A-Za-z]?", last[0]):
        return "".join(_TOKEN.findall(fold(last[0])))
    # A number and its capitals ending a name: "9c" for ACM FSE 2026's 'MB 9C', "1ab" for the APS
    # summit's 'Convention Center, Mile High Ballroom 1AB'.
    if len(name.split()) >= 2 and re.fullmatch(r"\d{1,3}[A-Z]{1,2}", last[0]):
        return fold(last[0])
    # A code of its own after a dash: "of2" for FISL's '702 - OF2'.
    after_dash = name.rsplit(" - ", 1)[1:]
    if after_dash and re.fullmatch(r"[A-Za-z]{1,3}\d{1,3}[A-Za-z]?", after_dash[0].strip()):
        return fold(after_dash[0].strip())
    return None


def _without_letters(code: str) -> str:
    """A code without the letters that end it: "113m" → "113"."""
    return code.rstrip(ascii_lowercase)


def _numbered(name: str) -> tuple[tuple[str, ...], str] | None:
    """'Salle 3' → (('salle',), '3'), 'Breakout Room 1 (146)' → (('breakout', 'room'), '1'),
    '2. SentryOne (SF)' → (('room',), '2') (a room numbered in a list, said "sala 2"),
    'Amphithéâtre 1600' → (('amphitheatre',), '1600'), 'Lecture room M1' → (('lecture', 'room'),
    'm1'), 'Saal G' → (('saal',), 'g'); 'Workshop B' → None."""
    listed = _LISTED.match(name)
    if listed:
        return _A_ROOM, listed.group(1)
    parts = tokens(_BRACKETS.sub(" ", name))
    # A word for a room run into its number: 'ROOM2', 'AMPHI1' (MiXiT 2023's), "salle 2".
    joined = _NOUN_AND_NUMBER.fullmatch(parts[0]) if len(parts) == 1 else None
    if joined and joined.group(1) in ROOM_NOUNS:
        return (joined.group(1),), joined.group(2)
    # '411 Theatre' beside 'Room 411' (SIGGRAPH 2026's): its number first, "el teatro 411".
    if len(parts) == 2 and parts[0].isdigit() and (parts[1] in ROOM_NOUNS or parts[1] in ROOM_NAME_WORDS):
        return (parts[1],), parts[0]
    # 'L1 Meeting Room No. 8', 'Room number 7': the floor's code before, "No." before the number.
    if len(parts) >= 3 and parts[-2] in _NUMBER_SIGNS:
        parts = [*parts[:-2], parts[-1]]
    if len(parts) >= 3 and _LEVEL.fullmatch(parts[0]):
        parts = parts[1:]
    # 'West Wing Room 4 B': room "4b", as "sala 4b" says it.
    if len(parts) >= 3 and parts[-2].isdigit() and len(parts[-1]) == 1 and parts[-1].isalpha():
        parts = [*parts[:-2], parts[-2] + parts[-1]]
    # 'Room 4 English', 'Hall 2 North': a word for a room, its number, then what it is ("room 4").
    qualifier = parts[2:]
    if (
        3 <= len(parts) <= 4
        and parts[0] in ROOM_NOUNS
        and parts[1].isdigit()
        and not any(_has_digit(part) or part in ROOM_NOUNS for part in qualifier)
    ):
        return (parts[0],), parts[1]
    ordinal = _ORDINAL.fullmatch(parts[0]) if len(parts) >= 2 else None
    if ordinal and parts[-1] in ROOM_NOUNS and not any(_has_digit(part) for part in parts[1:]):
        return tuple(parts[1:]), ordinal.group(1)  # '1st Conference Room (R1)': "room 1", "salle 1"
    last = parts[-1] if parts else ""
    # A number, or a short one with a letter: "Lecture room M1", "Hall 2B"; or a letter right
    # after a word for a room: "Saal G", "SoS Saal E", "Hall LL" (typed "salle g", "in ll").
    lettered = _letter_code(last) and len(parts) >= 2 and parts[-2] in ROOM_NOUNS
    numbered = lettered or last.isdigit() or (len(last) <= 4 and _has_digit(last) and not last.isdigit())
    if 2 <= len(parts) <= 4 and numbered and not any(_has_digit(part) for part in parts[:-1]):
        return tuple(parts[:-1]), last
    if len(parts) > 4 and numbered and parts[-2] in ROOM_NOUNS:
        return (parts[-2],), last  # "Workshops and Loop-Cinema - Room 103": room 103
    return None


_MEMBER = kept(r"([a-z]+)0*(\d+)([a-z]?)")
_NOUN_AND_NUMBER = kept(r"([a-z]{3,})(\d{1,4})")
_ASKING_NEXT = frozenset(phrase for phrase in NEXT_PHRASES if " " not in phrase)  # "next", "suivant"
_LISTED = kept(r"\s*(\d{1,2})[.)]\s+[^\W\d]")  # '1. Snowflake (Placer)': the list's room 1
_NUMBER_SIGNS = frozenset({"no", "nr", "nro", "num", "number", "numero"})  # "Room No. 8"
_LEVEL = kept(r"[lfe]\d")  # a floor's code before a name: 'L1 Meeting Room No. 8'
_ORDINAL = kept(r"(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|o|a)")  # "1st", "2nd", "1er", "2e", "3º"


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_ROMAN_FORM = kept(r"(?=[ivxl])(l?)(x{0,3})(ix|iv|v?i{0,3})")


def _roman(word: str) -> int | None:
    """ "xii" → 12, "iv" → 4; None for anything else (the numbers a room series uses, to 89)."""
    if not _ROMAN_FORM.fullmatch(word):
        return None
    total = 0
    for letter, after in zip(word, [*word[1:], ""], strict=True):
        value = _ROMAN[letter]
        total += -value if after and _ROMAN[after] > value else value
    return total


_JOINED_MARKS = kept(r"(.+?)\s+([A-Za-z](?:/[A-Za-z])+)")


def _series(
    rooms: list[Room], reading: Callable[[str], str | None]
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The rooms whose names end with a mark `reading` reads (a letter, a Roman numeral) after
    the same words, by what it reads, where two marks or more follow those words: a series."""
    by_words: dict[tuple[str, ...], dict[str, str]] = {}
    for room in rooms:
        names = (room.name, *room.aliases)
        sides = [side for printed in names for side in _sides(_BRACKETS.sub(" ", printed))]
        numberless = [part for printed in names if (part := _numberless(_BRACKETS.sub(" ", printed)))]
        for name in (*names, *sides, *numberless):
            # Marks joined by a slash are each the room's: 'Hogan Suite B/C' beside 'Hogan Suite A'
            # (CCSCNE 2015's) is "suite b" and "suite c".
            unbracketed = _BRACKETS.sub(" ", name).strip()
            joined = _JOINED_MARKS.fullmatch(unbracketed)
            spelt = (
                [f"{joined.group(1)} {mark}" for mark in joined.group(2).split("/")]
                if joined
                else [unbracketed]
            )
            for each in spelt:
                parts = tokens(each)
                mark = (
                    reading(parts[-1]) if len(parts) >= 2 and not any(map(_has_digit, parts[:-1])) else None
                )
                if mark is not None:
                    by_words.setdefault(tuple(parts[:-1]), {})[mark] = room.id
    series: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for printed, marked in by_words.items():
        if len(marked) >= 2:
            for mark, room_id in marked.items():
                series.setdefault(mark, []).append((printed, room_id))
    return series


def _seconds(rooms: list[Room]) -> dict[tuple[str, int], str]:
    """Rooms numbered in Roman numerals beside one of the same words with none, by that one and
    the number: 'Campfire II' beside 'Campfire' (Bitcamp 2018's) is (campfire's id, 2)."""
    parts_of = {room.id: tuple(tokens(_BRACKETS.sub(" ", room.name))) for room in rooms}
    plain = {parts: room_id for room_id, parts in parts_of.items()}
    found: dict[tuple[str, int], str] = {}
    for room_id, parts in parts_of.items():
        value = _roman(parts[-1]) if len(parts) >= 2 else None
        first = plain.get(parts[:-1])
        if value is not None and value >= 2 and first is not None and first != room_id:
            found[(first, value)] = room_id
    return found


def _numbered_second(rooms: list[Room], seconds: Mapping[tuple[str, int], str]) -> list[tuple[str, str]]:
    """'Campfire II' beside 'Campfire' (`seconds`) is "campfire 2", the other "campfire 1"."""
    names = {room.id: " ".join(tokens(_BRACKETS.sub(" ", room.name))) for room in rooms}
    found: list[tuple[str, str]] = []
    for (first, value), room_id in seconds.items():
        found += [(f"{names[first]} {value}", room_id), (f"{names[first]} 1", first)]
    return found


def _blanked_between(words: list[re.Match[str]], position: int, text: str) -> bool:
    """Whether words were taken out (blanked: a time read) between a word and the one before."""
    return len(text[words[position - 1].end() : words[position].start()]) > 2


def _letter_code(word: str) -> bool:
    """A letter, or one written twice, that codes a room: 'Saal G', 'Hall LL'."""
    return word.isalpha() and (len(word) == 1 or (len(word) == 2 and word[0] == word[1]))


def _numbered_parts(name: str) -> list[tuple[tuple[str, ...], str]]:
    """The numbered rooms a name says it is: 'Salle 3' → 3, 'Table 19 & 20' → 19 and 20; of a name
    in two languages and levels, each part that is ("Ebene 1, Raum 1 / First Floor, Room 1": Raum 1
    and Room 1, not the level's number). A list of rooms ("Room 2, Room 3") is no "Room 7"."""
    if " · " in name:
        # 'Collegezaal 4 (Lecture room 4) · building G': the room is the first part ("salle 4",
        # "lecture room 4"), where it is; 'Foyer · Collegezaal 4, building G' is a foyer.
        first = name.split(" · ")[0]
        inner = [_numbered(a or b) for a, b in _BRACKETS.findall(first)]
        return [*_numbered_parts(first), *(numbered for numbered in inner if numbered)]
    joined = re.fullmatch(r"(\D+?)\s*(\d+)\s*(?:&|and|/|\+)\s*(\d+)", _BRACKETS.sub(" ", name).strip())
    if joined:
        # "Office Hours Table 19 & 20": tables 19 and 20 ("la mesa 19", "table 20").
        printed = tuple(tokens(joined.group(1)))
        return [(printed, joined.group(2)), (printed, joined.group(3))]
    if " / " not in name and (" - " in name or "," in name):
        # 'HIP - Track 2 - Room 2': "hip track 2" and "room 2", each part that is numbered;
        # 'Hall B5 (1), B Block, Level 5': "hall b5".
        pieces = [_numbered(piece.strip()) or _letter_alone(piece) for piece in re.split(r" - |,", name)]
        room_nouns = _ANY_ROOM_NOUN
        said_so = [piece for piece in pieces if piece and any(noun in room_nouns for noun in piece[0])]
        if "," in name and len(said_so) > 1:
            said_so = []  # "Arena, Room 8, Room 5, Room 6": a list of rooms is none of them
        if not said_so and "," not in name and len(pieces) == 2:
            # "Panels 1 - Hyatt Regency E" (AnimeNEXT's): what it is for and where, either numbered.
            said_so = [piece for piece in pieces if piece]
        whole = _numbered(name) if "," not in name else None  # 'Aulario III - 4 - (0.030)': aula 4
        return list(dict.fromkeys([*said_so, *([whole] if whole else [])]))
    if " / " not in name:
        # "Node-server-side (Room 104)", "Advanced JS (Ballroom D)" (Connect.Tech 2017's): the room
        # its brackets name, "sala ciento cuatro", "salon D".
        inside = [_numbered(a or b) for a, b in _BRACKETS.findall(name)]
        held = [found for found in inside if found and any(noun in ROOM_NOUNS for noun in found[0])]
        if held and not _numbered(name):
            return held
        if "," not in name and not _numbered(name):
            return _last_numbered(name)
        if "," in name or not (numbered := _numbered(name)):
            return []
        # 'Raum F (Workshop)' is also "workshop f", "atelier f": the word in brackets says its kind;
        # 'Room 1700 (Track 3)' (BSides Vancouver 2024's) is also "la piste 3".
        said = [tuple(tokens(a or b)) for a, b in _BRACKETS.findall(name)]
        kinds = [(words, numbered[1]) for words in said if len(words) == 1 and words[0].isalpha()]
        return [numbered, *held, *kinds]
    parts = [part.strip() for half in name.split(" / ") for part in half.split(",")]
    found = [_numbered(part) for part in parts]
    nouns = _ANY_ROOM_NOUN
    return [numbered for numbered in found if numbered and any(noun in nouns for noun in numbered[0])]


def _letter_alone(piece: str) -> tuple[tuple[str, ...], str] | None:
    """A part of a name that is a room's letter alone: 'Olivier MANSOUR - G' (Forum PHP 2025's
    rooms, named after a person, then lettered) is "salle G", "room G"."""
    parts = tokens(piece)
    return (_A_ROOM, parts[0]) if len(parts) == 1 and len(parts[0]) == 1 and parts[0].isalpha() else None


def _last_numbered(name: str) -> list[tuple[tuple[str, ...], str]]:
    """A name that ends with a word and a number after another number: 'BST 48 Pool 002' is "pool
    2" (and "pool 002"); not a building's abbreviation ('SR2.401 Geb. 227' is no "geb 227")."""
    parts = tokens(_BRACKETS.sub(" ", name))
    if len(parts) < 3 or not parts[-1].isdigit() or not parts[-2].isalpha() or parts[-2] in STOPWORDS:
        return []
    if not any(part.isdigit() for part in parts[:-2]) or re.search(r"\w\.\s*\d+\W*$", name):
        return []
    word = (parts[-2],)
    return list(dict.fromkeys([(word, parts[-1]), (word, str(int(parts[-1])))]))


def _members(name: str) -> tuple[str, ...]:
    """The rooms a name joins, each as its code without leading zeros: 'B05/B06' → (b5, b6),
    'C01, B09' → (c1, b9), 'B09' → (b9); in a name of words, its codes of four characters or more:
    'Belfer Case Study Room (CGIS S020)' → (s20)."""
    parts = tokens(name)
    matches = [_MEMBER.fullmatch(part) for part in parts]
    if parts and all(matches) and not re.search(r"[^\w\s/,+&]", fold(name)):
        return tuple(f"{m.group(1)}{m.group(2)}{m.group(3)}" for m in matches if m)
    # A code after a word for a room: 'Room B05' is "b5", "b05", "la b cinco" as 'B05' is.
    coded = [part for part in parts if part not in ROOM_WORDS]
    if len(coded) == 1 and len(parts) == 2 and (m := _MEMBER.fullmatch(coded[0])) and not coded[0].isdigit():
        return (f"{m.group(1)}{m.group(2)}{m.group(3)}",)
    return tuple(
        f"{m.group(1)}{m.group(2)}{m.group(3)}"
        for part, m in zip(parts, matches, strict=True)
        if m and len(part) >= 4
    )


def _letter_and_number(name: str) -> tuple[str, ...]:
    """A letter and a number ending a name, as one code: 'Saal X 07' → (x7,), typed "x07"."""
    parts = tokens(name)
    if len(parts) >= 2 and len(parts[-2]) == 1 and parts[-2].isalpha() and parts[-1].isdigit():
        return (f"{parts[-2]}{int(parts[-1])}",)
    return ()


def _code_letters(name: str) -> tuple[str, ...]:
    """A code with its letters after it, as they are typed: 'W224 D Workshop Room' → w224 d,
    w224d, 224 d, 224d; 'W221 A/B Keynote' → the same for a and for b."""
    parts = tokens(_BRACKETS.sub(" ", name))
    if len(parts) < 2 or not re.fullmatch(r"[a-z]{0,2}\d{2,}", parts[0]):
        return ()
    letters = []
    for part in parts[1:]:
        if len(part) != 1 or not part.isalpha():
            break
        letters.append(part)
    number = parts[0].lstrip("abcdefghijklmnopqrstuvwxyz")
    return tuple(
        form
        for letter in letters
        for code in dict.fromkeys((parts[0], number))
        for form in (f"{code} {letter}", f"{code}{letter}")
    )


def _number_letters(name: str) -> tuple[str, ...]:
    """A number with its letters, as they are typed: "513cd", "513 c d" for '513 cd'; "210ef",
    "210 ef" for 'Level 2 room 210 E,F'; "210 d" for '210D' (NIPS 2015's); "3b" for '03B'."""
    parts = tokens(_BRACKETS.sub(" ", name))
    for i, part in enumerate(parts):
        joined = re.fullmatch(r"(\d{2,})([a-z]{1,3})", part)  # '210D' typed "210 d"
        if joined:
            number, letters = joined.groups()
            for after in parts[i + 1 :]:  # '201B+C': "201 b c", not '201B's "201 b" (a letter, "c" too)
                if not (after.isalpha() and len(after) == 1):
                    break
                letters += after
        elif part.isdigit() and len(part) >= 2:
            number, letters = part, ""
            for after in parts[i + 1 :]:
                if not (after.isalpha() and len(after) <= 3 and after not in STOPWORDS):
                    break
                letters += after
        else:
            continue
        if 1 <= len(letters) <= 3:
            # "3b" for '03B' too (ISMB 2025's rooms): a leading zero is seldom typed.
            numbers = dict.fromkeys((number, number.lstrip("0") or "0"))
            plus = "+".join(letters)  # '201B+C' typed "201b+c"
            return tuple(
                dict.fromkeys(
                    form
                    for said in numbers
                    for form in (
                        f"{said}{letters}",
                        f"{said} {letters}",
                        f"{said} {' '.join(letters)}",
                        *((f"{said} {plus}", f"{said}{plus}") if len(letters) > 1 else ()),
                    )
                )
            )
    return ()


def _words_joined(name: str) -> tuple[str, ...]:
    """A name's words typed as one, its words for a room aside: "bitrate" for 'Bit Rate's Stage',
    "egaming" for 'E-Gaming' (PonyFest's)."""
    kept = [word for word in tokens(_BRACKETS.sub(" ", name)) if word not in ROOM_WORDS and word != "s"]
    joined = "".join(kept)
    return (joined,) if 2 <= len(kept) <= 3 and joined.isalpha() and len(joined) >= 5 else ()


def _floor_and_number(name: str) -> tuple[str, ...]:
    """A room's number after its floor's, as signs write them: "6-604", "6 604" for 'Floor 6 -
    604' (MozFest 2016's)."""
    said = re.fullmatch(r"\s*[^\W\d]+\s+(\d{1,2})\s*[-–|/:]\s*(\d{2,4}[a-z]?)\s*", _BRACKETS.sub(" ", name))
    return (f"{said.group(1)} {said.group(2).lower()}",) if said else ()


def _first_letter_apart(name: str) -> tuple[str, ...]:
    """A word of the name typed with its first letter apart: "b-sides", "b sides" for 'Bsides
    Madrid' (X-Ops Madrid 2025's), "e book" for 'Ebook Corner'."""
    return tuple(
        f"{word[0]} {word[1:]}"
        for word in tokens(_BRACKETS.sub(" ", name))
        if word not in ROOM_WORDS and word.isalpha() and len(word) >= 5
    )


def _noun_joined_to_letter(name: str) -> tuple[str, ...]:
    """A word for a room and its letter typed as one: "hallb" for 'Hall B', "salleA" for 'Salle A'."""
    said = tokens(_BRACKETS.sub(" ", name))
    if len(said) == 2 and said[0] in ROOM_NOUNS and len(said[1]) == 1 and said[1].isalpha():
        return ("".join(said),)
    return ()


def _word_joined_to_number(name: str) -> tuple[str, ...]:
    """A short word and a number with a dot typed as one code: "fs002", "fs0.02" for 'FS 0.02',
    "sem408" for 'Sem 4.08' (Linuxwochen Wien 2015's)."""
    joined = re.fullmatch(r"\s*([A-Za-z]{2,4})\s+(\d{1,2})\.(\d{2,3})\s*", _BRACKETS.sub(" ", name))
    if not joined:
        return ()
    word, before, after = (part.lower() for part in joined.groups())
    return (f"{word}{before}{after}", f"{word}{before} {after}")


def _number_said(name: str) -> tuple[str, ...]:
    """A name ending in a small number with the number said in words, and a code of three letters
    or more and a number with a space: "mont blanc four", "mc tres" for 'Mont Blanc 4', 'MC3'
    (SnowCamp's, Devoxx Greece's); "sql 95" for 'SQL95' beside a room 'SQL' (SQLSaturday Mexico's).
    The one-words that are also articles ("un", "una") are left: "the mont blanc one"."""
    words = tokens(_BRACKETS.sub(" ", name))
    coded = re.fullmatch(r"([a-z]{2,5})(\d{1,3})", words[-1]) if words else None
    if coded:
        head, number = [*words[:-1], coded.group(1)], coded.group(2)
    elif len(words) >= 2 and words[-1].isdigit() and not any(map(_has_digit, words[:-1])):
        head, number = words[:-1], words[-1]
    else:
        return ()
    said = [f"{' '.join(head)} {word}" for word in _NUMBER_WORDS.get(int(number), ())]
    if coded and int(number) == 1:
        # A code's letters then "uno", "un": "rc uno" for 'rC1' (no article follows letters so).
        said += [f"{' '.join(head)} {word}" for word in _ONE_ARTICLES]
    spaced = [f"{' '.join(head)} {number}"] if coded and len(coded.group(1)) >= 3 else []
    return (*said, *spaced)


# Each small number's words, without the articles that are also "one".
_ONE_ARTICLES = ("un", "une", "uno", "una")
_NUMBER_WORDS: dict[int, tuple[str, ...]] = {}
for _word, _value in NUMBERS_IN_WORDS.items():
    if _value <= 20 and _word not in _ONE_ARTICLES:
        _NUMBER_WORDS[_value] = (*_NUMBER_WORDS.get(_value, ()), _word)


def _letter_series(name: str) -> tuple[str, ...]:
    """The letters of rooms opened into one, ending a name, as they are typed: "abc", "a b c" for
    'Grand Peninsula A,B,C'; "fg", "f and g", "f et g", "f y g" for '… F&G' (GraphQLConf 2023's,
    beside 'Grand Peninsula F' and 'G')."""
    floorless = _FLOOR_AFTER.sub("", _BRACKETS.sub(" ", name))
    joined = re.search(r"(?<![\w&,/+-])([A-Za-z](?:\s*[,&/+-]\s*[A-Za-z])+)\s*$", floorless)
    if not joined:
        return ()
    letters = [letter.lower() for letter in re.findall(r"[A-Za-z]", joined.group(1))]
    head, last = " ".join(letters[:-1]), letters[-1]
    return ("".join(letters), " ".join(letters), *(f"{head} {word} {last}" for word in AND_WORDS))


def _last_part(name: str) -> str:
    """The last of a name's parts written "Venue | Floor | Room", as words, when it has two or more
    ("lafite 1", "oceanside b"); '' for other names."""
    parts = name.split(" | ")
    said = tokens(parts[-1]) if len(parts) >= 2 else []
    return " ".join(said) if len(said) >= 2 else ""


def _bracketed_code(name: str) -> tuple[str, ...]:
    """A letter and a number ending what a name says in brackets, typed alone: "g1" for 'Session
    Room (Hall G1)' (DrupalCon Vienna's); a part and its letter: "salon a"."""
    found = []
    for a, b in _BRACKETS.findall(name):
        inside = tokens(a or b)
        if inside and re.fullmatch(r"[a-z]\d{1,2}", inside[-1]):
            found.append(inside[-1])
        # The rooms a hall joins, each by its name: "salon a" for 'Centennial Hall (Salon A/Salon
        # B)' (SIGCOMM 2017's).
        for part in (a or b).split("/"):
            said = tokens(part)
            if len(said) == 2 and len(said[1]) == 1 and len(said[0]) >= 4:
                found.append(" ".join(said))
    return tuple(found)


def _parts_swapped(name: str) -> tuple[str, ...]:
    """A name of two parts said the other way round: "5th floor foyer" for 'Foyer - 5th floor'
    (NIPS 2015's)."""
    parts = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", _BRACKETS.sub(" ", name).strip())
    if not parts:
        return ()
    swapped = " ".join((*tokens(parts.group(2)), *tokens(parts.group(1))))
    return (swapped,) if len(swapped.split()) >= 2 else ()


def _placed_parts(name: str) -> list[tuple[str, ...]]:
    """The words of each part of a name that places a room inside a bigger one: 'Hall 7 | Room A'
    → [('hall', '7'), ('room', 'a')], typed either way round ("salle A du hall 7"); none for a name
    joining rooms ("Room F + Room G") or of one part."""
    if "+" in name or "&" in name:
        return []
    parts = [tuple(tokens(part)) for part in re.split(r" \| |, | [-–] ", _BRACKETS.sub(" ", name))]
    return parts if len(parts) >= 2 and all(parts) else []


def _part_pattern(words: tuple[str, ...], nouns: str) -> re.Pattern[str]:
    """A part of a name as typed: its words, or a word for a room and its mark in any language
    ("salle a", "sala a" for 'Room A'), or the two run together ("hall7")."""
    forms = [re.escape(" ".join(words))]
    if len(words) == 2 and words[0] in ROOM_NOUNS:
        mark = re.escape(words[1])
        forms += [rf"(?:{nouns}) {mark}", re.escape(words[0]) + mark]
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(forms) + r")(?![a-z0-9])")


def _joined_letters(name: str) -> tuple[str, ...]:
    """The letters of rooms joined into one ending a name, typed apart: "ballroom d/e" for
    'Ballroom DE' (Ballrooms D and E opened into one)."""
    joined = re.fullmatch(r"(.*\S)\s+([A-Z]{2,3})", _BRACKETS.sub(" ", name).strip())
    if not joined:
        return ()
    return (" ".join((*tokens(joined.group(1)), *joined.group(2).lower())),)


def _number_range(name: str) -> tuple[str, ...]:
    """Rooms joined into one named by both numbers, typed with any word for a room: "sala 1-2",
    "salle 1-2" for 'Talk Room 1-2' (its words kept too: "talk room 1-2"); "salon 5-6" for 'San
    Jose Ballroom Salon 5 & 6' (US-RSE'26's: its last word for a room with the numbers)."""
    joined = re.fullmatch(
        r"(.*\S)\s+(\d+)\s*(?:[-&/+]|and|et|y|und)\s*(\d+)", _BRACKETS.sub(" ", name).strip()
    )
    if not joined or "," in joined.group(1):  # a list of rooms ('Hall C, …, Room 310/311') is none
        return ()
    printed = tokens(joined.group(1))
    nouns = [word for word in printed if word in _ANY_ROOM_NOUN]
    if not nouns:
        return ()
    numbers = f"{joined.group(2)} {joined.group(3)}"
    return tuple(f"{words} {numbers}" for words in sorted({" ".join(printed), nouns[-1], *CHAMBER_NOUNS}))


def _initials(name: str) -> tuple[str, ...]:
    """The initials of a name of three words or more that are no words for a room: "ccmc" for
    'Chaos Computer Music Club', "ssi" for 'The Software Sustainability Institute Room'; or of
    three words with its word for a room: "hhv" for 'Hardware Hacking Village' (CCCamp 2023's)."""
    named = [part for part in tokens(_BRACKETS.sub(" ", name)) if part not in STOPWORDS]
    found = []
    for parts in ([part for part in named if part not in ROOM_WORDS], named):
        if len(parts) >= 3 and not any(_has_digit(part) for part in parts):
            found.append("".join(part[0] for part in parts))
    return tuple(dict.fromkeys(found))


def _initials_and_number(name: str) -> tuple[str, ...]:
    """The initials of a name's words and its number, as people write them: "gb3" for 'Grand
    Ballroom III' (DjangoCon US 2024's), "lh2" for 'Lecture Hall 2'."""
    parts = [part for part in tokens(_BRACKETS.sub(" ", name)) if part not in STOPWORDS]
    if len(parts) < 3 or not all(part.isalpha() for part in parts[:-1]):
        return ()
    number = parts[-1] if parts[-1].isdigit() else str(_roman(parts[-1]) or "")
    if not number or number == "0":
        return ()
    return ("".join(part[0] for part in parts[:-1]) + number,)


_ROOM_NAME_PARTS = ROOM_NAME_WORDS.keys() | ROOM_NOUNS  # what a run-together name may be made of


def _run_together_parts(word: str) -> tuple[str, ...]:
    """The two words a name's word runs together when both are words of rooms' names: 'mainhall'
    → (main, hall), typed "la sala principal" (the Linux Audio Conference 2018's room); () else."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in _ROOM_NAME_PARTS and tail in _ROOM_NAME_PARTS:
            return head, tail
    return ()


def _other_forms(word: str, ideas: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """A word of a room's name in every language: a colour or what rooms are for (the lexicon's
    `[room_names]`), or a topic ("sala de educación" for an "Education Room"); empty for others."""
    if word in ROOM_NAME_WORDS:
        return ROOM_NAME_WORDS[word]
    if len(word) >= 5 and word in ideas and word not in ROOM_WORDS:
        return frozenset(form for form in ideas[word] if len(form) >= 5)
    if len(word) == 2 and word in ideas:
        # A short form's others: 'AI Village' (CactusCon 2024's) is "la aldea de IA".
        return frozenset(form for form in ideas[word] if len(form) == 2 or len(form) >= 5)
    return frozenset()


# The name words the lexicon gives only after a word for a room, as they are typed ("salle est",
# "sala este": "est" alone is "est-ce que…"), by that word: "est" → east's forms.
_NOUNED_NAME_WORDS = {
    parts[1]: forms
    for phrase, forms in ROOM_NAME_WORDS.items()
    if len(parts := phrase.split()) == 2 and parts[0] in ROOM_NOUNS and parts[1] not in ROOM_NAME_WORDS
}


def _after_a_noun(pair: tuple[str, str]) -> frozenset[str]:
    """A name's word beside a word for a room, as typed after one: 'Est Room' (Wikimania 2026's)
    is "la salle est", "la sala este"."""
    first, second = pair
    if second in ROOM_NOUNS:
        return _NOUNED_NAME_WORDS.get(first, frozenset())
    if first in ROOM_NOUNS:
        return _NOUNED_NAME_WORDS.get(second, frozenset())
    return frozenset()


def _named_for_its_kind(name: str) -> list[str]:
    """The kind's words of a room named for the kind of session it holds and nothing else
    ('Workshops', 'Track 2 - Panels and Workshops'), not of one a word of its own names ('Online
    Workshops' is "la salle des ateliers en ligne")."""
    words = tokens(name)
    kinds = [word for word in words if word in KIND_ROOM_WORDS]
    own = [
        word
        for word in words
        if word not in KIND_ROOM_WORDS
        and word not in ROOM_NOUNS
        and word not in STOPWORDS
        and not word.isdigit()
        and len(word) > 1
    ]
    return [] if own else kinds


def _code_head(name: str) -> str | None:
    """The first word of a code in a name or its brackets, when it has letters and digits:
    'Breakout Room 3 (E59-1)' → e59 (typed "salle E59")."""
    for part in (name, *(a or b for a, b in _BRACKETS.findall(name))):
        first = tokens(part)[:1]
        if first and len(first[0]) >= 3 and _has_digit(first[0]) and not first[0].isdigit():
            return first[0]
    return None


# The words of kinds of sessions a room may be named for ("taller", "workshop"); not a meal's.
_SESSION_KIND_WORDS = frozenset(
    fold(word) for kind, words in KIND_WORDS.items() if kind not in PAUSE_KINDS for word in words
)
# Words that say a room's size ("mini", "petite", "small"): the room a word for a room names alone
# is not the one they qualify.
_SIZE_WORDS = ROOM_NAME_WORDS.get("little", frozenset()) | ROOM_NAME_WORDS.get("big", frozenset())
# Words of questions and kinds of session: never a room's name shortened after "in", "à".
_NEVER_SHORTENED = FILLER_WORDS | _SESSION_KIND_WORDS


def _noun_fits(typed: str, printed: str) -> int:
    """How well a typed word stands for a numbered room's word: 3 as printed, 2 abbreviated or
    misspelt ("amphi", "anfiteatro" for "amphitheatre", "hal" for "hall"), 1 any word for a room."""
    if typed == printed:
        return 3
    if typed in STOPWORDS:  # "during the two days" is no 'Theater 2'; "sala sur 2a" is 'South Hall 2A'
        return 2 if typed in ROOM_NAME_WORDS.get(printed, ()) else 0
    if len(typed) >= 3 and (printed.startswith(typed) or fuzz.ratio(typed, printed) >= 75):
        return 2
    if _abbreviates(typed, printed) or _abbreviates(printed, typed):
        return 2  # "union sq 11" for 'Union Square 11', "ballroom 253" for 'Portland BR 253'
    if _shortens_a_room_noun(printed) and typed.startswith(printed):
        return 2  # "the auditorium" for 'D.AUD'
    if any(typed in words and printed in words for words in KIND_FOLDED.values()):
        return 2  # "taller 2", "atelier 2" for "Workshop 2": the same kind of room in another language
    if typed in CHAMBER_NOUNS and printed in CHAMBER_NOUNS:
        return 2  # "salle", "sala", "room" for a "Saal"
    if typed in TRACK_WORDS and printed in TRACK_WORDS:
        return 2  # "la piste 3", "la pista 4" for 'Room 1700 (Track 3)'
    if typed in ROOM_NAME_WORDS.get(printed, ()):
        return 2  # "terraza 2a" for "Terrace 2A", "sala sur 2a" for "South Hall 2A"
    if typed in ROOM_NOUNS:
        return 1
    return 0


@cache
def _shortens_a_room_noun(word: str) -> bool:
    """Whether a name's word is the start of a longer word for a room: "aud" of Config Management
    Camp's 'D.AUD' ("the auditorium")."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in STOPWORDS  # 'B.CON' is no "con" of Spanish
        and any(len(noun) > len(word) + 2 and noun.startswith(word) for noun in ROOM_NOUNS)
    )


def _abbreviates(typed: str, printed: str) -> bool:
    """Whether two letters shorten a long word as addresses do: its first letter and one of its
    consonants after ("sq" for "square", "br" for "ballroom"); a little word never does ("de",
    "la")."""
    return (
        len(typed) == 2
        and len(printed) >= 4
        and typed.isalpha()
        and typed not in STOPWORDS
        and typed not in PLACE_WORDS
        and typed[0] == printed[0]
        and typed[1] not in "aeiouy"
        and typed[1] in printed[1:]
    )


def capital_code(code: str) -> str:
    """How a room's code typed in capitals is written for the finder: a word no message has."""
    return f"roomcode{code.lower()}"


def core(parts: Iterable[str]) -> str:
    """A room name without the words every room name has ("salle", "room", "de"); a letter stays,
    stop word or not: it tells 'Sandbox Dome C' from 'Sandbox Dome E'."""
    return " ".join(t for t in parts if t not in ROOM_WORDS and (t not in STOPWORDS or len(t) == 1))


def alternation(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words; earlier phrases win where several start at one place."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])")


class RoomFinder:
    """The rooms of one programme, ready to be found in messages."""

    def __init__(
        self,
        rooms: Iterable[Room],
        city: str = "",
        one_place: Callable[[tuple[str, ...]], bool] = lambda ids: False,
        main_room: str | None = None,
        sessions_held: Mapping[str, int] | None = None,
    ) -> None:
        """`one_place` says whether rooms whose names give the same place before a track are that
        one place used for a track a day (their sessions never overlap), not rooms of one venue.
        `main_room` is the room that holds nearly every session, when one does; `sessions_held`, how
        many sessions each room holds, when known."""
        rooms = [_numbered_first(room) for room in rooms]
        self.main_room = main_room
        # Rooms that are one place under each day's track ("Golden Gate Ballroom B: Workshops",
        # "…: GraphRAG", "…: Evals"): a question picks the one holding sessions then
        # (ProgrammeIndex.room_then). A place of several rooms of one venue names none of them.
        places: dict[str, list[str]] = {}
        for room in rooms:
            place = _place(room.name)
            if place:
                places.setdefault(" ".join(tokens(place)), []).append(room.id)
        groups = [tuple(ids) for ids in places.values() if len(ids) == 1 or one_place(tuple(ids))]
        self.same_place = {room_id: ids for ids in groups if len(ids) > 1 for room_id in ids}
        placed = {room_id for ids in groups for room_id in ids}
        phrases: dict[str, str] = {}  # folded phrase → room id; the first room to claim one keeps it
        derived: list[tuple[str, str]] = []  # phrases made from a name's parts or initials → room id
        claimed: dict[str, set[str]] = {}  # folded phrase → every room claiming it
        self.codes: dict[str, str] = {}  # 'aw1120' → room id
        # Each name's closing code, read once: "1.13m" of 'CUST 1.13M', and how many share it bare.
        closing_codes = {name: _tail_code(name) for room in rooms for name in (room.name, *room.aliases)}
        last_parts = Counter(
            part
            for part in {_last_part(name) for room in rooms for name in (room.name, *room.aliases)}
            if part
        )
        tail_rooms = Counter(
            tail
            for room in rooms
            for tail in {closing_codes[name] for name in (room.name, *room.aliases)}
            if tail
        )
        bare_tails = Counter(
            _without_letters(tail)
            for room in rooms
            for name in (room.name, *room.aliases)
            if (tail := closing_codes[name]) and _without_letters(tail) != tail
        )
        self.numbered: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # '3' → [(('salle',), room id)]
        heads: dict[str, set[str]] = {}  # 'e59' → the rooms whose code starts so
        initialled: dict[str, set[str]] = {}  # 't1' → the rooms a word for a room and 1 name
        # 'b9' → the rooms whose name joins B09, with how many rooms each joins: "b9" is `B09`,
        # not "C01, B05/B06, B09" (a break held in several rooms); "a03" is `A03/A04`.
        joined: dict[str, list[tuple[int, str]]] = {}
        name_words: dict[str, set[str]] = {}  # every word of every name → its rooms
        noun_rooms: dict[str, set[str]] = {}  # every word for a room of every name → its rooms
        translated: dict[frozenset[str], set[str]] = {}  # a name word's forms in every language → rooms
        ideas = idea_forms_by_word()
        self.ideas = ideas
        city_words = set(tokens(city))
        for room in rooms:
            for name in (room.name, *room.aliases):
                for spelling in _spellings(name, place=room.id in placed):
                    phrase = " ".join(tokens(spelling))
                    if phrase and phrase not in STOPWORDS:
                        phrases.setdefault(phrase, room.id)
                        claimed.setdefault(phrase, set()).add(room.id)
                    # Without its words for a room: "chaos west" for "Chaos-West Bühne".
                    bare = core(phrase.split())
                    if " " in bare and bare != phrase:
                        phrases.setdefault(bare, room.id)
                members = _members(name) or _letter_and_number(name)
                for member in members:
                    joined.setdefault(member, []).append((len(members), room.id))
                for typed in (
                    *_code_letters(name),
                    *_joined_letters(name),
                    *_number_range(name),
                    *_number_letters(name),
                    *_words_joined(name),
                    *_first_letter_apart(name),
                    *_floor_and_number(name),
                    *_noun_joined_to_letter(name),
                    *_parts_swapped(name),
                    *_bracketed_code(name),
                    *_word_joined_to_number(name),
                    *_initials_and_number(name),
                    *_number_said(name),
                ):
                    derived.append((typed, room.id))
                for initials in _initials(name):
                    derived.append((initials, room.id))
                # The room's own name after its venue's and floor's: "lafite 1" for 'Wynn |
                # Convention Promenade | Lafite 1' (AWS re:Invent 2024's), where no other ends so.
                own_part = _last_part(name)
                if (
                    own_part
                    and last_parts[own_part] == 1
                    and not any(other != own_part and other.startswith(own_part) for other in last_parts)
                ):  # not "msr zoom" beside 'MSR:Zoom2' (ICSE 2020's): "msr zoom 2" is the other
                    derived.append((own_part, room.id))
                if len(members) <= 1:  # a list of rooms is not named by its first one
                    for code in (_code(name), _lead_code(name)):  # 'R1-PowerBI': "r1powerbi", "r1"
                        if code:
                            self.codes.setdefault(code, room.id)
                tail = closing_codes[name]
                if tail and tail_rooms[tail] == 1:  # "2a" is neither 'South Hall 2A' nor 'Terrace 2A'
                    self.codes.setdefault(tail, room.id)
                    # 'CUST 1.13M' typed "1.13": the code without its letter, where no other has it.
                    bare = _without_letters(tail)
                    if bare != tail and _has_digit(bare) and bare_tails[bare] == 1:
                        self.codes.setdefault(bare, room.id)
                # A building and room number with a slash, 'Hörsaal 04/113': "room 04/113", "04113".
                for building, number in _SLASHED_NUMBER.findall(name):
                    self.codes.setdefault(building + number, room.id)
                # A code said in brackets: "aw1.124" for 'UD2.119 (Moved from AW1.124)'.
                for a, b in _BRACKETS.findall(name):
                    for found in _BRACKET_CODE.finditer(a or b):
                        compact = "".join(tokens(found.group(0)))
                        if len(compact) >= 4:
                            self.codes.setdefault(compact, room.id)
                        elif compact.isdigit():
                            # A short one after a word for a room: "room 32" for 'For Loop (3.2)'
                            # (JuliaCon 2024's), typed without its dot.
                            self.numbered.setdefault(compact, []).append((_A_ROOM, room.id))
                for numbered in _numbered_parts(name):
                    self.numbered.setdefault(numbered[1], []).append((numbered[0], room.id))
                    # 'Track 1' typed by its initial: "anything going on in t1?" (CactusCon 2024's).
                    said_with, number = numbered
                    if (
                        len(said_with) == 1
                        and said_with[0] in ROOM_NOUNS
                        and number.isdigit()
                        and len(number) <= 2
                    ):
                        initialled.setdefault(said_with[0][0] + number, set()).add(room.id)
                    # A code whose letter is a word's of the name: "mezzanine 3" for 'Mezzanine:
                    # Room M3', "plaza 9" for 'Plaza: Room P9' (IGARSS 2025's).
                    initial = _INITIALLED.fullmatch(numbered[1])
                    if initial:
                        for word in tokens(name):
                            if len(word) >= 4 and word[0] == initial.group(1) and word not in ROOM_NOUNS:
                                self.numbered.setdefault(initial.group(2), []).append(((word,), room.id))
                alone = tokens(name)
                if len(alone) == 1 and (alone[0] in NUMBERS_IN_WORDS or alone[0] in ZERO_WORDS):
                    # A hall named by a number word ("Zero", "One" at 39C3): "saal 0", "sala uno".
                    self.numbered.setdefault(_digits(alone[0]), []).append((_A_ROOM, room.id))
                elif len(alone) == 1 and alone[0].isdigit():
                    # A room named by its number alone (ISMB 2025's '12'): "room twelve", "sala doce".
                    self.numbered.setdefault(alone[0], []).append((_A_ROOM, room.id))
                elif len(alone) == 1 and _letter_code(alone[0]):
                    # A room named by a letter alone (SITCON's 'S'): "la salle S", "in S".
                    self.numbered.setdefault(alone[0], []).append((_A_ROOM, room.id))
                head = _code_head(name)
                if head:
                    heads.setdefault(head, set()).add(room.id)
                # (not one a word of size qualifies: "el auditorio" is the 'Auditório do ICET',
                # not SNCT Itacoatiara's 'Sala 307 (Mini Auditório)')
                for before, word in pairwise(["", *tokens(name)]):
                    if (word in ROOM_NOUNS or _shortens_a_room_noun(word)) and before not in _SIZE_WORDS:
                        noun_rooms.setdefault(word, set()).add(room.id)
                for word in {word for spelling in _spellings(name) for word in tokens(spelling)}:
                    name_words.setdefault(word, set()).add(room.id)
                    for part in (word, *_run_together_parts(word)):
                        forms = _other_forms(part, ideas)
                        if forms:
                            translated.setdefault(forms, set()).add(room.id)
                for kind_word in _named_for_its_kind(name):
                    translated.setdefault(KIND_ROOM_WORDS[kind_word], set()).add(room.id)
                # A name word of the lexicon written in two ('Board Room (5th floor)', SRCCON
                # 2017's): "la sala de juntas" as for a 'Boardroom'.
                for pair in pairwise(tokens(_BRACKETS.sub(" ", name))):
                    forms = ROOM_NAME_WORDS.get(" ".join(pair), frozenset()) or _after_a_noun(pair)
                    if forms:
                        translated.setdefault(forms, set()).add(room.id)
        # Rooms told apart by a letter after words they share ('Zurich A', 'Zurich B'…, SPLASH
        # 2021's hotel rooms): "sala f", "salle e", "zurich g", as a numbered room is.
        lettered = _series(rooms, lambda mark: mark if _letter_code(mark) else None)
        # Rooms numbered in Roman numerals ('Sala I'…'Sala XII', POPL 2019's hotel): "salle 12",
        # "sala seis", "room 1" (a 'Saal X' alone is a letter).
        roman = _series(rooms, lambda mark: str(value) if (value := _roman(mark)) is not None else None)
        if any(int(number) >= 2 for number in roman):
            lettered.update(roman)
        self.seconds = _seconds(rooms)  # "la fogata 2", "le feu de camp ii": 'Campfire II'
        derived += _numbered_second(rooms, self.seconds)
        for number, held in lettered.items():
            for entry in held:
                if entry not in self.numbered.get(number, []):
                    self.numbered.setdefault(number, []).append(entry)
        # Screens listed in brackets, each a room of its own for the attendee ('Clones (Live 4,
        # Simul 5, 6, 7, 8, 9)', Stir Trek's cinema): "theater 5", "la salle 6", where no room has
        # that number and no other lists it.
        listed: dict[str, set[str]] = {}
        for room in rooms:
            for a, b in _BRACKETS.findall(room.name):
                screens = _LISTED_NUMBER.findall(a or b)
                if len(screens) >= 2:
                    for number in screens:
                        listed.setdefault(number, set()).add(room.id)
        for number, listing in listed.items():
            if len(listing) == 1 and number not in self.numbered:
                self.numbered[number] = [(_A_ROOM, next(iter(listing)))]
        # A number printed with its zeros ('Administración 01', 'BI 02') is typed without them
        # ("admin 1", "bi2"), where no room has that number already.
        for number, held in list(self.numbered.items()):
            plain = number.lstrip("0") or "0"  # 'EVA00' is "eva 0", "eva cero"
            if number.isdigit() and plain != number and plain not in self.numbered:
                self.numbered[plain] = list(held)
        derived += _series_endings(rooms)
        # A room's own name before what another's is made of: "210 a" is 'Room 210 A', not the
        # part A of '210 a,b Level 2' (NIPS 2015's).
        # Of two rooms a form is made from, the one of the shorter name: "201 b" is '201B', not
        # '201B+C' (Civic Tech Fest 2017's).
        name_length = {room.id: len(room.name) for room in rooms}
        for typed, room_id in sorted(derived, key=lambda pair: name_length.get(pair[1], 0)):
            phrases.setdefault(typed, room_id)
        self.code_heads = _sole(heads)
        for code, room_id in _sole(initialled).items():
            self.codes.setdefault(code, room_id)
        self.numbered_words = {
            word for held in self.numbered.values() for printed, _ in held for word in printed
        }
        # A symbol one room's name has, typed alone: "🔮" for 'Clairvoyance 🔮' (read_features
        # writes the room's name in its place).
        symbols = {c for room in rooms for c in room.name if unicodedata.category(c) == "So"}
        self.symbols = _sole({c: {room.id for room in rooms if c in room.name} for c in symbols})
        # A room named for a part of the day: 'Main Track (Morning) (LT-18)' → morning.
        self.part_of_room = {
            room.id: part
            for room in rooms
            for part, part_words in _PARTS_OF_DAY
            if set(tokens(room.name)) & part_words
        }
        self.room_tokens = {room.id: frozenset(tokens(room.name)) for room in rooms}
        # The spelling keys of each room's name words, for their cognates (bot/understand/cognates.py).
        self.name_keys = {
            room_id: frozenset(
                key for word in words_ if len(word) >= COGNATE_LENGTH for key in cognate_keys(word)
            )
            for room_id, words_ in self.room_tokens.items()
        }
        # A long word of one room's name typed as the words it runs together: "food hacking base"
        # for "Foodhackingbase", "hof lounge" for 'Erdgeschoss, Hoflounge / Ground Floor, …'.
        self.run_together = {
            only[0]: room.id
            for room in rooms
            if len(only := tokens(room.name)) == 1 and len(only[0]) >= 8 and only[0].isalpha()
        }
        long_words = {
            word: {room.id for room in rooms if word in tokens(room.name)}
            for room in rooms
            for word in tokens(room.name)
            if len(word) >= 8 and word.isalpha() and word not in ROOM_WORDS
        }
        for word, room_id in _sole(long_words).items():
            self.run_together.setdefault(word, room_id)
        # A name of several words typed as one: "meisingsaal" for 'Meising-Saal'.
        joined_names: dict[str, set[str]] = {}
        for room in rooms:
            for name in (room.name, *room.aliases):
                parts = tokens(name)
                # And its hyphenated words as one: "coworking" for 'CO-WORKING SPACE'.
                # ("cbase" for 'c-base Berlin': five letters are enough for a hyphen's two sides.)
                hyphenated = [found.replace("-", "") for found in HYPHENATED.findall(fold(name))]
                whole_name = "".join(parts) if len(parts) >= 2 else ""
                for whole, least in ((whole_name, 6), *((joined, 5) for joined in hyphenated)):
                    if len(whole) >= least and whole.isalpha():
                        joined_names.setdefault(whole, set()).add(room.id)
                # A name spelt letter by letter between signs: "nortx" for 'N:O:R:T:x'.
                if len(parts) >= 3 and all(len(part) == 1 and part.isalpha() for part in parts):
                    joined_names.setdefault("".join(parts), set()).add(room.id)
                # A code of letters and a number typed as one: "bsb108" for 'Conference (BSB 108)'.
                for letters, number in _LETTERS_NUMBER.findall(fold(name)):
                    joined_names.setdefault(letters + number, set()).add(room.id)
        self.joined_names = _sole(joined_names)
        self.name_words = {
            word: frozenset(ids)
            for word, ids in name_words.items()
            if word not in ROOM_WORDS | STOPWORDS | city_words and not word.isdigit()
        }
        self.name_numbers = {word: frozenset(ids) for word, ids in name_words.items() if word.isdigit()}
        # A word for a room that one room's name alone has: "the auditorium", "el auditorio" for
        # "Tsai Auditorium (CGIS S010)" when no other room is one.
        self.sole_nouns = _sole(noun_rooms)
        self.noun_rooms = {noun: frozenset(ids) for noun, ids in noun_rooms.items()}
        self.printed_nouns = frozenset(noun_rooms)
        # A word of one room's name that the lexicon knows in other languages: "la piste verte",
        # "sala verde", "in green" for "Green Track"; "la sala de los niños" for "MOKids".
        # Of several rooms, the one whose words all the others have: "la grande salle" is 'Grote
        # Zaal - 2nd Floor', not its 'Foyer Grote Zaal - 2nd Floor'.
        # A form two words of different rooms share stands for neither alone: "amphi" is both an
        # 'Auditorium' and a 'Lecture Theatre'.
        holders: dict[str, set[str | None]] = {}
        for forms, ids in translated.items():
            holder = _contained(ids, self.room_tokens)
            for form in forms:
                holders.setdefault(form, set()).add(holder)
        self.translated = {
            form: holder for form, ids in holders.items() if len(ids) == 1 and (holder := next(iter(ids)))
        }
        # The same, every room a form stands for: "rtc stage" for 'RTC-Bühne (Sparti)' beside
        # 'Multiversum Bühne' and 'RTC-Workshop 1' (read with the other word, in _pair).
        self.translated_words: dict[str, frozenset[str]] = {}
        for forms, room_ids in translated.items():
            for form in forms:
                self.translated_words[form] = self.translated_words.get(form, frozenset()) | room_ids
        self.members = {
            member: holders[0][1]
            for member, holders in ((m, sorted(set(r))) for m, r in joined.items())
            if len(holders) == 1 or holders[0][0] < holders[1][0]
        }
        own = _own_words(name_words, rooms, city_words, sessions_held or {})
        # Not a word every question about sessions may have: "talks" of 'Online talks and posters',
        # "next" of 'Next to Daugava 1+2' (Agile Day Riga's: "next on 2nd floor" asks what is next).
        self.distinctive = {
            word: room
            for word, room in own.items()
            if len(word) >= 4
            and not _has_digit(word)
            and word not in FILLER_WORDS | SESSION_NOUNS | _ASKING_NEXT
        }
        # A room whose whole name is a word for a room ('Auditorium' beside 'Trappenaula'): its
        # start after a word for a place names it too ("next in the aud", WordCamp Antwerp 2018's).
        nouns_alone: dict[str, set[str]] = {}
        for room_id, said in self.room_tokens.items():
            word = next(iter(said)) if len(said) == 1 else ""
            if word in ROOM_WORDS and len(word) >= 5:
                nouns_alone.setdefault(word, set()).add(room_id)
        self.whole_nouns = _sole(nouns_alone)
        # A word of one room's name typed as its cognate in another language: "la sala agilidad"
        # for 'Agilité', "salle innovation" for 'Innovación' (bot/understand/cognates.py).
        cognates: dict[str, set[str]] = {}
        for word, room_id in self.distinctive.items():
            if len(word) >= COGNATE_LENGTH and word.isalpha():
                for key in cognate_keys(word):
                    cognates.setdefault(key, set()).add(room_id)
        self.cognates = _sole(cognates)
        # A place a room is named after, typed in another language: "la salle toscane" for
        # 'Tuscany AB', "en ombrie" for 'Umbria' (hotels name their rooms after regions and cities),
        # by its consonants and about its length ("aluminio" is no 'RMIT Alumni Courtyard').
        skeletons: dict[tuple[str, int], set[str]] = {}
        for word, room_id in self.distinctive.items():
            shape = skeleton(word) if len(word) >= COGNATE_LENGTH and word.isalpha() else None
            if shape:
                for length in (len(word) - 1, len(word), len(word) + 1):
                    skeletons.setdefault((shape, length), set()).add(room_id)
        self.skeletons = _sole(skeletons)
        # A shorter word the name writes in capitals: "la psf" for 'Sala PSF' (not after "on",
        # "sur": "any talks on MCP" asks about MCP, not the room of its track).
        capitals = {fold(w) for room in rooms for w in re.findall(r"\b[A-Z]{3}\b", room.name)}
        self.acronyms = {word: room for word, room in own.items() if word in capitals}
        # Shorter words ("dlf", "m1") name a room only beside a word for a room: "dlf stage", "salle m1".
        self.beside_room_word = {
            word: room for word, room in own.items() if len(word) >= 2 and word not in self.distinctive
        }
        # A little word that is a room's whole name but its letter ('D.go', FOSDEM 2021's Go
        # devroom): "la salle go", "the go devroom" (never alone: "go" is English; not 'The
        # Hall''s "the").
        little_named: dict[str, set[str]] = {}
        for room in rooms:
            name_tokens = tokens(room.name)
            little = [w for w in name_tokens if w in STOPWORDS and len(w) >= 2]
            if len(little) == 1 and all(len(w) == 1 or w.isdigit() for w in name_tokens if w != little[0]):
                little_named.setdefault(little[0], set()).add(room.id)
        for word, room_id in _sole(little_named).items():
            self.beside_room_word.setdefault(word, room_id)
        self.code_numbers = _sole(_code_numbers(self.codes, rooms))
        # A code of two letters or more typed without its first one: "a220" for WA220.
        tails: dict[str, set[str]] = {}
        for code, room_id in self.codes.items():
            if re.match(r"[a-z]{2,}\d", code) and code[1:] not in self.codes:
                tails.setdefault(code[1:], set()).add(room_id)
        self.code_tails = _sole(tails)
        # A code's number without its letters, where it has a part: "in 412-2" for 'TR412-2'.
        numbers: dict[str, set[str]] = {}
        for code, room_id in self.codes.items():
            letters = re.fullmatch(r"[a-z]{1,3}(\d{4,})", code)
            if letters:
                numbers.setdefault(letters.group(1), set()).add(room_id)
        self.code_digits = _sole(numbers)
        # Letters of rooms opened into one, where a room is expected: "salle ABC", "in F&G".
        series: dict[str, set[str]] = {}
        for room in rooms:
            for form in _letter_series(room.name):
                series.setdefault(form, set()).add(room.id)
        self.series = {form: tuple(sorted(ids)) for form, ids in series.items()}
        self._series_pattern = (
            alternation(sorted(self.series, key=len, reverse=True)) if self.series else None
        )
        # A code's number with its dot: "4.02" for 'Sem F4.02' (read with the word before it).
        # And a floor's number and a room's after a word, its zeros left out: "3.18", "0.14" for
        # 'MSI 03.18', 'MSI 00.14' (CLIN 35's).
        dotted: dict[str, set[str]] = {}
        for room in rooms:
            for before, after in _LETTERED_DOTTED.findall(room.name) + _WORD_DOTTED.findall(room.name):
                printed = f"{before}.{after}"
                for number in dict.fromkeys((printed, _FLOOR_ZEROS.sub(r"\1", printed))):
                    dotted.setdefault(number, set()).add(room.id)
        self.dotted_numbers = _sole(dotted)
        # One word that several rooms' spellings are ("Workshop" of 'Raum D (Workshop)' and 'Raum E
        # (Workshop)') names none of them alone: "workshop f" is read by its letter.
        for phrase, room_ids in claimed.items():
            others = room_ids - set(self.same_place.get(phrases[phrase], ()))
            if len(others) > 1 and " " not in phrase and len(phrase) >= 4:
                del phrases[phrase]
        # Several words that several rooms' names have ("track a" of 'Track A (Sessions)' and 'Track A
        # (Workshop)'): the other words of the message choose among them.
        self.claimants = {
            phrase: tuple(sorted(room_ids))
            for phrase, room_ids in claimed.items()
            if phrase in phrases and len(room_ids - set(self.same_place.get(phrases[phrase], ()))) > 1
        }
        # A room named by a code in capitals that is a little word in lower case ('AU' at COSCUP,
        # French "au"): typed in capitals it is the room (read_features writes it so).
        self.capital_codes = {
            name: room.id
            for room in rooms
            for name in (room.name, *room.aliases)
            if re.fullmatch(r"[A-Z]{2,4}", name) and fold(name) in STOPWORDS
        }
        for code, room_id in self.capital_codes.items():
            phrases[capital_code(code)] = room_id
        # Rooms inside bigger ones ('Hall 7 | Room A'): each part's pattern, and the word that
        # must be in a message naming it (its mark, or the mark run together with its noun).
        nouns = "|".join(map(re.escape, sorted(_ANY_ROOM_NOUN, key=len, reverse=True)))
        self.placed: dict[str, list[tuple[frozenset[str], re.Pattern[str]]]] = {}
        for room in rooms:
            placed_parts = _placed_parts(room.name)
            if placed_parts:
                self.placed[room.id] = [
                    (frozenset((words[-1], "".join(words[-2:]))), _part_pattern(words, nouns))
                    for words in placed_parts
                ]
        self.phrases = sorted(phrases, key=len, reverse=True)
        self.room_of_phrase = phrases
        self._pattern = alternation(self.phrases) if self.phrases else None
        self.single_words, self.several_words = _typo_phrases(phrases, rooms)

    def of_part(self, match: RoomMatch, text: str, part: str) -> tuple[RoomMatch | None, bool]:
        """A room found where a part of the day is said, and whether that part names the room:
        "the main track de la mañana" is 'Main Track (Morning)' (not its afternoon sibling), "the
        first talk tomorrow morning" names no room, "the afternoon track" does."""
        said = tokens(text[match.span[0] : match.span[1]])
        after = tokens(text[match.span[1] :])[:1]
        part_words = dict(_PARTS_OF_DAY)[part]
        if said and all(word in part_words for word in said):
            named = bool(after) and (after[0] in ROOM_NOUNS or after[0] in self.room_tokens[match.room_id])
            return (match, True) if named else (None, False)
        siblings = [
            room_id
            for room_id, room_part in self.part_of_room.items()
            if room_part == part and set(said) <= self.room_tokens[room_id]
        ]
        if self.part_of_room.get(match.room_id) == part:
            return match, True
        if match.room_id in self.part_of_room and len(siblings) == 1:
            return RoomMatch(siblings[0], match.span, exact=match.exact), True
        return match, False

    def _by_other_words(self, room_ids: tuple[str, ...], said: list[str]) -> str | None:
        """The one room of `room_ids` that another word of the message names, as printed or in
        another language: "l'atelier de la track A" is 'Track A (Workshop)', "el main track de la
        mañana" 'Main Track (Morning)'; None when no room or several are."""
        groups = (*KIND_FOLDED.values(), *(words for _, words in _PARTS_OF_DAY))

        def names(word: str, room_id: str) -> bool:
            own = self.room_tokens[room_id]
            if word in own:
                return True
            forms = ROOM_NAME_WORDS.get(word, frozenset())
            return bool(forms & own) or any(word in group and group & own for group in groups)

        # Words for a part of the day are stop words of questions, not of rooms' names.
        meaning = [word for word in said if word not in STOPWORDS or any(word in part for part in groups)]
        named = [room_id for room_id in room_ids if any(names(word, room_id) for word in meaning)]
        return named[0] if len(named) == 1 else None

    def _plainest(self, room_ids: tuple[str, ...], phrase: str) -> str | None:
        """Of the rooms whose names hold a phrase, the one whose name adds the fewest words to it:
        "lecture room 4" is 'Collegezaal 4 (Lecture room 4) · building G', not its 'Foyer · …'."""
        said = set(phrase.split())
        extra = {room_id: len(self.room_tokens[room_id] - said) for room_id in room_ids}
        fewest = min(extra.values())
        plainest = [room_id for room_id, count in extra.items() if count == fewest]
        return plainest[0] if len(plainest) == 1 else None

    def find(self, text: str) -> RoomMatch | None:
        """The room named in a folded text: by name, code or number first, then with a typo."""
        match = (
            self.find_exact(text)
            or self._number_said_after_noun(text)
            or self._ordinal_before_noun(text)
            or self.find_misspelt(text)
        )
        return self._with_words_after(self._with_words_before(match, text), text) if match else None

    def _number_said_after_noun(self, text: str) -> RoomMatch | None:
        """A room found by its number typed in figures found by the number said in words after a
        word for a room: "la sala veinte" as "la sala 20" is 'MSI 00.20' (CLIN 35's). The figures
        keep the word's place, so the match's span is the word's."""
        typed = token_spans(text)
        # A code said with its dot: "la sala uno punto tres" as "la sala 1.3" is 'Else (1.3)', "la
        # sala c punto 1" as "la sala c.1" 'Hall C.1'.
        for noun, first, dot, second in zip(typed, typed[1:], typed[2:], typed[3:], strict=False):
            letter = first.group(0) if len(first.group(0)) == 1 and first.group(0).isalpha() else None
            after = second.group(0)
            values = (
                letter or _number_value(first.group(0)),
                int(after) if after.isdigit() else _number_value(after),
            )
            if noun.group(0) in ROOM_NOUNS and dot.group(0) in POINT_WORDS and None not in values:
                figures = f"{values[0]}.{values[1]}".ljust(second.end() - first.start())
                match = self.find_exact(text[: first.start()] + figures + text[second.end() :])
                if match is not None and match.span[0] <= first.start() < match.span[1]:
                    return RoomMatch(match.room_id, (match.span[0], second.end()), exact=True)
        for noun, said in pairwise(typed):
            value = _number_value(said.group(0))
            if noun.group(0) in ROOM_NOUNS and value is not None:
                figures = str(value).ljust(len(said.group(0)))
                match = self.find_exact(text[: said.start()] + figures + text[said.end() :])
                if match is not None and match.span[0] <= said.start() < match.span[1]:
                    return RoomMatch(match.room_id, (match.span[0], said.end()), exact=True)
        # Several number words: "en salle six cent sept" as "en salle 607" is 'Floor 6 - 607'
        # (MozFest 2016's).
        said_words = [token.group(0) for token in typed]
        for i, noun in enumerate(typed[:-2]):
            end = _spoken_run(said_words, i + 1)
            if noun.group(0) not in ROOM_NOUNS or end - i - 1 < 2:
                continue
            first, last = typed[i + 1], typed[end - 1]
            figures = _spoken_number(said_words[i + 1 : end]).ljust(last.end() - first.start())
            match = self.find_exact(text[: first.start()] + figures + text[last.end() :])
            if match is not None and match.span[0] <= first.start() < match.span[1]:
                return RoomMatch(match.room_id, (match.span[0], last.end()), exact=True)
        return None

    def _ordinal_before_noun(self, text: str) -> RoomMatch | None:
        """A room found by its number after a word for it found by an ordinal before the word: "au
        3e étage", "the third floor", "el tercer piso" as "étage 3" is 'D House, Floor 3' (ESSC
        2026's). The match spans the ordinal and the word."""
        for said, noun in pairwise(_TOKEN.finditer(text)):
            ordinal = _ORDINAL.fullmatch(said.group(0))
            value = int(ordinal.group(1)) if ordinal else ORDINAL_WORDS.get(said.group(0))
            word = noun.group(0)
            if value is None or not (word in ROOM_NOUNS or word in ROOM_NAME_WORDS):
                continue
            swapped = f"{word} {value}".ljust(noun.end() - said.start())
            match = self.find_exact(text[: said.start()] + swapped + text[noun.end() :])
            if match is not None and match.span[0] <= said.start() < match.span[1]:
                return RoomMatch(match.room_id, (match.span[0], max(match.span[1], noun.end())), exact=True)
        return None

    def _with_words_before(self, match: RoomMatch, text: str) -> RoomMatch:
        """The match with the words of the room's name typed just before it: "meeting room 5" for
        'CC: Meeting Room 5' is all the room's ("meeting" is no topic left over), "seminar room 2"
        for 'Seminarraum 2'."""
        start = match.span[0]
        own = self.room_tokens[match.room_id] - STOPWORDS
        for word in reversed(list(_TOKEN.finditer(text[:start]))):
            typed = word.group(0)
            # Or the head of a compound of its name: "seminar room 2" for 'Seminarraum 2'.
            head = len(typed) >= 4 and any(token.startswith(typed) and token != typed for token in own)
            if (typed not in own and not head) or text[word.end() : start].strip():
                break
            start = word.start()
        return RoomMatch(match.room_id, (start, match.span[1]), exact=match.exact)

    def _with_words_after(self, match: RoomMatch, text: str) -> RoomMatch:
        """The match with the words of the room's name typed just after it, little words between:
        "la salle des workshops" is all 'Workshop Room''s (no kind of session is asked)."""
        end = read = match.span[1]
        own = self.room_tokens[match.room_id] - STOPWORDS
        for word in _TOKEN.finditer(text, end):
            typed = word.group(0)
            if text[read : word.start()].strip():
                break
            read = word.end()
            if not typed.isalpha():
                break  # "HS 2.01 at 2:30": a time, not the room's number again
            if typed in own or (typed.endswith("s") and typed[:-1] in own):
                end = read
            elif typed not in STOPWORDS:
                break
        return (
            RoomMatch(match.room_id, (match.span[0], end), exact=match.exact)
            if end != match.span[1]
            else match
        )

    def find_exact(self, text: str) -> RoomMatch | None:
        series = self._series_named(text)
        if series is not None:
            return series
        placed = self._find_by_parts(text)
        if placed is not None:
            return placed
        found = self._pattern.search(_spaced(text)) if self._pattern else None
        if found:
            phrase = found.group(0)
            room_id = self.room_of_phrase[phrase]
            others = tokens(text[: found.start()] + " " + text[found.end() :])
            if phrase in self.claimants:
                claimants = self.claimants[phrase]
                room_id = (
                    self._by_other_words(claimants, others) or self._plainest(claimants, phrase) or room_id
                )
            else:
                # A name that another room's holds, with that room's other words typed too: "le dome
                # milliways" is 'Milliways Workshop Dome', not 'Milliways' (CCCamp 2023's).
                said = set(phrase.split()) - STOPWORDS - set(AND_WORDS)
                same = {room_id, *self.same_place.get(room_id, ())}  # one place under two names: either
                wider = tuple(r for r, own in self.room_tokens.items() if r not in same and said < own)
                # (a word of both names, "theatre" of 'Te Paepae Theatre', chooses neither)
                beyond = [word for word in others if word not in self.room_tokens[room_id]]
                room_id = (self._by_other_words(wider, beyond) if wider else None) or room_id
            return self._with_word_after(RoomMatch(room_id, found.span(), exact=True), text)
        match = self.find_by_number(text) or self.find_by_word(text) or self._find_run_together(text)
        if match is None:
            match = self._the_only_room(text) or self._by_side_said_after(text)
        return self._with_word_after(match, text) if match else None

    def _by_side_said_after(self, text: str) -> RoomMatch | None:
        """A word several names share, then a word only read so after it: "fisher este", "fisher
        est" for 'Fisher East' beside 'Fisher West' (the misspelt 'West' is one letter away)."""
        words = list(_TOKEN.finditer(text))[:SCAN]
        for first, second in pairwise(words):
            forms = ROOM_NAME_WORDS_AFTER.get(second.group(0))
            if not forms:
                continue
            rooms = [
                room
                for room, own in self.room_tokens.items()
                if first.group(0) in own and not forms.isdisjoint(own)
            ]
            if len(rooms) == 1:
                return RoomMatch(rooms[0], (first.start(), second.end()), exact=True)
        return None

    def _the_only_room(self, text: str) -> RoomMatch | None:
        """At a conference of one room, a word for a room names it, with the words that say it is
        the main or the big one: "the main hall", "la grande salle", "la sala principal" for
        Jugaadfest 2018's room 'Jugaadfest'. Where one room holds nearly every session, those
        words name it ("the main room" for Madison+ Ruby 2018's library, its party elsewhere)."""
        only = next(iter(self.room_tokens)) if len(self.room_tokens) == 1 else None
        room_id = only or self.main_room
        if room_id is None:
            return None
        words = list(_TOKEN.finditer(text))[:SCAN]
        for position, word in enumerate(words):
            if word.group(0) not in _ANY_ROOM_NOUN:
                continue
            first, last = position, position
            while first > 0 and words[first - 1].group(0) in _MAIN_WORDS:
                first -= 1
            while last + 1 < len(words) and words[last + 1].group(0) in _MAIN_WORDS:
                last += 1
            if only is None and first == last:
                continue  # "the room" alone is not the main one where there are others
            return RoomMatch(room_id, (words[first].start(), words[last].end()), exact=False)
        return None

    def _find_by_parts(self, text: str) -> RoomMatch | None:
        """A room inside a bigger one named by every part of its name, in either order, with only
        little words between: "salle A du hall 7", "room c hall 7", "sala B del hall7" for 'Hall 7 |
        Room C' (not the 'Hall 7 | Room B (Track 1) + Room C (Track 2)' that holds the words too)."""
        if not self.placed:
            return None
        said = set(_TOKEN.findall(text))
        spaced = _spaced(text)
        named: list[tuple[int, str, tuple[int, int]]] = []
        for room_id, parts in self.placed.items():
            if not all(marks & said for marks, _ in parts):
                continue
            spans = sorted(found.span() for _, pattern in parts if (found := pattern.search(spaced)))
            if len(spans) < len(parts):
                continue
            between = [tokens(spaced[end:start]) for (_, end), (start, _) in pairwise(spans)]
            if all(end <= start for (_, end), (start, _) in pairwise(spans)) and all(
                len(words) <= 2 and all(word in STOPWORDS for word in words) for words in between
            ):
                named.append((spans[-1][1] - spans[0][0], room_id, (spans[0][0], spans[-1][1])))
        if not named:
            return None
        named.sort(reverse=True)
        if len(named) > 1 and named[0][0] == named[1][0]:
            return None
        return RoomMatch(named[0][1], named[0][2], exact=True)

    def _series_named(self, text: str) -> RoomMatch | None:
        """Letters of rooms opened into one after a word for a room or a place, or before a word
        for a room: "la suite en salle ABC", "what's on in F&G", "the abc room" (not "a/b testing");
        after a word that begins one of the rooms' names: "skyline bc", "metro bc" for 'Skyline B-C
        - Level 21' and 'Metropolitan B-C' (GraphQLConf 2024's)."""
        if self._series_pattern is None:
            return None
        spaced = _spaced(text)
        for found in self._series_pattern.finditer(spaced):
            rooms = self.series[found.group(0)]
            before = [w for w in _TOKEN.finditer(spaced[: found.start()]) if w.group(0) not in ARTICLES][-1:]
            previous = before[0].group(0) if before else ""
            after = spaced[found.end() :].split()[:1]
            if len(previous) >= 3 and previous not in STOPWORDS | ROOM_WORDS:
                named = [
                    room
                    for room in rooms
                    if self._begins_its_name(previous, room) or self._starts(previous, room)
                ]
                if len(named) == 1:
                    return RoomMatch(named[0], (before[0].start(), found.end()), exact=True)
            expected = previous in PLACE_WORDS or previous in ROOM_NOUNS or (after and after[0] in ROOM_NOUNS)
            if expected and len(rooms) == 1:
                return RoomMatch(rooms[0], found.span(), exact=True)
        return None

    def _with_word_after(self, match: RoomMatch, text: str) -> RoomMatch:
        """The room a word typed after the one found tells: a name's word in any language ("orchid
        ouest", "orchid oeste" are 'Orchid Ballroom West' beside 'Orchid Ballroom', PyOhio 2024's),
        or a letter after part of a shared name ("metro a" for 'Metropolitan A' beside
        'Metropolitan Ballroom', GraphQLConf 2024's)."""
        after = _WORD_AFTER.match(text, match.span[1])
        if not after:
            return match
        said = set(tokens(text[match.span[0] : match.span[1]]))
        word = after.group(1)
        elided = text[after.end(1) : after.end(1) + 1] == "'"  # "la salle 512C c'est où"
        if len(word) == 1 and word.isalpha() and not elided:
            shared = self.room_tokens[match.room_id]
            # A part of the name besides a word for a room: "room" is every room's ('Room 512C'
            # is no part of 'Room 516 C').
            lettered = [
                room
                for room, own in self.room_tokens.items()
                if word in own
                and room != match.room_id
                and not (own - {word} - ROOM_WORDS).isdisjoint(shared - ROOM_WORDS)
            ]
            # Only after part of a name that has no letter of its own ("metro"), not after a whole
            # name or a lettered one ("amphi E c koi", "salle LL c'est où", "la 516ab c quoi":
            # French "c'est").
            partial = not shared <= said and all(len(typed) >= 4 and typed.isalpha() for typed in said)
            unlettered = all(len(own) > 1 for own in shared)
            if len(lettered) == 1 and partial and unlettered:
                return RoomMatch(lettered[0], (match.span[0], after.end(1)), exact=True)
        forms = ROOM_NAME_WORDS.get(word) or ROOM_NAME_WORDS_AFTER.get(word, frozenset())
        if not forms:
            return match
        rooms = [room for room, own in self.room_tokens.items() if said <= own and forms & own]
        if len(rooms) != 1 or rooms[0] == match.room_id:
            return match
        return RoomMatch(rooms[0], (match.span[0], after.end(1)), exact=True)

    def _second_of(self, room_id: str, words: list[re.Match[str]], first: int, last: int) -> RoomMatch:
        """The room named by words[first..last], or its second when a number follows: "la fogata 2",
        "le feu de camp ii" are 'Campfire II' beside 'Campfire'."""
        if last + 1 < len(words):
            number = words[last + 1].group(0)
            value = int(number) if number.isdigit() else _roman(number) or _number_value(number)
            second = self.seconds.get((room_id, value)) if value else None
            if second is not None:
                return RoomMatch(second, (words[first].start(), words[last + 1].end()), exact=True)
        return RoomMatch(room_id, (words[first].start(), words[last].end()), exact=True)

    def _find_run_together(self, text: str) -> RoomMatch | None:
        words = list(_TOKEN.finditer(text))[:SCAN]
        for word in words:
            room_id = self.joined_names.get(word.group(0))
            if room_id is not None:
                return RoomMatch(room_id, word.span(), exact=True)
        if not self.run_together:
            return None
        for size in (2, 3, 4):
            for start in range(len(words) - size + 1):
                window = words[start : start + size]
                room_id = self.run_together.get("".join(m.group(0) for m in window))
                # (words another name has apart are that name's: "bits und baume workshop area" is
                # 'Bits&Bäume Workshop Area', not 'Workshoparea Chaos Mauldasch', 39C3's)
                apart = {m.group(0) for m in window}
                if room_id is not None and not any(apart <= own for own in self.room_tokens.values()):
                    return RoomMatch(room_id, (window[0].start(), window[-1].end()), exact=True)
        return None

    def find_by_word(self, text: str) -> RoomMatch | None:
        """One word of a room's name that no other room has, where a room is expected: after
        "in", "à", "en", "on" or a word for a room, before a word for a room, or first."""
        words = list(_TOKEN.finditer(text))[:SCAN]
        only_of_its_kind: RoomMatch | None = None  # "the auditorium": unless a word after names one
        for position, word in enumerate(words):
            token = word.group(0)
            if token.isalpha() and "/" in (
                text[word.start() - 1 : word.start()],
                text[word.end() : word.end() + 1],
            ):
                continue  # one of a pair of words written as one term: "pruebas A/B" is no 'Demo B'
            before = [w.group(0) for w in words[:position] if w.group(0) not in ARTICLES]
            previous = before[-1] if before else ""
            after = words[position + 1].group(0) if position + 1 < len(words) else ""
            # A name word's form of two or three words: "en ligne", "en línea", "feu de camp".
            for size in (3, 2):
                if position + size <= len(words):
                    phrase = " ".join(w.group(0) for w in words[position : position + size])
                    room_id = self.translated.get(phrase)
                    if room_id is not None:
                        return self._second_of(room_id, words, position, position + size - 1)
            # After "ateliers sur", "talks about", "charlas sobre" a word is what sessions are
            # about, not a room's word that resembles it: "des ateliers sur les robots" is no
            # 'Center for … Robotics' ("en ce moment sur le stream" is on a stream).
            about = previous in SUBJECT_MARKERS and len(before) >= 2 and before[-2] in SUBJECT_HOLDERS
            # Two words of one name with a little word between: "la playa de goleta" for 'Goleta
            # Beach' (CRYPTO 2016's), the name's words in the asker's language and order.
            # ("la cubierta de la piscina" for 'Pool Deck': two little words between.)
            following = [w.group(0) for w in words[position + 1 : position + 4]]
            little = 0
            while little < 2 and little < len(following) and following[little] in STOPWORDS:
                little += 1
            beyond = following[little] if little and little < len(following) and not about else ""
            room_id = (
                self.distinctive.get(token)
                or (self.acronyms.get(token) if not about else None)
                or (self.translated.get(token) if not about else None)
                or (self._cognate(token) if not about else None)
                or self._pair(token, after)
                or (self._pair(token, beyond) if beyond and token in self.translated_words else None)
                or (self._shortened(token, previous, after) if not about else None)
            )
            # The next word but a little one is the same room's: "la playa de goleta".
            paired = room_id is not None and room_id in (
                self.name_words.get(beyond, frozenset()) | self.translated_words.get(beyond, frozenset())
            )
            # A word only one room's name has may follow little words too: "in te iringa".
            leading = [w for w in before if w not in STOPWORDS or w in PLACE_WORDS or w in ROOM_NOUNS]
            # "programme de l'auditorium", "the schedule of the red room": that room's.
            of_schedule = previous in SCHEDULE_WORDS or (
                bool(leading) and leading[-1] in SCHEDULE_WORDS and previous in STOPWORDS
            )
            if room_id is not None and (
                position == 0  # "callelongue ?", "backspace at 8pm"
                or (token in PLACE_ADVERBS and self.translated.get(token) == room_id)  # "dehors"
                or (not before and paired)  # "la playa de goleta" ("la suite…" is what comes next)
                or previous in PLACE_WORDS
                or previous in ROOM_NOUNS
                or after in ROOM_NOUNS
                or (leading and leading[-1] in PLACE_WORDS)
                or of_schedule
                or (self.translated.get(token) == room_id and previous in _SESSION_KIND_WORDS)
                or self._of_its_name(previous, room_id)  # "el banquete shakuntalam"
                # "el cubículo de peter" for 'Peter's Cubicle-224' (SQLSaturday Atlanta's).
                or (len(before) >= 2 and previous in STOPWORDS and self._of_its_name(before[-2], room_id))
                # "la sala de charlas online" for 'Online talks': a word for sessions, as its name has.
                or (previous in SESSION_NOUNS and not self.room_tokens[room_id].isdisjoint(SESSION_NOUNS))
                # "salle ella fitzgerald" for 'E. Fitzgerald & L. Armstrong': the given name typed
                # whole for its initial, after a word for a room or a place.
                or (
                    len(previous) >= 3
                    and previous[0] in self.room_tokens[room_id]
                    and len(before) >= 2
                    and (before[-2] in PLACE_WORDS or before[-2] in ROOM_NOUNS)
                )
            ):  # the last but one: "el taller de jóvenes" for 'Youth Workshop'
                room_id = self._named_on(room_id, token, words[position + 1 : position + 4])
                # The rest of the name typed after the word is the room's too: "tinker street",
                # "vortragssaal du zkm" for 'ZKM-Vortragssaal' (a little word between).
                last = position
                while True:
                    ahead = last + 1
                    if ahead + 1 < len(words) and words[ahead].group(0) in STOPWORDS:
                        ahead += 1
                    if ahead < len(words) and (
                        room_id in self.name_words.get(words[ahead].group(0), ())
                        # in the attendee's language: "la scène principale" for 'Hoofdpodium'
                        or room_id in self.translated_words.get(words[ahead].group(0), ())
                        or room_id in self.name_numbers.get(_digits(words[ahead].group(0)), ())
                    ):
                        last = ahead
                    else:
                        break
                return self._second_of(room_id, words, position, last)
            room_id = self.beside_room_word.get(token)
            # A number of three figures or more is no hour (after "in", not "at"): "and in 301?" for
            # 'Room 301-305', "en 013" for 'Sala Canillas 013', "in 153b" for 'Room 153B'.
            figures = _FIGURES.fullmatch(token)
            three_figures = figures is not None and token.isdigit() and previous in PLACE_WORDS
            # A short word only one room's name has, after "in", "en el": "proxima charla en el noh"
            # for 'Noh Theater' (not a word the lexicon knows as a topic: "talks in art").
            short_named = (
                previous in PLACE_WORDS
                and previous not in SUBJECT_MARKERS  # "any talks on MCP" asks about MCP
                and len(token) == 3
                and token.isalpha()
                and token not in self.ideas
            )
            if room_id is not None and (
                previous in ROOM_NOUNS or after in ROOM_NOUNS or three_figures or short_named
            ):
                return RoomMatch(room_id, word.span(), exact=True)
            # Not when a name or a number follows: "la sala Memling" is another room. At the start
            # too: "l'aula c'est où ?" for 'Aula / 4.1000'; not a room described ("la salle où il y
            # a de l'espagnol", "the room with…").
            # "in the main hall", "dans le grand saal": the one hall.
            main_one = previous in _MAIN_WORDS and len(before) >= 2 and before[-2] in PLACE_WORDS
            if (
                token in ROOM_NOUNS
                and (
                    previous in PLACE_WORDS
                    or of_schedule
                    or main_one
                    or (not previous and after not in DESCRIBING_WORDS)
                )
                and (not after or after in _NAMES_NOTHING)
            ):
                sole = {room for noun, room in self.sole_nouns.items() if _noun_fits(token, noun) >= 2}
                if len(sole) == 1 and only_of_its_kind is None:
                    # "la sala de arriba" is the room upstairs, read further on.
                    only_of_its_kind = RoomMatch(sole.pop(), word.span(), exact=False)
            # "en la 13", "dans la 12": a numbered room's number after a place word and its
            # article ("Saal 13"), not after a word an hour follows ("a la una", "à la 1").
            said = _digits(token)  # "dans la six"
            numbered = self._plain_first(said)[:1]
            padded = (
                figures is not None and (token.startswith("0") or int(figures.group(1)) >= 100)
            ) or bool(
                _LETTERED_CODE.fullmatch(token)  # "en d2" for 'Hall D2': a letter and a number are no hour
            )
            # … or its digits closing the message: "what's next in 23?" for '023' (nothing after
            # them to make a delay, "dans 10 min", or an hour; not "il y en a", a letter).
            closing = position == len(words) - 1 and token.isdigit()
            if (
                numbered
                and position > 0
                and (words[position - 1].group(0) in ARTICLES or padded or closing)
                and previous in PLACE_WORDS
                and previous not in HOUR_PREPOSITIONS
            ):
                return RoomMatch(numbered[0][1], word.span(), exact=True)
            # "c koi maintenant en C", "et en B ?": a lettered room's letter right after "en", "in"
            # ('Hall C'); not a letter that is a word ("in a", "y", "o").
            # "and in A?" ends with 'Amphi A''s letter; "qu'il y a", two such words, is "there is".
            # "il y en a ?" (are there any) neither: "en" after "y".
            earlier = words[position - 2].group(0) if position >= 2 else ""
            last_word = (
                position == len(words) - 1 and previous not in LETTER_WORDS and earlier not in LETTER_WORDS
            )
            lettered = (
                self._plain_first(token)[:1]
                if _letter_code(token)
                and (token not in LETTER_WORDS or last_word)
                and text[word.end() : word.end() + 1] != "'"  # "à 15h30 c'est quoi": an elision
                and not (position and _blanked_between(words, position, text))  # "à 21h c koi"
                else []
            )
            alone = position == len(words) - 1 and position > 0 and words[position - 1].group(0) in ARTICLES
            if lettered and (previous in PLACE_PREPOSITIONS or alone):  # "et la C ?"
                return RoomMatch(lettered[0][1], word.span(), exact=True)
            # A code's number, in digits or after a word for a room in words ("la sala cinco" for
            # 'V5 (C215)'); after "en", "in", "à" only when it cannot be an hour.
            room_id = self.code_numbers.get(token) or (
                self.code_numbers.get(said) if previous in ROOM_NOUNS and said != token else None
            )
            if room_id is not None and (
                previous in ROOM_NOUNS or (previous in PLACE_WORDS and int(token) >= 24)
            ):
                return RoomMatch(room_id, word.span(), exact=True)
            found = self._code_without_building(words, position, previous)
            if found is not None:
                return found
        return only_of_its_kind

    def _code_without_building(
        self, words: list[re.Match[str]], position: int, previous: str
    ) -> RoomMatch | None:
        """A code typed without its building's letter: "en 3.019", "la 4 042" for B.3.019 and
        B.4.042 (a dotted number with three digits after the dot is no time), "a220" for WA220;
        after a word for a room or a place. A code's number written with its dot, typed without
        its letter after a word for a room or a place or a word of the room's name: "seminar room
        4.02", "in 2.01", "edv 1.02", "salle de séminaire 4.01" for 'Sem F4.02', 'F2.01', 'EDV F1.02',
        'Sem F4.01' ("séminaire" begins as 'Sem' does)."""
        token = words[position].group(0)
        second = words[position + 1] if position + 1 < len(words) else None
        if (
            second is not None
            and token.isdigit()
            and second.group(0).isdigit()
            and words[position].end() + 1 == second.start()
            and words[position].string[words[position].end()] == "."
        ):
            room_id = self.dotted_numbers.get(f"{token}.{second.group(0)}")
            # "at 2.15" may be a quarter past two; "at 2.01" is no time anyone asks about.
            an_hour = (
                previous in HOUR_PREPOSITIONS and len(second.group(0)) == 2 and int(second.group(0)) % 5 == 0
            )
            if (
                room_id is not None
                and not an_hour
                and (
                    previous in ROOM_NOUNS
                    or previous in PLACE_WORDS
                    or self._begins_its_name(previous, room_id)
                )
            ):
                return RoomMatch(room_id, (words[position].start(), second.end()), exact=True)
        if previous not in ROOM_NOUNS and previous not in PLACE_WORDS:
            return None
        room_id = self.code_tails.get(token)
        if room_id is not None:
            return RoomMatch(room_id, words[position].span(), exact=True)
        following = words[position + 1].group(0) if position + 1 < len(words) else ""
        if token.isdigit() and following.isdigit() and len(following) == 3:
            room_id = self.code_numbers.get(token + following)
            if room_id is not None:
                return RoomMatch(room_id, (words[position].start(), words[position + 1].end()), exact=True)
        return None

    def _starts(self, word: str, room_id: str) -> bool:
        """Whether a word of four letters or more begins a word of the room's name ("metro" of
        'Metropolitan B-C')."""
        return len(word) >= 4 and any(own.startswith(word) for own in self.room_tokens[room_id])

    def _begins_its_name(self, word: str, room_id: str) -> bool:
        """Whether a word is one of the room's name, or begins with one of three letters or more
        ("seminar", "séminaire" for 'Sem')."""
        return any(
            word == own or (len(own) >= 3 and own.isalpha() and word.startswith(own))
            for own in self.room_tokens[room_id]
        )

    def _shortened(self, token: str, previous: str, after: str) -> str | None:
        """A name's own word typed by its start after a word for a place or a room: "prochaine
        conf a baiko" for 'Baikonur', "en salle sky" for 'Sala Skyscanner' (any start of three
        letters after a word for a room); None unless one room's word starts so."""
        # "à l'obs", "au labo", "in the lab": a start of three letters or more after a word for a
        # place too, when it is no word of questions or of kinds of session and nothing that may
        # name something follows ("in data science" is a topic, not 'Database Lab').
        after_room_word = (
            len(token) >= SHORTENED - 1
            and (
                previous in ROOM_NOUNS
                or (
                    previous in PLACE_WORDS
                    and previous not in SUBJECT_MARKERS  # "des talks sur le CRA" asks what about
                    and token not in _NEVER_SHORTENED
                    and (not after or after in _NAMES_NOTHING or after in ROOM_NOUNS)  # "the rec hall"
                )
            )
            and token not in STOPWORDS
        )
        if (
            not (len(token) >= SHORTENED or after_room_word)
            or _has_digit(token)
            or _spoken_digit(token)  # "salle cent un" is room 101, not 'Central Ave'
            or token in self.printed_nouns  # "au village" is 'Maths Village', not 'Villages'
            or not (previous in PLACE_WORDS or previous in ROOM_NOUNS)
        ):
            return None
        words = {**self.whole_nouns, **self.distinctive} if after_room_word else self.distinctive
        rooms = {
            room
            for word, room in words.items()
            if word.startswith(token) and (after_room_word or len(token) >= SHORTENED_SHARE * len(word))
        }
        return rooms.pop() if len(rooms) == 1 else None

    def _plain_first(self, number: str) -> list[tuple[tuple[str, ...], str]]:
        """The rooms numbered so, the one with no other word first: "salle 2" is 'Hall 2' before
        'Hall C.2'; [] when two are as plain."""
        rooms = sorted(self.numbered.get(number, ()), key=lambda entry: len(entry[0]))
        if len(rooms) > 1 and len(rooms[0][0]) == len(rooms[1][0]) and rooms[0][1] != rooms[1][1]:
            return []
        return rooms

    def _of_its_name(self, word: str, room_id: str) -> bool:
        """Whether a word is one of a room's name, as typed or as its cognate ("banquete" of
        'Shakuntalam Banquet')."""
        if word in self.room_tokens.get(room_id, ()):
            return True
        return len(word) >= COGNATE_LENGTH and not cognate_keys(word).isdisjoint(
            self.name_keys.get(room_id, ())
        )

    def _named_on(self, room_id: str, token: str, following: list[re.Match[str]]) -> str:
        """The room whose name has the word found and the next words typed too: "la sala legacy y
        transformation" is 'Legacy Room and Transformation Room' beside 'Legacy Room' (SIGCOMM
        2017's)."""
        others = [room for room, own in self.room_tokens.items() if room != room_id and token in own]
        for word in following:
            typed = word.group(0)
            if typed in STOPWORDS or typed in ROOM_WORDS:
                continue
            having = [room for room in others if typed in self.room_tokens[room]]
            if len(having) == 1 and typed not in self.room_tokens[room_id]:
                return having[0]
            break
        return room_id

    def _cognate(self, token: str) -> str | None:
        """The one room whose name has the word's cognate, for a word no room has as typed."""
        if len(token) < COGNATE_LENGTH or token in self.name_words or token in STOPWORDS | ROOM_WORDS:
            return None
        cognate = next((self.cognates[key] for key in cognate_keys(token) if key in self.cognates), None)
        if cognate or token in self.ideas:
            # A word of the topic lexicon is that idea, not a place by its consonants: "elections"
            # is no 'Village:Yolocation' (WHY2025's), both "-lctn".
            return cognate
        return self.skeletons.get((skeleton(token) or "", len(token)))

    def _pair(self, token: str, after: str) -> str | None:
        """The one room whose name has both words: "chaos west" where "chaos" is in two names."""
        after = _digits(after)  # "zoom two" for 'Zoom 2 - Online'
        # (a name's word of two letters, not a little word: "ai eng")
        short = len(token) < 2 or (len(token) == 2 and token in STOPWORDS)
        if short or _has_digit(token) or (len(after) < 3 and not after.isdigit()):
            return None  # a number is never guessed: "b 2 205" is not B.2.204
        # A number only as the name has it: "orpheum 2" is "Orpheum Theatre 2".
        second = self.name_numbers if after.isdigit() else self.name_words
        # Its plural too: "el teatro de demos" for 'Marketplace Demo Theater'.
        if after not in second and after.endswith("s") and after[:-1] in second:
            after = after[:-1]
        first = self.name_words.get(token, frozenset()) | self.translated_words.get(token, frozenset())
        if not first:
            return None
        named = second.get(after, frozenset()) | self.translated_words.get(after, frozenset())
        if not named and after.isalpha() and len(after) >= 3:
            # The second word shortened: "ai eng" for 'AI Engineering' beside 'AI in Practice' (no
            # name has the word as typed).
            shortened = (rooms for word, rooms in self.name_words.items() if word.startswith(after))
            named = frozenset().union(*shortened)
        # A word for a room its name has: "main ballroom" beside 'Hyatt Regency Ballroom C'.
        named |= self.noun_rooms.get(after, frozenset())
        both = first & named
        return next(iter(both)) if len(both) == 1 else None

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
                    # Its number in parts after "in", "en": "412 2" is no time ("in 412-2").
                    before = words[start - 1].group(0) if start else ""
                    if size >= 2 and joined in self.code_digits and before in PLACE_WORDS:
                        return RoomMatch(
                            self.code_digits[joined], (window[0].start(), window[-1].end()), exact=True
                        )
        if self.members:
            # "b9", "b 9", "a03" for B09 and A03/A04: a code without its zeros, or one room of a pair.
            for size in (2, 1):
                for start in range(len(words) - size + 1):
                    window = words[start : start + size]
                    said_parts = [m.group(0) for m in window]
                    # The word before, an article aside: "en la s dos" for S2.
                    preceding = [m.group(0) for m in words[:start] if m.group(0) not in ARTICLES]
                    before = preceding[-1] if preceding else ""
                    if (
                        size == 2
                        and len(said_parts[0]) == 1
                        and said_parts[1] in NUMBERS_IN_WORDS
                        and (before in ROOM_NOUNS or before in PLACE_WORDS)
                    ):
                        said_parts[1] = str(NUMBERS_IN_WORDS[said_parts[1]])  # "salle b neuf" for B09
                    code = _MEMBER.fullmatch("".join(said_parts))
                    if code and (size == 1 or window[0].group(0).isalpha()):
                        room_id = self.members.get(f"{code.group(1)}{code.group(2)}{code.group(3)}")
                        if room_id is not None:
                            return RoomMatch(room_id, (window[0].start(), window[-1].end()), exact=True)
        spelt = self._find_spelt_number(words)
        if spelt is not None:
            return spelt
        # The best fit of the word for a room; then a number in digits and the room's word first:
        # in "quoi de neuf salle 11", "salle 11" is the room, not "neuf salle".
        best: tuple[tuple[int, bool, bool], str, tuple[int, int]] | None = None
        for word in words:
            # "room2", "salle3": a word for a room and its number typed together; "rb105": the
            # name's own letters and its number ('RB 105').
            glued = _GLUED.fullmatch(word.group(0))
            if glued:
                for printed, room_id in self.numbered.get(glued.group(2), ()):
                    if glued.group(1) not in ROOM_NOUNS and glued.group(1) not in printed:
                        continue
                    fit = max(_noun_fits(glued.group(1), noun) for noun in printed)
                    if fit and (best is None or (fit, True, True) > best[0]):
                        best = ((fit, True, True), room_id, word.span())
        # Then the plainest name ("salle 2" is 'Hall 2' before 'Hall C.2'); of two as plain, the one
        # whose word fits ("sala 2" is 'Saal 2', "hall 2" 'Hall 2'), else neither.
        # … and of names alike, the one without a qualifier: "salle 2" is 'Room 2', not 'Room 2
        # (Prerecorded)' (JavaZone 2021's).
        ranked: dict[tuple[int, bool, bool, int, int], set[str]] = {}
        spans: dict[str, tuple[int, int]] = {}
        for position, (first, second) in enumerate(pairwise(words)):
            # "wicklow hall deux" is no 'Liffey Hall 2': the word before names another room.
            named_before = (
                self.name_words.get(words[position - 1].group(0), frozenset()) if position else frozenset()
            )
            for noun, number in ((first, second), (second, first)):  # "amphi 1200", "the 1200 amphi"
                typed = number.group(0)
                if number is first and not typed.isdigit():
                    continue  # "un atelier de crochetage": a workshop, not 'Workshops 1'
                letter = _letter_after(words, second) if number is second and typed.isdigit() else None
                if letter is not None and typed + letter.group(0) in self.numbered:
                    typed += letter.group(0)  # "salle 254 B" for 'Room 254B' ("salle 2 à 16h45" is Saal 2)
                elif number is second and len(typed) == 1 and typed.isalpha():
                    # "salle p 9", "room p eight" for 'Plaza: Room P9', not 'Poster Area P'.
                    letter = _number_after(words, second)
                    if letter is not None and typed + _digits(letter.group(0)) in self.numbered:
                        typed += _digits(letter.group(0))
                    else:
                        letter = None
                else:
                    letter = None
                if len(typed) == 1 and text[number.end() : number.end() + 1] == "'":
                    continue  # "maddog hall c'est où": an elision, not 'Ballroom C'
                said = _digits(typed)  # "room five", "eva cero"
                for printed, room_id in self.numbered.get(said, ()):
                    if named_before and room_id not in named_before and noun is first:
                        continue
                    # A letter of the name ('Hall C.2') is part of its code, not a word for a room:
                    # "c koi" after "salle deux" names nothing.
                    nouns = [word for word in printed if len(word) > 1]
                    fit = max((_noun_fits(noun.group(0), word) for word in nouns), default=0)
                    if fit:
                        plain = -len(self.room_tokens[room_id])
                        rank = (fit, typed == said, noun is first, -len(printed), plain)
                        ranked.setdefault(rank, set()).add(room_id)
                        last = letter or second
                        start = min(first.start(), second.start())
                        spans.setdefault(room_id, (start, max(first.end(), last.end())))
        if ranked:
            rank = max(ranked)
            if len(ranked[rank]) == 1 and (best is None or rank[:3] > best[0]):
                room_id = next(iter(ranked[rank]))
                best = (rank[:3], room_id, spans[room_id])
            elif best is None:
                return None  # "salle 2" where 'Saal 2' and 'Hall 2' fit alike
        if best is not None:
            return RoomMatch(best[1], best[2], exact=best[0][0] == 3)
        for word in words:
            head = self.code_heads.get(word.group(0))
            if head is not None:
                return RoomMatch(head, word.span(), exact=True)
        return None

    def _find_spelt_number(self, words: list[re.Match[str]]) -> RoomMatch | None:
        """A room's number said digit by digit, in parts or in hundreds after a word for a place or
        a room: "room three twelve" for 312, "in four oh two" for 402, "salle cent un" for 101,
        "la b uno cero diecisiete" for B.1.017 ("at three twelve" is a time)."""
        for start in range(1, len(words)):
            before = words[start - 1].group(0)
            if before in ARTICLES and start >= 2:
                before = words[start - 2].group(0)  # "en la quinientos diecisiete"
            letter = ""
            if len(before) == 1 and before.isalpha() and start >= 2:
                # "in b two zero fifteen", "en la b uno cero diecisiete"
                earlier = [w.group(0) for w in words[: start - 1] if w.group(0) not in ARTICLES]
                letter, before = before, earlier[-1] if earlier else ""
            if (
                before not in ROOM_NOUNS
                and before not in self.numbered_words
                and (before not in PLACE_WORDS or before in HOUR_PREPOSITIONS)
            ):
                continue  # "terrace two b" (a word of 'Terrace 2B'), "room three twelve", "in four oh two"
            end = _spoken_run([w.group(0) for w in words], start)
            # A letter after the number: "terrace two b" for 'Terrace 2B'.
            after = words[end].group(0) if end < len(words) and end > start else ""
            # A letter that is also a word only when it ends the message: "room forty-one A?" for
            # FISL's '41A' ("sala cuarenta y uno a las tres" is at three).
            if len(after) == 1 and after.isalpha() and (after not in LETTER_WORDS or end == len(words) - 1):
                number = _spoken_number([w.group(0) for w in words[start:end]]) + after
                plain = self._plain_first(number)[:1]
                room_id = plain[0][1] if plain else self.codes.get(number)
                if room_id is not None:
                    return RoomMatch(room_id, (words[start].start(), words[end].end()), exact=True)
            for last in range(end, start + (0 if letter else 1), -1):  # "room five" is read elsewhere
                number = _spoken_number([w.group(0) for w in words[start:last]])
                plain = self._plain_first(number)[:1]
                room_id = (
                    self.codes.get(letter + number)
                    if letter
                    else self.room_of_phrase.get(number)
                    or self.code_numbers.get(number)
                    or (plain[0][1] if plain else None)
                    # a dotted code said digit by digit: "sala tres cero cero ocho" for 3.008
                    or (self.codes.get(number) if len(number) >= 3 else None)
                )
                if room_id is not None:
                    first = words[start - 1] if letter else words[start]
                    return RoomMatch(room_id, (first.start(), words[last - 1].end()), exact=True)
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
                        # A letter is a code, never a slip: "foothill g" is not 'Foothill C'.
                        if _letters(window) != _letters(phrase.split()):
                            continue
                        if phrase[0] == window[0][0] and fuzz.ratio(window_core, core(phrase.split())) >= 65:
                            span = (words[start].start(), words[start + size - 1].end())
                            return RoomMatch(self.several_words[phrase], span, exact=False)
        if not self.single_words:
            return None
        for word in words:
            token = word.group(0)
            # Nor a word of questions: "what starts next" names no room 'Star', "que puedes hacer"
            # no 'Hacker Room'.
            if len(token) < 4 or token in _QUESTION_WORDS or _has_digit(token):
                continue
            # French elision typed without its apostrophe: "lagora", "latelier".
            for candidate in (token, token[1:]) if token[0] in "ld" else (token,):
                # Four letters leave room for one typo only: "scla", not "sala".
                cutoff = 80 if len(candidate) > 4 else 88
                found = process.extractOne(
                    candidate, self.single_words.keys(), scorer=fuzz.ratio, score_cutoff=cutoff
                )
                # A kind of session is no slip for a compound of it: "a juggling workshop" is not
                # 'Workshopraum' ("workshop" may be 'Workshops').
                compound = (
                    candidate in _SESSION_KIND_WORDS and len(found[0]) > len(candidate) + 2
                    if found
                    else False
                )
                if found and found[0][0] == candidate[0] and not compound:
                    return RoomMatch(self.single_words[found[0]], word.span(), exact=False)
        return None


def _letters(words: list[str]) -> list[str]:
    return [word for word in words if len(word) == 1 and word.isalpha()]


def _own_words(
    name_words: Mapping[str, set[str]], rooms: list[Room], city_words: set[str], held: Mapping[str, int]
) -> dict[str, str]:
    """Words that belong to one room's name only ("callelongue", "bamberg"): they name it where a
    room is expected ("next in bamberg", "la suite à callelongue"). A word in several names names
    the room whose name the others all contain: "bearsville" is "Bearsville Theater", not
    "Hospitality Lounge … + Bearsville Theater lobby"; or the room that holds ten times the
    sessions of each other one: "la salle radio" is FOSDEM 2021's devroom 'D.radio', not its empty
    stand 'S.radio'. The city's name is no room's ("the weather in Lyon" is not about "Lyon
    Part-Dieu")."""
    words_of = {room.id: set(core(tokens(room.name)).split()) for room in rooms}
    return {
        word: contained
        for word, ids in name_words.items()
        if word not in ROOM_WORDS
        and word not in STOPWORDS
        and word not in city_words
        and (contained := _contained(ids, words_of) or _busiest(ids, held)) is not None
    }


BUSIER, BUSY = 10, 5  # how many times the sessions of each other room, and how many at least


def _busiest(ids: AbstractSet[str], held: Mapping[str, int]) -> str | None:
    """Of rooms a word names, the one that holds BUSIER times the sessions of each other one."""
    counts = sorted(((held.get(room_id, 0), room_id) for room_id in ids), reverse=True)
    (most, room_id), (next_most, _) = counts[0], counts[1]
    return room_id if most >= BUSY and most >= BUSIER * next_most else None


def _typo_phrases(phrases: Mapping[str, str], rooms: list[Room]) -> tuple[dict[str, str], dict[str, str]]:
    """The names' single words and phrases of several words that a typo may name: no digits (a
    number is never fuzzed), no generic room words; a word for a room is a room's name only when
    it is a whole name ("Auditorium")."""
    whole = {" ".join(tokens(name)) for room in rooms for name in (room.name, *room.aliases)}
    single = {
        phrase: room_id
        for phrase, room_id in phrases.items()
        if " " not in phrase
        and len(phrase) >= 4
        and (phrase not in ROOM_WORDS or phrase in whole)
        and not _has_digit(phrase)
    }
    several = {
        phrase: room_id
        for phrase, room_id in phrases.items()
        if " " in phrase and len(core(phrase.split())) >= 4 and not _has_digit(phrase)
    }
    # The one word a name has besides its word for a room: "sirocco" for 'SCIROCCO ROOM' (IMRF's),
    # when no other room's name has it.
    cores: dict[str, set[str]] = {}
    for phrase, room_id in several.items():
        bare = core(phrase.split())
        if " " not in bare and len(bare) >= 5 and bare not in ROOM_WORDS:
            cores.setdefault(bare, set()).add(room_id)
    for bare, room_id in _sole(cores).items():
        single.setdefault(bare, room_id)
    return single, several


# A room's number before its building's name: '4/5, Haus 6', '222, Haus 7' (dotnet Cologne's).
_NUMBER_FIRST = kept(r"\s*(\d+(?:\s*[/+-]\s*\d+)*)\s*,\s*\S")


def _numbered_first(room: Room) -> Room:
    """A room named by its number before its building's name, also as the numbered room it is:
    '4/5, Haus 6' is "room 4/5" ("salle 4-5", "la sala cuatro cinco", "room 1 of building 6"),
    and a room whose name runs its word for a room into its letter, as the room of that letter."""
    number = _NUMBER_FIRST.match(room.name)
    if number is not None:
        return replace(room, aliases=(*room.aliases, f"room {number.group(1)}"))
    # A word for a room run into its letter or number, also as the lettered room it is: 'AMPHID'
    # is "amphi d" ("l'amphi D", "el anfiteatro d").
    apart = _NOUN_CODE.sub(r"\1 \2", room.name)
    return replace(room, aliases=(*room.aliases, apart)) if apart != room.name else room


def _sole(held: Mapping[K, set[str]]) -> dict[K, str]:
    """What one room alone holds, with that room."""
    return {key: next(iter(ids)) for key, ids in held.items() if len(ids) == 1}


def _code_numbers(codes: Mapping[str, str], rooms: list[Room]) -> dict[str, set[str]]:
    """The numbers that name rooms where a room is expected, with the rooms each may name: a code's
    number ("salle 316", "en 419" for B316 and B419), a bracketed code's ("salle 301" for 'V3
    (A301)'), a number written with a dot typed without it ("204" for 'Salle 2.04'), a room's
    number after its building's ("en la 141", "dans la 082" for '32-141', '32-082')."""
    numbers: dict[str, set[str]] = {}
    bracketed = [
        (code, room.id) for room in rooms for a, b in _BRACKETS.findall(room.name) if (code := _code(a or b))
    ]
    for code, room_id in (*codes.items(), *bracketed):
        digits = re.sub(r"^[a-z]+", "", code)
        if digits.isdigit() and digits != code:
            numbers.setdefault(digits, set()).add(room_id)
    for room in rooms:
        dotted = re.search(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])", room.name)
        if dotted:
            numbers.setdefault(dotted.group(1) + dotted.group(2), set()).add(room.id)
        in_building = re.match(r"\s*\d+-(\d{3,})\b(?!-)", room.name)
        if in_building:
            numbers.setdefault(in_building.group(1), set()).add(room.id)
        short = re.match(r"\s*[A-Za-z](\d{1,2})\b", room.name)  # 'V5 (C215)': "la sala cinco"
        if short:
            numbers.setdefault(short.group(1), set()).add(room.id)
    return numbers


def _contained(ids: AbstractSet[str], words_of: Mapping[str, AbstractSet[str]]) -> str | None:
    """The one room of `ids` whose name's words every other one's name has, if there is one."""
    if len(ids) == 1:
        return next(iter(ids))
    inner = [room for room in ids if all(words_of[room] <= words_of[other] for other in ids)]
    return inner[0] if len(inner) == 1 else None


def _number_value(word: str) -> int | None:
    """What a number word says ("dos" 2, "vingt" 20, "sesenta" 60); None for any other word."""
    return NUMBERS_IN_WORDS.get(word) or TENS_ABOVE.get(word)


def _spoken_digit(word: str) -> bool:
    return (
        _number_value(word) is not None
        or word in ZERO_WORDS
        or word in HUNDRED_WORDS
        or word in HUNDREDS
        or word in SCORE_WORDS
    )


def _spoken_run(words: list[str], start: int) -> int:
    """Where the number words from `start` end; a word for "and" inside counts ("cuarenta y dos",
    "soixante et onze", "one hundred and twelve")."""
    end = start
    while end < len(words) and (
        _spoken_digit(words[end])
        or (
            end > start and words[end] in AND_WORDS and end + 1 < len(words) and _spoken_digit(words[end + 1])
        )
    ):
        end += 1
    return end


def _spoken_number(said: list[str]) -> str:
    """Number words as the digits of a room number: "three twelve" → 312, "four oh two" → 402,
    "forty two" → 42, "one sixty two" → 162, "cent un" → 101, "one hundred twelve" → 112,
    "cent soixante-deux" → 162, "quatre-vingt-dix" → 90."""
    said = [word for word in said if word not in AND_WORDS]
    hundreds = next((i for i, word in enumerate(said) if word in HUNDREDS), None)
    if hundreds is not None:  # "quinientos diecisiete" → 517
        after = [max(group, 0) for group in _number_groups(said[hundreds + 1 :])]
        return str(HUNDREDS[said[hundreds]] + sum(after))
    hundred = next((i for i, word in enumerate(said) if word in HUNDRED_WORDS), None)
    if hundred is None:
        return "".join(str(group) if group >= 0 else "0" for group in _number_groups(said))
    before = [group for group in _number_groups(said[:hundred]) if group >= 0]
    after = [max(group, 0) for group in _number_groups(said[hundred + 1 :])]
    return str((before[-1] if before else 1) * 100 + sum(after))


def _digits(word: str) -> str:
    """A number typed in words as digits ("dos" → "2", "oh" → "0"), anything else as it is."""
    if word in ZERO_WORDS:
        return "0"
    value = _number_value(word)
    return str(value) if value is not None else word


def _number_groups(said: list[str]) -> list[int]:
    """The numbers that number words say one after another, each as said: "three twelve" → 3, 12;
    "forty two" → 42 ("soixante dix" → 70, "quatre vingt" → 80); a zero word is -1 (a 0 of its own,
    "four oh two")."""
    groups: list[int] = []
    for word in said:
        if word in ZERO_WORDS:
            groups.append(-1)
            continue
        value = _number_value(word) or (20 if word in SCORE_WORDS else None)
        if value is None:
            continue
        last = groups[-1] if groups else -1
        if word in SCORE_WORDS and last == 4:
            groups[-1] = 80  # "quatre-vingt"
        elif (
            last >= 20
            and last % 10 == 0
            and last % 100 != 0
            and (value < 10 or (value < 20 and last in (60, 80)))
        ):
            groups[-1] = last + value  # "forty two", "soixante-douze", "quatre-vingt-dix"
        else:
            groups.append(value)
    return groups


def _spaced(text: str) -> str:
    """The text with punctuation as spaces ('aw1.120' → 'aw1 120'): every character keeps its
    place, so a span found in it is a span of the text."""
    return re.sub(r"[^a-z0-9 ]", " ", text)
