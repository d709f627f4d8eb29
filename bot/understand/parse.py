"""Turning a message into a Question: its features are read once (language, time, room, kinds,
person, topic words: bot/understand/features.py), then the named rules are tried in order
(bot/understand/rules.py); the first that answers gives the Question, which keeps its name."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.programme.model import Programme
from bot.understand.features import read_features
from bot.understand.index import ProgrammeIndex, index_for
from bot.understand.question import Question
from bot.understand.rules import RULES


def parse(
    text: str,
    at: datetime,
    programme: Programme,
    language_hint: str | None = None,
    *,
    index: ProgrammeIndex | None = None,
) -> Question:
    """Understand one message asked at instant `at` (aware)."""
    features = read_features(text, at, programme, language_hint, index or index_for(programme))
    for rule in RULES:
        question = rule.read(features)
        if question is not None:
            # The rule that read it, so that a wrong answer says which one to look at.
            return replace(question, rule=rule.name)
    raise AssertionError("the last rule, not-understood, answers every message")
