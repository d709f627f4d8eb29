"""TELEGRAM_API_URL: a self-hosted Bot API server's address becomes PTB's two base URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import api_base_urls
from bot.config import load_config


@pytest.mark.parametrize(
    "address", ["http://localhost:8081", "http://localhost:8081/", "http://localhost:8081/bot"]
)
def test_api_url_gives_the_bot_and_file_base_urls(address: str) -> None:
    assert api_base_urls(address) == ("http://localhost:8081/bot", "http://localhost:8081/file/bot")


def test_without_api_url_telegram_is_used(tmp_path: Path) -> None:
    config = load_config({}, dotenv=tmp_path / "absent.env")
    assert config.api_url is None
    assert api_base_urls(config.api_url) is None
