"""`python -m bot speakers invite [--all] [PERSON ...]`: print name → one-time invitation link."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from bot.config import ConfigError, load_config
from bot.programme.errors import ProgrammeError
from bot.programme.source import load_location
from bot.store.database import open_database
from bot.store.speakers import Speakers
from bot.understand.index import index_for
from bot.understand.text import words


async def _bot_username(token: str | None, api_url: str | None) -> str | None:
    """The bot's @username from Telegram (getMe), for links printed outside the chat."""
    if not token:
        return None
    from telegram import Bot

    from bot.app import api_base_urls

    urls = api_base_urls(api_url)
    bot = Bot(token, base_url=urls[0], base_file_url=urls[1]) if urls else Bot(token)
    async with bot:
        return bot.username


def run_invite(people: list[str], *, everyone: bool, programme_path: str | None) -> int:
    try:
        config = load_config()
        programme = load_location(
            programme_path or config.programme, tz=config.programme_tz, first_day=config.programme_first_day
        ).programme
    except (ConfigError, ProgrammeError) as error:
        print(error, file=sys.stderr)
        return 2
    if not people and not everyone:
        print("name the people to invite, or give --all", file=sys.stderr)
        return 2
    return asyncio.run(_invite(config, programme, people, everyone))


async def _invite(config, programme, people: list[str], everyone: bool) -> int:
    username = config.bot_username or await _bot_username(config.token, config.api_url)
    if username is None:
        print("set BOT_USERNAME (or TELEGRAM_TOKEN, to ask Telegram) to print links", file=sys.stderr)
        return 2
    database = await open_database(config.database)
    try:
        speakers = Speakers(database)
        await speakers.load()
        chosen: list[str] = []
        if everyone:
            chosen = [
                p.id for p in programme.people.values() if not p.unnamed and speakers.user_of(p.id) is None
            ]
        index = index_for(programme)
        for name in people:
            found = [name] if name in programme.people else None
            match = index.find_person(words(name)) if found is None else None
            ids = found or (list(match.person_ids) if match else [])
            if len(ids) != 1:
                print(f"{name}: {'several people match' if ids else 'no such person'}", file=sys.stderr)
                return 1
            chosen.append(ids[0])
        now = datetime.now(UTC)
        for person_id in dict.fromkeys(chosen):
            code = await speakers.invite(person_id, None, now)
            print(f"{programme.people[person_id].name} → https://t.me/{username}?start=c-{code}")
    finally:
        await database.close()
    return 0
