"""A programme file read and indexed, kept on disk between runs, so that a restart (`ask --json`
again, the bot after a crash or a deploy) answers its first question without reading and indexing
the file anew: two thirds of a cold start on a thousand-event programme. It is written the second
time a file is read, not the first: a first read does not pay for writing it.

The kept copy is named by a digest of the file, the zone and first day it was read with, and the
code and lexicon that read and index it (bot/understand/lexicon/cache.py): a change to any of them
reads the file again. The general glossary, kept on its own, is written as its name. An address is
downloaded and indexed each time: what it serves may have changed."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import bot
from bot.programme.reader import Loaded
from bot.programme.source import is_url, load_location
from bot.understand.glossary import general_glossary
from bot.understand.index import ProgrammeIndex, index_for, keep_index
from bot.understand.lexicon import FOLDER
from bot.understand.lexicon.cache import cached, forget

_KEPT_AS = "programme"  # the kept files' name in the cache folder


def load_indexed(location: str, *, tz: str | None = None, first_day: date | None = None) -> Loaded:
    """The programme at `location`, its index built (or read back) and serving it."""
    path = Path(location)
    if is_url(location) or not path.is_file():
        loaded = load_location(location, tz=tz, first_day=first_day)
        index_for(loaded.programme)
        return loaded

    def read_and_index() -> tuple[Loaded, ProgrammeIndex]:
        loaded = load_location(location, tz=tz, first_day=first_day)
        return loaded, index_for(loaded.programme)

    loaded, index = cached(
        _KEPT_AS,
        (path, *_code_and_lexicon()),
        read_and_index,
        settings=f"{tz}|{first_day}",
        shared={"general-glossary": general_glossary()},
        once_seen=True,  # a file read once (a check, one question) is not worth writing down
    )
    keep_index(index)
    return loaded


def forget_programmes() -> None:
    """Forgets every programme kept: the next read of a file is a first one (bench/)."""
    forget(_KEPT_AS)


@cache
def _code_and_lexicon() -> tuple[Path, ...]:
    """Every file whose change could change what a programme reads as or how it is indexed."""
    code = Path(bot.__file__).parent
    return (*sorted(code.rglob("*.py")), *sorted(FOLDER.glob("*.toml")))
