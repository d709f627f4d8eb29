"""A rehearsal, as an operator runs one: `python -m bot` on a simulated clock running 120 times
faster, with the conference channel set. Attendees start the bot, ask, star; the reminder and the
channel post arrive at their simulated times; SIGTERM while a message waits loses nothing, and the
next start sends it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

import pytest

from bot.delivery.channel import slot_job
from bot.delivery.reminders import reminder_job
from bot.programme.model import Programme
from tests.e2e.harness import TOKEN, button_data, buttons, sent_to
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = -1001555444333
ANNA, BRUNO = 6001, 6002
WORKSHOP = "d1-workshop-right-to-the-city"  # Alcazar, 12:45
MESOAMERICA = "d1-workshop-mesoamerica"  # Dijlezaal, 12:45
SLOT = datetime.fromisoformat("2017-11-16T12:45:00+01:00")
SPEED = 120  # two simulated minutes a real second


def is_reminder(user_id: int) -> Callable[[Call], bool]:
    return lambda c: sent_to(user_id)(c) and "⏰" in c.params.get("text", "")


def to_channel(call: Call) -> bool:
    return call.method == "sendMessage" and call.params.get("chat_id") == CHANNEL


StartBot = Callable[[str, int], subprocess.Popen[str]]


@pytest.fixture
def start_bot(api: FakeBotApi, tmp_path: Path) -> Iterator[StartBot]:
    """Starts `python -m bot` on the same database, its clock starting at a given instant."""
    processes: list[subprocess.Popen[str]] = []

    def start(simulated_start: str, speed: int) -> subprocess.Popen[str]:
        env = {
            **os.environ,
            "TELEGRAM_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.url,
            "DATABASE": str(tmp_path / "bot.sqlite3"),
            "SIMULATED_START": simulated_start,
            "SIMULATED_SPEED": str(speed),
            "ANNOUNCE_CHAT_ID": str(CHANNEL),
            "LOG_LEVEL": "INFO",
        }
        log = (tmp_path / f"bot-{len(processes)}.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdout=log, stderr=log, text=True
        )
        log.close()  # the child has its own copy
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def outbox_rows(database: Path) -> dict[tuple[str, int], tuple[str, str | None]]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        rows = connection.execute("SELECT job, recipient, state, sent_at FROM outbox").fetchall()
    return {(job, recipient): (state, sent_at) for job, recipient, state, sent_at in rows}


def starred_at(database: Path, user_id: int, session_id: str) -> datetime:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        (stamp,) = connection.execute(
            "SELECT starred_at FROM stars WHERE user_id = ? AND session_id = ?", (user_id, session_id)
        ).fetchone()
    return datetime.fromisoformat(stamp)


async def polling(api: FakeBotApi, timeout: float = 20) -> None:
    """Until the bot's first long poll is under way (a finished getUpdates is recorded only after
    its long poll ends, seconds later, while the simulated clock runs on)."""
    deadline = time.monotonic() + timeout
    while api.waiting_get_updates == 0:
        assert time.monotonic() < deadline, "the bot did not start polling"
        await asyncio.sleep(0.01)


async def sigterm(process: subprocess.Popen[str], log: Path) -> str:
    process.send_signal(signal.SIGTERM)
    await asyncio.to_thread(process.wait, 10)
    text = log.read_text()
    assert process.returncode == 0, text
    assert TOKEN not in text
    return text


async def test_rehearsal_reminder_channel_post_and_sigterm_lose_nothing(
    api: FakeBotApi, start_bot: StartBot, tmp_path: Path, mechelen: Programme
) -> None:
    database = tmp_path / "bot.sqlite3"
    first = start_bot("2017-11-16T12:22:00+01:00", SPEED)
    await polling(api)

    # ANNA starts the bot, asks what is next in Alcazar, opens the workshop and stars it.
    since = api.call_count
    api.send_command(ANNA, "start")
    welcome = await api.wait_for(sent_to(ANNA), since=since)
    assert welcome.params["text"].startswith("Welcome!")
    since = api.call_count
    api.send_text(ANNA, "what's next in Alcazar")
    answer = await api.wait_for(sent_to(ANNA), since=since)
    assert answer.params["text"].startswith("Next in Alcazar:")
    assert "12:45" in answer.params["text"]
    since = api.call_count
    api.press_button(ANNA, answer, button_data(answer, "Human mobility"))
    card = await api.wait_for(sent_to(ANNA), since=since)
    since = api.call_count
    api.press_button(ANNA, card, button_data(card, "st|"))
    starred = await api.wait_for("editMessageReplyMarkup", since=since)
    assert "★ Unstar" in [label for label, _ in buttons(starred)]

    # BRUNO opens another workshop of the same slot; he will star it later.
    since = api.call_count
    api.send_text(BRUNO, "what's next in Dijlezaal")
    bruno_answer = await api.wait_for(sent_to(BRUNO), since=since)
    since = api.call_count
    api.press_button(BRUNO, bruno_answer, button_data(bruno_answer, "Mesoamerica"))
    bruno_card = await api.wait_for(sent_to(BRUNO), since=since)

    # 12:35 on the bot's clock (about 6 s of real time): ANNA's reminder, ten minutes ahead (nine
    # once rounded, should the machine stall for half a real second).
    reminder = await api.wait_for(is_reminder(ANNA), timeout=15)
    assert reminder.params["text"].startswith(("⏰ In 10 minutes:", "⏰ In 9 minutes:"))
    assert "Human mobility and the right to the city" in reminder.params["text"]
    # 12:40: the channel's post for the 12:45 slot, in the conference's language (French).
    post = await api.wait_for(to_channel, timeout=15)
    text = post.params["text"]
    assert text.startswith("🕒 <b>Début à 12:45</b>")
    slot = [s for s in mechelen.sessions if s.start == SLOT]
    assert len(slot) == 4
    for session in slot:
        assert f"• <b>{escape(session.title.get('fr'))}</b>" in text

    # BRUNO stars his workshop now: his reminder is due at once, but Telegram says "wait 60 s".
    api.fail_next("sendMessage", 429, retry_after=60, chat_id=BRUNO)
    since = api.call_count
    api.press_button(BRUNO, bruno_card, button_data(bruno_card, "st|"))
    throttled = await api.wait_for(lambda c: is_reminder(BRUNO)(c) and c.error_code == 429, since=since)
    assert "Mesoamerica" in throttled.params["text"]

    # SIGTERM while the reminder waits: the bot stops at once, and the row is still pending.
    await sigterm(first, tmp_path / "bot-0.log")
    rows = outbox_rows(database)
    anna_job = (reminder_job(next(s for s in slot if s.id == WORKSHOP)), ANNA)
    bruno_job = (reminder_job(next(s for s in slot if s.id == MESOAMERICA)), BRUNO)
    channel_job = (slot_job(SLOT, "fr"), CHANNEL)
    assert set(rows) == {anna_job, bruno_job, channel_job}
    assert rows[bruno_job] == ("pending", None)
    assert rows[anna_job][0] == rows[channel_job][0] == "sent"
    # Each went out at its simulated time: the reminder at 12:35 (ANNA starred before), the
    # channel post at 12:40 (a simulated minute is half a real second: some slack for a busy host).
    assert starred_at(database, ANNA, WORKSHOP) < SLOT - timedelta(minutes=10)
    reminder_sent = datetime.fromisoformat(str(rows[anna_job][1]))
    assert SLOT - timedelta(minutes=10) <= reminder_sent < SLOT - timedelta(minutes=8)
    post_sent = datetime.fromisoformat(str(rows[channel_job][1]))
    assert SLOT - timedelta(minutes=5) <= post_sent < SLOT - timedelta(minutes=3)

    # The next start sends what was pending, and nothing twice.
    api.clear_failures()
    since = api.call_count
    # Slower this time: the reminder must go before 12:45, however long the start takes.
    second = start_bot("2017-11-16T12:41:00+01:00", 30)
    late = await api.wait_for(lambda c: is_reminder(BRUNO)(c) and c.ok, since=since, timeout=20)
    assert "Mesoamerica" in late.params["text"]
    await sigterm(second, tmp_path / "bot-1.log")
    assert {state for state, _ in outbox_rows(database).values()} == {"sent"}
    assert len([c for c in api.calls("sendMessage") if is_reminder(ANNA)(c)]) == 1
    assert len([c for c in api.calls("sendMessage") if to_channel(c)]) == 1
