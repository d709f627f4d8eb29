"""The folder where the bot keeps, between runs, what it derives from its own code and data (the
parsed lexicon, compiled patterns): `$CONFERENCE_BOT_CACHE`, else `$XDG_CACHE_HOME/conference-bot`,
else `~/.cache/conference-bot`. Nothing in it is needed: a run that cannot read or write it
derives everything again."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    chosen = os.environ.get("CONFERENCE_BOT_CACHE")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "conference-bot"
