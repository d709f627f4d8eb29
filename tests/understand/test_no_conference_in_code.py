"""The understanding knows no conference: the names of the shipped conferences' rooms, people,
cities and glossary terms appear nowhere in bot/understand/ (code, comments or lexicon files).
They belong in each conference's programme file. A name the general lexicon also has (a UN
agency known in every language, such as IOM/OIM; a word rooms are named after, "outside") is
general knowledge, not the conference's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.programme.loading import load_programme
from bot.understand.lexicon import topic_ideas
from bot.understand.text import fold, words
from bot.understand.vocabulary import ROOM_NAME_WORDS, ROOM_WORDS

ROOT = Path(__file__).resolve().parents[2]
UNDERSTAND = ROOT / "bot" / "understand"
PROGRAMMES = sorted((ROOT / "data").glob("*/programme.toml"))


def names_of(path: Path) -> set[str]:
    conference = load_programme(path).programme
    names = {conference.conference.city}
    for room in conference.rooms.values():
        names.update((room.name, *room.aliases))
    for person in conference.people.values():
        if not person.unnamed:
            names.update((person.name, *person.aliases))
    for term in conference.conference.glossary.terms:
        names.add(term[0])
    names.update(phrase for phrase, _ in conference.conference.glossary.acronyms)
    folded = {" ".join(words(name)) for name in names}
    general = {form for idea in topic_ideas() for form in idea.forms}
    # And each word of those: Mechelen's glossary reads "Costa Rica" as "rica", a word of a country.
    general |= {word for form in general for word in form.split()}
    # "Aula", "Sala": a room named with the word for any room is no conference's name; nor one of
    # the general words rooms are named after ("Outside", "Extérieur": the lexicon's room_names).
    general |= set(ROOM_NAME_WORDS)
    return {name for name in folded if len(name) >= 4 and name not in ROOM_WORDS and name not in general}


def test_the_shipped_conferences_are_checked() -> None:
    assert len(PROGRAMMES) >= 3


@pytest.mark.parametrize("programme", PROGRAMMES, ids=lambda path: path.parent.name)
def test_no_name_of_a_shipped_conference_is_in_the_understanding(programme: Path) -> None:
    text = " ".join(
        " ".join(words(path.read_text(encoding="utf-8")))
        for path in sorted(UNDERSTAND.rglob("*"))
        if path.suffix in (".py", ".toml")
    )
    found = sorted(
        name
        for name in names_of(programme)
        if re.search(rf"(?<![a-z0-9]){re.escape(fold(name))}(?![a-z0-9])", text)
    )
    assert found == []
