"""Organisers change the programme live and everyone affected is told; nobody else can."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.conftest import MECHELEN
from tests.e2e.harness import RunningBot, at, button_data, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ATTENDEE, OTHER, STRANGER = 3001, 3002, 3003, 3004
YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 13:30–14:30


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def star_youth(bot: RunningBot, user_id: int) -> None:
    answer = await bot.ask(user_id, "what's next in Scala")
    card = await bot.press(user_id, answer, button_data(answer, "Youth"))
    await bot.press(user_id, card, button_data(card, "st|"))


async def test_move_preview_confirm_and_notice(bot: RunningBot) -> None:
    await star_youth(bot, ATTENDEE)
    welcome = await bot.command(OTHER, "start")
    await bot.press(OTHER, welcome, "lang|fr")
    await star_youth(bot, OTHER)
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    text = preview.params["text"]
    assert "Move “Youth migration: why the silence?” from Scala to Alcazar" in text
    assert "2 people starred it" in text
    since = len(bot.api.calls())
    done = await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert "Done" in done.params["text"]
    notice = await bot.api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.params["chat_id"] == ATTENDEE
            and "Room change" in c.params["text"]
        ),
        since=since,
    )
    assert "is now in Alcazar" in notice.params["text"] and "(was Scala)" in notice.params["text"]
    french = await bot.api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.params["chat_id"] == OTHER
            and "Changement de salle" in c.params["text"]
        ),
        since=since,
    )
    assert "Alcazar" in french.params["text"]
    # Every answer uses the new room at once.
    answer = await bot.ask(STRANGER, "what's next in Alcazar")
    assert "Youth migration" in answer.params["text"]
    assert "Youth migration" not in (await bot.ask(STRANGER, "what's next in Scala")).params["text"]


async def test_move_refuses_a_room_already_used(bot: RunningBot) -> None:
    refusal = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Dijlezaal")
    assert "Dijlezaal is already used then by “The European perspective”" in refusal.params["text"]
    # Not a dead end: the rooms free at that time, one button each (tests/e2e/test_organiser_words.py).
    assert "Rooms free at that time:" in refusal.params["text"]
    assert [label for label, _ in buttons(refusal)] == ["Auditoire", "Alcazar", "Mechelen-Centraal"]


async def test_retime_keeps_the_duration_and_survives_a_restart(bot: RunningBot) -> None:
    preview = await bot.command(ORGANISER, "retime", YOUTH, "->", "16:45")
    assert "Friday 17 November at 4:45" in preview.params["text"].replace("\u202f", " ")
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    await bot.restart()
    session = bot.services.programme.snapshot.session(YOUTH)
    assert session is not None
    assert (session.start, session.end) == (at("2017-11-17T16:45:00+01:00"), at("2017-11-17T17:45:00+01:00"))


async def test_retime_outside_the_conference_is_refused(bot: RunningBot) -> None:
    refusal = await bot.command(ORGANISER, "retime", YOUTH, "->", "saturday", "10:00")
    assert "outside the conference days" in refusal.params["text"]


async def test_cancel_then_undo(bot: RunningBot) -> None:
    await star_youth(bot, ATTENDEE)
    preview = await bot.command(ORGANISER, "cancel", YOUTH)
    since = len(bot.api.calls())
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    notice = await bot.api.wait_for(
        lambda c: (
            c.method == "sendMessage" and c.params["chat_id"] == ATTENDEE and "Cancelled" in c.params["text"]
        ),
        since=since,
    )
    assert "Youth migration" in notice.params["text"]
    assert bot.services.programme.snapshot.session(YOUTH).cancelled  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    assert "Youth" not in (await bot.ask(STRANGER, "what's next in Scala")).params["text"]
    undone = await bot.command(ORGANISER, "undo")
    assert "Undone" in undone.params["text"]
    assert not bot.services.programme.snapshot.session(YOUTH).cancelled  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    changes = await bot.command(ORGANISER, "changes")
    assert "cancelled" in changes.params["text"] and "(undone)" in changes.params["text"]


async def test_announcement_to_everyone_with_progress(bot: RunningBot) -> None:
    for user in (ATTENDEE, OTHER, STRANGER):
        await bot.command(user, "start")
    preview = await bot.api.wait_for("sendMessage", since=0)
    since = len(bot.api.calls())
    bot.api.send_text(
        ORGANISER,
        "/announce everyone: Lunch is served on the terrace.",
        entities=[{"type": "bot_command", "offset": 0, "length": 9}],
    )
    preview = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.params["chat_id"] == ORGANISER, since=since
    )
    assert "will go to 4 people" in preview.params["text"]
    await bot.press(ORGANISER, preview, button_data(preview, "an|"), method="answerCallbackQuery")
    for user in (ATTENDEE, OTHER, STRANGER):

        def announced(c: Call, user: int = user) -> bool:
            return c.method == "sendMessage" and c.params["chat_id"] == user and "terrace" in c.params["text"]

        message = await bot.api.wait_for(announced, since=since)
        assert "Announcement from the organisers" in message.params["text"]
    final = await bot.api.wait_for(
        lambda c: c.method == "editMessageText" and "Announcement sent" in c.params.get("text", ""),
        since=since,
    )
    assert "Sent 4 of 4, blocked 0, failed 0" in final.params["text"]


async def test_every_organiser_action_is_refused_to_others(bot: RunningBot) -> None:
    # An organiser's preview, whose button a non-organiser then presses.
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    before = bot.services.programme.snapshot
    for command, args in [
        ("move", ("youth", "->", "Alcazar")),
        ("retime", (YOUTH, "->", "16:45")),
        ("cancel", (YOUTH,)),
        ("restore", (YOUTH,)),
        ("undo", ()),
        ("changes", ()),
        ("organisers", ("add", str(STRANGER))),
        ("announce", ("everyone:", "hello")),
    ]:
        refusal = await bot.command(STRANGER, command, *args)
        assert refusal.params["text"] == "Only the conference organisers can do that.", command
    for data in (button_data(preview, "Confirm"), "no", "an|deadbeef"):
        since = len(bot.api.calls())
        bot.api.press_button(STRANGER, (ORGANISER, preview.result["message_id"]), data, check_button=False)
        answer = await bot.api.wait_for("answerCallbackQuery", since=since)
        assert answer.params["text"] == "Only the conference organisers can do that."
    assert bot.services.programme.snapshot is before
    assert not bot.services.organisers.is_organiser(STRANGER)
    assert (await bot.services.changes.entries()) == []
    assert (await bot.services.outbox.counts()) == {}


async def test_a_revoked_organiser_cannot_use_an_earlier_confirmation(bot: RunningBot) -> None:
    await bot.command(ORGANISER, "organisers", "add", str(OTHER))
    preview = await bot.command(OTHER, "move", "youth", "migration", "->", "Alcazar")
    await bot.command(ORGANISER, "organisers", "remove", str(OTHER))
    since = len(bot.api.calls())
    bot.api.press_button(OTHER, preview, button_data(preview, "Confirm"))
    answer = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == "Only the conference organisers can do that."
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "scala"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_changes_persist_as_overrides_over_a_new_programme_file(bot: RunningBot) -> None:
    preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    loaded = bot.services.programme.loaded
    bot.services.programme.set_base(replace(loaded))
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "alcazar"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_reload_sends_the_files_changes_through_the_same_door(
    api: FakeBotApi,
    tmp_path,
    clock,
) -> None:
    source = tmp_path / "programme.toml"
    original = MECHELEN.read_text(encoding="utf-8")
    source.write_text(original, encoding="utf-8")
    config = make_config(
        api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}), programme=str(source)
    )
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        await star_youth(bot, ATTENDEE)
        assert (await bot.command(ORGANISER, "reload")).params["text"] == "The programme has not changed."
        youth = original.index('id = "d2-workshop-youth-migration"')
        moved = original[:youth] + original[youth:].replace('room = "scala"', 'room = "alcazar"', 1)
        source.write_text(moved, encoding="utf-8")
        since = len(bot.api.calls())
        assert (await bot.command(ORGANISER, "reload")).params["text"] == "Programme reloaded: 1 change."
        notice = await bot.api.wait_for(
            lambda c: (
                c.method == "sendMessage"
                and c.params["chat_id"] == ATTENDEE
                and "Room change" in c.params["text"]
            ),
            since=since,
        )
        assert "is now in Alcazar" in notice.params["text"]
        source.write_text(moved.replace("[conference]", "[conference", 1), encoding="utf-8")
        refusal = await bot.command(ORGANISER, "reload")
        assert "The new version was refused" in refusal.params["text"]
        assert "TOML syntax error" in refusal.params["text"]
        assert bot.services.programme.snapshot.session(YOUTH).room_id == "alcazar"  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    finally:
        await bot.stop()


async def test_organiser_moves_a_session_from_its_card(bot: RunningBot) -> None:
    answer = await bot.ask(ORGANISER, "what's next in Scala")
    card = await bot.press(ORGANISER, answer, button_data(answer, "Youth"))
    rooms = await bot.press(ORGANISER, card, button_data(card, "omv|"))
    assert "to which room?" in rooms.params["text"]
    preview = await bot.press(ORGANISER, rooms, button_data(rooms, "Alcazar"))
    assert "from Scala to Alcazar" in preview.params["text"]
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "alcazar"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_attendees_cards_have_no_organiser_buttons_and_the_buttons_refuse_them(bot: RunningBot) -> None:
    answer = await bot.ask(ATTENDEE, "what's next in Scala")
    card = await bot.press(ATTENDEE, answer, button_data(answer, "Youth"))
    assert not any(data.startswith(("omv|", "ocx|", "ors|")) for _, data in buttons(card))
    key = button_data(card, "st|").split("|")[1]
    for data in (f"omv|{key}", f"omvr|{key}|0", f"ort|{key}", f"ortm|{key}|30", f"ocx|{key}", f"ors|{key}"):
        since = len(bot.api.calls())
        bot.api.press_button(ATTENDEE, card, data, check_button=False)
        refusal = await bot.api.wait_for("answerCallbackQuery", since=since)
        assert refusal.params["text"] == "Only the conference organisers can do that."
    assert bot.services.programme.snapshot.session(YOUTH).room_id == "scala"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_changes_and_announcements_are_mirrored_in_the_conference_channel(
    api: FakeBotApi,
    tmp_path,
    clock,
) -> None:
    channel = -1001234567890
    config = make_config(
        api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}), announce_chat_id=channel
    )
    bot = RunningBot(api, config, clock)
    await bot.start()
    try:
        preview = await bot.command(ORGANISER, "move", "youth", "migration", "->", "Alcazar")
        since = len(bot.api.calls())
        await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
        notice = await bot.api.wait_for(
            lambda c: c.method == "sendMessage" and c.params["chat_id"] == channel, since=since
        )
        # In the conference's language (French) and with the new room.
        assert "Changement de salle" in notice.params["text"] and "Alcazar" in notice.params["text"]
        since = len(bot.api.calls())
        bot.api.send_text(
            ORGANISER,
            "/announce everyone: Coffee is served.",
            entities=[{"type": "bot_command", "offset": 0, "length": 9}],
        )
        preview = await bot.api.wait_for(
            lambda c: c.method == "sendMessage" and c.params["chat_id"] == ORGANISER, since=since
        )
        await bot.press(ORGANISER, preview, button_data(preview, "an|"), method="answerCallbackQuery")
        mirrored = await bot.api.wait_for(
            lambda c: (
                c.method == "sendMessage" and c.params["chat_id"] == channel and "Coffee" in c.params["text"]
            ),
            since=since,
        )
        assert "Annonce des organisateurs" in mirrored.params["text"]
    finally:
        await bot.stop()


async def test_organiser_shifts_a_session_from_its_card(bot: RunningBot) -> None:
    answer = await bot.ask(ORGANISER, "what's next in Scala")
    card = await bot.press(ORGANISER, answer, button_data(answer, "Youth"))
    shifts = await bot.press(ORGANISER, card, button_data(card, "ort|"))
    preview = await bot.press(ORGANISER, shifts, button_data(shifts, "+30 min"))
    assert "Friday 17 November at 2:00" in preview.params["text"].replace("\u202f", " ")
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    session = bot.services.programme.snapshot.session(YOUTH)
    assert session is not None
    assert (session.start, session.end) == (at("2017-11-17T14:00:00+01:00"), at("2017-11-17T15:00:00+01:00"))


# Grants (issue 18, item 10): only ORGANISER_IDS add and remove organisers; a grant lasts as long
# as its granter stays in ORGANISER_IDS.
NOT_ALLOWED = "Only the organisers in ORGANISER_IDS can add or remove organisers."


async def test_an_organiser_added_in_the_chat_cannot_add_or_remove_organisers(bot: RunningBot) -> None:
    assert (await bot.command(ORGANISER, "organisers", "add", str(OTHER))).params["text"] == (
        f"{OTHER} is now an organiser."
    )
    assert (await bot.command(OTHER, "organisers", "add", str(STRANGER))).params["text"] == NOT_ALLOWED
    assert (await bot.command(OTHER, "organisers", "remove", str(OTHER))).params["text"] == NOT_ALLOWED
    assert not bot.services.organisers.is_organiser(STRANGER)
    # Every other power is theirs.
    preview = await bot.command(OTHER, "move", "youth", "migration", "->", "Alcazar")
    assert "Move “Youth migration: why the silence?” from Scala to Alcazar" in preview.params["text"]
    listing = (await bot.command(OTHER, "organisers")).params["text"].replace("\u202f", " ")
    assert listing == (
        "<b>Organisers</b>\n"
        f"• <code>{ORGANISER}</code>, in ORGANISER_IDS\n"
        f"• <code>{OTHER}</code>, added by <code>{ORGANISER}</code> on Thursday 16 November at 12:10 PM\n"
        "\n" + NOT_ALLOWED
    )
    assert (await bot.command(ORGANISER, "organisers", "remove", str(OTHER))).params["text"] == (
        f"{OTHER} is no longer an organiser."
    )
    assert not bot.services.organisers.is_organiser(OTHER)


async def test_organisers_shows_who_added_whom(bot: RunningBot) -> None:
    await bot.command(ORGANISER, "organisers", "add", str(OTHER))
    bot.clock.advance(timedelta(minutes=5))
    await bot.command(ORGANISER, "organisers", "add", str(ATTENDEE))
    listing = (await bot.command(ORGANISER, "organisers")).params["text"].replace("\u202f", " ")
    assert listing == (
        "<b>Organisers</b>\n"
        f"• <code>{ORGANISER}</code>, in ORGANISER_IDS\n"
        f"• <code>{OTHER}</code>, added by <code>{ORGANISER}</code> on Thursday 16 November at 12:10 PM\n"
        f"• <code>{ATTENDEE}</code>, added by <code>{ORGANISER}</code> on Thursday 16 November at 12:15 PM\n"
        "\nAdd or remove one with /organisers add ID or /organisers remove ID."
    )
    refusal = await bot.command(ORGANISER, "organisers", "add", "9" * 30)
    assert refusal.params["text"] == (
        "Write: /organisers add ID or /organisers remove ID, where ID is a Telegram user id."
    )


async def test_grantees_lose_the_role_when_their_granter_leaves_organiser_ids(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    second = 3005
    bot.config = replace(bot.config, organiser_ids=frozenset({ORGANISER, second}))
    await bot.restart()
    await bot.command(ORGANISER, "organisers", "add", str(OTHER))
    await bot.command(second, "organisers", "add", str(ATTENDEE))
    preview = await bot.command(OTHER, "move", "youth", "migration", "->", "Alcazar")  # OTHER may
    # The operator takes ORGANISER out of the configuration and restarts the bot.
    bot.config = replace(bot.config, organiser_ids=frozenset({second}))
    caplog.set_level(logging.WARNING, logger="bot.store.organisers")
    await bot.restart()
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.store.organisers"]
    assert warnings == [
        "1 organiser(s) added in the chat lost the role: whoever added them is no longer in "
        f"ORGANISER_IDS (user ids {OTHER})"
    ]
    assert bot.services.organisers.all() == sorted({second, ATTENDEE})
    for user in (ORGANISER, OTHER):
        refusal = await bot.command(user, "status")
        assert refusal.params["text"] == "Only the conference organisers can do that."
    since = len(bot.api.calls())
    bot.api.press_button(OTHER, preview, button_data(preview, "Confirm"))
    answer = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == "Only the conference organisers can do that."
    assert (await bot.command(ATTENDEE, "status")).params["text"].startswith("📊")
    # Putting the granter back does not bring the grant back: it was withdrawn, not hidden.
    bot.config = replace(bot.config, organiser_ids=frozenset({ORGANISER, second}))
    await bot.restart()
    assert not bot.services.organisers.is_organiser(OTHER)
