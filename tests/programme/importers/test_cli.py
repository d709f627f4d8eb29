"""`python -m bot programme check|convert` on imported formats, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.programme.importers.support import FIXTURES

ROOT = Path(__file__).parents[3]


def bot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "programme", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_check_json_on_a_frab_xml() -> None:
    path = FIXTURES / "pretalx" / "democon-FrabXmlExporter.xml"
    result = bot("check", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout) == {
        "format": "frab-xml",
        "sessions": 36,
        "rooms": 2,
        "people": 29,
        "days": ["2026-11-21", "2026-11-22", "2026-11-23"],
        "first_start": "2026-11-21T09:00:00+01:00",
        "last_end": "2026-11-23T15:30:00+01:00",
    }


def test_check_with_tz_on_a_file_without_zone() -> None:
    path = FIXTURES / "pentabarf-old.xml"
    result = bot("check", str(path), "--tz", "Europe/Brussels", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["days"] == ["2024-02-03", "2024-02-04"]
    assert summary["first_start"] == "2024-02-03T08:30:00+01:00"


def test_check_with_the_first_day_of_a_file_whose_days_carry_no_date(tmp_path: Path) -> None:
    path = tmp_path / "program.yml"
    path.write_text(
        "days:\n- name: Day 1\n  sessions:\n  - {title: Opening, time: '09:00-09:30', room: Main}\n"
        "- name: Day 2\n  sessions:\n  - {title: Closing, time: '17:00-17:30', room: Main}\n",
        encoding="utf-8",
    )
    refused = bot("check", str(path), "--tz", "Europe/Madrid")
    assert refused.returncode == 1
    assert "--first-day" in refused.stderr
    result = bot("check", str(path), "--tz", "Europe/Madrid", "--first-day", "2017-11-24", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["days"] == ["2017-11-24", "2017-11-25"]
    wrong = bot("check", str(path), "--first-day", "24/11/2017")
    assert wrong.returncode == 2
    assert "not a date such as 2017-11-24" in wrong.stderr


def test_check_refusal_is_one_line_on_stderr_naming_the_file() -> None:
    path = FIXTURES / "not-a-schedule.json"
    result = bot("check", str(path), "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{path}: JSON but not a schedule we read: an object with keys 'items', 'count', and no "
        "object inside it has a title, a start time and an end or duration (expected pretalx/c3voc "
        "schedule.json, pretalx widget JSON, Sessionize, or sessions each with a title, a start "
        "and an end)\n"
    )


def test_convert_then_check(tmp_path: Path) -> None:
    output = tmp_path / "jornada.toml"
    source = FIXTURES / "pretalx" / "jornada-FrabJsonExporter.json"
    converted = bot("convert", str(source), "-o", str(output))
    assert converted.returncode == 0, converted.stderr
    checked = bot("check", str(output), "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["format"] == "conference-bot"
    assert json.loads(checked.stdout)["sessions"] == 4
