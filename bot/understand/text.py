"""Normalising text: case, accents, apostrophes, punctuation, invisible characters.

The one home of text folding, for what people type (questions) and for what other tools write
(importers' names, kinds and ids): both must fold a word the same way to find each other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible, but they break matching
# and ids. Lone surrogates (JSON "\ud83d" cut in half) cannot even be written out as UTF-8.
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\ud800-\udfff]")
# Letters that Unicode does not decompose into a base letter and an accent.
LETTER_FOLDS = str.maketrans(
    {
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
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:[:.][0-9]+)?")


# Every combining mark (accents, cedillas, tildes…) of the Basic Multilingual Plane, removed in one
# C-level pass: a character-by-character test cost a large programme's index half a second.
_COMBINING = dict.fromkeys(code for code in range(0x10000) if unicodedata.combining(chr(code)))


def without_accents(text: str) -> str:
    """The text with accents taken off and the letters above folded: 'Ñandú' → 'Nandu'."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(LETTER_FOLDS)).translate(_COMBINING)
    if max(decomposed) < "\U00010000":
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))  # beyond the BMP


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents or invisible characters: 'Ñandú' → 'nandu', 'Şişli' → 'sisli'."""
    return without_accents(INVISIBLE.sub("", text).translate(_APOSTROPHES).lower())


def words(text: str) -> list[str]:
    """The folded words of a text; elisions split ('l'atelier' → 'l', 'atelier')."""
    return _WORD.findall(fold(text).replace("'", " "))
