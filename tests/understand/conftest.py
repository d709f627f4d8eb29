"""Three programmes of different tools, sizes and languages: every table-driven test of the
understanding runs on each, so that generality is tested on every change."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme.loading import load_programme
from bot.programme.model import Programme

ROOT = Path(__file__).resolve().parents[2]
PROGRAMMES = {
    # Our TOML, in French, English and Spanish: a policy conference of two days.
    "mechelen": ROOT / "data" / "mechelen-2017" / "programme.toml",
    # A frab XML file of a developers' conference: rooms with codes and aliases, in English.
    "devconf": ROOT / "tests" / "understand" / "fixtures" / "devconf-2026.xml",
    # pretalx's frab export of its demo conference: three days, two rooms.
    "democon": ROOT
    / "tests"
    / "programme"
    / "importers"
    / "fixtures"
    / "pretalx"
    / "democon-FrabXmlExporter.xml",
}


@pytest.fixture(scope="session")
def programmes() -> dict[str, Programme]:
    return {name: load_programme(path).programme for name, path in PROGRAMMES.items()}


def documents_intent(programme: Programme, text: str, sessions: list[str]) -> str:
    """The intent of an answer to a question for documents: a search, unless nothing is found, no
    session is named by its number and none of the programme's sessions lists any (what the bot
    does not know)."""
    listed = any(session.documents for session in programme.sessions)
    return "search" if listed or sessions or any(c.isdigit() for c in text) else "unknown"
