"""A message written as a question to the panel, in French, English or Spanish."""

from __future__ import annotations

import pytest

from bot.understand.panel import panel_question


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("question for the panel: How is it funded?", "How is it funded?"),
        ("Question to the panelists:  Who decides?\n", "Who decides?"),
        ("question pour le panel : Qui finance ?", "Qui finance ?"),
        ("Question aux panélistes: et les maires ?", "et les maires ?"),
        ("pregunta para el panel: ¿Quién paga?", "¿Quién paga?"),
        ("¿Pregunta al panel: cómo se mide?", "cómo se mide?"),
        ("QUESTION FOR THE PANEL:Line one\nline two", "Line one\nline two"),
    ],
)
def test_a_question_to_the_panel_is_what_follows_the_colon_as_written(text: str, question: str) -> None:
    assert panel_question(text) == question


@pytest.mark.parametrize(
    "text",
    [
        "question for the panel:",  # nothing to ask
        "question for the panel",  # no colon: a question to the bot
        "is there a question for the panel session?",
        "what's next in Alcazar",
        "the panel: who?",
    ],
)
def test_other_messages_are_not_questions_to_the_panel(text: str) -> None:
    assert panel_question(text) is None
