"""Which language a message is in: its signs and marker words (lexicon/{fr,en,es}.toml), then the
user's language, then the programme's; a person's name says nothing of the language."""

from __future__ import annotations

from datetime import time

import pytest

from bot.programme.model import Programme
from bot.understand.language import detect_language
from bot.understand.parse import parse
from bot.understand.text import words
from tests.understand.conftest import PROGRAMMES

DETECTED = [
    # French: words, and letters only French writes.
    ("où est la salle ?", "fr"),
    ("qu'est-ce qui se passe maintenant", "fr"),
    ("prochaine séance", "fr"),
    ("aide", "fr"),
    ("merci", "fr"),
    ("Leçon", "fr"),
    # "les" is French only: its "de la" is no Spanish.
    ("les slides de la keynote ?", "fr"),
    # English: words and the possessive.
    ("what's next?", "en"),
    ("when does Ada speak", "en"),
    ("Ada's talk", "en"),
    ("help", "en"),
    ("thanks", "en"),
    # Spanish: words, ¿ ¡ ñ and its accented vowels.
    ("¿dónde está?", "es"),
    ("qué hay ahora", "es"),
    ("ahorita", "es"),
    ("niño", "es"),
    ("sesión", "es"),
    ("gracias", "es"),
    # No clue.
    ("ok", None),
    ("café", None),
    ("programme", None),
]


@pytest.mark.parametrize(("text", "language"), DETECTED, ids=[row[0] for row in DETECTED])
def test_the_language_of_a_message_is_detected(text: str, language: str | None) -> None:
    assert detect_language(text, words(text)) == language


def test_a_programme_clue_tips_a_message_without_one() -> None:
    assert detect_language("ok", ["ok"], {"es": 1.0}) == "es"
    assert detect_language("where is it", words("where is it"), {"es": 1.0}) == "en"


# (text, the language it is read in on every programme); None: the programme's own language.
READ = [
    ("où est la salle ?", "fr"),
    ("what's on now?", "en"),
    ("¿qué hay ahora?", "es"),
    ("ok", None),
]


@pytest.mark.parametrize("name", PROGRAMMES)
@pytest.mark.parametrize(("text", "language"), READ, ids=[row[0] for row in READ])
def test_a_question_is_read_in_its_language_on_every_programme(
    programmes: dict[str, Programme], name: str, text: str, language: str | None
) -> None:
    programme = programmes[name]
    conference = programme.conference
    at = conference.local(conference.days[0], time(10, 0))
    assert parse(text, at, programme).language == (language or conference.default_language)
    assert parse(text, at, programme, "es").language == (language or "es")  # the user's language next


@pytest.mark.parametrize("name", PROGRAMMES)
def test_a_name_alone_says_nothing_of_the_language(programmes: dict[str, Programme], name: str) -> None:
    """'Ana Beltrán' or 'Nancy Hopkins' alone is in the user's language, else the programme's."""
    programme = programmes[name]
    conference = programme.conference
    at = conference.local(conference.days[0], time(10, 0))
    speaker = next(person for person in programme.people.values() if not person.unnamed)
    assert parse(speaker.name, at, programme).language == conference.default_language
    assert parse(speaker.name, at, programme, "es").language == "es"
