"""The parsed lexicon kept on disk (bot/understand/lexicon/cache.py): read back while its sources
are unchanged, built again when one changes or the kept file is damaged, and still built when the
cache folder cannot be written."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.understand.lexicon.cache import cached


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CONFERENCE_BOT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_kept_value_is_read_back_until_a_source_changes(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "topics.toml"
    source.write_text("[a]\n")
    builds: list[int] = []

    def build() -> tuple[str, ...]:
        builds.append(1)
        return ("parsed", str(len(builds)))

    assert cached("topics", [source], build) == ("parsed", "1")
    assert cached("topics", [source], build) == ("parsed", "1")  # from the disk, not built
    assert len(builds) == 1
    source.write_text("[a]\n[b]\n")
    assert cached("topics", [source], build) == ("parsed", "2")  # a new source: built again


def test_a_damaged_file_is_built_again(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = tmp_path / "topics.toml"
    source.write_text("[a]\n")
    cached("topics", [source], lambda: "first")
    (kept,) = folder.glob("topics-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert cached("topics", [source], lambda: "again") == "again"
    assert "could not be read" in caplog.text


def test_a_folder_that_cannot_be_written_still_gives_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("CONFERENCE_BOT_CACHE", str(blocked / "cache"))  # under a file: no folder
    source = tmp_path / "topics.toml"
    source.write_text("[a]\n")
    assert cached("topics", [source], lambda: "built") == "built"


def test_a_kept_file_that_cannot_be_read_is_passed_over_quietly(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A kept file the process cannot read (another user's, with root's HOME; here a folder in its
    place, which even root cannot read as a file): the value is built, and nothing is said at the
    level a start-up logs (the database tests read the bot's start-up output line by line)."""
    source = tmp_path / "topics.toml"
    source.write_text("[a]\n")
    cached("topics", [source], lambda: "first")
    (kept,) = folder.glob("topics-*.pickle")
    kept.unlink()
    kept.mkdir()
    caplog.set_level(logging.INFO)
    assert cached("topics", [source], lambda: "built") == "built"
    assert caplog.text == ""


def test_the_general_glossary_read_back_is_the_one_built(folder: Path) -> None:
    """A programme without words of its own gets the general glossary kept whole: read back from
    the cache by a second process, it finds what a freshly built one finds."""
    from bot.programme.model import Glossary as ConferenceGlossary
    from bot.understand import glossary

    glossary.general_glossary.cache_clear()
    written = glossary.general_glossary()  # built, and kept
    glossary.general_glossary.cache_clear()
    read = glossary.general_glossary()  # read back from the file
    assert read is not written and list(folder.glob("general-glossary-*.pickle"))
    built = glossary.build(ConferenceGlossary())
    for kept in (written, read):
        assert kept.expressions == built.expressions and kept.words == built.words
        assert kept.rewrite("charlas sobre bases de datos") == built.rewrite("charlas sobre bases de datos")
        assert kept.translations("privacy") == built.translations("privacy")
        assert kept.expressions_in(["machine", "learning", "et", "bases", "de", "donnees"]) == (
            built.expressions_in(["machine", "learning", "et", "bases", "de", "donnees"])
        )


def test_a_version_no_run_read_for_a_day_is_removed_when_a_new_one_is_kept(
    folder: Path, tmp_path: Path
) -> None:
    """Each change of the lexicon keeps a new file: the old ones go once no run reads them, and a
    version read lately (another checkout's) stays."""
    import os
    import time

    source = tmp_path / "topics.toml"
    source.write_text("[a]\n")
    cached("topics", [source], lambda: "first")
    (first,) = folder.glob("topics-*.pickle")
    source.write_text("[b]\n")
    cached("topics", [source], lambda: "second")
    (second,) = set(folder.glob("topics-*.pickle")) - {first}
    two_days_ago = time.time() - 2 * 24 * 3600
    for kept in (first, second):
        os.utime(kept, (two_days_ago, two_days_ago))
    source.write_text("[a]\n")
    assert cached("topics", [source], lambda: "again") == "first"  # read: marked as used
    source.write_text("[c]\n")
    cached("topics", [source], lambda: "third")
    left = set(folder.glob("topics-*.pickle"))
    assert first in left and second not in left and len(left) == 2
