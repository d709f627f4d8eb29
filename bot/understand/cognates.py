"""A French or Spanish word's English forms by its ending ("tenseurs" → "tensors",
"probabilística" → "probabilistic"): the endings are language data (lexicon [cognates]); and
the spelling key where cognates spelt another way meet ("sintéticos" and "synthetic")."""

from __future__ import annotations

from functools import cache

from bot.understand.lexicon import lexicon

# Letters a word keeps before its ending: "gif" is no "give", "musique" is "music".
MIN_STEM = 3


@cache
def _endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every ending with its English ones, the longest first ("iques" before "ique")."""
    section = lexicon().section("cognates")
    return tuple(sorted(section.items(), key=lambda item: -len(item[0])))


def english_forms(word: str) -> tuple[str, ...]:
    """The word with its ending made English, by the longest ending it has; () for none."""
    for ending, english in _endings():
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            return tuple(stem + other for other in english)
    return ()


# Spellings English and the Romance languages write differently for one sound: "synthétique" and
# "synthetic" against "sintético", "cochlear" against "coclear", "physique" against "física".
_SPELLINGS = (("ph", "f"), ("th", "t"), ("ch", "c"), ("ck", "c"), ("qu", "c"), ("k", "c"), ("y", "i"))
# Letters a key keeps at least: shorter words meet too many others.
MIN_KEY = 5
# Letters a word needs before its cognates are looked for.
COGNATE_LENGTH = 6


def spelling_key(word: str) -> str:
    """The word as its cognates in the other languages also spell it: the spellings above made one,
    doubled letters single ("communication", "comunicación"), without the plural's "s" and the
    vowels that end it ("implantes" and "implants", "técnica" and "technique", "memoria" and
    "memory")."""
    for written, said in _SPELLINGS:
        word = word.replace(written, said)
    word = "".join(letter for i, letter in enumerate(word) if i == 0 or letter != word[i - 1])
    return word.removesuffix("s").rstrip("aeio")


def openings(initial: str) -> tuple[str, ...]:
    """The beginnings of the words whose spelling key opens with `initial`: "c" is also "k" and
    "qu" (and "ch", which begins with "c")."""
    return (initial, *(written for written, said in _SPELLINGS if said == initial and written[0] != initial))


def cognate_keys(word: str) -> frozenset[str]:
    """The spelling keys of a French or Spanish word and of its English forms; a Spanish word that
    opens with "es" and a consonant also without its "e" ("espasticidad" is "spasticity")."""
    candidates = {word, *english_forms(word)}
    if word.startswith("es") and len(word) > 3 and word[2] not in "aeiou":
        candidates |= {candidate[1:] for candidate in candidates if candidate.startswith("es")}
    return frozenset(key for key in map(spelling_key, candidates) if len(key) >= MIN_KEY)


# Letters a place's skeleton keeps at least: shorter ones meet too many other words ("cuanto" and
# "keynote" are both "cnt", "sommet" and "summit" "smt").
MIN_SKELETON = 4


def skeleton(word: str) -> str | None:
    """A place's name as its translations keep it, its consonants: "Toscane", "Toscana" and
    "Tuscany" are all "tscn", "Ombrie" and "Umbria" "-mbr" (a name that opens with a vowel keeps a
    mark of it); None for a shorter skeleton."""
    key = spelling_key(word)
    found = ("-" if key[:1] in tuple("aeiouy") else "") + "".join(c for c in key if c not in "aeiouy")
    return found if len(found) >= MIN_SKELETON else None
