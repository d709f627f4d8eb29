"""`ask --json` reads a programme whose days carry no date given the conference's first day:
`--first-day`, or the PROGRAMME_FIRST_DAY setting (as the bot does)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME = (
    "days:\n"
    "- name: Day 1\n"
    "  sessions:\n"
    "  - {title: Opening, time: '09:00-09:30', room: Main}\n"
    "- name: Day 2\n"
    "  sessions:\n"
    "  - {title: Closing remarks, time: '17:00-17:30', room: Main}\n"
)
QUESTION = json.dumps({"text": "what's on now?", "at": "2017-11-25T17:10:00+01:00"}) + "\n"


def ask(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    programme = tmp_path / "program.yml"
    programme.write_text(PROGRAMME, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "bot",
        "ask",
        "--json",
        "--programme",
        str(programme),
        "--tz",
        "Europe/Madrid",
    ]
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CONFERENCE_BOT_CACHE": str(tmp_path)}
    environment.update(env or {})
    return subprocess.run(
        [*command, *options], input=QUESTION, capture_output=True, text=True, cwd=tmp_path, env=environment
    )


def test_days_without_dates_are_refused_saying_what_to_give(tmp_path: Path) -> None:
    result = ask(tmp_path)
    assert result.returncode == 1
    assert "--first-day" in result.stderr and "PROGRAMME_FIRST_DAY" in result.stderr


@pytest.mark.parametrize(
    ("options", "env"), [(("--first-day", "2017-11-24"), None), ((), {"PROGRAMME_FIRST_DAY": "2017-11-24"})]
)
def test_the_first_day_comes_from_the_option_or_the_setting(
    options: tuple[str, ...], env: dict[str, str] | None, tmp_path: Path
) -> None:
    result = ask(tmp_path, *options, env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert [session["start"] for session in answer["sessions"]] == ["2017-11-25T17:00:00+01:00"]


def test_a_wrong_first_day_setting_is_refused_by_name() -> None:
    with pytest.raises(ConfigError, match="PROGRAMME_FIRST_DAY"):
        load_config({"PROGRAMME_FIRST_DAY": "24/11/2017"}, dotenv=Path("/nonexistent"))
