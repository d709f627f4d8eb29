"""What every programme format's reader is and returns: the contract between `loading` and the
readers (`native`, `importers/*`).

A leaf module: it imports no reader, so the readers can import it while `loading` imports them
all at its top, with no cycle to hold apart by a function-local import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme


@dataclass(frozen=True, slots=True)
class Loaded:
    """A programme as read from a file, with the format it was in and what looked doubtful."""

    programme: Programme
    format: str
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Reader:
    """One file format: `sniff` looks at the first bytes, `read` builds the programme or refuses;
    `read_undated`, where the format may give days without their dates, reads it given the
    conference's first day."""

    name: str
    sniff: Callable[[bytes], bool]
    read: Callable[[bytes, Path, ZoneInfo | None], Loaded]
    read_undated: Callable[[bytes, Path, ZoneInfo | None, date], Loaded] | None = None


def parse_zone(name: str, path: str | Path, where: str | None = None) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError) as error:  # ZoneInfoNotFoundError is a KeyError
        raise ProgrammeError(path, f"unknown time zone {name!r}", where=where) from error
