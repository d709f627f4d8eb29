"""The database an operator may lose, damage or expose: the bot notices, says so in one line, and
never silently starts again from nothing.

- Deleted while the bot runs: every write is refused (the user is told nothing was saved, never
  "Added"), one error is logged, and the next start refuses the empty database it would make
  until a backup is restored or `--new-database` is given.
- Damaged, unreadable, read-only, from a newer bot, a folder: `python -m bot` stops with one line
  naming the file, the reason and what to do, and exit code 2.
- The database, its -wal and -shm files, the marker beside it and backups are 0600 under umask 022.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FixedClock
from bot.commands.backup import backup
from bot.i18n import speaker
from bot.store.database import open_database
from bot.store.safety import DatabaseUnusable, marker_path
from tests.e2e.harness import ROOT, TOKEN, RunningBot, button_data, make_config
from tests.fakes import FakeBotApi

ANNA, BOB = 8101, 8102
LOST = speaker("en", ZoneInfo("UTC"))._(
    "Sorry, this could not be saved: the bot has lost its database. Nothing was changed; "
    "questions about the programme still work."
)
RESTORE = "put a copy made by `python -m bot backup` in its place (README: Restoring a backup)"
NOBODY = 65534


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


async def open_card(bot: RunningBot, user: int, question: str, title: str) -> Any:
    answer = await bot.ask(user, question)
    return await bot.press(user, answer, button_data(answer, title))


async def star(bot: RunningBot, user: int, card: Any) -> Any:
    since = len(bot.api.calls())
    bot.api.press_button(user, card, button_data(card, "st|"))
    return await bot.api.wait_for("answerCallbackQuery", since=since, timeout=10)


# --------------------------------------------------------------------------- deleted while running


@pytest.mark.parametrize("what", ["files", "folder"])
async def test_a_database_deleted_while_running_refuses_every_write(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock, caplog: pytest.LogCaptureFixture, what: str
) -> None:
    database = tmp_path / "var" / "bot.sqlite3"
    bot = await RunningBot(api, make_config(api, database), clock).start()
    try:
        card = await open_card(bot, ANNA, "what's next in Alcazar", "Human mobility")
        assert (await star(bot, ANNA, card)).params["text"] == "Added to your sessions."
        assert marker_path(database).is_file()
        if what == "files":
            for name in ("bot.sqlite3", "bot.sqlite3-wal", "bot.sqlite3-shm"):
                (database.parent / name).unlink()
        else:
            shutil.rmtree(database.parent)

        # Questions still work; the star that cannot be saved says so.
        other = await open_card(bot, ANNA, "what's next in Scala", "Youth")
        refused = await star(bot, ANNA, other)
        assert refused.ok
        assert (refused.params["text"], refused.params.get("show_alert")) == (LOST, True)
        assert bot.services.stars.of(ANNA) == frozenset({"d1-workshop-right-to-the-city"})
        # A new user cannot be recorded either, and is told so too.
        since = len(api.calls())
        api.send_command(BOB, "mine")
        told = await api.wait_for(lambda c: c.params.get("chat_id") == BOB, since=since)
        assert told.params["text"] == LOST
    finally:
        await bot.stop()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "bot.store.safety"]
    assert [r.getMessage() for r in errors] == [
        f"database {database} was deleted or replaced while the bot was running: nothing more is "
        f"written to it and what needs saving is refused. Stop the bot, {RESTORE}, and start it again."
    ]
    assert not database.exists()  # nothing recreated an empty one
    # The marker survives (or is written again when the whole folder went): the next start refuses.
    assert marker_path(database).is_file()
    with pytest.raises(DatabaseUnusable) as refused_start:
        await open_database(database)
    assert str(refused_start.value) == (
        f"database {database} is missing or empty, but {marker_path(database)} says it held data: "
        f"{RESTORE}, or start with `python -m bot --new-database` to begin with an empty one"
    )
    assert not database.exists()


async def test_a_database_replaced_while_running_is_not_written_to(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock
) -> None:
    database = tmp_path / "bot.sqlite3"
    bot = await RunningBot(api, make_config(api, database), clock).start()
    try:
        card = await open_card(bot, ANNA, "what's next in Alcazar", "Human mobility")
        await star(bot, ANNA, card)
        copy = tmp_path / "copy.sqlite3"
        assert await asyncio.to_thread(backup, database, copy) == 0
        for name in ("bot.sqlite3-wal", "bot.sqlite3-shm"):
            (tmp_path / name).unlink()
        copy.replace(database)  # an operator restores a backup without stopping the bot
        other = await open_card(bot, ANNA, "what's next in Scala", "Youth")
        assert (await star(bot, ANNA, other)).params["text"] == LOST
    finally:
        await bot.stop()
    with contextlib.closing(sqlite3.connect(database)) as restored:
        assert restored.execute("SELECT session_id FROM stars").fetchall() == [
            ("d1-workshop-right-to-the-city",)
        ]


def run_bot(
    api: FakeBotApi, database: Path, *args: str, as_user: list[str] | None = None
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(database),
        "SIMULATED_START": "2017-11-16T12:10:00+01:00",
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen(
        [*(as_user or []), sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def finished(process: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str]:
    try:
        _, stderr = await asyncio.to_thread(process.communicate, timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, stderr


async def test_a_lost_database_stops_the_next_start_until_told(api: FakeBotApi, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    connection = await open_database(database)
    await connection.execute(
        "INSERT INTO users (id, language, first_seen, last_seen) VALUES (1, 'en', 'x', 'x')"
    )
    await connection.commit()
    await connection.close()
    for name in ("bot.sqlite3", "bot.sqlite3-wal", "bot.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)

    code, stderr = await finished(run_bot(api, database))
    assert (code, stderr) == (
        2,
        f"database {database} is missing or empty, but {marker_path(database)} says it held data: "
        f"{RESTORE}, or start with `python -m bot --new-database` to begin with an empty one\n",
    )
    assert not database.exists()

    process = run_bot(api, database, "--new-database")
    try:
        await api.wait_for("getUpdates", timeout=30)
        process.send_signal(signal.SIGTERM)
    finally:
        code, stderr = await finished(process)
    assert code == 0, stderr
    assert stderr.startswith(f"--new-database: {database} may start empty\n")
    assert database.is_file() and not marker_path(database).exists()


# --------------------------------------------------------------------------- unusable at start-up


def damaged_pages(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany("INSERT INTO users VALUES (?, ?)", [(n, "x" * 200) for n in range(2_000)])
        connection.commit()
    with path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096 * 2)


def newer(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 99")


def valid(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (x)")


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user may enter (pytest's own are private to the user running the tests)."""
    folder = Path(tempfile.mkdtemp(prefix="bot-db-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def another_user() -> tuple[list[str], int]:
    """A command prefix that runs the bot as another user, and that user's id: as `nobody` when the
    tests run as root (root reads and writes any file), else as the user running the tests."""
    if os.geteuid() != 0:
        return [], os.geteuid()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv to become another user")
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"], NOBODY


async def test_a_damaged_file_stops_the_start_in_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    database.write_bytes(b"this is not a database, it is a text file\n" * 100)
    code, stderr = await finished(run_bot(api, database))
    assert (code, stderr) == (
        2,
        f"database {database} is damaged (file is not a database): stop the bot, move it aside and "
        f"{RESTORE}\n",
    )
    assert database.read_bytes() == b"this is not a database, it is a text file\n" * 100


async def test_damaged_pages_stop_the_start_in_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    damaged_pages(database)
    code, stderr = await finished(run_bot(api, database))
    assert code == 2
    assert stderr.startswith(f"database {database} is damaged (")
    assert stderr.endswith(f"): stop the bot, move it aside and {RESTORE}\n")
    assert stderr.count("\n") == 1 and "Traceback" not in stderr


async def test_a_database_from_a_newer_bot_stops_the_start_in_one_line(
    api: FakeBotApi, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    newer(database)
    code, stderr = await finished(run_bot(api, database))
    assert code == 2
    assert stderr.startswith(
        f"database {database} was written by a newer version of the bot (the database is at schema "
        "version 99, newer than this bot ("
    )
    assert stderr.endswith(
        "): run that version, or put a copy made by this version's `python -m bot backup` in its place\n"
    )
    assert stderr.count("\n") == 1


async def test_a_folder_as_database_stops_the_start_in_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    code, stderr = await finished(run_bot(api, tmp_path))
    assert (code, stderr) == (
        2,
        f"database {tmp_path} is a folder, not a file: set DATABASE to a file path\n",
    )


async def test_an_unreadable_database_stops_the_start_in_one_line(
    api: FakeBotApi, shared_folder: Path
) -> None:
    database = shared_folder / "bot.sqlite3"
    valid(database)
    database.chmod(0)
    prefix, uid = another_user()
    code, stderr = await finished(run_bot(api, database, as_user=prefix))
    assert (code, stderr) == (
        2,
        f"database {database} cannot be read and written by this user (uid {uid}; the file is mode "
        f"0000, owner {database.stat().st_uid}): give the bot's user access to it and its folder "
        f"(chown, then chmod 600), or {RESTORE}\n",
    )


async def test_a_read_only_database_stops_the_start_in_one_line(api: FakeBotApi, shared_folder: Path) -> None:
    database = shared_folder / "bot.sqlite3"
    valid(database)
    prefix, uid = another_user()
    os.chown(database, uid, uid)  # the bot's user's own file, made read-only
    database.chmod(0o444)
    code, stderr = await finished(run_bot(api, database, as_user=prefix))
    assert (code, stderr) == (
        2,
        f"database {database} is read-only for this user (attempt to write a readonly database): give "
        "the bot's user write access to the file and to its folder (SQLite writes -wal and -shm files "
        "beside it)\n",
    )


# --------------------------------------------------------------------------- permissions


async def test_the_database_and_its_backups_are_private_whatever_the_umask(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock
) -> None:
    database = tmp_path / "var" / "bot.sqlite3"
    with umask(0o022):
        bot = await RunningBot(api, make_config(api, database), clock).start()
        try:
            card = await open_card(bot, ANNA, "what's next in Alcazar", "Human mobility")
            await star(bot, ANNA, card)
            files = {name: mode(database.parent / name) for name in sorted(os.listdir(database.parent))}
            assert files == {
                "bot.sqlite3": 0o600,
                "bot.sqlite3-shm": 0o600,
                "bot.sqlite3-wal": 0o600,
                "bot.sqlite3.seen": 0o600,
            }
            target = tmp_path / "backups" / "copy.sqlite3"
            assert await asyncio.to_thread(backup, database, target) == 0
            assert mode(target) == 0o600
        finally:
            await bot.stop()


async def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    valid(database)
    database.chmod(0o644)
    connection = await open_database(database)
    await connection.close()
    assert mode(database) == 0o600
