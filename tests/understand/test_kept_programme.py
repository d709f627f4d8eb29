"""A programme file read and indexed, kept on disk between runs (bot/understand/kept.py): kept once
read a second time, read back indexed while the file and how it is read are the same, read anew
when either changes, never kept when refused."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from bot.answers.reply import respond
from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme
from bot.understand import index as index_module
from bot.understand.glossary import general_glossary
from bot.understand.index import index_for
from bot.understand.kept import forget_programmes, load_indexed

FIXTURES = Path(__file__).resolve().parents[1] / "programme" / "importers" / "fixtures"
SESSIONIZE = FIXTURES / "sessionize-all.json"
ZONE = "America/New_York"
AT = datetime.fromisoformat("2025-05-15T09:45:00-04:00")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CONFERENCE_BOT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    return Path(shutil.copy(SESSIONIZE, tmp_path / "sessions.json"))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Programme]:
    """Each index built in this test (read back from the disk is not built)."""
    built: list[Programme] = []
    build = index_module.ProgrammeIndex.__init__

    def counted(self: index_module.ProgrammeIndex, programme: Programme) -> None:
        built.append(programme)
        build(self, programme)

    monkeypatch.setattr(index_module.ProgrammeIndex, "__init__", counted)
    return built


def now_titles(programme_path: Path, zone: str = ZONE) -> list[str]:
    loaded = load_indexed(str(programme_path), tz=zone)
    answer = respond("what's on now?", AT, loaded.programme).as_json(loaded.programme)
    return [str(session["title"]) for session in answer["sessions"]]


def test_a_programme_read_again_comes_back_indexed(
    folder: Path, programme_file: Path, builds: list[Programme]
) -> None:
    load_indexed(str(programme_file), tz=ZONE)
    assert len(builds) == 1
    assert not list(folder.glob("programme-*.pickle"))  # read once: not worth writing down
    first = load_indexed(str(programme_file), tz=ZONE)
    assert len(builds) == 2
    assert len(list(folder.glob("programme-*.pickle"))) == 1  # read again: kept
    again = load_indexed(str(programme_file), tz=ZONE)
    assert again.programme is not first.programme  # read back from the disk…
    assert len(builds) == 2  # … with its index, not built again
    index = index_for(again.programme)
    assert len(builds) == 2
    assert index.programme is again.programme
    assert index.glossary is general_glossary()  # the process's own, not a copy kept beside it
    asked = respond("what's on now?", AT, again.programme).as_json(again.programme)
    assert asked == respond("what's on now?", AT, first.programme).as_json(first.programme)
    assert [session["title"] for session in asked["sessions"]] == ["Building accessible maps"]


def test_a_changed_file_is_read_anew(folder: Path, programme_file: Path) -> None:
    assert now_titles(programme_file) == ["Building accessible maps"]
    content = json.loads(programme_file.read_text())
    content["sessions"][0]["title"] = "Building tactile maps"
    programme_file.write_text(json.dumps(content))
    assert now_titles(programme_file) == ["Building tactile maps"]


def test_another_zone_reads_the_file_anew(folder: Path, programme_file: Path) -> None:
    for _ in range(2):
        assert now_titles(programme_file) == ["Building accessible maps"]
        # Read in Chicago's zone the session starts at 10:30 New York time: nothing on at 9:45.
        assert now_titles(programme_file, "America/Chicago") == []
    assert len(list(folder.glob("programme-*.pickle"))) == 2


def test_a_refused_file_is_not_kept(folder: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"sessions": [')
    for _ in range(2):
        with pytest.raises(ProgrammeError, match=r"broken\.json"):
            load_indexed(str(broken), tz=ZONE)
    assert not list(folder.glob("programme-*.pickle"))


def test_forgetting_the_programmes_makes_the_next_read_a_first(folder: Path, programme_file: Path) -> None:
    for _ in range(2):
        load_indexed(str(programme_file), tz=ZONE)
    assert list(folder.glob("programme-*.pickle"))
    forget_programmes()
    assert not list(folder.glob("programme-*"))
