"""How a message names the conference itself, from the programme's own data: its name and short
name in each language (a name of one word, "FOSDEM 2020", is that word), its acronyms (listed in
[conference], or in brackets in a name: "(GFMD)"), the kind of event its name says it is ("Sommet
du Forum…": then "sommet", "summit", "cumbre", "forum" and "foro" mean it; lexicon [events]) and
the words for any conference ("conférence", "congreso": lexicon words.conference). No
conference's names are written here: they come from the programme."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.programme.model import Conference
from bot.understand.text import fold, words
from bot.understand.vocabulary import CONFERENCE_WORDS, EVENT_WORDS, STOPWORDS

_BRACKETS = re.compile(r"\(([^)]*)\)")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,9}\b")
# Where a name splits into parts that are each a name: "Dialogue … 2015 : Conférence sur …".
_PARTS = re.compile(r"[:()\[\],;|–—]| - ")


@dataclass(frozen=True, slots=True)
class ConferenceNames:
    words: frozenset[str]  # one word each: "conference", "gfmd", "sommet" when it is one
    phrases: re.Pattern[str] | None  # several words: "forum mondial sur la migration et le developpement"
    # Words that go with a name of it: its city in its spellings, its years ("the Geneva
    # conference", "the 2020 GFMD summit"); alone they do not name it.
    context: frozenset[str] = frozenset()
    # Its own short names, a code of letters and digits ('rC3' of 'rC3 NOWHERE', the file's
    # acronym 'rc3-2021') or an acronym listed for it: a room that shares one ('rC3 Lounge') is
    # named by its other words. (Not every word of its name: "cloud" at a Cloud Summit is still
    # a topic.)
    own: frozenset[str] = frozenset()

    def said(self, folded_words: tuple[str, ...], joined: str) -> frozenset[str]:
        """The words of a message that name the conference (none: it is not named)."""
        found = {word for word in folded_words if word in self.words}
        if self.phrases is not None:
            for match in self.phrases.finditer(joined):
                found.update(match.group(0).split())
        if found:
            found.update(word for word in folded_words if word in self.context)
        return frozenset(found)


def conference_names(conference: Conference, city: tuple[str, ...] = ()) -> ConferenceNames:
    """`city`: the city's names in other languages ("genf", "ginebra")."""
    names = (*conference.name.all(), *conference.short_name.all())
    acronyms = {fold(acronym) for acronym in conference.acronyms}
    for name in names:
        for inside in _BRACKETS.findall(name):
            acronyms.update(fold(acronym) for acronym in _ACRONYM.findall(inside))
    for short in conference.short_name.all():
        acronyms.update(fold(acronym) for acronym in _ACRONYM.findall(short))
    name_words = {word for name in names for word in words(name)}
    events = {form for forms in EVENT_WORDS.values() if name_words & set(forms) for form in forms}
    phrases: set[str] = set()
    single: set[str] = set()
    for name in names:
        for part in _PARTS.split(name):
            tokens = words(part)
            while tokens and tokens[-1].isdigit():  # "… sur la migration 2015"
                tokens.pop()
            content = [token for token in tokens if token not in STOPWORDS]
            if len(content) >= 3 or (len(content) == 2 and events & set(tokens)):
                phrases.add(" ".join(tokens))
            elif len(tokens) == 1 and len(content) == 1 and len(tokens[0]) >= 3:
                single.add(tokens[0])  # "FOSDEM 2020", "DevConf 2026": a name of one word
            # From a kind of event on, or the word before it: "Sommet du Forum mondial…" is also
            # "Forum mondial…"; "Summit of the Global Forum on…" also "Global Forum on…".
            for start, token in enumerate(tokens[1:], start=1):
                if token not in events:
                    continue
                for begin in (start, start - 1):
                    rest = tokens[begin:]
                    if rest[0] not in STOPWORDS and len([t for t in rest if t not in STOPWORDS]) >= 2:
                        phrases.add(" ".join(rest))
    for short in conference.short_name.all():
        tokens = words(short)
        if len(tokens) > 1:
            phrases.add(" ".join(tokens))
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])") if phrases else None
    context = {*words(conference.city), *city, *(str(day.year) for day in conference.days)}
    return ConferenceNames(
        words=frozenset(CONFERENCE_WORDS | events | acronyms | single),
        phrases=pattern,
        context=frozenset(context),
        own=frozenset(
            word
            for word in {w for w in {*name_words, _id_stem(conference.id)} if _CODE.fullmatch(w)} | acronyms
            if word not in STOPWORDS and not word.isdigit()
        ),
    )


_YEAR_AFTER = re.compile(r"[-_.]?(?:19|20)\d\d$")
_CODE = re.compile(r"[a-z]+\d+[a-z\d]*|\d+[a-z]+[a-z\d]*")


def _id_stem(conference_id: str) -> str:
    """A file's id, its year aside: a short name of letters and digits when the file gives its
    acronym, "rc3" of 'rc3' or 'rc3-2021' (rC3's, whose title is "Remote Chaos Experience")."""
    return _YEAR_AFTER.sub("", conference_id)
