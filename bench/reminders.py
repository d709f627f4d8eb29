"""Reminders at scale: 10,000 users and 100,000 stars on a generated 1,000-session programme.

Prints the time of one sweeper tick (the indexed query that finds what is due), how late
reminders are written on a simulated clock ticking like the bot's sweeper, and the start-up
catch-up after the bot was down for 20 minutes.

    .venv/bin/python bench/reminders.py [--users 10000] [--stars 100000] [--hours 3]

Goals: a tick takes at most 5 ms; every reminder is written at most 1 s after it is due (the
sender's pacing aside).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import median, percentile, verdict
from answer_latency import generated_programme

from bot.config import Config
from bot.delivery.outbox import Outbox
from bot.delivery.reminders import Reminders
from bot.programme.current import CurrentProgramme
from bot.programme.loading import Loaded
from bot.store.database import open_database

TICK = timedelta(seconds=Config.__dataclass_fields__["sweep_seconds"].default)


async def run(users: int, stars: int, hours: float) -> None:
    programme = generated_programme()
    current = CurrentProgramme(Loaded(programme, "generated"))
    rng = random.Random(2017)
    with tempfile.TemporaryDirectory() as folder:
        database = await open_database(Path(folder) / "bot.sqlite3")
        stamp = datetime(2017, 11, 1, tzinfo=UTC).isoformat()
        leads = (5, 10, 10, 10, 15, 30)
        await database.executemany(
            "INSERT INTO users (id, language, reminder_minutes, first_seen, last_seen) "
            "VALUES (?, 'en', ?, ?, ?)",
            [(user, rng.choice(leads), stamp, stamp) for user in range(1, users + 1)],
        )
        session_ids = [s.id for s in programme.sessions]
        pairs = set()
        while len(pairs) < stars:
            pairs.add((rng.randint(1, users), rng.choice(session_ids)))
        await database.executemany(
            "INSERT INTO stars (user_id, session_id, starred_at) VALUES (?, ?, ?)",
            [(user, session, stamp) for user, session in pairs],
        )
        await database.commit()
        outbox = Outbox(database)
        reminders = Reminders(database, current, outbox)
        starts = {s.id: s.start for s in programme.sessions}

        # The bot's sweeper on a simulated clock: one tick every TICK, over `hours` of the conference.
        # Off the whole second, as a real clock is: reminders fall due between two ticks.
        now = programme.sessions[0].start - timedelta(minutes=45, seconds=0.63)
        end = now + timedelta(hours=hours)
        ticks: list[float] = []
        lateness: list[float] = []
        written = 0
        while now < end:
            began = time.perf_counter()
            added = await reminders.sweep(now)
            ticks.append((time.perf_counter() - began) * 1000)
            if added:
                async with database.execute(
                    "SELECT outbox.payload, users.reminder_minutes FROM outbox "
                    "JOIN users ON users.id = outbox.recipient WHERE outbox.created_at = ?",
                    (now.isoformat(),),
                ) as cursor:
                    async for payload, minutes in cursor:
                        session = payload.split('"session": "')[1].split('"')[0]
                        due = starts[session] - timedelta(minutes=minutes)
                        lateness.append((now - due).total_seconds())
                written += added
            now += TICK

        # Down for 20 minutes: the first sweep after the restart catches up.
        await database.execute("DELETE FROM outbox")
        await database.commit()
        restart = end + timedelta(minutes=20)
        began = time.perf_counter()
        caught_up = await reminders.sweep(restart)
        catch_up_ms = (time.perf_counter() - began) * 1000
        await database.close()

    sessions, tick = len(programme.sessions), TICK.total_seconds()
    print(f"{users:,} users, {len(pairs):,} stars, {sessions:,} sessions; tick every {tick:g} s")
    print(
        f"  sweeper tick: p50 {median(ticks):.2f} ms, p99 {percentile(ticks, 99):.2f} ms, "
        f"max {max(ticks):.2f} ms over {len(ticks):,} ticks ({hours:g} h simulated)"
    )
    print(
        f"  reminders written: {written:,}; lateness after due: p50 {median(lateness):.2f} s, "
        f"max {max(lateness):.2f} s"
    )
    print(f"  start-up catch-up after 20 minutes down: {caught_up:,} reminders in {catch_up_ms:.1f} ms")
    print(f"  goal tick p99 ≤ 5 ms: {verdict(percentile(ticks, 99), 5)}")
    print(f"  goal every reminder ≤ 1 s late: {verdict(max(lateness), 1.0)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--stars", type=int, default=100_000)
    parser.add_argument("--hours", type=float, default=3.0)
    args = parser.parse_args()
    asyncio.run(run(args.users, args.stars, args.hours))


if __name__ == "__main__":
    main()
