"""A conference's own words in our TOML format ([glossary]): read into the model, written back the
same, refused with the line, the field and the reason, and used by the understanding."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.answers.reply import respond
from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from bot.programme.model import Glossary
from bot.programme.writer import programme_to_toml

BASE = """\
format = "conference-bot/1"

[conference]
id = "tiny"
timezone = "Europe/Brussels"
default_language = "en"
languages = ["en"]
days = ["2026-05-04"]
name = "Tiny"

[[rooms]]
id = "hall"
name = "Hall"

[[sessions]]
id = "opening"
title = "Visit of the Grote Markt and the brewery of Het Anker"
start = "2026-05-04T10:00"
end = "2026-05-04T11:00"
room = "hall"
kind = "visit"
"""
GLOSSARY = """
[glossary]
terms = [
    ["anker", "ancre", "ancla"],
    ["grote markt", "grand place", "grand-place", "plaza mayor"],
]

[glossary.expressions]
"la brasserie" = "brewery"

[glossary.acronyms]
"het anker" = ["ha"]
"""


def load(tmp_path: Path, text: str) -> Glossary:
    path = tmp_path / "programme.toml"
    path.write_text(text, encoding="utf-8")
    return load_programme(path).programme.conference.glossary


def test_the_glossary_is_read_and_written_back(tmp_path: Path) -> None:
    glossary = load(tmp_path, BASE + GLOSSARY)
    assert glossary.terms == (
        ("anker", "ancre", "ancla"),
        ("grote markt", "grand place", "grand-place", "plaza mayor"),
    )
    assert glossary.expressions == (("la brasserie", "brewery"),)
    assert glossary.acronyms == (("het anker", ("ha",)),)
    path = tmp_path / "programme.toml"
    again = tmp_path / "again.toml"
    again.write_text(programme_to_toml(load_programme(path).programme), encoding="utf-8")
    assert load_programme(again).programme.conference.glossary == glossary


@pytest.mark.parametrize(
    ("glossary", "field", "reason"),
    [
        ('[glossary]\nterms = [["anker"]]\n', "glossary.terms[0]", "two or more words"),
        ('[glossary]\nterms = [["anker", 3]]\n', "glossary.terms[0]", "two or more words"),
        ('[glossary]\nterms = [["anker", "--"]]\n', "glossary.terms[0]", "no letters or digits"),
        (
            '[glossary]\nexpressions = { "la brasserie" = 3 }\n',
            "glossary.expressions.la brasserie",
            "expected a string",
        ),
        (
            '[glossary]\nacronyms = { "het anker" = "ha" }\n',
            "glossary.acronyms.het anker",
            "a list of strings",
        ),
        ("[glossary]\nwords = []\n", "glossary.words", "unknown field"),
    ],
)
def test_a_wrong_glossary_is_refused_by_field(tmp_path: Path, glossary: str, field: str, reason: str) -> None:
    with pytest.raises(ProgrammeError) as refused:
        load(tmp_path, BASE + "\n" + glossary)
    assert field in str(refused.value)
    assert reason in str(refused.value)


@pytest.mark.parametrize(
    "question", ["visite de la grand place", "visita de la plaza mayor", "ancla", "la brasserie"]
)
def test_the_conference_words_find_its_sessions_in_another_language(tmp_path: Path, question: str) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(BASE + GLOSSARY, encoding="utf-8")
    programme = load_programme(path).programme
    at = datetime.fromisoformat("2026-05-04T09:00:00+02:00")
    assert [s["id"] for s in respond(question, at, programme).as_json(programme)["sessions"]] == ["opening"]


def test_without_its_glossary_the_same_question_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(BASE, encoding="utf-8")
    programme = load_programme(path).programme
    at = datetime.fromisoformat("2026-05-04T09:00:00+02:00")
    for question in ("ancla", "plaza mayor"):
        assert respond(question, at, programme).as_json(programme)["sessions"] == []
