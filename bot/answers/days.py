"""Which day of the conference a command means: `/grid`, `/grid 2`, `/today demain`, `/grid viernes`.

Commands are answered without dateparser (KNOWN-TRAPS): a day is its number in the programme, its
date, "today"/"tomorrow" in our languages, a weekday's name, or the day of the month.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

from babel import Locale

from bot.i18n import LANGUAGES
from bot.programme.model import Programme
from bot.understand.text import fold

TODAY = frozenset({"today", "aujourd'hui", "aujourdhui", "auj", "hoy"})
TOMORROW = frozenset({"tomorrow", "demain", "manana"})


@cache
def _weekdays() -> dict[str, int]:
    """Weekday names and abbreviations of our languages, folded → 0 (Monday) … 6."""
    names: dict[str, int] = {}
    for language in LANGUAGES:
        days = Locale.parse(language).days["format"]
        for width in ("wide", "abbreviated"):
            for number, name in days[width].items():
                names[fold(name).rstrip(".")] = number
    return names


def default_day(programme: Programme, now: datetime) -> date:
    """Today during the conference; before it, its first day; after it, its last."""
    today = programme.conference.programme_day(now)
    days = programme.days
    if today in days:
        return today
    return next((day for day in days if day > today), days[-1])


def day_named(programme: Programme, text: str, now: datetime) -> date | None:
    """The conference day `text` names (nothing: `default_day`), else None."""
    days = programme.days
    if not days:
        return None
    words = fold(text).strip().rstrip(".")
    if not words:
        return default_day(programme, now)
    today = programme.conference.programme_day(now)
    if words in TODAY:
        return today if today in days else None
    if words in TOMORROW:
        tomorrow = today + timedelta(days=1)
        return tomorrow if tomorrow in days else None
    if words.isascii() and words.isdigit() and len(words) <= 2:
        number = int(words)
        if 1 <= number <= len(days):
            return days[number - 1]
        return next((day for day in days if day.day == number), None)
    try:
        asked = date.fromisoformat(words)
    except ValueError:
        weekday = _weekdays().get(words)
        return next((day for day in days if day.weekday() == weekday), None)
    return asked if asked in days else None
