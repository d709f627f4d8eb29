"""The day as a picture and the reader's day, through the real bot and the local Bot API server:
/grid sends a photo with its buttons, pages turn in place, the full size comes as a file, a
picture without stars is sent again by its file id, a starred one is drawn for its reader;
/today lists the reader's day, and a star that clashes is said at once."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from PIL import Image

from bot.clock import FixedClock
from bot.programme.current import short_id
from bot.programme.reader import Loaded
from tests.e2e.harness import ROOT, RunningBot, at, button_data, buttons, make_config
from tests.fakes import FakeBotApi
from tests.fakes.bot_api import Call
from tests.pictures.many_rooms import many_rooms

ANA, BEN = 3001, 3002


def picture_of(call: Call) -> Image.Image:
    upload = next(iter(call.files.values()))
    image = Image.open(io.BytesIO(upload.data))
    image.load()
    return image


async def test_grid_sends_the_day_as_a_photo_with_its_buttons(bot: RunningBot) -> None:
    since = len(bot.api.calls())
    bot.api.send_command(ANA, "grid")
    photo = await bot.api.wait_for("sendPhoto", since=since)
    assert photo.ok
    assert photo.params["chat_id"] == ANA
    assert photo.params["caption"] == "<b>Thursday 16 November</b>"
    image = picture_of(photo)
    assert image.format == "JPEG"
    width, height = image.size
    assert width + height <= 10_000 and max(width, height) <= 20 * min(width, height)
    labels = [label for label, _ in buttons(photo)]
    assert labels == ["Fri 17 Nov", "🔍 Full size (file)"]

    # Another attendee, no stars: the same picture again, by the file id Telegram gave it.
    since = len(bot.api.calls())
    bot.api.send_command(BEN, "grid")
    again = await bot.api.wait_for("sendPhoto", since=since)
    assert again.ok and again.files == {}
    assert again.params["photo"] == photo.result["photo"][-1]["file_id"]

    # The full size, as a PNG file.
    full = await bot.press(ANA, photo, button_data(photo, "gridf|"), method="sendDocument")
    assert full.ok
    assert full.files["document"].filename == "programme-2017-11-16.png"
    assert Image.open(io.BytesIO(full.files["document"].data)).format == "PNG"


def _answered(method: str) -> Callable[[Call], bool]:
    return lambda call: call.method == method and call.ok


async def test_a_file_id_telegram_no_longer_knows_is_uploaded_again(bot: RunningBot) -> None:
    """A photo or a full-size file sent by a file id Telegram refuses (another bot token, a file
    it forgot) is uploaded again, and the new file id kept."""
    since = len(bot.api.calls())
    bot.api.send_command(ANA, "grid")
    photo = await bot.api.wait_for("sendPhoto", since=since)
    full = await bot.press(ANA, photo, button_data(photo, "gridf|"), method="sendDocument")
    assert full.ok and "document" in full.files

    for method, field, press in (("sendPhoto", "photo", False), ("sendDocument", "document", True)):
        bot.api.fail_next(method, 400, "Bad Request: wrong file identifier/HTTP URL specified")
        since = len(bot.api.calls())
        if press:
            bot.api.press_button(BEN, photo, button_data(photo, "gridf|"))
        else:
            bot.api.send_command(BEN, "grid")
        refused = await bot.api.wait_for(method, since=since)
        uploaded = await bot.api.wait_for(_answered(method), since=since)
        assert not refused.ok and isinstance(refused.params[field], str)  # the file id, refused
        assert field in uploaded.files  # the picture itself, uploaded again


async def test_programme_day_and_a_day_answer_offer_the_picture(bot: RunningBot) -> None:
    days = await bot.command(ANA, "programme")
    day = await bot.press(ANA, days, button_data(days, "Friday"))
    photo = await bot.press(ANA, day, button_data(day, "picture"), method="sendPhoto")
    assert photo.ok and photo.params["caption"] == "<b>Friday 17 November</b>"
    # Under an answer about a day, too.
    answer = await bot.ask(ANA, "what's on tomorrow?")
    photo = await bot.press(ANA, answer, button_data(answer, "🗓"), method="sendPhoto")
    assert photo.ok and photo.params["caption"] == "<b>Friday 17 November</b>"


@pytest.fixture
async def many_bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[RunningBot]:
    config = make_config(api, tmp_path / "bot.sqlite3", refresh_minutes=0)
    loaded = Loaded(many_rooms(), "test")
    running = RunningBot(api, config, FixedClock(at("2026-11-16T11:40:00+01:00")), loaded=loaded)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


async def test_many_rooms_come_in_pages_turned_in_place(many_bot: RunningBot) -> None:
    bot, api = many_bot, many_bot.api
    since = len(api.calls())
    api.send_command(ANA, "grid", language_code="fr")
    first = await api.wait_for("sendPhoto", since=since)
    assert first.params["caption"] == "<b>Lundi 16 novembre</b> · page 1 sur 7"
    assert [label for label, _ in buttons(first)] == ["Suivant »", "🔍 Taille réelle (fichier)"]
    page_one = picture_of(first)

    turned = await bot.press(
        ANA, first, button_data(first, "Suivant"), method="editMessageMedia", language_code="fr"
    )
    assert turned.ok
    assert turned.params["message_id"] == first.result["message_id"]
    assert turned.params["media"]["caption"] == "<b>Lundi 16 novembre</b> · page 2 sur 7"
    assert [label for label, _ in buttons(turned)] == [
        "« Précédent",
        "Suivant »",
        "🔍 Taille réelle (fichier)",
    ]
    page_two = picture_of(turned)
    assert page_two.tobytes() != page_one.tobytes()
    message = api.message(ANA, first.result["message_id"])
    assert message["caption"] == "<b>Lundi 16 novembre</b> · page 2 sur 7"

    back = await bot.press(
        ANA, turned, button_data(turned, "Précédent"), method="editMessageMedia", language_code="fr"
    )
    assert back.ok
    # Page 1 was uploaded before (no stars): Telegram's file id is reused.
    assert back.files == {}
    assert back.params["media"]["media"] == first.result["photo"][-1]["file_id"]


async def test_a_starred_picture_is_drawn_for_its_reader(many_bot: RunningBot) -> None:
    bot, api = many_bot, many_bot.api
    since = len(api.calls())
    api.send_command(ANA, "grid")
    shared = await api.wait_for("sendPhoto", since=since)
    await bot.services.stars.star(ANA, "r2-1", bot.clock.now())
    since = len(api.calls())
    api.send_command(ANA, "grid")
    mine = await api.wait_for("sendPhoto", since=since)
    assert mine.files, "a picture with the reader's stars is uploaded, not the shared one"
    assert picture_of(mine).tobytes() != picture_of(shared).tobytes()


async def test_today_lists_the_day_and_a_clashing_star_is_said_at_once(bot: RunningBot) -> None:
    svc = bot.services
    await bot.command(ANA, "start")  # a user the bot knows
    for session_id in ("d1-discussion-global-compact", "d1-workshop-right-to-the-city", "d1-reception"):
        await svc.stars.star(ANA, session_id, bot.clock.now())
    today = await bot.command(ANA, "today")
    # (Babel writes English times with a narrow no-break space before AM and PM.)
    assert today.params["text"].replace("\u202f", " ").splitlines() == [
        "<b>Your day: Thursday 16 November</b>",
        "⏭ Next for you: <b>Human mobility and the right to the city</b> at 12:45 PM (Alcazar), in 35 min",
        "",
        "• <b>10:30 AM–12:00 PM</b> · Auditoire — Guided discussion: What are the main elements that could"
        " guide the Global Compact on Migration?",
        "   ↓ 45 min free · Lunch break 12:00 PM–12:45 PM",
        "• <b>12:45 PM–2:45 PM</b> · Alcazar — Human mobility and the right to the city",
        "   ↓ 2 h 45 free · Break 2:45 PM–3:00 PM, Break 4:30 PM–4:45 PM",
        "• <b>5:30 PM–7:00 PM</b> · Mechelen-Centraal — Reception",
    ]
    labels = [label for label, _ in buttons(today)]
    assert labels[-2:] == ["🗓 The day as a picture", "Fri 17 Nov"]

    # Starring a session at the same time as a starred one: the answer names both, as an alert.
    answer = await bot.ask(ANA, "mesoamerica")
    card = await bot.press(ANA, answer, button_data(answer, "Mesoamerica"))
    since = len(bot.api.calls())
    bot.api.press_button(ANA, card, button_data(card, "st|"))
    alert = await bot.api.wait_for("answerCallbackQuery", since=since)
    assert alert.params["show_alert"] is True
    assert alert.params["text"].replace("\u202f", " ") == (
        "Added to your sessions.\n⚠️ “Mesoamerica and the implementation of the recom…” overlaps with"
        " “Human mobility and the right to the city” (12:45 PM–2:45 PM, Alcazar)."
    )
    assert len(alert.params["text"]) <= 200
    # /today now shows the clash; so does 📋 My day under /mine, and another day in its place.
    today = await bot.command(ANA, "today")
    assert "   ⚠️ clashes with" in today.params["text"]
    mine = await bot.command(ANA, "mine")
    from_mine = await bot.press(ANA, mine, button_data(mine, "My day"))
    assert from_mine.method == "sendMessage"
    assert from_mine.params["text"] == today.params["text"]
    friday = await bot.press(ANA, from_mine, button_data(from_mine, "Fri 17 Nov"))
    assert friday.method == "editMessageText"
    assert friday.params["text"].splitlines()[:3] == [
        "<b>Your day: Friday 17 November</b>",
        "",
        "You have starred nothing on this day.",
    ]


async def test_a_star_from_a_groups_link_says_its_clash_too(bot: RunningBot) -> None:
    await bot.command(ANA, "start")  # a user the bot knows
    await bot.services.stars.star(ANA, "d1-workshop-right-to-the-city", bot.clock.now())
    reply = await bot.command(ANA, "start", f"star-{short_id('d1-workshop-mena')}")
    first, clash = reply.params["text"].replace("\u202f", " ").splitlines()[:2]
    assert first == "⭐ Added to your sessions."
    assert clash == (
        "⚠️ “The Middle East and North Africa perspective” overlaps with"
        " “Human mobility and the right to the city” (12:45 PM–2:45 PM, Alcazar)."
    )


async def test_a_conference_without_sessions_says_so(api: FakeBotApi, tmp_path: Path) -> None:
    idm = ROOT / "data" / "idm-2015" / "programme.toml"
    config = make_config(api, tmp_path / "bot.sqlite3", programme=str(idm))
    running = await RunningBot(api, config, FixedClock(at("2015-10-26T10:00:00+01:00"))).start()
    try:
        for command in ("grid", "today"):
            answer = await running.command(ANA, command)
            assert answer.params["text"].startswith("I have no sessions for <b>"), command
    finally:
        await running.stop()
