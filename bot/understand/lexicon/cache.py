"""The parsed lexicon (language files, topic ideas, the glossary built from them) kept on disk
between runs, so that a cold start (`ask --json`, a restart of the bot) does not parse and check
its thousands of entries again.

The file is named by a digest of what it was built from (the lexicon's files and the code that
reads them), so any change to either builds it anew. It lives in the user's cache folder
(bot/cache_folder.py); when that cannot be read or written, the lexicon is simply parsed each
time. Only this process's own user writes there, so reading it back with pickle trusts nothing
foreign. A kept file no run has read for a day is removed when its name's next version is
written: each change of the lexicon would otherwise leave a few megabytes behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from bot.cache_folder import cache_folder
from bot.programme.bulk import without_collection

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a kept file no run reads is kept once a newer one is written (another checkout of the
# bot, with other code, may still be reading its own).
UNUSED_FOR = 24 * 3600.0


def cached(
    name: str,
    sources: Iterable[Path],
    build: Callable[[], T],
    *,
    settings: str = "",
    shared: Mapping[str, object] | None = None,
    once_seen: bool = False,
) -> T:
    """`build()`'s result, read from the cache when `sources` (and the `settings` it was built
    with) are as they were when it was kept. The objects of `shared`, kept by their own caches, are
    written as their names and read back as the very objects this process has. `once_seen`: kept
    only when built a second time (the first build leaves a mark): writing a large value costs a
    first run a fifth of a second, worth paying only for what runs again."""
    digest = hashlib.sha256(settings.encode())
    for source in sources:
        digest.update(source.read_bytes())
    path = cache_folder() / f"{name}-{digest.hexdigest()[:20]}.pickle"
    try:
        content = path.read_bytes()
        with without_collection():  # a graph of small objects: the collector would scan it twice
            kept: T = _Reader(io.BytesIO(content), shared or {}).load()
        _touch(path)
        return kept
    except OSError as error:
        # Not there yet, or another user's folder (the bot run as its own user with root's HOME):
        # built without it, quietly: a start-up says nothing about a cache.
        log.debug("no cached %s at %s (%s)", name, path, error)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError) as error:
        log.warning("the cached %s (%s) could not be read (%s): building it again", name, path, error)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mark = path.with_suffix(".seen")
        if once_seen and not mark.exists():
            mark.touch()
            _remove_unused(name, path)
            return value
        mark.unlink(missing_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        written = io.BytesIO()
        _Writer(written, shared or {}).dump(value)
        partial.write_bytes(written.getvalue())
        partial.replace(path)  # whole or not at all: another process may read it meanwhile
        _remove_unused(name, path)
    except OSError as error:
        log.debug("the %s could not be kept in %s (%s)", name, path.parent, error)
    return value


class _Writer(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._names = {id(value): name for name, value in shared.items()}

    def persistent_id(self, obj: object) -> str | None:
        return self._names.get(id(obj))


class _Reader(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, object]) -> None:
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: object) -> object:
        if not isinstance(pid, str) or pid not in self._shared:
            raise pickle.UnpicklingError(f"a shared object this run does not have: {pid!r}")
        return self._shared[pid]


def _touch(path: Path) -> None:
    """Marks a kept file as read now, so that it is not taken for an unused one."""
    with contextlib.suppress(OSError):  # another user's file: it is theirs to keep
        os.utime(path)


def forget(name: str) -> None:
    """Removes every kept version of `name` and its marks: the next run builds it as a first one."""
    for kept in _versions(cache_folder(), name):
        with contextlib.suppress(OSError):
            kept.unlink()


def _versions(folder: Path, name: str) -> list[Path]:
    """The kept versions of `name` in `folder`, and the marks of those built once."""
    return [*folder.glob(f"{name}-*.pickle"), *folder.glob(f"{name}-*.seen")]


def _remove_unused(name: str, kept: Path) -> None:
    """Removes the other versions of `name` (and their marks) that no run has read for a day."""
    now = time.time()
    for other in _versions(kept.parent, name):
        try:
            if other != kept and now - other.stat().st_mtime > UNUSED_FOR:
                other.unlink()
        except OSError as error:
            log.debug("the unused %s could not be removed (%s)", other, error)
