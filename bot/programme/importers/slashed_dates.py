"""Dates written with slashes ("06/04/2019 09:00", "13/06/18", PowerShell's and spreadsheets' way), or with
dashes or dots and a year of four figures ("18-08-2024", ISME19's; "18.08.2024"), rewritten
as ISO 8601 before a file's own records are read. Whether the month or the day comes first is
decided once for the whole file: by a part above 12 where one is, else by the reading that puts
the conference's days closest together (06/03 to 06/06 is four days of June, not four months)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.programme.importers.common import rewritten, texts_in

_SLASHED = re.compile(
    r"^\s*(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})|(?P<mark>[.-])(?P<b4>\d{1,2})(?P=mark)(?P<year4>\d{4}))"
    r"(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<meridiem>[AaPp][Mm])?)?\s*$"
)


def with_iso_dates(data: Any) -> Any:
    """The data with every slashed date (and time) as ISO 8601; unchanged when it has none or
    when one of them is no date in either order."""
    found = [match for text in texts_in(data) if (match := _SLASHED.match(text))]
    if not found:
        return data
    month_first = _month_first([_parts(match) for match in found])
    if month_first is None:
        return data
    return _rewritten(data, month_first)


def _month_first(dates: list[tuple[int, int, int]]) -> bool | None:
    """True for month/day/year, False for day/month/year, None when neither reads every date."""
    readings = {True: _dates(dates, month_first=True), False: _dates(dates, month_first=False)}
    possible = {order: days for order, days in readings.items() if days is not None}
    if not possible:
        return None
    return min(possible, key=lambda order: _span(possible[order]))  # a tie: month first


def _dates(dates: list[tuple[int, int, int]], *, month_first: bool) -> list[date] | None:
    try:
        return [date(year, a, b) if month_first else date(year, b, a) for a, b, year in dates]
    except ValueError:
        return None


def _year(written: str) -> int:
    """A year of four figures, or of two as a spreadsheet shortens it ("13/06/18", Web2Day 2018's
    Google Calendar CSV): this century's."""
    return int(written) + (2000 if len(written) == 2 else 0)


def _span(days: list[date]) -> int:
    return (max(days) - min(days)).days


def _rewritten(value: Any, month_first: bool) -> Any:
    def slashed(text: Any) -> str | None:
        match = _SLASHED.match(text) if isinstance(text, str) else None
        return _iso(match, month_first) if match else None

    return rewritten(value, slashed)


def _parts(match: re.Match[str]) -> tuple[int, int, int]:
    """The two numbers before the year, in the order written, and the year."""
    return int(match["a"]), int(match["b"] or match["b4"]), _year(match["year"] or match["year4"])


def _iso(match: re.Match[str], month_first: bool) -> str:
    a, b, year = _parts(match)
    month, day = (a, b) if month_first else (b, a)
    if match["hour"] is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"] or 0)
    meridiem = (match["meridiem"] or "").lower()
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
