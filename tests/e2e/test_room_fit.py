"""Room fit (issue 21): organisers see which sessions will overflow their room, are told once
when the followers reach ROOM_FULL_PERCENT of its seats, and move the session to a bigger room
free at that time through the one door, like any move."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import Envelope
from bot.delivery.render import OutboxRenderer
from bot.delivery.room_alerts import room_alert_job
from tests.conftest import MECHELEN
from tests.e2e.harness import RunningBot, button_data, buttons, make_config
from tests.e2e.test_organisers import YOUTH, star_youth
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ATTENDEE, OTHER, THIRD, STRANGER = 3101, 3102, 3103, 3104, 3105
# Friday 13:30–14:30, Youth migration is in Scala; Auditoire and Alcazar are free then,
# Dijlezaal is not. Scala's 2 seats fill at the second star (80 % of 2 is 1.6).
SEATS = {"scala": 2, "auditoire": 1, "alcazar": 100, "dijlezaal": 500}


def with_capacities(tmp_path: Path) -> Path:
    text = MECHELEN.read_text(encoding="utf-8")
    for room_id, seats in SEATS.items():
        line = f'id = "{room_id}"\n'
        assert text.count(line) == 1
        text = text.replace(line, f"{line}capacity = {seats}\n")
    path = tmp_path / "programme.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningBot]:
    config = make_config(
        api,
        tmp_path / "bot.sqlite3",
        organiser_ids=frozenset({ORGANISER}),
        programme=str(with_capacities(tmp_path)),
        refresh_minutes=0,
    )
    running = RunningBot(api, config, clock)
    await running.start()
    await running.command(ORGANISER, "start")  # the organiser's language: English
    try:
        yield running
    finally:
        await running.stop()


def alert_to(user_id: int) -> Callable[[Call], bool]:
    return lambda c: (
        c.method == "sendMessage"
        and c.params["chat_id"] == user_id
        and "A room is filling up" in c.params["text"]
    )


async def alert_rows(bot: RunningBot) -> int:
    return sum((await bot.services.outbox.counts(room_alert_job(YOUTH))).values())


async def test_an_overflow_alert_is_sent_once_and_its_bigger_room_is_moved_to_through_the_door(
    bot: RunningBot,
) -> None:
    await star_youth(bot, ATTENDEE)
    await bot.services.sweep_now()
    assert await alert_rows(bot) == 0  # 1 follower for 2 seats: 50 %
    since = len(bot.api.calls())
    await star_youth(bot, OTHER)
    alert = await bot.api.wait_for(alert_to(ORGANISER), since=since)
    text = alert.params["text"]
    assert "<b>Youth migration: why the silence?</b>" in text
    assert "2 followers for 2 seats (100%)" in text
    # The smallest room free then that is bigger: not Auditoire (1 seat), not Dijlezaal (in use).
    assert "Alcazar (100 seats) is free at that time." in text
    assert [label for label, _ in buttons(alert)] == ["Move to Alcazar"]

    # A third follower: the organisers were told already.
    await star_youth(bot, THIRD)
    await bot.services.sweep_now()
    assert await alert_rows(bot) == 1
    assert len([c for c in bot.api.calls() if alert_to(ORGANISER)(c)]) == 1

    preview = await bot.press(ORGANISER, alert, button_data(alert, "Move to Alcazar"))
    assert "Move “Youth migration: why the silence?” from Scala to Alcazar" in preview.params["text"]
    assert "3 people starred it" in preview.params["text"]
    since = len(bot.api.calls())
    done = await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert (
        done.params["text"] == "Done: “Youth migration: why the silence?” changed; 3 people are being told."
    )
    for follower in (ATTENDEE, OTHER, THIRD):

        def room_change(c: Call, user: int = follower) -> bool:
            return (
                c.method == "sendMessage"
                and c.params["chat_id"] == user
                and "Room change" in c.params["text"]
            )

        notice = await bot.api.wait_for(room_change, since=since)
        assert "is now in Alcazar" in notice.params["text"]
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "alcazar"  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    entries = await bot.services.changes.entries()
    assert [(e.action, e.session_id, e.actor) for e in entries] == [("moved", YOUTH, ORGANISER)]


async def test_an_alert_is_remembered_across_a_restart(bot: RunningBot) -> None:
    since = len(bot.api.calls())
    await star_youth(bot, ATTENDEE)
    await star_youth(bot, OTHER)
    await bot.api.wait_for(alert_to(ORGANISER), since=since)
    await bot.restart()
    # Unstarred and starred again after the restart: counted again, not told again.
    await bot.services.stars.unstar(OTHER, YOUTH)
    await bot.services.stars.star(OTHER, YOUTH, bot.clock.now())
    await bot.services.sweep_now()
    assert await alert_rows(bot) == 1


async def test_the_button_of_an_alert_is_refused_to_a_non_organiser(bot: RunningBot) -> None:
    since = len(bot.api.calls())
    await star_youth(bot, ATTENDEE)
    await star_youth(bot, OTHER)
    alert = await bot.api.wait_for(alert_to(ORGANISER), since=since)
    since = len(bot.api.calls())
    bot.api.press_button(
        STRANGER, (ORGANISER, alert.result["message_id"]), button_data(alert, "Move to"), check_button=False
    )
    answer = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == "Only the conference organisers can do that."
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "scala"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_popular_lists_sessions_by_followers_with_their_rooms_seats(bot: RunningBot) -> None:
    await star_youth(bot, ATTENDEE)
    await star_youth(bot, OTHER)
    answer: Call = await bot.command(ORGANISER, "popular")
    text = answer.params["text"]
    assert text.splitlines()[0] == "<b>Most followed sessions</b>"
    assert "• ⚠️ <b>2 followers</b> — Youth migration: why the silence?, Friday 17 November at 1:30" in text
    assert "— Scala: 2 seats, 100%" in text
    assert "⚠️ followed by 80% of the room's seats or more." in text
    assert buttons(answer) == [("“Youth migration: why the silenc…” → Alcazar", button_data(answer, "omvr|"))]
    status = await bot.command(ORGANISER, "status")
    assert (
        "🏟 Fullest rooms:\n• Youth migration: why the silence? — Scala: 2/2 (100%)" in status.params["text"]
    )


async def test_popular_is_refused_to_a_non_organiser(bot: RunningBot) -> None:
    await star_youth(bot, ATTENDEE)
    refusal = await bot.command(STRANGER, "popular")
    assert refusal.params["text"] == "Only the conference organisers can do that."


async def test_an_alert_renders_as_nothing_for_someone_no_longer_an_organiser_or_a_cancelled_session(
    bot: RunningBot,
) -> None:
    await star_youth(bot, ATTENDEE)
    await star_youth(bot, OTHER)
    svc = bot.services
    renderer = OutboxRenderer(
        svc.programme, svc.users, svc.stars, svc.clock, is_organiser=lambda user: user == ORGANISER
    )

    def envelope(recipient: int) -> Envelope:
        payload = {"session": YOUTH, "percent": 80.0}
        return Envelope(
            1, room_alert_job(YOUTH), recipient, OutboxKind.ROOM_FULL, payload, 0, svc.clock.now()
        )

    rendered = await renderer(envelope(ORGANISER))
    assert rendered is not None and "2 followers for 2 seats (100%)" in rendered.text
    assert await renderer(envelope(STRANGER)) is None
    preview = await bot.command(ORGANISER, "cancel", YOUTH)
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert await renderer(envelope(ORGANISER)) is None
