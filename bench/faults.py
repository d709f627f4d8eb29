"""Telegram on a bad day, through the whole bot: a 60 s outage while reminders fall due and an
announcement to 2,000 goes out; 10 % of sends answered late (after the outbox stopped waiting, and
before); kill -9 in the middle of sending. For each kind of message (reminder, announcement):
delivered once, lost, duplicated, and which duplicates the README allows.

    .venv/bin/python bench/faults.py [--only outage,slow,kill] [--users 2000] [--reminded 200]
        [--slow-users 500] [--slow-reminded 100] [--answer-seconds 5] [--rate 100] [--deadline 240]

How it runs. The real bot against the fake Bot API (tests/fakes/bot_api.py), which answers each call
after 40 ms and answers 429 to any send over `--rate` a second overall or one a second per chat
(`--rate 30` for Telegram's own pace: slower runs, the same questions). Logging at INFO in the
production format, to a file. The users are in the database beforehand; `--reminded` of them
starred the Alcazar workshop of Thursday 12:45 with reminders 10 minutes before (due 12:35). The
bot's clock moves with real time (bot.clock.SimulatedClock, as SIMULATED_START does): the outbox's
back-off is on the bot's clock, so it is a real wait here. An organiser sends `/announce everyone:
…` and confirms; the announcement goes to every user.

1. outage: `outage()` of the fake (connections refused and reset, in-flight requests cut) for 60 s,
   starting a few seconds after the announcement began and 15 s before the reminders fall due.
2. slow: `slow_answers(0.10, delay)` on sendMessage, in two runs: a delay above the time the outbox
   waits for an answer (`--answer-seconds`, set as OUTBOX_ANSWER_SECONDS, production default 30 s;
   an older version has no such setting and waits its HTTP read timeout, 5 s), then below it.
3. kill: the bot as a separate process (`python -m bot`, TELEGRAM_API_URL pointing at the fake,
   SEND_RATE, SIMULATED_START), killed with SIGKILL once a third of the announcement is delivered,
   started again (its clock going on from where it was), killed again once a third of the reminders
   are delivered, started again, and left to finish.

A message counts as delivered when the fake answered its sendMessage with ok (a slow answer still
delivered it). Lost: never delivered by the end of a run: `--deadline` seconds after the fault
ended (outage, kills) or after the announcement was confirmed (slow answers, where the run then
also waits, up to `--deadline` more, until the outbox has nothing pending; what was still missing
at the deadline is printed apart).
Duplicates the README allows: a send Telegram did not answer within OUTBOX_ANSWER_SECONDS is sent
once more at most (so two copies when its first send was a slow one); at a kill -9, the messages
in flight, at most bot/delivery/sender.py CONCURRENCY (16) a kill.

What it does not measure: faults of updates (getUpdates during the outage is counted only through
the messages); 5xx, 429 storms and 403s (tests/e2e/test_faults.py covers them); a silent network
(the fake's outage refuses or resets connections, it never leaves a request hanging until a connect
time-out); a power loss (SQLite's durability is assumed); replies to people during the faults.
Prints figures only; nothing fails. Default run: about three and a half minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _common import (  # first: sets sys.path
    ROOT,
    TOKEN,
    bot_config,
    conference_clock,
    describe_checkout,
    load_mechelen,
    machine_load,
    missing_settings,
    production_logging,
    table,
)

ORGANISER = 1
FIRST_USER = 10_000
TEXT = "Please bring your badge to the closing plenary."
SESSION = "d1-workshop-right-to-the-city"  # Alcazar, Thursday 12:45: reminders due at 12:35
DUE = datetime.fromisoformat("2017-11-16T12:35:00+01:00")
LATENCY = 0.040
README_CONCURRENCY = 16


async def make_users(database: Path, users: int, reminded: int) -> None:
    from bot.store.database import open_database

    connection = await open_database(database)
    try:
        stamp = datetime(2017, 11, 16, 7, tzinfo=UTC).isoformat()
        await connection.executemany(
            "INSERT INTO users (id, language, reminder_minutes, first_seen, last_seen) "
            "VALUES (?, 'en', 10, ?, ?)",
            [(FIRST_USER + n, stamp, stamp) for n in range(users)],
        )
        await connection.executemany(
            "INSERT INTO stars (user_id, session_id, starred_at) VALUES (?, ?, ?)",
            [(FIRST_USER + n, SESSION, stamp) for n in range(reminded)],
        )
        await connection.commit()
    finally:
        await connection.close()


def kind_of(call: Any) -> str | None:
    text = call.params.get("text", "")
    if TEXT in text:
        return "announcement"
    if "⏰" in text:
        return "reminder"
    return None


def deliveries(api: Any) -> dict[str, Counter[int]]:
    counts: dict[str, Counter[int]] = {"reminder": Counter(), "announcement": Counter()}
    for call in api.calls("sendMessage"):
        kind = kind_of(call)
        if call.ok and kind and call.params.get("chat_id") != ORGANISER:
            counts[kind][call.params["chat_id"]] += 1
    return counts


def first_was_slow(api: Any) -> dict[str, set[int]]:
    """Recipients whose first delivered copy was answered late (the outbox may send it once more)."""
    seen: dict[str, set[int]] = {"reminder": set(), "announcement": set()}
    slow: dict[str, set[int]] = {"reminder": set(), "announcement": set()}
    for call in api.calls("sendMessage"):
        kind = kind_of(call)
        chat = call.params.get("chat_id")
        if not call.ok or not kind or chat in seen[kind]:
            continue
        seen[kind].add(chat)
        if call.slow:
            slow[kind].add(chat)
    return slow


def in_flight_at(api: Any, cut: float) -> dict[str, set[int]]:
    """Recipients whose first delivered copy was received by the fake but not yet answered when the
    outage cut the connections (the bot saw a reset, not an answer: it may send it again)."""
    seen: dict[str, set[int]] = {"reminder": set(), "announcement": set()}
    cut_off: dict[str, set[int]] = {"reminder": set(), "announcement": set()}
    for call in api.calls("sendMessage"):
        kind = kind_of(call)
        chat = call.params.get("chat_id")
        if not call.ok or not kind or chat in seen[kind]:
            continue
        seen[kind].add(chat)
        if cut - LATENCY - 0.05 <= call.at <= cut + 0.05:
            cut_off[kind].add(chat)
    return cut_off


def tally(
    counts: dict[str, Counter[int]], expected: dict[str, set[int]], allowed: dict[str, set[int]] | None = None
) -> list[tuple[str, ...]]:
    rows = []
    for kind in ("reminder", "announcement"):
        got = counts[kind]
        wanted = expected[kind]
        once = sum(1 for chat in wanted if got[chat] == 1)
        lost = sum(1 for chat in wanted if got[chat] == 0)
        twice = [chat for chat in wanted if got[chat] == 2]
        more = sum(1 for chat in wanted if got[chat] > 2)
        strangers = sum(1 for chat in got if chat not in wanted)
        explained = (
            f"{sum(1 for chat in twice if chat in allowed[kind])} of {len(twice)}"
            if allowed is not None
            else "-"
        )
        rows.append(
            (
                kind,
                str(len(wanted)),
                str(once),
                str(lost),
                str(len(twice)),
                str(more),
                explained,
                str(strangers),
            )
        )
    return rows


HEADERS = (
    "kind",
    "expected",
    "delivered once",
    "lost",
    "twice",
    "3+ times",
    "twice, explained",
    "to others",
)


async def until(condition: Any, timeout: float, step: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(step)
    return condition()


async def announce(api: Any, since: int = 0) -> None:
    from tests.e2e.harness import button_data

    api.send_text(
        ORGANISER, f"/announce everyone: {TEXT}", entities=[{"type": "bot_command", "offset": 0, "length": 9}]
    )
    preview = await api.wait_for(
        lambda c: (
            c.method == "sendMessage" and c.params.get("chat_id") == ORGANISER and "reply_markup" in c.params
        ),
        timeout=60,
        since=since,
    )
    api.press_button(ORGANISER, preview, button_data(preview, "an|"))


def expected_sets(users: int, reminded: int) -> dict[str, set[int]]:
    return {
        "reminder": {FIRST_USER + n for n in range(reminded)},
        "announcement": {FIRST_USER + n for n in range(users)},
    }


def missing_now(api: Any, expected: dict[str, set[int]]) -> dict[str, int]:
    counts = deliveries(api)
    return {kind: len(expected[kind] - set(counts[kind])) for kind in expected}


def complete(api: Any, expected: dict[str, set[int]]) -> bool:
    counts = deliveries(api)
    return all(expected[kind] <= set(counts[kind]) for kind in expected)


async def quiet_outbox(bot: Any, seconds: float) -> None:
    """Wait until nothing is pending in the outbox (or `seconds`)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        counts = await bot.services.outbox.counts()
        if not counts.get("pending"):
            return
        await asyncio.sleep(0.5)


async def outage_run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    from tests.e2e.harness import RunningBot
    from tests.fakes import FakeBotApi

    database = folder / "outage.sqlite3"
    await make_users(database, args.users, args.reminded)
    expected = expected_sets(args.users, args.reminded)
    began = time.monotonic()
    with FakeBotApi(
        latency=LATENCY, enforce_rate_limits=True, global_per_second=args.rate, per_chat_per_second=1
    ) as api:
        config = bot_config(api, database, organiser_ids=frozenset({ORGANISER}), send_per_second=args.rate)
        clock = conference_clock((DUE - timedelta(seconds=22)).isoformat())
        bot = RunningBot(api, config, clock, load_mechelen())  # type: ignore[arg-type]
        await bot.start()
        try:
            await announce(api)
            await until(lambda: sum(deliveries(api)["announcement"].values()) >= 100, 30, 0.05)
            at_outage = deliveries(api)
            outage_began = time.monotonic()
            api.outage(args.outage)
            due_in = (DUE - clock.now()).total_seconds()
            await asyncio.sleep(args.outage)
            done = await until(lambda: complete(api, expected), args.deadline)
            finished = time.monotonic()
            await quiet_outbox(bot, 10)
            await asyncio.sleep(1.0)
            counts = deliveries(api)
            cut = in_flight_at(api, outage_began)
            outbox = await bot.services.outbox.counts()
        finally:
            await bot.stop()
        refused = api.refused_connections
    return {
        "rows": tally(counts, expected, cut),
        "before_outage": {k: len(v) for k, v in at_outage.items()},
        "due_in": due_in,
        "refused": refused,
        "complete": done,
        "after_outage_s": finished - outage_began - args.outage,
        "total_s": finished - began,
        "outbox": outbox,
    }


async def slow_run(args: argparse.Namespace, folder: Path, delay: float, name: str) -> dict[str, Any]:
    from tests.e2e.harness import RunningBot
    from tests.fakes import FakeBotApi

    database = folder / f"slow-{name}.sqlite3"
    await make_users(database, args.slow_users, args.slow_reminded)
    expected = expected_sets(args.slow_users, args.slow_reminded)
    with FakeBotApi(
        latency=LATENCY, enforce_rate_limits=True, global_per_second=args.rate, per_chat_per_second=1
    ) as api:
        config = bot_config(
            api,
            database,
            organiser_ids=frozenset({ORGANISER}),
            send_per_second=args.rate,
            outbox_answer_seconds=args.answer_seconds,
        )
        clock = conference_clock((DUE - timedelta(seconds=8)).isoformat())
        bot = RunningBot(api, config, clock, load_mechelen())  # type: ignore[arg-type]
        await bot.start()
        try:
            from tests.e2e.harness import button_data

            api.send_text(
                ORGANISER,
                f"/announce everyone: {TEXT}",
                entities=[{"type": "bot_command", "offset": 0, "length": 9}],
            )
            preview = await api.wait_for(
                lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ORGANISER, timeout=60
            )
            api.slow_answers(0.10, delay, methods=("sendMessage",), seed=18)
            began = time.monotonic()
            api.press_button(ORGANISER, preview, button_data(preview, "an|"))
            done = await until(lambda: complete(api, expected), args.deadline)
            delivered_s = time.monotonic() - began
            missing = missing_now(api, expected)
            await quiet_outbox(bot, args.deadline)
            await asyncio.sleep(delay + 2)  # the last slow answers, and what they cause
            counts = deliveries(api)
            allowed = first_was_slow(api)
            outbox = await bot.services.outbox.counts()
            slow_calls = sum(1 for c in api.calls("sendMessage") if c.slow)
        finally:
            await bot.stop()
    return {
        "rows": tally(counts, expected, allowed),
        "complete": done,
        "delivered_s": delivered_s,
        "outbox": outbox,
        "slow_calls": slow_calls,
        "missing": missing,
        "delay": delay,
    }


def start_process(api: Any, database: Path, start: datetime, log: Any) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE": str(database),
        "ORGANISER_IDS": str(ORGANISER),
        "SEND_RATE": str(ARGS.rate),
        "SIMULATED_START": start.isoformat(),
        "LOG_LEVEL": "INFO",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log
    )


async def kill_run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    from tests.fakes import FakeBotApi

    database = folder / "kill.sqlite3"
    await make_users(database, args.users, args.reminded)
    expected = expected_sets(args.users, args.reminded)
    kills: list[dict[str, int]] = []
    log_path = folder / "kill.log"
    with (
        FakeBotApi(
            latency=LATENCY, enforce_rate_limits=True, global_per_second=args.rate, per_chat_per_second=1
        ) as api,
        open(log_path, "wb") as log,
    ):
        # The first run starts two minutes before the reminders fall due; it is killed a third into the
        # announcement. The second starts 3 s before they fall due (as after a longer stop): they
        # are written while the rest of the announcement goes out, and sent after it. The third
        # goes on from where the second was killed.
        clock = {"start": DUE - timedelta(minutes=2), "origin": time.monotonic()}

        def clock_now() -> datetime:
            return clock["start"] + timedelta(seconds=time.monotonic() - clock["origin"])  # type: ignore[operator]

        def restart(at: datetime) -> subprocess.Popen[bytes]:
            clock.update(start=at, origin=time.monotonic())
            return start_process(api, database, at, log)

        process = restart(clock["start"])  # type: ignore[arg-type]
        try:
            await api.wait_for("getUpdates", timeout=60)
            await announce(api)
            for kind in ("announcement", "reminder"):
                third = len(expected[kind]) // 3
                await until(lambda k=kind, n=third: len(deliveries(api)[k]) >= n, args.deadline, 0.02)
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=10)
                kills.append({k: len(v) for k, v in deliveries(api).items()})
                await asyncio.sleep(0.5)
                process = restart(DUE - timedelta(seconds=3) if kind == "announcement" else clock_now())
            done = await until(lambda: complete(api, expected), args.deadline)
            await asyncio.sleep(2.0)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        counts = deliveries(api)
        violations = api.violations.total
        too_many = sum(1 for c in api.calls("sendMessage") if c.error_code == 429)
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    levels = Counter(
        word for line in lines for word in line.split()[2:3] if word in ("WARNING", "ERROR", "CRITICAL")
    )
    return {
        "rows": tally(counts, expected),
        "kills": kills,
        "complete": done,
        "violations": violations,
        "too_many": too_many,
        "log": dict(levels),
        "log_first": [line for line in lines if " ERROR " in line or " CRITICAL " in line][:2],
    }


def print_rows(rows: list[tuple[str, ...]]) -> None:
    print("  " + table(HEADERS, rows).replace("\n", "\n  "))


async def run(args: argparse.Namespace) -> None:
    began = time.perf_counter()
    commit = describe_checkout()
    print(
        f"Faults through the whole bot at {commit or '?'} ({ROOT}); SEND_RATE {args.rate:g}, "
        "enforced by the fake"
    )
    missing = missing_settings("outbox_answer_seconds")
    only = set(args.only.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        log = production_logging(folder / "bot.log")
        if "outage" in only:
            result = await outage_run(args, folder)
            print(
                f"\n1. outage of {args.outage:g} s: {args.users:,} users get the announcement, "
                f"{args.reminded} a "
                f"reminder due {result['due_in']:.0f} s into the outage"
            )
            print_rows(result["rows"])
            print(
                "  twice, explained: the first copy was in flight (received, not yet answered) when the "
                "outage "
                "cut the connections; the README does not name this case"
            )
            print(
                f"  delivered before the outage: {result['before_outage']}; connections refused: "
                f"{result['refused']}; all delivered: {result['complete']}, {result['after_outage_s']:.0f} s "
                "after the outage ended; "
                f"outbox at the end: {result['outbox']}"
            )
        if "slow" in only:
            waits = (
                f"{args.answer_seconds:g} s"
                if not missing
                else "5 s (its HTTP read timeout; no OUTBOX_ANSWER_SECONDS)"
            )
            for name, delay in (
                ("above", args.answer_seconds + 1.5),
                ("below", max(0.5, args.answer_seconds / 2.5)),
            ):
                result = await slow_run(args, folder, delay, name)
                print(
                    f"\n2. slow answers, {name} the wait: 10 % of sendMessage answered {delay:g} s late "
                    f"(the outbox waits {waits}); {args.slow_users} users, {args.slow_reminded} reminded"
                )
                print_rows(result["rows"])
                print("  twice, explained: the first copy was answered late (README: sent once more at most)")
                when = (
                    f"everyone had it {result['delivered_s']:.1f} s after the confirmation"
                    if result["complete"]
                    else f"still missing {args.deadline:g} s after the confirmation: {result['missing']} "
                    "(the table counts what came until the outbox had nothing pending)"
                )
                print(f"  slow answers given: {result['slow_calls']}; {when}")
                print(f"  outbox at the end: {result['outbox']}")
        if "kill" in only:
            result = await kill_run(args, folder)
            print(
                f"\n3. kill -9 of `python -m bot`, twice (a third into the announcement, a third into the "
                f"reminders); {args.users:,} users, {args.reminded} reminded"
            )
            print_rows(result["rows"])
            kills = len(result["kills"])
            print(
                f"  delivered at each kill: {result['kills']}; duplicates the README allows: at most "
                f"{README_CONCURRENCY} a kill = {README_CONCURRENCY * kills}; "
                f"all delivered: {result['complete']}; "
                f"429: {result['too_many']}, violations: {result['violations']}; the processes logged "
                f"{result['log']}" + (f", e.g. {result['log_first']}" if result["log_first"] else "")
            )
        print(
            f"\nin-process bots logged: {dict(log.counts)}" + (f"; e.g. {log.first[:2]}" if log.first else "")
        )
    if missing:
        print(f"this version of Config has no {', '.join(missing)}: left out")
    print(f"{machine_load()} at the end")
    print(f"(benchmark took {time.perf_counter() - began:.0f} s)")


ARGS: argparse.Namespace


def main() -> None:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="outage,slow,kill")
    parser.add_argument("--users", type=int, default=2_000, help="announcement recipients (outage, kill)")
    parser.add_argument("--reminded", type=int, default=200, help="users with a reminder (outage, kill)")
    parser.add_argument("--slow-users", type=int, default=500)
    parser.add_argument("--slow-reminded", type=int, default=100)
    parser.add_argument(
        "--answer-seconds", type=float, default=5.0, help="OUTBOX_ANSWER_SECONDS in the slow runs"
    )
    parser.add_argument("--outage", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=100.0, help="SEND_RATE, enforced by the fake too")
    parser.add_argument(
        "--deadline", type=float, default=240.0, help="seconds after a fault before counting losses"
    )
    ARGS = parser.parse_args()
    asyncio.run(run(ARGS))


if __name__ == "__main__":
    main()
