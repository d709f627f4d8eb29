"""The help's examples are built from the loaded programme (its rooms, people, times and
topics), in the reader's language, and each of them is understood and answered."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from bot.answers.render import example_topic
from bot.answers.reply import respond
from bot.programme.loading import load_programme
from bot.understand.lexicon import topic_ideas

ROOT = Path(__file__).resolve().parents[2]
PROGRAMMES = [
    ROOT / "data" / "mechelen-2017" / "programme.toml",
    ROOT / "tests" / "understand" / "fixtures" / "devconf-2026.xml",
    ROOT / "tests" / "programme" / "importers" / "fixtures" / "pretalx" / "democon-FrabXmlExporter.xml",
]


@pytest.mark.parametrize("path", PROGRAMMES, ids=lambda path: path.stem)
@pytest.mark.parametrize("asked", ["aide", "help", "ayuda"])
def test_every_example_is_answered(path: Path, asked: str) -> None:
    programme = load_programme(path).programme
    at = programme.sessions[0].start
    examples = [html.unescape(e) for e in re.findall(r"<i>(.*?)</i>", respond(asked, at, programme).html)]
    assert len(examples) >= 4
    for example in examples:
        answer = respond(example, at, programme).as_json(programme)
        assert answer["intent"] not in ("unknown", "help"), example
        assert answer["sessions"] or answer["intent"] == "info", example


def test_the_examples_are_the_programmes_own() -> None:
    programme = load_programme(PROGRAMMES[1]).programme
    text = respond("aide", programme.sessions[0].start, programme).html
    assert "AW1.120 (Coq)" in text
    assert "Kenji Watanabe" in text
    topic = example_topic(programme, "fr")
    assert topic and topic in text  # a topic of its titles, named in French
    assert any(topic == idea.name_in("fr") for idea in topic_ideas())
    assert "resilience" not in text


def test_a_programme_with_tracks_gives_one_as_an_example() -> None:
    democon = load_programme(PROGRAMMES[2]).programme
    at = democon.sessions[0].start
    assert "piste Cross-group" in respond("aide", at, democon).html  # its most used track
    mechelen = load_programme(PROGRAMMES[0]).programme
    assert "track" not in respond("help", mechelen.sessions[0].start, mechelen).html
