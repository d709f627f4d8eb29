"""`python -m bot`: run on Telegram when a token is set, otherwise chat in the terminal."""

from __future__ import annotations

import sys
from datetime import datetime

from bot.clock import Clock, SimulatedClock, SystemClock
from bot.config import ConfigError, load_config
from bot.i18n import CatalogueMissing, check_catalogues
from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme
from bot.understand.kept import load_indexed


def parse_at(text: str, programme: Programme) -> datetime:
    """'2017-11-16 12:10' in the conference's time zone, or an ISO instant with an offset."""
    instant = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=programme.timezone)
    return instant


def run(programme_path: str | None, at: str | None, lang: str | None) -> int:
    try:
        config = load_config()
        check_catalogues()
        loaded = load_indexed(
            programme_path or config.programme, tz=config.programme_tz, first_day=config.programme_first_day
        )
    except (ConfigError, ProgrammeError, CatalogueMissing) as error:
        print(error, file=sys.stderr)
        return 2
    programme = loaded.programme
    clock: Clock
    if at:
        try:
            clock = SimulatedClock(parse_at(at, programme), config.simulated_speed)
        except ValueError:
            print(f"--at: not a date and time like '2017-11-16 12:10': {at!r}", file=sys.stderr)
            return 2
    elif config.simulated_start:
        clock = SimulatedClock(config.simulated_start, config.simulated_speed)
    else:
        clock = SystemClock()
    if config.token:
        from bot.app import run_telegram

        return run_telegram(config, loaded, clock)
    from bot.commands import chat
    from bot.i18n import speaker

    language = lang or config.default_language or programme.conference.default_language
    note = None
    if isinstance(clock, SystemClock) and programme.days:
        # A conference that is over (or not begun) would answer "nothing is planned" to everything.
        s = speaker(language, programme.timezone)
        clock, note = chat.opening_clock(programme, clock, config.simulated_speed, s)
    return chat.run(programme, clock, language, note)
