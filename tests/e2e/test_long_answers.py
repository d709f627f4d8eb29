"""A long answer comes a page at a time with its buttons, and "More" shows the next page in place
(through the local Bot API server)."""

from __future__ import annotations

from tests.e2e.harness import RunningBot, button_data, buttons

DIANA = 1010


async def test_a_long_answer_pages_with_more_and_previous(bot: RunningBot) -> None:
    first = await bot.ask(DIANA, "sessions about migration")
    text = first.params["text"]
    assert "… and 7 more sessions." in text
    labels = [label for label, _ in buttons(first)]
    assert len(labels) == 9  # a button per session of the page, and More
    assert labels[-1] == "More ▸"
    second = await bot.press(DIANA, first, button_data(first, "more|"))
    assert second.method == "editMessageText"
    assert "more sessions" not in second.params["text"]
    assert [label for label, _ in buttons(second)][-1] == "◀ Previous"
    shown_first = {label for label in labels[:-1]}
    shown_second = {label for label, _ in buttons(second)[:-1]}
    assert len(shown_second) == 7 and not shown_first & shown_second  # the other sessions
    back = await bot.press(DIANA, second, button_data(second, "◀"))
    assert back.params["text"] == text


async def test_a_forgotten_list_says_so(bot: RunningBot) -> None:
    first = await bot.ask(DIANA, "what's on tomorrow")
    assert bot.application is not None
    bot.application.bot_data.recent_questions.clear()  # as after a restart
    answered = await bot.press(DIANA, first, button_data(first, "more|"), method="answerCallbackQuery")
    assert answered.method == "answerCallbackQuery"
    assert "no longer available" in answered.params["text"]
