"""The aiohttp transport under python-telegram-bot's Bot: real HTTP to the local fake Bot API, and
the errors PTB expects from a transport (TimedOut, NetworkError)."""

from __future__ import annotations

import asyncio
import io
import socket

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import Defaults, ExtBot

from bot.delivery.http import AiohttpRequest
from tests.fakes import FakeBotApi

TOKEN = "123456:TEST-TOKEN"


def make_bot(base_url: str, request: AiohttpRequest) -> ExtBot[None]:
    return ExtBot(TOKEN, base_url=base_url, request=request, defaults=Defaults(parse_mode=ParseMode.HTML))


async def test_messages_buttons_and_errors_go_through() -> None:
    with FakeBotApi(bot_username="http_bot") as api:
        bot = make_bot(api.base_url, AiohttpRequest())
        async with bot:
            keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("⭐ Star", callback_data="st|abc")]])
            sent = await bot.send_message(7, "<b>Scala</b> — l'été", reply_markup=keyboard)
            call = api.calls()[-1]
            assert (call.method, call.params["text"], call.params["parse_mode"]) == (
                "sendMessage",
                "<b>Scala</b> — l'été",
                "HTML",
            )
            assert sent.message_id == call.result["message_id"]
            assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "st|abc"
            # Telegram's refusals come back as PTB's errors, as with its own transport.
            api.fail_next("sendMessage", 400, "Bad Request: message text is empty")
            with pytest.raises(BadRequest, match="text is empty"):
                await bot.send_message(7, "x")


async def test_a_document_is_uploaded_as_multipart() -> None:
    with FakeBotApi(bot_username="http_bot") as api:
        async with make_bot(api.base_url, AiohttpRequest()) as bot:
            content = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
            message = await bot.send_document(
                7, io.BytesIO(content), filename="session.ics", caption="📅 <i>Scala</i>"
            )
            assert message.document is not None and message.document.file_name == "session.ics"
            upload = next(iter(api.calls()[-1].files.values()))
            assert (upload.filename, upload.data) == ("session.ics", content)
            assert api.calls()[-1].params["caption"] == "📅 <i>Scala</i>"


async def test_a_server_that_does_not_answer_times_out() -> None:
    release = asyncio.Event()

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        await release.wait()  # reads the request, never answers
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"http://127.0.0.1:{port}/botX/getMe")
    finally:
        await request.shutdown()
        release.set()
        server.close()
        await server.wait_closed()
        await asyncio.sleep(0.05)  # the handler closes its side


async def test_a_closed_port_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once closed: nobody listens there
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{port}/botX/getMe")
        assert not isinstance(raised.value, TimedOut)
    finally:
        await request.shutdown()


async def test_requests_before_initialize_or_after_shutdown_are_refused() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/botX/getMe", "POST")
    await request.initialize()
    await request.shutdown()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/botX/getMe", "POST")
