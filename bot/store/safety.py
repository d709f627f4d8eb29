"""Keeping the database file safe: private, refused in one clear line when unusable, watched.

- The database is created 0600 whatever the umask, and an existing one is narrowed to it. SQLite
  gives its -wal and -shm files the permissions of the database, so they are private too.
- `<database>.seen` is written once the database holds data. When it exists and the database is
  missing or empty, opening is refused (the bot would otherwise start again with nobody's stars
  and settings) until a backup is restored or the operator asks for a new database.
- `WatchedConnection` checks before each statement that the file it opened is still the file at
  that path (device and inode). A database deleted or replaced while the bot runs would otherwise
  go on taking writes into the deleted file, lost when the bot stops; instead every statement is
  refused with `DatabaseGone`, logged once as an error.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)

PRIVATE = 0o600
SIDE_FILES = ("-wal", "-shm", "-journal")
RESTORE = "put a copy made by `python -m bot backup` in its place (README: Restoring a backup)"
MARKER_TEXT = (
    "The database beside this file has held data (users, stars, settings).\n"
    "While this file exists, the bot refuses to start on a missing or empty database: restore a\n"
    "copy made by `python -m bot backup`, or start once with `python -m bot --new-database`.\n"
)


class DatabaseUnusable(Exception):
    """The database cannot be used; the message is one line: the file, the reason, what to do."""


class DatabaseGone(sqlite3.OperationalError):
    """The database file was deleted or replaced while the bot ran: nothing more is written."""


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".seen")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _missing(path: Path) -> bool:
    """No database there: no file, or an empty one (SQLite makes a new database of it)."""
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def write_private(path: Path, text: str) -> None:
    """Write a small file readable by the bot's user only, whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        os.fchmod(descriptor, PRIVATE)
        os.write(descriptor, text.encode())
    finally:
        os.close(descriptor)


def note_data(path: Path) -> None:
    """Remember that the database at `path` holds data (best effort: a failure is only logged)."""
    marker = marker_path(path)
    try:
        if not marker.exists():
            marker.parent.mkdir(parents=True, exist_ok=True)
            write_private(marker, MARKER_TEXT)
    except OSError as error:
        log.warning("could not write %s: %s", marker, error)


def missing_refusal(path: Path) -> str:
    return (
        f"database {path} is missing or empty, but {marker_path(path)} says it held data: "
        f"{RESTORE}, or start with `python -m bot --new-database` to begin with an empty one"
    )


def allow_new_database(path: Path) -> bool:
    """--new-database: forget that the database held data, so that a missing or empty one may
    start afresh (one that holds data writes the marker again when opened). True if forgotten."""
    marker = marker_path(path)
    if not marker.exists():
        return False
    marker.unlink()
    return True


def prepare_file(path: Path) -> None:
    """Before SQLite opens it: refuse a lost database, refuse a folder, create it private."""
    if path.is_dir():
        raise DatabaseUnusable(f"database {path} is a folder, not a file: set DATABASE to a file path")
    if marker_path(path).exists() and _missing(path):
        raise DatabaseUnusable(missing_refusal(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE))
        for name in (path.name, *(path.name + side for side in SIDE_FILES)):
            _narrow(path.with_name(name))
    except OSError as error:
        raise DatabaseUnusable(describe(path, error)) from error


def check_file(path: Path) -> None:
    """Open the database once on its own: a quick check of every page, and a write, so that a
    damaged, unreadable or read-only database is refused at start-up, not at the first star."""
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            (check,) = connection.execute("PRAGMA quick_check").fetchone()
            if check != "ok":
                raise sqlite3.DatabaseError(f"integrity check: {check}")
            (version,) = connection.execute("PRAGMA user_version").fetchone()
            connection.execute(f"PRAGMA user_version = {int(version)}")
    except sqlite3.Error as error:
        raise DatabaseUnusable(describe(path, error)) from error


def _narrow(path: Path) -> None:
    """Take away the group's and others' access to an existing file (0644 → 0600); a file the
    bot's user does not own keeps the permissions its owner gave it."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        try:
            path.chmod(mode & 0o700)
        except PermissionError as error:
            log.warning("%s stays readable by others (mode %04o): %s", path, mode, error.strerror)


def describe(path: Path, error: BaseException) -> str:
    """One line for the operator: the file, the reason, what to do."""
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    lowered = reason.lower()
    if isinstance(error, DatabaseUnusable):
        return reason
    if "newer than this bot" in lowered:
        return (
            f"database {path} was written by a newer version of the bot ({reason}): run that "
            "version, or put a copy made by this version's `python -m bot backup` in its place"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return (
            f"database {path} is read-only for this user ({reason}): give the bot's user write access "
            "to the file and to its folder (SQLite writes -wal and -shm files beside it)"
        )
    if not _accessible(path) or isinstance(error, PermissionError):
        return (
            f"database {path} cannot be read and written by this user ({_who(path)}): give the bot's "
            f"user access to it and its folder (chown, then chmod 600), or {RESTORE}"
        )
    damaged = isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)
    if damaged or any(word in lowered for word in ("malformed", "integrity", "not a database")):
        return f"database {path} is damaged ({reason}): stop the bot, move it aside and {RESTORE}"
    return (
        f"database {path} cannot be used ({reason}): check the DATABASE setting, the file and its "
        f"folder, or {RESTORE}"
    )


def _accessible(path: Path) -> bool:
    if path.exists():
        return os.access(path, os.R_OK | os.W_OK)
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return os.access(parent, os.W_OK | os.X_OK)


def _who(path: Path) -> str:
    try:
        status = path.stat()
    except OSError as error:
        return f"uid {os.geteuid()}; {error.strerror or error}"
    return f"uid {os.geteuid()}; the file is mode {stat.S_IMODE(status.st_mode):04o}, owner {status.st_uid}"


class WatchedConnection(aiosqlite.Connection):
    """An aiosqlite connection that refuses every statement once its file is deleted or replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(lambda: sqlite3.connect(path), iter_chunk_size=64)
        self.path = path
        self.identity = _identity(path)
        self.has_data = False
        self.gone = False

    def held_data(self) -> None:
        """The database holds data: keep the marker that refuses a lost database at the next start."""
        if not self.has_data:
            self.has_data = True
            note_data(self.path)

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        # Closing and rolling back touch nothing on disk that matters: always allowed.
        if getattr(fn, "__name__", "") not in ("close", "rollback"):
            self._check()
        return await super()._execute(fn, *args, **kwargs)

    async def commit(self) -> None:
        changes = await self._execute(self._commit_counting)
        if changes:
            self.held_data()

    def _commit_counting(self) -> int:
        """Commit (in the connection's thread) and say how many rows this connection changed."""
        self._conn.commit()
        return self._conn.total_changes

    def _check(self) -> None:
        if not self.gone and _identity(self.path) == self.identity:
            return
        if not self.gone:
            self.gone = True
            log.error(
                "database %s was deleted or replaced while the bot was running: nothing more is "
                "written to it and what needs saving is refused. Stop the bot, %s, and start it again.",
                self.path,
                RESTORE,
            )
            if self.has_data:
                note_data(self.path)
        raise DatabaseGone(f"database {self.path} was deleted or replaced while the bot was running")
