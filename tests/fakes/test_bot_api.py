"""Tests for the fake Bot API server, driven by the real python-telegram-bot stack.

Everything here goes over HTTP on 127.0.0.1: PTB's ``Application``/``Bot`` (unmodified)
or a raw ``httpx``/``urllib`` client when the wire format itself is under test.
"""

import asyncio
import datetime as dt
import io
import json
import random
import threading
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from http.client import HTTPException
from typing import Any, TypeAlias

import aiohttp
import httpx
import pytest
import pytest_asyncio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputMediaPhoto,
    InputTextMessageContent,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from .bot_api import Call, FakeBotApi

TOKEN = "123:ABC"
AnyApplication: TypeAlias = "Application[Any, Any, Any, Any, Any, Any]"
ERRORS_KEY = "handler_errors"


def _fake_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("FakeBotApi")]


async def _eventually(condition: Any, timeout: float = 2.0) -> None:
    """Poll a cheap condition without blocking the loop (used for server-side state)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.005)


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    server = FakeBotApi(bot_username="mechelen_bot")
    with server:
        yield server
    assert server.internal_errors == []
    assert _fake_threads() == []


@pytest.fixture
def ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without it PTB 22 warns (PTBDeprecationWarning) while *building* RetryAfter, and
    # with warnings as errors that warning would replace the exception under test.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest_asyncio.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


# --------------------------------------------------------------------- the test bot


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="pick:a")]])
    text = " ".join(["Pick one", *(context.args or [])])
    await update.message.reply_text(text, reply_markup=keyboard)


async def _button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Picked")
    await query.edit_message_text(f"You picked {query.data}")


async def _inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    assert query is not None
    result = InlineQueryResultArticle(
        id="1",
        title=f"Result for {query.query}",
        input_message_content=InputTextMessageContent(query.query),
    )
    await query.answer([result], cache_time=0)


async def _collect_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    context.application.bot_data.setdefault(ERRORS_KEY, []).append(context.error)


@pytest_asyncio.fixture
async def app(fake: FakeBotApi) -> AsyncIterator[AnyApplication]:
    application = (
        ApplicationBuilder().token(TOKEN).base_url(fake.base_url).base_file_url(fake.base_file_url).build()
    )
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    application.add_handler(CallbackQueryHandler(_button))
    application.add_handler(InlineQueryHandler(_inline))
    application.add_error_handler(_collect_error)
    await application.initialize()
    try:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        yield application
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
    assert application.bot_data.get(ERRORS_KEY, []) == []
    # Updater.stop() cancels its long poll and immediately polls once more to confirm
    # offsets; the fake must see the cancelled request as abandoned, not as a rival.
    assert fake.concurrent_get_updates == 0


# PTB rewrites BadRequest descriptions ("Bad Request: message ..." -> "Message ..."), so
# those are matched case-insensitively.

# --------------------------------------------------------------------- Application


@pytest.mark.asyncio
async def test_get_me_reports_configured_bot(fake: FakeBotApi, app: AnyApplication) -> None:
    me = await app.bot.get_me()
    assert me.username == "mechelen_bot"
    assert me.id == 123  # taken from the token
    assert me.is_bot
    assert app.bot.username == "mechelen_bot"  # cached by Application.initialize()
    assert fake.calls("getMe")[0].token == TOKEN


@pytest.mark.asyncio
async def test_get_me_with_explicit_identity() -> None:
    async with (
        FakeBotApi(bot_username="other_bot", bot_id=999) as server,
        Bot(TOKEN, base_url=server.base_url) as b,
    ):
        assert (b.username, b.id) == ("other_bot", 999)


@pytest.mark.asyncio
async def test_text_is_echoed_and_updates_are_confirmed(
    fake: FakeBotApi,
    app: AnyApplication,
) -> None:
    fake.send_text(42, "hello", first_name="Ann")
    first = await fake.wait_for("sendMessage")
    assert first.ok
    assert first.params == {"chat_id": 42, "text": "hello"}
    assert first.result["from"]["username"] == "mechelen_bot"
    assert first.result["chat"] == {"id": 42, "type": "private", "first_name": "Ann"}

    # A second update must produce exactly one more reply: if the first update were not
    # confirmed by getUpdates' offset it would be delivered and echoed again.
    mark = fake.call_count
    fake.send_text(42, "again")
    await fake.wait_for(lambda c: c.method == "sendMessage", since=mark)
    texts = [c.params["text"] for c in fake.calls("sendMessage")]
    assert texts == ["hello", "again"]
    # User and bot messages share the chat's message_id sequence.
    assert [m["message_id"] for m in fake.sent_messages(42)] == [2, 4]
    assert fake.sent_texts(42) == ["hello", "again"]
    assert fake.sent_texts(43) == []


@pytest.mark.asyncio
async def test_command_button_and_edit(fake: FakeBotApi, app: AnyApplication) -> None:
    fake.send_command(7, "start")
    sent = await fake.wait_for("sendMessage")
    keyboard = {"inline_keyboard": [[{"text": "A", "callback_data": "pick:a"}]]}
    assert sent.params["text"] == "Pick one"
    assert sent.params["reply_markup"] == keyboard  # JSON-encoded form field, decoded
    assert sent.result["reply_markup"] == keyboard  # echoed in the returned Message

    update_id = fake.press_button(7, sent, "pick:a")
    pushed = fake.pushed_updates()[-1]
    assert pushed["update_id"] == update_id
    assert pushed["callback_query"]["message"]["reply_markup"] == keyboard

    answer = await fake.wait_for("answerCallbackQuery")
    assert answer.ok
    assert answer.params["callback_query_id"] == pushed["callback_query"]["id"]
    assert answer.params["text"] == "Picked"

    edit = await fake.wait_for("editMessageText")
    assert edit.ok, edit.description
    assert edit.params["chat_id"] == 7
    assert edit.params["message_id"] == sent.result["message_id"]
    assert edit.params["text"] == "You picked pick:a"
    # The store reflects the edit, and an edit without reply_markup drops the keyboard,
    # so the button can no longer be pressed.
    [current] = fake.sent_messages(7)
    assert current["text"] == "You picked pick:a"
    assert "reply_markup" not in current
    with pytest.raises(ValueError, match="no button"):
        fake.press_button(7, sent, "pick:a")


@pytest.mark.asyncio
async def test_command_mentioning_another_bot_is_ignored(
    fake: FakeBotApi,
    app: AnyApplication,
) -> None:
    fake.send_command(7, "start@other_bot")
    fake.send_command(7, "/start@mechelen_bot", "payload")
    reply = await fake.wait_for("sendMessage")
    assert reply.params["text"] == "Pick one payload"
    # Updates are handled in order, so the first one has been processed by now.
    assert len(fake.calls("sendMessage")) == 1
    entity = fake.pushed_updates()[1]["message"]["entities"][0]
    assert entity == {"type": "bot_command", "offset": 0, "length": len("/start@mechelen_bot")}


@pytest.mark.asyncio
async def test_inline_query_is_answered(fake: FakeBotApi, app: AnyApplication) -> None:
    fake.send_inline_query(9, "talks")
    answer = await fake.wait_for("answerInlineQuery")
    assert answer.ok, answer.description
    assert answer.params["inline_query_id"] == fake.pushed_updates()[-1]["inline_query"]["id"]
    [result] = answer.params["results"]
    assert result["title"] == "Result for talks"
    assert result["input_message_content"]["message_text"] == "talks"


@pytest.mark.asyncio
async def test_answers_to_unknown_queries_are_rejected(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)query ID is invalid"):
        await bot.answer_callback_query("no-such-query")


# --------------------------------------------------------------------- fault injection


@pytest.mark.asyncio
@pytest.mark.usefixtures("ptb_timedelta")
async def test_injected_429_raises_retry_after(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(5, "hi")
    assert info.value.retry_after == dt.timedelta(seconds=7)
    message = await bot.send_message(5, "hi")  # times=1: only the first call failed
    assert message.text == "hi"
    assert [c.error_code for c in fake.calls("sendMessage")] == [429, None]
    assert fake.sent_texts(5) == ["hi"]


@pytest.mark.asyncio
async def test_injected_403_only_for_chosen_chat(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("sendMessage", 403, chat_id=7, times=2)
    assert (await bot.send_message(8, "fine")).chat_id == 8
    for _ in range(2):
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(7, "blocked")
    assert (await bot.send_message(7, "unblocked")).text == "unblocked"


@pytest.mark.asyncio
async def test_injected_400_and_409(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("editMessageText", 400, "Bad Request: message to edit not found")
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=1, message_id=1)
    fake.fail_next("getUpdates", 409)
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await bot.get_updates(timeout=0)
    assert await bot.get_updates(timeout=0) == ()


@pytest.mark.asyncio
async def test_unknown_method_is_telegrams_404(fake: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("frobnicate")
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}{TOKEN}/frobnicate", data={"a": "1"})
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }
    assert fake.calls("frobnicate")[-1].error_code == 404


# --------------------------------------------------------------------- rate limits


@pytest.mark.asyncio
@pytest.mark.usefixtures("ptb_timedelta")
async def test_enforced_per_chat_limit(fake: FakeBotApi, bot: Bot) -> None:
    fake.enforce_rate_limits = True
    fake.per_chat_per_second = 1
    await bot.send_message(5, "one")
    for text in ("two", "three"):
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(5, text)
        assert info.value.retry_after == dt.timedelta(seconds=1)
    await bot.send_message(6, "other chat is not limited")

    assert [c.error_code for c in fake.calls("sendMessage")] == [None, 429, 429, None]
    violations = fake.violations
    assert (violations.total, violations.per_chat, violations.global_limit) == (2, 2, 0)
    assert violations.by_chat == {5: 2}
    assert {chat: len(times) for chat, times in fake.send_timestamps.items()} == {5: 1, 6: 1}
    assert fake.sent_texts() == ["one", "other chat is not limited"]


@pytest.mark.asyncio
async def test_unenforced_limits_still_count_violations(fake: FakeBotApi, bot: Bot) -> None:
    fake.per_chat_per_second = 1
    fake.global_per_second = 3
    for text in ("a", "b", "c"):
        await bot.send_message(5, text)
    await bot.send_message(6, "d")  # 4th send within a second: over the global limit
    await bot.edit_message_text("edited", chat_id=5, message_id=1)  # edits do not count

    violations = fake.violations
    assert violations.per_chat == 2
    assert violations.global_limit == 1
    assert violations.total == 3
    assert violations.by_chat == {5: 2, 6: 1}
    times = fake.send_timestamps[5]
    assert len(times) == 3 and times == sorted(times) and times[-1] - times[0] < 1.0
    assert fake.sent_texts(5) == ["edited", "b", "c"]

    fake.reset_rate_limits()
    assert fake.violations.total == 0 and fake.send_timestamps == {}


# --------------------------------------------------------------------- files, commands


@pytest.mark.asyncio
async def test_send_document_upload_then_reuse_file_id(fake: FakeBotApi, bot: Bot) -> None:
    payload = b"\x00\x01binary\r\n--boundary-lookalike\r\n\xff" * 50
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Open", callback_data="open")]])
    first = await bot.send_document(
        5, document=payload, filename="report.bin", caption="Report", reply_markup=keyboard
    )
    assert first.document is not None
    assert first.document.file_name == "report.bin"
    assert first.document.file_size == len(payload)
    assert first.caption == "Report"
    upload = fake.calls("sendDocument")[-1]
    assert upload.files["document"].data == payload
    assert upload.files["document"].filename == "report.bin"
    assert upload.params["reply_markup"] == keyboard.to_dict()  # JSON inside multipart

    second = await bot.send_document(6, document=first.document.file_id)
    assert second.document is not None
    assert second.document.file_id == first.document.file_id
    assert second.document.file_unique_id == first.document.file_unique_id
    assert fake.calls("sendDocument")[-1].files == {}

    file = await bot.get_file(first.document.file_id)
    assert bytes(await file.download_as_bytearray()) == payload  # via base_file_url

    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_document(5, document="no-such-file-id")


async def test_photo_sizes_limits_and_edit_in_place(fake: FakeBotApi, bot: Bot) -> None:
    def picture(width: int, height: int, fmt: str = "JPEG") -> bytes:
        buffer = io.BytesIO()
        Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format=fmt)
        return buffer.getvalue()

    first = await bot.send_photo(5, photo=picture(640, 480), caption="Day 1")
    assert [(p.width, p.height) for p in first.photo] == [(640, 480)]
    assert first.caption == "Day 1"
    # Telegram refuses a photo whose sides add up to more than 10000 or whose ratio is over 20.
    for width, height in ((6000, 4001), (2100, 100)):
        with pytest.raises(BadRequest, match=r"(?i)photo_invalid_dimensions"):
            await bot.send_photo(5, photo=picture(width, height, "PNG"))
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Next", callback_data="next")]])
    edited = await bot.edit_message_media(
        InputMediaPhoto(picture(320, 200), caption="Day 1, page 2"),
        chat_id=5,
        message_id=first.message_id,
        reply_markup=keyboard,
    )
    assert not isinstance(edited, bool)
    assert [(p.width, p.height) for p in edited.photo] == [(320, 200)]
    assert fake.message(5, first.message_id)["caption"] == "Day 1, page 2"
    assert edited.reply_markup == keyboard
    # Sent again by its file_id: nothing uploaded.
    again = await bot.send_photo(6, photo=first.photo[-1].file_id)
    assert again.photo[-1].file_id == first.photo[-1].file_id
    assert fake.calls("sendPhoto")[-1].files == {}


@pytest.mark.asyncio
async def test_commands_per_language_and_scope(fake: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("help", "Hulp")], language_code="nl")
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("admin", "Admin")], scope=BotCommandScopeChat(5))

    assert await bot.get_my_commands(language_code="nl") == (
        BotCommand("start", "Begin"),
        BotCommand("help", "Hulp"),
    )
    assert await bot.get_my_commands() == (BotCommand("start", "Start"),)
    assert await bot.get_my_commands(language_code="fr") == ()
    assert await bot.get_my_commands(scope=BotCommandScopeChat(5)) == (BotCommand("admin", "Admin"),)
    assert fake.commands("nl") == [
        {"command": "start", "description": "Begin"},
        {"command": "help", "description": "Hulp"},
    ]

    await bot.delete_my_commands(language_code="nl")
    assert await bot.get_my_commands(language_code="nl") == ()
    assert await bot.get_my_commands() == (BotCommand("start", "Start"),)
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Not Valid", "x")])


@pytest.mark.asyncio
async def test_message_store_edits_and_deletes(fake: FakeBotApi, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(5, "text", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("text", chat_id=5, message_id=sent.message_id, reply_markup=keyboard)
    edited = await bot.edit_message_reply_markup(chat_id=5, message_id=sent.message_id)
    assert not isinstance(edited, bool) and edited.reply_markup is None
    assert "reply_markup" not in fake.message(5, sent.message_id)
    await bot.send_chat_action(5, "typing")
    assert await bot.delete_message(5, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(5, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("gone", chat_id=5, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(5, " ")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(5, "x" * 4097)
    assert fake.sent_messages() == []


# --------------------------------------------------------------------- getUpdates


@pytest.mark.asyncio
async def test_long_poll_wakes_up_on_push(fake: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await _eventually(lambda: fake.waiting_get_updates == 1)
    fake.send_text(3, "wake up")
    pushed_at = time.monotonic()
    updates = await asyncio.wait_for(poll, timeout=2)
    # Woken by the push itself, not by the server's 0.5 s housekeeping tick.
    assert time.monotonic() - pushed_at < 0.4
    assert [u.message.text for u in updates if u.message] == ["wake up"]


@pytest.mark.asyncio
async def test_long_poll_times_out_empty(fake: FakeBotApi) -> None:
    async with httpx.AsyncClient() as client:
        started = time.monotonic()
        response = await client.post(f"{fake.base_url}{TOKEN}/getUpdates", data={"timeout": "0.2"})
        elapsed = time.monotonic() - started
    assert response.json() == {"ok": True, "result": []}
    assert 0.2 <= elapsed < 1.5


@pytest.mark.asyncio
async def test_offset_limit_and_allowed_updates(fake: FakeBotApi) -> None:
    first = fake.send_text(1, "a")
    second = fake.send_text(1, "b")
    member = fake.push_update({"chat_member": {"placeholder": True}})  # opt-in type
    url = f"{fake.base_url}{TOKEN}/getUpdates"

    async with httpx.AsyncClient() as client:

        async def ids(**params: Any) -> list[int]:
            response = await client.post(url, json=params)
            return [u["update_id"] for u in response.json()["result"]]

        # chat_member needs allowed_updates: by default it is dropped, never delivered.
        assert await ids() == [first, second]
        assert [u["update_id"] for u in fake.dropped_updates()] == [member]
        assert await ids(limit=1) == [first]
        assert fake.confirmed_update_id == 0
        assert await ids(offset=second) == [second]
        assert fake.pending_update_count == 1  # first was confirmed and forgotten
        assert fake.confirmed_update_id == first
        third = fake.send_text(1, "c")
        assert await ids(offset=-1) == [third]
        assert fake.pending_update_count == 1
        assert fake.confirmed_update_id == second  # forgotten by the negative offset

        reaction = fake.push_update({"message_reaction": {"placeholder": True}})
        poll = fake.push_raw_update({"poll": {"id": "1"}})
        # Telegram remembers the list: kinds outside it are dropped, not kept for later.
        assert await ids(allowed_updates=["message_reaction"]) == [reaction]
        assert await ids() == [reaction]
        assert [u["update_id"] for u in fake.dropped_updates()] == [member, third, poll]
        assert await ids(allowed_updates=[]) == []  # back to the default: opt-in dropped
        assert fake.pending_update_count == 0
        assert fake.dropped_updates()[-1]["update_id"] == reaction
        assert fake.get_updates_calls == 7


@pytest.mark.asyncio
async def test_concurrent_get_updates_conflict(fake: FakeBotApi) -> None:
    url = f"{fake.base_url}{TOKEN}/getUpdates"
    async with httpx.AsyncClient() as one, httpx.AsyncClient() as two:
        older = asyncio.create_task(one.post(url, data={"timeout": "10"}))
        await _eventually(lambda: fake.waiting_get_updates == 1)
        newer = await two.post(url, data={"timeout": "0"})
        terminated = await asyncio.wait_for(older, timeout=2)
    assert newer.json() == {"ok": True, "result": []}
    assert terminated.status_code == 409
    assert terminated.json()["description"].startswith("Conflict: terminated by other")
    assert fake.concurrent_get_updates == 1


@pytest.mark.asyncio
async def test_webhook_blocks_get_updates(fake: FakeBotApi, bot: Bot) -> None:
    assert await bot.set_webhook("https://example.invalid/hook")  # recorded, never called
    assert (await bot.get_webhook_info()).url == "https://example.invalid/hook"
    assert fake.webhook is not None and fake.webhook["url"] == "https://example.invalid/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates(timeout=0)
    fake.send_text(1, "queued")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert fake.webhook is None
    assert await bot.get_updates(timeout=0) == ()


def test_stop_wakes_a_pending_long_poll() -> None:
    server = FakeBotApi().start()
    outcome: list[object] = []

    def poll() -> None:
        request = urllib.request.Request(f"{server.base_url}{TOKEN}/getUpdates?timeout=30")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                outcome.append(json.load(response))
        except (urllib.error.URLError, HTTPException, ConnectionError) as exc:
            outcome.append(exc)  # the connection may be cut instead; both end the poll

    client = threading.Thread(target=poll)
    client.start()
    deadline = time.monotonic() + 2
    while server.waiting_get_updates != 1:
        assert time.monotonic() < deadline, "long poll never arrived"
        time.sleep(0.005)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 0.4  # woken at once, not after a 0.5 s tick
    client.join(timeout=2)
    assert not client.is_alive()
    assert len(outcome) == 1
    assert outcome[0] == {"ok": True, "result": []} or isinstance(outcome[0], Exception)
    assert _fake_threads() == []
    server.stop()  # idempotent


def test_stop_closes_idle_keep_alive_connections() -> None:
    server = FakeBotApi().start()
    with httpx.Client() as client:
        assert client.get(f"{server.base_url}{TOKEN}/getMe").json()["ok"] is True
        # The client still holds the keep-alive connection; its server thread is
        # blocked reading the next request and must be woken by stop().
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 1.0
        assert _fake_threads() == []


# --------------------------------------------------------------------- wire format


def test_json_form_and_multipart_bodies_are_decoded() -> None:
    with FakeBotApi() as server, httpx.Client(base_url=f"{server.base_url}{TOKEN}") as client:
        markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
        # JSON body, complex field sent as a JSON string (Telegram accepts both).
        r1 = client.post(
            "/sendMessage", json={"chat_id": 42, "text": "hi", "reply_markup": json.dumps(markup)}
        )
        # Form body: numbers arrive as text and are decoded, but a numeric text stays str.
        r2 = client.post(
            "/sendMessage", data={"chat_id": "42", "text": "123", "disable_notification": "true"}
        )
        # Multipart with an attach:// reference.
        r3 = client.post(
            "/sendDocument",
            data={"chat_id": "42", "document": "attach://file1", "caption": "007"},
            files={"file1": ("notes.txt", b"line 1\r\nline 2\r\n", "text/plain")},
        )
        # Query string parameters (GET) work too.
        r4 = client.get("/getMe", params={"unused": "1"})
    assert [r.status_code for r in (r1, r2, r3, r4)] == [200, 200, 200, 200]
    one, two, three, four = server.calls()
    assert one.params["reply_markup"] == markup
    assert r1.json()["result"]["reply_markup"] == markup
    assert two.params == {"chat_id": 42, "text": "123", "disable_notification": True}
    assert r2.json()["result"]["text"] == "123"
    assert three.params == {"chat_id": 42, "document": "attach://file1", "caption": "007"}
    assert three.files["file1"].data == b"line 1\r\nline 2\r\n"
    assert three.files["file1"].content_type == "text/plain"
    document = r3.json()["result"]["document"]
    assert (document["file_name"], document["mime_type"]) == ("notes.txt", "text/plain")
    assert four.method == "getMe" and four.params == {"unused": 1}
    assert server.file(document["file_id"]).data == b"line 1\r\nline 2\r\n"


def test_malformed_requests_get_400_not_500() -> None:
    with FakeBotApi() as server, httpx.Client(base_url=f"{server.base_url}{TOKEN}") as client:
        bad_json = client.post(
            "/sendMessage", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        bad_bytes = client.post(
            "/sendMessage",
            content=b"chat_id=1&text=%FF",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        bad_offset = client.post("/getUpdates", data={"offset": "soon"})
        bad_button = client.post(
            "/sendMessage",
            json={"chat_id": 1, "text": "x", "reply_markup": {"inline_keyboard": [[{"text": "A"}], "B"]}},
        )
    assert [r.status_code for r in (bad_json, bad_bytes, bad_offset, bad_button)] == [400] * 4
    assert all(r.json()["ok"] is False for r in (bad_json, bad_bytes, bad_offset, bad_button))
    assert server.internal_errors == []
    assert server.sent_messages() == []


def test_multipart_uploads_round_trip_exactly() -> None:
    with FakeBotApi() as server, httpx.Client(base_url=f"{server.base_url}{TOKEN}") as client:

        @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(
            data=st.binary(max_size=2048),
            caption=st.text(min_size=1, max_size=50).filter(lambda s: s.strip()),
        )
        def round_trip(data: bytes, caption: str) -> None:
            response = client.post(
                "/sendDocument",
                data={"chat_id": "1", "caption": caption},
                files={"document": ("f.bin", data, "application/octet-stream")},
            )
            assert response.status_code == 200, response.text
            call = server.calls()[-1]
            assert call.files["document"].data == data
            assert call.params["caption"] == caption
            assert response.json()["result"]["document"]["file_size"] == len(data)

        round_trip()


# --------------------------------------------------------------------- waiting helpers


def test_wait_for_sync_sees_calls_from_other_threads() -> None:
    with FakeBotApi() as server:
        mark = server.call_count

        def call_later() -> None:
            time.sleep(0.05)
            url = f"{server.base_url}{TOKEN}/sendChatAction?chat_id=1&action=typing"
            with urllib.request.urlopen(url, timeout=5) as response:
                response.read()

        caller = threading.Thread(target=call_later)
        caller.start()
        try:
            call = server.wait_for_sync("sendchataction", timeout=5, since=mark)
        finally:
            caller.join()
        assert isinstance(call, Call)
        assert call.params == {"chat_id": 1, "action": "typing"}
        with pytest.raises(TimeoutError, match="sendMessage"):
            server.wait_for_sync("sendMessage", timeout=0.05)
        server.clear()
        assert server.calls() == []


@pytest.mark.asyncio
async def test_wait_for_async_times_out_and_guards_sync_use(fake: FakeBotApi) -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="no 'sendMessage' call within"):
        await fake.wait_for("sendMessage", timeout=0.05)
    assert time.monotonic() - started < 1
    with pytest.raises(RuntimeError, match="block the event loop"):
        fake.wait_for_sync("sendMessage", timeout=0.01)


@pytest.mark.asyncio
async def test_custom_method_and_reset(fake: FakeBotApi, bot: Bot) -> None:
    fake.set_method("getChatMemberCount", lambda call: 40 + int(call.params["chat_id"] == -5))
    assert await bot.get_chat_member_count(-5) == 41
    fake.send_text(1, "x")
    fake.fail_next("sendMessage", 403, times=None)
    old_update_id = fake.pushed_updates()[-1]["update_id"]
    fake.reset()
    assert (fake.calls(), fake.pending_update_count, fake.sent_messages()) == ([], 0, [])
    after = await bot.send_message(1, "after reset")
    assert after.text == "after reset"
    # Ids keep growing so that a running Updater's offset does not swallow new updates.
    assert fake.send_text(1, "y") > old_update_id
    assert after.message_id > 1


@pytest.mark.asyncio
async def test_group_chat_and_button_by_ids(fake: FakeBotApi, bot: Bot) -> None:
    fake.send_text(5, "hello group", chat_id=-1001234, chat_type="supergroup", username="ann")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Vote", callback_data="vote")]])
    sent = await bot.send_message(-1001234, "Poll", reply_markup=keyboard)
    assert sent.chat.type == "supergroup" and sent.chat.title == "Chat -1001234"
    assert sent.message_id == 2  # after the user's message 1

    fake.send_command(5, "start", chat_id=-1001234, chat_type="supergroup")
    fake.press_button(6, (-1001234, sent.message_id), "vote", language_code="fr")
    updates = await bot.get_updates(timeout=0)
    assert [u.effective_chat.id for u in updates if u.effective_chat] == [-1001234] * 3
    message, command, press = updates
    assert message.message and message.message.from_user and message.message.from_user.username == "ann"
    assert command.message and command.message.text == "/start"
    assert press.callback_query and press.callback_query.from_user.language_code == "fr"
    assert press.callback_query.message and press.callback_query.message.message_id == sent.message_id
    with pytest.raises(KeyError):
        fake.press_button(6, (-1001234, 99), "vote")
    with pytest.raises(ValueError, match="chat_id is required"):
        fake.send_text(5, "x", chat_type="group")


# --------------------------------------------------------------------- latency


@pytest.mark.asyncio
async def test_latency_is_spent_outside_the_lock() -> None:
    async with FakeBotApi(latency=0.04) as server, httpx.AsyncClient() as client:
        url = f"{server.base_url}{TOKEN}"
        assert (await client.get(f"{url}/getMe")).status_code == 200  # warm-up
        started = time.monotonic()
        responses = await asyncio.gather(
            *(client.post(f"{url}/sendMessage", data={"chat_id": str(n), "text": "hi"}) for n in range(50))
        )
        elapsed = time.monotonic() - started
    assert [r.status_code for r in responses] == [200] * 50
    assert server.delivered() == 50
    # Concurrent calls overlap: ~40 ms in all, not 50 x 40 ms = 2 s.
    assert 0.04 <= elapsed < 0.8, elapsed


@pytest.mark.asyncio
async def test_latency_call_is_recorded_before_the_answer(fake: FakeBotApi) -> None:
    with pytest.raises(ValueError):
        fake.latency = -1
    fake.latency = 0.3
    async with httpx.AsyncClient() as client:
        started = time.monotonic()
        answer = asyncio.create_task(
            client.post(f"{fake.base_url}{TOKEN}/sendMessage", data={"chat_id": "5", "text": "hi"})
        )
        call = await fake.wait_for("sendMessage", timeout=2)
        # Telegram has executed it (recorded, stored) while the answer is on its way.
        assert time.monotonic() - started < 0.25
        assert not answer.done()
        assert call.ok and fake.sent_texts(5) == ["hi"]
        response = await answer
        assert time.monotonic() - started >= 0.3
        assert response.json()["result"]["text"] == "hi"

        # Errors take the same round trip.
        started = time.monotonic()
        response = await client.post(f"{fake.base_url}{TOKEN}/sendMessage", data={"chat_id": "5"})
        assert response.status_code == 400
        assert time.monotonic() - started >= 0.3

        fake.latency = 0
        started = time.monotonic()
        await client.get(f"{fake.base_url}{TOKEN}/getMe")
        assert time.monotonic() - started < 0.25


@pytest.mark.asyncio
async def test_latency_does_not_lengthen_a_long_poll(fake: FakeBotApi, bot: Bot) -> None:
    fake.latency = 0.2
    started = time.monotonic()
    assert await bot.get_updates(timeout=0) == ()  # an immediate answer takes the latency
    assert time.monotonic() - started >= 0.2

    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await _eventually(lambda: fake.waiting_get_updates == 1)
    await asyncio.sleep(0.25)  # the poll has waited longer than the latency
    fake.send_text(3, "now")
    pushed_at = time.monotonic()
    updates = await asyncio.wait_for(poll, timeout=2)
    assert time.monotonic() - pushed_at < 0.15
    assert [u.message.text for u in updates if u.message] == ["now"]


@pytest.mark.asyncio
async def test_application_works_under_latency(fake: FakeBotApi, app: AnyApplication) -> None:
    fake.latency = 0.05
    fake.send_text(42, "slow link")
    reply = await fake.wait_for("sendMessage", timeout=3)
    assert reply.params["text"] == "slow link"
    mark = fake.call_count
    fake.send_text(42, "again")
    await fake.wait_for("sendMessage", timeout=3, since=mark)
    assert fake.sent_texts(42) == ["slow link", "again"]


# --------------------------------------------------------------------- outages


@pytest.mark.asyncio
async def test_outage_refuses_connections_then_comes_back_on_the_same_port(fake: FakeBotApi) -> None:
    port, url = fake.port, f"{fake.base_url}{TOKEN}"
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{url}/getMe") as response:  # a pooled keep-alive connection
            assert response.status == 200
        fake.outage(None)
        assert fake.in_outage
        for _ in range(3):
            with pytest.raises(aiohttp.ClientConnectionError):
                async with session.post(f"{url}/sendMessage", data={"chat_id": "5", "text": "x"}) as r:
                    await r.read()
        # The first may have failed on the pooled connection the outage cut (never seen
        # by the server); the others were new connections, reset and counted.
        assert fake.refused_connections >= 2
        assert fake.calls("sendMessage") == [] and fake.sent_texts() == []
        fake.end_outage()
        assert not fake.in_outage and fake.port == port
        async with session.post(f"{url}/sendMessage", data={"chat_id": "5", "text": "back"}) as response:
            assert response.status == 200
    assert fake.sent_texts(5) == ["back"]


@pytest.mark.asyncio
async def test_outage_for_a_duration_and_ptb_sees_network_errors(fake: FakeBotApi, bot: Bot) -> None:
    assert (await bot.get_me()).username == "mechelen_bot"
    fake.outage(0.2)
    with pytest.raises(NetworkError):
        await bot.send_message(5, "lost")
    assert fake.refused_connections >= 1
    await asyncio.sleep(0.25)
    assert not fake.in_outage
    assert (await bot.send_message(5, "after")).text == "after"
    assert [c.params["text"] for c in fake.calls("sendMessage")] == ["after"]
    with pytest.raises(ValueError):
        fake.outage(0)


@pytest.mark.asyncio
async def test_outage_cuts_long_polls_and_answers_in_flight(fake: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await _eventually(lambda: fake.waiting_get_updates == 1)
    fake.latency = 0.3
    async with httpx.AsyncClient() as client:
        send = asyncio.create_task(
            client.post(f"{fake.base_url}{TOKEN}/sendMessage", data={"chat_id": "5", "text": "hi"})
        )
        await fake.wait_for("sendMessage")
        started = time.monotonic()
        fake.outage(None)
        with pytest.raises(NetworkError):
            await asyncio.wait_for(poll, timeout=2)
        with pytest.raises(httpx.TransportError):  # Telegram got it; the answer never came
            await asyncio.wait_for(send, timeout=2)
        assert time.monotonic() - started < 0.25
    assert fake.waiting_get_updates == 0
    assert fake.sent_texts(5) == ["hi"]
    fake.send_text(3, "queued meanwhile")
    fake.end_outage()
    fake.latency = 0
    updates = await bot.get_updates(timeout=0)  # nothing was lost
    assert [u.message.text for u in updates if u.message] == ["queued meanwhile"]


# --------------------------------------------------------------------- slow answers


@pytest.mark.asyncio
async def test_slow_answers_time_out_but_are_delivered(fake: FakeBotApi) -> None:
    fake.slow_answers(0.3, 0.3, seed=4)
    expected_rng = random.Random(4)
    expected = [expected_rng.random() < 0.3 for _ in range(10)]
    assert 0 < sum(expected) < 10
    timed_out = []
    async with httpx.AsyncClient(timeout=httpx.Timeout(5.0, read=0.1)) as client:
        url = f"{fake.base_url}{TOKEN}"
        for n in range(10):
            try:
                await client.post(f"{url}/sendMessage", data={"chat_id": "5", "text": f"m{n}"})
            except httpx.ReadTimeout:
                timed_out.append(True)
            else:
                timed_out.append(False)
            assert (await client.get(f"{url}/getMe")).status_code == 200  # not chosen
    assert timed_out == expected  # deterministic for the seed
    assert [c.slow for c in fake.calls("sendMessage")] == expected
    assert fake.delivered(5) == 10  # Telegram delivered every one
    assert fake.sent_texts(5) == [f"m{n}" for n in range(10)]
    assert not any(c.slow for c in fake.calls("getMe"))


@pytest.mark.asyncio
async def test_slow_answers_with_ptb_and_turned_off(fake: FakeBotApi, bot: Bot) -> None:
    fake.slow_answers(1, 0.3, methods=("sendMessage", "editMessageText"))
    with pytest.raises(TimedOut):
        await bot.send_message(5, "hello", read_timeout=0.1)
    assert fake.sent_texts(5) == ["hello"]
    assert fake.calls("sendMessage")[-1].slow
    started = time.monotonic()
    edited = await bot.edit_message_text("edited", chat_id=5, message_id=1, read_timeout=2)
    assert not isinstance(edited, bool) and edited.text == "edited"
    assert time.monotonic() - started >= 0.3  # slow, but within this read timeout
    fake.slow_answers(0, 0)
    assert (await bot.send_message(5, "fast", read_timeout=0.1)).text == "fast"
    assert not fake.calls("sendMessage")[-1].slow
    with pytest.raises(ValueError):
        fake.slow_answers(1.5, 1)


# --------------------------------------------------------------------- 5xx, fail_for


@pytest.mark.asyncio
async def test_injected_5xx_with_telegrams_descriptions(fake: FakeBotApi, bot: Bot) -> None:
    expected = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
    async with httpx.AsyncClient() as client:
        for code, description in expected.items():
            fake.fail_next("sendMessage", code)
            response = await client.post(
                f"{fake.base_url}{TOKEN}/sendMessage", data={"chat_id": "5", "text": "x"}
            )
            assert response.status_code == code
            assert response.json() == {"ok": False, "error_code": code, "description": description}
    fake.fail_next("sendMessage", 502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(5, "x")
    assert [c.error_code for c in fake.calls("sendMessage")] == [500, 502, 503, 502]
    assert fake.sent_texts() == []


@pytest.mark.asyncio
@pytest.mark.usefixtures("ptb_timedelta")
async def test_fail_for_a_duration(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_for("sendMessage", 503, 0.2, chat_id=5)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Service Unavailable"):
            await bot.send_message(5, "x")
    assert (await bot.send_message(6, "other chat")).text == "other chat"
    await asyncio.sleep(0.25)
    assert (await bot.send_message(5, "over")).text == "over"

    fake.fail_for("sendMessage", 429, 2.5)  # retry_after: the seconds left
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(5, "x")
    assert info.value.retry_after == dt.timedelta(seconds=3)
    fake.clear_failures()
    fake.fail_for("*", 403, 0.2, retry_after=None)
    with pytest.raises(Forbidden):
        await bot.get_me()
    fake.clear_failures()
    assert (await bot.get_me()).username == "mechelen_bot"
    with pytest.raises(ValueError):
        fake.fail_for("sendMessage", 500, 0)


# --------------------------------------------------------------------- raw updates


@pytest.mark.asyncio
async def test_raw_updates_are_delivered_exactly_and_confirmed(fake: FakeBotApi) -> None:
    poll = fake.push_raw_update({"poll": {"id": "1"}})  # lacks fields PTB requires
    future = fake.push_raw_update({"update_id": poll + 10, "some_future_kind": {"x": [1, 2]}})
    assert future == poll + 10
    after = fake.send_text(1, "next")
    assert after == future + 1
    url = f"{fake.base_url}{TOKEN}/getUpdates"
    async with httpx.AsyncClient() as client:
        first = (await client.post(url, json={"timeout": 0})).json()["result"]
        assert first[:2] == [
            {"update_id": poll, "poll": {"id": "1"}},
            {"update_id": future, "some_future_kind": {"x": [1, 2]}},
        ]
        # The bot skips what it cannot parse and confirms it with the next offset.
        rest = (await client.post(url, json={"offset": future + 1, "timeout": 0})).json()["result"]
        assert [u["update_id"] for u in rest] == [after]
        assert fake.confirmed_update_id == future
        assert fake.pending_update_count == 1
    assert fake.get_updates_calls == 2
    with pytest.raises(TypeError):
        fake.push_raw_update({"update_id": "7", "message": {}})


@pytest.mark.asyncio
async def test_unrequested_raw_kinds_are_dropped(fake: FakeBotApi, bot: Bot) -> None:
    fake.push_raw_update({"poll_answer": {"poll_id": "1"}})
    wanted = fake.send_text(1, "hi")
    updates = await bot.get_updates(timeout=0, allowed_updates=["message", "callback_query"])
    assert [u.update_id for u in updates] == [wanted]
    assert [next(iter(u.keys() - {"update_id"})) for u in fake.dropped_updates()] == ["poll_answer"]
    await bot.get_updates(offset=wanted + 1, timeout=0)
    assert fake.pending_update_count == 0
    assert fake.confirmed_update_id == wanted


# --------------------------------------------------------------------- delivery counts


@pytest.mark.asyncio
async def test_delivered_and_duplicates(fake: FakeBotApi, bot: Bot) -> None:
    for chat, text in ((5, "a"), (5, "a"), (5, "b"), (6, "a"), (5, "a")):
        await bot.send_message(chat, text)
    fake.fail_next("sendMessage", 403, chat_id=6)
    with pytest.raises(Forbidden):
        await bot.send_message(6, "a")  # failed: not delivered
    await bot.send_document(6, document=b"x", filename="x.txt", caption="a")  # not a sendMessage
    assert (fake.delivered(5), fake.delivered(6), fake.delivered(7), fake.delivered()) == (4, 1, 0, 5)
    assert fake.duplicates() == {(5, "a"): 3}


@pytest.mark.asyncio
async def test_reset_clears_faults_and_counters(fake: FakeBotApi, bot: Bot) -> None:
    fake.latency = 0.01
    fake.slow_answers(1, 5)
    fake.fail_for("getMe", 500, 60)
    fake.outage(None)
    with pytest.raises(NetworkError):
        await bot.get_me()
    fake.reset()
    assert (fake.refused_connections, fake.in_outage, fake.get_updates_calls) == (0, False, 0)
    assert fake.latency == 0.01  # configuration is kept
    assert (await bot.get_me()).username == "mechelen_bot"
    assert (await bot.send_message(5, "quick", read_timeout=1)).text == "quick"
