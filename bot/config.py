"""Settings from the environment (and a `.env` file), read once into a frozen dataclass.

Nothing else in the bot reads os.environ. A missing or malformed value stops start-up with one
clear line (ConfigError).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv.parser import parse_stream

from bot.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# What Telegram accepts as a webhook's secret_token.
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names it and says what is expected."""


def default_programme_path() -> Path:
    return ROOT / "data" / "mechelen-2017" / "programme.toml"


@dataclass(frozen=True, slots=True)
class Config:
    token: str | None
    programme: str  # a file path or an http(s) address
    database: Path
    organiser_ids: frozenset[int]
    default_language: str | None
    log_level: str
    api_url: str | None
    simulated_start: datetime | None
    simulated_speed: float
    send_per_second: float = 30.0
    send_per_chat_per_second: float = 1.0
    # How long the outbox waits for Telegram to answer a send before it counts as "maybe sent":
    # long, because sends run side by side and a slow one holds nobody.
    outbox_answer_seconds: float = 30.0
    # Reminders come at most this late (the sweep asks the database what is due, ~1 ms a time).
    sweep_seconds: float = 1.0
    refresh_minutes: float = 5.0
    # The zone of a programme file whose times carry none (Sessionize exports): PROGRAMME_TZ.
    programme_tz: str | None = None
    # The first day of a conference whose programme file gives its days without their dates
    # ("Day 2", "Tuesday", "24 november"): PROGRAMME_FIRST_DAY.
    programme_first_day: date | None = None
    # The conference channel (bot/delivery/channel.py): None posts nothing.
    announce_chat_id: int | None = None
    announce_minutes: float = 5.0
    announce_languages: tuple[str, ...] = ()
    # The day's picture in the channel each conference morning at this time of the conference's
    # zone (bot/delivery/day_picture.py): CHANNEL_PICTURE_TIME; None posts none.
    channel_picture_time: time | None = None
    # Webhook mode (bot/webhook.py) when webhook_url is set; long polling otherwise.
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    port: int = 8080
    webhook_secret: str | None = None
    # For invitation links printed on the command line (the chat knows its own name).
    bot_username: str | None = None
    # Questions to the panel (bot/panel.py): at most this many per person and session within
    # panel_window_minutes.
    panel_questions: int = 3
    panel_window_minutes: float = 10.0
    # Minutes after a session ends that its followers are asked how it was (0: never).
    feedback_minutes: float = 5.0
    # The organisers' help desk (handlers/helpdesk.py): a group's id; None: each organiser privately.
    helpdesk_chat_id: int | None = None
    # Organisers are told when a session's followers reach this share of its room's seats (0: never).
    room_full_percent: float = 80.0


def read_dotenv(path: Path) -> dict[str, str]:
    """The settings of a `.env` file, read by python-dotenv: `KEY=VALUE` lines, `export` and quotes
    allowed, `# comments` on their own line or after a value. `${VAR}` is not expanded.

    python-dotenv skips a line it cannot read with a logged warning; here start-up stops naming it.
    """
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text (byte {error.start})") from error
    values: dict[str, str] = {}
    for binding in parse_stream(io.StringIO(text)):
        if binding.error or (binding.key is not None and binding.value is None):
            raise ConfigError(f"{path}:{binding.original.line}: expected KEY=VALUE")
        if binding.key is not None and binding.value is not None:
            values[binding.key] = binding.value
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

    def positive(name: str, default: float) -> float:
        try:
            value = float(get(name) or default)
        except ValueError as error:
            raise ConfigError(f"{name} must be a number") from error
        if value <= 0:
            raise ConfigError(f"{name} must be above 0")
        return value

    send_per_second = positive("SEND_RATE", 30.0)
    send_per_chat_per_second = positive("SEND_RATE_PER_CHAT", 1.0)
    outbox_answer_seconds = positive("OUTBOX_ANSWER_SECONDS", 30.0)
    try:
        refresh = float(get("PROGRAMME_REFRESH_MINUTES") or 5)
    except ValueError as error:
        raise ConfigError("PROGRAMME_REFRESH_MINUTES must be a number of minutes (0 turns it off)") from error
    if not 0 <= refresh <= 7 * 24 * 60:  # also refuses nan and inf
        raise ConfigError("PROGRAMME_REFRESH_MINUTES must be between 0 (off) and 10080 (a week)")
    return Config(
        send_per_second=send_per_second,
        send_per_chat_per_second=send_per_chat_per_second,
        outbox_answer_seconds=outbox_answer_seconds,
        token=token,
        programme=get("PROGRAMME") or str(default_programme_path()),
        database=Path(get("DATABASE") or ROOT / "var" / "bot.sqlite3"),
        organiser_ids=frozenset(ids),
        default_language=language,
        log_level=level,
        api_url=get("TELEGRAM_API_URL"),
        simulated_start=start,
        simulated_speed=speed,
        refresh_minutes=refresh,
        programme_tz=programme_zone(get("PROGRAMME_TZ")),
        programme_first_day=first_day_setting(get("PROGRAMME_FIRST_DAY")),
        bot_username=(get("BOT_USERNAME") or "").lstrip("@") or None,
        **channel_settings(get),
        **webhook_settings(get, token),
        **panel_settings(get),
        **feedback_settings(get),
        **helpdesk_settings(get),
        **room_fit_settings(get),
    )


def panel_settings(get: Callable[[str], str | None]) -> dict[str, Any]:
    """PANEL_QUESTIONS per person and session within PANEL_MINUTES: the questions to the panel's limit."""
    try:
        count = int(get("PANEL_QUESTIONS") or 3)
    except ValueError as error:
        raise ConfigError("PANEL_QUESTIONS must be a whole number, e.g. 3") from error
    try:
        minutes = float(get("PANEL_MINUTES") or 10)
    except ValueError as error:
        raise ConfigError("PANEL_MINUTES must be a number of minutes, e.g. 10") from error
    if count < 1:
        raise ConfigError("PANEL_QUESTIONS must be at least 1")
    if not 0 < minutes <= 24 * 60:  # also refuses nan and inf
        raise ConfigError("PANEL_MINUTES must be above 0 and at most 1440 (a day)")
    return {"panel_questions": count, "panel_window_minutes": minutes}


def feedback_settings(get: Callable[[str], str | None]) -> dict[str, Any]:
    """FEEDBACK_MINUTES: how long after a session ends its followers are asked how it was."""
    try:
        minutes = float(get("FEEDBACK_MINUTES") or 5)
    except ValueError as error:
        raise ConfigError("FEEDBACK_MINUTES must be a number of minutes (0 turns it off)") from error
    if not 0 <= minutes <= 24 * 60:  # also refuses nan and inf
        raise ConfigError("FEEDBACK_MINUTES must be between 0 (off) and 1440 (a day)")
    return {"feedback_minutes": minutes}


def room_fit_settings(get: Callable[[str], str | None]) -> dict[str, Any]:
    """ROOM_FULL_PERCENT: the share of a room's seats its followers reach when organisers are told."""
    try:
        percent = float(get("ROOM_FULL_PERCENT") or 80)
    except ValueError as error:
        raise ConfigError("ROOM_FULL_PERCENT must be a percentage, e.g. 80 (0 turns it off)") from error
    if not 0 <= percent <= 1000:  # also refuses nan and inf
        raise ConfigError("ROOM_FULL_PERCENT must be between 0 (off) and 1000")
    return {"room_full_percent": percent}


def helpdesk_settings(get: Callable[[str], str | None]) -> dict[str, Any]:
    """HELPDESK_CHAT_ID: the organisers' group where attendees' questions go."""
    chat = get("HELPDESK_CHAT_ID")
    try:
        chat_id = int(chat) if chat is not None else None
    except ValueError as error:
        raise ConfigError(
            f"HELPDESK_CHAT_ID must be the organisers' group's numeric id, e.g. -1001234567890, got {chat!r}"
        ) from error
    return {"helpdesk_chat_id": chat_id}


def programme_zone(name: str | None) -> str | None:
    """PROGRAMME_TZ: an IANA zone such as Europe/Brussels, checked here rather than at the first load."""
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ConfigError(f"PROGRAMME_TZ must be a zone such as Europe/Brussels, got {name!r}") from error
    return name


def first_day_setting(text: str | None) -> date | None:
    """PROGRAMME_FIRST_DAY: a date such as 2017-11-24, checked here rather than at the first load."""
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise ConfigError(f"PROGRAMME_FIRST_DAY must be a date such as 2017-11-24, got {text!r}") from error


def channel_settings(get: Callable[[str], str | None]) -> dict[str, Any]:
    """ANNOUNCE_CHAT_ID (the channel's or group's numeric id), ANNOUNCE_MINUTES, ANNOUNCE_LANGUAGES,
    CHANNEL_PICTURE_TIME."""
    chat = get("ANNOUNCE_CHAT_ID")
    try:
        chat_id = int(chat) if chat is not None else None
    except ValueError as error:
        raise ConfigError(
            f"ANNOUNCE_CHAT_ID must be the channel's or group's numeric id, e.g. -1001234567890, got {chat!r}"
        ) from error
    try:
        minutes = float(get("ANNOUNCE_MINUTES") or 5)
    except ValueError as error:
        raise ConfigError("ANNOUNCE_MINUTES must be a number of minutes, e.g. 5") from error
    if not 0 < minutes <= 24 * 60:
        raise ConfigError("ANNOUNCE_MINUTES must be above 0 and at most 1440 (a day)")
    parts = (get("ANNOUNCE_LANGUAGES") or "").replace(";", ",").split(",")
    languages = tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))
    unknown = [language for language in languages if language not in LANGUAGES]
    if unknown:
        raise ConfigError(f"ANNOUNCE_LANGUAGES must list some of {', '.join(LANGUAGES)}, got {unknown[0]!r}")
    picture = get("CHANNEL_PICTURE_TIME")
    picture_time = None
    if picture is not None:
        try:
            picture_time = time.fromisoformat(picture.replace("h", ":"))
        except ValueError as error:
            raise ConfigError(
                f"CHANNEL_PICTURE_TIME must be a time such as 08:00, got {picture!r}"
            ) from error
    return {
        "announce_chat_id": chat_id,
        "announce_minutes": minutes,
        "announce_languages": languages,
        "channel_picture_time": picture_time,
    }


def webhook_settings(get: Callable[[str], str | None], token: str | None) -> dict[str, Any]:
    """WEBHOOK_URL (the public address Telegram posts to), PORT, WEBHOOK_LISTEN, WEBHOOK_SECRET."""
    url = get("WEBHOOK_URL")
    if url is not None and urlsplit(url).scheme not in ("https", "http"):
        raise ConfigError(f"WEBHOOK_URL must be an https:// address, got {url!r}")
    try:
        port = int(get("PORT") or 8080)
    except ValueError as error:
        raise ConfigError("PORT must be a TCP port number, e.g. 8080") from error
    if not 0 < port < 65536:
        raise ConfigError("PORT must be between 1 and 65535")
    secret = get("WEBHOOK_SECRET")
    if secret is not None and not SECRET_TOKEN.fullmatch(secret):
        raise ConfigError("WEBHOOK_SECRET must be 1 to 256 characters among A-Z, a-z, 0-9, _ and -")
    if url is not None and token is None:
        raise ConfigError("WEBHOOK_URL needs TELEGRAM_TOKEN")
    return {
        "webhook_url": url,
        "webhook_listen": get("WEBHOOK_LISTEN") or "0.0.0.0",
        "port": port,
        "webhook_secret": secret,
    }
