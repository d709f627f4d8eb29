"""Stopping with a backlog, as an operator does (SIGTERM) or as a crash does (kill -9): the bot
exits within its bound, and the updates it had fetched but not handled are handled at the next
start, never twice. `python -m bot` runs as a separate process against the local Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tests.e2e.harness import TOKEN, polling
from tests.fakes import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
CHATS = range(9101, 9121)  # twenty attendees
EACH = 6  # questions each, sent at once: their answers go one every two seconds per chat
STOP_BOUND = 10.0  # seconds from SIGTERM to exit, promised in the README


def start_bot(api: FakeBotApi, database: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(database),
        "SIMULATED_START": "2017-11-16T12:10:00+01:00",
        "LOG_LEVEL": "WARNING",
        # Slower than Telegram's pace, so that a backlog is certain when the stop comes.
        "SEND_RATE_PER_CHAT": "0.5",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def answers(api: FakeBotApi) -> Counter[int]:
    return Counter(
        c.params["chat_id"] for c in api.calls("sendMessage") if c.ok and c.params["chat_id"] in CHATS
    )


async def until(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.05)


async def burst_then_stop(api: FakeBotApi, database: Path, how: signal.Signals) -> float:
    """Twenty chats send six questions each; the bot is stopped while it answers them."""
    bot = start_bot(api, database)
    try:
        await polling(api)
        for n in range(EACH):
            for chat in CHATS:
                api.send_text(chat, ("what's next in Scala", "what's on now", "lunch")[n % 3])
        await until(lambda: sum(answers(api).values()) >= len(CHATS), timeout=20)  # answering
        stopped_at = time.monotonic()
        bot.send_signal(how)
        bot.wait(timeout=30)
        took = time.monotonic() - stopped_at
    finally:
        if bot.poll() is None:
            bot.kill()
        _, stderr = bot.communicate(timeout=10)
    assert b"Traceback" not in stderr, stderr.decode()[-2000:]
    return took


async def test_sigterm_during_a_burst_exits_in_time_and_the_rest_is_answered_after(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    with FakeBotApi() as api:
        took = await burst_then_stop(api, database, signal.SIGTERM)
        assert took < STOP_BOUND, f"SIGTERM took {took:.1f} s"
        before_restart = sum(answers(api).values())
        assert before_restart < len(CHATS) * EACH  # some were left: the stop did not wait for all
        again = start_bot(api, database)
        try:
            await until(lambda: sum(answers(api).values()) >= len(CHATS) * EACH, timeout=60)
            await asyncio.sleep(1.5)  # nothing more comes
        finally:
            again.send_signal(signal.SIGTERM)
            again.communicate(timeout=20)
        assert answers(api) == dict.fromkeys(CHATS, EACH)  # every question answered, none twice


async def test_kill_9_loses_at_most_the_updates_being_handled(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    with FakeBotApi() as api:
        await burst_then_stop(api, database, signal.SIGKILL)
        again = start_bot(api, database)
        try:
            await until(lambda: sum(answers(api).values()) >= len(CHATS) * (EACH - 1), timeout=60)
            await asyncio.sleep(4.5)  # the last ones, one every two seconds per chat
        finally:
            again.send_signal(signal.SIGTERM)
            again.communicate(timeout=20)
        counts = answers(api)
        # Each chat has one update in hand at a time: a kill can lose that one, nothing more,
        # and nothing is answered twice.
        assert set(counts) == set(CHATS)
        assert all(EACH - 1 <= n <= EACH for n in counts.values()), counts
