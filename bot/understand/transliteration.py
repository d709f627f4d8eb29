"""Names written in Cyrillic as attendees type them in Latin letters: a Ukrainian programme's
'Олесь Петрів' is asked for as "oles petriv", 'Вікторія Лукинюк' as "Lukyniuk".

Two spellings are made of a name: Ukraine's official romanisation (2010), which its passports and
its sites' addresses use ('Сергій' → "serhii", 'Єрмілов' → "yermilov"), and, for a name written
with no letter only Ukrainian has, the common English one of Russian names ('Никита' → "nikita",
'Георгий' → "georgii"). A slip between them or another habit ("tkatchenko", "brodetski") is left to
the search of a misspelt name.
"""

from __future__ import annotations

import re

from bot.understand.text import CYRILLIC

_CYRILLIC = re.compile(f"[{CYRILLIC}]")
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэёъ")

# Letters spelt the same way in both.
_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "'": "", "’": "",
    "ʼ": "",
}  # fmt: skip
# Ukrainian: a word's first letter may be spelt otherwise than inside it ("Єрмілов", "Андрієнко").
_UKRAINIAN = {
    **_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i", "є": "ie", "ю": "iu", "я": "ia",
}  # fmt: skip
_UKRAINIAN_FIRST = {"ї": "yi", "й": "y", "є": "ye", "ю": "yu", "я": "ya"}
_RUSSIAN = {
    **_COMMON, "г": "g", "и": "i", "й": "y", "ы": "y", "э": "e", "ё": "yo", "ю": "yu", "я": "ya",
}  # fmt: skip


def latin_spellings(name: str) -> tuple[str, ...]:
    """A name written in Cyrillic in Latin letters: Ukraine's official spelling and the English
    one of Russian names, each unless a letter says the name is of the other language ("і",
    "ї", "є", "ґ" only Ukrainian writes; "ы", "э", "ё", "ъ" only Russian); () for a name with no
    Cyrillic letter. Letters of other scripts are kept as they are."""
    if not _CYRILLIC.search(name):
        return ()
    lowered = name.lower()
    spellings = []
    if _RUSSIAN_ONLY.isdisjoint(lowered):
        spellings.append(_spelt(lowered, _UKRAINIAN, _UKRAINIAN_FIRST))
    if _UKRAINIAN_ONLY.isdisjoint(lowered):
        spellings.append(_spelt(lowered, _RUSSIAN, {}))
    return tuple(dict.fromkeys(spellings))


def _spelt(text: str, letters: dict[str, str], first: dict[str, str]) -> str:
    out = []
    for position, letter in enumerate(text):
        starts = position == 0 or not text[position - 1].isalpha()
        out.append((first.get(letter) if starts else None) or letters.get(letter, letter))
    return "".join(out)
