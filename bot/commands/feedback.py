"""`python -m bot feedback export FILE.csv`: every rating and comment, one row each, without who
gave it, with the session's title, start and room from the programme (and organisers' changes)."""

from __future__ import annotations

import asyncio
import csv
import sys
from pathlib import Path
from typing import TextIO

from bot.config import ConfigError, load_config
from bot.programme.changes import Slot, with_overrides
from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme
from bot.programme.source import load_location
from bot.store.changes import ChangeLog
from bot.store.database import open_database
from bot.store.feedback import Feedback, Rating

COLUMNS = (
    "session_id",
    "title",
    "start",
    "end",
    "room",
    "rating",
    "comment",
    "language",
    "rated_at",
)


def run_export(path: str, *, programme_path: str | None) -> int:
    try:
        config = load_config()
        programme = load_location(
            programme_path or config.programme, tz=config.programme_tz, first_day=config.programme_first_day
        ).programme
    except (ConfigError, ProgrammeError) as error:
        print(error, file=sys.stderr)
        return 2
    if not Path(config.database).is_file():
        print(f"no database at {config.database} (DATABASE): nothing to export", file=sys.stderr)
        return 2
    ratings, overrides = asyncio.run(_read(config.database))
    programme = with_overrides(programme, overrides)
    if path == "-":
        write_csv(sys.stdout, ratings, programme)
    else:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            write_csv(handle, ratings, programme)
        print(f"{len(ratings)} ratings written to {path}", file=sys.stderr)
    return 0


async def _read(database: Path) -> tuple[list[Rating], dict[str, Slot]]:
    """The ratings, and the organisers' changes to the programme (a session's time and room now)."""
    connection = await open_database(database)
    try:
        return await Feedback(connection).ratings(), await ChangeLog(connection).overrides()
    finally:
        await connection.close()


def write_csv(handle: TextIO, ratings: list[Rating], programme: Programme) -> None:
    """One row per rating, in the order they came; a session no longer in the programme keeps its id."""
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    default = programme.conference.default_language
    for rating in ratings:
        session = programme.session(rating.session_id)
        room = programme.room(session.room_id) if session else None
        writer.writerow(
            (
                rating.session_id,
                session.title.get(default, default) if session else "",
                session.start.isoformat() if session else "",
                session.end.isoformat() if session else "",
                room.name if room else "",
                rating.rating,
                rating.comment or "",
                rating.language or "",
                rating.rated_at.isoformat(),
            )
        )
