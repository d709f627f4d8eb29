"""`python -m bot programme check PATH [--tz ZONE] [--first-day DATE] [--json]`: validate a file and
summarise it."""

from __future__ import annotations

import json
import sys
from datetime import date

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from bot.programme.summary import summarise


def run(path: str, *, tz: str | None, as_json: bool, first_day: date | None = None) -> int:
    try:
        loaded = load_programme(path, tz=tz, first_day=first_day)
    except ProgrammeError as error:
        print(error, file=sys.stderr)
        return 1
    summary = summarise(loaded)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
        for warning in loaded.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    print(f"{path}: a valid programme ({summary['format']})")
    print(f"  {loaded.programme.conference.name.get('en')}")
    print(f"  {summary['sessions']} sessions, {summary['rooms']} rooms, {summary['people']} people")
    print(f"  days: {', '.join(summary['days'])}")
    if summary["sessions"]:
        print(f"  from {summary['first_start']} to {summary['last_end']}")
    else:
        print("  no sessions: the conference's information only")
    for warning in loaded.warnings:
        print(f"  warning: {warning}")
    return 0
