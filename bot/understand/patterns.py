"""Regular expressions compiled once per machine rather than once per start.

Python parses and compiles a pattern in Python itself. The understanding's patterns built from
the lexicon (numbers said in words in three languages, the phrases that ask about the conference,
every accent of the alphabet) are alternations of hundreds of words, and compiling them took a
tenth of a second of each start: half of `ask --json`'s imports.

`kept(pattern)` compiles a pattern as `re.compile` does, keeping the engine's code it compiled to
in the user's cache folder (bot/cache_folder.py, beside the parsed lexicon), and at the
next start hands that code to the engine directly. The file is named by the Python version and its
engine's, and holds each pattern under its text and flags, so a pattern that changes is simply
compiled anew and added. The engine checks the code it is given; anything it refuses, or a
Python whose compiler works otherwise, is compiled the usual way. The kept file is written when
the process ends, only when it compiled a pattern the file did not have.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import logging
import os
import pickle
import re
import sys
from collections.abc import Iterable
from typing import Any

from bot.cache_folder import cache_folder

log = logging.getLogger(__name__)

try:  # the engine and re's compiler: private, so used only where they have the shape relied on
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _ENGINE = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}"
    _USABLE = callable(getattr(_compiler, "_code", None)) and callable(getattr(_parser, "parse", None))
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _USABLE = False

# A pattern's text and flags → what the engine's compile() takes: (pattern, flags, code, groups,
# group index, index group).
_Parts = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]

# More entries than this (patterns of many versions of the code) and only this run's are kept.
_MOST = 2000


class PatternStore:
    """The compiled patterns kept in one file: read when made, written back at exit if it grew."""

    def __init__(self) -> None:
        self.path = cache_folder() / f"patterns-{_ENGINE}.pickle" if _USABLE else None
        self.kept: dict[tuple[str, int], _Parts] = {}
        self.used: set[tuple[str, int]] = set()
        self.added = False
        if self.path is not None:
            try:
                kept = pickle.loads(self.path.read_bytes())
                self.kept = kept if isinstance(kept, dict) else {}
            except OSError:
                pass  # not written yet
            except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as error:
                log.warning("the kept patterns (%s) could not be read (%s): compiling them", self.path, error)
            atexit.register(self.write)

    def compiled(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = (pattern, flags)
        self.used.add(key)
        parts = self.kept.get(key)
        if parts is not None:
            try:
                found: re.Pattern[str] = _sre.compile(*parts)
                return found
            except (RuntimeError, TypeError, ValueError) as error:  # code the engine refuses
                log.warning("a kept pattern was refused (%s): compiling it", error)
        parts = _parts(pattern, flags)
        self.kept[key] = parts
        self.added = True
        result: re.Pattern[str] = _sre.compile(*parts)
        return result

    def write(self) -> None:
        if not self.added or self.path is None:
            return
        kept = self.kept
        if len(kept) > _MOST:
            kept = {key: parts for key, parts in kept.items() if key in self.used}
        partial = self.path.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
            partial.replace(self.path)  # whole or not at all: another process may read it meanwhile
            self.added = False
        except OSError as error:
            log.debug("the compiled patterns could not be kept in %s (%s)", self.path.parent, error)
            with contextlib.suppress(OSError):
                partial.unlink()


def _parts(pattern: str, flags: int) -> _Parts:
    """What re's compiler hands the engine for a pattern (re/_compiler.py, compile())."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (its opcodes are named ints)
    state = parsed.state
    groups: dict[str, int] = dict(state.groupdict)
    by_index: list[str | None] = [None] * state.groups
    for name, index in groups.items():
        by_index[index] = name
    return (pattern, int(flags | state.flags), code, state.groups - 1, groups, tuple(by_index))


_store: PatternStore | None = None


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives in the order a pattern tries them: longest first (the whole of "apres midi"
    before "apres"), then alphabetically, so that a pattern made from a set is written the same
    in every process and its kept code is found again."""
    return sorted(words, key=lambda word: (-len(word), word))


def kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its compiled code kept between runs."""
    global _store
    if not _USABLE:
        return re.compile(pattern, flags)
    if _store is None:
        _store = PatternStore()
    return _store.compiled(pattern, int(flags))
