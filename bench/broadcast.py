"""A broadcast to 3,000 people through the whole bot while attendees keep asking questions, against
the local Bot API server enforcing Telegram's 30 messages a second (and 1 a second per chat):
the rate of the broadcast and of the replies, as shares of the budget, 429s, duplicates, losses,
and how long the people asking waited for their answers.

    .venv/bin/python bench/broadcast.py [--recipients 3000] [--ask-rate 8] [--rate 30]

How it runs. The real bot (tests/e2e/harness.py RunningBot) with Config's production defaults and
SEND_RATE `--rate`, a clock moving with real time from Thursday 16 November 2017 8:00
(bot.clock.SimulatedClock), logging at INFO in the production format (to a file), against the
fake Bot API (tests/fakes/bot_api.py) answering each call after 40 ms and answering 429 to any send
over `--rate` a second overall or 1 a second per chat. The recipients are in the database
beforehand. An organiser sends `/announce everyone: …`, confirms the preview; from the moment they
confirm until the last announcement is sent, attendees (recipients, chosen at random) ask
`--ask-rate` new questions a second (bench/_common.py QuestionMaker: fr/en/es, made from the
programme, never twice the same text). A reply's latency is from the push of the question to the
arrival at the fake of the first message to that chat that is not the announcement.

Goals (issue 17): the budget is used: broadcast and replies together ≥ 95 % of `--rate` (the
broadcast takes every slot nobody asking needs: the broadcast alone cannot reach 95 % of the
budget while replies take their share of the same 30/s); 0 × 429; no duplicate, no loss; replies
during the broadcast ≤ 1 s at p95.

What it does not measure: Telegram's real latency (a fixed 40 ms; the reply is recorded when its
request reaches the fake, so one round trip of a real network is not in the figure); button
presses, which edit rather than send and are not counted in Telegram's budget; announcements to
groups or the channel; outages and slow answers (bench/faults.py); the organiser's progress edits
beyond counting them. Prints figures only; nothing fails. Default run: about two and a half minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from collections import Counter, deque
from datetime import UTC, datetime
from pathlib import Path

from _common import (  # first: sets sys.path
    QuestionMaker,
    bot_config,
    conference_clock,
    describe_checkout,
    load_mechelen,
    machine_load,
    median,
    percentile,
    production_logging,
    verdict,
)

ORGANISER = 1
FIRST_USER = 10_000
TEXT = "The closing plenary starts 15 minutes late."
LATENCY = 0.040
START = "2017-11-16T08:00:00+01:00"
GOAL_SHARE = 0.95
GOAL_REPLY_P95 = 1.0


async def make_users(database: Path, count: int) -> None:
    from bot.store.database import open_database

    connection = await open_database(database)
    try:
        stamp = datetime(2017, 11, 16, 7, tzinfo=UTC).isoformat()
        languages = ("en", "fr", "es")
        await connection.executemany(
            "INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, ?, ?, ?)",
            [(FIRST_USER + n, languages[n % 3], stamp, stamp) for n in range(count)],
        )
        await connection.commit()
    finally:
        await connection.close()


async def run(args: argparse.Namespace) -> None:
    from tests.e2e.harness import RunningBot, button_data
    from tests.fakes import FakeBotApi

    began = time.perf_counter()
    loaded = load_mechelen()
    maker = QuestionMaker(loaded.programme, seed=17)
    rng = random.Random(17)
    languages = ("en", "fr", "es")
    with (
        tempfile.TemporaryDirectory() as folder,
        FakeBotApi(
            latency=LATENCY, enforce_rate_limits=True, global_per_second=args.rate, per_chat_per_second=1
        ) as api,
    ):
        log = production_logging(Path(folder) / "bot.log")
        database = Path(folder) / "bot.sqlite3"
        await make_users(database, args.recipients)
        config = bot_config(api, database, organiser_ids=frozenset({ORGANISER}), send_per_second=args.rate)
        bot = RunningBot(api, config, conference_clock(START), loaded)  # type: ignore[arg-type]
        await bot.start()
        asked: list[list[float | int | None]] = []  # [chat, pushed at, answered at]
        try:
            api.send_text(
                ORGANISER,
                f"/announce everyone: {TEXT}",
                entities=[{"type": "bot_command", "offset": 0, "length": 9}],
            )
            preview = await api.wait_for(
                lambda c: c.method == "sendMessage" and c.params["chat_id"] == ORGANISER, timeout=30
            )
            expected = args.recipients + 1  # the organiser has written to the bot: a recipient too
            confirmed = time.monotonic()
            api.press_button(ORGANISER, preview, button_data(preview, "an|"))
            deadline = confirmed + expected / args.rate * 3 + 60

            # Matching replies: per chat, the questions not answered yet, oldest first.
            waiting: dict[int, deque[int]] = {}
            scanned = 0
            announced: Counter[int] = Counter()

            def scan() -> None:
                nonlocal scanned
                calls = api.calls()
                for call in calls[scanned:]:
                    if call.method != "sendMessage" or not call.ok:
                        continue
                    chat = call.params.get("chat_id")
                    if TEXT in call.params.get("text", ""):
                        if chat != ORGANISER:
                            announced[chat] += 1
                        continue
                    queue = waiting.get(chat)
                    if queue and asked[queue[0]][1] <= call.at:  # type: ignore[operator]
                        asked[queue.popleft()][2] = call.at
                scanned = len(calls)

            next_question = time.monotonic()
            while len(announced) < expected - 1 and time.monotonic() < deadline:
                now = time.monotonic()
                while next_question <= now:
                    user = FIRST_USER + rng.randrange(args.recipients)
                    language = languages[(user - FIRST_USER) % 3]
                    waiting.setdefault(user, deque()).append(len(asked))
                    asked.append([user, time.monotonic(), None])
                    api.send_text(user, maker.make(language), language_code=language)
                    next_question += 1 / args.ask_rate
                scan()
                await asyncio.sleep(0.01)
            broadcast_over = time.monotonic()
            # The last questions' answers.
            for _ in range(500):
                scan()
                if all(row[2] is not None for row in asked):
                    break
                await asyncio.sleep(0.02)
            scan()
        finally:
            await bot.stop()
        calls = api.calls("sendMessage")
        violations = api.violations.total
        edits = len([c for c in api.calls("editMessageText") if c.params.get("chat_id") == ORGANISER])

    ok = [c for c in calls if c.ok]
    broadcast = sorted(
        c.at for c in ok if TEXT in c.params.get("text", "") and c.params["chat_id"] != ORGANISER
    )
    first, last = (broadcast[0], broadcast[-1]) if broadcast else (float("nan"), float("nan"))
    duration = last - first
    during = [c for c in ok if first <= c.at <= last]
    replies = [c for c in during if TEXT not in c.params.get("text", "")]
    broadcast_rate = (len(broadcast) - 1) / duration if duration > 0 else float("nan")
    reply_rate = len(replies) / duration if duration > 0 else float("nan")
    total_share = (broadcast_rate + reply_rate) / args.rate
    too_many = sum(1 for c in calls if c.error_code == 429)
    duplicates = sum(n - 1 for n in announced.values())
    lost = (expected - 1) - len(announced)
    answered = [row for row in asked if row[2] is not None]
    latencies = [row[2] - row[1] for row in answered]  # type: ignore[operator]
    asking_s = broadcast_over - confirmed

    print(f"Broadcast through the whole bot at {describe_checkout()}")
    print(
        f"broadcast to {expected - 1:,} attendees (+ the organiser), limit {args.rate:g} msg/s and 1/s per "
        f"chat enforced by the local server, 40 ms per call; attendees asking {args.ask_rate:g} questions/s "
        "meanwhile"
    )
    print(
        f"  broadcast: {len(broadcast):,} sent in {duration:.1f} s = {broadcast_rate:.2f} msg/s "
        f"({broadcast_rate / args.rate:.1%} of the limit)"
    )
    print(
        f"  replies during it: {len(replies):,} = {reply_rate:.2f} msg/s ({reply_rate / args.rate:.1%}); "
        f"together {broadcast_rate + reply_rate:.2f} msg/s = {total_share:.1%} of the limit "
        f"(goal ≥ {GOAL_SHARE:.0%}: {verdict(total_share, GOAL_SHARE, at_least=True)}); "
        f"the broadcast took {broadcast_rate / (args.rate - reply_rate):.1%} of what replies left"
    )
    print(
        f"  429 answers: {too_many}, violations seen by the fake: {violations}, duplicates: {duplicates}, "
        f"lost: {lost} (goal 0 / 0 / 0: {verdict(float(too_many + duplicates + lost), 0)})"
    )
    print(
        f"  questions: {len(asked)} asked in {asking_s:.0f} s, {len(answered)} answered; reply latency p50 "
        f"{median(latencies):.3f} s, p95 {percentile(latencies, 95):.3f} s, "
        f"max {max(latencies, default=float('nan')):.3f} s "
        f"(goal p95 ≤ {GOAL_REPLY_P95:g} s: {verdict(percentile(latencies, 95), GOAL_REPLY_P95)})"
    )
    print(f"  the organiser's progress message was edited {edits} times")
    print(f"  log: {dict(log.counts)}" + (f"; e.g. {log.first[:2]}" if log.first else ""))
    print(f"{machine_load()} at the end")
    print(f"(benchmark took {time.perf_counter() - began:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=3000)
    parser.add_argument("--ask-rate", type=float, default=8.0, help="questions a second during the broadcast")
    parser.add_argument("--rate", type=float, default=30.0, help="SEND_RATE, enforced by the fake too")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
