"""Patterns compiled once per machine (bot/understand/patterns.py): read back from the kept file,
they match as `re.compile`'s do; a kept code the engine refuses, or a folder that cannot be
written, only costs compiling them again."""

from __future__ import annotations

import logging
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.understand import patterns
from bot.understand.patterns import PatternStore

ROOT = Path(__file__).resolve().parents[2]

# Groups named and numbered, look-arounds, flags, alternations, classes beyond ASCII.
PATTERNS = [
    (r"\b(?P<h>[01]?\d|2[0-3])\s*(?::|h)\s*(?P<m>[0-5]\d)?", 0),
    (r"(?<![a-z0-9'])(?:quelle heure|what time|qué hora)(?![a-z0-9])", 0),
    (r"\b(\w+)\.(js|ts|net)\b", re.IGNORECASE),
    ("[\u0300-\u036f\u3040-\u30ff]+", 0),
]
TEXTS = ["à 10h30, what time ?", "Node.JS and d3.js", "qué hora es", "かな é", "23:59 puis 7h"]

pytestmark = pytest.mark.skipif(not patterns._USABLE, reason="this Python compiles patterns otherwise")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CONFERENCE_BOT_CACHE", str(tmp_path))
    return tmp_path


def _same(found: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert (found.pattern, found.flags, found.groups, found.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for text in TEXTS:
        assert [m.groups() for m in found.finditer(text)] == [m.groups() for m in expected.finditer(text)]
        assert [m.span() for m in found.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_patterns_read_back_match_as_compiled_ones(folder: Path) -> None:
    first = PatternStore()
    for pattern, flags in PATTERNS:
        _same(first.compiled(pattern, flags), re.compile(pattern, flags))
    first.write()
    assert first.path is not None and first.path.parent == folder and first.path.exists()

    second = PatternStore()
    assert set(second.kept) == set(PATTERNS)
    for pattern, flags in PATTERNS:
        _same(second.compiled(pattern, flags), re.compile(pattern, flags))
    assert not second.added  # nothing compiled: all read back
    second.write()  # nothing new: the file is not written again


def test_a_kept_code_the_engine_refuses_is_compiled_again(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = PatternStore()
    pattern, flags = PATTERNS[0]
    store.compiled(pattern, flags)
    parts = store.kept[(pattern, flags)]
    store.kept[(pattern, flags)] = (parts[0], parts[1], [99, 99, 99], *parts[3:])  # not SRE code
    store.write()

    again = PatternStore()
    with caplog.at_level(logging.WARNING):
        _same(again.compiled(pattern, flags), re.compile(pattern, flags))
    assert "refused" in caplog.text
    assert again.added  # written back whole at exit


def test_an_unreadable_kept_file_or_folder_is_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("CONFERENCE_BOT_CACHE", str(folder))
    path = PatternStore().path
    assert path is not None
    path.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING):
        store = PatternStore()
    assert store.kept == {} and "could not be read" in caplog.text
    _same(store.compiled(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    path.write_bytes(pickle.dumps(["a list, not patterns"]))
    assert PatternStore().kept == {}

    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("CONFERENCE_BOT_CACHE", str(blocked / "cache"))  # under a file: no folder
    store = PatternStore()
    _same(store.compiled(*PATTERNS[2]), re.compile(*PATTERNS[2]))
    store.write()  # quietly kept nowhere
    assert not (blocked / "cache").exists()


def test_ask_keeps_its_patterns_for_the_next_start(tmp_path: Path) -> None:
    """The first start compiles and keeps the understanding's patterns; the next reads them."""
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CONFERENCE_BOT_CACHE": str(tmp_path)}
    command = [
        sys.executable,
        "-c",
        "from bot.commands import ask; from bot.understand import patterns; "
        "print(len(patterns._store.kept), patterns._store.added)",
    ]
    first = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, check=True)
    count, added = first.stdout.split()
    assert int(count) > 50 and added == "True"
    assert list(tmp_path.glob("patterns-*.pickle"))
    second = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, check=True)
    assert second.stdout.split() == [count, "False"]
