"""Each answer names the parser's rule that read its question (ask --json's "rule")."""

from __future__ import annotations

from datetime import datetime

from bot.answers.reply import respond
from bot.config import default_programme_path
from bot.programme.loading import load_programme


def test_ask_json_names_the_rule_that_read_the_question() -> None:
    programme = load_programme(default_programme_path()).programme
    at = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
    rules = {
        text: respond(text, at, programme).as_json(programme)["rule"]
        for text in ("what's next in alcazar", "help", "sessions about resilience", "blorp zzyx")
    }
    assert rules == {
        "what's next in alcazar": "next-in-room",
        "help": "help-or-greeting",
        "sessions about resilience": "topic-or-kind",
        "blorp zzyx": "not-understood",
    }
