"""Button presses carrying data the bot never made (old clients, forged updates, other bots' data).

Telegram shows a spinner on a pressed button until the bot answers the callback query; a query
left unanswered spins for the user. Every press must be answered, malformed data refused in a
short message of its own (never "Sorry, something went wrong"), nothing logged as an error, and
the bot must go on working.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

import pytest

from bot.callback_data import fits, position
from bot.i18n import LANGUAGES, speaker
from tests.e2e.harness import RunningBot, button_data, make_config, sent_to
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

ATTENDEE, ORGANISER = 6101, 6102

# `{key}` is the short id of a real session, so that the right action with a real session and
# wrong other fields is tried too.
GARBAGE = (
    "",  # no data at all
    "x",  # an unknown action
    "zz|1|2",  # an unknown action with fields
    "|||",  # separators only
    "\u0000",  # a control character
    "a" * 64,  # 64 bytes, Telegram's limit, of nothing known
    "st",  # a known action without its separator
    "st|",  # an empty session
    "st|nope",  # an unknown session
    "st|{key}|pday|0|x|y|z",  # a Back path that is no view
    "o|{key}|" + "9" * 40,  # a Back path of digits
    "sd|" + "9" * 61,  # 64 bytes of digits as the session
    "s|é☃😀",  # unicode
    "pday",  # a view without its day
    "pday|x",  # a day that is no date
    "pday|" + "9" * 59,  # a huge day
    "pday|-1",  # a negative day
    "pday|0",  # a day as the position it once was
    "pday|20171116",  # a day not written as buttons write it
    "pday|2017-02-30",  # a date that is none
    "pday|2017-11-18",  # a date beyond the conference
    "proom|2017-11-16|nowhere",  # a room that is none
    "proom|2017-11-16|0",  # a room as the position it once was
    "proom|0|alcazar",  # a room on a day that is none
    "proom|2017-11-16|#00000000",  # a hashed room id that is none
    "ptime|2017-11-16|9999",  # a time that is none
    "pdays|extra",  # an extra field
    "cal|",
    "cal|nope|extra",
    "doc|",
    "docf|{key}|x",
    "docf|{key}|99999999999999999999",
    "docq",
    "lang|xx",
    "lang|",
    "remind|abc",
    "remind|99999999999999999999999",
    "claim|",
    "claim|x|y|z",
    "noclaim|x",
    "slead|abc",
    "an|",
    "an|abc|def",
    "omv|",
    "omvr|{key}|x",
    "ort|nope",
    "ortm|{key}|abc",
    "ocx|{key}|extra|" + "9" * 30,
    "ors|",
    "ok|",
    "ok|rt|{key}|abc|def",
    "ok|mv|{key}|99999999999999999999",
    "no|x",
    "grid|",  # the day's picture: no day
    "grid|9",  # a day as a position
    "grid|2017-11-18",  # a day beyond the conference
    "gridp|2017-11-16|99999999999",  # a page beyond the day's
    "gridp|2017-11-16|-1",
    "gridp|x|0",
    "gridf|2017-11-17|extra",
    "myday|",
    "myday|2017-11-19|1",
    "myday|2017-11-16|x",
)

SORRY = frozenset(
    speaker(language, ZoneInfo("UTC"))._("Sorry, something went wrong. Please try again.")
    for language in LANGUAGES
)
NO_LONGER_VALID = speaker("en", ZoneInfo("UTC"))._("This button is no longer valid.")


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path, clock):
    config = make_config(api, tmp_path / "bot.sqlite3", organiser_ids=frozenset({ORGANISER}))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def delivered_queries(api: FakeBotApi) -> dict[str, str]:
    """callback query id → data, of every callback query the bot received."""
    queries: dict[str, str] = {}
    for call in api.calls("getUpdates"):
        for update in call.result or ():
            if "callback_query" in update:
                queries[update["callback_query"]["id"]] = update["callback_query"].get("data", "")
    return queries


async def press_all(bot: RunningBot, user_id: int) -> dict[str, list[Call]]:
    """Every garbage datum pressed on a card: its pattern in GARBAGE → the answers to its query."""
    answer = await bot.ask(user_id, "what's next in Alcazar")
    card = await bot.press(user_id, answer, button_data(answer, "Human mobility"))
    key = button_data(card, "st|").split("|")[1]
    pressed = [pattern.format(key=key) for pattern in GARBAGE]
    for data in pressed:
        # One at a time, as a person presses: a burst past the chat's backlog would be throttled
        # (answered, but as a flood: tests/e2e/test_capacity.py).
        since = len(bot.api.calls())
        bot.api.press_button(user_id, card, data, check_button=False)
        await bot.api.wait_for("answerCallbackQuery", since=since, timeout=10)
    # One chat's updates are handled in order: once this is answered, every press above has been.
    since = len(bot.api.calls())
    bot.api.send_text(user_id, "what's next in Alcazar")
    await bot.api.wait_for(
        lambda c: sent_to(user_id)(c) and c.params.get("text", "").startswith("Next in Alcazar"),
        since=since,
        timeout=60,
    )
    pattern_of = dict(zip(pressed, GARBAGE, strict=True))
    garbage = {qid: data for qid, data in delivered_queries(bot.api).items() if data in pattern_of}
    assert sorted(garbage.values()) == sorted(pressed)
    answers: dict[str, list[Call]] = {pattern: [] for pattern in GARBAGE}
    for call in bot.api.calls("answerCallbackQuery"):
        sent = garbage.get(call.params["callback_query_id"])
        if sent is not None:
            answers[pattern_of[sent]].append(call)
    return answers


def test_the_garbage_is_varied() -> None:
    assert len(GARBAGE) >= 30
    assert len(set(GARBAGE)) == len(GARBAGE)
    assert max(len(data.format(key="abcdef").encode()) for data in GARBAGE) == 64


USERS = pytest.mark.parametrize("user_id", [ATTENDEE, ORGANISER], ids=["attendee", "organiser"])


@USERS
async def test_every_garbage_button_is_answered(bot: RunningBot, user_id: int) -> None:
    answers = await press_all(bot, user_id)
    assert [data for data, calls in answers.items() if not calls] == []
    assert [(data, calls[0].description) for data, calls in answers.items() if not calls[0].ok] == []
    # Data no handler knows gets the catch-all's answer.
    for data in ("", "x", "zz|1|2", "|||", "\u0000", "a" * 64, "st", "pday", "docq"):
        assert [call.params.get("text") for call in answers[data]] == [NO_LONGER_VALID], data


@USERS
async def test_garbage_buttons_are_refused_cleanly(
    bot: RunningBot, user_id: int, caplog: pytest.LogCaptureFixture
) -> None:
    """Answered once, with a message of its own (never "Sorry, something went wrong"), nothing
    logged as an error, nothing done."""
    answers = await press_all(bot, user_id)
    texts = {data: [call.params.get("text") for call in calls] for data, calls in answers.items()}
    unclean = {
        data: said for data, said in texts.items() if len(said) != 1 or not said[0] or said[0] in SORRY
    }
    assert unclean == {}
    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    assert bot.services.stars.of(user_id) == frozenset()  # no garbage starred anything
    # Refused by the handler that knows the action, not only by the catch-all.
    assert texts["st|nope"] == ["This session is no longer in the programme."]
    assert texts["pday|-1"] == texts["pday|0"] == texts["proom|2017-11-16|nowhere"] == [NO_LONGER_VALID]
    assert texts["proom|2017-11-16|0"] == texts["grid|9"] == texts["myday|2017-11-19|1"] == [NO_LONGER_VALID]
    assert texts["docf|{key}|x"] == ["This document is no longer in the programme."]
    assert texts["st|{key}|pday|0|x|y|z"] == texts["o|{key}|" + "9" * 40] == [NO_LONGER_VALID]


def test_positions_in_button_data_are_plain_small_numbers() -> None:
    assert [position(text, 3) for text in ("0", "2", "3", "-1", "٣", "1e3", "", " 1", "9" * 30)] == [
        0,
        2,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    ]
    assert fits("st", "abcdef", "proom", "2017-11-16", "alcazar")
    assert not fits("st", "a|b")
    assert not fits("sd", "x" * 62)


async def test_an_organiser_id_beyond_telegram_gets_a_specific_answer(bot: RunningBot) -> None:
    expected = "Write: /organisers add ID or /organisers remove ID, where ID is a Telegram user id."
    for argument in ("9" * 30, "99999999999999999999", "9223372036854775808", "-5", "0", "abc", "١٢٣"):
        answer = await bot.command(ORGANISER, "organisers", "add", argument)
        assert answer.params["text"] == expected, argument
    assert bot.services.organisers.all() == [ORGANISER]
