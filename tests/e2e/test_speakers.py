"""Speakers claim their identity with a one-time link, see their slots and hear about changes."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.e2e.harness import RunningBot, at, button_data, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, SPEAKER, IMPOSTOR, STRANGER = 4001, 4002, 4003, 4004


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    running = RunningBot(
        api, make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER})), clock
    )
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def invite(bot: RunningBot, name: str) -> str:
    answer = await bot.command(ORGANISER, "invite", *name.split())
    match = re.search(r"https://t\.me/mechelen_bot\?start=(c-[A-Za-z0-9_-]+)", answer.params["text"])
    assert match, answer.params["text"]
    return match.group(1)


async def claim(bot: RunningBot, user_id: int, payload: str) -> str:
    question = await bot.command(user_id, "start", payload)
    if "Are you" not in question.params["text"]:
        return question.params["text"]
    done = await bot.press(user_id, question, button_data(question, "claim|"))
    return done.params["text"]


async def test_invite_claim_and_myslots(bot: RunningBot) -> None:
    payload = await invite(bot, "Boubacar Bah")
    assert len(payload) >= 2 + 22  # 128 bits in URL-safe base64
    question = await bot.command(SPEAKER, "start", payload)
    assert "Are you Boubacar Bah, Maire de la Commune V de Bamako" in question.params["text"]
    assert "Thank you" in (await bot.press(SPEAKER, question, button_data(question, "claim|"))).params["text"]
    slots = await bot.command(SPEAKER, "myslots")
    text = slots.params["text"]
    assert text.count("Auditoire") == 2
    assert "Mohamed Boussraoui (moderator)" in text  # who is with them, and the moderator
    assert "English, French, Spanish, and Turkish" in text


async def test_used_expired_and_wrong_codes_get_the_same_refusal(bot: RunningBot) -> None:
    payload = await invite(bot, "Sarah Turine")
    assert "Thank you" in await claim(bot, SPEAKER, payload)
    refusal = "This invitation link cannot be used. Ask the organisers for a new one."
    assert await claim(bot, IMPOSTOR, payload) == refusal  # used
    assert await claim(bot, IMPOSTOR, "c-" + "A" * 22) == refusal  # wrong
    late = await invite(bot, "Joan Clos")
    bot.clock.advance(timedelta(days=15))
    assert await claim(bot, IMPOSTOR, late) == refusal  # expired


async def test_wrong_codes_are_throttled(bot: RunningBot) -> None:
    good = await invite(bot, "Joan Clos")
    for attempt in range(5):
        await claim(bot, IMPOSTOR, f"c-wrong{attempt}")
    # Even a good code is now refused for this user, with the same words.
    assert "cannot be used" in await claim(bot, IMPOSTOR, good)
    assert "Thank you" in await claim(bot, SPEAKER, good)


async def test_speaker_is_told_of_a_move_and_reminded_in_the_new_room(bot: RunningBot) -> None:
    assert "Thank you" in await claim(bot, SPEAKER, await invite(bot, "Teymour Ashkan"))
    # Session 3 (Auditoire, Friday 11:15): move it to Scala, which is free then.
    preview = await bot.command(ORGANISER, "move", "d2-session-3-social-integration", "->", "Scala")
    assert "1 speaker" in preview.params["text"]
    since = len(bot.api.calls())
    await bot.press(ORGANISER, preview, button_data(preview, "Confirm"))
    notice = await bot.api.wait_for(
        lambda c: (
            c.method == "sendMessage" and c.params["chat_id"] == SPEAKER and "Room change" in c.params["text"]
        ),
        since=since,
    )
    assert "is now in Scala" in notice.params["text"]
    bot.clock.set(at("2017-11-17T11:00:00+01:00"))  # 15 minutes before
    reminder = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.params["chat_id"] == SPEAKER and "🎤" in c.params["text"]
    )
    assert "Scala" in reminder.params["text"] and "Auditoire" not in reminder.params["text"]
    assert "You are on in 15 minutes" in reminder.params["text"]


async def test_only_organisers_invite_list_and_reset(bot: RunningBot) -> None:
    for command, args in (
        ("invite", ("Joan", "Clos")),
        ("speakers", ()),
        ("speakers", ("reset", "Joan", "Clos")),
    ):
        refusal = await bot.command(STRANGER, command, *args)
        assert refusal.params["text"] == "Only the conference organisers can do that."
    assert await bot.services.speakers.invited() == set()


async def test_organiser_sees_claims_and_resets_one(bot: RunningBot) -> None:
    assert "Thank you" in await claim(bot, SPEAKER, await invite(bot, "Joan Clos"))
    await invite(bot, "Sarah Turine")
    listing = (await bot.command(ORGANISER, "speakers")).params["text"]
    assert "Claimed</b> (1): Joan Clos" in listing
    assert "Invited</b> (1): Sarah Turine" in listing
    await bot.command(ORGANISER, "speakers", "reset", "Joan", "Clos")
    assert bot.services.speakers.user_of("joan-clos") is None
    assert "Thank you" in await claim(bot, IMPOSTOR, await invite(bot, "Joan Clos"))


# Claims happen only in the private chat of whoever opened the link (issue 18, item 1).
GROUP = -1001000000002
REFUSAL = "This invitation link cannot be used. Ask the organisers for a new one."


def in_group(call: Call) -> bool:
    return call.method == "sendMessage" and call.params.get("chat_id") == GROUP


def url_buttons(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b.get("url", "")) for row in markup.get("inline_keyboard", []) for b in row]


async def test_a_claim_link_opened_in_a_group_is_not_used_there(bot: RunningBot) -> None:
    payload = await invite(bot, "Boubacar Bah")
    since = bot.api.call_count
    bot.api.send_command(SPEAKER, "start@mechelen_bot", payload, chat_id=GROUP, chat_type="supergroup")
    answer = await bot.api.wait_for(in_group, since=since)
    assert answer.params["text"] == (
        "Invitation links work only in a private chat with me: open your link again and it will "
        "open there. Do not share it: it is for you alone."
    )
    assert url_buttons(answer) == [("💬 Open the private chat", "https://t.me/mechelen_bot?start=claim")]
    assert "reply_parameters" not in answer.params  # no quote of the message that shows the code
    deleted = await bot.api.wait_for("deleteMessage", since=since)  # the code is taken away
    assert deleted.params["chat_id"] == GROUP
    # A member of the group presses nothing and gets nothing: no question, no code, no claim.
    to_group = [c for c in bot.api.calls()[since:] if c.params.get("chat_id") == GROUP]
    assert [c.method for c in to_group] == ["sendMessage", "deleteMessage"]
    assert payload.removeprefix("c-") not in str([c.params for c in bot.api.calls()[since:]])
    assert bot.services.speakers.user_of("boubacar-bah") is None
    # The code was not used up: its owner opens it again, in private, and claims.
    assert "Thank you" in await claim(bot, SPEAKER, payload)
    assert bot.services.speakers.user_of("boubacar-bah") == SPEAKER


async def test_the_yes_button_is_worthless_to_anyone_else(bot: RunningBot) -> None:
    payload = await invite(bot, "Boubacar Bah")
    question = await bot.command(SPEAKER, "start", payload)
    yes = button_data(question, "claim|")
    assert payload.removeprefix("c-") not in yes  # the button holds no part of the code
    # Someone else presses the same data: on the speaker's message, or on one in their own chat.
    since = bot.api.call_count
    bot.api.press_button(IMPOSTOR, (SPEAKER, question.result["message_id"]), yes, check_button=False)
    alert = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert (alert.params["text"], alert.params["show_alert"]) == (REFUSAL, True)
    own = await bot.command(IMPOSTOR, "help")
    since = bot.api.call_count
    bot.api.press_button(IMPOSTOR, own, yes, check_button=False)
    assert await callback_answers(bot, since, 1) == [REFUSAL]
    # Their own link to the same person does not help them either: it asks, it does not claim.
    question_to_impostor = await bot.command(IMPOSTOR, "start", payload)
    assert "Are you Boubacar Bah" in question_to_impostor.params["text"]
    pressed = await bot.press(IMPOSTOR, question_to_impostor, yes, check_button=False)
    assert pressed.params["text"] == REFUSAL
    assert bot.services.speakers.user_of("boubacar-bah") is None
    # The speaker's own Yes, in their own chat, still works.
    assert "Thank you" in (await bot.press(SPEAKER, question, yes)).params["text"]
    assert bot.services.speakers.user_of("boubacar-bah") == SPEAKER


async def test_invite_in_a_group_sends_the_link_privately(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.send_command(ORGANISER, "invite", "Boubacar", "Bah", chat_id=GROUP, chat_type="supergroup")
    said = await bot.api.wait_for(in_group, since=since)
    assert said.params["text"] == "I sent you the answer in our private chat."
    private = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.params["chat_id"] == ORGANISER, since=since
    )
    match = re.search(r"https://t\.me/mechelen_bot\?start=(c-[A-Za-z0-9_-]+)", private.params["text"])
    assert match and private.params["text"].startswith("Invitation for Boubacar Bah")
    to_group = [c for c in bot.api.calls()[since:] if c.params.get("chat_id") == GROUP]
    assert [c.params.get("text") for c in to_group] == ["I sent you the answer in our private chat."]
    assert "Thank you" in await claim(bot, SPEAKER, match.group(1))


async def test_invite_in_a_group_when_the_organiser_cannot_be_written_to(bot: RunningBot) -> None:
    bot.api.fail_next("sendMessage", 403, chat_id=ORGANISER)  # never started the bot, or blocked it
    since = bot.api.call_count
    bot.api.send_command(ORGANISER, "invite", "Boubacar", "Bah", chat_id=GROUP, chat_type="supergroup")
    said = await bot.api.wait_for(in_group, since=since)
    assert said.params["text"] == (
        "I cannot write to you in private yet: open our private chat, then send /invite there."
    )
    assert url_buttons(said) == [("💬 Open the private chat", "https://t.me/mechelen_bot?start=invite")]
    delivered = [c.params for c in bot.api.calls()[since:] if c.ok]
    assert "t.me/mechelen_bot?start=c-" not in str(delivered)  # the refused send was the only try
    assert await bot.services.speakers.invited() == set()  # the link that reached nobody is withdrawn


# Every claim path is throttled, in the database (issue 18, item 9).
async def callback_answers(bot: RunningBot, since: int, count: int | None = None) -> list[str | None]:
    """The texts of the callback answers after call `since`: the first `count` of them, or (with
    no count) all of them once a second has passed without a new one."""
    position, answers = since, list[str | None]()
    while count is None or len(answers) < count:
        try:
            call = await bot.api.wait_for(
                "answerCallbackQuery", since=position, timeout=1 if count is None else 5
            )
        except TimeoutError:
            if count is None:
                return answers
            raise
        answers.append(call.params.get("text"))
        position = bot.api.calls().index(call) + 1
    return answers


async def test_forged_yes_presses_are_throttled_and_then_even_the_right_one_is_refused(
    bot: RunningBot,
) -> None:
    question = await bot.command(SPEAKER, "start", await invite(bot, "Joan Clos"))
    yes = button_data(question, "claim|")
    for attempt in range(5):
        since = bot.api.call_count
        bot.api.press_button(SPEAKER, question, f"claim|{attempt:08x}", check_button=False)
        assert await callback_answers(bot, since, 1) == [REFUSAL]
    # The right press, by the right person, in the right chat: refused while throttled, same words.
    since = bot.api.call_count
    bot.api.press_button(SPEAKER, question, yes, check_button=False)
    assert await callback_answers(bot, since, 1) == [REFUSAL]
    assert bot.services.speakers.user_of("joan-clos") is None


async def test_a_burst_of_forged_presses_claims_nothing_and_throttles(bot: RunningBot) -> None:
    question = await bot.command(SPEAKER, "start", await invite(bot, "Joan Clos"))
    yes = button_data(question, "claim|")
    since = bot.api.call_count
    for attempt in range(50):  # as fast as the fake server takes them: the chat floods
        bot.api.press_button(SPEAKER, question, f"claim|{attempt:08x}", check_button=False)
    answers = await callback_answers(bot, since)
    # Every press is answered: those handled with the refusal, those dropped as a flood with the
    # flood's answer (once told to slow down, then silently).
    assert len(answers) == 50
    handled = [text for text in answers if text is not None and "faster than I can answer" not in text]
    assert len(handled) >= 5 and set(handled) == {REFUSAL}
    since = bot.api.call_count
    bot.api.press_button(SPEAKER, question, yes, check_button=False)
    assert await callback_answers(bot, since, 1) == [REFUSAL]
    assert bot.services.speakers.user_of("joan-clos") is None


async def test_the_claim_throttle_survives_a_restart(bot: RunningBot) -> None:
    good = await invite(bot, "Joan Clos")
    for attempt in range(5):
        assert await claim(bot, IMPOSTOR, f"c-wrong{attempt}") == REFUSAL
    await bot.restart()
    assert await claim(bot, IMPOSTOR, good) == REFUSAL
    bot.clock.advance(timedelta(minutes=11))  # the window has passed
    assert "Thank you" in await claim(bot, IMPOSTOR, good)
