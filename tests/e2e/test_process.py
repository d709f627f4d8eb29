"""`python -m bot` run as a separate process with a token, exactly as an operator runs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import TOKEN, sent_to
from tests.fakes import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bot_process(api: FakeBotApi, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(tmp_path / "bot.sqlite3"),
        "SIMULATED_START": "2017-11-16T12:10:00+01:00",
        "LOG_LEVEL": "INFO",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


async def test_process_answers_and_stops_cleanly_on_sigterm(
    api: FakeBotApi, bot_process: subprocess.Popen[str]
) -> None:
    await api.wait_for("getUpdates", timeout=20)
    api.send_text(7, "what's next in Alcazar")
    reply = await api.wait_for(sent_to(7), timeout=10)
    # The simulated clock started at 12:10 on the first day.
    assert reply.params["text"].startswith("Next in Alcazar:")
    assert "12:45" in reply.params["text"]
    bot_process.send_signal(signal.SIGTERM)
    _, stderr = bot_process.communicate(timeout=15)
    assert bot_process.returncode == 0, stderr
    assert TOKEN not in stderr  # the token never reaches the logs


async def test_second_instance_stops_on_conflict(api: FakeBotApi, bot_process: subprocess.Popen[str]) -> None:
    await api.wait_for("getUpdates", timeout=20)
    api.fail_next("getUpdates", 409, times=None)
    _, stderr = bot_process.communicate(timeout=20)
    assert bot_process.returncode == 3
    assert "another instance of this bot is already running" in stderr
