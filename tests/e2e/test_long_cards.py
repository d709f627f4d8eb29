"""A session whose title and description are far beyond a message can still be opened, shown in
full detail, starred, browsed to and shared: every card is one message within Telegram's limit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answers.split import utf16_length
from bot.clock import FixedClock
from bot.config import ROOT
from tests.answers.test_card_limits import hostile_programme_text
from tests.e2e.harness import RunningBot, at, button_data, buttons, make_config, sent_to
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call

USER = 7301
GFMD = ROOT / "data" / "gfmd-2020" / "programme.toml"
TITLE_START = "<b>Human mobility &amp;&lt;b&gt;é😀 &amp;&lt;b&gt;é😀"


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FixedClock):
    programme = tmp_path / "programme.toml"
    programme.write_text(hostile_programme_text(), encoding="utf-8")
    config = make_config(api, tmp_path / "bot.sqlite3", programme=str(programme))
    running = RunningBot(api, config, clock)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


def assert_one_card(call: Call) -> str:
    assert call.ok, call.description
    text = call.params["text"]
    assert utf16_length(text) <= 4096
    first = text.split("\n", 1)[0]
    assert first.startswith(TITLE_START) and first.endswith("…</b>"), first[:80]
    return text


def with_buttons(call: Call) -> bool:
    return sent_to(USER)(call) and bool(call.params.get("reply_markup"))


async def answer_with_buttons(bot: RunningBot, text: str) -> Call:
    """The answer's part that carries the buttons (the last one of a long answer)."""
    since = len(bot.api.calls())
    bot.api.send_text(USER, text)
    # A long answer comes in several parts, one a second (Telegram's pace in one chat).
    return await bot.api.wait_for(with_buttons, since=since, timeout=30)


async def test_a_huge_session_opens_in_one_card_and_stars(bot: RunningBot) -> None:
    answer = await answer_with_buttons(bot, "what's next in Alcazar")
    since = len(bot.api.calls())
    card_call = await bot.press(USER, answer, button_data(answer, "Human mobility"))
    card = assert_one_card(card_call)
    assert "🕒 Thursday 16 November, 12:45" in card and "📍 Alcazar" in card
    # Opened as one message, not several parts.
    assert [c.method for c in bot.api.calls()[since:] if c.method == "sendMessage"] == ["sendMessage"]

    details = assert_one_card(await bot.press(USER, card_call, button_data(card_call, "sd|")))
    description = details.split("\n")[-1]
    assert description.startswith("Tom &amp; Jerry &lt;script&gt; Tom") and description.endswith("…")

    since = len(bot.api.calls())
    starred = await bot.press(USER, card_call, button_data(card_call, "st|"))
    # Only the star button changes: the card, details open, stays as it is.
    assert starred.method == "editMessageReplyMarkup" and starred.ok
    assert "★ Unstar" in [label for label, _ in buttons(starred)]
    assert bot.api.message(USER, card_call.result["message_id"])["text"] == details
    # The details' own answer (no text) may be recorded after `since`: wait for the star's.
    answered = await bot.api.wait_for(
        lambda c: c.method == "answerCallbackQuery" and "text" in c.params, since=since
    )
    assert answered.ok and answered.params["text"] == "Added to your sessions."
    assert bot.services.stars.of(USER) == frozenset({"d1-workshop-right-to-the-city"})
    assert [c for c in bot.api.calls() if not c.ok] == []


async def test_a_huge_session_is_browsed_to_and_shared(bot: RunningBot) -> None:
    menu = await bot.command(USER, "programme")
    day = await bot.press(USER, menu, button_data(menu, "pday|"))
    rooms = await bot.press(USER, day, button_data(day, "prooms|"))
    alcazar = await bot.press(USER, rooms, button_data(rooms, "Alcazar"))
    assert_one_card(await bot.press(USER, alcazar, button_data(alcazar, "Human mobility")))

    since = len(bot.api.calls())
    bot.api.send_inline_query(USER, "human mobility")
    inline = await bot.api.wait_for("answerInlineQuery", since=since)
    assert inline.ok, inline.description
    (result,) = [r for r in inline.params["results"] if r["title"].startswith("Human mobility &<b>")]
    assert len(result["title"]) <= 200 and result["title"].endswith("…")
    content = result["input_message_content"]["message_text"]
    assert utf16_length(content) <= 4096 and content.startswith(TITLE_START)
    assert [c for c in bot.api.calls() if not c.ok] == []


async def test_a_document_with_a_huge_title_is_sent_with_a_caption_that_fits(
    api: FakeBotApi, tmp_path: Path
) -> None:
    folder = tmp_path / "gfmd"
    shutil.copytree(GFMD.parent, folder)
    programme = folder / "programme.toml"
    text = programme.read_text(encoding="utf-8")
    original = 'en = "Background paper of round table 3.1"'
    assert text.count(original) == 1
    programme.write_text(text.replace(original, 'en = "Background paper ' + "& <notes> " * 300 + '"'))
    config = make_config(api, tmp_path / "bot.sqlite3", programme=str(programme))
    bot = await RunningBot(api, config, FixedClock(at("2020-01-22T10:00:00-05:00"))).start()
    try:
        answer = await answer_with_buttons(bot, "background paper for the round table on arrival cities")
        card = await bot.press(USER, answer, button_data(answer, "Round table 3.1"))
        since = len(api.calls())
        api.press_button(USER, card, button_data(card, "Documents"))
        panel = await api.wait_for(with_buttons, since=since, timeout=30)
        parts = [c for c in api.calls()[since:] if sent_to(USER)(c)]
        assert len(parts) >= 2 and all(utf16_length(c.params["text"]) <= 4096 for c in parts)
        sent = await bot.press(USER, panel, button_data(panel, "docf|"), method="sendDocument")
        assert sent.ok, sent.description
        caption = sent.params["caption"]
        assert caption.startswith("Background paper &amp; &lt;notes&gt; &amp; &lt;notes&gt;")
        assert caption.endswith("…") and utf16_length(caption) <= 1024
        assert [c for c in api.calls() if not c.ok] == []
    finally:
        await bot.stop()
