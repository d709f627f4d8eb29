"""Normalising text: case, accents, apostrophes, punctuation, invisible characters.

The one home of text folding, for what people type (questions) and for what other tools write
(importers' names, kinds and ids): both must fold a word the same way to find each other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.understand.patterns import kept

# Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible, but they break matching
# and ids. Lone surrogates (JSON "\ud83d" cut in half) cannot even be written out as UTF-8.
INVISIBLE = kept("[\u200b-\u200d\u2060\ufeff\u00ad\ud800-\udfff]")
# Letters that Unicode does not decompose into a base letter and an accent.
LETTER_FOLDS = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "ae",
    "ø": "o",
    "Ø": "o",
    "œ": "oe",
    "Œ": "oe",
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "þ": "th",
    "Þ": "th",
    "ı": "i",
}
# Letters of other scripts make words too: a name pasted as the programme writes it ("林之晨",
# "Дмитрий") is found as typed. A run of Chinese or Japanese characters is one word (no spaces
# to cut it at).
# Scripts whose every sign is a syllable or a word: Japanese kana, Chinese characters, Korean.
_DENSE_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
CYRILLIC = "\u0400-\u04ff"
OTHER_SCRIPTS = (
    "\u0370-\u03ff"  # Greek
    + CYRILLIC
    + "\u0590-\u05ff\u0600-\u06ff"  # Hebrew, Arabic
    + _DENSE_SCRIPTS
)
_WORD = kept(rf"[a-z0-9]+(?:[:.][0-9]+)?|[{OTHER_SCRIPTS}]+")
_DENSE = kept(f"[{_DENSE_SCRIPTS}]")


def dense(word: str) -> bool:
    """Whether a word is written in a script whose every sign is a syllable or a word (Chinese,
    Japanese, Korean): two signs are a whole name ("毛哥"), and a name runs into the title after it
    ("孔祥重教授", professor Kung)."""
    return _DENSE.match(word) is not None


# Each replacement is one regular expression, a C-level pass that only stops where it matches:
# str.translate with a mapping looks every character up, and a large programme's index has a
# million of them (a tenth of a second of a 1,300-event programme's start-up).
_LETTERS = kept("[" + "".join(LETTER_FOLDS) + "]")
_APOSTROPHES = kept("[’‘`´ʼ]")


def _ranges(codes: list[int]) -> str:
    """A character class's body for sorted code points, as ranges."""
    spans: list[list[int]] = []
    for code in codes:
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in spans)


# Every combining mark (accents, cedillas, tildes…) of the Basic Multilingual Plane.
_COMBINING = kept("[" + _ranges([code for code in range(0x10000) if unicodedata.combining(chr(code))]) + "]")


def without_accents(text: str) -> str:
    """The text with accents taken off and the letters above folded: 'Ñandú' → 'Nandu'."""
    if text.isascii():
        return text
    folded = _LETTERS.sub(lambda match: LETTER_FOLDS[match.group(0)], text)
    decomposed = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    if not decomposed or max(decomposed) < "\U00010000":  # "ꪾ" alone: a mark, nothing left
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))  # beyond the BMP


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents or invisible characters: 'Ñandú' → 'nandu', 'Şişli' → 'sisli';
    a language named with a sign as a word: 'F#' → 'fsharp', 'C++' → 'cpp'."""
    if text.isascii():  # (no invisible character, curly apostrophe or accent: most texts)
        folded = text.lower()
    else:
        folded = without_accents(_APOSTROPHES.sub("'", INVISIBLE.sub("", text)).lower())
    if "#" in folded or "++" in folded:
        # Signs are dropped with the other punctuation: "des sessions sur F# ?" would ask about "f".
        folded = _SIGNED_NAMES.sub(_signed_name, folded)
    return folded


# "C#", "F#", "J#", "C++" ("C++17" is "cpp 17"); not "#hashtag" or "a#b".
_SIGNED_NAMES = kept(r"(?<![a-z0-9])(?:([cfj])#|c\+\+)(?![a-z+#])")


def _signed_name(found: re.Match[str]) -> str:
    name = f"{found.group(1)}sharp" if found.group(1) else "cpp"
    following = found.string[found.end() : found.end() + 1]
    return f"{name} " if following.isdigit() else name


# The R language is a capital letter alone, which folding makes the English stop word "r" ("what
# r the talks"): a text names it so ("Intro to R", "R packages", "Python, R, Julia"; not "R&D",
# "George R. R. Martin", "R2-D2", "ℝ^n" written "R^n"; "in R." only at the text's end: an
# initial's dot is written the same), and the lexicon's idea has this word.
R_LANGUAGE = "rlanguage"
_R_ALONE = kept(r"(?<![\w.&'’/#^\\-])R(?![\w&'’/#^+\\-])(?!\.\s*\w)")


def names_r_language(text: str) -> bool:
    """Whether a text (as written, capitals kept) has the R language's name in it."""
    return "R" in text and _R_ALONE.search(text) is not None


def words(text: str) -> list[str]:
    """The folded words of a text; elisions split ('l'atelier' → 'l', 'atelier')."""
    return folded_words(fold(text))


def folded_words(folded: str) -> list[str]:
    """The words of a text already folded."""
    return _WORD.findall(folded.replace("'", " "))


def blank(text: str, span: tuple[int, int]) -> str:
    """The text with the characters of `span` as spaces: what is left keeps its places, so spans
    found in it are spans of the text."""
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]


# Words joined by hyphens in a folded text ("wi-fi", "co-working"): programmes' words and rooms'
# names are also read with them written as one.
HYPHENATED = kept(r"[a-z0-9]+(?:-[a-z0-9]+)+")
