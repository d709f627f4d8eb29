"""`python -m bot backup PATH`: a consistent copy of the database while the bot runs."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.commands.backup import backup
from tests.e2e.harness import RunningBot, button_data

ROOT = Path(__file__).resolve().parents[2]
ANNA = 5001


def count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as copy:
        return int(copy.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


async def star_a_session(bot: RunningBot) -> None:
    answer = await bot.ask(ANNA, "what's next in Alcazar")
    card = await bot.press(ANNA, answer, button_data(answer, "Human mobility"))
    await bot.press(ANNA, card, button_data(card, "st|"))


async def test_backup_while_the_bot_runs_holds_what_was_written(bot: RunningBot, tmp_path: Path) -> None:
    await star_a_session(bot)
    target = tmp_path / "backups" / "copy.sqlite3"
    assert await asyncio.to_thread(backup, bot.config.database, target) == 0
    assert count(target, "stars") == 1
    assert count(target, "users") == 1
    assert not (tmp_path / "backups" / "copy.sqlite3-wal").exists()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == ["copy.sqlite3"]
    # The bot goes on writing; a second backup replaces the first.
    await bot.command(ANNA + 1, "start")
    assert await asyncio.to_thread(backup, bot.config.database, target) == 0
    assert count(target, "users") == 2


async def test_backup_command_as_a_process(bot: RunningBot, tmp_path: Path) -> None:
    await star_a_session(bot)
    folder = tmp_path / "out"
    folder.mkdir()
    env = {**os.environ, "DATABASE": str(bot.config.database)}
    env.pop("TELEGRAM_TOKEN", None)
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", "backup", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    copy = folder / bot.config.database.name
    assert done.stdout.startswith(f"{bot.config.database} copied to {copy}: 1 users, 1 stars, ")
    assert count(copy, "stars") == 1


def test_backup_refuses_to_overwrite_the_database_or_copy_nothing(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    assert backup(database, tmp_path / "copy.sqlite3") == 2  # no database yet
    with contextlib.closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE users (id INTEGER)")
    assert backup(database, database) == 2
    assert backup(database, tmp_path) == 2  # the folder of the database: the same file
