"""Dates written as an object of a date, a time and a zone ({"date": "2021-09-17", "time":
"14:10:00", "tz": "UTC"}, Indico's HTTP API exports), rewritten as ISO 8601 instants before a
file's own records are read. The zone is the one the object names; an object whose zone is no
zone of the tz database is left as it is, and so is one with any other field (a record that
happens to have a date and a time is not a date)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.programme.importers.common import rewritten

_PARTS = frozenset(("date", "time", "tz"))


def with_zoned_dates(data: Any) -> Any:
    """The data with every date object as an ISO 8601 instant; unchanged when it has none."""
    return rewritten(data, _instant)


def _instant(parts: Any) -> str | None:
    if not isinstance(parts, dict) or parts.keys() != _PARTS:
        return None
    if not all(isinstance(part, str) for part in parts.values()):
        return None
    try:
        zone = ZoneInfo(parts["tz"])
        return datetime.fromisoformat(f"{parts['date']}T{parts['time']}").replace(tzinfo=zone).isoformat()
    except (ValueError, ZoneInfoNotFoundError):
        return None
