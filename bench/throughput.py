"""Updates per second through the whole stack against a bare PTB echo bot, and memory with 10,000 users.

    .venv/bin/python bench/throughput.py [--updates 2000] [--users 200] [--repeats 3]
        [--rss-users 10000] [--rss-stars 30000] [--profile] [--skip-rss]

Goals (issue): our bot handles ≥ 70 % of the updates/s of a bare python-telegram-bot echo bot; peak
RSS with 10,000 users is reported.

Throughput. Each measurement runs in a child process of its own (a clean heap, nothing of the
other bot imported), with the local fake Bot API server (tests/fakes/bot_api.py) in that process,
serving from its own threads as the harness does in the end-to-end tests:

* echo: an Application with one MessageHandler that answers `reply_text(message.text)`, on
  python-telegram-bot's defaults (httpx): the goal's reference;
* echo on aiohttp: the same echo bot on the transport our bot uses (bot/delivery/http.py), so
  that our own code's cost shows apart from the transport's;
* ours: bot.app.build_application + post_init (the sequence of tests/e2e/harness.py RunningBot,
  a temporary SQLite database, the Mechelen programme, a fixed clock at Thursday 12:10, and
  Config's defaults where the tests' config differs, e.g. the reminder sweep every 5 s, not 20 ms).
  Before timing, every user sends /start (their first contact, written to the database) so that
  buttons can be pressed on the welcome message. The timed mix, drawn with a fixed seed: questions
  typed as text (the ~100 of tests/understand/test_examples.py) 45 %, /now [room] 10 %, /next room
  10 %, ⭐ star/unstar presses on a card 15 %, "open card" presses 5 %, /mine 10 %, /start 5 %.

Each gets a warm-up batch, then `--updates` updates from `--users` users are pushed at once; the
clock runs from the first push to the bot's answer to a last marker update (a message from another
user, pushed last: without concurrent_updates PTB handles updates one after the other, so when
the marker is answered every update before it has been). Children alternate echo, ours, echo on aiohttp, ...
`--repeats` times; the medians are compared. CPU per update is the main (event-loop) thread's CPU
time; the fake's threads are not in it. `--profile` adds one cProfile run of each bot (wall clock of
the event-loop thread; its idle waits in epoll are shown apart), prints their top costs per update,
then times each kind of update of our bot alone.

Memory (unless --skip-rss). One child creates `--rss-users` users through Users.seen and
`--rss-stars` stars through Stars.star on a temporary database (their timing is printed: it is
the rate of first contacts and stars the bot can write). Another child imports the bot, loads the
programme and answers a question (RSS "no users"), then builds the application and opens the store
as post_init does, loading every user and star (RSS and peak RSS, ru_maxrss).

Prints figures only; nothing fails. Takes about a minute (a minute and a quarter with --profile).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import importlib.metadata
import importlib.util
import json
import logging
import pstats
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from _common import ROOT, median, mib, peak_rss_kib, rss_kib, table, verdict  # first: sets sys.path

UPDATES = 2_000
USERS = 200
REPEATS = 3
WARMUP = 200
RSS_USERS = 10_000
RSS_STARS = 30_000
GOAL_RATIO = 0.70
SEED = 2017
TOKEN = "123456:TEST-TOKEN"
FIRST_USER = 10_000
MARKER_USER = 9_999
LANGUAGE_CODES = ("fr", "en", "es", "en", "fr", "de", "nl")
NOW = "2017-11-16T12:10:00+01:00"
MIX = {"text": 45, "now": 10, "next": 10, "star": 15, "open": 5, "mine": 10, "start": 5}
NOW_ARGS = ((), (), ("herten", "aas"), ("scala",), ("auditorium",), ("alcazar",))
NEXT_ARGS = (("alcazar",), ("scala",), ("dijlezaal",), ("herten", "aas"), ("auditorium",), ("alcazr",))
BY_KIND = 300  # with --profile: updates of each kind alone
CHILD_TIMEOUT_S = 300


# -- in the children ------------------------------------------------------------------------------


class CountingHandler(logging.Handler):
    """Counts warnings and errors logged anywhere (PTB and the bot log failed updates)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] += 1
        if len(self.first) < 3:
            self.first.append(f"{record.levelname} {record.name}: {record.getMessage()[:200]}")


def production_settings() -> dict[str, Any]:
    """Config's own defaults for what the tests' config changes (the tests sweep reminders every 20 ms)."""
    from dataclasses import MISSING, fields

    from bot.config import Config

    settings = {f.name: f.default for f in fields(Config) if f.default is not MISSING}
    # The echo bot sends as fast as it can; Telegram's limits (30/s, 1/s per chat) would cap ours
    # at the limit and measure the policy, not the cost of an update: lift them here.
    settings.update(send_per_second=1e6, send_per_chat_per_second=1e6)
    return settings


def question_texts() -> list[str]:
    from tests.understand.test_examples import EXAMPLES

    return [example[0] for example in EXAMPLES]


def users(count: int) -> list[tuple[int, str]]:
    return [(FIRST_USER + i, LANGUAGE_CODES[i % len(LANGUAGE_CODES)]) for i in range(count)]


def marker_user() -> int:
    """A new user for each marker, so that no earlier answer can be taken for this one's."""
    global _markers
    _markers += 1
    return MARKER_USER - _markers


_markers = 0


async def wait_for_marker(api: Any, user: int, since: int, timeout: float = 120.0) -> Any:
    """The first sendMessage to the marker user recorded at index `since` or later."""
    deadline = time.monotonic() + timeout
    scanned = since
    while True:
        calls = api.calls()
        for call in calls[scanned:]:
            if call.method == "sendMessage" and call.params.get("chat_id") == user:
                return call
        scanned = len(calls)
        if time.monotonic() > deadline:
            raise TimeoutError(f"no answer to the marker after {timeout} s ({len(calls) - since} calls)")
        await asyncio.sleep(0.01)


async def timed_batch(
    api: Any, pushes: list[Callable[[], object]], marker: Callable[[int], object], profiler: Any = None
) -> dict[str, Any]:
    """Push the updates then a marker from a new user; done when the marker is answered."""
    user = marker_user()
    since = api.call_count
    if profiler is not None:
        profiler.enable()
    cpu = time.thread_time()
    started = time.monotonic()
    for push in pushes:
        push()
    pushed = time.monotonic()
    marker(user)
    answer = await wait_for_marker(api, user, since)
    cpu = time.thread_time() - cpu
    if profiler is not None:
        profiler.disable()
    calls = api.calls()[since:]
    updates = len(pushes) + 1
    elapsed = answer.at - started
    return {
        "updates": updates,
        "elapsed": elapsed,
        "rate": updates / elapsed,
        "push_s": pushed - started,
        "cpu_ms_per_update": cpu * 1000 / updates,
        "methods": dict(Counter(c.method for c in calls if c.method != "getUpdates")),
        "get_updates": sum(1 for c in calls if c.method == "getUpdates"),
        "failed_calls": [f"{c.method} {c.error_code} {c.description}" for c in calls if not c.ok][:3],
        "failed_count": sum(1 for c in calls if not c.ok),
    }


def short_path(filename: str) -> str:
    for prefix in (
        "site-packages/",
        str(ROOT) + "/",
        f"lib/python{sys.version_info[0]}.{sys.version_info[1]}/",
    ):
        if prefix in filename:
            return filename.split(prefix, 1)[1]
    return filename


IDLE = "idle: waiting in epoll.poll"
PACKAGE_GROUPS = {
    "bot": "ours: bot/, handlers/",
    "handlers": "ours: bot/, handlers/",
    "telegram": "telegram (PTB)",
    "httpx": "httpx, httpcore, h11, anyio, sniffio",
    "httpcore": "httpx, httpcore, h11, anyio, sniffio",
    "h11": "httpx, httpcore, h11, anyio, sniffio",
    "anyio": "httpx, httpcore, h11, anyio, sniffio",
    "sniffio": "httpx, httpcore, h11, anyio, sniffio",
    "asyncio": "asyncio",
    "~": "C functions (socket, select, str, dict...)",
    "tests": "fake Bot API (pushing updates)",
    "bench": "this script (waiting for the marker)",
}


def profile_groups(profiler: cProfile.Profile, updates: int) -> dict[str, float]:
    """Own time (ms/update) by package: where the event-loop thread spends its CPU."""
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    groups: Counter[str] = Counter()
    for (filename, _, name), (_, _, tottime, _, _) in stats.items():
        top = short_path(filename).split("/", 1)[0].removesuffix(".py")
        group = IDLE if "select.epoll" in name else PACKAGE_GROUPS.get(top, top)
        groups[group] += tottime * 1000 / updates
    return dict(groups)


def profile_rows(profiler: cProfile.Profile, updates: int, *, ours_only: bool, key: int) -> list[list[Any]]:
    """Top functions as (ms/update tottime, ms/update cumtime, calls/update, where)."""
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_, ncalls, tottime, cumtime, _) in stats.items():
        where = short_path(filename)
        if ours_only and not where.startswith(("bot/", "handlers/")):
            continue
        rows.append(
            [tottime * 1000 / updates, cumtime * 1000 / updates, ncalls / updates, f"{where}:{line}({name})"]
        )
    rows.sort(key=lambda row: -row[key])
    return rows[:18]


async def run_echo(args: argparse.Namespace) -> dict[str, Any]:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    from tests.fakes import FakeBotApi

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(update.message.text)

    texts = question_texts()
    people = users(args.users)
    rng = random.Random(SEED)
    with FakeBotApi(bot_username="echo_bot") as api:
        builder = ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.base_file_url)
        if args.child == "echo-aiohttp":
            # The echo bot on the transport our bot uses: what is left is our own code's cost.
            from bot.delivery.http import AiohttpRequest

            builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest())
        application = builder.build()
        application.add_handler(MessageHandler(filters.TEXT, echo))
        await application.initialize()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        await application.start()
        try:

            def batch(count: int) -> list[Callable[[], object]]:
                pushes: list[Callable[[], object]] = []
                for i in range(count):
                    user, language = people[i % len(people)]
                    text = rng.choice(texts)
                    pushes.append(
                        lambda u=user, t=text, lang=language: api.send_text(u, t, language_code=lang)
                    )
                return pushes

            marker = lambda user: api.send_text(user, "end")  # noqa: E731
            await timed_batch(api, batch(args.warmup), marker)
            profiler = cProfile.Profile() if args.profile else None
            result = await timed_batch(api, batch(args.updates), marker, profiler)
            if profiler is not None:
                result["profile_tottime"] = profile_rows(profiler, result["updates"], ours_only=False, key=0)
                result["profile_groups"] = profile_groups(profiler, result["updates"])
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
    return result


async def run_ours(args: argparse.Namespace) -> dict[str, Any]:
    from bot.clock import FixedClock
    from bot.config import default_programme_path
    from bot.programme.current import short_id
    from bot.programme.loading import load_programme
    from tests.e2e.harness import RunningBot, make_config
    from tests.fakes import FakeBotApi

    loaded = load_programme(default_programme_path())
    keys = [short_id(session.id) for session in loaded.programme.sessions]
    texts = question_texts()
    people = users(args.users)
    rng = random.Random(SEED)
    kinds, weights = zip(*MIX.items(), strict=True)
    with tempfile.TemporaryDirectory() as tmp, FakeBotApi(bot_username="mechelen_bot") as api:
        bot = RunningBot(
            api,
            make_config(api, Path(tmp) / "bot.sqlite3", **production_settings()),
            FixedClock(datetime.fromisoformat(NOW)),
            loaded,
        )
        await bot.start()
        try:
            marker = lambda user: api.send_command(user, "help")  # noqa: E731
            # First contact of every user: a welcome message to press buttons on.
            since = api.call_count
            await timed_batch(
                api,
                [
                    lambda u=u, lang=lang: api.send_command(u, "start", language_code=lang)
                    for u, lang in people
                ],
                marker,
            )
            welcome: dict[int, int] = {}
            for call in api.calls()[since:]:
                if call.method == "sendMessage" and call.ok:
                    welcome[call.params["chat_id"]] = call.result["message_id"]

            def push(kind: str, user: int, language: str) -> Callable[[], object]:
                if kind == "text":
                    text = rng.choice(texts)
                    return lambda: api.send_text(user, text, language_code=language)
                if kind in ("now", "next"):
                    words = rng.choice(NOW_ARGS if kind == "now" else NEXT_ARGS)
                    return lambda: api.send_command(user, kind, *words, language_code=language)
                if kind in ("mine", "start"):
                    return lambda: api.send_command(user, kind, language_code=language)
                data = f"{'st' if kind == 'star' else 'o'}|{rng.choice(keys)}"
                message = (user, welcome[user])
                return lambda: api.press_button(
                    user, message, data, language_code=language, check_button=False
                )

            def batch(count: int) -> list[Callable[[], object]]:
                drawn = rng.choices(kinds, weights, k=count)
                return [push(kind, *people[i % len(people)]) for i, kind in enumerate(drawn)]

            await timed_batch(api, batch(args.warmup), marker)
            profiler = cProfile.Profile() if args.profile else None
            result = await timed_batch(api, batch(args.updates), marker, profiler)
            if profiler is not None:
                result["profile_tottime"] = profile_rows(profiler, result["updates"], ours_only=False, key=0)
                result["profile_groups"] = profile_groups(profiler, result["updates"])
                result["profile_ours"] = profile_rows(profiler, result["updates"], ours_only=True, key=1)
                # Then each kind of update alone, unprofiled: what one of them costs.
                result["by_kind"] = {}
                for kind in kinds:
                    pushes = [push(kind, *people[i % len(people)]) for i in range(BY_KIND)]
                    result["by_kind"][kind] = await timed_batch(api, pushes, marker)
            result["stars"] = bot.services.stars.count()
        finally:
            await bot.stop()
    return result


async def run_rss_fill(args: argparse.Namespace) -> dict[str, Any]:
    from bot.config import default_programme_path
    from bot.programme.loading import load_programme
    from bot.store.database import open_database
    from bot.store.stars import Stars
    from bot.store.users import Users

    session_ids = [session.id for session in load_programme(default_programme_path()).programme.sessions]
    rng = random.Random(SEED)
    now = datetime.fromisoformat(NOW)
    database = await open_database(args.database)
    try:
        users_store, stars_store = Users(database), Stars(database)
        started = time.perf_counter()
        for i in range(args.rss_users):
            await users_store.seen(FIRST_USER + i, LANGUAGE_CODES[i % 3], now + timedelta(seconds=i))
        users_s = time.perf_counter() - started
        wanted = min(args.rss_stars, args.rss_users * len(session_ids))
        started = time.perf_counter()
        starred = 0
        while starred < wanted:
            user = FIRST_USER + rng.randrange(args.rss_users)
            starred += await stars_store.star(user, rng.choice(session_ids), now)
        stars_s = time.perf_counter() - started
    finally:
        await database.close()
    return {
        "users": args.rss_users,
        "stars": wanted,
        "users_s": users_s,
        "stars_s": stars_s,
        "peak_kib": peak_rss_kib(),
        "db_kib": sum(p.stat().st_size for p in Path(args.database).parent.iterdir()) // 1024,
    }


async def run_rss_load(args: argparse.Namespace) -> dict[str, Any]:
    from bot.answers.reply import respond
    from bot.app import build_application
    from bot.clock import FixedClock
    from bot.config import default_programme_path
    from bot.i18n import check_catalogues
    from bot.programme.loading import load_programme
    from bot.services import Services
    from bot.store.database import open_database
    from tests.e2e.harness import make_config

    now = datetime.fromisoformat(NOW)
    loaded = load_programme(default_programme_path())
    check_catalogues()
    respond("what's on Thursday at 4:15pm", now, loaded.programme)  # index, dateparser, caches
    respond("16 novembre à 13h", now, loaded.programme)
    # The tests' settings (kept in step with Config by their owners); nothing is ever sent.
    api = SimpleNamespace(url="http://127.0.0.1:9")
    config = make_config(api, Path(args.database), **production_settings())  # type: ignore[arg-type]
    application = build_application(config, loaded, FixedClock(now))
    gc.collect()
    before, before_peak = rss_kib(), peak_rss_kib()
    services: Services = application.bot_data["services"]
    started = time.perf_counter()
    await services.open_store(await open_database(config.database))  # what post_init does
    load_s = time.perf_counter() - started
    gc.collect()
    after, peak = rss_kib(), peak_rss_kib()
    counts = (len(services.users), services.stars.count())
    await services.close_store()
    return {
        "before_kib": before,
        "before_peak_kib": before_peak,
        "after_kib": after,
        "peak_kib": peak,
        "load_s": load_s,
        "users": counts[0],
        "stars": counts[1],
    }


def child(args: argparse.Namespace) -> None:
    log = CountingHandler()
    logging.basicConfig(level=logging.WARNING, handlers=[log])
    runner = {
        "echo": run_echo,
        "echo-aiohttp": run_echo,
        "ours": run_ours,
        "rss-fill": run_rss_fill,
        "rss-load": run_rss_load,
    }
    result = asyncio.run(runner[args.child](args))
    result["log"] = {"counts": dict(log.counts), "first": log.first}
    print(json.dumps(result))


# -- in the parent --------------------------------------------------------------------------------


def spawn(kind: str, args: argparse.Namespace, *extra: str) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--updates",
        str(args.updates),
        "--users",
        str(args.users),
        "--warmup",
        str(args.warmup),
        "--rss-users",
        str(args.rss_users),
        "--rss-stars",
        str(args.rss_stars),
        *extra,
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, timeout=CHILD_TIMEOUT_S, check=False
    )
    if done.returncode != 0 or not done.stdout.strip():
        return {"failed": f"exit {done.returncode}: {done.stderr.strip()[-1500:]}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def per_update(methods: dict[str, int], updates: int) -> str:
    return ", ".join(
        f"{name} {count / updates:.2f}" for name, count in sorted(methods.items(), key=lambda kv: -kv[1])
    )


def print_groups(echo: dict[str, float], ours: dict[str, float]) -> None:
    print("own time by package, ms per update (under the profiler; idle: waiting for the fake or sqlite):")
    names = sorted(set(echo) | set(ours), key=lambda name: -ours.get(name, 0.0))
    rows = [
        (
            name,
            f"{echo.get(name, 0.0):.3f}",
            f"{ours.get(name, 0.0):.3f}",
            f"{ours.get(name, 0) - echo.get(name, 0):+.3f}",
        )
        for name in names
        if max(echo.get(name, 0.0), ours.get(name, 0.0)) >= 0.02
    ]
    busy_echo = sum(echo.values()) - echo.get(IDLE, 0.0)
    busy_ours = sum(ours.values()) - ours.get(IDLE, 0.0)
    rows.append(("total but idle", f"{busy_echo:.3f}", f"{busy_ours:.3f}", f"{busy_ours - busy_echo:+.3f}"))
    print(table(("package", "echo", "ours", "ours − echo"), rows))
    print()


def print_profile(title: str, rows: list[list[Any]]) -> None:
    print(title)
    print(
        table(
            ("function", "tottime ms/upd", "cumtime ms/upd", "calls/upd"),
            [(where, f"{tot:.3f}", f"{cum:.3f}", f"{calls:.1f}") for tot, cum, calls, where in rows],
        )
    )
    print()


def parent(args: argparse.Namespace) -> None:
    total = time.perf_counter()
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("python-telegram-bot", "httpx", "httpcore")
    )
    sniffio = "installed" if importlib.util.find_spec("sniffio") else "MISSING (see KNOWN-TRAPS)"
    print(f"Throughput through the local fake Bot API: {versions}; sniffio {sniffio}; concurrent_updates off")
    print(
        f"{args.updates} updates from {args.users} users per run (+{args.warmup} warm-up, +1 marker), "
        f"{args.repeats} runs of each bot, alternating, each in a fresh process"
    )
    print()
    echo_runs: list[dict[str, Any]] = []
    same_transport_runs: list[dict[str, Any]] = []
    ours_runs: list[dict[str, Any]] = []
    for _ in range(args.repeats):
        echo_runs.append(spawn("echo", args))
        ours_runs.append(spawn("ours", args))
        same_transport_runs.append(spawn("echo-aiohttp", args))
    failures = [run["failed"] for run in echo_runs + ours_runs + same_transport_runs if "failed" in run]
    for failure in failures[:2]:
        print(f"a child failed: {failure}\n")
    echo_ok = [run for run in echo_runs if "failed" not in run]
    ours_ok = [run for run in ours_runs if "failed" not in run]
    same_ok = [run for run in same_transport_runs if "failed" not in run]
    rows = []
    for name, runs in (
        ("bare PTB echo bot", echo_ok),
        ("our bot (mix)", ours_ok),
        ("echo bot on aiohttp", same_ok),
    ):
        if not runs:
            continue
        rates = [run["rate"] for run in runs]
        rows.append(
            (
                name,
                " ".join(f"{rate:.0f}" for rate in rates),
                f"{median(rates):.0f}",
                f"{median([run['cpu_ms_per_update'] for run in runs]):.3f}",
                f"{median([run['elapsed'] for run in runs]):.2f}",
                f"{median([run['push_s'] for run in runs]):.3f}",
                f"{median([run['get_updates'] for run in runs]):.0f}",
            )
        )
    print(
        table(
            ("bot", "updates/s per run", "median", "CPU ms/update", "elapsed s", "pushing s", "getUpdates"),
            rows,
        )
    )
    if echo_ok and ours_ok:
        ratio = median([run["rate"] for run in ours_ok]) / median([run["rate"] for run in echo_ok])
        print(
            f"ratio ours/echo: {ratio:.1%} "
            f"(goal ≥ {GOAL_RATIO:.0%}: {verdict(ratio, GOAL_RATIO, at_least=True)})"
        )
        if same_ok:
            own = median([run["rate"] for run in ours_ok]) / median([run["rate"] for run in same_ok])
            print(
                f"ratio ours/echo on the same transport (aiohttp, bot/delivery/http.py): {own:.1%} "
                "(what our handlers, store and extra calls cost beside PTB's own work)"
            )
        last = ours_ok[-1]
        print(f"API calls per update, echo: {per_update(echo_ok[-1]['methods'], echo_ok[-1]['updates'])}")
        print(f"API calls per update, ours: {per_update(last['methods'], last['updates'])}")
        print(
            f"mix: {', '.join(f'{kind} {weight}%' for kind, weight in MIX.items())}; "
            f"stars at the end: {last['stars']}"
        )
    for name, runs in (("echo", echo_ok), ("ours", ours_ok)):
        failed = sum(run["failed_count"] for run in runs)
        logged = Counter()
        for run in runs:
            logged.update(run["log"]["counts"])
        if failed or logged:
            samples = [s for run in runs for s in run["failed_calls"] + run["log"]["first"]][:3]
            print(f"{name}: {failed} failed API calls, logged {dict(logged)}; e.g. {samples}")
    print()

    if args.profile:
        echo_profile = spawn("echo", args, "--profile")
        ours_profile = spawn("ours", args, "--profile")
        if "failed" in echo_profile or "failed" in ours_profile:
            print(f"profiling failed: {echo_profile.get('failed') or ours_profile.get('failed')}\n")
        else:
            print(
                "cProfile of the timed batch (event-loop thread only; rates under the profiler: "
                f"echo {echo_profile['rate']:.0f}/s, ours {ours_profile['rate']:.0f}/s)"
            )
            print()
            print_groups(echo_profile["profile_groups"], ours_profile["profile_groups"])
            print_profile("echo bot, top by own time:", echo_profile["profile_tottime"])
            print_profile("our bot, top by own time:", ours_profile["profile_tottime"])
            print_profile(
                "our bot, our own code (bot/, handlers/) by cumulative time:", ours_profile["profile_ours"]
            )
            echo_rate = median([run["rate"] for run in echo_ok]) if echo_ok else float("nan")
            print(f"our bot, one kind of update at a time ({BY_KIND} each + marker, not profiled):")
            print(
                table(
                    ("kind", "updates/s", "% of echo", "CPU ms/update", "API calls/update"),
                    [
                        (
                            kind,
                            f"{run['rate']:.0f}",
                            f"{run['rate'] / echo_rate:.0%}",
                            f"{run['cpu_ms_per_update']:.3f}",
                            per_update(run["methods"], run["updates"]),
                        )
                        for kind, run in ours_profile["by_kind"].items()
                    ],
                )
            )
            print()

    if not args.skip_rss:
        with tempfile.TemporaryDirectory() as tmp:
            database = str(Path(tmp) / "rss.sqlite3")
            fill = spawn("rss-fill", args, "--database", database)
            load = spawn("rss-load", args, "--database", database) if "failed" not in fill else fill
        if "failed" in load:
            print(f"memory measurement failed: {load['failed']}")
        else:
            print(
                f"Memory with {load['users']:,} users and {load['stars']:,} stars "
                f"(database {fill['db_kib']:,} KiB)"
            )
            print(
                table(
                    ("process", "RSS", "peak RSS"),
                    [
                        (
                            "bot imported, programme loaded, no users",
                            mib(load["before_kib"]),
                            mib(load["before_peak_kib"]),
                        ),
                        (
                            f"+ store opened as post_init does ({load['load_s']:.2f} s)",
                            mib(load["after_kib"]),
                            mib(load["peak_kib"]),
                        ),
                        ("filling: Users.seen / Stars.star one by one", "", mib(fill["peak_kib"])),
                    ],
                )
            )
            print(
                f"users and stars cost {mib(load['after_kib'] - load['before_kib'])} resident; filling wrote "
                f"{fill['users'] / fill['users_s']:.0f} new users/s ({fill['users_s']:.1f} s) and "
                f"{fill['stars'] / fill['stars_s']:.0f} stars/s ({fill['stars_s']:.1f} s), one commit each"
            )
    print(f"\n(benchmark took {time.perf_counter() - total:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=UPDATES, help="timed updates per run")
    parser.add_argument("--users", type=int, default=USERS, help="distinct users sending them")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="runs of each bot")
    parser.add_argument("--warmup", type=int, default=WARMUP, help="untimed updates before each run")
    parser.add_argument("--rss-users", type=int, default=RSS_USERS)
    parser.add_argument("--rss-stars", type=int, default=RSS_STARS)
    parser.add_argument("--profile", action="store_true", help="also profile one run of each bot")
    parser.add_argument("--skip-rss", action="store_true", help="skip the memory measurement")
    parser.add_argument(
        "--child", choices=("echo", "echo-aiohttp", "ours", "rss-fill", "rss-load"), help=argparse.SUPPRESS
    )
    parser.add_argument("--database", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
    else:
        parent(args)


if __name__ == "__main__":
    main()
