"""/programme's buttons carry days by date and rooms by id: a programme reloaded between two presses
that puts a day before the others and reorders the rooms still shows the day and room pressed."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.harness import RunningBot, button_data, buttons
from tests.e2e.test_move_across_reload import bot, reload_with_rooms_rotated

__all__ = ["bot"]  # the fixture, shared with the Move's test

USER = 7402


async def reload_with_a_day_before_and_rooms_rotated(bot: RunningBot) -> None:
    """The programme file again with a day (without sessions) before the conference's first, so
    that every day's position changes, and its rooms rotated."""
    path = Path(bot.config.programme)
    text = path.read_text(encoding="utf-8")
    days = text[text.index("\ndays = [") + 1 :].split("\n", 1)[0]
    if "2017-11-15" not in days:
        path.write_text(text.replace(days, days.replace("[", '["2017-11-15", ', 1)), encoding="utf-8")
    await reload_with_rooms_rotated(bot)
    assert [day.isoformat() for day in bot.services.programme.snapshot.days][:2] == [
        "2017-11-15",
        "2017-11-16",
    ]


async def test_a_day_and_room_pressed_after_a_reload_are_the_ones_shown(bot: RunningBot) -> None:
    menu = await bot.command(USER, "programme")
    await reload_with_a_day_before_and_rooms_rotated(bot)
    friday = await bot.press(USER, menu, button_data(menu, "Friday"))
    assert friday.params["text"].startswith("Friday 17 November")
    rooms = await bot.press(USER, friday, button_data(friday, "By room"))
    await reload_with_rooms_rotated(bot)
    alcazar = await bot.press(USER, rooms, button_data(rooms, "Alcazar"))
    assert alcazar.params["text"] == "Friday 17 November · Alcazar"
    menu = await bot.command(USER, "programme")
    friday = await bot.press(USER, menu, button_data(menu, "Friday"))
    times = await bot.press(USER, friday, button_data(friday, "By time"))
    await reload_with_a_day_before_and_rooms_rotated(bot)
    nine = await bot.press(USER, times, button_data(times, "ptime|2017-11-17|0900"))
    assert nine.params["text"] == "Friday 17 November · 09:00"


async def test_back_from_a_card_after_a_reload_returns_to_the_room_it_was_opened_from(
    bot: RunningBot,
) -> None:
    menu = await bot.command(USER, "programme")
    friday = await bot.press(USER, menu, button_data(menu, "Friday"))
    rooms = await bot.press(USER, friday, button_data(friday, "By room"))
    scala = await bot.press(USER, rooms, button_data(rooms, "Scala"))
    card = await bot.press(USER, scala, buttons(scala)[0][1])
    await reload_with_a_day_before_and_rooms_rotated(bot)
    back = await bot.press(USER, card, button_data(card, "Back"))
    assert back.params["text"] == "Friday 17 November · Scala"
    assert [label for label, _ in buttons(back)] == [label for label, _ in buttons(scala)]


async def test_the_day_as_a_picture_after_a_reload_is_the_day_pressed(bot: RunningBot) -> None:
    menu = await bot.command(USER, "programme")
    friday = await bot.press(USER, menu, button_data(menu, "Friday"))
    await reload_with_a_day_before_and_rooms_rotated(bot)
    picture = await bot.press(USER, friday, button_data(friday, "picture"), method="sendPhoto")
    assert picture.params["caption"].startswith("<b>Friday 17 November</b>")
