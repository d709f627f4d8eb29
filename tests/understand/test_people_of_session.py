"""Who is in a session: named by its number or by words of its title, in fr/en/es, on the shipped
programme and an imported one; a relative "qui" asks for no one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.answers.reply import respond
from bot.config import default_programme_path
from bot.programme.loading import load_programme

DEVCONF = Path(__file__).resolve().parent / "fixtures" / "devconf-2026.xml"
CASES = [
    (
        default_programme_path(),
        "2017-11-16T10:00:00+01:00",
        "who is moderating drivers of migration",
        ["d1-session-drivers-of-migration"],
    ),
    (
        default_programme_path(),
        "2017-11-16T10:00:00+01:00",
        "quién modera la sesión 3",
        ["d2-session-3-social-integration"],
    ),
    (
        default_programme_path(),
        "2017-11-16T10:00:00+01:00",
        "qui intervient dans la session 2 ?",
        ["d2-session-2-trafficking-smuggling"],
    ),
    (DEVCONF, "2026-02-07T09:00:00+01:00", "who presents rust in the linux kernel?", None),
    (DEVCONF, "2026-02-07T09:00:00+01:00", "qui présente property based testing ?", None),
]


@pytest.mark.parametrize(("path", "at", "text", "ids"), CASES, ids=[case[2] for case in CASES])
def test_the_people_of_a_named_session(path: Path, at: str, text: str, ids: list[str] | None) -> None:
    programme = load_programme(path).programme
    answer = respond(text, datetime.fromisoformat(at), programme).as_json(programme)
    assert answer["intent"] == "people"
    assert len(answer["sessions"]) == 1
    if ids is not None:
        assert [s["id"] for s in answer["sessions"]] == ids


def test_a_relative_qui_asks_for_no_one() -> None:
    programme = load_programme(default_programme_path()).programme
    answer = respond(
        "les sessions qui parlent du nouvel agenda urbain",
        datetime.fromisoformat("2017-11-16T10:00:00+01:00"),
        programme,
    )
    assert answer.as_json(programme)["intent"] == "search"
