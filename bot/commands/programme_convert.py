"""`python -m bot programme convert PATH -o OUT.toml [--tz ZONE] [--force]`: any programme file we
read, written as our TOML so that organisers can correct and complete it by hand. An existing
OUT.toml (perhaps corrected by hand already) is overwritten only with --force."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from bot.programme import native
from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from bot.programme.writer import programme_to_toml


def run(path: str, *, output: str, tz: str | None, first_day: date | None = None, force: bool = False) -> int:
    """Read `path`, write `output`; 0 when written, 1 (one line on stderr) when refused."""
    source, target = Path(path), Path(output)
    if target.exists() and target.resolve() == source.resolve():
        print(f"{output}: the output would overwrite the file being converted", file=sys.stderr)
        return 1
    if target.exists() and not force:
        print(f"{output}: the file exists; give --force to overwrite it", file=sys.stderr)
        return 1
    try:
        loaded = load_programme(source, tz=tz, first_day=first_day)
    except ProgrammeError as error:
        print(error, file=sys.stderr)
        return 1
    text = programme_to_toml(loaded.programme, source=source.name)
    # Our reader is stricter than the importers (an overlap in a room is an error there):
    # say what will need fixing by hand, but write the file, since fixing it is the point.
    try:
        native.read(text.encode("utf-8"), target)
        still_to_fix = None
    except ProgrammeError as error:
        still_to_fix = error
    try:
        _write_atomically(target, text)
    except OSError as error:
        print(f"{output}: cannot write the file ({error.strerror or error})", file=sys.stderr)
        return 1
    for warning in loaded.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if still_to_fix is not None:
        print(f"warning: to fix before use: {still_to_fix}", file=sys.stderr)
    programme = loaded.programme
    print(
        f"{output}: {len(programme.sessions)} sessions, {len(programme.rooms)} rooms, "
        f"{len(programme.people)} people, from {path} ({loaded.format})"
    )
    return 0


def _write_atomically(target: Path, text: str) -> None:
    """Write next to the target, then rename: a reader never sees half a programme."""
    directory = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a programme is not
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
