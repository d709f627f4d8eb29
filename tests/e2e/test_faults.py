"""Telegram on a bad day: unreachable, slow to answer, sending updates the library cannot read.
Nothing is lost, nothing comes three times, nobody waits on anybody. The clock is moved by the
tests (the outbox's back-off is on the bot's clock), never slept on."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FixedClock
from tests.e2e.harness import RunningBot, at, button_data, make_config, sent_to
from tests.fakes import FakeBotApi

WORKSHOP = "d1-workshop-right-to-the-city"  # Alcazar, Thursday 12:45
USERS = range(8001, 8021)  # twenty attendees


async def follow_workshop(bot: RunningBot) -> None:
    svc = bot.services
    for user in USERS:
        await svc.users.seen(user, "en", svc.clock.now())
        await svc.stars.star(user, WORKSHOP, svc.clock.now())


def reminders(api: FakeBotApi) -> Counter[int]:
    return Counter(
        c.params["chat_id"] for c in api.calls("sendMessage") if c.ok and "⏰" in c.params.get("text", "")
    )


async def until(condition: Callable[[], bool], *, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def outbox_becomes(bot: RunningBot, expected: dict[str, int], seconds: float = 10.0) -> None:
    """Telegram has the messages; the bot marks each row as its answer comes back."""
    for _ in range(int(seconds / 0.05)):
        if await bot.services.outbox.counts() == expected:
            return
        await asyncio.sleep(0.05)
    assert await bot.services.outbox.counts() == expected


async def test_reminders_due_during_an_outage_arrive_when_telegram_is_back(bot: RunningBot) -> None:
    await follow_workshop(bot)
    bot.api.outage()  # Telegram unreachable from just before the reminders fall due
    bot.clock.set(at("2017-11-16T12:35:00+01:00"))
    await until(lambda: bot.api.refused_connections >= len(USERS))
    # Forty seconds and more of outage, as the bot's clock sees it: every row tried again and again.
    for _ in range(12):
        bot.clock.advance(timedelta(seconds=30))
        await asyncio.sleep(0.1)
    counts = await bot.services.outbox.counts()
    assert counts == {"pending": len(USERS)}, counts
    bot.api.end_outage()
    bot.clock.advance(timedelta(seconds=30))
    await until(lambda: len(reminders(bot.api)) == len(USERS), seconds=30)
    assert set(reminders(bot.api).values()) == {1}
    await outbox_becomes(bot, {"sent": len(USERS)})


async def test_a_reminder_that_could_not_go_before_its_session_began_is_counted_as_failed(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    organiser = 1
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({organiser}))
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        await follow_workshop(bot)
        api.outage()
        bot.clock.set(at("2017-11-16T12:35:00+01:00"))
        # Every reminder tried once (refused connections count polls too: a reminder never tried
        # before its session begins is obsolete, not failed).
        for _ in range(500):
            pending = await bot.services.outbox.pending(at("2017-11-17T12:00:00+01:00"))
            if len(pending) == len(USERS) and all(envelope.attempts for envelope in pending):
                break
            await asyncio.sleep(0.02)
        bot.clock.set(at("2017-11-16T12:46:00+01:00"))  # the session has begun: too late to remind
        for _ in range(400):
            if (await bot.services.outbox.counts()).get("failed") == len(USERS):
                break
            # A try that failed just as the clock jumped waits its back-off on the bot's clock.
            bot.clock.advance(timedelta(seconds=1))
            await asyncio.sleep(0.05)
        api.end_outage()
        assert await bot.services.outbox.counts() == {"failed": len(USERS)}
        warnings = [
            r for r in caplog.records if r.name == "bot.delivery.sender" and "failed" in r.getMessage()
        ]
        assert len(warnings) == len(USERS)
        assert {r.levelname for r in warnings} == {"WARNING"}
        assert all(WORKSHOP in r.getMessage() for r in warnings)  # the job names the session
        status = await bot.command(organiser, "status")
        assert f"{len(USERS)} messages could not be delivered" in status.params["text"]
    finally:
        await bot.stop()


async def test_slow_answers_hold_nobody_and_deliver_each_reminder_once(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock
) -> None:
    # A fifth of Telegram's answers come 0.6 s late (the outbox waits up to 2 s): each message is
    # confirmed, none is sent twice, and the others go on meanwhile.
    config = make_config(api, tmp_path / "bot.sqlite3", outbox_answer_seconds=2.0)
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        await follow_workshop(bot)
        api.slow_answers(0.2, 0.6, seed=2)
        bot.clock.set(at("2017-11-16T12:35:00+01:00"))
        await until(lambda: len(reminders(api)) == len(USERS))
        assert any(c.slow for c in api.calls("sendMessage"))
        await until(lambda: sum(1 for c in api.calls("sendMessage") if c.ok) == len(USERS))
        await asyncio.sleep(0.8)  # the slow answers arrive
        assert set(reminders(api).values()) == {1}
        await outbox_becomes(bot, {"sent": len(USERS)})
    finally:
        await bot.stop()


async def test_a_send_without_an_answer_is_sent_once_more_at_most(
    api: FakeBotApi, tmp_path: Path, clock: FixedClock
) -> None:
    # Every answer comes after the outbox stopped waiting: each reminder went out (Telegram
    # delivered it), is sent once more, then counted as sent: two copies, never three.
    config = make_config(api, tmp_path / "bot.sqlite3", outbox_answer_seconds=0.3)
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        await follow_workshop(bot)
        api.slow_answers(1.0, 0.5)
        bot.clock.set(at("2017-11-16T12:35:00+01:00"))
        await until(lambda: len(reminders(api)) == len(USERS))
        for _ in range(6):
            bot.clock.advance(timedelta(seconds=30))
            await asyncio.sleep(0.3)
        await until(lambda: set(reminders(api).values()) == {2}, seconds=10)
        await outbox_becomes(bot, {"sent": len(USERS)})
        bot.clock.advance(timedelta(seconds=60))
        await asyncio.sleep(0.5)
        assert set(reminders(api).values()) == {2}
    finally:
        await bot.stop()


async def test_an_update_the_library_cannot_read_is_skipped_and_confirmed(bot: RunningBot) -> None:
    calls_before = bot.api.get_updates_calls
    # A poll as an older Bot API server sends it: fields python-telegram-bot requires are missing.
    poll_id = bot.api.push_raw_update({"poll": {"id": "1"}})
    reply = await bot.ask(8001, "what's next in Scala")
    assert "Scala" in reply.params["text"]
    await until(lambda: bot.api.confirmed_update_id >= poll_id)
    await asyncio.sleep(0.3)
    assert bot.api.get_updates_calls - calls_before < 20  # no loop fetching it again and again


async def test_the_bot_asks_only_for_the_updates_it_handles(bot: RunningBot) -> None:
    from bot.updates.fetching import HANDLED_UPDATES

    await bot.ask(8001, "what's next in Scala")  # a long poll has ended: it is recorded
    polls = [c for c in bot.api.calls("getUpdates") if c.params.get("allowed_updates") is not None]
    assert polls and all(c.params["allowed_updates"] == list(HANDLED_UPDATES) for c in polls)


async def test_a_long_announcement_reaches_everyone_in_parts(api: FakeBotApi, tmp_path: Path, clock) -> None:
    organiser = 1
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({organiser}))
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        await bot.command(8001, "start")
        text = " ".join(["Lunch is served on the terrace."] * 132)[:4090]
        since = len(api.calls())
        api.send_text(
            organiser,
            "/announce everyone: " + text,
            entities=[{"type": "bot_command", "offset": 0, "length": 9}],
        )
        # The preview is as long: its buttons come under its second part.
        preview = await api.wait_for(
            lambda c: sent_to(organiser)(c) and "reply_markup" in c.params, since=since
        )
        since = len(api.calls())
        await bot.press(organiser, preview, button_data(preview, "an|"), method="answerCallbackQuery")
        for _ in range(200):
            if "pending" not in await bot.services.outbox.counts():
                break
            await asyncio.sleep(0.05)
        parts = [c.params["text"] for c in api.calls()[since:] if sent_to(8001)(c)]
        assert len(parts) > 1 and all(len(part) <= 4096 for part in parts)
        assert "Announcement from the organisers" in parts[0]
        words = " ".join(parts)  # a cut falls between two words
        assert words.count("terrace") == text.count("terrace")
        assert (await bot.services.outbox.counts()).get("failed") is None
    finally:
        await bot.stop()


async def test_the_progress_report_survives_an_outage_and_a_restart(
    api: FakeBotApi, tmp_path: Path, clock
) -> None:
    organiser = 1
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({organiser}))
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        for user in USERS:
            await bot.services.users.seen(user, "en", clock.now())
        preview = await bot.ask(
            organiser,
            "/announce everyone: Coffee is served.",
            entities=[{"type": "bot_command", "offset": 0, "length": 9}],
        )
        await bot.press(organiser, preview, button_data(preview, "an|"), method="answerCallbackQuery")
        api.outage()
        await asyncio.sleep(1.5)  # the progress cannot be shown meanwhile
        await bot.stop()  # and the bot restarts before Telegram is back
        api.end_outage()
        clock.advance(timedelta(minutes=1))  # the sends that failed are due again
        await bot.start()
        total = len(USERS) + 1  # the organiser is an attendee too

        def final_progress() -> bool:
            edits = [c for c in api.calls("editMessageText") if c.params.get("chat_id") == organiser and c.ok]
            return bool(edits) and f"Sent {total} of {total}" in edits[-1].params["text"]

        await until(final_progress, seconds=10)
        last = [c for c in api.calls("editMessageText") if c.params.get("chat_id") == organiser][-1]
        assert last.params["text"].startswith("Announcement sent.")
    finally:
        await bot.stop()
