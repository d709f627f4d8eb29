"""Settings from the environment (and a `.env` file), read once into a frozen dataclass.

Nothing else in the bot reads os.environ. A missing or malformed value stops start-up with one
clear line (ConfigError).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "en", "es")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names it and says what is expected."""


def default_programme_path() -> Path:
    return ROOT / "data" / "mechelen-2017" / "programme.toml"


@dataclass(frozen=True, slots=True)
class Config:
    token: str | None
    programme: str
    database: Path
    organiser_ids: frozenset[int]
    default_language: str | None
    log_level: str
    api_url: str | None
    simulated_start: datetime | None
    simulated_speed: float
    send_per_second: float = 30.0
    send_per_chat_per_second: float = 1.0
    sweep_seconds: float = 5.0


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and # comments skipped; quotes around a value removed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep:
            raise ConfigError(f"{path}:{number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def load_config(environ: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Config:
    """The settings: the environment wins over `.env`."""
    env = {**read_dotenv(dotenv or ROOT / ".env"), **(os.environ if environ is None else environ)}

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    token = get("TELEGRAM_TOKEN")
    if token is not None and ":" not in token:
        raise ConfigError("TELEGRAM_TOKEN looks wrong: expected the form 123456:ABC-DEF… from @BotFather")
    ids: set[int] = set()
    for part in (get("ORGANISER_IDS") or "").replace(";", ",").split(","):
        if part.strip():
            try:
                ids.add(int(part.strip()))
            except ValueError as error:
                raise ConfigError(
                    f"ORGANISER_IDS must be Telegram user ids separated by commas, got {part.strip()!r}"
                ) from error
    language = get("DEFAULT_LANGUAGE")
    if language is not None and language not in LANGUAGES:
        raise ConfigError(f"DEFAULT_LANGUAGE must be one of {', '.join(LANGUAGES)}, got {language!r}")
    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level!r}")
    start = None
    if get("SIMULATED_START"):
        try:
            start = datetime.fromisoformat(get("SIMULATED_START") or "")
        except ValueError as error:
            raise ConfigError("SIMULATED_START must be ISO-8601, e.g. 2017-11-16T08:50+01:00") from error
        if start.tzinfo is None:
            raise ConfigError("SIMULATED_START needs an offset, e.g. 2017-11-16T08:50+01:00")
    try:
        speed = float(get("SIMULATED_SPEED") or 1)
    except ValueError as error:
        raise ConfigError("SIMULATED_SPEED must be a number, e.g. 1 or 60") from error
    if speed <= 0:
        raise ConfigError("SIMULATED_SPEED must be above 0")
    rates = {}
    for name, field, default in (
        ("SEND_RATE", "send_per_second", 30.0),
        ("SEND_RATE_PER_CHAT", "send_per_chat_per_second", 1.0),
    ):
        try:
            rates[field] = float(get(name) or default)
        except ValueError as error:
            raise ConfigError(f"{name} must be a number of messages per second") from error
        if rates[field] <= 0:
            raise ConfigError(f"{name} must be above 0")
    return Config(
        **rates,
        token=token,
        programme=get("PROGRAMME") or str(default_programme_path()),
        database=Path(get("DATABASE") or ROOT / "var" / "bot.sqlite3"),
        organiser_ids=frozenset(ids),
        default_language=language,
        log_level=level,
        api_url=get("TELEGRAM_API_URL"),
        simulated_start=start,
        simulated_speed=speed,
    )
