from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from tests.e2e.harness import RunningBot, at, make_config
from tests.fakes import FakeBotApi


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(bot_username="mechelen_bot") as server:
        yield server
        assert server.internal_errors == []


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(at("2017-11-16T12:10:00+01:00"))


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    running = RunningBot(api, make_config(api, tmp_path / "bot.sqlite3"), clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()
