"""`python -m bot backup PATH`: a consistent copy of the database, also while the bot runs.

SQLite's online backup API copies the database as one snapshot (a transaction the bot's writes do
not disturb), unlike copying the file, which may catch a half-written page or miss the WAL. The
copy is written beside the target, checked, made a single self-contained file, then renamed into
place: PATH is either the old backup or the new one, never half of one. Like the database, the
copy is readable by its owner only (0600), whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

from bot.config import ConfigError, load_config
from bot.store.safety import write_private


def run(path: str) -> int:
    try:
        config = load_config()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    return backup(config.database, Path(path))


def backup(source: Path, target: Path) -> int:
    """Copy the database at `source` to `target` (a file, or a folder to put it in)."""
    if not source.is_file():
        print(f"backup: no database at {source} (the DATABASE setting)", file=sys.stderr)
        return 2
    if target.is_dir():
        target = target / source.name
    if target.resolve() == source.resolve():
        print(f"backup: {target} is the database itself; give another path", file=sys.stderr)
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        # An empty file is a new database to SQLite: made first, it gives the copy its permissions.
        write_private(partial, "")
        with (
            contextlib.closing(sqlite3.connect(source, timeout=30)) as database,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            database.backup(copy)  # all pages in one step: one consistent snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
            (check,) = copy.execute("PRAGMA integrity_check").fetchone()
            if check != "ok":
                raise sqlite3.DatabaseError(f"the copy fails its integrity check: {check}")
            counts = {
                table: copy.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("users", "stars", "outbox")
            }
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        print(f"backup: {source} could not be copied: {error}", file=sys.stderr)
        return 1
    print(
        f"{source} copied to {target}: {counts['users']} users, {counts['stars']} stars, "
        f"{counts['outbox']} outbox rows, {target.stat().st_size // 1024} KiB"
    )
    return 0
