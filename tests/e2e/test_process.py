"""`python -m bot` run as a separate process with a token, exactly as an operator runs it."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import TOKEN, polling, sent_to
from tests.e2e.harness import bot_process as running_process
from tests.fakes import FakeBotApi


@pytest.fixture
def bot_process(api: FakeBotApi, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    env = {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(tmp_path / "bot.sqlite3"),
        "SIMULATED_START": "2017-11-16T12:10:00+01:00",
        "LOG_LEVEL": "INFO",
    }
    with running_process(env) as process:
        yield process


async def test_process_answers_and_stops_cleanly_on_sigterm(
    api: FakeBotApi, bot_process: subprocess.Popen[str]
) -> None:
    await polling(api)
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
    await polling(api)
    api.fail_next("getUpdates", 409, times=None)
    api.send_text(7, "hello")  # ends the long poll under way: the next one meets the conflict
    _, stderr = bot_process.communicate(timeout=20)
    assert bot_process.returncode == 3
    assert "another instance of this bot is already running" in stderr
