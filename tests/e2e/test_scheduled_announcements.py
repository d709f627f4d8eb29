"""Scheduled announcements through the real bot: kept across restarts, sent at their time on the
bot's clock (moved by the test, never slept on), once, with the organiser's message showing the
progress; cancelled ones never go; nobody but organisers schedules, lists or cancels."""

from __future__ import annotations

import pytest

from bot.clock import SimulatedClock
from tests.e2e.harness import RunningBot, at, button_data, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ATTENDEE, OTHER, STRANGER = 5001, 5002, 5003, 5004


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def announced(user_id: int, words: str):
    return lambda c: (
        c.method == "sendMessage" and c.params.get("chat_id") == user_id and words in c.params.get("text", "")
    )


async def settle(bot: RunningBot) -> None:
    """Give the sweeper and the sender several turns."""
    for _ in range(5):
        await bot.services.sweep_now()
        if bot.services.sender is not None:
            await bot.services.sender.drain_once()


async def schedule(bot: RunningBot, *words: str) -> Call:
    preview = await bot.command(ORGANISER, "announce", *words)
    return await bot.press(ORGANISER, preview, button_data(preview, "ans|"))


async def test_a_scheduled_announcement_survives_a_restart_and_goes_out_at_its_time(bot: RunningBot) -> None:
    for user in (ATTENDEE, OTHER):
        await bot.command(user, "start")
    preview = await bot.command(
        ORGANISER, "announce", "at", "15:00", "everyone:", "Coffee", "in", "the", "hall."
    )
    text = preview.params["text"].replace("\u202f", " ")
    assert "This announcement will go to everyone on Thursday 16 November at 3:00 PM." in text
    assert "That is 3 people now." in text and "Coffee in the hall." in text
    done = await bot.press(ORGANISER, preview, button_data(preview, "ans|"))
    assert done.method == "editMessageText"
    assert "Scheduled for Thursday 16 November at 3:00" in done.params["text"].replace("\u202f", " ")
    await bot.restart()
    listed = await bot.command(ORGANISER, "scheduled")
    assert "Coffee in the hall." in listed.params["text"]
    assert [data for _, data in buttons(listed)] == ["ansx|1"]
    bot.clock.set(at("2017-11-16T14:59:59+01:00"))
    await settle(bot)
    assert [c for c in bot.api.calls("sendMessage") if announced(ATTENDEE, "Coffee")(c)] == []
    since = len(bot.api.calls())
    bot.clock.set(at("2017-11-16T15:00:00+01:00"))
    for user in (ATTENDEE, OTHER, ORGANISER):
        message = await bot.api.wait_for(announced(user, "Coffee in the hall."), since=since)
        assert "Announcement from the organisers" in message.params["text"]
    final = await bot.api.wait_for(
        lambda c: c.method == "editMessageText" and "Announcement sent" in c.params.get("text", ""),
        since=since,
    )
    assert final.params["message_id"] == preview.result["message_id"]
    assert "Sent 3 of 3, blocked 0, failed 0" in final.params["text"]
    # Once only, also after another restart.
    await bot.restart()
    bot.clock.set(at("2017-11-16T15:10:00+01:00"))
    await settle(bot)
    assert len([c for c in bot.api.calls("sendMessage") if announced(ATTENDEE, "Coffee")(c)]) == 1
    assert (await bot.command(ORGANISER, "scheduled")).params["text"] == "No announcement is scheduled."


async def test_a_cancelled_announcement_never_goes_out(bot: RunningBot) -> None:
    await bot.command(ATTENDEE, "start")
    scheduled = await schedule(bot, "at", "thursday", "16:00", "everyone:", "Group photo.")
    listed = await bot.command(ORGANISER, "scheduled")
    since = len(bot.api.calls())
    bot.api.press_button(ORGANISER, listed, button_data(listed, "ansx|"))
    answer = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == "Cancelled."
    edited = await bot.api.wait_for(
        lambda c: c.method == "editMessageText" and c.params["message_id"] == scheduled.params["message_id"],
        since=since,
    )
    assert "will not go out" in edited.params["text"]
    bot.clock.set(at("2017-11-16T16:01:00+01:00"))
    await settle(bot)
    assert [c for c in bot.api.calls("sendMessage") if announced(ATTENDEE, "Group photo")(c)] == []
    # A second press of the same Cancel says it is no longer waiting.
    since = len(bot.api.calls())
    bot.api.press_button(ORGANISER, listed, "ansx|1", check_button=False)
    answer = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert "already gone out or was cancelled" in answer.params["text"]


async def test_a_room_audience_is_counted_on_the_day_it_goes_out(bot: RunningBot) -> None:
    answer = await bot.ask(ATTENDEE, "what's next in Scala")
    card = await bot.press(ATTENDEE, answer, button_data(answer, "Youth"))  # Friday 13:30, Scala
    await bot.press(ATTENDEE, card, button_data(card, "st|"))
    await schedule(bot, "at", "friday", "13:00", "room", "Scala:", "Scala is cold: bring a jacket.")
    bot.clock.set(at("2017-11-17T13:00:00+01:00"))
    message = await bot.api.wait_for(announced(ATTENDEE, "bring a jacket"))
    assert "Announcement from the organisers" in message.params["text"]


async def test_a_time_that_has_passed_or_cannot_be_read_is_refused(bot: RunningBot) -> None:
    passed = await bot.command(ORGANISER, "announce", "at", "9:00", "everyone:", "Hello.")
    assert "has already passed" in passed.params["text"]
    unread = await bot.command(ORGANISER, "announce", "at", "soon", "everyone:", "Hello.")
    assert "/announce at [DAY] HH:MM AUDIENCE: TEXT" in unread.params["text"]
    assert await bot.services.scheduled.waiting() == []


async def test_only_organisers_schedule_list_and_cancel(bot: RunningBot) -> None:
    preview = await bot.command(ORGANISER, "announce", "at", "15:00", "everyone:", "Hello.")
    refused = "Only the conference organisers can do that."
    for command, args in [("announce", ("at", "15:00", "everyone:", "Hi")), ("scheduled", ())]:
        assert (await bot.command(STRANGER, command, *args)).params["text"] == refused
    for data in (button_data(preview, "ans|"), "ansx|1"):
        since = len(bot.api.calls())
        bot.api.press_button(STRANGER, (ORGANISER, preview.result["message_id"]), data, check_button=False)
        answer = await bot.api.wait_for("answerCallbackQuery", since=since)
        assert answer.params["text"] == refused
    assert await bot.services.scheduled.waiting() == []
    # The organiser's own Confirm still works: the stranger's press did not use the draft up.
    await bot.press(ORGANISER, preview, button_data(preview, "ans|"))
    (waiting,) = await bot.services.scheduled.waiting()
    since = len(bot.api.calls())
    bot.api.press_button(
        STRANGER, (ORGANISER, preview.result["message_id"]), f"ansx|{waiting.id}", check_button=False
    )
    assert (await bot.api.wait_for("answerCallbackQuery", since=since)).params["text"] == refused
    assert [x.id for x in await bot.services.scheduled.waiting()] == [waiting.id]


async def test_an_announcement_whose_author_lost_the_role_does_not_go_out(bot: RunningBot) -> None:
    await bot.command(ATTENDEE, "start")
    await bot.command(ORGANISER, "organisers", "add", str(OTHER))
    preview = await bot.command(OTHER, "announce", "at", "15:00", "everyone:", "Free drinks for all.")
    await bot.press(OTHER, preview, button_data(preview, "ans|"))
    assert len(await bot.services.scheduled.waiting()) == 1
    await bot.command(ORGANISER, "organisers", "remove", str(OTHER))
    bot.clock.set(at("2017-11-16T15:00:00+01:00"))
    await settle(bot)
    assert [c for c in bot.api.calls("sendMessage") if announced(ATTENDEE, "Free drinks")(c)] == []
    assert await bot.services.scheduled.waiting() == []


async def test_a_rehearsal_clock_sends_it_at_its_time(api: FakeBotApi, tmp_path) -> None:
    """SIMULATED_START / SIMULATED_SPEED: a minute of the rehearsal passes in a second."""
    clock = SimulatedClock(at("2017-11-16T14:59:00+01:00"), speed=60)
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = await RunningBot(api, config, clock).start()  # type: ignore[arg-type]  # RunningBot's clock is a FixedClock elsewhere; a SimulatedClock runs it the same
    try:
        await running.command(ATTENDEE, "start")
        preview = await running.command(ORGANISER, "announce", "at", "15:00", "everyone:", "Rehearsal.")
        await running.press(ORGANISER, preview, button_data(preview, "ans|"))
        message = await api.wait_for(announced(ATTENDEE, "Rehearsal."), timeout=30)
        assert message is not None and clock.now() >= at("2017-11-16T15:00:00+01:00")
    finally:
        await running.stop()
