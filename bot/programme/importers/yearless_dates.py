"""Dates written without their year ("21 July", "Jul 17", "21 juillet"), given one before a file's
own records are read: the year the file names whose calendar puts that date on the weekday the
record gives ("Weekday": "Monday", ISMB 2025's), so no clock is consulted. A date whose year the
file does not settle is left as written (and refused later with the reason)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any

from bot.programme.importers.common import field_key, texts_in
from bot.understand.text import fold

# The languages whose month and day names a file may use (its own texts, not the questions').
_LOCALES = ("en", "fr", "es", "de", "it", "pt", "nl")
_DATE_KEYS = frozenset({"date", "day"})
_WEEKDAY_KEYS = frozenset({"weekday", "dayname", "dow", "dayofweek", "weekdayname"})
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def with_years(data: Any) -> Any:
    """The data with each record's yearless date as ISO 8601, when the file settles its year.
    (The years the file names are counted only for a file that has such a date: the count reads
    every text, a tenth of a second of a thousand sessions' loading.)"""
    if not _has_yearless(data):
        return data
    years = Counter(year for text in texts_in(data, keys=True) for year in map(int, _YEAR.findall(text)))
    if not years:
        return data
    return _rewritten(data, [year for year, _ in years.most_common()])


def _has_yearless(value: Any) -> bool:
    if isinstance(value, list):
        return any(_has_yearless(item) for item in value)
    if not isinstance(value, dict):
        return False
    return any(
        (field_key(key) in _DATE_KEYS and isinstance(item, str) and day_and_month(item) is not None)
        or _has_yearless(item)
        for key, item in value.items()
    )


def _rewritten(value: Any, years: list[int]) -> Any:
    if isinstance(value, list):
        return [_rewritten(item, years) for item in value]
    if not isinstance(value, dict):
        return value
    weekday = next(
        (
            day
            for key, item in value.items()
            if field_key(key) in _WEEKDAY_KEYS and (day := weekday_number(item)) is not None
        ),
        None,
    )
    rewritten: dict[str, Any] = {}
    for key, item in value.items():
        if field_key(key) in _DATE_KEYS and isinstance(item, str):
            rewritten[key] = _dated(item, weekday, years) or item
        else:
            rewritten[key] = _rewritten(item, years)
    return rewritten


def _dated(text: str, weekday: int | None, years: list[int]) -> str | None:
    """ "21 July" as "2025-07-21": the file's year (most named first) on whose calendar the date
    falls on `weekday`; with no weekday, the year only when the file names one alone."""
    day_month = day_and_month(text)
    if day_month is None:
        return None
    day, month = day_month
    if weekday is None:
        candidates = years if len(years) == 1 else []
    else:
        candidates = [year for year in years if _weekday_of(year, month, day) == weekday]
    return date(candidates[0], month, day).isoformat() if candidates else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


_ORDINAL_ENDING = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|e)\b")


def day_and_month(text: str) -> tuple[int, int] | None:
    """ "21 July", "July 21", "Jul 17", "21 juillet", "17 de julio", "Monday, 21 July": the day
    and the month; None for anything else (a full date, a weekday alone, a year)."""
    if _YEAR.search(text):
        return None
    # (a day's ordinal ending aside: "April 24th", "1er mai", "2e jour")
    words = re.findall(r"[a-z]+|\d+", _ORDINAL_ENDING.sub(r"\1", fold(text)))
    if len(words) > 4:
        return None
    months_by_name = month_numbers()
    known = months_by_name.keys() | day_numbers().keys() | {"de"}
    months = [months_by_name[word] for word in words if word in months_by_name]
    days = [int(word) for word in words if word.isdigit() and 1 <= int(word) <= 31]
    others = [word for word in words if not word.isdigit() and word not in known]
    if len(months) != 1 or len(days) != 1 or others:
        return None
    return days[0], months[0]


def weekday_number(value: Any) -> int | None:
    """ "Tuesday", "mardi", "martes" → 1 (Monday is 0); None for anything else."""
    return day_numbers().get(fold(value).strip().rstrip(".")) if isinstance(value, str) else None


@cache
def month_numbers() -> dict[str, int]:
    """ "july", "jul", "juillet", "julio", "juli"… → 7."""
    # Imported here: Babel's dates take a while to import, which a file without dates so written
    # should not pay at start-up.
    from babel.dates import get_month_names

    return _numbered(get_month_names)


@cache
def day_numbers() -> dict[str, int]:
    """ "monday", "mon", "lundi", "lunes", "montag"… → 0 (Monday is 0, as date.weekday says)."""
    from babel.dates import get_day_names

    return _numbered(get_day_names)


def _numbered(names_of: Callable[..., Mapping[int, str]]) -> dict[str, int]:
    """Babel's names of months or days in the file languages, wide and abbreviated, folded."""
    names: dict[str, int] = {}
    for locale in _LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in names_of(width, locale=locale).items():
                names.setdefault(fold(name).strip().rstrip("."), number)
    return names
