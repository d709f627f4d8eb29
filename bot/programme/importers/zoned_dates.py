"""Dates written as an object of a date, a time and a zone ({"date": "2021-09-17", "time":
"14:10:00", "tz": "UTC"}, Indico's HTTP API exports), rewritten as ISO 8601 instants before a
file's own records are read. The zone is the one the object names; an object whose zone is no
zone of the tz database is left as it is, and so is one with any other field (a record that
happens to have a date and a time is not a date)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_PARTS = frozenset(("date", "time", "tz"))


def with_zoned_dates(data: Any) -> Any:
    """The data with every date object as an ISO 8601 instant; the same object when it has none."""
    if isinstance(data, dict):
        if data.keys() == _PARTS and (instant := _instant(data)) is not None:
            return instant
        return {key: with_zoned_dates(item) for key, item in data.items()}
    if isinstance(data, list):
        return [with_zoned_dates(item) for item in data]
    return data


def _instant(parts: dict[str, Any]) -> str | None:
    if not all(isinstance(part, str) for part in parts.values()):
        return None
    try:
        zone = ZoneInfo(parts["tz"])
        return datetime.fromisoformat(f"{parts['date']}T{parts['time']}").replace(tzinfo=zone).isoformat()
    except (ValueError, ZoneInfoNotFoundError):
        return None
