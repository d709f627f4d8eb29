"""A broadcast to 1,500 users survives SIGKILL in the middle: everyone gets it, nobody twice but
for the messages in flight at the kill (at most the sender's concurrency), and the pacing never
earns a 429."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.delivery.sender import CONCURRENCY
from bot.store.database import open_database
from tests.e2e.harness import TOKEN, button_data, polling
from tests.fakes import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
USERS = 1_500  # reduced size: bench/faults.py kills a 2,000-person announcement
ORGANISER = 1
RATE = 250  # faster limits than Telegram's 30/s, enforced the same way by the local server


async def make_users(database: Path) -> None:
    connection = await open_database(database)
    try:
        stamp = datetime(2017, 11, 16, 8, tzinfo=UTC).isoformat()
        await connection.executemany(
            "INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, 'en', ?, ?)",
            [(10_000 + n, stamp, stamp) for n in range(USERS)],
        )
        await connection.commit()
    finally:
        await connection.close()


def start_bot(api: FakeBotApi, database: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(database),
        "ORGANISER_IDS": str(ORGANISER),
        "SEND_RATE": str(RATE),
        "SIMULATED_START": "2017-11-16T08:00:00+01:00",
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def delivered(api: FakeBotApi) -> Counter[int]:
    return Counter(
        call.params["chat_id"]
        for call in api.calls("sendMessage")
        if call.ok
        and "bring your badge" in call.params.get("text", "")
        and call.params["chat_id"] != ORGANISER
    )


async def wait_until(predicate, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.05)


async def test_broadcast_survives_sigkill(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    await make_users(database)
    with FakeBotApi(enforce_rate_limits=True, global_per_second=RATE, per_chat_per_second=1) as api:
        first = start_bot(api, database)
        try:
            await polling(api)
            api.send_text(
                ORGANISER,
                "/announce everyone: Please bring your badge.",
                entities=[{"type": "bot_command", "offset": 0, "length": 9}],
            )
            preview = await api.wait_for(
                lambda c: c.method == "sendMessage" and c.params["chat_id"] == ORGANISER
            )
            assert f"will go to {USERS + 1} people" in preview.params["text"]  # the organiser wrote too
            api.press_button(ORGANISER, preview, button_data(preview, "an|"))
            await wait_until(lambda: len(delivered(api)) >= USERS // 3, timeout=60)
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
        finally:
            if first.poll() is None:
                first.kill()
            first.communicate(timeout=10)
        at_crash = len(delivered(api))
        assert at_crash < USERS
        second = start_bot(api, database)
        try:
            await wait_until(lambda: len(delivered(api)) >= USERS, timeout=120)
        finally:
            second.send_signal(signal.SIGTERM)
            second.communicate(timeout=20)
        counts = delivered(api)
        assert len(counts) == USERS  # every recipient got it
        duplicates = sum(n - 1 for n in counts.values())
        assert duplicates <= CONCURRENCY  # at most the messages in flight when killed
        assert api.violations.total == 0
        assert [c for c in api.calls("sendMessage") if c.error_code == 429] == []
