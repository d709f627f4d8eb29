"""Feedback through the real bot: followers asked once, a few minutes after a session ends, in their
language (never for lunch, never those who opted out); a rating and a comment; organisers' averages
and the CSV export; speakers' results in /myslots; nobody else sees them. The clock is moved by the
test, never slept on."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.programme.current import short_id
from tests.e2e.harness import ROOT, RunningBot, at, button_data, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ANNA, BRUNO, CARLA, SPEAKER, STRANGER = 6001, 6002, 6003, 6004, 6005, 6006
DRIVERS = "d1-session-drivers-of-migration"  # Alcazar, Thursday 15:00–16:30
KEY = short_id(DRIVERS)


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def question_to(user_id: int):
    return lambda c: (
        c.method == "sendMessage"
        and c.params.get("chat_id") == user_id
        and any(data.startswith("fb|") for _, data in buttons(c))
    )


async def settle(bot: RunningBot) -> None:
    for _ in range(5):
        await bot.services.sweep_now()
        if bot.services.sender is not None:
            await bot.services.sender.drain_once()


def questions_to(bot: RunningBot, user_id: int) -> list[Call]:
    return [c for c in bot.api.calls("sendMessage") if question_to(user_id)(c)]


async def follow_drivers(bot: RunningBot, user_id: int) -> None:
    answer = await bot.ask(user_id, "what's next in Alcazar")
    card = await bot.press(user_id, answer, button_data(answer, "Drivers"))
    await bot.press(user_id, card, button_data(card, "st|"))


async def test_followers_rate_and_comment_and_organisers_see_averages_and_the_csv(
    bot: RunningBot, tmp_path: Path
) -> None:
    welcome = await bot.command(BRUNO, "start")
    await bot.press(BRUNO, welcome, "lang|es")
    for user in (ANNA, BRUNO, CARLA):
        await follow_drivers(bot, user)
    settings = await bot.command(CARLA, "settings")
    assert "After each session you follow, I ask how it was." in settings.params["text"]
    off = await bot.press(CARLA, settings, "fbq|0|s")
    assert "I do not ask how sessions were." in off.params["text"]
    # Lunch is never asked about, even when followed.
    await bot.services.stars.star(ANNA, "d1-lunch", bot.clock.now())
    bot.clock.set(at("2017-11-16T12:55:00+01:00"))
    await settle(bot)
    assert questions_to(bot, ANNA) == []
    bot.clock.set(at("2017-11-16T16:34:59+01:00"))
    await settle(bot)
    assert questions_to(bot, ANNA) == []
    bot.clock.set(at("2017-11-16T16:35:00+01:00"))
    question = await bot.api.wait_for(question_to(ANNA))
    assert question.params["text"].startswith("⭐ How was “<b>Drivers of migration</b>”?")
    assert [data for _, data in buttons(question)] == [f"fb|{KEY}|{n}" for n in range(1, 6)] + ["fbq|0|q"]
    spanish = await bot.api.wait_for(question_to(BRUNO))
    assert "¿Qué le pareció «<b>Factores impulsores de la migración</b>»?" in spanish.params["text"]
    rated = await bot.press(ANNA, question, f"fb|{KEY}|4")
    assert "Thank you: 4/5 for “Drivers of migration”" in rated.params["text"]
    prompt = await bot.press(ANNA, rated, f"fbc|{KEY}")
    assert "Your comment on “Drivers of migration”" in prompt.params["text"]
    saved = await bot.ask(ANNA, "Great panel,\nbut too short.")
    assert saved.params["text"] == "Thank you, your comment is saved: “Great panel, but too short.”"
    # The next message is a question again.
    assert "Scala" in (await bot.ask(ANNA, "what's next in Scala")).params["text"]
    await bot.press(BRUNO, spanish, f"fb|{KEY}|2")
    # One question per person and session, also across a restart.
    await bot.restart()
    bot.clock.set(at("2017-11-16T16:50:00+01:00"))
    await settle(bot)
    assert len(questions_to(bot, ANNA)) == 1 and questions_to(bot, CARLA) == []
    overview = await bot.command(ORGANISER, "feedback")
    assert "Drivers of migration — ★ 3.0/5 from 2 ratings, 1 comment" in overview.params["text"]
    detail = (await bot.command(ORGANISER, "feedback", "drivers", "of", "migration")).params["text"]
    assert "5★ 0 · 4★ 1 · 3★ 0 · 2★ 1 · 1★ 0" in detail
    assert "💬 “Great panel, but too short.”" in detail
    assert str(ANNA) not in detail and str(BRUNO) not in detail
    # The export, from the command line, while the bot runs.
    out = tmp_path / "feedback.csv"
    env = {**os.environ, "DATABASE": str(bot.config.database)}
    env.pop("TELEGRAM_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "feedback", "export", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["session_id"], r["rating"], r["comment"], r["language"]) for r in rows] == [
        (DRIVERS, "4", "Great panel, but too short.", "en"),
        (DRIVERS, "2", "", "es"),
    ]
    assert rows[0]["title"] == "Moteurs de la migration"  # in the conference's language
    assert rows[0]["start"] == "2017-11-16T15:00:00+01:00" and rows[0]["room"] == "Alcazar"
    assert "user_id" not in rows[0]


async def test_stop_asking_under_a_question(bot: RunningBot) -> None:
    await follow_drivers(bot, ANNA)
    bot.clock.set(at("2017-11-16T16:40:00+01:00"))
    question = await bot.api.wait_for(question_to(ANNA))
    stopped = await bot.press(ANNA, question, "fbq|0|q")
    assert "I will not ask how sessions were any more" in stopped.params["text"]
    assert not bot.services.feedback.asks(ANNA)
    settings = await bot.command(ANNA, "settings")
    assert button_data(settings, "Ask me how sessions were") == "fbq|1|s"


async def test_a_speaker_sees_the_results_of_their_session_once_it_ended(bot: RunningBot) -> None:
    answer = await bot.command(ORGANISER, "invite", "Soualiho", "Sylla")
    payload = re.search(r"start=(c-[A-Za-z0-9_-]+)", answer.params["text"])
    assert payload
    claim = await bot.command(SPEAKER, "start", payload.group(1))
    await bot.press(SPEAKER, claim, button_data(claim, "claim|"))
    await follow_drivers(bot, ANNA)
    bot.clock.set(at("2017-11-16T16:00:00+01:00"))
    assert "Feedback" not in (await bot.command(SPEAKER, "myslots")).params["text"]
    bot.clock.set(at("2017-11-16T16:31:00+01:00"))
    assert "⭐ Feedback: no rating yet." in (await bot.command(SPEAKER, "myslots")).params["text"]
    bot.clock.set(at("2017-11-16T16:36:00+01:00"))
    question = await bot.api.wait_for(question_to(ANNA))
    rated = await bot.press(ANNA, question, f"fb|{KEY}|5")
    await bot.press(ANNA, rated, f"fbc|{KEY}")
    await bot.ask(ANNA, "Very clear.")
    slots = (await bot.command(SPEAKER, "myslots")).params["text"]
    assert "⭐ Feedback: ★ 5.0/5 from 1 rating, 1 comment" in slots
    assert "💬 “Very clear.”" in slots and str(ANNA) not in slots


async def test_only_organisers_see_feedback_and_only_followers_rate_ended_sessions(bot: RunningBot) -> None:
    refused = await bot.command(STRANGER, "feedback")
    assert refused.params["text"] == "Only the conference organisers can do that."
    card = await bot.ask(STRANGER, "what's next in Alcazar")
    for data, said in [
        (f"fb|{KEY}|5", "You can rate this session once it has ended."),
        (f"fbc|{KEY}", "You can rate this session once it has ended."),
        ("fb|nosuchkey|5", "This button is no longer valid."),
    ]:
        since = len(bot.api.calls())
        bot.api.press_button(STRANGER, card, data, check_button=False)
        assert (await bot.api.wait_for("answerCallbackQuery", since=since)).params["text"] == said
    bot.clock.set(at("2017-11-16T16:40:00+01:00"))
    since = len(bot.api.calls())
    bot.api.press_button(STRANGER, card, f"fb|{KEY}|1", check_button=False)
    answer = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == "Only those who followed this session rate it."
    assert await bot.services.feedback.ratings() == []
