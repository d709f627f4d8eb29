"""Capacity of the whole bot against an echo bot on the same transport and update processor:
updates/s and reply latency with 40 ms per Bot API call, the head-of-line figure, the share of
Telegram's 30 msg/s budget replies use, CPU per update, and memory over many updates of new texts.

    .venv/bin/python bench/throughput.py [--only cpu,latency,budget,memory] [--repeats 2]
        [--cpu-updates 2000] [--capacity-updates 2000] [--paced-rate 80] [--paced-seconds 15]
        [--hol-trials 5] [--budget-rate 45] [--budget-seconds 15]
        [--rss-updates 10000] [--rss-warmup 4000] [--tracemalloc]

How it runs. Each measurement is a child process of its own (a clean heap). In it, the bot runs as
tests/e2e/harness.py RunningBot runs it (bot.app.build_application, post_init, long polling), with
Config's production defaults (sweep every second, refresh every 5 minutes…), the Mechelen
programme, a temporary SQLite database, a clock moving with real time from Thursday 16 November
2017 12:10 (bot.clock.SimulatedClock), and logging as in production: basicConfig at INFO with the
production format, one line per update, written to a file. The fake Telegram (tests/fakes/
bot_api.py FakeBotApi) runs in a process of its own, as Telegram is not in the bot's process (its
HTTP threads would take the bot's GIL); the benchmark drives it through a pipe. It records when
each update was pushed and when the first reply to its chat (sendMessage, editMessageText,
editMessageReplyMarkup) reached it: a reply latency is the one minus the other, on the machine's
one monotonic clock.

The yardstick is an echo bot (one MessageHandler: reply_text(text)) on the same transport
(bot/delivery/http.py AiohttpRequest) and the same update processor (bot/updates/processor.py
ChatLanes; an older version without it runs PTB's default, one update at a time, and says so),
logging at INFO too, fed the same generated questions.

The mix, drawn with a fixed seed: questions typed as text 45 %, /now [room] 10 %, /next room 10 %,
⭐ star/unstar on the welcome message 15 % (sessions of Friday only: no reminder falls due during
the run), "open card" 5 %, /mine 10 %, /start 5 %. Every user sends /start first (their first
contact, written to the database). Question texts are new: made from the programme (rooms and
their aliases, people, days, times, topics) in fr/en/es templates with slips, greetings and
thanks, never the same text twice (bench/_common.py QuestionMaker); the answers kept for their
minute are not hit by them (the figure is printed). /now and /next are answered from the minute's
answer as in production: that is what they are.

1. cpu: zero latency, the overall send budget lifted (SEND_RATE 10,000; 1 msg/s per chat kept,
   each user sends once in the timed batch). CPU per update of the event-loop thread (and of the
   whole process: the database thread too), updates/s; echo and ours alternate, `--repeats` each.
2. latency: 40 ms per call, budget lifted: a burst of `--capacity-updates` from as many users
   (updates/s from the first push to the last reply, and latency); a paced `--paced-rate`/s for
   `--paced-seconds` (p50/p95/p99 latency); the head-of-line figure: a chat sends 6 messages at
   once and another user one message right after, `--hol-trials` times, each trial waited out.
3. budget: 40 ms, the default 30 msg/s, the fake enforcing Telegram's limits (429 over 30/s or
   1/s per chat): `--budget-rate` questions/s from new users for `--budget-seconds` (more than the
   budget) plus one chat sending 4 messages/s: sends/s over the backlogged window as a share of
   30/s, the most any chat received in one second, 429s, what the flooding chat got.
4. memory: zero latency, budget lifted, 2,000 users (all of them known after the warm-up: the
   users' table in memory does not grow); after `--rss-warmup` updates, at checkpoints over
   `--rss-updates` more updates of the mix (new texts), after a gc: RSS, its anonymous part, what
   glibc's malloc holds in use and keeps free (mallinfo2), Python's small blocks and gc-tracked
   objects; at the end, RSS after malloc_trim(0) (what of it was freed memory kept by malloc).
   The echo bot runs the same updates (all questions) beside it. `--tracemalloc` starts tracing
   after the warm-up: "allocated since, alive" is then what accumulated, and the allocation sites
   that grew most are listed (slower: the rates then mean nothing).

What it does not measure: Telegram's own latency variation, packet loss or TLS (the fake answers
after a fixed delay over plain HTTP on loopback, the delay on the answer: a reply is recorded when
its request arrives, so one real network round trip is not in the latencies); webhook mode;
uploads of documents, /ics, inline queries, organisers' commands and /reload; reminders and
broadcasts running during the load (bench/reminders.py and bench/broadcast.py); the fake's own CPU
(another process); more than one bot process; cold start. The 1 msg/s per-chat pace is kept
everywhere, so one user's updates/s is not the bot's capacity. The machine is shared: the load
average is printed at the start and the end. Prints figures only; nothing fails. Default run:
about three minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import faulthandler
import gc
import importlib.metadata
import json
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _common import (  # first: puts the repository on sys.path
    ROOT,
    TOKEN,
    RemoteFake,
    bot_config,
    conference_clock,
    describe_checkout,
    load_mechelen,
    machine_load,
    median,
    memory_breakdown,
    percentile,
    production_logging,
    rss_kib,
    table,
    update_processor,
    verdict,
)

SEED = 2017
START = "2017-11-16T12:10:00+01:00"  # Thursday, lunch; the clock moves from here
LATENCY = 0.040
LIFTED = 10_000.0  # SEND_RATE for a bot allowed more than Telegram's 30 msg/s
FIRST_USER = 100_000
LANGUAGE_CODES = ("fr", "en", "es", "en", "fr", "de", "nl")
MIX = {"text": 45, "now": 10, "next": 10, "star": 15, "open": 5, "mine": 10, "start": 5}
NOW_ARGS = ((), (), ("herten", "aas"), ("scala",), ("auditorium",), ("alcazar",))
NEXT_ARGS = (("alcazar",), ("scala",), ("dijlezaal",), ("herten", "aas"), ("auditorium",), ("alcazr",))
BURST = 6
CHILD_TIMEOUT_S = 900

GOAL_CAPACITY = 300.0
GOAL_PACED = 80.0
GOAL_PACED_P95 = 0.5
GOAL_BUDGET_SHARE = 0.95
GOAL_HOL = 0.3
GOAL_CPU_RATIO = 0.60
GOAL_RSS_MIB = 5.0


# -- in the children ------------------------------------------------------------------------------


class Mix:
    """Update specs for the fake's process: (kind, user, language, argument, tag)."""

    def __init__(self, loaded: Any, users: int, *, echo: bool) -> None:
        from bot.programme.current import short_id

        self.rng = random.Random(SEED)
        self.echo = echo
        sessions = loaded.programme.sessions
        first_day = min(s.start.date() for s in sessions)
        self.star_keys = [short_id(s.id) for s in sessions if s.start.date() > first_day]
        self.open_keys = [short_id(s.id) for s in sessions]
        self.users = [(FIRST_USER + i, LANGUAGE_CODES[i % len(LANGUAGE_CODES)]) for i in range(users)]
        self.kinds, self.weights = zip(*MIX.items(), strict=True)

    def user(self, index: int) -> tuple[int, str]:
        return self.users[index % len(self.users)]

    def question(self, index: int, tag: str = "text") -> tuple[Any, ...]:
        user, language = self.user(index)
        return ("text", user, language, None, tag)

    def update(self, index: int, kind: str | None = None) -> tuple[Any, ...]:
        user, language = self.user(index)
        if self.echo:
            return ("text", user, language, None, "text")
        kind = kind or self.rng.choices(self.kinds, self.weights)[0]
        if kind == "text":
            return ("text", user, language, None, kind)
        if kind in ("now", "next"):
            words = self.rng.choice(NOW_ARGS if kind == "now" else NEXT_ARGS)
            return ("cmd", user, language, [kind, *words], kind)
        if kind in ("mine", "start"):
            return ("cmd", user, language, [kind], kind)
        if kind == "star":
            return ("button", user, language, f"st|{self.rng.choice(self.star_keys)}", kind)
        return ("button", user, language, f"o|{self.rng.choice(self.open_keys)}", kind)

    def batch(self, first: int, count: int) -> list[tuple[Any, ...]]:
        return [self.update(first + i) for i in range(count)]

    def starts(self) -> list[tuple[Any, ...]]:
        return [("cmd", user, language, ["start"], "first contact") for user, language in self.users]


class EchoBot:
    """The yardstick: reply_text(text), on the bot's transport and update processor."""

    def __init__(self, url: str) -> None:
        from telegram import Update
        from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

        from bot.delivery.http import AiohttpRequest

        async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            assert update.message is not None and update.message.text is not None
            await update.message.reply_text(update.message.text)

        builder = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(f"{url}/bot")
            .base_file_url(f"{url}/file/bot")
            .request(AiohttpRequest())
            .get_updates_request(AiohttpRequest())
        )
        try:
            from bot.updates.processor import ChatLanes
        except ImportError:
            pass  # an older version: PTB's default, as that version's bot
        else:
            builder = builder.concurrent_updates(ChatLanes())
        self.application = builder.build()
        self.application.add_handler(MessageHandler(filters.TEXT, echo))

    async def start(self) -> EchoBot:
        application = self.application
        await application.initialize()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        await application.start()
        return self

    async def stop(self) -> None:
        application = self.application
        assert application.updater is not None
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def start_bot(kind: str, fake: RemoteFake, folder: str, loaded: Any, **settings: Any) -> Any:
    if kind == "echo":
        return await EchoBot(fake.url).start()
    from tests.e2e.harness import RunningBot

    config = bot_config(fake, Path(folder) / "bot.sqlite3", **settings)
    return await RunningBot(fake, config, conference_clock(START), loaded).start()  # type: ignore[arg-type]


def latencies(rows: list[list[Any]]) -> list[float]:
    return [row[4] - row[3] for row in rows if row[4] is not None]


def summary(rows: list[list[Any]]) -> dict[str, Any]:
    """Updates/s from the first push to the last reply, and latency figures."""
    answered = [row for row in rows if row[4] is not None]
    values = latencies(rows)
    if not answered:
        return {"pushed": len(rows), "answered": 0}
    elapsed = max(row[4] for row in answered) - min(row[3] for row in rows)
    return {
        "pushed": len(rows),
        "answered": len(answered),
        "elapsed": elapsed,
        "rate": len(answered) / elapsed if elapsed > 0 else float("nan"),
        "p50": median(values),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values),
        "push_span": max(row[3] for row in rows) - min(row[3] for row in rows),
    }


async def run_batch(fake: RemoteFake, specs: list[tuple[Any, ...]], timeout: float) -> dict[str, Any]:
    """Push at once, wait for every reply; CPU of this (the event-loop) thread and of the process."""
    cpu, process = time.thread_time(), time.process_time()
    start, end = await fake.acall("push", specs)
    await fake.wait_answered(start, end, timeout)
    cpu, process = time.thread_time() - cpu, time.process_time() - process
    rows = await fake.acall("results", start, end)
    result = summary(rows)
    result["cpu_ms"] = cpu * 1000 / len(specs)
    result["process_ms"] = process * 1000 / len(specs)
    by_kind: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row[4] is not None:
            by_kind[row[2]].append(row[4] - row[3])
    result["by_kind"] = {kind: [len(v), median(v), percentile(v, 95)] for kind, v in by_kind.items()}
    return result


class TypedAnswers:
    """Counts how many typed questions bot.answers.reply answered from the answers it keeps for their
    minute (MinuteCache `_typed`, or the older lru_cache `_respond_in_minute`); None when neither."""

    def __init__(self) -> None:
        import importlib

        module = importlib.import_module("bot.answers.reply")
        self.hits = self.misses = 0
        self.kind: str | None = None
        typed = getattr(module, "_typed", None)
        lru = getattr(module, "_respond_in_minute", None)
        if typed is not None and hasattr(typed, "_replies") and hasattr(typed, "_minute"):
            original = typed.get

            def get(minute: int, key: Any, make: Any) -> Any:
                if minute == typed._minute and key in typed._replies:
                    self.hits += 1
                else:
                    self.misses += 1
                return original(minute, key, make)

            typed.get = get
            self.kind = "minute"
        elif lru is not None and hasattr(lru, "cache_info"):
            self.lru = lru
            self.kind = "lru"

    def counts(self) -> tuple[int, int] | None:
        if self.kind == "minute":
            return self.hits, self.misses
        if self.kind == "lru":
            info = self.lru.cache_info()
            return info.hits, info.misses
        return None


async def child_cpu(args: argparse.Namespace, kind: str, folder: str, log_path: str) -> dict[str, Any]:
    loaded = load_mechelen()
    users = args.cpu_updates
    mix = Mix(loaded, users, echo=kind == "echo")
    typed = TypedAnswers() if kind == "ours" else None
    fake = RemoteFake(latency=0.0)
    try:
        bot = await start_bot(kind, fake, folder, loaded, send_per_second=LIFTED)
        try:
            if kind == "ours":
                await run_batch(fake, mix.starts(), 300)
            await run_batch(fake, mix.batch(0, args.warmup), 300)
            await asyncio.sleep(1.1)  # the per-chat pace of the warm-up's users has passed
            before = typed.counts() if typed else None
            gc.collect()
            calls = (await fake.acall("counters"))["methods"]
            profiler = cProfile.Profile() if args.profile else None
            if profiler is not None:
                profiler.enable()
            result = await run_batch(fake, mix.batch(args.warmup, args.cpu_updates), args.timeout)
            if profiler is not None:
                profiler.disable()
                result["profile"] = profile_summary(profiler, args.cpu_updates)
            after = typed.counts() if typed else None
            result["cache"] = (
                [a - b for a, b in zip(after, before, strict=True)] if after and before else None
            )
            result["counters"] = await fake.acall("counters")
            after = result["counters"]["methods"]
            result["calls"] = {k: v - calls.get(k, 0) for k, v in after.items() if v - calls.get(k, 0)}
        finally:
            await bot.stop()
    finally:
        fake.close()
    return result


async def hol_trials(fake: RemoteFake, mix: Mix, first: int, trials: int) -> dict[str, Any]:
    """A chat sends BURST messages at once, another user one message right after; each trial is
    waited out (the burst is paced at 1 msg/s in its chat) before the next."""
    others: list[float] = []
    burst_last: list[float] = []
    unanswered = 0
    for trial in range(trials):
        burster, language = mix.user(first + 2 * trial)
        specs = [("text", burster, language, None, "burst") for _ in range(BURST)]
        specs.append(mix.question(first + 2 * trial + 1, "other"))
        start, end = await fake.acall("push", specs)
        await fake.wait_answered(start, end, 60)
        rows = await fake.acall("results", start, end)
        other = rows[-1]
        if other[4] is None:
            unanswered += 1
        else:
            others.append(other[4] - other[3])
        done = [row[4] - row[3] for row in rows[:-1] if row[4] is not None]
        if done:
            burst_last.append(max(done))
        await asyncio.sleep(1.1)
    return {
        "others": others,
        "unanswered": unanswered,
        "burst_last": burst_last,
    }


async def child_latency(args: argparse.Namespace, kind: str, folder: str, log_path: str) -> dict[str, Any]:
    loaded = load_mechelen()
    paced_count = int(args.paced_rate * args.paced_seconds)
    users = args.capacity_updates + paced_count + 2 * args.hol_trials + args.warmup
    mix = Mix(loaded, users, echo=kind == "echo")
    fake = RemoteFake(latency=LATENCY)
    result: dict[str, Any] = {}
    try:
        bot = await start_bot(kind, fake, folder, loaded, send_per_second=LIFTED)
        try:
            if kind == "ours":
                await fake.acall("push", mix.starts())
                result["starts"] = await run_first_contacts(fake, args.timeout)
            await run_batch(fake, mix.batch(0, args.warmup), args.timeout)
            await asyncio.sleep(1.1)
            cursor = args.warmup
            result["capacity"] = await run_batch(fake, mix.batch(cursor, args.capacity_updates), args.timeout)
            cursor += args.capacity_updates
            await asyncio.sleep(1.1)
            specs = mix.batch(cursor, paced_count)
            cursor += paced_count
            start = await fake.acall("pace", specs, args.paced_rate)
            while await fake.acall("pacing"):
                await asyncio.sleep(0.1)
            await fake.wait_answered(start, start + len(specs), args.timeout)
            rows = await fake.acall("results", start, start + len(specs))
            result["paced"] = summary(rows)
            result["paced"]["offered"] = len(rows) / result["paced"]["push_span"] if len(rows) > 1 else 0
            await asyncio.sleep(1.1)
            result["hol"] = await hol_trials(fake, mix, cursor, args.hol_trials)
            result["counters"] = await fake.acall("counters")
        finally:
            await bot.stop()
    finally:
        fake.close()
    return result


async def run_first_contacts(fake: RemoteFake, timeout: float) -> dict[str, Any]:
    """Wait for every /start pushed so far to be answered (first contacts: the welcome messages
    buttons are pressed on)."""
    _, pushed = await fake.acall("progress")
    await fake.wait_answered(0, pushed, timeout)
    rows = await fake.acall("results", 0, pushed)
    await asyncio.sleep(1.1)
    return summary(rows)


def max_in_window(times: list[float], window: float = 1.0) -> int:
    """The most of these instants (sorted) within any `window` seconds."""
    best, low = 0, 0
    for high, at in enumerate(times):
        while at - times[low] >= window:
            low += 1
        best = max(best, high - low + 1)
    return best


def per_chat_max(sends: list[tuple[float, int, bool, int | None, bool]]) -> tuple[int, int]:
    """(most sends one chat received within any one second, that chat)."""
    by_chat: dict[int, list[float]] = defaultdict(list)
    for at, chat, ok, _, _ in sends:
        if ok:
            by_chat[chat].append(at)
    best, who = 0, 0
    for chat, times in by_chat.items():
        times.sort()
        low = 0
        for high, at in enumerate(times):
            while at - times[low] >= 1.0:
                low += 1
            if high - low + 1 > best:
                best, who = high - low + 1, chat
    return best, who


async def child_budget(args: argparse.Namespace, kind: str, folder: str, log_path: str) -> dict[str, Any]:
    loaded = load_mechelen()
    count = int(args.budget_rate * args.budget_seconds)
    mix = Mix(loaded, count + 1, echo=False)
    flooder, flood_language = mix.user(count)
    flood_rate = 4.0
    fake = RemoteFake(latency=LATENCY, enforce_rate_limits=True, global_per_second=30, per_chat_per_second=1)
    try:
        bot = await start_bot("ours", fake, folder, loaded)  # Config's default SEND_RATE: 30/s
        try:
            began = await fake.acall("now")
            # The attendees' questions, and among them a chat writing 4 messages a second.
            specs = [mix.question(i) for i in range(count)]
            every = max(1, round(args.budget_rate / flood_rate))
            flood_specs = []
            merged = []
            for i, spec in enumerate(specs):
                merged.append(spec)
                if i % every == every - 1:
                    merged.append(("text", flooder, flood_language, None, "flood"))
                    flood_specs.append(i)
            rate = args.budget_rate * len(merged) / len(specs)
            start = await fake.acall("pace", merged, rate)
            while await fake.acall("pacing"):
                await asyncio.sleep(0.1)
            deadline = time.monotonic() + args.timeout
            while time.monotonic() < deadline:
                rows = await fake.acall("results", start, start + len(merged))
                if all(row[4] is not None for row in rows if row[2] != "flood"):
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(2.0)  # the flooding chat's last answers
            rows = await fake.acall("results", start, start + len(merged))
            sends = await fake.acall("sends_since", began)
            counters = await fake.acall("counters")
        finally:
            await bot.stop()
    finally:
        fake.close()
    normal = [row for row in rows if row[2] != "flood"]
    flood = [row for row in rows if row[2] == "flood"]
    ok = sorted(at for at, _, good, _, _ in sends if good)
    first_push = min(row[3] for row in rows)
    # The backlogged window: from 2 s after the first question to 1 s before the last send.
    window = (first_push + 2.0, (ok[-1] - 1.0) if ok else first_push)
    in_window = [at for at in ok if window[0] <= at <= window[1]]
    span = window[1] - window[0]
    flood_sends = sorted(at for at, chat, good, _, _ in sends if good and chat == flooder)
    flood_span = (flood_sends[-1] - flood_sends[0]) if len(flood_sends) > 1 else float("nan")
    most, who = per_chat_max(sends)
    busiest = max_in_window(ok)
    return {
        "offered": args.budget_rate,
        "questions": len(normal),
        "answered": sum(1 for row in normal if row[4] is not None),
        "latency": summary(normal),
        "window_s": span,
        "rate": len(in_window) / span if span > 0 else float("nan"),
        "replies_share": sum(1 for _, _, good, _, matched in sends if good and matched) / max(1, len(ok)),
        "too_many": sum(1 for _, _, good, code, _ in sends if code == 429),
        "busiest_second": busiest,
        "per_chat_max": most,
        "per_chat_max_chat": "the flooding chat" if who == flooder else f"user {who}",
        "flood_pushed": len(flood),
        "flood_answered": sum(1 for row in flood if row[4] is not None),
        "flood_received": len(flood_sends),
        "flood_rate": (len(flood_sends) - 1) / flood_span if flood_span == flood_span and flood_span else 0.0,
        "counters": counters,
    }


async def child_memory(args: argparse.Namespace, kind: str, folder: str, log_path: str) -> dict[str, Any]:
    import tracemalloc

    loaded = load_mechelen()
    users = 2_000
    mix = Mix(loaded, users, echo=kind == "echo")
    typed = TypedAnswers()
    fake = RemoteFake(latency=0.0)
    checkpoints: list[tuple[int, dict[str, int], float]] = []
    top: list[list[Any]] = []
    try:
        bot = await start_bot(kind, fake, folder, loaded, send_per_second=LIFTED)
        try:
            if kind == "ours":
                await run_batch(fake, mix.starts(), args.timeout)
            chunk = 1_000
            done = 0
            began = time.monotonic()

            async def feed(count: int) -> None:
                nonlocal done
                while count > 0:
                    size = min(chunk, count)
                    # Users in turn: each user's previous update was a chunk ago (≥ 1 s at this pace).
                    await run_batch(fake, mix.batch(done, size), args.timeout)
                    await fake.acall("trim")
                    done += size
                    count -= size

            await feed(args.rss_warmup)
            first_snapshot = None
            if args.tracemalloc:
                # From here on: what is allocated and still alive at a checkpoint is what accumulated.
                tracemalloc.start(1)
                first_snapshot = tracemalloc.take_snapshot()
            gc.collect()
            checkpoints.append((done, breakdown(), time.monotonic() - began))
            step = max(chunk, args.rss_updates // 10)
            remaining = args.rss_updates
            while remaining > 0:
                await feed(min(step, remaining))
                remaining -= min(step, remaining)
                gc.collect()
                checkpoints.append((done, breakdown(), time.monotonic() - began))
            if first_snapshot is not None:
                last = tracemalloc.take_snapshot()
                filters = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<*")]
                stats = last.filter_traces(filters).compare_to(
                    first_snapshot.filter_traces(filters), "lineno"
                )
                for stat in stats[:15]:
                    frame = stat.traceback[0]
                    top.append(
                        [short_path(frame.filename), frame.lineno, stat.size_diff, stat.count_diff, stat.size]
                    )
                tracemalloc.stop()
            trimmed = trimmed_rss()
            svc = getattr(bot, "services", None)
            sizes = {}
            if svc is not None:
                sizes["users"] = len(svc.users)
                sizes["stars"] = svc.stars.count()
            cache = typed.counts()
        finally:
            await bot.stop()
    finally:
        fake.close()
    return {
        "checkpoints": checkpoints,
        "trimmed": trimmed,
        "top": top,
        "sizes": sizes,
        "cache": cache,
        "users": users,
    }


PACKAGES = {
    "bot": "ours: bot/, handlers/",
    "handlers": "ours: bot/, handlers/",
    "telegram": "telegram (PTB)",
    "aiohttp": "aiohttp, yarl, multidict",
    "yarl": "aiohttp, yarl, multidict",
    "multidict": "aiohttp, yarl, multidict",
    "asyncio": "asyncio",
    "logging": "logging",
    "json": "json",
    "aiosqlite": "aiosqlite (loop side)",
    "~": "C functions (socket, select, str, dict...)",
    "bench": "this benchmark (waiting for replies)",
}


def profile_summary(profiler: cProfile.Profile, updates: int) -> dict[str, Any]:
    """Own time by package and the top functions (ms per update), event-loop thread only."""
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    groups: Counter[str] = Counter()
    functions = []
    for (filename, line, name), (_, calls, own, cumulative, _) in stats.items():
        where = short_path(filename)
        top = where.split("/", 1)[0].removesuffix(".py")
        group = "idle: waiting in epoll" if "epoll" in name else PACKAGES.get(top, top)
        groups[group] += own * 1000 / updates
        functions.append(
            [own * 1000 / updates, cumulative * 1000 / updates, calls / updates, f"{where}:{line}({name})"]
        )
    ours = sorted((f for f in functions if f[3].startswith(("bot/", "handlers/"))), key=lambda f: -f[1])[:15]
    functions.sort(key=lambda f: -f[0])
    return {"groups": dict(groups.most_common(14)), "own": functions[:15], "ours": ours}


def trimmed_rss() -> int:
    """RSS (KiB) once glibc has given back to the system the free memory it can (malloc_trim(0)):
    what of the resident memory was freed memory kept by the allocator. 0 without glibc."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return 0
    return rss_kib()


def breakdown() -> dict[str, int]:
    import tracemalloc

    figures = memory_breakdown()
    figures["gc_objects"] = len(gc.get_objects())
    if tracemalloc.is_tracing():
        figures["traced"] = tracemalloc.get_traced_memory()[0] // 1024
    return figures


def short_path(filename: str) -> str:
    for prefix in ("site-packages/", str(ROOT) + "/", f"python{sys.version_info[0]}.{sys.version_info[1]}/"):
        if prefix in filename:
            return filename.split(prefix, 1)[1]
    return filename


def child(args: argparse.Namespace) -> None:
    # A child that hangs says where (every thread's stack on stderr) and ends, rather than wait.
    faulthandler.dump_traceback_later(CHILD_TIMEOUT_S - 60, exit=True)
    kind, _, bot = args.child.partition(":")
    with tempfile.TemporaryDirectory() as folder:
        log_path = str(Path(folder) / "bot.log")
        log = production_logging(log_path)
        runner = {"cpu": child_cpu, "latency": child_latency, "budget": child_budget, "memory": child_memory}
        result = asyncio.run(runner[kind](args, bot, folder, log_path))
        logging_shutdown()
        if args.keep_log:  # for looking into what went wrong
            shutil.copy(log_path, args.keep_log)
        result["log"] = {
            "counts": dict(log.counts),
            "first": log.first,
            "lines": len(Path(log_path).read_text(encoding="utf-8").splitlines()),
        }
    print(json.dumps(result))


def logging_shutdown() -> None:
    import logging

    logging.shutdown()


# -- in the parent --------------------------------------------------------------------------------


def spawn(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, *args.passed]
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, timeout=CHILD_TIMEOUT_S, check=False
    )
    if done.returncode != 0 or not done.stdout.strip():
        return {"failed": f"exit {done.returncode}: {done.stderr.strip()[-2000:]}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def ms(value: float) -> str:
    return "n/a" if value != value else f"{value * 1000:.0f} ms"


def logged(result: dict[str, Any], updates: int) -> str:
    log = result.get("log", {})
    counts = log.get("counts", {})
    lines = log.get("lines", 0)
    text = f"log of the whole child (first contacts and warm-up too): {lines:,} lines, {dict(counts)}"
    if log.get("first"):
        text += f"; e.g. {log['first'][:2]}"
    return text


def cache_line(cache: list[int] | None) -> str:
    if not cache:
        return "answers kept for the minute: not measured (no cache this benchmark knows)"
    hits, misses = cache
    return f"typed questions answered from the answers kept for the minute: {hits} of {hits + misses}"


def print_cpu(args: argparse.Namespace) -> None:
    print(
        f"1. CPU per update, zero latency, SEND_RATE {LIFTED:,.0f} ({args.cpu_updates} updates, "
        f"{args.repeats} runs of each, alternating)"
    )
    runs: dict[str, list[dict[str, Any]]] = {"echo": [], "ours": []}
    for _ in range(args.repeats):
        for bot in ("echo", "ours"):
            runs[bot].append(spawn(f"cpu:{bot}", args))
    rows = []
    for bot, results in runs.items():
        good = [r for r in results if "failed" not in r]
        for r in results:
            if "failed" in r:
                print(f"  {bot} failed: {r['failed']}")
        if not good:
            continue
        rows.append(
            (
                "echo bot (same transport, same processor)" if bot == "echo" else "our bot (mix)",
                " ".join(f"{r['rate']:.0f}" for r in good),
                f"{median([r['rate'] for r in good]):.0f}",
                f"{median([r['cpu_ms'] for r in good]):.3f}",
                f"{median([r['process_ms'] for r in good]):.3f}",
                f"{median([r['answered'] / r['pushed'] for r in good]):.1%}",
            )
        )
    print(
        table(
            ("bot", "updates/s per run", "median", "loop CPU ms/upd", "process CPU ms/upd", "answered"), rows
        )
    )
    echo = [r for r in runs["echo"] if "failed" not in r]
    ours = [r for r in runs["ours"] if "failed" not in r]
    if echo and ours:
        cpu_ratio = median([r["cpu_ms"] for r in echo]) / median([r["cpu_ms"] for r in ours])
        process_ratio = median([r["process_ms"] for r in echo]) / median([r["process_ms"] for r in ours])
        rate_ratio = median([r["rate"] for r in ours]) / median([r["rate"] for r in echo])
        print(
            f"  same-transport CPU ratio (echo CPU / our CPU per update, event-loop thread): {cpu_ratio:.1%} "
            f"(goal ≥ {GOAL_CPU_RATIO:.0%}: {verdict(cpu_ratio, GOAL_CPU_RATIO, at_least=True)}); "
            f"whole process: {process_ratio:.1%}; updates/s ratio: {rate_ratio:.1%}"
        )
        last = ours[-1]
        print(
            f"  {cache_line(last['cache'])} (the maker avoided {last['counters']['repeats_avoided']} repeats)"
        )
        per = {k: v / last["pushed"] for k, v in last["calls"].items()}
        print("  API calls per update, ours: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(per.items())))
        print("  " + logged(last, last["pushed"]))
        if "profile" in last and "profile" in echo[-1]:
            print_profile(echo[-1]["profile"], last["profile"])
    print()


def print_profile(echo: dict[str, Any], ours: dict[str, Any]) -> None:
    print("  cProfile of the timed batch, event-loop thread, ms per update (own time by package):")
    names = sorted(set(echo["groups"]) | set(ours["groups"]), key=lambda n: -ours["groups"].get(n, 0.0))
    rows = [(n, f"{echo['groups'].get(n, 0.0):.3f}", f"{ours['groups'].get(n, 0.0):.3f}") for n in names]
    print(table(("package", "echo", "ours"), rows))
    for title, key in (
        ("ours, top functions by own time:", "own"),
        ("ours, bot/ and handlers/ by cumulative time:", "ours"),
    ):
        print("  " + title)
        print(
            table(
                ("function", "own ms/upd", "cum ms/upd", "calls/upd"),
                [(where, f"{own:.3f}", f"{cum:.3f}", f"{calls:.1f}") for own, cum, calls, where in ours[key]],
            )
        )


def print_latency(args: argparse.Namespace, results: dict[str, dict[str, Any]]) -> None:
    print(
        f"2. Latency mode: {LATENCY * 1000:.0f} ms per Bot API call, SEND_RATE {LIFTED:,.0f} "
        "(1 msg/s per chat kept)"
    )
    rows = []
    for bot, result in results.items():
        if "failed" in result:
            print(f"  {bot} failed: {result['failed']}")
            continue
        cap, paced = result["capacity"], result["paced"]
        rows.append(
            (
                f"{bot}: burst of {cap['pushed']}",
                f"{cap.get('rate', float('nan')):.0f}",
                ms(cap.get("p50", float("nan"))),
                ms(cap.get("p95", float("nan"))),
                ms(cap.get("max", float("nan"))),
                f"{cap['answered']}/{cap['pushed']}",
            )
        )
        rows.append(
            (
                f"{bot}: paced {paced.get('offered', 0):.0f}/s × {args.paced_seconds:g} s",
                f"{paced.get('rate', float('nan')):.0f}",
                ms(paced.get("p50", float("nan"))),
                ms(paced.get("p95", float("nan"))),
                ms(paced.get("max", float("nan"))),
                f"{paced['answered']}/{paced['pushed']}",
            )
        )
    print(table(("run", "updates/s", "p50 reply", "p95 reply", "max", "answered"), rows))
    print(
        "  (a reply is recorded when its request reaches the fake, whose 40 ms are spent on the answer: a "
        "reply that is its handler's first call shows none of them, each call before it adds 40 ms)"
    )
    ours = results.get("ours", {})
    if "capacity" in ours:
        cap, paced = ours["capacity"], ours["paced"]
        print(
            f"  capacity ≥ {GOAL_CAPACITY:.0f} updates/s: {cap.get('rate', float('nan')):.0f} "
            f"({verdict(cap.get('rate', float('nan')), GOAL_CAPACITY, at_least=True)}); "
            f"p95 ≤ {GOAL_PACED_P95} s at {GOAL_PACED:.0f}/s: {paced.get('p95', float('nan')):.3f} s "
            f"({verdict(paced.get('p95', float('nan')), GOAL_PACED_P95)}"
            + ("" if abs(args.paced_rate - GOAL_PACED) < 1 else f"; paced at {args.paced_rate:g}/s, not 80")
            + ")"
        )
        by_kind = cap.get("by_kind", {})
        print(
            "  burst latency by kind (n, p50, p95): "
            + "; ".join(f"{k} {v[0]} {ms(v[1])} {ms(v[2])}" for k, v in sorted(by_kind.items()))
        )
        if "starts" in ours:
            starts = ours["starts"]
            print(
                f"  first contacts (/start from {starts['pushed']} new users at once): "
                f"{starts.get('rate', float('nan')):.0f} updates/s, p95 {ms(starts.get('p95', float('nan')))}"
            )
    for bot, result in results.items():
        hol = result.get("hol")
        if not hol:
            continue
        others = hol["others"]
        print(
            f"  head-of-line, {bot}: another user's reply while one chat bursts {BURST} messages: "
            f"p50 {ms(median(others))}, max {ms(max(others) if others else float('nan'))} over "
            f"{len(others)} trials ({hol['unanswered']} unanswered); the burst's last reply after "
            f"{ms(median(hol['burst_last']))} (its own 1 msg/s pace)"
            + (
                f" — goal ≤ {GOAL_HOL} s: {verdict(max(others) if others else float('nan'), GOAL_HOL)}"
                if bot == "ours"
                else ""
            )
        )
    for bot, result in results.items():
        if "counters" in result:
            counters = result["counters"]
            pushed = result["capacity"]["pushed"] + result["paced"]["pushed"]
            print(
                f"  {bot}: {logged(result, pushed)}; replies not matched to an update "
                f"(second parts, notices): {counters['extra_replies']}"
            )
    print()


def print_budget(args: argparse.Namespace, result: dict[str, Any]) -> None:
    print(
        f"3. Telegram's budget: 30 msg/s (SEND_RATE default), {LATENCY * 1000:.0f} ms per call, the fake "
        f"answering 429 over 30/s or over 1/s per chat; {args.budget_rate:g} questions/s from new users "
        f"for {args.budget_seconds:g} s, and one chat writing 4 messages/s"
    )
    if "failed" in result:
        print(f"  failed: {result['failed']}\n")
        return
    latency = result["latency"]
    share = result["rate"] / 30
    print(
        f"  sent {result['rate']:.2f} msg/s over the backlogged {result['window_s']:.1f} s = {share:.1%} of "
        f"30/s (goal ≥ {GOAL_BUDGET_SHARE:.0%}: {verdict(share, GOAL_BUDGET_SHARE, at_least=True)}); "
        f"replies {result['replies_share']:.1%} of the sends; the busiest second held "
        f"{result['busiest_second']} sends (as the fake counts them, on arrival)"
    )
    print(
        f"  most messages one chat got within one second: {result['per_chat_max']} "
        f"({result['per_chat_max_chat']}; goal ≤ 1: {verdict(result['per_chat_max'], 1)}); 429 answers: "
        f"{result['too_many']}; limit violations seen by the fake: {result['counters']['violations']}"
    )
    print(
        f"  the flooding chat: {result['flood_pushed']} messages, {result['flood_answered']} answered, "
        f"{result['flood_received']} messages received at {result['flood_rate']:.2f}/s"
    )
    print(
        f"  questions answered {result['answered']}/{result['questions']}; latency under this overload "
        f"(demand {args.budget_rate:g}/s > 30/s, so it grows while the backlog lasts): "
        f"p50 {ms(latency.get('p50', float('nan')))}, p95 {ms(latency.get('p95', float('nan')))}"
    )
    print("  " + logged(result, result["questions"] + result["flood_pushed"]))
    print()


def print_memory(args: argparse.Namespace, result: dict[str, Any], echo: dict[str, Any]) -> None:
    print(
        f"4. Memory: {result.get('users', 0):,} users, zero latency, the mix with new texts; "
        f"{args.rss_warmup:,} updates of warm-up, then {args.rss_updates:,}"
        + (" (under tracemalloc)" if args.tracemalloc else "")
    )
    if "failed" in result:
        print(f"  failed: {result['failed']}\n")
        return
    points = result["checkpoints"]
    base = points[0][1]
    columns = [
        ("rss", "RSS"),
        ("anon", "anonymous"),
        ("malloc_used", "malloc in use"),
        ("malloc_free", "malloc free"),
        ("traced", "allocated since, alive"),
    ]
    columns = [(key, title) for key, title in columns if key in base]
    rows = []
    for done, figures, at in points:
        cells = [f"{done:,}"]
        cells += [
            f"{figures[key] / 1024:.1f} ({(figures[key] - base[key]) / 1024:+.1f})" for key, _ in columns
        ]
        cells.append(f"{figures['py_blocks'] - base['py_blocks']:+,}")
        cells.append(f"{figures['gc_objects'] - base['gc_objects']:+,}")
        cells.append(f"{at:.0f} s")
        rows.append(cells)
    print(
        "  MiB after a gc (change since the warm-up); Python's small blocks and gc-tracked objects, change:"
    )
    titles = ["updates", *(title for _, title in columns), "py blocks", "gc objects", "time"]
    print("  " + table(titles, rows).replace("\n", "\n  "))
    growth = (points[-1][1]["rss"] - base["rss"]) / 1024
    measured = points[-1][0] - points[0][0]
    half = next((p for p in points if p[0] - points[0][0] >= measured / 2), points[-1])
    late = (points[-1][1]["rss"] - half[1]["rss"]) / 1024
    print(
        f"  RSS growth after warm-up: {growth:+.1f} MiB over {measured:,} updates, {late:+.1f} MiB over the "
        f"last {points[-1][0] - half[0]:,} (goal ≤ {GOAL_RSS_MIB:g} MiB over 100,000: "
        f"{verdict(growth * 100_000 / max(1, measured), GOAL_RSS_MIB)}"
        + ("" if measured >= 100_000 else ", extrapolated linearly")
        + ")"
    )
    if result.get("trimmed"):
        print(
            f"  at the end, after malloc_trim(0) (glibc gives back the free memory it kept): RSS "
            f"{result['trimmed'] / 1024:.1f} MiB ({(result['trimmed'] - points[-1][1]['rss']) / 1024:+.1f}), "
            f"{(result['trimmed'] - base['rss']) / 1024:+.1f} since the warm-up"
        )
    if "checkpoints" in echo:
        first, last = echo["checkpoints"][0], echo["checkpoints"][-1]
        print(
            f"  the echo bot (same transport, processor, logging, fake; its updates all questions): RSS "
            f"{first[1]['rss'] / 1024:.1f} → {last[1]['rss'] / 1024:.1f} MiB "
            f"({(last[1]['rss'] - first[1]['rss']) / 1024:+.1f}) over the same {last[0] - first[0]:,} "
            "updates; malloc free "
            f"{(last[1].get('malloc_free', 0) - first[1].get('malloc_free', 0)) / 1024:+.1f} MiB"
        )
    print(f"  {cache_line(result['cache'])}; {result['sizes']}")
    if result["top"]:
        print("  tracemalloc, allocation sites that grew most between the first and last checkpoint:")
        print(
            table(
                ("site", "grew", "blocks", "now"),
                [
                    (f"{path}:{line}", f"{size / 1024:+.0f} KiB", f"{count:+d}", f"{now / 1024:.0f} KiB")
                    for path, line, size, count, now in result["top"]
                ],
            )
        )
    print("  " + logged(result, points[-1][0]))
    print()


def parent(args: argparse.Namespace) -> None:
    total = time.perf_counter()
    versions = ", ".join(f"{n} {importlib.metadata.version(n)}" for n in ("python-telegram-bot", "aiohttp"))
    commit = describe_checkout()
    print(f"Throughput of the bot at {commit or '?'} ({ROOT}): {versions}")
    print(f"update processor: {update_processor()}; transport: bot/delivery/http.py AiohttpRequest")
    print("fake Bot API in its own process; clock moving from " + START + "; logging at INFO to a file")
    print(f"{machine_load()} at the start")
    print()
    only = set(args.only.split(","))
    if "cpu" in only:
        print_cpu(args)
    if "latency" in only:
        results = {bot: spawn(f"latency:{bot}", args) for bot in ("echo", "ours")}
        print_latency(args, results)
    if "budget" in only:
        print_budget(args, spawn("budget:ours", args))
    if "memory" in only:
        echo = spawn("memory:echo", args)
        print_memory(args, spawn("memory:ours", args), echo)
    print(f"{machine_load()} at the end")
    print(f"(benchmark took {time.perf_counter() - total:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="cpu,latency,budget,memory", help="sections, comma-separated")
    parser.add_argument("--repeats", type=int, default=2, help="runs of each bot in the cpu section")
    parser.add_argument("--cpu-updates", type=int, default=2_000, help="timed updates per cpu run")
    parser.add_argument("--warmup", type=int, default=300, help="untimed updates of the mix first")
    parser.add_argument("--capacity-updates", type=int, default=2_000, help="burst in the latency mode")
    parser.add_argument("--paced-rate", type=float, default=GOAL_PACED)
    parser.add_argument("--paced-seconds", type=float, default=15.0)
    parser.add_argument("--hol-trials", type=int, default=5)
    parser.add_argument("--budget-rate", type=float, default=45.0)
    parser.add_argument("--budget-seconds", type=float, default=15.0)
    parser.add_argument("--rss-updates", type=int, default=10_000, help="updates after the warm-up")
    parser.add_argument("--rss-warmup", type=int, default=4_000)
    parser.add_argument("--tracemalloc", action="store_true", help="compare allocation sites (slow)")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the cpu runs (slower: rates then mean nothing)"
    )
    parser.add_argument("--timeout", type=float, default=240.0, help="longest wait for one batch's replies")
    parser.add_argument("--keep-log", help="copy each child's bot log to this file (the last one stays)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.passed = sys.argv[1:]
    if args.child:
        child(args)
    else:
        parent(args)


if __name__ == "__main__":
    main()
