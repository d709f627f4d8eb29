"""A day's date written in words in its label ("Day 1 - August 20, 2026", "Jeudi 16 novembre 2017",
"lunes 5 de octubre de 2026"), given as ISO 8601 before a file's own records are read, so that
the times of the events under that day ("08:00 - 09:00") have their date."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from bot.programme.importers.common import field_key
from bot.programme.importers.yearless_dates import day_and_month, day_numbers, month_numbers, weekday_number
from bot.understand.text import fold

# (and their Spanish and French names: ICEA 2026's "dia": 1 beside "diaTexto": "Miércoles 23")
DATE_FIELDS = ("date", "day", "fecha", "dia", "jour")  # the fields a record says its day in
_DATE_KEYS = frozenset(DATE_FIELDS)
_DAYS_KEYS = frozenset(
    {"days", "dates", "programme", "program", "schedule", "agenda", "dias", "jours", "programa"}
)
_LABEL_KEYS = frozenset({"label", "name", "title", "heading"})
_DAY_LABEL = re.compile(r"(?:day|date|dia|fecha|jour)[a-z]+$")  # "diatexto", "daylabel", "datetext"
_NOT_THE_DAY = re.compile(r"creat|modif|updat|publi|submit|added|changed|edited")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_WORD_AND_YEAR = re.compile(r"(?=.*[a-z]{3})(?=.*\b(?:19[5-9]\d|20\d\d)\b)")
# "Day 1", "jour 2", "día 3": the day's number in the conference, not in its month.
_DAY_NUMBER = re.compile(r"\b(?:day|jour|dia|tag|giorno|dag)\s*(\d+)\b")
_ALONE_NUMBER = re.compile(r"(1[0-4]|[1-9])")  # a day's number in the conference alone: "day": 2
_LAST_DAY_NUMBER = 13  # the highest a day counted from 0 may be (14 days, as _ALONE_NUMBER)
_WEEKDAY_AND_DAY = re.compile(r"([a-z]+),?\s+(\d{1,2})(?:st|nd|rd|th|er)?")
_DAYS_AHEAD = 62  # how far from the first day a weekday and a day of the month are looked for
# "10/16", "16.10.": a day and a month in figures, no year (PyCon China 2021's "date: 10/16").
_NUMERIC_DAY = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{1,2})\.?")
# Little words a written date holds besides its day, month, year and weekday.
_JOINERS = frozenset({"de", "del", "the", "of", "le", "el", "th", "st", "nd", "rd", "er"})


def with_written_dates(data: Any, *, a_day: bool = False, first_day: date | None = None) -> Any:
    """The data with each date or day label written in words as ISO 8601; unchanged when none is.
    An entry of a list of days labelled with its date and no date field ({"label": "Monday, 10
    November 2025", "sessions": […]}, CPAIOR 2025's program.yml) is given that date. Given the
    conference's first day, a day written without its date is dated from it too (`undated`)."""
    if isinstance(data, list):
        return [with_written_dates(item, a_day=a_day, first_day=first_day) for item in data]
    if not isinstance(data, dict):
        return data

    def dated(item: Any) -> str | None:
        said = str(item) if isinstance(item, str | int) and not isinstance(item, bool) else ""
        return (written_date(said) if said else None) or (undated(said, first_day) if first_day else None)

    def day_key(key: Any, item: Any) -> Any:
        """A day kept under its label ({"may-12-day-2": {"rooms": …}}, the WeAreDevelopers 2017
        app's): under its date, given the first day. Not a number alone: an id, as often."""
        if first_day is None or not isinstance(key, str) or not isinstance(item, list | Mapping):
            return key
        return (undated(key, first_day) if not key.strip().isdigit() else None) or key

    rewritten = {
        day_key(key, item): (dated(item) or item)
        if field_key(key) in _DATE_KEYS
        else with_written_dates(item, a_day=field_key(key) in _DAYS_KEYS, first_day=first_day)
        for key, item in data.items()
    }
    if not any(field_key(key) in _DATE_KEYS for key in data):
        # A day's entry labelled with its date; else a record's day said under a longer name
        # ({"diaTexto": "Miércoles 23"}, {"dayLabel": "Day 2"}; not when the record was made).
        labels = (
            dated(item)
            for key, item in data.items()
            if (field_key(key) in _LABEL_KEYS if a_day else isinstance(item, str) and _names_its_day(key))
        )
        day = next((label for label in labels if label), None)
        if day is not None:
            rewritten["date"] = day
    return rewritten


def _names_its_day(key: Any) -> bool:
    name = field_key(key)
    return _DAY_LABEL.match(name) is not None and _NOT_THE_DAY.search(name) is None


def counted_from_one(data: Any) -> Any:
    """The data with days numbered from 0 ("day": 0, "day": 1, Camping des Speakers' index into
    its list of days) numbered from 1, as the conference's first day is day 1; unchanged when no
    day is numbered 0."""
    numbers: list[int] = []

    def collect(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if _day_number(key, item):
                    numbers.append(item)
                else:
                    collect(item)

    collect(data)
    if not numbers or min(numbers) != 0 or max(numbers) > _LAST_DAY_NUMBER:
        return data

    def shifted(value: Any) -> Any:
        if isinstance(value, list):
            return [shifted(item) for item in value]
        if isinstance(value, dict):
            return {key: item + 1 if _day_number(key, item) else shifted(item) for key, item in value.items()}
        return value

    return shifted(data)


def _day_number(key: Any, item: Any) -> bool:
    """Whether a field is a day given by its number ("day": 2)."""
    return field_key(key) in _DATE_KEYS and isinstance(item, int) and not isinstance(item, bool)


def undated(text: str, first_day: date) -> str | None:
    """A day written without its date, as ISO 8601 from the conference's first day: "24 november"
    in its year, "Day 2" / "jour 2" / "2" the day after it, "Tuesday" the first Tuesday from it."""
    folded = re.sub(r"[-_]", " ", fold(text)).strip()
    # "may-12-day-2": the day and month said, the conference's day number beside them.
    day_month = day_and_month(_DAY_NUMBER.sub(" ", folded).strip() or folded)
    if day_month is not None:
        try:
            return date(first_day.year, day_month[1], day_month[0]).isoformat()
        except ValueError:
            return None
    numeric = _NUMERIC_DAY.fullmatch(folded)
    if numeric is not None:
        return _nearest_ahead(int(numeric.group(1)), int(numeric.group(2)), first_day)
    number = _DAY_NUMBER.fullmatch(folded) or _ALONE_NUMBER.fullmatch(folded)
    if number is not None:
        return (first_day + timedelta(days=int(number.group(1)) - 1)).isoformat()
    weekday = weekday_number(folded)
    if weekday is not None:
        return (first_day + timedelta(days=(weekday - first_day.weekday()) % 7)).isoformat()
    # "Miércoles 23", "jeudi 24", "Friday 25th": the first such day from the first one on.
    said = _WEEKDAY_AND_DAY.fullmatch(folded)
    if said is not None and weekday_number(said.group(1)) is not None:
        wanted = (weekday_number(said.group(1)), int(said.group(2)))
        for ahead in range(_DAYS_AHEAD):
            day = first_day + timedelta(days=ahead)
            if (day.weekday(), day.day) == wanted:
                return day.isoformat()
    return None


def _nearest_ahead(first: int, second: int, first_day: date) -> str | None:
    """ "10/16" or "16/10" without a year: the day it can be (month first or day first, this year or
    the next) nearest on or after the conference's first day, within _DAYS_AHEAD days."""
    candidates = []
    for month, day in ((first, second), (second, first)):
        for year in (first_day.year, first_day.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
    ahead = [day for day in candidates if 0 <= (day - first_day).days < _DAYS_AHEAD]
    return min(ahead).isoformat() if ahead else None


def written_date(text: str) -> str | None:
    """ "Day 1 - August 20, 2026" → "2026-08-20"; None for anything but one day, one month in
    words and one year (an ISO date, a weekday alone, "21 July" are read elsewhere)."""
    folded = _DAY_NUMBER.sub(" ", fold(text))
    if not _WORD_AND_YEAR.search(folded):
        return None  # an ISO date, a weekday alone: no month names needed (nor Babel's import)
    words = re.findall(r"[a-z]+|\d+", folded)
    months = month_numbers()
    month = [months[word] for word in words if word in months]
    years = [int(word) for word in words if _YEAR.match(word)]
    days = [int(word) for word in words if word.isdigit() and 1 <= int(word) <= 31]
    weekdays = day_numbers()
    others = [
        word
        for word in words
        if not word.isdigit() and word not in months and word not in weekdays and word not in _JOINERS
    ]
    if len(month) != 1 or len(years) != 1 or len(days) != 1 or others:
        return None
    try:
        return date(years[0], month[0], days[0]).isoformat()
    except ValueError:
        return None
