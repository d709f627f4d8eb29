"""Reminders at scale, on the real clock path: how late each reminder reaches Telegram after it is
due, written by the bot's own sweeper and sent by its own outbox sender, with 10,000 users and
100,000 stars on a generated 1,000-session programme.

    .venv/bin/python bench/reminders.py [--users 10000] [--stars 100000] [--spread-rate 15]
        [--spread-seconds 40] [--rate 30]

How it runs. The real bot (tests/e2e/harness.py RunningBot: bot.app.build_application, post_init,
the reminder sweeper every `sweep_seconds` = 1 s as in production, the outbox sender, polling)
against the fake Bot API (tests/fakes/bot_api.py) answering each call after 40 ms and answering
429 over `--rate` messages a second overall or one a second per chat, as Telegram does. Logging at
INFO in the production format, to a file. The database is filled first (users with reminder leads
of 5, 10, 10, 10, 15 or 30 minutes, stars drawn at random). The programme (25 rooms, 10 hourly slots a
day over 4 days: 1,000 sessions) is given to the bot directly; its refresh is off.

The bot's clock moves with real time (sub-second positions, real sleeps of the sweeper, as with
bot.clock.SystemClock), but between two moments where reminders fall due the benchmark moves it
forward to a few seconds before the next one, once everything due before has been sent: nothing
falls due during a jump, and every lateness is measured while the clock runs at real speed.

1. A slot as conferences have them: 25 sessions start together at 9:00, so every user's reminder
   falls due at 8:30, 8:45, 8:50 or 8:55 with the others of the same lead (up to ~1,250 at once
   at the default scale). Telegram's 30 msg/s makes the last of a burst tens of seconds late:
   the figures also give the lateness beyond an ideal sender (exactly `--rate` a second from each
   due instant, in due order).
2. Spread: the other 750 sessions start one after the other (so that reminders fall due all the
   time, `--spread-rate` a second on average); `--spread-seconds` of that. Reminders that fell due
   before this window are recorded as sent beforehand (else the first sweep would catch them up).

Figures: lateness written (outbox row's created_at − due), lateness sent (arrival at the fake −
due), beyond the ideal pace; sweeper ticks (the wall time of Reminders.sweep as the sweeper calls
it, while the bot works) that wrote reminders, and the empty ones apart.

What it does not measure: reminders of sessions moved by organisers (recomputed at once by the
door, not by the sweeper); speakers' reminders and channel posts (same sweeper, not timed here);
a restart's catch-up; Telegram's real latency and answers (a fixed 40 ms); attendees asking at
the same time (bench/broadcast.py shows replies and the outbox sharing the budget). Prints figures
only; nothing fails. Default run: about two and a half minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from _common import (
    TOPICS,
    bot_config,
    describe_checkout,
    machine_load,
    median,
    percentile,
    production_logging,
    table,
    verdict,
)  # first: sets sys.path

LEADS = (5, 10, 10, 10, 15, 30)
LATENCY = 0.040
GOAL_WRITTEN_S = 1.0
GOAL_TICK_MS = 5.0
SEED = 2017


class JumpingClock:
    """Real time from a starting instant; `jump_to` sets a new instant to run on from (forward)."""

    def __init__(self, start: datetime) -> None:
        self.segments: list[tuple[float, datetime]] = []
        self.jump_to(start)

    def jump_to(self, instant: datetime) -> None:
        self.segments.append((time.monotonic(), instant))

    def now(self) -> datetime:
        origin, base = self.segments[-1]
        return base + timedelta(seconds=time.monotonic() - origin)

    def at(self, monotonic: float) -> datetime:
        """The bot's time at an instant of time.monotonic() (for the fake's records)."""
        origin, base = next(s for s in reversed(self.segments) if s[0] <= monotonic)
        return base + timedelta(seconds=monotonic - origin)


def generated_programme(rooms: int = 25, slots: int = 10, people: int = 1_500) -> Any:
    """4 days × `rooms` rooms × `slots` hourly slots from 9:00 (45-minute sessions), titles in fr,
    en and es made of topics, 1 to 3 speakers each: 1,000 sessions by default."""
    from datetime import date
    from datetime import time as clock
    from zoneinfo import ZoneInfo

    from bot.programme.model import Conference, Person, Programme, Role, Room, Session, Text

    rng = random.Random(SEED)
    zone = ZoneInfo("Europe/Brussels")
    days = tuple(date(2026, 6, 8) + timedelta(days=i) for i in range(4))
    conference = Conference(
        id="bench-reminders",
        name=Text.of(
            {"fr": "Conférence générée", "en": "Generated conference", "es": "Conferencia generada"}
        ),
        timezone=zone,
        default_language="fr",
        days=days,
        city="Mechelen",
    )
    halls = [Room(id=f"room-{i:02d}", name=f"Room {i:02d}") for i in range(rooms)]
    persons = [Person(id=f"p{i:04d}", name=f"Speaker {i:04d}") for i in range(people)]
    sessions = []
    for d, day in enumerate(days):
        for slot in range(slots):
            start = datetime.combine(day, clock(9, 0), tzinfo=zone) + timedelta(hours=slot)
            for room in halls:
                a, b = rng.sample(TOPICS, 2)
                title = {lang: f"{a[k]} / {b[k]}".capitalize() for k, lang in enumerate(("fr", "en", "es"))}
                roles = tuple(Role(rng.choice(persons).id, "speaker") for _ in range(rng.randint(1, 3)))
                sessions.append(
                    Session(
                        id=f"d{d + 1}-s{slot:02d}-{room.id}",
                        kind="talk",
                        start=start,
                        end=start + timedelta(minutes=45),
                        room_id=room.id,
                        title=Text.of(title),
                        roles=roles,
                    )
                )
    return Programme(conference, halls, persons, sessions)


def programme_for(spacing: float) -> tuple[Any, list[Any], list[Any]]:
    """The generated programme, its first day's 9:00 slot kept, the other days' sessions started one
    after the other on the second day, `spacing` seconds apart (off the whole second)."""
    from bot.programme.model import Programme

    base = generated_programme()
    days = sorted({s.start.date() for s in base.sessions})
    first_day = [s for s in base.sessions if s.start.date() == days[0]]
    others = [s for s in base.sessions if s.start.date() != days[0]]
    rng = random.Random(SEED)
    origin = min(s.start for s in base.sessions if s.start.date() == days[1])
    spread = []
    for k, session in enumerate(others):
        start = origin + timedelta(seconds=k * spacing + rng.random())
        spread.append(replace(session, start=start, end=start + timedelta(minutes=45)))
    programme = Programme(
        base.conference, list(base.rooms.values()), list(base.people.values()), first_day + spread
    )
    first_start = min(s.start for s in first_day)
    slot = [s for s in first_day if s.start == first_start]
    return programme, slot, spread


async def fill(
    database: Path, programme: Any, users: int, stars: int
) -> tuple[dict[int, int], list[tuple[int, str]]]:
    from bot.store.database import open_database

    rng = random.Random(SEED)
    connection = await open_database(database)
    try:
        stamp = datetime(2017, 11, 1).astimezone().isoformat()
        leads = {user: rng.choice(LEADS) for user in range(1, users + 1)}
        await connection.executemany(
            "INSERT INTO users (id, language, reminder_minutes, first_seen, last_seen) "
            "VALUES (?, 'en', ?, ?, ?)",
            [(user, lead, stamp, stamp) for user, lead in leads.items()],
        )
        session_ids = [s.id for s in programme.sessions]
        pairs: set[tuple[int, str]] = set()
        while len(pairs) < min(stars, users * len(session_ids)):
            pairs.add((rng.randint(1, users), rng.choice(session_ids)))
        await connection.executemany(
            "INSERT INTO stars (user_id, session_id, starred_at) VALUES (?, ?, ?)",
            [(user, session, stamp) for user, session in pairs],
        )
        await connection.commit()
    finally:
        await connection.close()
    return leads, sorted(pairs)


async def mark_sent_before(database: Path, dues: list[tuple[datetime, int, Any]], before: datetime) -> int:
    """Reminders due before the spread window, recorded as sent (as if the bot had sent them)."""
    from bot.delivery.reminders import KIND, reminder_job
    from bot.store.database import open_database

    rows = [
        (
            reminder_job(session),
            user,
            KIND,
            json.dumps({"session": session.id, "start": session.start.timestamp()}),
            "sent",
            due.isoformat(),
            due.isoformat(),
        )
        for due, user, session in dues
        if due < before
    ]
    connection = await open_database(database)
    try:
        await connection.executemany(
            "INSERT INTO outbox (job, recipient, kind, payload, state, created_at, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        await connection.commit()
    finally:
        await connection.close()
    return len(rows)


def ideal_times(dues: list[datetime], rate: float) -> list[datetime]:
    """When a sender sending exactly `rate` a second, in due order, from each due instant, would send."""
    ideal: list[datetime] = []
    step = timedelta(seconds=1 / rate)
    for due in sorted(dues):
        ideal.append(due if not ideal else max(due, ideal[-1] + step))
    return ideal


def figures(values: list[float]) -> str:
    if not values:
        return "none"
    return f"p50 {median(values):.3f} s, p99 {percentile(values, 99):.3f} s, max {max(values):.3f} s"


async def run(args: argparse.Namespace) -> None:
    from bot.programme.current import short_id
    from bot.programme.loading import Loaded
    from tests.e2e.harness import RunningBot
    from tests.fakes import FakeBotApi

    stars_per_session = args.stars / 1000
    # Spread over long enough that reminders of every lead (5 to 30 minutes) fall due in the window.
    spacing = max(stars_per_session / args.spread_rate, (40 * 60 + args.spread_seconds) / 750)
    programme, slot, spread = programme_for(spacing)
    by_key = {short_id(s.id): s for s in programme.sessions}
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        log = production_logging(Path(folder) / "bot.log")
        database = Path(folder) / "bot.sqlite3"
        leads, pairs = await fill(database, programme, args.users, args.stars)
        sessions = {s.id: s for s in programme.sessions}
        dues = sorted(
            (
                (sessions[sid].start - timedelta(minutes=leads[user]), user, sessions[sid])
                for user, sid in pairs
            ),
            key=lambda row: (row[0], row[1], row[2].id),
        )
        slot_ids = {s.id for s in slot}
        slot_dues = {(user, s.id): due for due, user, s in dues if s.id in slot_ids}
        cluster_instants = sorted({due for (_, _), due in slot_dues.items()})
        spread_ids = {s.id for s in spread}
        # The window: sessions started one after the other for long enough that reminders of every
        # lead fall due in it.
        first, last = min(s.start for s in spread), max(s.start for s in spread)
        room = (last - first) - timedelta(minutes=25, seconds=args.spread_seconds)
        window_start = first - timedelta(minutes=5) + max(room / 2, timedelta(0)) + timedelta(seconds=0.37)
        window_end = window_start + timedelta(seconds=args.spread_seconds)
        spread_dues = {
            (user, s.id): due
            for due, user, s in dues
            if s.id in spread_ids and window_start <= due <= window_end
        }
        premarked = await mark_sent_before(
            database, [(due, user, s) for due, user, s in dues if s.id in spread_ids], window_start
        )
        fill_s = time.perf_counter() - began

        clock = JumpingClock(cluster_instants[0] - timedelta(minutes=5))
        ticks: list[tuple[float, int, str]] = []
        phase = ["before"]
        with FakeBotApi(
            latency=LATENCY, enforce_rate_limits=True, global_per_second=args.rate, per_chat_per_second=1
        ) as api:
            config = bot_config(api, database, send_per_second=args.rate, refresh_minutes=0)
            bot = RunningBot(api, config, clock, Loaded(programme, "generated"))  # type: ignore[arg-type]
            await bot.start()
            reminders = bot.services.reminders
            sweep = reminders.sweep

            async def timed_sweep(now: datetime) -> int:
                started = time.perf_counter()
                added = await sweep(now)
                ticks.append(((time.perf_counter() - started) * 1000, added, phase[0]))
                return added

            reminders.sweep = timed_sweep  # type: ignore[method-assign]

            def reminders_sent() -> dict[tuple[int, str], float]:
                """(user, session) → arrival of its first reminder at the fake."""
                sent: dict[tuple[int, str], float] = {}
                for call in api.calls("sendMessage"):
                    if not call.ok or "⏰" not in call.params.get("text", ""):
                        continue
                    markup = call.params.get("reply_markup") or {}
                    for row in markup.get("inline_keyboard", []):
                        for button in row:
                            data = button.get("callback_data", "")
                            if data.startswith("o|") and data[2:] in by_key:
                                sent.setdefault((call.params["chat_id"], by_key[data[2:]].id), call.at)
                return sent

            async def wait_sent(wanted: set[tuple[int, str]], timeout: float) -> None:
                deadline = time.monotonic() + timeout
                while time.monotonic() < deadline and not wanted <= reminders_sent().keys():
                    await asyncio.sleep(0.25)

            try:
                # 1. The 9:00 slot: each cluster of due instants in turn.
                slot_began = time.perf_counter()
                phase[0] = "slot"
                for instant in cluster_instants:
                    clock.jump_to(instant - timedelta(seconds=3.3))
                    wanted = {key for key, due in slot_dues.items() if due == instant}
                    await wait_sent(wanted, timeout=len(wanted) / args.rate * 3 + 30)
                    await asyncio.sleep(1.0)
                slot_s = time.perf_counter() - slot_began
                # 2. Spread: the clock runs through the window, then everything due in it is waited for.
                clock.jump_to(window_start - timedelta(seconds=3.0))
                spread_began = time.perf_counter()
                phase[0] = "spread"
                await asyncio.sleep(args.spread_seconds + 3.0)
                await wait_sent(set(spread_dues), timeout=len(spread_dues) / args.rate * 3 + 30)
                spread_s = time.perf_counter() - spread_began
                sent = reminders_sent()
                rows = await written_at(bot.services.database)
                too_many = sum(1 for c in api.calls("sendMessage") if c.error_code == 429)
                violations = api.violations.total
            finally:
                await bot.stop()
        quiet = await quiet_sweeps(
            database, programme, slot, cluster_instants, window_start, args.spread_seconds
        )

    def report(name: str, due_of: dict[tuple[int, str], datetime], seconds: float) -> None:
        late_sent = [
            (clock.at(sent[key]) - due).total_seconds() for key, due in due_of.items() if key in sent
        ]
        late_written = [(rows[key] - due).total_seconds() for key, due in due_of.items() if key in rows]
        # The i-th reminder sent against the i-th one an ideal sender would send.
        actual = sorted(clock.at(sent[key]) for key in due_of if key in sent)
        ideal = ideal_times(list(due_of.values()), args.rate)
        beyond = [(a - b).total_seconds() for a, b in zip(actual, ideal, strict=False)]
        lost = len(due_of) - len(late_sent)
        print(
            f"{name}: {len(due_of):,} reminders due, {len(late_sent):,} sent, {lost} not sent "
            f"({seconds:.0f} s)"
        )
        print(f"  written after due:  {figures(late_written)}")
        print(f"  sent after due:     {figures(late_sent)}")
        print(
            f"  beyond ideal pace:  {figures(beyond)} "
            f"(a sender at exactly {args.rate:g}/s from each due instant)"
        )
        if name.startswith("spread"):
            print(
                f"  goal every reminder written ≤ {GOAL_WRITTEN_S:g} s after due: "
                f"{verdict(max(late_written) if late_written else float('nan'), GOAL_WRITTEN_S)}"
            )

    print(f"Reminders through the whole bot at {describe_checkout()}")
    print(
        f"{args.users:,} users, {len(pairs):,} stars, {len(programme.sessions):,} sessions; "
        "the sweeper every "
        f"{config.sweep_seconds:g} s, SEND_RATE {args.rate:g}, 40 ms per call (filling took {fill_s:.1f} s)"
    )
    print(f"429 answers: {too_many}; rate-limit violations seen by the fake: {violations}")
    by_instant: dict[datetime, int] = {}
    for due in slot_dues.values():
        by_instant[due] = by_instant.get(due, 0) + 1
    sizes = ", ".join(f"{instant:%H:%M} {count}" for instant, count in sorted(by_instant.items()))
    report(f"slot of {len(slot)} sessions at {slot[0].start:%H:%M} (due at once: {sizes})", slot_dues, slot_s)
    report(
        f"spread ({args.spread_seconds:g} s; due {len(spread_dues) / args.spread_seconds:.1f}/s on average, "
        f"{premarked:,} due before recorded as sent)",
        spread_dues,
        spread_s,
    )
    print("sweeper ticks (Reminders.sweep's wall time as the sweeper runs it, the bot working meanwhile):")
    rows = []
    for name in ("slot", "spread"):
        writing = [ms for ms, added, where in ticks if added and where == name]
        empty = [ms for ms, added, where in ticks if not added and where == name]
        rows.append(
            (
                name,
                f"{len(writing)}",
                f"{median(writing):.2f}",
                f"{percentile(writing, 99):.2f}",
                f"{max(writing, default=float('nan')):.2f}",
                f"{len(empty)}",
                f"{percentile(empty, 99):.2f}",
            )
        )
    print(
        "  "
        + table(
            ("phase", "writing ticks", "p50 ms", "p99 ms", "max ms", "empty ticks", "empty p99 ms"), rows
        ).replace("\n", "\n  ")
    )
    writing = [ms for ms, added, _ in ticks if added]
    print(
        f"  all writing ticks: p99 {percentile(writing, 99):.2f} ms (goal p99 ≤ {GOAL_TICK_MS:g} ms: "
        f"{verdict(percentile(writing, 99), GOAL_TICK_MS)}); the same sweeps alone, after the run, "
        "on the same "
        f"database: {quiet}"
    )
    counts = dict(log.counts)
    print(f"log: {counts}" + (f"; e.g. {log.first[:2]}" if log.first else ""))
    print(f"{machine_load()} at the end")
    print(f"(benchmark took {time.perf_counter() - began:.0f} s)")


async def quiet_sweeps(
    database: Path,
    programme: Any,
    slot: list[Any],
    instants: list[datetime],
    window: datetime,
    seconds: float,
) -> str:
    """Reminders.sweep called alone (nothing else using the database): the slot's reminders
    forgotten and written again at each of their due instants, then the spread window's instants."""
    from bot.delivery.outbox import Outbox
    from bot.delivery.reminders import Reminders
    from bot.programme.current import CurrentProgramme
    from bot.programme.loading import Loaded
    from bot.store.database import open_database

    connection = await open_database(database)
    try:
        slot_ids = [s.id for s in slot]
        marks = ", ".join("?" for _ in slot_ids)
        await connection.execute(
            f"DELETE FROM outbox WHERE kind = 'reminder' AND json_extract(payload, '$.session') IN ({marks})",
            slot_ids,
        )
        await connection.commit()
        reminders = Reminders(
            connection, CurrentProgramme(Loaded(programme, "generated")), Outbox(connection)
        )
        writing: list[float] = []
        for instant in instants:
            started = time.perf_counter()
            added = await reminders.sweep(instant + timedelta(seconds=0.5))
            if added:
                writing.append((time.perf_counter() - started) * 1000)
        spread: list[float] = []
        for second in range(int(seconds)):
            started = time.perf_counter()
            await reminders.sweep(window + timedelta(seconds=second))
            spread.append((time.perf_counter() - started) * 1000)
    finally:
        await connection.close()
    return (
        f"slot, writing: {', '.join(f'{ms:.1f}' for ms in writing)} ms; spread (nothing left to write): "
        f"p50 {median(spread):.1f} ms, p99 {percentile(spread, 99):.1f} ms"
    )


async def written_at(database: Any) -> dict[tuple[int, str], datetime]:
    rows: dict[tuple[int, str], datetime] = {}
    async with database.execute(
        "SELECT recipient, payload, created_at FROM outbox WHERE kind = 'reminder'"
    ) as cursor:
        async for recipient, payload, created in cursor:
            rows[(recipient, json.loads(payload)["session"])] = datetime.fromisoformat(created)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--stars", type=int, default=100_000)
    parser.add_argument("--spread-rate", type=float, default=15.0, help="reminders due a second, spread part")
    parser.add_argument("--spread-seconds", type=float, default=40.0)
    parser.add_argument("--rate", type=float, default=30.0, help="SEND_RATE, enforced by the fake too")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
