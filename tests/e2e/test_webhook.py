"""Webhook mode: `python -m bot` with WEBHOOK_URL serves updates posted to it, with the secret only."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.config import load_config
from bot.webhook import webhook_options, webhook_path
from tests.e2e.harness import TOKEN, sent_to
from tests.e2e.harness import bot_process as running_process
from tests.fakes import FakeBotApi

SECRET = "s3cret_Token-42"
USER = 7


def update(update_id: int, text: str) -> dict[str, object]:
    user = {"id": USER, "is_bot": False, "first_name": "Ana", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "from": user,
            "chat": {"id": USER, "type": "private", "first_name": "Ana"},
            "date": int(time.time()),
            "text": text,
        },
    }


def test_webhook_options_from_the_settings(tmp_path: Path) -> None:
    config = load_config(
        {
            "TELEGRAM_TOKEN": TOKEN,
            "WEBHOOK_URL": "https://bot.example.org/telegram/",
            "PORT": "8081",
            "WEBHOOK_SECRET": SECRET,
        },
        dotenv=tmp_path / "absent.env",
    )
    options = webhook_options(config)
    path = webhook_path(TOKEN)
    assert options["webhook_url"] == f"https://bot.example.org/telegram/{path}"
    assert (options["listen"], options["port"], options["url_path"]) == ("0.0.0.0", 8081, path)
    assert options["secret_token"] == SECRET
    assert len(path) == 32 and TOKEN.split(":")[1] not in path


def test_without_a_secret_one_is_derived_from_the_token(tmp_path: Path) -> None:
    env = {"TELEGRAM_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example.org"}
    first = webhook_options(load_config(env, dotenv=tmp_path / "absent.env"))["secret_token"]
    again = webhook_options(load_config(env, dotenv=tmp_path / "absent.env"))["secret_token"]
    assert first == again and len(first) == 64 and TOKEN not in first


@pytest.fixture
def webhook_process(api: FakeBotApi, tmp_path: Path, unused_tcp_port: int) -> Iterator[subprocess.Popen[str]]:
    env = {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(tmp_path / "bot.sqlite3"),
        "SIMULATED_START": "2017-11-16T12:10:00+01:00",
        "WEBHOOK_URL": f"http://127.0.0.1:{unused_tcp_port}/hook",
        "WEBHOOK_LISTEN": "127.0.0.1",
        "PORT": str(unused_tcp_port),
        "WEBHOOK_SECRET": SECRET,
        "LOG_LEVEL": "INFO",
    }
    with running_process(env) as process:
        yield process


async def post(client: httpx.AsyncClient, url: str, body: dict[str, object], secret: str | None) -> int:
    """POST an update as Telegram would, retrying while the server is not listening yet."""
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    deadline = time.monotonic() + 15
    while True:
        try:
            return (await client.post(url, json=body, headers=headers)).status_code
        except httpx.ConnectError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)


async def test_webhook_mode_answers_updates_with_the_secret_only(
    api: FakeBotApi, webhook_process: subprocess.Popen[str], unused_tcp_port: int
) -> None:
    set_webhook = await api.wait_for("setWebhook", timeout=20)
    url = f"http://127.0.0.1:{unused_tcp_port}/{webhook_path(TOKEN)}"
    assert set_webhook.params["url"] == f"http://127.0.0.1:{unused_tcp_port}/hook/{webhook_path(TOKEN)}"
    assert set_webhook.params["secret_token"] == SECRET
    async with httpx.AsyncClient(timeout=5) as client:
        assert await post(client, url, update(1, "what's next in Alcazar"), SECRET) == 200
        reply = await api.wait_for(sent_to(USER), timeout=10)
        assert reply.params["text"].startswith("Next in Alcazar:")
        since = api.call_count
        assert await post(client, url, update(2, "what's on now"), "wrong") == 403
        assert await post(client, url, update(3, "what's on now"), None) == 403
        assert await post(client, url, update(4, "help"), SECRET) == 200
        await api.wait_for(sent_to(USER), since=since, timeout=10)
    # Only the update with the right secret was answered (the refused ones never reached the bot).
    assert len([c for c in api.calls()[since:] if sent_to(USER)(c)]) == 1
    assert api.calls("getUpdates") == []  # no long polling in webhook mode
    webhook_process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.to_thread(webhook_process.communicate, timeout=15)
    assert webhook_process.returncode == 0, stderr
    assert TOKEN not in stderr
