"""Attendees use the real bot through the local Bot API server: nothing of ours is mocked."""

from __future__ import annotations

import asyncio

from tests.e2e.harness import RunningBot, button_data, buttons

ANNA, BRUNO, CARMEN = 1001, 1002, 1003


async def test_new_user_start_pick_language_then_ask(bot: RunningBot) -> None:
    welcome = await bot.command(ANNA, "start", language_code="de")
    # German is not ours: the conference's default language, French, with a language picker.
    assert "Bienvenue" in welcome.params["text"]
    assert [data for _, data in buttons(welcome)] == ["lang|fr", "lang|en", "lang|es"]
    edited = await bot.press(ANNA, welcome, "lang|es", language_code="de")
    assert edited.method == "editMessageText"
    assert "español" in edited.params["text"]
    assert bot.services.users.get(ANNA).language == "es"  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    answer = await bot.ask(ANNA, "alcazar")  # a bare room name: no language clue
    assert answer.params["text"].startswith("Próximamente en Alcazar")
    assert answer.params["parse_mode"] == "HTML"


async def test_question_is_answered_in_its_own_language(bot: RunningBot) -> None:
    english = await bot.ask(BRUNO, "what's next in alcazr", language_code="fr")
    assert english.params["text"].startswith("Next in Alcazar:")
    assert "12:45" in english.params["text"]
    french = await bot.ask(BRUNO, "où intervient Boubacar Bah ?", language_code="fr")
    assert "Boubacar Bah" in french.params["text"]
    assert "jeudi 16 novembre" in french.params["text"].lower()


async def test_star_from_a_card_then_mine(bot: RunningBot) -> None:
    answer = await bot.ask(CARMEN, "what's next in Alcazar")
    card = await bot.press(CARMEN, answer, button_data(answer, "Human mobility"))
    assert card.method == "sendMessage"
    assert "Human mobility and the right to the city" in card.params["text"]
    starred = await bot.press(CARMEN, card, button_data(card, "Star"))
    assert starred.method == "editMessageReplyMarkup"  # the text stays: only the star changes
    assert any("Unstar" in label for label, _ in buttons(starred))
    assert bot.services.stars.of(CARMEN) == {"d1-workshop-right-to-the-city"}
    mine = await bot.command(CARMEN, "mine")
    assert "Human mobility and the right to the city" in mine.params["text"]


async def test_restart_keeps_stars_and_language(bot: RunningBot) -> None:
    welcome = await bot.command(ANNA, "start", language_code="en")
    await bot.press(ANNA, welcome, "lang|fr")
    answer = await bot.ask(ANNA, "what's next in Scala")
    card = await bot.press(ANNA, answer, button_data(answer, "Youth"))
    await bot.press(ANNA, card, button_data(card, "st|"))
    await bot.restart()
    mine = await bot.command(ANNA, "mine")
    assert "Vos séances" in mine.params["text"]
    assert "La migration des jeunes" in mine.params["text"]


async def test_browse_day_room_session_and_back(bot: RunningBot) -> None:
    days = await bot.command(BRUNO, "programme")
    assert len(buttons(days)) == 2
    day = await bot.press(BRUNO, days, button_data(days, "Friday"))
    assert day.method == "editMessageText"
    rooms = await bot.press(BRUNO, day, button_data(day, "By room"))
    room = await bot.press(BRUNO, rooms, button_data(rooms, "Scala"))
    card = await bot.press(BRUNO, room, button_data(room, "Youth"))
    assert card.method == "editMessageText"
    assert "Youth migration" in card.params["text"]
    back = await bot.press(BRUNO, card, button_data(card, "Back"))
    assert back.params["message_id"] == days.result["message_id"]
    assert any("Youth" in label for label, _ in buttons(back))


async def test_stale_session_button_gets_a_polite_answer(bot: RunningBot) -> None:
    answer = await bot.ask(BRUNO, "what's next in Alcazar")
    since = len(bot.api.calls())
    bot.api.press_button(BRUNO, answer, "o|deadbeef", check_button=False)
    reply = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert "no longer in the programme" in reply.params["text"]


async def test_inline_query_offers_session_cards(bot: RunningBot) -> None:
    since = len(bot.api.calls())
    bot.api.send_inline_query(CARMEN, "alcazar")
    call = await bot.api.wait_for("answerInlineQuery", since=since)
    titles = [result["title"] for result in call.params["results"]]
    assert titles[0] == "Human mobility and the right to the city"
    assert len(titles) == 3


async def test_command_menu_is_set_in_each_language(bot: RunningBot) -> None:
    assert [c["command"] for c in bot.api.commands("fr")] == [
        "now",
        "next",
        "programme",
        "mine",
        "today",
        "grid",
        "questions",
        "settings",
        "myslots",
        "ics",
        "lang",
        "help",
    ]
    descriptions = {lang: bot.api.commands(lang)[0]["description"] for lang in ("fr", "en", "es")}
    assert len(set(descriptions.values())) == 3


async def test_now_command_uses_the_users_language(bot: RunningBot) -> None:
    welcome = await bot.command(ANNA, "start")
    await bot.press(ANNA, welcome, "lang|es")
    bot.clock.set(bot.clock.now().replace(hour=13))
    now = await bot.command(ANNA, "now", "herten", "aas")
    assert now.params["text"].startswith("Ahora en Herten Aas")


async def test_a_failing_reply_is_reported_to_the_user_in_their_language(bot: RunningBot) -> None:
    welcome = await bot.command(ANNA, "start")
    await bot.press(ANNA, welcome, "lang|es")
    bot.api.fail_next("sendMessage", 400, description="Bad Request: can't parse entities", chat_id=ANNA)
    since = len(bot.api.calls())
    bot.api.send_text(ANNA, "¿qué viene en alcazar?")
    apology = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.ok and c.params["chat_id"] == ANNA, since=since
    )
    assert apology.params["text"] == "Lo siento, algo ha fallado. Vuelva a intentarlo."
    # The bot keeps serving.
    answer = await bot.ask(ANNA, "¿qué viene en alcazar?")
    assert answer.params["text"].startswith("Próximamente en Alcazar")


async def test_a_user_who_blocked_the_bot_is_marked(bot: RunningBot) -> None:
    await bot.command(BRUNO, "start")
    bot.api.fail_next("sendMessage", 403, chat_id=BRUNO)
    since = len(bot.api.calls())
    bot.api.send_text(BRUNO, "help")
    await bot.api.wait_for(lambda c: c.method == "sendMessage" and not c.ok, since=since)
    for _ in range(50):
        if bot.services.users.get(BRUNO).blocked:  # type: ignore[union-attr]  # None (not found) fails the test here all the same
            break
        await asyncio.sleep(0.02)
    assert bot.services.users.get(BRUNO).blocked  # type: ignore[union-attr]  # None (not found) fails the test here all the same
