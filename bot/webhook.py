"""Webhook mode: Telegram posts each update to us instead of our long polling for it.

With WEBHOOK_URL set, PTB's webhook server (tornado, the `webhooks` extra) listens on
WEBHOOK_LISTEN:PORT, usually behind a reverse proxy that holds the TLS certificate. The path is a
hash of the token, so nobody can guess it from the bot's name, and Telegram sends WEBHOOK_SECRET in
the X-Telegram-Bot-Api-Secret-Token header of every request; a request without it gets 403.
"""

from __future__ import annotations

import hashlib
from typing import Any

from bot.config import Config
from bot.updates.fetching import HANDLED_UPDATES


def webhook_path(token: str) -> str:
    """The URL path updates arrive on: derived from the token, stable across restarts."""
    return hashlib.sha256(f"webhook-path:{token}".encode()).hexdigest()[:32]


def webhook_secret(config: Config) -> str:
    """WEBHOOK_SECRET, or one derived from the token (both sides of it are ours)."""
    if config.webhook_secret:
        return config.webhook_secret
    assert config.token is not None
    return hashlib.sha256(f"webhook-secret:{config.token}".encode()).hexdigest()


def webhook_address(config: Config) -> str:
    """The full address Telegram is told to post to: WEBHOOK_URL followed by the path."""
    assert config.webhook_url is not None and config.token is not None
    return f"{config.webhook_url.rstrip('/')}/{webhook_path(config.token)}"


def webhook_options(config: Config) -> dict[str, Any]:
    """Keyword arguments of Application.run_webhook (and Updater.start_webhook) for this config."""
    assert config.token is not None
    return {
        "listen": config.webhook_listen,
        "port": config.port,
        "url_path": webhook_path(config.token),
        "webhook_url": webhook_address(config),
        "secret_token": webhook_secret(config),
        "allowed_updates": HANDLED_UPDATES,
    }
