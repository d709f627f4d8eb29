"""The command line as people use it: the terminal chat on a conference that is over, a pipe into
`head`, a conversion onto an existing file, a JSON question without its time."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from bot.clock import FixedClock, SimulatedClock
from bot.commands import chat
from bot.commands.ask import answer_line
from bot.config import default_programme_path
from bot.i18n import speaker
from bot.programme.loading import load_programme

ROOT = Path(__file__).resolve().parents[2]
MECHELEN = load_programme(default_programme_path()).programme
# Copies of the shared pretalx exports, kept in the repository.
FIXTURES = ROOT / "tests" / "programme" / "importers" / "fixtures" / "pretalx"


def run_bot(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("SIMULATED_")}
    environment.pop("TELEGRAM_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**environment, **env},
        timeout=60,
    )


def test_the_terminal_chat_after_the_conference_starts_at_its_first_morning() -> None:
    result = run_bot("--lang", "en", stdin="what's on now?\n\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == (
        "The conference is over: it ended on Friday, 17 November 2017. The clock starts at its first "
        "morning instead; --at sets another moment, e.g. --at '2017-11-16 09:00'."
    )
    assert lines[2].startswith("Clock: Thursday, 16 November 2017 at 9:00")
    # The first question gets a real answer: the opening session.
    assert lines[4] == "Happening now:"
    assert "Welcome address" in lines[5]


def test_the_terminal_chat_at_a_chosen_moment_says_nothing_of_it() -> None:
    result = run_bot("--lang", "fr", "--at", "2017-11-17 10:00", stdin="\n")
    assert result.stdout.splitlines()[1:] == [
        "Horloge : vendredi 17 novembre 2017 à 10:00. "
        "Posez une question ; une ligne vide ou Ctrl-D pour quitter."
    ]


def test_the_opening_clock_before_during_and_after_a_conference() -> None:
    s = speaker("es", MECHELEN.timezone)
    before = FixedClock(datetime.fromisoformat("2017-10-01T12:00:00+02:00"))
    clock, note = chat.opening_clock(MECHELEN, before, 1.0, s)
    assert isinstance(clock, SimulatedClock) and note is not None
    assert note.startswith("La conferencia aún no ha comenzado: empieza el jueves, 16 de noviembre de 2017.")
    assert abs((clock.now() - datetime.fromisoformat("2017-11-16T09:00:00+01:00")).total_seconds()) < 5
    during = FixedClock(datetime.fromisoformat("2017-11-17T10:00:00+01:00"))
    assert chat.opening_clock(MECHELEN, during, 1.0, s) == (during, None)


def test_the_opening_clock_of_imported_programmes() -> None:
    s = speaker("en", MECHELEN.timezone)
    after = FixedClock(datetime.fromisoformat("2030-01-01T12:00:00+00:00"))
    for name in ("democon-FrabXmlExporter.xml", "jornada-widget-schedule.json"):
        programme = load_programme(FIXTURES / name).programme
        clock, note = chat.opening_clock(programme, after, 1.0, s)
        assert note is not None and note.startswith("The conference is over")
        assert programme.conference.programme_day(clock.now()) == programme.days[0]
        assert programme.running_at(clock.now()), name  # something is on at the first morning


def test_the_chat_clock_line_shows_the_year() -> None:
    sink = io.StringIO()
    clock = FixedClock(datetime.fromisoformat("2017-11-16T12:10:00+01:00"))
    chat.chat(MECHELEN, clock, "es", io.StringIO(""), sink)
    assert sink.getvalue().splitlines()[1].startswith("Reloj: jueves, 16 de noviembre de 2017 a las 12:10.")


def test_invite_all_into_a_pipe_closed_early_ends_without_a_traceback(tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "TELEGRAM_TOKEN"}
    environment.update(BOT_USERNAME="mechelen_bot", DATABASE=str(tmp_path / "bot.sqlite3"))
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "speakers", "invite", "--all"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # `| head` that has read its lines and gone
        errors = process.stderr.read()
        assert process.wait(timeout=60) == 141
    assert errors == ""


def test_convert_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    source = FIXTURES / "jornada-FrabXmlExporter.xml"
    output = tmp_path / "programme.toml"
    output.write_text("# corrected by hand\n", encoding="utf-8")
    refused = run_bot("programme", "convert", str(source), "-o", str(output))
    assert refused.returncode == 1
    assert refused.stderr == f"{output}: the file exists; give --force to overwrite it\n"
    assert output.read_text(encoding="utf-8") == "# corrected by hand\n"
    forced = run_bot("programme", "convert", str(source), "-o", str(output), "--force")
    assert forced.returncode == 0, forced.stderr
    assert load_programme(output).programme.sessions


def test_ask_json_without_at_says_it_is_missing() -> None:
    assert answer_line(json.dumps({"text": "what's next?"}), MECHELEN) == {
        "error": "'at' is missing: the moment the question is asked, e.g. 2017-11-16T12:10:00+01:00"
    }
    assert answer_line(json.dumps({"text": "what's next?", "at": 12}), MECHELEN) == {
        "error": "'at' must be an ISO-8601 date and time with an offset"
    }
