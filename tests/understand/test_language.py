"""Which language a message is in: its signs and marker words (lexicon/{fr,en,es}.toml), then the
user's language, then the programme's; a person's name says nothing of the language."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

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


def test_the_language_a_programme_is_written_in_when_its_file_does_not_say(tmp_path: Path) -> None:
    """BDX I/O's JSON says no language: its French titles and descriptions make it a French
    programme (a message that says nothing of its language is answered in French); a Portuguese
    one shares little words with Spanish ("para", "como") but is neither."""
    from bot.programme.loading import load_programme
    from bot.understand.language import written_in

    french = [
        "Les tests de bout en bout avec Cypress",
        "Comment passer à l'échelle dans le cloud et pourquoi",
    ]
    portuguese = ["Como usar o SQL Server com Docker", "Uma introdução ao Power BI para os analistas"]
    spanish = [
        "Cómo usar SQL Server con Docker en los proyectos",
        "Una introducción al Power BI para el equipo",
    ]
    assert written_in(french * 10) == "fr"
    assert written_in(spanish * 10) == "es"
    assert written_in(portuguese * 10) is None
    assert written_in(french[:1]) is None  # too little to say
    sessions = [
        {
            "title": title,
            "start": f"2019-10-18T{9 + n % 8:02d}:00:00+02:00",
            "duration": 30,
            "room": "Amphi A",
        }
        for n, title in enumerate(french * 10)
    ]
    path = tmp_path / "talks.json"
    path.write_text(json.dumps({"sessions": sessions}), encoding="utf-8")
    assert load_programme(path).programme.conference.default_language == "fr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("et kotlin ?", "fr"),  # French "and"
        ("y a un parking a KTH ?", "fr"),  # "y a un": French, though "y" is Spanish "and" too
        ("y a un truc sur la durabilite ?", "fr"),
        ("c qd la conf de rossana suares", "fr"),
        ("la suite en galerie 4 ?", "fr"),
        ("y a qqch sur hashicorp vault ?", "fr"),
        ("va a hablar Ken Thompson?", "es"),  # "va a hablar": Spanish, though "va" is French too
        ("va a estar Bill Gates?", "es"),
        ("charla de nextcloud", "es"),
        ("cuanto cuesta la entrada?", "es"),
        ("y gesing?", "es"),
        ("y a las 3?", "es"),
    ],
)
def test_words_and_phrases_only_one_language_types(text: str, language: str) -> None:
    """Held-out questions whose language was read wrong (the answer then came in another)."""
    assert detect_language(text, words(text)) == language
