"""How long `load_programme` takes on a big frab schedule.xml (goal: at most 1 s).

    python bench/import_xml.py [--events 1000] [--runs 7]

Writes a generated schedule (10 rooms, 5 days, HTML abstracts, several speakers per talk,
links and attachments with nested titles: about 4 KB an event) to a temporary directory, loads
it several times and prints the minimum and the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.programme.loading import load_programme

ZONE = ZoneInfo("Europe/Brussels")
ROOMS = 10
DAYS = 5
WORDS = (
    "migration city council policy housing integration local authority dialogue network "
    "participation rights inclusion mobility labour culture education health data cohesion"
).split()


def paragraph(seed: int, words: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words)).capitalize()


def event_xml(number: int, room: str, start: datetime) -> str:
    people = "".join(
        f'<person id="{(number * 3 + k) % 400}" guid="p-{(number * 3 + k) % 400}">'
        f"Speaker {(number * 3 + k) % 400} Example</person>"
        for k in range(1 + number % 3)
    )
    # Escaped HTML, as frab writes it: the importer has to turn it back into text.
    abstract = escape("".join(f"<p>{paragraph(number + k, 60)}.</p>" for k in range(3)))
    description = escape("".join(f"<p>{paragraph(number * 5 + k, 60)}.</p>" for k in range(3)))
    return f"""
      <event guid="00000000-0000-4000-8000-{number:012d}" id="{number}">
        <date>{start.isoformat()}</date>
        <start>{start:%H:%M}</start>
        <duration>00:30</duration>
        <room>{escape(room)}</room>
        <slug>bench-{number}</slug>
        <url>https://example.org/talk/{number}/</url>
        <recording><license></license><optout>false</optout></recording>
        <title>Talk number {number}: {paragraph(number, 6)}</title>
        <subtitle></subtitle>
        <track>Track {number % 7}</track>
        <type>{"Workshop" if number % 9 == 0 else "Talk"}</type>
        <language>en</language>
        <abstract>{abstract}</abstract>
        <description>{description}</description>
        <logo></logo>
        <persons>{people}</persons>
        <links><link href="https://example.org/{number}/slides"><title>Slides</title></link></links>
        <attachments><attachment href="https://example.org/{number}.pdf"><title>Paper</title></attachment></attachments>
      </event>"""


def schedule_xml(events: int) -> str:
    per_room_day = max(1, -(-events // (ROOMS * DAYS)))
    first_day = date(2026, 5, 4)
    days, number = [], 0
    for day_index in range(DAYS):
        day = first_day + timedelta(days=day_index)
        rooms = []
        for room_index in range(ROOMS):
            room = f"Room {room_index + 1} & Annex"
            items = []
            for slot in range(per_room_day):
                if number >= events:
                    break
                start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=ZONE)
                items.append(event_xml(number, room, start + timedelta(minutes=30 * slot)))
                number += 1
            rooms.append(f"    <room name={quoteattr(room)}>{''.join(items)}\n    </room>")
        days.append(
            f'  <day index="{day_index + 1}" date="{day}" start="{day}T04:00:00+02:00" '
            f'end="{day + timedelta(days=1)}T03:59:00+02:00">\n' + "\n".join(rooms) + "\n  </day>"
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>bench</version>
  <conference>
    <acronym>bench</acronym>
    <title>Benchmark conference</title>
    <start>{first_day}</start>
    <end>{first_day + timedelta(days=DAYS - 1)}</end>
    <days>{DAYS}</days>
    <time_zone_name>Europe/Brussels</time_zone_name>
  </conference>
{chr(10).join(days)}
</schedule>
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "schedule.xml"
        path.write_text(schedule_xml(args.events), encoding="utf-8")
        size = path.stat().st_size
        timings, loaded = [], None
        for _ in range(args.runs):
            began = time.perf_counter()
            loaded = load_programme(path)
            timings.append(time.perf_counter() - began)
    assert loaded is not None
    programme = loaded.programme
    best, median = min(timings), statistics.median(timings)
    print(f"file: {size / 1e6:.2f} MB, {args.events} events")
    print(
        f"loaded: {len(programme.sessions)} sessions, {len(programme.rooms)} rooms, "
        f"{len(programme.people)} people, {len(loaded.warnings)} warnings"
    )
    print(f"load_programme over {args.runs} runs: min {best:.3f} s, median {median:.3f} s")
    print(f"goal <= 1 s: {'met' if median <= 1 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
