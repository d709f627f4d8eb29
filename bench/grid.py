"""How long drawing one page of the day's picture takes (goal: at most 150 ms for 8 rooms).

    python bench/grid.py [--rooms 40] [--runs 5] [--programme PATH [--tz ZONE]]

Builds a large programme in code (40 rooms, 3 days, 09:00–19:00, sessions of 15 to 120 minutes
with titles of every length and accents, breaks and lunch across the rooms), or reads the one
given, then draws every page (at most 6 rooms) of every day in each language, each time with
other stars and another time line; then, for the goal's 8-room day, 8 rooms of it in one picture
(more columns than a page ever has). Nothing is a cache hit: the word widths are measured anew in every
drawing, as for a picture not drawn before (only the advance of each character, a property of
the typeface, is measured once in the process). Prints the CPU time a page takes (the median, the
95th percentile and the worst), the wall-clock time with the machine's load beside it, the JPEG
sizes, and the first drawing in the process (loading the typeface) apart.

Not measured here: the upload to Telegram (and its answer), the thread the bot draws in, the
pictures the cache serves without drawing, and the memory the cache holds.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.i18n import LANGUAGES, speaker
from bot.pictures.grid import draw_day, room_pages
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Conference, Programme, Room, Session, Text

ZONE = ZoneInfo("Europe/Brussels")
WORDS = (
    "migración ciudades intégration réfugiés gouvernance local authorities résilience "
    "cooperation jóvenes derechos humanos participation données santé éducation logement "
    "mobilité urbaine dialogue politique inclusion travail culture Pacte mondial"
).split()
KINDS = (SessionKind.TALK, SessionKind.WORKSHOP, SessionKind.PLENARY, SessionKind.ROUNDTABLE)


def large_programme(rooms: int, days: int = 3, seed: int = 20) -> Programme:
    pick = random.Random(seed)
    first = date(2026, 11, 16)
    day_list = tuple(first + timedelta(days=d) for d in range(days))
    room_list = [Room(f"room-{i}", f"Salle {i} – {pick.choice(WORDS).capitalize()}") for i in range(rooms)]
    sessions = []
    for day in day_list:
        pauses = ((clock_time(10, 30), 30, SessionKind.BREAK), (clock_time(12, 30), 60, SessionKind.LUNCH))
        for at, minutes, kind in pauses:
            start = datetime.combine(day, at, tzinfo=ZONE)
            title = Text.of({"fr": "Pause", "en": "Break", "es": "Pausa"})
            sessions.append(
                Session(f"{day}-{at}", kind, start, start + timedelta(minutes=minutes), None, title)
            )
        for room in room_list:
            start = datetime.combine(day, clock_time(9), tzinfo=ZONE)
            end_of_day = datetime.combine(day, clock_time(19), tzinfo=ZONE)
            number = 0
            while start < end_of_day:
                local = start.time()
                if clock_time(10, 30) <= local < clock_time(11) or clock_time(12, 30) <= local < clock_time(
                    13, 30
                ):
                    start += timedelta(minutes=30)
                    continue
                minutes = pick.choice((15, 20, 25, 30, 45, 60, 90, 120))
                words = " ".join(pick.choice(WORDS) for _ in range(pick.randint(2, 18)))
                sessions.append(
                    Session(
                        f"{room.id}-{day}-{number}",
                        pick.choice(KINDS),
                        start,
                        start + timedelta(minutes=minutes),
                        room.id,
                        Text.of({"fr": words.capitalize()}),
                    )
                )
                number += 1
                start += timedelta(minutes=minutes + pick.choice((0, 0, 5, 10, 15)))
    conference = Conference("bench", Text.of({"fr": "Banc d'essai"}), ZONE, "fr", day_list)
    return Programme(conference, room_list, [], sessions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rooms", type=int, default=40, help="rooms of the generated programme")
    parser.add_argument("--runs", type=int, default=5, help="drawings of each page in each language")
    parser.add_argument("--programme", help="a programme file to draw instead")
    parser.add_argument("--tz", help="its time zone, when the file names none")
    args = parser.parse_args()
    programme = (
        load_programme(args.programme, tz=args.tz).programme
        if args.programme
        else large_programme(args.rooms)
    )
    pick = random.Random(7)

    started = time.perf_counter()
    draw_day(programme, programme.days[0], speaker("fr", programme.timezone))
    first_ms = (time.perf_counter() - started) * 1000

    times: dict[int, list[float]] = {}
    walls: list[float] = []
    sizes: list[int] = []
    for run in range(args.runs):
        for day in programme.days:
            pages = room_pages(programme, day)
            ids = [x.id for x in programme.sessions_on(day)]
            for language in LANGUAGES:
                s = speaker(language, programme.timezone)
                for page in range(len(pages)):
                    stars = frozenset(pick.sample(ids, min(len(ids), 6)))
                    now = datetime.combine(day, clock_time(9), tzinfo=programme.timezone) + timedelta(
                        minutes=pick.randint(0, 600) + run
                    )
                    started, cpu = time.perf_counter(), time.process_time()
                    picture = draw_day(programme, day, s, page=page, starred=stars, now=now)
                    elapsed = (time.process_time() - cpu) * 1000
                    walls.append((time.perf_counter() - started) * 1000)
                    times.setdefault(len(pages[page]), []).append(elapsed)
                    sizes.append(len(picture.data))
    print(f"first drawing in the process (typeface loaded): {first_ms:.0f} ms")
    for rooms, values in sorted(times.items()):
        values.sort()
        print(
            f"pages of {rooms} rooms: {len(values)} drawn, CPU median {statistics.median(values):.0f} ms, "
            f"p95 {values[int(len(values) * 0.95) - 1]:.0f} ms, worst {values[-1]:.0f} ms"
        )
    walls.sort()
    print(
        f"wall clock (grows with what else runs here): median {statistics.median(walls):.0f} ms, "
        f"worst {walls[-1]:.0f} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(f"JPEG: median {statistics.median(sizes) / 1024:.0f} KiB, largest {max(sizes) / 1024:.0f} KiB")
    eight: list[float] = []
    for run in range(args.runs):
        for day in programme.days:
            eight_rooms = tuple(room for page in room_pages(programme, day) for room in page)[:8]
            day_of_eight = programme.replace_sessions(
                x for x in programme.sessions if x.room_id is None or x.room_id in eight_rooms
            )
            for language in LANGUAGES:
                stars = frozenset(pick.sample([x.id for x in day_of_eight.sessions_on(day)], 6))
                now = datetime.combine(day, clock_time(12), tzinfo=programme.timezone) + timedelta(
                    minutes=run
                )
                s = speaker(language, programme.timezone)
                cpu = time.process_time()
                draw_day(day_of_eight, day, s, starred=stars, now=now, full=True, encoding="jpeg")
                eight.append((time.process_time() - cpu) * 1000)
    eight.sort()
    print(
        f"a day of 8 rooms in one picture: {len(eight)} drawn, CPU median {statistics.median(eight):.0f} ms, "
        f"worst {eight[-1]:.0f} ms"
    )
    worst_eight = max([*eight, *(max(v) for r, v in times.items() if r <= 8)], default=0.0)
    goal = 150
    verdict = "met" if worst_eight <= goal else "MISSED"
    print(f"goal: at most {goal} ms of CPU for any page of up to 8 rooms: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
