"""A session's document reaches attendees through the real bot and the local Bot API server: asked
for in words, opened from the session's card, uploaded once and then re-sent by Telegram's
file_id; the guiding questions on demand. Also a conference known only by its information."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.config import ROOT
from tests.e2e.harness import RunningBot, at, button_data, buttons, make_config
from tests.fakes import FakeBotApi

GFMD = ROOT / "data" / "gfmd-2020" / "programme.toml"
IDM = ROOT / "data" / "idm-2015" / "programme.toml"
PAPER = GFMD.parent / "docs" / "gfmd-2020-roundtable-3.1-background-paper.fr.md"
ANA, BEN = 2001, 2002


async def _running(api: FakeBotApi, tmp_path: Path, programme: Path, when: str) -> RunningBot:
    config = make_config(api, tmp_path / "bot.sqlite3", programme=str(programme))
    return await RunningBot(api, config, FixedClock(at(when))).start()


@pytest.fixture
async def gfmd_bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    running = await _running(api, tmp_path, GFMD, "2020-01-22T10:00:00-05:00")
    try:
        yield running
    finally:
        await running.stop()


async def test_background_paper_is_uploaded_once_then_sent_by_file_id(gfmd_bot: RunningBot) -> None:
    bot, api = gfmd_bot, gfmd_bot.api
    answer = await bot.ask(ANA, "background paper for the round table on arrival cities")
    assert "📄 Background paper of round table 3.1" in answer.params["text"]
    card = await bot.press(ANA, answer, button_data(answer, "Round table 3.1"))
    assert "Round table 3.1" in card.params["text"]
    panel = await bot.press(ANA, card, button_data(card, "Documents"))
    assert panel.method == "sendMessage"
    assert "Background paper of round table 3.1" in panel.params["text"]
    assert [label for label, _ in buttons(panel)] == [
        "📄 Background paper of round table 3.1",
        "❓ Guiding questions",
    ]

    first = await bot.press(ANA, panel, button_data(panel, "docf|"), method="sendDocument")
    assert first.ok
    upload = first.files["document"]
    assert (upload.filename, upload.data) == (PAPER.name, PAPER.read_bytes())
    assert first.params["caption"] == "Background paper of round table 3.1 <i>(French)</i>"
    file_id = first.result["document"]["file_id"]

    # Another attendee, in Spanish: the same file, sent by its file_id without uploading it again.
    es = {"language_code": "es"}
    answer = await bot.ask(
        BEN, "documento de antecedentes de la mesa redonda sobre ciudades de llegada", **es
    )
    card = await bot.press(BEN, answer, button_data(answer, "Mesa redonda 3.1"), **es)
    panel = await bot.press(BEN, card, button_data(card, "Documentos"), **es)
    second = await bot.press(BEN, panel, button_data(panel, "docf|"), method="sendDocument", **es)
    assert second.ok
    assert second.files == {}
    assert second.params["document"] == file_id
    assert second.params["caption"] == "Documento de antecedentes de la mesa redonda 3.1 <i>(francés)</i>"
    assert api.file(file_id).data == PAPER.read_bytes()
    assert len([c for c in api.calls("sendDocument") if c.files]) == 1


async def test_a_file_is_not_uploaded_again_after_a_restart(gfmd_bot: RunningBot) -> None:
    bot, api = gfmd_bot, gfmd_bot.api
    answer = await bot.ask(ANA, "any documents?")
    card = await bot.press(ANA, answer, button_data(answer, "Round table"))
    panel = await bot.press(ANA, card, button_data(card, "Documents"))
    first = await bot.press(ANA, panel, button_data(panel, "docf|"), method="sendDocument")
    file_id = first.result["document"]["file_id"]
    await bot.restart()  # the file_id is in the database, not only in memory
    answer = await bot.ask(BEN, "any documents?")
    card = await bot.press(BEN, answer, button_data(answer, "Round table"))
    panel = await bot.press(BEN, card, button_data(card, "Documents"))
    again = await bot.press(BEN, panel, button_data(panel, "docf|"), method="sendDocument")
    assert again.files == {}
    assert again.params["document"] == file_id
    assert len([c for c in api.calls("sendDocument") if c.files]) == 1


async def test_a_forgotten_file_id_is_uploaded_again(gfmd_bot: RunningBot) -> None:
    bot = gfmd_bot
    answer = await bot.ask(ANA, "any documents?")
    card = await bot.press(ANA, answer, button_data(answer, "Round table"))
    panel = await bot.press(ANA, card, button_data(card, "Documents"))
    await bot.press(ANA, panel, button_data(panel, "docf|"), method="sendDocument")
    bot.api.fail_next(
        "sendDocument", 400, description="Bad Request: wrong file identifier/HTTP URL specified"
    )
    since = len(bot.api.calls())
    bot.api.press_button(ANA, panel, button_data(panel, "docf|"))
    sent = await bot.api.wait_for(lambda c: c.method == "sendDocument" and c.ok, since=since)
    assert sent.files["document"].data == PAPER.read_bytes()


async def test_guiding_questions_are_shown_on_demand(gfmd_bot: RunningBot) -> None:
    bot = gfmd_bot
    fr = {"language_code": "fr"}
    answer = await bot.ask(ANA, "document de travail de la table ronde sur les villes d'arrivée", **fr)
    card = await bot.press(ANA, answer, button_data(answer, "Table ronde 3.1"), **fr)
    panel = await bot.press(ANA, card, button_data(card, "Documents"), **fr)
    questions = await bot.press(ANA, panel, button_data(panel, "docq|"), **fr)
    text = questions.params["text"]
    assert text.startswith("Questions directrices de « <b>Table ronde 3.1")
    assert text.count("\n– ") == 6


async def test_a_stale_document_button_gets_a_polite_answer(gfmd_bot: RunningBot) -> None:
    answer = await gfmd_bot.ask(ANA, "any documents?")
    since = len(gfmd_bot.api.calls())
    gfmd_bot.api.press_button(ANA, answer, "docf|deadbeef|0", check_button=False)
    reply = await gfmd_bot.api.wait_for("answerCallbackQuery", since=since)
    assert "no longer in the programme" in reply.params["text"]


async def test_mechelen_cards_have_no_documents_button(bot: RunningBot) -> None:
    answer = await bot.ask(ANA, "documents de l'atelier sur la résilience")
    assert "Aucun document n'est indiqué pour cette séance." in answer.params["text"]
    card = await bot.press(ANA, answer, button_data(answer, "résilience"))
    assert not any(data.startswith("doc|") for _, data in buttons(card))


async def test_a_conference_with_only_information_answers_on_telegram(
    api: FakeBotApi, tmp_path: Path
) -> None:
    running = await _running(api, tmp_path, IDM, "2015-10-26T10:00:00+01:00")
    try:
        welcome = await running.command(ANA, "start", language_code="es")
        assert "Conozco <b>Diálogo Internacional sobre la Migración 2015" in welcome.params["text"]
        registration = await running.ask(ANA, "¿cómo me inscribo?")
        assert "idmworkshop@iom.int" in registration.params["text"]
        nothing = await running.ask(ANA, "what's next?")
        assert nothing.params["text"].startswith("I have no sessions for")
        now = await running.command(ANA, "now")
        assert now.params["text"].startswith("Todavía no tengo sesiones de")
        days = await running.command(ANA, "programme")
        assert "Lo siento" not in days.params["text"]  # not the apology of the error handler
    finally:
        await running.stop()
