"""`python -m bot speakers invite`: links an organiser can hand out, each claiming one person once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.store.database import open_database
from bot.store.speakers import Speakers

ROOT = Path(__file__).resolve().parents[2]


def invite(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BOT_USERNAME": "mechelen_bot", "DATABASE": str(database)}
    env.pop("TELEGRAM_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", "speakers", "invite", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


async def test_invite_prints_one_link_per_person_that_claims_once(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    result = invite(database, "Boubacar Bah", "sarah-turine")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split(" → ")[0] for line in lines] == ["Boubacar Bah", "Sarah Turine"]
    code = re.fullmatch(r"Boubacar Bah → https://t\.me/mechelen_bot\?start=c-([A-Za-z0-9_-]{22,})", lines[0])
    assert code
    connection = await open_database(database)
    try:
        speakers = Speakers(connection)
        await speakers.load()
        now = datetime(2017, 11, 16, tzinfo=UTC)
        assert await speakers.claim(code.group(1), 77, now) == "boubacar-bah"
        assert await speakers.claim(code.group(1), 78, now) is None
        async with connection.execute("SELECT code_hash FROM invitations") as cursor:
            stored = [row[0] async for row in cursor]
        assert code.group(1) not in stored  # only hashes are kept
    finally:
        await connection.close()


def test_invite_all_and_unknown_person(tmp_path: Path) -> None:
    everyone = invite(tmp_path / "bot.sqlite3", "--all")
    assert everyone.returncode == 0
    assert len(everyone.stdout.strip().splitlines()) == 53  # 55 people, 2 without a name
    unknown = invite(tmp_path / "bot.sqlite3", "Angela Merkel")
    assert unknown.returncode == 1
    assert "Angela Merkel: no such person" in unknown.stderr
