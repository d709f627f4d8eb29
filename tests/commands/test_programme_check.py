"""`python -m bot programme check`, run as a separate process as an organiser would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import MECHELEN

ROOT = Path(__file__).resolve().parents[2]


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "programme", "check", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_check_json_summarises_mechelen() -> None:
    result = check(str(MECHELEN), "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == {
        "format": "conference-bot",
        "sessions": 29,
        "rooms": 7,
        "people": 55,
        "days": ["2017-11-16", "2017-11-17"],
        "first_start": "2017-11-16T09:00:00+01:00",
        "last_end": "2017-11-17T17:30:00+01:00",
    }


def test_check_refuses_a_broken_file_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(MECHELEN.read_text(encoding="utf-8").replace('room = "scala"', 'room = "attic"'))
    result = check(str(broken), "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{broken}:")
    assert "unknown room 'attic'" in lines[0]


def test_check_prints_a_readable_summary() -> None:
    result = check(str(MECHELEN))
    assert result.returncode == 0
    assert "29 sessions, 7 rooms, 55 people" in result.stdout
