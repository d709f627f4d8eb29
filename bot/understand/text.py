"""Normalising what people type: case, accents, apostrophes, punctuation, invisible characters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:[:.][0-9]+)?")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents or invisible characters: 'Alcázar' → 'alcazar', 'Başar' → 'basar'."""
    text = text.translate(_INVISIBLE).translate(_APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ı", "i")


def words(text: str) -> list[str]:
    """The folded words of a text; elisions split ('l'auditoire' → 'l', 'auditoire')."""
    return _WORD.findall(fold(text).replace("'", " "))
