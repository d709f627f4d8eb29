"""A broadcast to 3,000 recipients through the whole bot, against the local Bot API server
enforcing Telegram's 30 messages a second: achieved rate as a share of the limit, 429s,
duplicates and losses.

    .venv/bin/python bench/broadcast.py [--recipients 3000] [--rate 30]

Goal: at least 95 % of the limit, no 429, no duplicate, no loss.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from _common import verdict

from bot.clock import FixedClock
from bot.store.database import open_database
from tests.e2e.harness import RunningBot, button_data, make_config
from tests.fakes import FakeBotApi

ORGANISER = 1
TEXT = "The closing plenary starts 15 minutes late."


async def make_users(database: Path, count: int) -> None:
    connection = await open_database(database)
    stamp = datetime(2017, 11, 16, 8, tzinfo=UTC).isoformat()
    await connection.executemany(
        "INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, 'en', ?, ?)",
        [(10_000 + n, stamp, stamp) for n in range(count)],
    )
    await connection.commit()
    await connection.close()


async def run(recipients: int, rate: float) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        FakeBotApi(enforce_rate_limits=True, global_per_second=rate, per_chat_per_second=1) as api,
    ):
        database = Path(folder) / "bot.sqlite3"
        await make_users(database, recipients)
        config = make_config(
            api, database, organiser_ids=frozenset({ORGANISER}), send_per_second=rate, sweep_seconds=5.0
        )
        bot = RunningBot(api, config, FixedClock(datetime(2017, 11, 16, 8, tzinfo=UTC)))
        await bot.start()
        try:
            api.send_text(
                ORGANISER,
                f"/announce everyone: {TEXT}",
                entities=[{"type": "bot_command", "offset": 0, "length": 9}],
            )
            preview = await api.wait_for(
                lambda c: c.method == "sendMessage" and c.params["chat_id"] == ORGANISER
            )
            api.press_button(ORGANISER, preview, button_data(preview, "an|"))
            expected = recipients  # the organiser has written to the bot too: one more recipient
            deadline = time.monotonic() + recipients / rate * 2 + 30

            def announcements() -> list:
                return [
                    c
                    for c in api.calls("sendMessage")
                    if TEXT in c.params.get("text", "") and c.params["chat_id"] != ORGANISER
                ]

            while len({c.params["chat_id"] for c in announcements() if c.ok}) < expected:
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.2)
            sent = announcements()
        finally:
            await bot.stop()
    ok = [c for c in sent if c.ok]
    counts = Counter(c.params["chat_id"] for c in ok)
    duration = max(c.at for c in ok) - min(c.at for c in ok) if len(ok) > 1 else float("nan")
    achieved = (len(ok) - 1) / duration if duration else float("nan")
    share = achieved / rate
    too_many = sum(1 for c in sent if c.error_code == 429)
    duplicates = sum(n - 1 for n in counts.values())
    lost = expected - len(counts)
    print(f"broadcast to {expected} recipients, limit {rate:g} messages/s (enforced by the local server)")
    print(f"  sent {len(ok)} in {duration:.1f} s: {achieved:.2f} messages/s = {share:.1%} of the limit")
    violations = api.violations.total
    print(f"  429 answers: {too_many}, duplicates: {duplicates}, lost: {lost}, violations: {violations}")
    print(f"  goal ≥ 95% of the limit: {verdict(share, 0.95, at_least=True)}")
    print(f"  goal no 429 / duplicate / loss: {verdict(float(too_many + duplicates + lost), 0)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=30.0)
    args = parser.parse_args()
    asyncio.run(run(args.recipients, args.rate))


if __name__ == "__main__":
    main()
