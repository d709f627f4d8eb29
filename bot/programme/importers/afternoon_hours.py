"""Times of a file that writes the afternoon on a 12-hour clock without "pm" ("2:00 - 3:15" after
"11:30 - 12:45", the GC Digital Research Bootcamp's schedule): given as a 24-hour clock before the
file's records are read, so that a talk at "2:00" is at 14:00, not before dawn."""

from __future__ import annotations

import re
from typing import Any

from bot.programme.importers.common import texts_in

# A time alone or a range of two, without "am"/"pm": "2:00", "12:45 - 2:00".
_TIME = r"(\d{1,2})[:.h](\d{2})"
_CLOCK_TEXT = re.compile(rf"^\s*{_TIME}(?:\s*(?:-|–|—|to)\s*{_TIME})?\s*$")
# A time marked "am" or "pm": the file says which half of the day it means.
_MARKED = re.compile(r"\d\s*[ap]\.?m\b", re.IGNORECASE)
_LONGEST = 24  # the longest text a time or a range of two is written in
# The hours such a file means in the afternoon: a working day's, 1 to 6 o'clock.
_AFTERNOON = range(1, 7)
# Times a file writes at least, for its clock to be judged.
MIN_TIMES = 5


def with_afternoon_hours(data: Any) -> Any:
    """The data with each afternoon time as a 24-hour clock, when the file writes no hour after
    12 and no "am"/"pm", and has hours from 1 to 6 (a day programme's afternoon); unchanged
    otherwise (a night programme writes 0:00 to 6:00 beside 22:00)."""
    short = [text for text in texts_in(data) if len(text) <= _LONGEST]
    if any(_MARKED.search(text) for text in short):
        return data
    hours = [
        int(hour)
        for text in short
        if (clock := _CLOCK_TEXT.match(text))
        for hour in clock.group(1, 3)
        if hour is not None
    ]
    if len(hours) < MIN_TIMES or max(hours) > 12 or not any(hour in _AFTERNOON for hour in hours):
        return data
    return _rewritten(data)


def _rewritten(value: Any) -> Any:
    if isinstance(value, list):
        return [_rewritten(item) for item in value]
    if isinstance(value, dict):
        return {key: _rewritten(item) for key, item in value.items()}
    if isinstance(value, str) and _CLOCK_TEXT.match(value):
        return re.sub(_TIME, _afternoon, value)
    return value


def _afternoon(time: re.Match[str]) -> str:
    hour = int(time.group(1))
    return f"{hour + 12 if hour in _AFTERNOON else hour}:{time.group(2)}"
