"""Dates as .NET's JSON serialiser writes them ("/Date(1389078000000)/", "/Date(1389119288450+0000)/"),
rewritten as ISO 8601 before a file's own records are read (EventBoard's exports, CodeMash 2014's).

The number is milliseconds since 1970. With an offset it is an instant, shown at that offset.
Without one it is read as the time on the venue's clock, as the schedule was entered: EventBoard
writes a slot "1/7/2014 7am to 8:30am" as "/Date(1389078000000)/", 07:00 UTC, for 7 am in Ohio. Such
a file's times carry no zone (`--tz` gives it), like any file of clock times.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from bot.programme.importers.common import rewritten

_DOTNET = re.compile(r"^/Date\((-?\d+)(?:([+-])(\d{2})(\d{2}))?\)/$")


def with_dotnet_dates(data: Any) -> Any:
    """The data with every .NET date as ISO 8601; unchanged when it has none."""
    return rewritten(data, _dotnet_date)


def _dotnet_date(value: Any) -> str | None:
    match = _DOTNET.match(value) if isinstance(value, str) else None
    return _iso(match) if match else None


def _iso(match: re.Match[str]) -> str:
    instant = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(match.group(1)))
    if match.group(2) is None:
        return instant.replace(tzinfo=None).isoformat()  # the venue's clock
    offset = timedelta(hours=int(match.group(3)), minutes=int(match.group(4)))
    return instant.astimezone(timezone(offset if match.group(2) == "+" else -offset)).isoformat()
