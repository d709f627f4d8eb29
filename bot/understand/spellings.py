"""Words grouped by length, for the fuzzy searches of a slip in a large vocabulary.

A word a slip away from another has about its length: an edit distance of k leaves lengths at
most k apart, and a similarity ratio of c % (rapidfuzz's `fuzz.ratio`, an Indel similarity)
leaves lengths whose difference is at most (100 − c) % of their sum. Searching only the words of
those lengths gives what a search of the whole list gives, in a third of the time on a
1,300-event programme's twenty thousand words (a misspelt topic cost 10 ms there).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA


class Spellings:
    """A list of words, searched by length."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = list(words)
        # Each length's words, in the list's order, with their places in it.
        self._lengths: dict[int, tuple[list[str], list[int]]] = {}
        for place, word in enumerate(self.words):
            group = self._lengths.setdefault(len(word), ([], []))
            group[0].append(word)
            group[1].append(place)

    def __len__(self) -> int:
        return len(self.words)

    def _groups(self, shortest: int, longest: int) -> Iterable[tuple[list[str], list[int]]]:
        for length in range(max(shortest, 0), longest + 1):
            group = self._lengths.get(length)
            if group is not None:
                yield group

    def _ratio_groups(self, word: str, cutoff: float) -> Iterable[tuple[list[str], list[int]]]:
        slack = 1 - cutoff / 100
        if slack >= 1:
            return self._groups(0, max(self._lengths, default=0))
        # |n − m| ≤ slack·(n + m), widened by one against rounding.
        shortest = math.floor(len(word) * (1 - slack) / (1 + slack)) - 1
        longest = math.ceil(len(word) * (1 + slack) / (1 - slack)) + 1
        return self._groups(shortest, longest)

    def has_near(self, word: str, cutoff: float) -> bool:
        """Whether a word scores at least `cutoff` with `word` (fuzz.ratio)."""
        return any(
            process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff) is not None
            for words, _ in self._ratio_groups(word, cutoff)
        )

    def nearest(self, word: str, cutoff: float, limit: int) -> list[tuple[str, float]]:
        """The `limit` words scoring best with `word` (fuzz.ratio, at least `cutoff`), best first,
        the list's order between equals: what `process.extract` on the whole list gives."""
        found: list[tuple[float, int, str]] = []
        for words, places in self._ratio_groups(word, cutoff):
            for match, score, at in process.extract(
                word, words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
            ):
                found.append((-score, places[at], match))
        return [(match, -negative) for negative, _, match in sorted(found)[:limit]]

    def slip_of(self, word: str, slips: int) -> str | None:
        """The word `word` is at most `slips` edits away from (letters missing, extra, wrong or
        two swapped), the nearest, the first in the list between equals."""
        best: tuple[int, int, str] | None = None
        for words, places in self._groups(len(word) - slips, len(word) + slips):
            found = process.extractOne(word, words, scorer=OSA.distance, score_cutoff=slips)
            if found is not None:
                candidate = (int(found[1]), places[found[2]], found[0])
                if best is None or candidate < best:
                    best = candidate
        return best[2] if best is not None else None
