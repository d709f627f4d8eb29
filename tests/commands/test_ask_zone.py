"""`ask --json` reads every file `programme check --tz` reads: `--tz`, or the PROGRAMME_TZ setting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]
SESSIONIZE = ROOT / "tests" / "programme" / "importers" / "fixtures" / "sessionize-all.json"
QUESTION = json.dumps({"text": "what's on now?", "at": "2025-05-15T09:45:00-04:00"}) + "\n"


def ask(cache: Path, *options: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`ask --json` in a bare environment; the parsed lexicon is kept in `cache`, not in the project."""
    command = [sys.executable, "-m", "bot", "ask", "--json", "--programme", str(SESSIONIZE), *options]
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT), "CONFERENCE_BOT_CACHE": str(cache)}
    environment.update(env or {})
    return subprocess.run(command, input=QUESTION, capture_output=True, text=True, cwd=ROOT, env=environment)


def test_a_zone_less_file_is_refused_without_a_zone(tmp_path: Path) -> None:
    result = ask(tmp_path)
    assert result.returncode == 1
    assert "--tz" in result.stderr


@pytest.mark.parametrize(
    ("options", "env"), [(("--tz", "America/New_York"), None), ((), {"PROGRAMME_TZ": "America/New_York"})]
)
def test_the_zone_comes_from_tz_or_the_setting(
    options: tuple[str, ...], env: dict[str, str] | None, tmp_path: Path
) -> None:
    result = ask(tmp_path, *options, env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert [session["start"] for session in answer["sessions"]] == ["2025-05-15T09:30:00-04:00"]


def test_a_wrong_zone_setting_is_refused_by_name() -> None:
    with pytest.raises(ConfigError, match="PROGRAMME_TZ"):
        load_config({"PROGRAMME_TZ": "Mars/Olympus"}, dotenv=Path("/nonexistent"))
