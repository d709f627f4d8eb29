"""Questions to the panel through the real bot: asked from a running session's card or written as
"question for the panel: …", voted once by another follower, ranked for the claimed moderator who
marks one answered, hidden by an organiser; never shown with who asked; refused outside the
session's time and beyond the rate limit. The clock is moved by the test, never slept on."""

from __future__ import annotations

import re

import pytest

from bot.programme.current import short_id
from tests.e2e.harness import RunningBot, at, button_data, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ORGANISER, ANNA, BRUNO, MODERATOR, STRANGER = 6201, 6202, 6203, 6204, 6205
DRIVERS = "d1-session-drivers-of-migration"  # Alcazar, Thursday 15:00–16:30, moderated by Katja Schaefer
COOPERATION = "d1-session-international-cooperation"  # Auditoire, at the same time
KEY = short_id(DRIVERS)
ANNA_NAMES = ("Annabel", "annabel_q", str(ANNA))  # what would tell who asked


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    clock.set(at("2017-11-16T15:10:00+01:00"))
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def drivers_card(bot: RunningBot, user_id: int) -> Call:
    answer = await bot.ask(user_id, "what's next in Alcazar")
    return await bot.press(user_id, answer, button_data(answer, "Drivers"))


async def follow_drivers(bot: RunningBot, user_id: int) -> Call:
    card = await drivers_card(bot, user_id)
    await bot.press(user_id, card, button_data(card, "st|"))
    return card


async def answer_to_press(bot: RunningBot, user_id: int, message: Call, data: str) -> str:
    """The text of the callback answer to a press (the popup or the toast)."""
    since = len(bot.api.calls())
    bot.api.press_button(user_id, message, data, check_button=False)
    answer = await bot.api.wait_for(
        lambda c: c.method == "answerCallbackQuery" and c.params.get("text") is not None, since=since
    )
    return answer.params["text"]


async def as_anna(bot: RunningBot, text: str) -> Call:
    return await bot.ask(ANNA, text, first_name="Annabel", username="annabel_q")


async def claim_moderator(bot: RunningBot) -> None:
    answer = await bot.command(ORGANISER, "invite", "Katja", "Schaefer")
    payload = re.search(r"start=(c-[A-Za-z0-9_-]+)", answer.params["text"])
    assert payload
    claim = await bot.command(MODERATOR, "start", payload.group(1))
    await bot.press(MODERATOR, claim, button_data(claim, "claim|"))


async def test_asked_voted_once_ranked_for_the_moderator_answered_and_hidden_never_with_the_asker(
    bot: RunningBot,
) -> None:
    await claim_moderator(bot)
    card = await follow_drivers(bot, ANNA)
    await follow_drivers(bot, BRUNO)
    assert (f"qa|{KEY}", f"qs|{KEY}|0") == (
        button_data(card, "Ask the panel"),
        button_data(card, "Questions"),
    )
    prompt = await bot.press(ANNA, card, f"qa|{KEY}")
    assert prompt.params["text"].startswith("❓ Your question for the panel of “Drivers of migration”")
    sent = await as_anna(bot, "How do cities <fund> this?")
    assert sent.params["text"] == (
        "✅ Your question is with the panel of “Drivers of migration”: “How do cities &lt;fund&gt; this?”"
    )
    # Written as a question to the panel: the one followed session on now is the one.
    sent = await as_anna(bot, "question for the panel: And the youth?")
    assert sent.params["text"].endswith("“And the youth?”")
    # The next message is a question to the bot again.
    assert "Scala" in (await as_anna(bot, "what's next in Scala")).params["text"]

    seen = await bot.command(BRUNO, "questions")
    text = seen.params["text"]
    assert "1. 👍 0 — How do cities &lt;fund&gt; this?\n2. 👍 0 — And the youth?" in text
    assert not any(name in str(seen.params) for name in ANNA_NAMES)
    youth = button_data(seen, "👍 2")
    since = len(bot.api.calls())
    assert await answer_to_press(bot, BRUNO, seen, youth) == "Your vote is counted."
    edited = await bot.api.wait_for("editMessageText", since=since)
    assert "1. 👍 1 — And the youth? ✓\n2. 👍 0 — How do cities &lt;fund&gt; this?" in edited.params["text"]
    # Once each: a second press is refused, and the asker votes for nobody's question of hers.
    assert await answer_to_press(bot, BRUNO, seen, youth) == "You have already voted for this question."
    assert await answer_to_press(bot, ANNA, seen, youth) == "This is your own question."
    mine = await bot.command(ANNA, "questions")
    assert "1. 👍 1 — And the youth? <i>(yours)</i>" in mine.params["text"]
    assert [label for label, _ in buttons(mine)] == ["🔄 Refresh"]  # no vote for her own
    assert [q.votes for q in await bot.services.panel.questions([DRIVERS])] == [0, 1]

    hosted = await bot.command(MODERATOR, "questions")
    text = hosted.params["text"]
    assert "Open questions, most votes first" in text
    assert "1. 👍 1 — And the youth?\n2. 👍 0 — How do cities &lt;fund&gt; this?" in text
    assert not any(name in str(hosted.params) for name in ANNA_NAMES)
    assert [label for label, _ in buttons(hosted)] == ["✅ 1", "🙈 1", "✅ 2", "🙈 2", "🔄 Refresh"]
    since = len(bot.api.calls())
    assert await answer_to_press(bot, MODERATOR, hosted, button_data(hosted, "✅ 1")) == "Marked answered."
    edited = await bot.api.wait_for("editMessageText", since=since)
    assert "1. 👍 0 — How do cities &lt;fund&gt; this?" in edited.params["text"]
    assert "✅ Answered:\n• 👍 1 — And the youth?" in edited.params["text"]
    # An attendee neither marks answered nor hides.
    assert await answer_to_press(bot, BRUNO, hosted, button_data(hosted, "🙈 2")) == (
        "Only the session's moderator, its speakers or the organisers do that."
    )
    seen = await bot.command(BRUNO, "questions")
    assert "And the youth?" not in seen.params["text"]
    assert "1. 👍 0 — How do cities &lt;fund&gt; this?" in seen.params["text"]

    # An organiser (the moderator hosts this session) hides it; marking answered is the moderator's.
    overseen = await bot.command(ORGANISER, "questions", "drivers", "of", "migration")
    assert "You see them as an organiser: you may hide any." in overseen.params["text"]
    assert [label for label, _ in buttons(overseen)] == ["🙈 1", "🔄 Refresh"]
    assert await answer_to_press(bot, ORGANISER, overseen, button_data(overseen, "🙈 1")) == "Hidden."
    seen = await bot.command(BRUNO, "questions")
    assert "No open question yet." in seen.params["text"]
    assert "fund" not in (await bot.command(MODERATOR, "questions")).params["text"]

    # Who follows nothing sees nothing.
    refused = await bot.command(STRANGER, "questions")
    assert refused.params["text"].startswith("No session you follow is on now.")
    card = await drivers_card(bot, STRANGER)
    assert await answer_to_press(bot, STRANGER, card, f"qs|{KEY}|0") == (
        "Only those who follow this session (⭐ on its card) see its questions and vote."
    )


async def test_questions_are_taken_only_while_the_session_runs(bot: RunningBot) -> None:
    bot.clock.set(at("2017-11-16T14:50:00+01:00"))
    card = await follow_drivers(bot, ANNA)
    assert not any(data.startswith("qa|") for _, data in buttons(card))
    assert await answer_to_press(bot, ANNA, card, f"qa|{KEY}") == (
        "This session is not on now: questions are taken while it runs."
    )
    written = await as_anna(bot, "question for the panel: too early?")
    assert written.params["text"].startswith("None of the sessions you follow is on now.")
    # Pressed just before the end, written just after: refused.
    bot.clock.set(at("2017-11-16T16:29:00+01:00"))
    card = await drivers_card(bot, ANNA)
    await bot.press(ANNA, card, f"qa|{KEY}")
    bot.clock.set(at("2017-11-16T16:30:00+01:00"))
    late = await as_anna(bot, "too late?")
    assert late.params["text"] == "This session is not on now: questions are taken while it runs."
    assert await bot.services.panel.questions([DRIVERS]) == []


async def test_three_questions_per_session_in_ten_minutes(bot: RunningBot) -> None:
    card = await follow_drivers(bot, ANNA)
    for minute in (10, 11, 12):
        bot.clock.set(at(f"2017-11-16T15:{minute}:00+01:00"))
        sent = await as_anna(bot, f"question for the panel: number {minute}?")
        assert sent.params["text"].startswith("✅")
    bot.clock.set(at("2017-11-16T15:13:00+01:00"))
    refused = await as_anna(bot, "question for the panel: one more?")
    assert refused.params["text"] == (
        "You have asked 3 questions for this session in the last 10 minutes: "
        "you may ask another at 3:20\u202fPM."
    )
    assert await answer_to_press(bot, ANNA, card, f"qa|{KEY}") == refused.params["text"]
    bot.clock.set(at("2017-11-16T15:20:00+01:00"))
    assert (await as_anna(bot, "question for the panel: one more?")).params["text"].startswith("✅")
    assert len(await bot.services.panel.questions([DRIVERS])) == 4


async def test_which_session_when_several_followed_are_on_and_cancel_after_ask(bot: RunningBot) -> None:
    await follow_drivers(bot, ANNA)
    await bot.services.stars.star(ANNA, COOPERATION, bot.clock.now())
    choice = await as_anna(bot, "pregunta para el panel: ¿Quién paga?")
    assert choice.params["text"] == "Which session is your question for?"
    assert [data for _, data in buttons(choice)] == [f"qp|{KEY}", f"qp|{short_id(COOPERATION)}"]
    sent = await bot.press(ANNA, choice, f"qp|{short_id(COOPERATION)}", method="sendMessage")
    assert sent.params["text"].endswith("“¿Quién paga?”")
    assert [q.text for q in await bot.services.panel.questions([COOPERATION])] == ["¿Quién paga?"]
    card = await drivers_card(bot, ANNA)
    prompt = await bot.press(ANNA, card, f"qa|{KEY}")
    stopped = await bot.press(ANNA, prompt, "qx")
    assert stopped.params["text"] == "No question, then."
    assert "Scala" in (await as_anna(bot, "what's next in Scala")).params["text"]
    assert await bot.services.panel.questions([DRIVERS]) == []


GARBAGE = (
    "qa|",
    "qa|nope",
    "qa|{key}|extra",
    "qs|{key}",
    "qs|{key}|x",
    "qs|nope|0",
    "qv|",
    "qv|x",
    "qv|999",
    "qv|99999999999999999999",
    "qv|-1",
    "qok|0",
    "qok|1|2",
    "qh|999999999999",
    "qp|{key}",  # nothing waiting for a session
    "qp|nope",
)


async def test_garbage_panel_buttons_are_answered_once_with_a_reason(bot: RunningBot) -> None:
    card = await follow_drivers(bot, ANNA)
    for pattern in GARBAGE:
        since = len(bot.api.calls())
        bot.api.press_button(ANNA, card, pattern.format(key=KEY), check_button=False)
        answer = await bot.api.wait_for("answerCallbackQuery", since=since)
        said = answer.params.get("text")
        assert said and "Sorry" not in said, pattern
    assert await bot.services.panel.questions([DRIVERS]) == []


async def test_in_french_the_card_the_question_and_the_list(bot: RunningBot) -> None:
    answer = await bot.ask(BRUNO, "prochaine séance à Alcazar", language_code="fr")
    card = await bot.press(BRUNO, answer, button_data(answer, "Moteurs"), language_code="fr")
    await bot.press(BRUNO, card, button_data(card, "st|"), language_code="fr")
    assert button_data(card, "❓ Question au panel") == f"qa|{KEY}"
    sent = await bot.ask(BRUNO, "Question pour le panel : Qui finance ?", language_code="fr")
    assert sent.params["text"] == (
        "✅ Votre question est transmise au panel de « Moteurs de la migration » : « Qui finance ? »"
    )
    seen = await bot.command(BRUNO, "questions", language_code="fr")
    assert "1. 👍 0 — Qui finance ? <i>(la vôtre)</i>" in seen.params["text"]
