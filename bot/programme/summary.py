"""The figures `programme check` prints about a loaded programme."""

from __future__ import annotations

from typing import Any

from bot.programme.reader import Loaded


def summarise(loaded: Loaded) -> dict[str, Any]:
    programme = loaded.programme
    first, last = programme.first_start, programme.last_end
    return {
        "format": loaded.format,
        "sessions": len(programme.sessions),
        "rooms": len(programme.rooms),
        "people": len(programme.people),
        "days": [day.isoformat() for day in programme.days],
        "first_start": first.isoformat() if first else None,
        "last_end": last.isoformat() if last else None,
    }
