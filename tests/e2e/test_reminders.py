"""Reminders through the real bot: the clock is moved by the test, never slept on."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.programme.changes import ChangeKind, SessionChange, Slot
from tests.e2e.harness import RunningBot, at, button_data, buttons
from tests.fakes.bot_api import Call

ANNA, BRUNO = 2001, 2002
WORKSHOP = "d1-workshop-right-to-the-city"  # Alcazar, Thursday 12:45–14:45


def is_reminder(user_id: int):
    return lambda c: (
        c.method == "sendMessage" and c.params.get("chat_id") == user_id and "⏰" in c.params["text"]
    )


async def star(bot: RunningBot, user_id: int, question: str, title_part: str) -> Call:
    answer = await bot.ask(user_id, question)
    card = await bot.press(user_id, answer, button_data(answer, title_part))
    return await bot.press(user_id, card, button_data(card, "st|"))


async def reminders_to(bot: RunningBot, user_id: int) -> list[Call]:
    # Give the sweeper and the sender several turns before counting.
    for _ in range(5):
        await bot.services.sweep_now()
        if bot.services.sender is not None:
            await bot.services.sender.drain_once()
    return [c for c in bot.api.calls("sendMessage") if is_reminder(user_id)(c)]


async def test_reminder_comes_once_at_the_lead_time(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    bot.clock.set(at("2017-11-16T12:34:59+01:00"))
    assert await reminders_to(bot, ANNA) == []
    bot.clock.set(at("2017-11-16T12:35:00+01:00"))
    reminder = await bot.api.wait_for(is_reminder(ANNA))
    text = reminder.params["text"]
    assert "In 10 minutes" in text
    assert "Human mobility and the right to the city" in text
    assert "12:45" in text and "Alcazar" in text
    assert "English, French, and Spanish" in text
    assert [data.split("|")[0] for _, data in buttons(reminder)] == ["o", "st"]
    bot.clock.set(at("2017-11-16T12:40:00+01:00"))
    assert len(await reminders_to(bot, ANNA)) == 1
    await bot.restart()
    assert len(await reminders_to(bot, ANNA)) == 1


async def test_reminder_is_in_the_users_language(bot: RunningBot) -> None:
    welcome = await bot.command(BRUNO, "start")
    await bot.press(BRUNO, welcome, "lang|es")
    await star(bot, BRUNO, "what's next in Alcazar", "Human mobility")
    bot.clock.set(at("2017-11-16T12:36:00+01:00"))
    reminder = await bot.api.wait_for(is_reminder(BRUNO))
    assert "En 9 minutos" in reminder.params["text"]
    assert "La movilidad humana y el derecho a la ciudad" in reminder.params["text"]


async def test_missed_reminder_is_caught_up_at_start_if_the_session_has_not_begun(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    await star(bot, BRUNO, "what's next in Alcazar", "Human mobility")
    await bot.stop()
    bot.clock.set(at("2017-11-16T12:40:00+01:00"))  # the 12:35 reminder was missed while down
    await bot.start()
    await bot.api.wait_for(is_reminder(ANNA))
    await bot.api.wait_for(is_reminder(BRUNO))


async def test_no_stale_reminder_after_the_session_began(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    await bot.stop()
    bot.clock.set(at("2017-11-16T12:50:00+01:00"))  # down until after the start
    await bot.start()
    assert await reminders_to(bot, ANNA) == []


async def test_starring_within_the_lead_time_reminds_at_once_but_not_once_begun(bot: RunningBot) -> None:
    bot.clock.set(at("2017-11-16T12:40:00+01:00"))
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    reminder = await bot.api.wait_for(is_reminder(ANNA))
    assert "In 5 minutes" in reminder.params["text"]
    bot.clock.set(at("2017-11-16T15:05:00+01:00"))  # "Drivers of migration" began at 15:00
    await star(bot, BRUNO, "what's on now in alcazar", "Drivers")
    assert await reminders_to(bot, BRUNO) == []


async def test_lead_time_is_a_setting(bot: RunningBot) -> None:
    settings = await bot.command(ANNA, "settings")
    assert [data for _, data in buttons(settings)] == [
        "remind|0",
        "remind|5",
        "remind|10",
        "remind|15",
        "remind|30",
        "fbq|0|s",  # feedback questions (tests/e2e/test_feedback.py)
        # The morning digest, off by default (tests/e2e/test_morning.py).
        "digest|off",
        "digest|0730",
        "digest|0800",
        "digest|0830",
        "digest|0900",
    ]
    await bot.press(ANNA, settings, "remind|30")
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    bot.clock.set(at("2017-11-16T12:15:00+01:00"))
    reminder = await bot.api.wait_for(is_reminder(ANNA))
    assert "In 30 minutes" in reminder.params["text"]


async def test_reminders_off_sends_nothing(bot: RunningBot) -> None:
    settings = await bot.command(ANNA, "settings")
    await bot.press(ANNA, settings, "remind|0")
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    bot.clock.set(at("2017-11-16T12:44:00+01:00"))
    assert await reminders_to(bot, ANNA) == []


async def move_workshop(bot: RunningBot, start: datetime, room_id: str) -> None:
    """An organiser's change, through the one door (as /move and /retime do)."""
    svc = bot.services
    session = svc.programme.snapshot.session(WORKSHOP)
    assert session is not None
    after = Slot(start, start + (session.end - session.start), room_id)
    change = SessionChange(WORKSHOP, ChangeKind.RETIMED, Slot.of(session), after)
    await svc.door.apply_changes([change], by=1, now=svc.clock.now())


async def test_a_moved_session_is_reminded_at_its_new_time_and_room_only(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    bot.clock.set(at("2017-11-16T12:36:00+01:00"))
    await bot.api.wait_for(is_reminder(ANNA))  # the reminder for 12:45 went out
    await move_workshop(bot, at("2017-11-16T17:45:00+01:00"), "scala")
    bot.clock.set(at("2017-11-16T17:35:00+01:00"))
    second = await bot.api.wait_for(lambda c: is_reminder(ANNA)(c) and "5:45" in c.params["text"])
    assert "Scala" in second.params["text"] and "Alcazar" not in second.params["text"]
    assert len(await reminders_to(bot, ANNA)) == 2


async def test_a_pending_reminder_for_the_old_time_is_never_sent(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    svc = bot.services
    await svc.stop_delivery()  # the row is written but the sender is not running
    bot.clock.set(at("2017-11-16T12:36:00+01:00"))
    await svc.reminders.sweep(svc.clock.now())
    assert (await svc.outbox.counts()).get("pending") == 1
    await move_workshop(bot, at("2017-11-16T17:45:00+01:00"), "alcazar")
    await bot.restart()
    assert await reminders_to(bot, ANNA) == []
    assert (await bot.services.outbox.counts()).get("obsolete") == 1


async def test_blocked_user_is_marked_and_not_retried(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    bot.api.fail_next("sendMessage", 403, chat_id=ANNA)
    bot.clock.set(at("2017-11-16T12:36:00+01:00"))
    await bot.api.wait_for(lambda c: c.method == "sendMessage" and c.error_code == 403)
    await reminders_to(bot, ANNA)
    assert bot.services.users.get(ANNA).blocked  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    assert (await bot.services.outbox.counts()) == {"blocked": 1}


async def test_calendar_file_of_starred_sessions(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    since = len(bot.api.calls())
    bot.api.send_command(ANNA, "ics")
    call = await bot.api.wait_for("sendDocument", since=since)
    document = call.result["document"]
    data = bot.api.file(document["file_id"]).data.decode()
    assert "UID:d1-workshop-right-to-the-city@mechelen-2017.conference-bot" in data
    assert "DTSTART;TZID=Europe/Brussels:20171116T124500" in data
    assert "LOCATION:Alcazar" in data
    assert "BEGIN:VTIMEZONE" in data


async def test_reminder_timing_uses_the_conference_zone_whatever_the_clock_offset(bot: RunningBot) -> None:
    await star(bot, ANNA, "what's next in Alcazar", "Human mobility")
    bot.clock.set(at("2017-11-16T11:35:00+00:00"))  # 12:35 in Brussels
    await bot.api.wait_for(is_reminder(ANNA))
    assert bot.clock.now() + timedelta(minutes=10) == at("2017-11-16T12:45:00+01:00")
