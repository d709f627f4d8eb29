"""The general lexicon's files load, and a form no question could match is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understand.lexicon import LexiconError, read_ideas, topic_ideas
from bot.understand.vocabulary import STOPWORDS


def test_the_shipped_topics_load_with_every_language() -> None:
    ideas = topic_ideas()
    assert len(ideas) >= 300

    def idea_of(form: str) -> frozenset[str]:
        return next(idea.forms for idea in ideas if form in idea.forms)

    assert {"privacy", "privacidad", "vie privee"} <= idea_of("privacidad")
    assert {"database", "bases de datos", "base de donnees", "db"} <= idea_of("bases de datos")
    assert {"artificial intelligence", "ia", "inteligencia artificial"} <= idea_of("ia")


@pytest.mark.parametrize(
    ("table", "reason"),
    [
        ('[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\n', "privacy].es: expected a list of words"),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = []\n',
            "privacy].es: expected a list of words",
        ),
        (
            '[c_plus]\nen = ["cpp"]\nfr = ["c++"]\nes = ["cpp"]\n',
            "[c_plus].fr: 'c++' can never match ('+' is dropped",
        ),
        (
            '[article]\nen = ["article"]\nfr = ["le"]\nes = ["el"]\n',
            "[article].fr: 'le' can never match (only stop words",
        ),
        ('[Privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\n', "the key must be"),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nde = ["x"]\n',
            "unknown language 'de'",
        ),
    ],
)
def test_a_form_that_can_never_match_is_refused(tmp_path: Path, table: str, reason: str) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^topics\.toml: ") as refused:
        read_ideas(path, STOPWORDS)
    assert reason in str(refused.value)
