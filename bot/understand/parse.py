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
    index = index or index_for(programme)
    question = _read(text, at, programme, language_hint, index)
    asked, mark, after = text.partition("?")
    if question.rule in _NOTHING_FOUND and mark and asked.strip() and after.strip(" ?!"):
        # "snowden il parle quand ?? c en visio je crois", "qu'est-ce qui commence après ? j'ai pas
        # sommeil": a question, then words about oneself that name nothing here.
        first = _read(asked + mark, at, programme, language_hint, index)
        if first.rule not in _NOTHING_FOUND:
            return first
    return question


# The rules that answer that nothing named is here: a sentence after the question may be why.
_NOTHING_FOUND = frozenset(("not-understood", "unknown-person", "unknown-name"))


def _read(
    text: str, at: datetime, programme: Programme, language_hint: str | None, index: ProgrammeIndex
) -> Question:
    features = read_features(text, at, programme, language_hint, index)
    for rule in RULES:
        question = rule.read(features)
        if question is not None:
            # The rule that read it, so that a wrong answer says which one to look at.
            return replace(question, rule=rule.name)
    raise AssertionError("the last rule, not-understood, answers every message")
