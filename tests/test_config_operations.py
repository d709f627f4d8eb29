"""The channel and webhook settings: a bad value stops start-up with one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

TOKEN = "123456:TEST-TOKEN"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"ANNOUNCE_CHAT_ID": "@conference"}, "ANNOUNCE_CHAT_ID must be the channel's or group's numeric id"),
        ({"ANNOUNCE_MINUTES": "soon"}, "ANNOUNCE_MINUTES must be a number of minutes"),
        ({"ANNOUNCE_MINUTES": "0"}, "ANNOUNCE_MINUTES must be above 0"),
        ({"ANNOUNCE_LANGUAGES": "fr,de"}, "ANNOUNCE_LANGUAGES must list some of fr, en, es, got 'de'"),
        ({"TELEGRAM_TOKEN": TOKEN, "WEBHOOK_URL": "ftp://example.org"}, "WEBHOOK_URL must be an https://"),
        ({"WEBHOOK_URL": "https://example.org"}, "WEBHOOK_URL needs TELEGRAM_TOKEN"),
        ({"PORT": "http"}, "PORT must be a TCP port number"),
        ({"PORT": "70000"}, "PORT must be between 1 and 65535"),
        ({"WEBHOOK_SECRET": "not secret!"}, "WEBHOOK_SECRET must be 1 to 256 characters"),
    ],
)
def test_malformed_setting_is_refused_with_one_line(
    tmp_path: Path, settings: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(settings, dotenv=tmp_path / "absent.env")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_webhook_settings_and_their_defaults(tmp_path: Path) -> None:
    polling = load_config({"TELEGRAM_TOKEN": TOKEN}, dotenv=tmp_path / "absent.env")
    assert (polling.webhook_url, polling.port, polling.webhook_listen, polling.webhook_secret) == (
        None,
        8080,
        "0.0.0.0",
        None,
    )
    webhook = load_config(
        {
            "TELEGRAM_TOKEN": TOKEN,
            "WEBHOOK_URL": "https://bot.example.org/telegram",
            "PORT": "8443",
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_SECRET": "abc_DEF-123",
        },
        dotenv=tmp_path / "absent.env",
    )
    assert (webhook.webhook_url, webhook.port, webhook.webhook_listen, webhook.webhook_secret) == (
        "https://bot.example.org/telegram",
        8443,
        "127.0.0.1",
        "abc_DEF-123",
    )
