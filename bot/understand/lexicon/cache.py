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
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from bot.cache_folder import cache_folder

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a kept file no run reads is kept once a newer one is written (another checkout of the
# bot, with other code, may still be reading its own).
UNUSED_FOR = 24 * 3600.0


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, read from the cache when `sources` are as they were when it was kept."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    path = cache_folder() / f"{name}-{digest.hexdigest()[:20]}.pickle"
    try:
        kept: T = pickle.loads(path.read_bytes())
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
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)  # whole or not at all: another process may read it meanwhile
        _remove_unused(name, path)
    except OSError as error:
        log.debug("the %s could not be kept in %s (%s)", name, path.parent, error)
    return value


def _touch(path: Path) -> None:
    """Marks a kept file as read now, so that it is not taken for an unused one."""
    with contextlib.suppress(OSError):  # another user's file: it is theirs to keep
        os.utime(path)


def _remove_unused(name: str, kept: Path) -> None:
    """Removes the other versions of `name` that no run has read for a day."""
    now = time.time()
    for other in kept.parent.glob(f"{name}-*.pickle"):
        try:
            if other != kept and now - other.stat().st_mtime > UNUSED_FOR:
                other.unlink()
        except OSError as error:
            log.debug("the unused %s could not be removed (%s)", other, error)
