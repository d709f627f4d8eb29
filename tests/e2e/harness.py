"""Runs the real bot (bot.app) against the local Bot API server, as an operator would run it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.app import build_application
from bot.clock import FixedClock
from bot.config import Config, default_programme_path
from bot.programme.loading import Loaded, load_programme
from bot.services import Services
from bot.updates.fetching import HANDLED_UPDATES
from handlers.common import bot_data_of
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-TOKEN"
TEST_PACE = 100.0  # messages a second to one chat in the tests (Telegram: 1)


def make_config(api: FakeBotApi, database: Path, **overrides: Any) -> Config:
    config = Config(
        token=TOKEN,
        programme=str(default_programme_path()),
        database=database,
        organiser_ids=frozenset(),
        default_language=None,
        log_level="WARNING",
        api_url=api.url,
        simulated_start=None,
        simulated_speed=1.0,
        # The clock is moved by the tests; the loops only need to look often.
        sweep_seconds=0.02,
        # Telegram's one message a second per chat would make every test that exchanges a few
        # messages wait seconds; the pace itself is tested where it matters (test_capacity.py,
        # tests/delivery/test_limits.py), with Telegram's figure.
        send_per_chat_per_second=TEST_PACE,
    )
    return replace(config, **overrides)


class RunningBot:
    """The bot polling the fake server; `restart()` stops it and starts a new process-like instance."""

    def __init__(
        self, api: FakeBotApi, config: Config, clock: FixedClock, loaded: Loaded | None = None
    ) -> None:
        self.api = api
        self.config = config
        self.clock = clock
        self.loaded = loaded or load_programme(config.programme)
        self.application: Application | None = None

    @property
    def services(self) -> Services:
        assert self.application is not None
        return bot_data_of(self.application).services

    async def start(self) -> RunningBot:
        # The same sequence as Application.run_polling, which tests cannot use (it blocks and
        # installs signal handlers).
        application = build_application(self.config, self.loaded, self.clock)
        self.application = application
        await application.initialize()
        if application.post_init:
            await application.post_init(application)
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=HANDLED_UPDATES)
        await application.start()
        return self

    async def stop(self) -> None:
        application, self.application = self.application, None
        if application is None:
            return
        assert application.updater is not None
        if application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        if application.post_stop:
            await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def ask(self, user_id: int, text: str, **kwargs: Any) -> Call:
        """A user sends a message; returns the bot's (last) reply to them."""
        since = len(self.api.calls())
        self.api.send_text(user_id, text, **kwargs)
        return await self.api.wait_for(sent_to(user_id), since=since)

    async def command(self, user_id: int, command: str, *args: str, **kwargs: Any) -> Call:
        since = len(self.api.calls())
        self.api.send_command(user_id, command, *args, **kwargs)
        return await self.api.wait_for(sent_to(user_id), since=since)

    async def press(
        self, user_id: int, message: Any, data: str, method: str | None = None, **kwargs: Any
    ) -> Call:
        """A user presses a button; returns the bot's answer (an edit of the text or of the buttons
        only, a message, or the callback answer). Every press is answered (the spinner stops), often
        at the same time as the edit: that answer is awaited too, so that it is never taken for the
        answer to a later press."""
        since = len(self.api.calls())
        self.api.press_button(user_id, message, data, **kwargs)
        if method is None:
            shown = await self.api.wait_for(
                lambda c: (
                    c.method in ("editMessageText", "editMessageReplyMarkup", "sendMessage")
                    and c.params.get("chat_id") == user_id
                ),
                since=since,
            )
            await self.api.wait_for("answerCallbackQuery", since=since)
            return shown
        return await self.api.wait_for(method, since=since)


async def polling(api: FakeBotApi, timeout: float = 60.0) -> None:
    """Until the bot asks for updates: a long poll waiting at the server (recorded only when it
    ends), or one that has ended."""
    deadline = time.monotonic() + timeout
    while api.waiting_get_updates == 0 and not api.calls("getUpdates"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the bot did not poll within {timeout} s")
        await asyncio.sleep(0.02)


def sent_to(user_id: int) -> Callable[[Call], bool]:
    return lambda call: call.method == "sendMessage" and call.params.get("chat_id") == user_id


def buttons(call: Call) -> list[tuple[str, str]]:
    """(label, callback data) of every inline button a call sent."""
    markup = call.params.get("reply_markup") or {}
    return [
        (button["text"], button.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for button in row
    ]


def button_data(call: Call, label_part: str) -> str:
    """The data of the button whose label contains `label_part`, or whose data starts with it."""
    for label, data in buttons(call):
        if label_part in label or data.startswith(label_part):
            return data
    raise AssertionError(f"no button containing {label_part!r} in {buttons(call)}")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@contextmanager
def bot_process(env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """`python -m bot` as a separate process with these settings; killed if still running at the end."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=ROOT,
        env={**os.environ, **env},
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
